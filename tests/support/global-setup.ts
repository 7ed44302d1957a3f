import fs from 'node:fs'
import { rebuildEmbeddedIndex } from '#app/models/search-index.server.ts'
import { createMigratedDatabase } from '#prisma/demo/synthetic.ts'
import { TEMPLATE_DB, TEST_ROOT } from './paths.ts'

/**
 * Builds one migrated database (every committed migration applied, as in
 * production) that each integration test file copies, so tests start from
 * the real schema in milliseconds.
 */
export default async function setup() {
	fs.mkdirSync(TEST_ROOT, { recursive: true })
	fs.rmSync(TEMPLATE_DB, { force: true })
	createMigratedDatabase(TEMPLATE_DB)
	// As start-up does (scripts/prepare-db.ts): the empty index is marked as
	// built with the current text analysis.
	await rebuildEmbeddedIndex({ databasePath: TEMPLATE_DB })
}
