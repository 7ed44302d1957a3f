import type Database from 'better-sqlite3'
import { ageBandsOf } from '#app/domain/vocabularies.ts'
import { type SearchDocument } from '#app/search/engine.ts'
import { ANALYZER_VERSION } from '#app/search/text.ts'
import {
	ADAPTING_COUNTRIES_SQL,
	bumpSearchStateSql,
	removeDocumentSql,
	sqliteRun,
	writeDocumentSql,
	type RunSql,
} from '#app/search/sqlite-fts-writer.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { openSqlite } from '#app/utils/sqlite.server.ts'

/**
 * Keeps the embedded search index in step with the data. Model functions
 * that change what the public can find call `indexMaterialInTransaction`
 * inside their own transaction: the index can never disagree with the data.
 */

type Tx = Prisma.TransactionClient

/** The searchable form of a material, or null when the public cannot see it. */
export async function loadSearchDocument(
	tx: Tx,
	materialId: string,
): Promise<SearchDocument | null> {
	const m = await tx.material.findUnique({
		where: { id: materialId },
		include: {
			audiences: { select: { audience: true } },
			risks: { select: { risk: true } },
			accessibility: { select: { feature: true } },
			versions: {
				select: {
					id: true,
					lang: true,
					title: true,
					description: true,
					extractedText: true,
					segments: { select: { key: true, text: true } },
				},
			},
		},
	})
	if (!m || m.status !== 'published') return null
	const adapters = await tx.material.findMany({
		where: {
			status: 'published',
			countryCode: { not: m.countryCode },
			derivedFromVersion: { materialId: m.id },
		},
		select: { countryCode: true },
		distinct: ['countryCode'],
	})
	return {
		materialId: m.id,
		countryCode: m.countryCode,
		resourceType: m.resourceType,
		licence: m.licence,
		audiences: m.audiences.map((a) => a.audience),
		risks: m.risks.map((r) => r.risk),
		ageBands: ageBandsOf(m.ageMin, m.ageMax),
		accessibility: m.accessibility.map((a) => a.feature),
		publishedAt: m.publishedAt?.toISOString() ?? null,
		adaptationCount: adapters.length,
		versions: m.versions.map((v) => ({
			versionId: v.id,
			lang: v.lang,
			title: v.title,
			description: v.description,
			extractedText: v.extractedText,
			printed: printedTexts(v.segments),
		})),
	}
}

/**
 * The segments printed on a material (not its title or description, which
 * the version holds). A helpline is labelled as one, as the tags column
 * names topics in English: "helpline" finds the materials showing one.
 */
function printedTexts(segments: readonly { key: string; text: string }[]) {
	return segments
		.filter(({ key, text }) => text && PRINTED_SEGMENT.test(key))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map(({ key, text }) => (key === 'helpline' ? `helpline ${text}` : text))
}

/** Segment keys whose text is printed on the material: its helpline, legal references, a template's boxes. */
const PRINTED_SEGMENT = /^(helpline|legal|slot:.*)$/

function prismaRun(tx: Tx): RunSql {
	return (sql, params) => tx.$queryRawUnsafe(sql, ...params) as Promise<unknown[]>
}

/**
 * Re-indexes a material (and the material it was derived from, whose
 * adaptation count may have changed) inside the caller's transaction.
 */
export async function indexMaterialInTransaction(tx: Tx, materialId: string) {
	const run = prismaRun(tx)
	const ids = [materialId]
	const parent = await tx.material.findUnique({
		where: { id: materialId },
		select: { derivedFromVersion: { select: { materialId: true } } },
	})
	if (parent?.derivedFromVersion) ids.push(parent.derivedFromVersion.materialId)
	for (const id of ids) {
		const doc = await loadSearchDocument(tx, id)
		if (doc) await writeDocumentSql(run, doc)
		else await removeDocumentSql(run, id)
	}
	await bumpSearchStateSql(run, ids)
	// An external engine learns of the change through the outbox, written in
	// this same transaction and delivered once the engine confirms it.
	if (getEnv().MEILI_URL)
		await tx.searchOutbox.createMany({ data: ids.map((materialId) => ({ materialId })) })
}

/** Longest a rebuild holds the write lock at a time: saves wait at most about this long for it. */
const REBUILD_BATCH_MS = 50
/**
 * The rebuild's pause after each write. A save in another process waiting
 * for the lock polls it (SQLite's busy handler: every 100 ms after the first
 * few tries), so it must find the lock free often enough: with a third of
 * the time free, the chance that a save misses it for the whole busy timeout
 * (about 45 polls) is below one in a hundred million.
 */
