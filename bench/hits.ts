/**
 * Which hits are right? For the broad words that return far more materials
 * than a literal engine (MiniSearch and PostgreSQL find 1,063 for
 * "родители" at 100k), every hit of the embedded engine is sorted by why it
 * matched, and each reason is checked against the data:
 *
 *   npx tsx bench/hits.ts [--size 100000] [--database <file>] [--keep]
 *
 * - text: the title or a snippet holds a marked word. The marked words are
 *   counted, so a stem or a clitic that pulls in other words shows here (a
 *   word that is not a form of the query's is noise).
 * - topic: the material matched through the topic the word names, in
 *   another language. Each one is checked to carry that topic's tag in the
 *   database; one that does not is noise.
 * - lineage: found through a material found by its title.
 *
 * Printed per query: the total, the split, the most frequent marked words
 * and the topic hits without the tag (which must be 0). The literal count
 * beside it is what FTS5 finds for the word alone, as a literal engine
 * would.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { searchFilesOf } from '#app/search/search-files.ts'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { indexText, quoteFts } from '#app/search/text.ts'
import { createMigratedDatabase, populateSyntheticDatabase } from '#prisma/demo/synthetic.ts'

const QUERIES = [
	{ q: 'родители', uiLang: 'ru' },
	{ q: '子ども', uiLang: 'ja' },
	{ q: 'الأطفال', uiLang: 'ar' },
	{ q: 'grooming', uiLang: 'fr' },
	{ q: 'sextortion', uiLang: 'en' },
]
const PAGE = 2_000

const argv = process.argv.slice(2)
const value = (name: string) => {
	const i = argv.indexOf(name)
	return i >= 0 ? argv[i + 1] : undefined
}
const size = Number(value('--size') ?? 100_000)
const given = value('--database')
const keep = argv.includes('--keep')
const dbPath = given ?? path.join(os.tmpdir(), `awareness-hits-${size}-${process.pid}.db`)

if (!given) {
	const started = performance.now()
	console.error(`building ${dbPath}`)
	createMigratedDatabase(dbPath)
	await populateSyntheticDatabase(dbPath, size, { seed: 1 })
	process.env.DATABASE_URL = `file:${dbPath}`
	const { rebuildEmbeddedIndex } = await import('#app/models/search-index.server.ts')
	await rebuildEmbeddedIndex({ databasePath: dbPath })
	console.error(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`)
}

const engine = new SqliteFtsEngine(dbPath, {})
const raw = new Database(dbPath, { readonly: true })
/** Whether a material carries a tag, by vocabulary: prepared once, asked for every topic hit. */
const TAGGED = {
	audience: raw.prepare('SELECT 1 FROM "MaterialAudience" WHERE "materialId" = ? AND audience = ?'),
	risk: raw.prepare('SELECT 1 FROM "MaterialRisk" WHERE "materialId" = ? AND risk = ?'),
}
/**
 * The materials FTS5 finds for the word alone in the text columns, as the
 * index analyses it and without stems, typos or topics: a literal engine's
 * answer.
 */
const literal = (word: string) =>
	Number(
		raw
			.prepare(
				`SELECT COUNT(DISTINCT d.materialId) FROM "SearchFts" f
				 JOIN "SearchDoc" d ON d.docId = f.rowid WHERE "SearchFts" MATCH ?`,
			)
			.pluck()
			.get(`{title description body} : ${quoteFts(indexText(word).trim())}`),
	)

const published = Number(
	raw.prepare(`SELECT COUNT(*) FROM "Material" WHERE status = 'published'`).pluck().get(),
)
console.log(`${published.toLocaleString('en')} published materials\n`)

for (const { q, uiLang } of QUERIES) {
	const split = { text: 0, topic: 0, lineage: 0 }
	const marked = new Map<string, number>()
	const untagged: string[] = []
	let total = 0
	for (let page = 1; ; page++) {
		const result = await engine.search({
			q,
			filters: emptyFilters(),
			page,
			pageSize: PAGE,
			uiLang,
		})
		total = result.total
		for (const hit of result.hits) {
			const by = hit.matchedBy
			if (by.kind === 'concept') {
				split.topic++
				const tagged = TAGGED[by.vocabulary as keyof typeof TAGGED]
				if (tagged && tagged.get(hit.materialId, by.key) === undefined)
					untagged.push(hit.materialId)
				continue
			}
			if (by.kind === 'lineage') {
				split.lineage++
				continue
			}
			split.text++
			const words = new Set(
				[...`${hit.highlightedTitle} ${hit.snippet}`.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) =>
					m[1]!.toLowerCase(),
				),
			)
			for (const word of words) marked.set(word, (marked.get(word) ?? 0) + 1)
		}
		if (result.hits.length < PAGE) break
	}
	const share = (n: number) => `${n.toLocaleString('en')} (${((100 * n) / total).toFixed(1)}%)`
	console.log(`"${q}" (${uiLang}): ${total.toLocaleString('en')} hits`)
	console.log(`  the word alone, literally (FTS5): ${literal(q).toLocaleString('en')}`)
	console.log(
		`  text ${share(split.text)}, topic ${share(split.topic)}, lineage ${share(split.lineage)}`,
	)
	console.log(`  topic hits without the topic's tag: ${untagged.length}`)
	const top = [...marked].sort((a, b) => b[1] - a[1])
	console.log(
		`  marked words (${top.length} distinct): ${top
			.slice(0, 12)
			.map(([w, n]) => `${w} ${n.toLocaleString('en')}`)
			.join(', ')}\n`,
	)
}

engine.close()
raw.close()
if (!given && !keep)
	for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, ...searchFilesOf(dbPath)])
		fs.rmSync(file, { force: true })
