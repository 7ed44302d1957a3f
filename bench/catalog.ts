/**
 * Catalog benchmark: how fast the catalog answers a fixed mix of filtered
 * requests over synthetic libraries of different sizes, compared with a
 * naive hand-written SQL query over the same database.
 *
 *   npx tsx bench/catalog.ts [--sizes 10000,100000] [--keep]
 *
 * Each size runs in its own child process, because the app's database client
 * reads DATABASE_URL once, when it is first imported. A child builds a fresh
 * database under the system temp folder, points DATABASE_URL at it, imports
 * the app, and measures three paths on the same requests, interleaved so that
 * each sees the same cache state:
 *   - baseline: better-sqlite3 with the obvious count + page + relations SQL;
 *   - catalog: listPublishedMaterials, what the catalog page's loader calls;
 *   - api: the /api/v1/materials route loader, up to the JSON body.
 * `--keep` leaves the database files in place for inspection.
 */
import { fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { parseCatalogQuery, type CatalogFilters } from '#app/domain/catalog-filters.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { getAgeBand } from '#app/domain/vocabularies.ts'
import { createMigratedDatabase, populateSyntheticDatabase } from '#prisma/demo/synthetic.ts'

const DEFAULT_SIZES = [10_000, 100_000]
const REQUESTS = 200
const WARMUP_ROUNDS = 2
const FACET_RUNS = 10
const SEED = 1

/** The request mix: each entry is a catalog query string, cycled to REQUESTS requests. */
const MIX: readonly { name: string; query: string }[] = [
	{ name: 'no filter', query: '' },
	{ name: 'one audience', query: 'audience=parents-carers' },
	{ name: 'risk + lang', query: 'risk=sextortion&lang=fr' },
	{ name: 'country + type', query: 'country=FR&type=poster' },
	{ name: 'age band', query: 'age=9-12' },
	{ name: 'licence', query: 'licence=cc-by-4.0' },
	{ name: '3 risks (one facet)', query: 'risk=grooming&risk=sextortion&risk=self-generated' },
	{ name: 'deep page (50)', query: 'page=50' },
	{ name: 'audience + age + lang', query: 'audience=children&age=13-17&lang=en' },
	{ name: 'rare lang', query: 'lang=ja' },
	{ name: '3 countries + risk', query: 'country=DE&country=AT&country=CH&risk=reporting-help' },
	{ name: 'type + licence, page 3', query: 'type=video&licence=cc-by-nc-4.0&page=3' },
]

const PATHS = ['baseline', 'catalog', 'api'] as const
type PathName = (typeof PATHS)[number]
const PATH_LABELS: Record<PathName, string> = {
	baseline: 'baseline (raw SQL)',
	catalog: 'catalog (listPublishedMaterials)',
	api: 'api (GET /api/v1/materials)',
}

interface Stats {
	p50: number
	p95: number
	mean: number
}

interface SizeResult {
	size: number
	buildMs: number
	fileBytes: number
	paths: Record<PathName, Stats>
	/** Median per mix entry and path. */
	perQuery: { name: string; total: number; p50: Record<PathName, number> }[]
	facetsMs: Stats
	mismatches: string[]
}

// ---------------------------------------------------------------------------
// Child: one size

function stats(samples: number[]): Stats {
	const sorted = [...samples].sort((a, b) => a - b)
	const at = (p: number) =>
		sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!
	return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((s, x) => s + x, 0) / sorted.length }
}

type Statement = Database.Statement<unknown[], unknown>

interface BaselineMaterial {
	id: string
	countryCode: string
	resourceType: string
	licence: string
	ageMin: number | null
	ageMax: number | null
	originalLang: string
	publishedAt: string | null
	derivationKind: string | null
}

/**
 * The naive hand-written catalog: one COUNT, one page query with
 * LIMIT/OFFSET, then the page's versions, audiences, risks and previews,
 * assembled into the same card fields the app returns.
 */
