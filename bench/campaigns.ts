/**
 * Campaigns index benchmark: how fast the public campaigns index answers a
 * mix of searches and filters over a synthetic library of campaigns, each
 * described in two languages with one published material, and how long
 * rebuilding the campaign index takes.
 *
 *   npx tsx bench/campaigns.ts [--campaigns 5000] [--keep]
 *
 * The database is built under the system temp folder before the app is
 * imported (its client reads DATABASE_URL once). Campaign texts are the
 * synthetic materials' texts (prisma/demo/synthetic.ts), so words repeat
 * across campaigns as they would in a real library. The baseline is the
 * index without words or filters, measured in the same run: every other
 * request is printed as a ratio to it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { ALLIANCE_COUNTRIES } from '#app/domain/countries.ts'
import { AUDIENCES, CHANNELS, EVALUATION_METHODS, RISKS } from '#app/domain/vocabularies.ts'
import { createMigratedDatabase, createRng, syntheticMaterials } from '#prisma/demo/synthetic.ts'

const args = process.argv.slice(2)
const option = (name: string) => {
	const i = args.indexOf(`--${name}`)
	return i >= 0 ? args[i + 1] : undefined
}
const COUNT = Number(option('campaigns') ?? 5_000)
const KEEP = args.includes('--keep')
const RUNS = 30

const MIX: readonly { name: string; query: string }[] = [
	{ name: 'baseline: no words, no filter', query: '' },
	{ name: 'one country', query: 'country=FR' },
	{ name: 'risk + year + evidence', query: 'risk=sextortion&year=2022&evidence=evaluated' },
	{ name: 'strongest evidence first', query: 'sort=evidence' },
	{ name: 'a common word', query: 'q=parents' },
	{ name: 'a rare word', query: 'q=helpline' },
	{ name: 'two words + country', query: 'q=online%20safety&country=DE' },
	{ name: 'a word being typed', query: 'q=sext' },
	{ name: 'hostile text', query: `q=${encodeURIComponent('"NEAR(a b)" title: *)')}` },
	{ name: 'page 20', query: 'page=20' },
]

const file = path.join(os.tmpdir(), `bench-campaigns-${process.pid}.db`)
createMigratedDatabase(file)
populate(file, COUNT)
process.env.DATABASE_URL = `file:${file}`

const { rebuildCampaignIndex, searchCampaigns, listPublicCampaigns } =
	await import('#app/models/campaign-search.server.ts')
const { parseCampaignQuery, CAMPAIGN_PAGE_SIZE } = await import('#app/domain/campaign-filters.ts')
const { invalidateCache } = await import('#app/utils/cache.server.ts')
const { db } = await import('#app/utils/db.server.ts')

let started = performance.now()
const { indexed } = await rebuildCampaignIndex()
const rebuildMs = performance.now() - started

started = performance.now()
invalidateCache('catalog:')
await listPublicCampaigns()
const coldListMs = performance.now() - started

const ask = (query: string) => {
	const { q, filters, sort, page } = parseCampaignQuery(new URLSearchParams(query))
	return searchCampaigns({ q, filters, sort, page, pageSize: CAMPAIGN_PAGE_SIZE, uiLang: 'en' })
}

const results: { name: string; p50: number; p95: number; total: number }[] = []
for (const { name, query } of MIX) {
	await ask(query)
	const samples: number[] = []
	let total = 0
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now()
		total = (await ask(query)).total
		samples.push(performance.now() - t)
	}
	samples.sort((a, b) => a - b)
	results.push({
		name,
		p50: samples[Math.floor(RUNS / 2)]!,
		p95: samples[Math.floor(RUNS * 0.95)]!,
		total,
	})
}

const baseline = results[0]!.p50
console.log(`campaigns: ${COUNT.toLocaleString('en')} (${indexed.toLocaleString('en')} indexed)`)
console.log(`rebuild of the campaign index: ${rebuildMs.toFixed(0)} ms`)
console.log(`public campaigns read into memory (cache cold): ${coldListMs.toFixed(0)} ms`)
console.log(
	`\n${'request'.padEnd(34)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'× base'.padStart(9)}${'found'.padStart(8)}`,
)
for (const r of results)
	console.log(
		`${r.name.padEnd(34)}${r.p50.toFixed(2).padStart(9)}${r.p95.toFixed(2).padStart(9)}${(r.p50 / baseline).toFixed(1).padStart(9)}${String(r.total).padStart(8)}`,
	)

await db.$disconnect()
if (!KEEP) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
else console.log(`\ndatabase kept at ${file}`)

/**
 * Campaigns written straight into SQLite: texts from synthetic materials (an
 * English text and one in the material's own language), tags and figures
 * drawn from a seeded generator, one published material each.
 */