const REBUILD_PAUSE_MS = 25
/** Materials read per page of the rebuild (their ids only). */
const REBUILD_PAGE = 5_000
/** Pages of the index merged per step after a rebuild (each step is a short write). */
const MERGE_PAGES = 500
/** FTS5's own default: the app never changes it, only a rebuild turns it off for a while. */
const FTS5_AUTOMERGE = 4

/**
 * Rebuilds the embedded index from the database, on a direct connection
 * (fast enough for a million materials). Used by `npm run search:reindex`,
 * at start-up when the index is out of date, and after bulk loads.
 *
 * Safe beside a running server: the index is rewritten in place, material by
 * material, in write transactions of about REBUILD_BATCH_MS, so saves never
 * wait long for the lock, and search never sees a missing material. Each
 * transaction records the materials it rewrote (SearchChange) like any save,
 * so running servers refresh just those in memory. Each material is read
 * inside the transaction that rewrites it, so a save made meanwhile is
 * neither undone nor duplicated, and a material withdrawn meanwhile is not
 * put back.
 */
export async function rebuildEmbeddedIndex(
	options: { databasePath?: string; onProgress?: (n: number) => void } = {},
) {
	const sqlite = openSqlite(options.databasePath ?? resolveDatabasePath())
	sqlite.pragma('journal_mode = WAL')
	const run = sqliteRun(sqlite)
	// FTS5 takes its settings as integers, written out (a bound number is a real to it).
	const setAutomerge = (value: number) =>
		sqlite.exec(`INSERT INTO "SearchFts" ("SearchFts", rank) VALUES ('automerge', ${value})`)
	try {
		// Every short transaction leaves a small b-tree; merging them as they
		// come (FTS5's automerge) rewrote the whole index again and again and
		// made a rebuild over a full index four times slower. They are merged
		// once, in steps, at the end.
		setAutomerge(0)
		const page = sqlite
			.prepare(`SELECT id FROM "Material" WHERE id > ? ORDER BY id LIMIT ${REBUILD_PAGE}`)
			.pluck()
		const materialRow = sqlite.prepare(
			`SELECT id, "countryCode", "resourceType", licence, "ageMin", "ageMax", "publishedAt", status FROM "Material" WHERE id = ?`,
		)
		const tags = sqlite.prepare(
			`SELECT 'a' AS k, audience AS v FROM "MaterialAudience" WHERE "materialId" = ? UNION ALL SELECT 'r', risk FROM "MaterialRisk" WHERE "materialId" = ? UNION ALL SELECT 'x', feature FROM "MaterialAccessibility" WHERE "materialId" = ?`,
		)
		const versions = sqlite.prepare(
			`SELECT id, lang, title, description, "extractedText" FROM "MaterialVersion" WHERE "materialId" = ?`,
		)
		const segments = sqlite.prepare(
			`SELECT s."versionId", s.key, s.text FROM "VersionSegment" s JOIN "MaterialVersion" v ON v.id = s."versionId" WHERE v."materialId" = ?`,
		)
		const adapters = sqlite.prepare(ADAPTING_COUNTRIES_SQL).pluck()
		const isIndexed = sqlite
			.prepare('SELECT 1 FROM "SearchDoc" WHERE "materialId" = ? LIMIT 1')
			.pluck()

		/** The material as the public may find it, or null when it is not published. */
		const readDocument = (id: string): SearchDocument | null => {
			const m = materialRow.get(id) as
				| {
						id: string
						countryCode: string
						resourceType: string
						licence: string
						ageMin: number | null
						ageMax: number | null
						publishedAt: string | null
						status: string
				  }
				| undefined
			if (!m || m.status !== 'published') return null
			const t = tags.all(id, id, id) as { k: string; v: string }[]
			const printed = segments.all(id) as { versionId: string; key: string; text: string }[]
			return {
				materialId: m.id,
				countryCode: m.countryCode,
				resourceType: m.resourceType,
				licence: m.licence,
				audiences: t.filter((x) => x.k === 'a').map((x) => x.v),
				risks: t.filter((x) => x.k === 'r').map((x) => x.v),
				ageBands: ageBandsOf(m.ageMin, m.ageMax),
				accessibility: t.filter((x) => x.k === 'x').map((x) => x.v),
				publishedAt: m.publishedAt,
				adaptationCount: Number(adapters.get(id, m.countryCode)),
				versions: (
					versions.all(id) as {
						id: string
						lang: string
						title: string
						description: string
						extractedText: string
					}[]
				).map((v) => ({
					versionId: v.id,
					lang: v.lang,
					title: v.title,
					description: v.description,
					extractedText: v.extractedText,
					printed: printedTexts(printed.filter((segment) => segment.versionId === v.id)),
				})),
			}
		}

		/** Rewrites `ids` in short write transactions; returns how many are published. */
		const rewrite = async (ids: readonly string[]) => {
			let published = 0
			for (let i = 0; i < ids.length;) {
				// IMMEDIATE: the lock is taken (waiting for a save if need be)
				// before anything is read, so what is read is what is written over.
				sqlite.exec('BEGIN IMMEDIATE')
				try {
					const started = performance.now()
					const touched: string[] = []
					while (i < ids.length && performance.now() - started < REBUILD_BATCH_MS) {
						const id = ids[i++]!
						const doc = readDocument(id)
						if (doc) {
							await writeDocumentSql(run, doc)
							published++
							touched.push(id)
						} else if (isIndexed.get(id)) {
							await removeDocumentSql(run, id)
							touched.push(id)
						}
					}
					if (touched.length) await bumpSearchStateSql(run, touched)
					sqlite.exec('COMMIT')
				} catch (error) {
					if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
					throw error
				}
				await pauseForOtherWriters()
			}
			return published
		}

		let indexed = 0
		let seen = 0
		for (let after = ''; ;) {
			const ids = page.all(after) as string[]
			if (!ids.length) break
			after = ids[ids.length - 1]!
			indexed += await rewrite(ids)
			seen += ids.length
			options.onProgress?.(seen)
		}
		// Rows of materials that no longer exist (removed by hand).
		const gone = sqlite
			.prepare(
				`SELECT DISTINCT "materialId" FROM "SearchDoc" WHERE "materialId" NOT IN (SELECT id FROM "Material")`,
			)
			.pluck()
			.all() as string[]
		await rewrite(gone)
		sqlite.prepare('UPDATE "SearchState" SET "analyzer" = ? WHERE "id" = 1').run(ANALYZER_VERSION)
		await mergeIndexInSteps(sqlite)
		return { indexed }
	} finally {
		setAutomerge(FTS5_AUTOMERGE)
		sqlite.close()
	}
}

