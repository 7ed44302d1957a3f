import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, test } from 'vitest'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import {
	embeddedIndexProblem,
	indexMaterialInTransaction,
	rebuildEmbeddedIndex,
} from '#app/models/search-index.server.ts'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { db } from '#app/utils/db.server.ts'
import { createMaterial } from '#tests/factories.ts'
import { createMigratedDatabase, populateSyntheticDatabase } from '#prisma/demo/synthetic.ts'
import { searchFilesOf } from '#app/search/search-files.ts'

const engine = new SqliteFtsEngine(resolveDatabasePath())
const search = (q: string) =>
	engine.search({ q, filters: emptyFilters(), page: 1, pageSize: 50, uiLang: 'en' })
const found = async (q: string) => (await search(q)).hits.map((h) => h.materialId)

describe('the embedded index follows the data in the same transaction', () => {
	test('a published material is found as soon as it is written', async () => {
		const material = await createMaterial({
			versions: [
				{
					lang: 'en',
					title: 'Kaleidoscope helpline poster',
					description: 'Call the kaleidoscope line.',
				},
			],
		})
		expect(await found('kaleidoscope')).toEqual([material.id])
		// Another reader (another process) sees it too.
		const other = new SqliteFtsEngine(resolveDatabasePath())
		expect(
			(
				await other.search({
					q: 'kaleidoscope',
					filters: emptyFilters(),
					page: 1,
					pageSize: 5,
					uiLang: 'en',
				})
			).total,
		).toBe(1)
		other.close()
	})

	test('a draft is never indexed', async () => {
		await createMaterial({
			status: 'draft',
			publishedAt: null,
			versions: [{ lang: 'en', title: 'Marzipan draft' }],
		})
		expect(await found('marzipan')).toEqual([])
	})

	test('a failed transaction leaves the index as it was; a committed withdrawal removes the material', async () => {
		const material = await createMaterial({
			versions: [{ lang: 'en', title: 'Tangerine safety leaflet' }],
		})
		expect(await found('tangerine')).toEqual([material.id])
		await expect(
			db.$transaction(async (tx) => {
				await tx.material.update({ where: { id: material.id }, data: { status: 'withdrawn' } })
				await indexMaterialInTransaction(tx, material.id)
				throw new Error('the rest of the change failed')
			}),
		).rejects.toThrow('the rest of the change failed')
		expect(await found('tangerine')).toEqual([material.id])

		await db.$transaction(async (tx) => {
			await tx.material.update({ where: { id: material.id }, data: { status: 'withdrawn' } })
			await indexMaterialInTransaction(tx, material.id)
		})
		expect(await found('tangerine')).toEqual([])
		expect(embeddedIndexProblem()).toBeNull()
	})

	test('an adaptation by another country lifts its source above an equal material', async () => {
		const adapted = await createMaterial({
			countryCode: 'FR',
			versions: [{ lang: 'en', title: 'Walrus awareness poster' }],
		})
		const newer = await createMaterial({
			countryCode: 'FR',
			versions: [{ lang: 'en', title: 'Walrus awareness poster' }],
		})
		const order = async () =>
			(await found('walrus awareness')).filter((id) => id === adapted.id || id === newer.id)
		// Equal text: the newer comes first.
		expect(await order()).toEqual([newer.id, adapted.id])
		await createMaterial({
			countryCode: 'BE',
			derivedFrom: { versionId: adapted.versions[0]!.id, kind: 'adaptation' },
			versions: [{ lang: 'nl', title: 'Walrus affiche' }],
		})
		expect(await order()).toEqual([adapted.id, newer.id])
	})
})

describe('a long-running reader', () => {
	test('refreshes only what changed and answers exactly as a fresh reader would', async () => {
		const all = (e: SqliteFtsEngine, q = '') =>
			e.search({ q, filters: emptyFilters(), page: 1, pageSize: 100, uiLang: 'en' })
		await all(engine)
		const source = await createMaterial({
			countryCode: 'PT',
			risks: ['sextortion'],
			versions: [{ lang: 'pt', title: 'Chantagem com fotos' }],
		})
		await createMaterial({
			countryCode: 'BR',
			risks: ['sextortion', 'reporting-help'],
			audiences: ['young-people'],
			derivedFrom: { versionId: source.versions[0]!.id, kind: 'adaptation' },
			versions: [{ lang: 'pt', title: 'Chantagem com fotos: peça ajuda' }],
		})
		const withdrawn = await createMaterial({
			versions: [{ lang: 'en', title: 'Soon withdrawn chantagem' }],
		})
		await db.$transaction(async (tx) => {
			await tx.material.update({ where: { id: withdrawn.id }, data: { status: 'withdrawn' } })
			await indexMaterialInTransaction(tx, withdrawn.id)
		})
		const fresh = new SqliteFtsEngine(resolveDatabasePath())
		for (const q of ['', 'chantagem', 'fotos']) {
			const [kept, anew] = [await all(engine, q), await all(fresh, q)]
			expect(
				kept.hits.map((h) => h.materialId),
				q,
			).toEqual(anew.hits.map((h) => h.materialId))
			expect(kept.facets, q).toEqual(anew.facets)
			expect(kept.total, q).toBe(anew.total)
		}
		expect((await all(engine, 'chantagem')).hits.map((h) => h.materialId)).not.toContain(
			withdrawn.id,
		)
		fresh.close()
	})
})