function populate(dbPath: string, count: number) {
	const sqlite = new Database(dbPath)
	const rng = createRng(7)
	const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)]!
	const some = <T>(list: readonly T[]) => [...new Set([pick(list), pick(list)])]
	const now = new Date().toISOString().replace('Z', '+00:00')
	const insert = {
		country: sqlite.prepare('INSERT OR IGNORE INTO "Country" ("code") VALUES (?)'),
		campaign: sqlite.prepare(
			`INSERT INTO "Campaign" ("id", "countryCode", "originalLang", "startYear", "endYear", "reachCount", "reachUnit", "evaluationMethod", "costAmount", "costCurrency", "durationMonths", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, 'people', ?, ?, 'EUR', ?, ?)`,
		),
		text: sqlite.prepare(
			`INSERT INTO "CampaignTranslation" ("campaignId", "lang", "title", "summary", "results", "lessonsLearned") VALUES (?, ?, ?, ?, ?, ?)`,
		),
		channel: sqlite.prepare(
			'INSERT INTO "CampaignChannel" ("campaignId", "channel") VALUES (?, ?)',
		),
		audience: sqlite.prepare(
			'INSERT INTO "CampaignAudience" ("campaignId", "audience") VALUES (?, ?)',
		),
		risk: sqlite.prepare('INSERT INTO "CampaignRisk" ("campaignId", "risk") VALUES (?, ?)'),
		material: sqlite.prepare(
			`INSERT INTO "Material" ("id", "campaignId", "countryCode", "resourceType", "licence", "status", "originalLang", "publishedAt", "updatedAt") VALUES (?, ?, ?, 'poster', 'cc-by-4.0', 'published', 'en', ?, ?)`,
		),
	}
	sqlite.transaction(() => {
		for (const code of ALLIANCE_COUNTRIES) insert.country.run(code)
		let i = 0
		for (const material of syntheticMaterials(count, 3)) {
			const id = `bench-c-${String(i++).padStart(6, '0')}`
			const start = 2010 + Math.floor(rng() * 16)
			const country = pick(ALLIANCE_COUNTRIES)
			insert.campaign.run(
				id,
				country,
				material.originalLang,
				start,
				rng() < 0.4 ? start + Math.floor(rng() * 4) : null,
				rng() < 0.8 ? Math.floor(rng() * 3_000_000) : null,
				rng() < 0.85 ? pick(EVALUATION_METHODS) : null,
				rng() < 0.3 ? Math.floor(rng() * 1_000_000) : null,
				rng() < 0.5 ? 1 + Math.floor(rng() * 12) : null,
				now,
			)
			const texts = material.versions.slice(0, 2)
			for (const v of texts)
				insert.text.run(id, v.lang, v.title, v.description, v.extractedText.slice(0, 1500), '')
			for (const c of some(CHANNELS)) insert.channel.run(id, c)
			for (const a of some(AUDIENCES)) insert.audience.run(id, a)
			for (const r of some(RISKS)) insert.risk.run(id, r)
			insert.material.run(`${id}-m`, id, country, now, now)
		}
	})()
	sqlite.close()
}
