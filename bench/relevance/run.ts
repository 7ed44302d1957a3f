/**
 * Relevance benchmark: how well search ranks the demo library, measured on
 * the judged test set (bench/relevance/judgments.json, see README.md).
 *
 *   npm run bench:relevance [-- --queries] [-- --show q001,q042]
 *
 * Writes the demo library into a fresh SQLite database under the system temp
 * folder as the seed does (without rendering its files, which search never
 * reads), then runs every judged query through the app's embedded engine (the
 * path the catalog takes, first page of 24, in the query's interface
 * language) and, in the same run, through plain FTS5 bm25 over the same index.
 *
 * Prints nDCG@10, MRR and recall@24 (see judged.ts for their definitions)
 * overall, per query language and per query kind, for the engine, the
 * baseline, and their ratio. `--queries` adds a line per query (worst
 * first); `--show` prints the first ten hits of the queries named, with
 * their grades and why they matched.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { type SearchHit } from '#app/search/engine.ts'
import { createMigratedDatabase } from '#prisma/demo/synthetic.ts'
import {
	loadJudgments,
	mean,
	measure,
	plainBm25,
	RECALL_DEPTH,
	type JudgedQuery,
	type Measures,
} from './judged.ts'

const { values: args } = parseArgs({
	options: {
		queries: { type: 'boolean', default: false },
		show: { type: 'string', default: '' },
	},
})

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relevance-'))
const databasePath = path.join(dir, 'demo.db')
createMigratedDatabase(databasePath)
// Before the app is imported: its database client reads these once.
process.env.DATABASE_URL = `file:${databasePath}`
process.env.FILE_STORAGE_DIR = path.join(dir, 'files')

try {
	const started = performance.now()
	const { seedCountries, seedDemoLibrary } = await import('#prisma/seed.ts')
	await seedCountries()
	const library = await seedDemoLibrary({ files: false })
	const seededMs = performance.now() - started
	const { SqliteFtsEngine } = await import('#app/search/sqlite-fts.server.ts')
	const engine = new SqliteFtsEngine(databasePath)
	const baseline = plainBm25(databasePath)

	const queries = loadJudgments()
	const rows: { query: JudgedQuery; engine: Measures; baseline: Measures; hits: SearchHit[] }[] = []
	for (const query of queries) {
		const result = await engine.search({
			q: query.q,
			filters: emptyFilters(),
			page: 1,
			pageSize: RECALL_DEPTH,
			uiLang: query.uiLang,
		})
		rows.push({
			query,
			engine: measure(
				query,
				result.hits.map((h) => h.materialId),
			),
			baseline: measure(query, baseline.search(query.q)),
			hits: result.hits,
		})
	}
	// A save of the facet data still under way would find its folder gone.
	await engine.whenFacetsSaved()
	engine.close()
	baseline.close()

	const languages = new Set(queries.map((q) => q.lang)).size
	console.log(
		`${queries.length} judged queries in ${languages} languages over ${library.materials} demo materials ` +
			`(written in ${(seededMs / 1000).toFixed(1)} s)\n`,
	)
	const f = (x: number) => x.toFixed(3)
	const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : a > 0 ? '∞' : '–')
	const table = (title: string, groups: Map<string, typeof rows>) => {
		console.log(
			`${title.padEnd(16)} ${'n'.padStart(4)}  ${'nDCG@10'.padStart(7)} ${'base'.padStart(6)} ${'ratio'.padStart(6)}` +
				`  ${'MRR'.padStart(6)} ${'base'.padStart(6)} ${'ratio'.padStart(6)}` +
				`  ${'R@24'.padStart(6)} ${'base'.padStart(6)} ${'ratio'.padStart(6)}`,
		)
		for (const [name, list] of groups) {
			const e = mean(list.map((r) => r.engine))
			const b = mean(list.map((r) => r.baseline))
			console.log(
				`${name.padEnd(16)} ${String(list.length).padStart(4)}  ${f(e.ndcg).padStart(7)} ${f(b.ndcg).padStart(6)} ${ratio(e.ndcg, b.ndcg).padStart(6)}` +
					`  ${f(e.mrr).padStart(6)} ${f(b.mrr).padStart(6)} ${ratio(e.mrr, b.mrr).padStart(6)}` +
					`  ${f(e.recall).padStart(6)} ${f(b.recall).padStart(6)} ${ratio(e.recall, b.recall).padStart(6)}`,
			)
		}
		console.log()
	}
	const by = (key: (r: (typeof rows)[number]) => string) => {
		const groups = new Map<string, typeof rows>()
		for (const row of [...rows].sort(
			(a, b) => key(a).localeCompare(key(b)) || a.query.id.localeCompare(b.query.id),
		))
			groups.set(key(row), [...(groups.get(key(row)) ?? []), row])
		return groups
	}
	table('overall', new Map([['all', rows]]))
	table(
		'language',
		by((r) => r.query.lang),
	)
	table(
		'kind',
		by((r) => r.query.kind),
	)

	if (args.queries) {
		console.log('per query, worst nDCG@10 first: id kind lang nDCG base MRR R@24 query')
		for (const r of [...rows].sort((a, b) => a.engine.ndcg - b.engine.ndcg))
			console.log(
				`${r.query.id} ${r.query.kind.padEnd(14)} ${r.query.lang.padEnd(3)} ${f(r.engine.ndcg)} ${f(r.baseline.ndcg)} ${f(r.engine.mrr)} ${f(r.engine.recall)} ${r.query.q}`,
			)
	}
	for (const id of args.show.split(',').filter(Boolean)) {
		const r = rows.find((row) => row.query.id === id)
		if (!r) continue
		console.log(
			`\n${id} ${JSON.stringify(r.query.q)} (${r.query.kind}, ${r.query.lang}, ui ${r.query.uiLang})`,
		)
		for (const hit of r.hits.slice(0, 10)) {
			const why = hit.matchedBy.kind === 'concept' ? `topic ${hit.matchedBy.key}` : 'text'
			console.log(
				`  ${r.query.judgments[hit.materialId] ?? 0} ${hit.materialId} ${hit.lang} ${why.padEnd(28)} ${hit.score.toFixed(2).padStart(7)} ${hit.title}`,
			)
		}
	}
} finally {
	fs.rmSync(dir, { recursive: true, force: true })
}
