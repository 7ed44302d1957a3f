// Rebuilds the search index from the database: the embedded SQLite index
// and the campaign index always, and Meilisearch too when MEILI_URL is set.
// Safe while the app runs: the embedded index is rewritten in place in short transactions (saves wait
// for the lock a few milliseconds at most) and running servers refresh each
// material as it is rewritten; Meilisearch gets a new index swapped in whole.
//
//   npm run search:reindex
import { resolveDatabaseUrl } from '../app/utils/database-url.ts'

process.env.DATABASE_URL = resolveDatabaseUrl(process.env.DATABASE_URL)
const { rebuildEmbeddedIndex } = await import('../app/models/search-index.server.ts')

let started = performance.now()
const { indexed } = await rebuildEmbeddedIndex({
	onProgress: (done) =>
		process.stderr.write(`\rembedded index: ${done.toLocaleString('en')} materials`),
})
process.stderr.write('\n')
console.log(
	`embedded index rebuilt: ${indexed.toLocaleString('en')} published materials in ${Math.round(performance.now() - started)} ms`,
)

const { db } = await import('../app/utils/db.server.ts')
const { rebuildCampaignIndex } = await import('../app/models/campaign-search.server.ts')
started = performance.now()
const campaigns = await rebuildCampaignIndex()
console.log(
	`campaign index rebuilt: ${campaigns.indexed.toLocaleString('en')} campaigns in ${Math.round(performance.now() - started)} ms`,
)

const { getEnv } = await import('../app/utils/env.server.ts')
const env = getEnv()
if (env.MEILI_URL) {
	const { loadSearchDocument } = await import('../app/models/search-index.server.ts')
	const { MeilisearchEngine } = await import('../app/search/meilisearch.server.ts')
	const engine = new MeilisearchEngine({
		url: env.MEILI_URL,
		apiKey: env.MEILI_MASTER_KEY,
		indexUid: env.MEILI_INDEX,
	})
	started = performance.now()
	await engine.applySettings()
	// Changes queued before this point are covered by the rebuild; later ones stay queued.
	const last = await db.searchOutbox.findFirst({ orderBy: { id: 'desc' }, select: { id: true } })
	const ids = (
		await db.material.findMany({ where: { status: 'published' }, select: { id: true } })
	).map((m) => m.id)
	async function* documents() {
		for (const id of ids) {
			const doc = await loadSearchDocument(db, id)
			if (doc) yield doc
		}
	}
	const rebuildStarted = new Date()
	const result = await engine.reindex(documents())
	if (last) await db.searchOutbox.deleteMany({ where: { id: { lte: last.id } } })
	// The running app may have delivered changes to the old index while this
	// one was being built: queue every material changed since, again.
	const changed = await db.material.findMany({
		where: { updatedAt: { gte: rebuildStarted } },
		select: { id: true },
	})
	if (changed.length)
		await db.searchOutbox.createMany({ data: changed.map((m) => ({ materialId: m.id })) })
	console.log(
		`Meilisearch index "${env.MEILI_INDEX}" rebuilt: ${result.indexed.toLocaleString('en')} materials in ${Math.round(performance.now() - started)} ms`,
	)
}
await db.$disconnect()
