import fs from 'node:fs'
import Database from 'better-sqlite3'
import { describe, expect, test } from 'vitest'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { type SearchDocument } from '#app/search/engine.ts'
import { loadFacets } from '#app/search/facet-loader.ts'
import { postingsSnapshotPath, type SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { syntheticSearchLibrary } from '#tests/support/synthetic-search.ts'

// The resident postings saved next to the database and read back at start,
// and brought up to date by deltas: whatever path they took, searches must
// answer exactly what postings freshly read from FTS5 answer. Each test
// reads the postings several times over: on a busy machine that takes
// more than the default timeout.

const QUERIES = [
	'online',
	'grooming',
	'trusted adult',
	'"trusted adult"',
	'"alguien de confianza"',
	'extortoin',
	'instinc',
	'网络',
	'子ども',
	'الأطفال',
	'родители',
	'pédopiégeage',
	'zzqx onlnie',
	'walrus',
]

const library = syntheticSearchLibrary('postings', {
	size: 600,
	seed: 11,
	defaults: { residentMinDocs: 1 },
})
const open = library.open
const snapshot = () => postingsSnapshotPath(library.path)

async function answers(engine: SqliteFtsEngine, { ordered = true } = {}) {
	const out = []
	for (const q of QUERIES) {
		const result = await engine.search({
			q,
			filters: emptyFilters(),
			page: 1,
			pageSize: 1000,
			uiLang: 'en',
		})
		const ids = result.hits.map((h) => h.materialId)
		out.push({
			q,
			total: result.total,
			facets: result.facets,
			didYouMean: result.didYouMean,
			ids: ordered ? ids : ids.sort(),
		})
	}
	return out
}

/** Answers of postings freshly read from FTS5 (not saved), and of FTS5 alone. */
async function reference({ ordered = true } = {}) {
	const fresh = open({ snapshot: false })
	expect((await fresh.whenResident()).source).toBe('index')
	const direct = open({ resident: false })
	const expected = await answers(fresh, { ordered })
	// Whatever the order, FTS5 alone finds the same.
	expect(await answers(direct, { ordered: false })).toEqual(
		await answers(fresh, { ordered: false }),
	)
	fresh.close()
	direct.close()
	return expected
}

function sqlite() {
	return new Database(library.path)
}

/** A published material's searchable form, its first version's title replaced. */
function documentOf(materialId: string, title: string): SearchDocument {
	const db = sqlite()
	try {
		const m = db
			.prepare(`SELECT id, "countryCode", "resourceType", licence FROM "Material" WHERE id = ?`)
			.get(materialId) as { id: string; countryCode: string; resourceType: string; licence: string }
		const versions = db
			.prepare(
				`SELECT id AS versionId, lang, title, description, "extractedText" FROM "MaterialVersion" WHERE "materialId" = ?`,
			)
			.all(materialId) as SearchDocument['versions']
		versions[0]!.title = title
		return {
			materialId,
			countryCode: m.countryCode,
			resourceType: m.resourceType,
			licence: m.licence,
			audiences: [],
			risks: [],
			ageBands: [],
			accessibility: [],
			publishedAt: null,
			adaptationCount: 0,
			versions,
		}
	} finally {
		db.close()
	}
}

function indexedMaterials(limit: number, offset = 0) {
	const db = sqlite()
	try {
		return db
			.prepare(
				`SELECT DISTINCT "materialId" FROM "SearchDoc" ORDER BY "materialId" LIMIT ? OFFSET ?`,
			)
			.pluck()
			.all(limit, offset) as string[]
	} finally {
		db.close()
	}
}

describe('postings saved next to the database', { timeout: 120_000 }, () => {
	test('are read back at the next start and answer exactly as postings read from FTS5', async () => {
		fs.rmSync(snapshot(), { force: true })
		const first = open()
		expect((await first.whenResident()).source).toBe('index')
		expect(fs.existsSync(snapshot())).toBe(true)
		const expected = await answers(first)
		first.close()

		const second = open()
		const stats = await second.whenResident()
		expect(stats.source).toBe('snapshot')
		expect(stats.words).toBeGreaterThan(100)
		expect(await answers(second)).toEqual(expected)
		expect(expected).toEqual(await reference())
		second.close()
	})

	test.each([
		[
			'a flipped byte',
			(file: string) => {
				const bytes = fs.readFileSync(file)
				bytes[bytes.length - 100]! ^= 0xff
				fs.writeFileSync(file, bytes)
			},
		],
		[
			'a truncated file',
			(file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)),
		],
		['another format', (file: string) => fs.writeFileSync(file, 'AXPOSTS0 not postings')],
		[
			'an altered header',
			(file: string) => {
				const bytes = fs.readFileSync(file)
				const text = bytes.toString('latin1')
				fs.writeFileSync(file, Buffer.from(text.replace('"words":', '"words":9'), 'latin1'))
			},
		],
	])('with %s are not used, and are saved again', async (_, damage) => {
		const first = open()
		await first.whenResident()
		first.close()
		damage(snapshot())
		const expected = await reference()

		const restarted = open()
		expect((await restarted.whenResident()).source).toBe('index')
		expect(await answers(restarted)).toEqual(expected)
		restarted.close()
		// Saved again, whole: the next start reads them.
		const again = open()
		expect((await again.whenResident()).source).toBe('snapshot')
		again.close()
	})

	test('from before the index was rebuilt whole, or from another history of the database, are not used', async () => {
		const first = open()
		await first.whenResident()
		first.close()
		const saved = fs.readFileSync(snapshot())

		// Rebuilt whole (every row id new), as `reindex` does.
		const writer = open({ resident: false })
		await writer.reindex(indexedMaterials(10_000).map((id) => documentOf(id, `Rebuilt ${id}`)))
		writer.close()
		fs.writeFileSync(snapshot(), saved)
		const afterRebuild = open()
		expect((await afterRebuild.whenResident()).source).toBe('index')
		afterRebuild.close()

		// The same change id and version, but written by another transaction
		// (a restored copy of the database that has changed since).
		const current = fs.readFileSync(snapshot())
		const db = sqlite()
		db.prepare(
			`UPDATE "SearchChange" SET "stamp" = 'another' WHERE "id" = (SELECT MAX("id") FROM "SearchChange")`,
		).run()
		db.close()
		fs.writeFileSync(snapshot(), current)
		const other = open()
		expect((await other.whenResident()).source).toBe('index')
		other.close()
	})

	test('from before changes made while no server ran never answer stale, at once or once caught up', async () => {
		const first = open()
		await first.whenResident()
		first.close()

		const [revised, withdrawn, republished] = indexedMaterials(3, 40)
		const writer = open({ resident: false })
		await writer.index(documentOf(revised!, 'Narwhal safety at home'))
		await writer.remove(withdrawn!)
		await writer.remove(republished!)
		await writer.index(documentOf(republished!, 'Axolotl online trusted adult'))
		writer.close()

		const restarted = open()
		// Before the postings have caught up: rows removed since skipped,
		// rows added since found by FTS5.
		const early = await answers(restarted, { ordered: false })
		const stats = await restarted.whenResident()
		expect(stats.source).toBe('snapshot')
		const expected = await reference({ ordered: false })
		expect(early).toEqual(expected)
		expect(await answers(restarted, { ordered: false })).toEqual(expected)
		const titles = await restarted.search({
			q: 'narwhal axolotl',
			filters: emptyFilters(),
			page: 1,
			pageSize: 10,
			uiLang: 'en',
		})
		expect(titles.total).toBe(0)
		expect(
			(
				await restarted.search({
					q: 'axolotl',
					filters: emptyFilters(),
					page: 1,
					pageSize: 10,
					uiLang: 'en',
				})
			).hits.map((h) => h.materialId),
		).toEqual([republished])
		restarted.close()
	})
})

