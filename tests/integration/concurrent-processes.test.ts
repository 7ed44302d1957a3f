import { spawn, spawnSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { insertMaterial, updateDraftMaterial } from '#app/models/material/drafts.server.ts'
import { embeddedIndexProblem, rebuildEmbeddedIndex } from '#app/models/search-index.server.ts'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { db } from '#app/utils/db.server.ts'
import { openSqlite } from '#app/utils/sqlite.server.ts'
import { createMaterial, createUser, draftFields } from '#tests/factories.ts'
import { PROJECT_ROOT } from '#tests/support/paths.ts'
import { populateSyntheticDatabase } from '#prisma/demo/synthetic.ts'

/**
 * Another process writing the same database (here `npm run search:reindex`,
 * run again and again) while the app saves: no save may fail, and search
 * must keep answering with every published material.
 */

/** Runs the real reindex script on this test file's database; resolves with its exit code. */
function reindexOnce() {
	return new Promise<{ code: number | null; output: string }>((resolve) => {
		const child = spawn('npx', ['tsx', 'scripts/search-reindex.ts'], {
			cwd: PROJECT_ROOT,
			env: { ...process.env, NODE_ENV: 'production' },
			stdio: ['ignore', 'pipe', 'pipe'],
		})
		let output = ''
		child.stdout.on('data', (c: Buffer) => (output += c))
		child.stderr.on('data', (c: Buffer) => (output += c))
		child.on('exit', (code) => resolve({ code, output }))
	})
}

const draftOf = (id: string, i: number) =>
	draftFields({ draftId: id, title: `Brouillon ${i}`, description: `Révision ${i} du brouillon.` })

describe('saves while another process rebuilds the search index', () => {
	test('200 saves during repeated reindexing: none fails, search stays whole', async () => {
		await populateSyntheticDatabase(resolveDatabasePath(), 3000, { seed: 3 })
		await rebuildEmbeddedIndex()
		const user = await createUser('contributor')
		const drafts = await Promise.all(
			Array.from({ length: 4 }, () => createMaterial({ status: 'draft', publishedAt: null })),
		)
		const marker = await createMaterial({
			versions: [{ lang: 'en', title: 'Zanzibar wombat helpline' }],
		})
		const engine = new SqliteFtsEngine(resolveDatabasePath())
		const published = () => db.material.count({ where: { status: 'published' } })

		let saving = true
		let reindexing = 0
		const runs: { code: number | null; output: string }[] = []
		const reindexer = (async () => {
			while (saving) {
				reindexing++
				runs.push(await reindexOnce())
				reindexing--
			}
		})()

		// What a reader gets meanwhile: every published material, and the
		// marker material by its word, never an error.
		const searchProblems: string[] = []
		let searches = 0
		const reader = (async () => {
			while (saving) {
				try {
					const before = await published()
					const all = await engine.search({
						q: '',
						filters: emptyFilters(),
						page: 1,
						pageSize: 24,
						uiLang: 'en',
					})
					const after = await published()
					if (all.total < before || all.total > after)
						searchProblems.push(`${all.total} listed, ${before}-${after} published`)
					const word = await engine.search({
						q: 'wombat',
						filters: emptyFilters(),
						page: 1,
						pageSize: 24,
						uiLang: 'en',
					})
					if (!word.hits.some((h) => h.materialId === marker.id))
						searchProblems.push('"wombat" did not find its material')
				} catch (error) {
					searchProblems.push(String(error))
				}
				searches++
				await new Promise((r) => setTimeout(r, 20))
			}
		})()

		const failures: string[] = []
		let duringReindex = 0
		try {
			// The first rebuild is under way once its process has started.
			await new Promise((r) => setTimeout(r, 1500))
			for (let i = 0; i < 200; i++) {
				try {
					if (i % 4 === 3) {
						await insertMaterial({
							countryCode: 'FR',
							resourceType: 'poster',
							audiences: ['parents'],
							risks: ['sextortion'],
							licence: 'cc-by-4.0',
							status: 'published',
							originalLang: 'fr',
							versions: [{ lang: 'fr', title: `Nouvelle affiche ${i}` }],
						})
					} else {
						const draft = drafts[i % drafts.length]!
						await updateDraftMaterial(user, draft.id, draftOf(draft.id, i))
					}
					if (reindexing) duringReindex++
				} catch (error) {
					failures.push(String(error))
				}
				await new Promise((r) => setTimeout(r, 15))
			}
		} finally {
			saving = false
			await Promise.all([reindexer, reader])
			engine.close()
		}
		expect(failures).toEqual([])
		expect(searchProblems).toEqual([])
		expect(runs.length).toBeGreaterThan(1)
		for (const run of runs) expect(run.code, run.output).toBe(0)
		expect(duringReindex).toBeGreaterThan(150)
		expect(searches).toBeGreaterThan(20)
		// The rebuilds kept every save: the index holds exactly the published materials.
		expect(embeddedIndexProblem()).toBeNull()
	}, 300_000)
})

describe('one SQLite in the process', () => {
	test('closing one of the app’s connections leaves the others’ locks in place', async () => {
		// Prisma's connection and the app's own (search, reindex, backup) must
		// share one copy of SQLite: a second copy keeps its own record of
		// POSIX locks, and closing a file there releases every lock the
		// process holds on it, so another process could then write under a
		// reader, or two under one another.
		await db.$queryRawUnsafe('PRAGMA journal_mode = WAL')
		await db.material.count()
		const other = openSqlite(resolveDatabasePath(), { readonly: true })
		other.prepare('SELECT COUNT(*) FROM "Material"').get()
		other.close()
		// Leaving WAL mode needs every other connection closed: it must be refused.
		const probe = spawnSync(
			process.execPath,
			[
				'-e',
				`const db = new (require('better-sqlite3'))(process.argv[1], { timeout: 100 })
				try { db.pragma('journal_mode = DELETE'); console.log('switched') } catch (e) { console.log(e.code) }`,
				resolveDatabasePath(),
			],
			{ cwd: PROJECT_ROOT, encoding: 'utf8' },
		)
		expect(probe.stdout.trim()).toBe('SQLITE_BUSY')
		expect(await db.material.count()).toBeGreaterThanOrEqual(0)
	})
})

describe('search while another process changes the index', () => {
	test('a material whose rows went between a search’s facts and its text is left out, not an error', async () => {
		const [kept, gone] = await Promise.all([
			createMaterial({ versions: [{ lang: 'en', title: 'Okapi helpline poster' }] }),
			createMaterial({ versions: [{ lang: 'en', title: 'Okapi safety leaflet' }] }),
		])
		const engine = new SqliteFtsEngine(resolveDatabasePath(), { resident: false })
		try {
			const ask = () =>
				engine.search({ q: 'okapi', filters: emptyFilters(), page: 1, pageSize: 24, uiLang: 'en' })
			expect((await ask()).hits.map((h) => h.materialId).sort()).toEqual([kept.id, gone.id].sort())
			// Another process removes one material's rows, and the engine reads
			// its facts from memory before it learns of it (as when the change
			// commits between the two reads of one search).
			const other = openSqlite(resolveDatabasePath())
			other.prepare('DELETE FROM "SearchDoc" WHERE "materialId" = ?').run(gone.id)
			other.close()
			const hits = (await ask()).hits.map((h) => h.materialId)
			expect(hits).toEqual([kept.id])
		} finally {
			engine.close()
		}
	})
})