function createBaseline(db: Database.Database) {
	const statements = new Map<string, Statement>()
	const prepare = (sql: string) => {
		let statement = statements.get(sql)
		if (!statement) statements.set(sql, (statement = db.prepare(sql)))
		return statement
	}
	const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ')

	return (filters: CatalogFilters, page: number, pageSize: number, uiLang: string) => {
		const where = [`m.status = 'published'`]
		const params: (string | number)[] = []
		const column = (sql: string, values: readonly string[]) => {
			if (!values.length) return
			where.push(`${sql} IN (${marks(values)})`)
			params.push(...values)
		}
		column('m.countryCode', filters.country)
		column('m.resourceType', filters.type)
		column('m.licence', filters.licence)
		const related = (table: string, field: string, values: readonly string[]) => {
			if (!values.length) return
			where.push(`m.id IN (SELECT materialId FROM "${table}" WHERE ${field} IN (${marks(values)}))`)
			params.push(...values)
		}
		related('MaterialAudience', 'audience', filters.audience)
		related('MaterialRisk', 'risk', filters.risk)
		related('MaterialVersion', 'lang', filters.lang)
		if (filters.age.length) {
			const bands = filters.age.map((key) => {
				const band = getAgeBand(key)!
				params.push(band.max, band.min)
				return '((m.ageMin IS NULL OR m.ageMin <= ?) AND (m.ageMax IS NULL OR m.ageMax >= ?))'
			})
			where.push(`(${bands.join(' OR ')})`)
		}
		const whereSql = where.join(' AND ')

		const { total } = prepare(`SELECT COUNT(*) AS total FROM "Material" m WHERE ${whereSql}`).get(
			...params,
		) as { total: number }
		const rows = prepare(
			`SELECT m.id, m.countryCode, m.resourceType, m.licence, m.ageMin, m.ageMax, m.originalLang,
				m.publishedAt, m.derivationKind
			FROM "Material" m WHERE ${whereSql}
			ORDER BY m.publishedAt DESC, m.id DESC LIMIT ? OFFSET ?`,
		).all(...params, pageSize, (page - 1) * pageSize) as BaselineMaterial[]

		const items = []
		if (rows.length) {
			const ids = rows.map((r) => r.id)
			const versions = prepare(
				`SELECT id, materialId, lang, title, description FROM "MaterialVersion"
				WHERE materialId IN (${marks(ids)}) ORDER BY lang`,
			).all(...ids) as {
				id: string
				materialId: string
				lang: string
				title: string
				description: string
			}[]
			const audiences = prepare(
				`SELECT materialId, audience FROM "MaterialAudience" WHERE materialId IN (${marks(ids)})`,
			).all(...ids) as { materialId: string; audience: string }[]
			const risks = prepare(
				`SELECT materialId, risk FROM "MaterialRisk" WHERE materialId IN (${marks(ids)})`,
			).all(...ids) as { materialId: string; risk: string }[]
			const versionIds = versions.map((v) => v.id)
			const previews = prepare(
				`SELECT f.id, f.versionId, a.width, a.height FROM "VersionFile" f JOIN "Asset" a ON a.id = f.assetId
				WHERE f.role = 'preview' AND f.versionId IN (${marks(versionIds)}) ORDER BY f.id`,
			).all(...versionIds) as {
				id: string
				versionId: string
				width: number | null
				height: number | null
			}[]

			for (const row of rows) {
				const own = versions.filter((v) => v.materialId === row.id)
				const shown = pickVersion(own, uiLang, row.originalLang)
				const preview =
					previews.find((p) => p.versionId === shown?.id) ??
					previews.find((p) => own.some((v) => v.id === p.versionId))
				items.push({
					...row,
					title: shown?.title ?? '',
					description: shown?.description ?? '',
					lang: shown?.lang ?? row.originalLang,
					languages: own.map((v) => v.lang),
					audiences: audiences.filter((a) => a.materialId === row.id).map((a) => a.audience),
					risks: risks.filter((r) => r.materialId === row.id).map((r) => r.risk),
					preview: preview
						? { fileId: preview.id, width: preview.width, height: preview.height }
						: null,
				})
			}
		}
		return { items, total }
	}
}

