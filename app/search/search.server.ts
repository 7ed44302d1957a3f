import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { type SearchEngine } from './engine.ts'
import { SqliteFtsEngine } from './sqlite-fts.server.ts'

/**
 * The app's search engine: Meilisearch when MEILI_URL is set, otherwise the
 * embedded SQLite FTS5 index. One instance per database (and server) per
 * process, kept on globalThis so development reloads reuse it.
 */
const globalForSearch = globalThis as unknown as {
	__searchEngines?: Map<string, Promise<SearchEngine>>
}
const engines = (globalForSearch.__searchEngines ??= new Map())

export function usesExternalSearch() {
	return Boolean(getEnv().MEILI_URL)
}

export function getSearchEngine(): Promise<SearchEngine> {
	const env = getEnv()
	const databaseUrl = process.env.DATABASE_URL || env.DATABASE_URL
	const key = env.MEILI_URL ? `meili:${env.MEILI_URL}/${env.MEILI_INDEX}` : `sqlite:${databaseUrl}`
	let engine = engines.get(key)
	if (!engine) {
		// Resolved only here: resolving creates the data folder, not work for every request.
		engine = createEngine(resolveDatabasePath(databaseUrl))
		engines.set(key, engine)
		engine.catch(() => engines.delete(key))
	}
	return engine
}

/**
 * Readies search when the server starts rather than on the first search.
 * Meilisearch gets its index settings and this process starts draining the
 * outbox, so changes written before a restart are delivered without waiting
 * for a reader. The embedded engine loads its facet data now, and its
 * postings in a worker (at a million materials: about 20 s, then about 4
 * minutes in the worker, during which FTS5 answers alone).
 */
export async function warmUpSearch(log: (line: string) => void = console.log) {
	const started = performance.now()
	const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
	const engine = await getSearchEngine()
	if (!(engine instanceof SqliteFtsEngine))
		return log(`search: ${engine.name} ready in ${seconds()}`)
	const materials = await engine.warmUp()
	log(`search: ${materials.toLocaleString('en')} materials ready in ${seconds()}`)
	const resident = await engine.whenResident()
	if (resident.words)
		log(
			`search: postings of ${resident.words.toLocaleString('en')} words ` +
				`(${resident.postings.toLocaleString('en')} rows) in memory after ${seconds()}`,
		)
}

async function createEngine(databasePath: string): Promise<SearchEngine> {
	const env = getEnv()
	if (!env.MEILI_URL) return new SqliteFtsEngine(databasePath)
	const { MeilisearchEngine } = await import('./meilisearch.server.ts')
	const { startSearchOutboxWorker } = await import('./outbox.server.ts')
	const engine = new MeilisearchEngine({
		url: env.MEILI_URL,
		apiKey: env.MEILI_MASTER_KEY,
		indexUid: env.MEILI_INDEX,
	})
	await engine.applySettings()
	startSearchOutboxWorker(engine)
	return engine
}
