import { randomUUID } from 'node:crypto'
import { describe, expect } from 'vitest'
import { type SearchEngine } from '#app/search/engine.ts'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { describeSearchContract } from '#tests/support/search-contract.ts'

describeSearchContract(
	'embedded SQLite FTS5',
	async () => new SqliteFtsEngine(resolveDatabasePath()),
)

// The same engine once its worker has loaded every word's postings into
// memory: queries are then assembled from them, FTS5 only checking phrases.
describeSearchContract('embedded SQLite FTS5, index held in memory', async () => {
	const engine = new SqliteFtsEngine(resolveDatabasePath(), { residentMinDocs: 1 })
	return {
		name: engine.name,
		index: (doc) => engine.index(doc),
		remove: (id) => engine.remove(id),
		reindex: (docs) => engine.reindex(docs),
		search: async (query) => {
			const { words } = await engine.whenResident()
			expect(words).toBeGreaterThan(0)
			return engine.search(query)
		},
	} satisfies SearchEngine
})

// Reported as skipped without a server, so a run says what it did not check.
const meiliUrl = process.env.MEILI_URL ?? ''
describe.skipIf(!meiliUrl)('with MEILI_URL', () => {
	describeSearchContract(`Meilisearch at ${meiliUrl}`, async () => {
		const { MeilisearchEngine } = await import('#app/search/meilisearch.server.ts')
		const engine = new MeilisearchEngine({
			url: meiliUrl,
			apiKey: process.env.MEILI_MASTER_KEY,
			indexUid: `contract_${randomUUID().slice(0, 8)}`,
		})
		await engine.applySettings()
		return engine
	})
})