describe('postings brought up to date while the engine runs', { timeout: 120_000 }, () => {
	test('merge publications, withdrawals and revisions, and compact them, as a full read would', async () => {
		const saving = open()
		await saving.whenResident()
		saving.close()
		const engine = open()
		expect((await engine.whenResident()).words).toBeGreaterThan(100)
		const before = (await engine.whenResident()).postings

		// A few changes: rows added since merged as deltas.
		const few = indexedMaterials(4, 300)
		await engine.remove(few[0]!)
		await engine.index(documentOf(few[1]!, 'Manatee online trusted adult'))
		await engine.index(documentOf(few[2]!, 'Manatee grooming walrus'))
		await engine.remove(few[3]!)
		await engine.index(documentOf(few[3]!, 'Manatee back online'))
		const merged = await engine.whenResident()
		expect(merged.source).toBe('snapshot')
		expect(merged.postings).toBeGreaterThan(before)
		expect(await answers(engine, { ordered: false })).toEqual(await reference({ ordered: false }))

		const ids = indexedMaterials(120, 100)
		for (const [i, id] of ids.entries()) {
			if (i % 3 === 0) await engine.remove(id)
			else await engine.index(documentOf(id, `Revised ${i} online trusted adult walrus`))
			// Now and then a search, as readers would: the engine catches up.
			if (i % 20 === 0) {
				await engine.search({
					q: 'online',
					filters: emptyFilters(),
					page: 1,
					pageSize: 5,
					uiLang: 'en',
				})
				await engine.whenResident()
			}
		}
		// Withdrawn, then back.
		await engine.index(documentOf(ids[0]!, 'Walrus returns online'))
		const stats = await engine.whenResident()
		// Brought up to date and compacted, never read again whole from FTS5.
		expect(stats.source).toBe('compaction')
		const expected = await reference({ ordered: false })
		expect(await answers(engine, { ordered: false })).toEqual(expected)
		const walrus = expected.find((a) => a.q === 'walrus')!
		expect(walrus.total).toBe(82)
		engine.close()

		// What was saved after compacting answers the same at the next start.
		const restarted = open()
		expect((await restarted.whenResident()).source).toBe('snapshot')
		expect(await answers(restarted, { ordered: false })).toEqual(expected)
	})
})

describe('start-up', { timeout: 120_000 }, () => {
	test('loads the facet data in slices, letting other work run in between, all of one version', async () => {
		let turns = 0
		let running = true
		const tick = () => {
			turns++
			if (running) setImmediate(tick)
		}
		setImmediate(tick)
		// Every slice as short as can be: a pause at each check.
		const loading = loadFacets(library.path, 0, { snapshot: false })
		const { store, version } = await loading
		running = false
		expect(turns).toBeGreaterThan(3)
		const db = sqlite()
		try {
			expect(store.liveCount).toBe(
				db.prepare('SELECT COUNT(DISTINCT "materialId") FROM "SearchDoc"').pluck().get(),
			)
			expect(version).toBe(db.prepare('SELECT "version" FROM "SearchState"').pluck().get())
		} finally {
			db.close()
		}
	})
})