describe('did you mean', () => {
	test('suggests the closest indexed words when nothing matched', async () => {
		await createMaterial({
			versions: [
				{ lang: 'en', title: 'Recognising grooming online', description: 'Signs of grooming.' },
			],
		})
		const result = await search('grmoing')
		expect(result.total).toBe(0)
		expect(result.didYouMean).toBe('grooming')
		const dropped = await search('recognising qqqzzzx')
		expect(dropped.total).toBe(0)
		expect(dropped.didYouMean).toBe('recognising')
		expect((await search('qqqzzzx')).didYouMean).toBeNull()
	})
})

describe('rebuilding', () => {
	test('a rebuild from the database gives the same answers', async () => {
		const queries = ['kaleidoscope', 'walrus', 'grooming', 'poster', '']
		const before = await Promise.all(queries.map((q) => found(q)))
		const { indexed } = await rebuildEmbeddedIndex()
		expect(indexed).toBe(await db.material.count({ where: { status: 'published' } }))
		expect(embeddedIndexProblem()).toBeNull()
		expect(await Promise.all(queries.map((q) => found(q)))).toEqual(before)
	})

	test('a missing index is detected, so start-up rebuilds it', async () => {
		const sqlite = (await import('better-sqlite3')).default(resolveDatabasePath())
		sqlite.exec(
			`INSERT INTO "SearchFts" ("SearchFts") VALUES ('delete-all'); DELETE FROM "SearchDoc";`,
		)
		sqlite.close()
		expect(embeddedIndexProblem()).toMatch(/0 materials indexed, \d+ published/)
		await rebuildEmbeddedIndex()
		expect(embeddedIndexProblem()).toBeNull()
	})
})

describe('the index held in memory', () => {
	test('finds exactly what FTS5 alone finds, with the same facets and suggestions', async () => {
		const dbPath = path.join(os.tmpdir(), `awareness-resident-${randomUUID()}.db`)
		createMigratedDatabase(dbPath)
		await populateSyntheticDatabase(dbPath, 800, { seed: 7 })
		await rebuildEmbeddedIndex({ databasePath: dbPath })
		const direct = new SqliteFtsEngine(dbPath, { resident: false })
		const held = new SqliteFtsEngine(dbPath, { residentMinDocs: 1 })
		try {
			const { words } = await held.whenResident()
			expect(words).toBeGreaterThan(100)
			const queries: [string, Partial<ReturnType<typeof emptyFilters>>][] = [
				['online', {}],
				['grooming', {}],
				['trusted adult', {}],
				['"trusted adult"', {}],
				['"personas de confianza"', {}],
				['"alguien de confianza"', {}],
				['"adult trusted"', {}],
				['extortoin', {}],
				['responsibilty sharred', {}],
				['instinc', {}],
				['网络', {}],
				['子ども', {}],
				['الأطفال', {}],
				['родители', {}],
				['pédopiégeage', {}],
				['children', { risk: ['grooming', 'sextortion'], lang: ['en'] }],
				['safe', { country: ['FR', 'DE'] }],
				['"NEAR(child* online)" ^title: (help', {}],
				['zzqx onlnie', {}],
			]
			const same = async (q: string, filters: Partial<ReturnType<typeof emptyFilters>> = {}) => {
				const ask = (engine: SqliteFtsEngine) =>
					engine.search({
						q,
						filters: { ...emptyFilters(), ...filters },
						page: 1,
						pageSize: 1000,
						uiLang: 'en',
					})
				const [a, b] = [await ask(direct), await ask(held)]
				expect(b.total, q).toBe(a.total)
				expect(b.facets, q).toEqual(a.facets)
				expect(b.didYouMean, q).toBe(a.didYouMean)
				const ids = (r: typeof a) => r.hits.map((h) => h.materialId).sort()
				expect(ids(b), q).toEqual(ids(a))
				return a.total
			}
			let answered = 0
			for (const [q, filters] of queries) if ((await same(q, filters)) > 0) answered++
			expect(answered).toBeGreaterThanOrEqual(15)

			// Right after changes, before the worker reloads the postings: rows
			// added since come from FTS5, rows removed since are skipped.
			const sqlite = new Database(dbPath)
			const [edited, removed] = sqlite
				.prepare(
					`SELECT m.id, m."countryCode", m."resourceType", m.licence, v.id AS versionId, v.lang, v.title
					 FROM "Material" m JOIN "MaterialVersion" v ON v."materialId" = m.id
					 WHERE m.status = 'published' GROUP BY m.id LIMIT 2`,
				)
				.all() as {
				id: string
				countryCode: string
				resourceType: string
				licence: string
				versionId: string
				lang: string
				title: string
			}[]
			sqlite.close()
			await held.index({
				materialId: edited!.id,
				countryCode: edited!.countryCode,
				resourceType: edited!.resourceType,
				licence: edited!.licence,
				audiences: [],
				risks: [],
				ageBands: [],
				accessibility: [],
				publishedAt: null,
				adaptationCount: 0,
				versions: [
					{
						versionId: edited!.versionId,
						lang: 'en',
						title: 'Quokka helpline poster',
						description: 'Trusted adults and online safety, with a quokka.',
						extractedText: '',
					},
				],
			})
			await held.remove(removed!.id)
			expect(await same('quokka')).toBe(1)
			expect(
				(
					await held.search({
						q: edited!.title,
						filters: emptyFilters(),
						page: 1,
						pageSize: 1000,
						uiLang: 'en',
					})
				).hits.map((h) => h.materialId),
			).not.toContain(edited!.id)
			for (const [q, filters] of queries) await same(q, filters)
			await same(edited!.title)
			await same(removed!.title)
		} finally {
			direct.close()
			held.close()
			for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, ...searchFilesOf(dbPath)])
				fs.rmSync(file, { force: true })
		}
	})
})