async function runChild(size: number, keep: boolean): Promise<SizeResult> {
	const log = (message: string) =>
		process.stderr.write(`[${size.toLocaleString('en')}] ${message}\n`)
	const dbPath = path.join(os.tmpdir(), `awareness-bench-${size}-${process.pid}.db`)

	log(`building ${dbPath}`)
	const started = performance.now()
	createMigratedDatabase(dbPath)
	let nextReport = 0
	await populateSyntheticDatabase(dbPath, size, {
		seed: SEED,
		onProgress: (done) => {
			if (done >= nextReport) {
				log(`  ${done.toLocaleString('en')} materials`)
				nextReport = done + Math.max(10_000, Math.floor(size / 10))
			}
		},
	})
	const buildMs = performance.now() - started
	const fileBytes = fs.statSync(dbPath).size
	log(`built in ${(buildMs / 1000).toFixed(1)} s, ${(fileBytes / 1e6).toFixed(1)} MB`)

	// The app's client reads DATABASE_URL once, at import: set it first.
	process.env.DATABASE_URL = `file:${dbPath}`
	const { db } = await import('#app/utils/db.server.ts')
	const { listPublishedMaterials, listPublishedLanguages } =
		await import('#app/models/material/queries.server.ts')
	const { listContributingCountries } = await import('#app/models/country.server.ts')
	const { loader: apiLoader } = await import('#app/routes/api.v1.materials.ts')

	const raw = new Database(dbPath)
	const baseline = createBaseline(raw)
	const uiLang = 'en'
	const parsed = MIX.map((entry) => ({
		...entry,
		...parseCatalogQuery(new URLSearchParams(entry.query)),
	}))
	for (const entry of parsed) {
		if (entry.problems.length) throw new Error(`Bad query in the mix: ${entry.query}`)
	}

	const run: Record<PathName, (i: number) => Promise<unknown>> = {
		baseline: async (i) => {
			const q = parsed[i]!
			return baseline(q.filters, q.page, q.pageSize, uiLang)
		},
		catalog: (i) => {
			const q = parsed[i]!
			return listPublishedMaterials({
				filters: q.filters,
				page: q.page,
				pageSize: q.pageSize,
				uiLang,
			})
		},
		api: async (i) => {
			const url = `http://localhost/api/v1/materials?${parsed[i]!.query}${parsed[i]!.query ? '&' : ''}ui=${uiLang}`
			const response = await apiLoader({ request: new Request(url), params: {}, context: {} })
			const body = await response.text()
			if (response.status !== 200) throw new Error(`API ${response.status}: ${body.slice(0, 200)}`)
			return body
		},
	}

	// Warm up every path on every query, and check that the baseline answers
	// the same question as the app (same total, same first page).
	log('warming up')
	const mismatches: string[] = []
	for (let round = 0; round < WARMUP_ROUNDS; round++) {
		for (let i = 0; i < parsed.length; i++) {
			const expected = (await run.baseline(i)) as {
				total: number
				items: { id: string; title: string }[]
			}
			const actual = (await run.catalog(i)) as {
				total: number
				items: { id: string; title: string }[]
			}
			await run.api(i)
			const same =
				expected.total === actual.total &&
				expected.items.map((it) => `${it.id}:${it.title}`).join() ===
					actual.items.map((it) => `${it.id}:${it.title}`).join()
			if (round === 0 && !same)
				mismatches.push(`${parsed[i]!.name}: baseline ${expected.total}, app ${actual.total}`)
		}
	}

	log(`measuring ${REQUESTS} requests × ${PATHS.length} paths`)
	const samples: Record<PathName, number[]> = { baseline: [], catalog: [], api: [] }
	const perQuery = parsed.map(
		() => ({ baseline: [], catalog: [], api: [] }) as Record<PathName, number[]>,
	)
	for (let r = 0; r < REQUESTS; r++) {
		const i = r % parsed.length
		// Rotate the order so that no path always runs first on a query.
		for (let k = 0; k < PATHS.length; k++) {
			const name = PATHS[(r + k) % PATHS.length]!
			const t0 = performance.now()
			await run[name](i)
			const ms = performance.now() - t0
			samples[name].push(ms)
			perQuery[i]![name].push(ms)
		}
	}

	// Not in the mix: the catalog page's loader also lists the facets'
	// countries and languages on every request, whatever the filters.
	const facetSamples: number[] = []
	for (let r = 0; r < FACET_RUNS + 1; r++) {
		const t0 = performance.now()
		await Promise.all([listContributingCountries(), listPublishedLanguages()])
		if (r > 0) facetSamples.push(performance.now() - t0)
	}

	const totals = parsed.map((q) => baseline(q.filters, q.page, q.pageSize, uiLang).total)
	raw.close()
	await db.$disconnect()
	if (!keep)
		for (const suffix of ['', '-wal', '-shm', '-journal'])
			fs.rmSync(dbPath + suffix, { force: true })
	else log(`kept ${dbPath}`)

	return {
		size,
		buildMs,
		fileBytes,
		paths: {
			baseline: stats(samples.baseline),
			catalog: stats(samples.catalog),
			api: stats(samples.api),
		},
		perQuery: parsed.map((q, i) => ({
			name: q.name,
			total: totals[i]!,
			p50: {
				baseline: stats(perQuery[i]!.baseline).p50,
				catalog: stats(perQuery[i]!.catalog).p50,
				api: stats(perQuery[i]!.api).p50,
			},
		})),
		facetsMs: stats(facetSamples),
		mismatches,
	}
}

