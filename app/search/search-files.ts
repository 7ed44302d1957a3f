import { facetSnapshotPath } from './facet-snapshot.ts'
import { postingsSnapshotPath } from './resident-postings.ts'

/**
 * The files the embedded search saves beside its database: the compact
 * postings (decision record 026) and the facet data (029). Neither is ever
 * the only copy of anything: when one is missing, or does not describe the
 * database beside it, the search reads the database again and saves it anew.
 */
export const searchFilesOf = (databasePath: string) => [
	postingsSnapshotPath(databasePath),
	facetSnapshotPath(databasePath),
]
