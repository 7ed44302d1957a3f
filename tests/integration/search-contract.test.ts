import { randomUUID } from 'node:crypto'
import { describe, test } from 'vitest'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { describeSearchContract } from '#tests/support/search-contract.ts'

describeSearchContract('embedded SQLite FTS5', async () => new SqliteFtsEngine(resolveDatabasePath()))

const meiliUrl = process.env.MEILI_URL
if (meiliUrl) {
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
} else {
	describe('search contract: Meilisearch', () => {
		// Reported as skipped, so a run without a server says what it did not check.
		test.skip('runs when MEILI_URL points at a Meilisearch server', () => {})
	})
}