// ---------------------------------------------------------------------------
// Parent: one child per size, then the table

function runSize(size: number, keep: boolean) {
	return new Promise<SizeResult>((resolve, reject) => {
		const args = ['--child', String(size), ...(keep ? ['--keep'] : [])]
		// The child inherits this process's execArgv, so tsx's loader comes along.
		const child = fork(fileURLToPath(import.meta.url), args, {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		})
		let result: SizeResult | undefined
		child.on('message', (message) => (result = message as SizeResult))
		child.on('error', reject)
		child.on('exit', (code) => {
			if (code === 0 && result) resolve(result)
			else reject(new Error(`benchmark for ${size} materials failed (exit code ${code})`))
		})
	})
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1)
const pad = (value: string, width: number) => value.padStart(width)
const padEnd = (value: string, width: number) => value.padEnd(width)

function printResults(results: SizeResult[]) {
	const header = `${padEnd('size', 10)} ${padEnd('path', 34)} ${pad('p50 ms', 8)} ${pad('p95 ms', 8)} ${pad('mean ms', 8)} ${pad('×base p50', 10)} ${pad('×base mean', 10)}`
	const lines = [
		'',
		`Catalog benchmark: ${REQUESTS} requests per path, ${MIX.length} filter combinations`,
		header,
	]
	lines.push('-'.repeat(header.length))
	for (const result of results) {
		const base = result.paths.baseline
		for (const name of PATHS) {
			const s = result.paths[name]
			lines.push(
				`${padEnd(result.size.toLocaleString('en'), 10)} ${padEnd(PATH_LABELS[name], 34)} ${pad(ms(s.p50), 8)} ${pad(ms(s.p95), 8)} ${pad(ms(s.mean), 8)} ${pad((s.p50 / base.p50).toFixed(2), 10)} ${pad((s.mean / base.mean).toFixed(2), 10)}`,
			)
		}
		lines.push(
			`${padEnd('', 10)} ${padEnd('catalog facets (not in mix)', 34)} ${pad(ms(result.facetsMs.p50), 8)} ${pad(ms(result.facetsMs.p95), 8)} ${pad(ms(result.facetsMs.mean), 8)}`,
		)
		lines.push(
			`${padEnd('', 10)} database built in ${(result.buildMs / 1000).toFixed(1)} s, ${(result.fileBytes / 1e6).toFixed(1)} MB`,
		)
		lines.push('-'.repeat(header.length))
	}

	for (const result of results) {
		lines.push('', `p50 ms per query at ${result.size.toLocaleString('en')} materials`)
		const head = `${padEnd('query', 24)} ${pad('matches', 9)} ${pad('baseline', 9)} ${pad('catalog', 9)} ${pad('api', 9)} ${pad('×base', 7)}`
		lines.push(head, '-'.repeat(head.length))
		for (const q of result.perQuery) {
			lines.push(
				`${padEnd(q.name, 24)} ${pad(q.total.toLocaleString('en'), 9)} ${pad(ms(q.p50.baseline), 9)} ${pad(ms(q.p50.catalog), 9)} ${pad(ms(q.p50.api), 9)} ${pad((q.p50.catalog / q.p50.baseline).toFixed(2), 7)}`,
			)
		}
		for (const mismatch of result.mismatches)
			lines.push(`warning: baseline and app disagree on ${mismatch}`)
	}
	console.log(lines.join('\n'))
}

function parseSizes(argv: string[]) {
	const index = argv.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='))
	if (index === -1) return DEFAULT_SIZES
	const arg = argv[index]!
	const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1]
	const sizes = (value ?? '').split(',').map((s) => Number(s.replace(/_/g, '')))
	if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
		throw new Error(
			`--sizes takes positive integers separated by commas, e.g. --sizes 10000,100000`,
		)
	}
	return sizes
}

async function main() {
	const argv = process.argv.slice(2)
	const keep = argv.includes('--keep')
	const childIndex = argv.indexOf('--child')
	if (childIndex !== -1) {
		const result = await runChild(Number(argv[childIndex + 1]), keep)
		await new Promise<void>((resolve, reject) => {
			if (!process.send) return reject(new Error('--child must be started by bench/catalog.ts'))
			process.send(result, (error: Error | null) => (error ? reject(error) : resolve()))
		})
		process.disconnect?.()
		return
	}
	const results: SizeResult[] = []
	for (const size of parseSizes(argv)) results.push(await runSize(size, keep))
	printResults(results)
}

main().catch((error: unknown) => {
	console.error(error)
	process.exitCode = 1
})
