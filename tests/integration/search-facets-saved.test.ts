import fs from 'node:fs'
import Database from 'better-sqlite3'
import { describe, expect, test } from 'vitest'
import { type CatalogFilters, emptyFilters } from '#app/domain/catalog-filters.ts'
import { rebuildEmbeddedIndex } from '#app/models/search-index.server.ts'
import { type SearchFilters } from '#app/search/engine.ts'
import { FACET_FORMAT, facetSnapshotPath } from '#app/search/facet-snapshot.ts'
import { FACETS_SAVED_EVERY, type SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { bumpSearchStateSql, sqliteRun } from '#app/search/sqlite-fts-writer.ts'
import { syntheticSearchLibrary } from '#tests/support/synthetic-search.ts'

// The facet data saved beside the database and read back at start: whatever
// path it took (saved, saved and then changed, damaged, from another
// history), searches answer exactly what facet data read from SQLite
// answers: totals, every facet's counts and the hits.

const QUERIES = ['', 'online', 'grooming', 'trusted adult', '网络', 'الأطفال', 'walrus']
const FILTERED: CatalogFilters = { ...emptyFilters(), lang: ['es'], risk: ['grooming'] }
const ACCESSIBLE: SearchFilters = { ...emptyFilters(), accessibility: ['captions', 'easy-read'] }

const library = syntheticSearchLibrary('facets', {
	size: 600,
	seed: 13,
	defaults: { resident: false },
})
const open = library.open
const saved = () => facetSnapshotPath(library.path)

async function answers(engine: SqliteFtsEngine) {
	const out = []
	for (const q of QUERIES)
		for (const filters of [emptyFilters(), FILTERED, ACCESSIBLE]) {
			const result = await engine.search({ q, filters, page: 1, pageSize: 1000, uiLang: 'en' })
			out.push({
				q,
				total: result.total,
				facets: result.facets,
				ids: result.hits.map((h) => h.materialId),
			})
		}
	return out
}

/** What facet data read from SQLite answers, nothing saved or read back. */
async function reference() {
	const fresh = open({ snapshot: false })
	const expected = await answers(fresh)
	expect((await fresh.whenFacetsSaved())?.source).toBe('index')
	fresh.close()
	return expected
}

/** Where a new engine's facet data came from, once it answered. */
async function start() {
	const engine = open()
	const result = await answers(engine)
	const load = await engine.whenFacetsSaved()
	return { engine, result, load }
}

async function withDatabase<T>(work: (db: Database.Database) => T | Promise<T>) {
	const db = new Database(library.path)
	try {
		return await work(db)
	} finally {
		db.close()
	}
}

/**
 * Withdraws `count` published materials and retags others (a risk and an
 * accessibility feature), as the app's writes do, change log included.
 */
async function changeMaterials(count: number) {
	await withDatabase(async (db) => {
		const ids = db
			.prepare(`SELECT DISTINCT "materialId" FROM "SearchDoc" ORDER BY "materialId" LIMIT ?`)
			.pluck()
			.all(count * 2) as string[]
		const withdrawn = ids.slice(0, count)
		const retagged = ids.slice(count)
		db.exec('BEGIN IMMEDIATE')
		for (const id of withdrawn) {
			db.prepare(`UPDATE "Material" SET status = 'withdrawn' WHERE id = ?`).run(id)
			db.prepare(
				`DELETE FROM "SearchFts" WHERE rowid IN (SELECT "docId" FROM "SearchDoc" WHERE "materialId" = ?)`,
			).run(id)
			db.prepare(`DELETE FROM "SearchDoc" WHERE "materialId" = ?`).run(id)
		}
		for (const id of retagged) {
			db.prepare(`DELETE FROM "MaterialRisk" WHERE "materialId" = ?`).run(id)
			db.prepare(`INSERT INTO "MaterialRisk" ("materialId", risk) VALUES (?, 'grooming')`).run(id)
			db.prepare(
				`INSERT OR IGNORE INTO "MaterialAccessibility" ("materialId", feature) VALUES (?, 'captions')`,
			).run(id)
		}
		await bumpSearchStateSql(sqliteRun(db), ids)
		db.exec('COMMIT')
	})
}

describe('facet data saved beside the database', { timeout: 120_000 }, () => {
	test('is read back at the next start and answers exactly as facet data read from SQLite', async () => {
		fs.rmSync(saved(), { force: true })
		const first = await start()
		expect(first.load).toMatchObject({ source: 'index', problem: 'no snapshot' })
		expect(fs.existsSync(saved())).toBe(true)
		first.engine.close()

		const second = await start()
		expect(second.load).toMatchObject({ source: 'snapshot', replayed: 0, problem: null })
		expect(second.result).toEqual(first.result)
		expect(second.result).toEqual(await reference())
		second.engine.close()
	})

	test('changed since it was saved, replays the changes and answers as the index is now', async () => {
		const before = await start()
		before.engine.close()
		await changeMaterials(5)

		const after = await start()
		expect(after.load).toMatchObject({ source: 'snapshot', replayed: 10 })
		const expected = await reference()
		expect(after.result).toEqual(expected)
		// Accessibility is among what was compared, and replayed.
		expect(after.result[0]!.facets.accessibility.captions).toBeGreaterThan(0)
		expect(after.result).not.toEqual(before.result)
		after.engine.close()
		// Saved again once replayed: the next start replays nothing.
		const next = await start()
		expect(next.load).toMatchObject({ source: 'snapshot', replayed: 0 })
		expect(next.result).toEqual(expected)
		next.engine.close()
	})

	test.each([
		[
			'a flipped byte',
			'checksum mismatch',
			(file: string) => {
				const bytes = fs.readFileSync(file)
				bytes[bytes.length - 10]! ^= 0xff
				fs.writeFileSync(file, bytes)
			},
		],
		[
			'a truncated file',
			'truncated',
			(file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)),
		],
		[
			'another format',
			'not a snapshot',
			(file: string) => fs.writeFileSync(file, 'AXFACET0 not facet data'),
		],
		[
			// Facet data saved before the accessibility facet has no such
			// section: read again from SQLite, never read as if it had.
			'the format before the accessibility facet',
			'another format',
			(file: string) => {
				const bytes = fs.readFileSync(file)
				const text = bytes
					.toString('latin1')
					.replace(`"format":${FACET_FORMAT},`, `"format":${FACET_FORMAT - 1},`)
				fs.writeFileSync(file, Buffer.from(text, 'latin1'))
			},
		],
		[
			'an altered header',
			'sections do not match the header',
			(file: string) => {
				const bytes = fs.readFileSync(file)
				const text = bytes
					.toString('latin1')
					.replace(/"size":(\d+)/, (_, n) => `"size":${Number(n) - 1}`)
				fs.writeFileSync(file, Buffer.from(text, 'latin1'))
			},
		],
	])('with %s is not used, and is saved again', async (_, problem, damage) => {
		const first = await start()
		first.engine.close()
		damage(saved())

		const restarted = await start()
		expect(restarted.load).toMatchObject({ source: 'index', problem })
		expect(restarted.result).toEqual(await reference())
		restarted.engine.close()
		const again = await start()
		expect(again.load).toMatchObject({ source: 'snapshot', problem: null })
		again.engine.close()
	})

	test('from another history of the database (a restored copy changed since) is not used', async () => {
		const first = await start()
		first.engine.close()
		const copy = fs.readFileSync(saved())
		await changeMaterials(2)
		// The saved data now says a change the log holds under another stamp.
		await withDatabase((db) => {
			const last = db.prepare('SELECT MAX("id") FROM "SearchChange"').pluck().get() as number
			db.prepare('UPDATE "SearchChange" SET "stamp" = ? WHERE "id" <= ?').run('another', last)
		})
		fs.writeFileSync(saved(), copy)
		const restarted = await start()
		expect(restarted.load).toMatchObject({ source: 'index', problem: 'of another index' })
		expect(restarted.result).toEqual(await reference())
		restarted.engine.close()
	})

	test('after the whole index is rewritten, replays every material', async () => {
		const first = await start()
		first.engine.close()
		await rebuildEmbeddedIndex({ databasePath: library.path })
		const restarted = await start()
		const indexed = await withDatabase(
			(db) =>
				db.prepare('SELECT COUNT(DISTINCT "materialId") FROM "SearchDoc"').pluck().get() as number,
		)
		expect(restarted.load?.source).toBe('snapshot')
		expect(restarted.load?.replayed).toBeGreaterThanOrEqual(indexed)
		expect(restarted.result).toEqual(await reference())
		restarted.engine.close()
	})

	test('is saved again while the engine runs, every so many changes', async () => {
		const engine = open()
		await answers(engine)
		await engine.whenFacetsSaved()
		const savedChange = () => {
			const bytes = fs.readFileSync(saved())
			return JSON.parse(bytes.toString('utf8', 12, 12 + bytes.readUInt32LE(8))).state.lastChange
		}
		const lastChange = () =>
			withDatabase((db) => db.prepare('SELECT MAX("id") FROM "SearchChange"').pluck().get())
		const first = savedChange()
		// Under the threshold: the next search applies the change, nothing is saved.
		await changeMaterials(1)
		await answers(engine)
		await engine.whenFacetsSaved()
		expect(savedChange()).toBe(first)
		// Past it (each material touched is a change), the data is saved as it is now.
		await withDatabase(async (db) => {
			const ids = db
				.prepare('SELECT DISTINCT "materialId" FROM "SearchDoc"')
				.pluck()
				.all() as string[]
			db.exec('BEGIN IMMEDIATE')
			for (let recorded = 0; recorded < FACETS_SAVED_EVERY; recorded += ids.length)
				await bumpSearchStateSql(sqliteRun(db), ids)
			db.exec('COMMIT')
		})
		expect(await answers(engine)).toEqual(await reference())
		await engine.whenFacetsSaved()
		expect(savedChange()).toBe(await lastChange())
		engine.close()
	})
})
