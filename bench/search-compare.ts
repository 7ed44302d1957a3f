/**
 * Search speed of this checkout's embedded engine against another
 * checkout's (say, the main branch), in the same process, on the same
 * synthetic library, query by query in alternating order: the machine's
 * load, which bench/search.ts cannot hold still between two runs, weighs
 * on both alike.
 *
 *   npx tsx bench/search-compare.ts --against /path/to/other/checkout [--size 100000] [--rounds 5]
 *
 * The library is written and indexed by this checkout (the other engine
 * must read the same database schema); each engine loads its facets and
 * resident postings, answers the mix (bench/search-mix.ts) once to warm
 * up, then `rounds` times, as warm searches (a reader refining a search).
 * Prints p50/p95/p99 of each engine and each query's p50.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { parseCatalogQuery } from '#app/domain/catalog-filters.ts'
import { type SearchEngine } from '#app/search/engine.ts'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { createMigratedDatabase, populateSyntheticDatabase } from '#prisma/demo/synthetic.ts'
import { MIX } from './search-mix.ts'

const { values: args } = parseArgs({
	options: {
		against: { type: 'string' },
		size: { type: 'string', default: '100000' },
		rounds: { type: 'string', default: '5' },
	},
})
if (!args.against) throw new Error('--against <checkout> is required')
const size = Number(args.size)
const rounds = Number(args.rounds)
const other = path.resolve(args.against)

const dbPath = path.join(os.tmpdir(), `awareness-search-compare-${size}-${process.pid}.db`)
const log = (message: string) => process.stderr.write(`[${size.toLocaleString('en')}] ${message}\n`)
try {
	log(`building ${dbPath}`)
	createMigratedDatabase(dbPath)
	await populateSyntheticDatabase(dbPath, size, { seed: 1 })
	process.env.DATABASE_URL = `file:${dbPath}`
	const { rebuildEmbeddedIndex } = await import('#app/models/search-index.server.ts')
	await rebuildEmbeddedIndex({ databasePath: dbPath })
	log('indexed')

	const theirs = (await import(
		pathToFileURL(path.join(other, 'app/search/sqlite-fts.server.ts')).href
	)) as { SqliteFtsEngine: typeof SqliteFtsEngine }
	const engines: [string, SqliteFtsEngine][] = [
		['this checkout', new SqliteFtsEngine(dbPath)],
		[path.basename(other), new theirs.SqliteFtsEngine(dbPath)],
	]
	for (const [, engine] of engines) {
		await engine.warmUp()
		await engine.whenResident()
	}
	log('postings loaded')

	const parsed = MIX.map((entry) => ({
		...entry,
		...parseCatalogQuery(new URLSearchParams(entry.query)),
	}))
	const ask = (engine: SearchEngine, i: number) =>
		engine.search({
			q: parsed[i]!.q,
			filters: parsed[i]!.filters,
			page: parsed[i]!.page,
			pageSize: 24,
			uiLang: 'en',
		})
	const samples = engines.map(() => parsed.map((): number[] => []))
	for (let i = 0; i < parsed.length; i++) for (const [, engine] of engines) await ask(engine, i)
	for (let round = 0; round < rounds; round++) {
		for (let i = 0; i < parsed.length; i++) {
			// Alternate which engine goes first, so neither always meets a cooler cache.
			const order = (round + i) % 2 ? [1, 0] : [0, 1]
			for (const e of order) {
				const started = performance.now()
				await ask(engines[e]![1], i)
				samples[e]![i]!.push(performance.now() - started)
			}
		}
	}
	for (const [, engine] of engines) engine.close()

	const at = (sorted: number[], p: number) =>
		sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!
	const ms = (x: number) => (x >= 10 ? x.toFixed(1) : x.toFixed(2))
	console.log(
		`# Search speed compared (${os.cpus().length} cores, ${size.toLocaleString('en')} materials, ${rounds} rounds of ${parsed.length} warm queries)\n`,
	)
	console.log('| engine | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|')
	engines.forEach(([name], e) => {
		const all = samples[e]!.flat().sort((a, b) => a - b)
		console.log(`| ${name} | ${ms(at(all, 0.5))} | ${ms(at(all, 0.95))} | ${ms(at(all, 0.99))} |`)
	})
	console.log(`\n| query | ${engines.map(([name]) => `${name} p50 ms`).join(' | ')} |`)
	console.log(`|---|${engines.map(() => '---:').join('|')}|`)
	parsed.forEach((q, i) => {
		const p50s = engines.map((_, e) =>
			ms(
				at(
					[...samples[e]![i]!].sort((a, b) => a - b),
					0.5,
				),
			),
		)
		console.log(`| ${q.name} | ${p50s.join(' | ')} |`)
	})
} finally {
	for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true })
}