/**
 * Merges the index's b-trees into one, as FTS5's 'optimize' does, but in
 * steps of MERGE_PAGES pages, each its own short write: 'optimize' is one
 * transaction that holds the write lock for seconds on a large library.
 * A negative count starts a merge of every level; positive counts carry it
 * on. A step that changes fewer than two rows did no work: it is finished.
 */
async function mergeIndexInSteps(sqlite: Database.Database) {
	const changes = sqlite.prepare('SELECT total_changes()').pluck()
	const merge = (pages: number) =>
		sqlite.exec(`INSERT INTO "SearchFts" ("SearchFts", rank) VALUES ('merge', ${pages})`)
	merge(-MERGE_PAGES)
	for (;;) {
		await pauseForOtherWriters()
		const before = Number(changes.get())
		merge(MERGE_PAGES)
		if (Number(changes.get()) - before < 2) break
	}
}

function pauseForOtherWriters() {
	return new Promise((resolve) => setTimeout(resolve, REBUILD_PAUSE_MS))
}

/**
 * Why the embedded index must be rebuilt, or null when it is current: it was
 * built with another text analysis, or it does not hold exactly the published
 * materials (a database restored from before the index existed, rows written
 * by hand).
 */
export function embeddedIndexProblem(databasePath = resolveDatabasePath()): string | null {
	const sqlite = openSqlite(databasePath, { readonly: true, fileMustExist: true })
	try {
		const analyzer = sqlite
			.prepare('SELECT "analyzer" FROM "SearchState" WHERE "id" = 1')
			.pluck()
			.get()
		if (analyzer !== ANALYZER_VERSION)
			return `built with text analysis ${String(analyzer)}, current is ${ANALYZER_VERSION}`
		const published = sqlite
			.prepare(`SELECT COUNT(*) FROM "Material" WHERE status = 'published'`)
			.pluck()
			.get() as number
		const indexed = sqlite
			.prepare('SELECT COUNT(DISTINCT "materialId") FROM "SearchDoc"')
			.pluck()
			.get() as number
		if (published !== indexed) return `${indexed} materials indexed, ${published} published`
		return null
	} finally {
		sqlite.close()
	}
}
