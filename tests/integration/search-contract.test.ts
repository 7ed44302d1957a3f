import { randomUUID } from 'node:crypto'
import { describe } from 'vitest'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { describeSearchContract } from '#tests/support/search-contract.ts'

describeSearchContract(
	'embedded SQLite FTS5',
	async () => new SqliteFtsEngine(resolveDatabasePath()),
)

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
