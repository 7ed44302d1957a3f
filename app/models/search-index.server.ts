import Database from 'better-sqlite3'
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
			versions: {
				select: { id: true, lang: true, title: true, description: true, extractedText: true },
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
		publishedAt: m.publishedAt?.toISOString() ?? null,
		adaptationCount: adapters.length,
		versions: m.versions.map((v) => ({
			versionId: v.id,
			lang: v.lang,
			title: v.title,
			description: v.description,
			extractedText: v.extractedText,
		})),
	}
}

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

/**
 * Rebuilds the embedded index from the database, in batches on a direct
 * connection (fast enough for a million materials). Used by
 * `npm run search:reindex` and after bulk loads.
 */
export async function rebuildEmbeddedIndex(
	options: { databasePath?: string; onProgress?: (n: number) => void } = {},
) {
	const sqlite = new Database(options.databasePath ?? resolveDatabasePath())
	sqlite.pragma('journal_mode = WAL')
	const run = sqliteRun(sqlite)
	try {
		sqlite.exec(
			`INSERT INTO "SearchFts" ("SearchFts") VALUES ('delete-all'); DELETE FROM "SearchDoc";`,
		)
		const ids = sqlite
			.prepare(
				`SELECT id FROM "Material" WHERE status = 'published' ORDER BY "publishedAt" ASC, id ASC`,
			)
			.pluck()
			.all() as string[]
		const materialRow = sqlite.prepare(
			`SELECT id, "countryCode", "resourceType", licence, "ageMin", "ageMax", "publishedAt" FROM "Material" WHERE id = ?`,
		)
		const tags = sqlite.prepare(
			`SELECT 'a' AS k, audience AS v FROM "MaterialAudience" WHERE "materialId" = ? UNION ALL SELECT 'r', risk FROM "MaterialRisk" WHERE "materialId" = ?`,
		)
		const versions = sqlite.prepare(
			`SELECT id, lang, title, description, "extractedText" FROM "MaterialVersion" WHERE "materialId" = ?`,
		)
		const adapters = sqlite.prepare(ADAPTING_COUNTRIES_SQL).pluck()
		const BATCH = 2000
		for (let start = 0; start < ids.length; start += BATCH) {
			sqlite.exec('BEGIN')
			for (const id of ids.slice(start, start + BATCH)) {
				const m = materialRow.get(id) as {
					id: string
					countryCode: string
					resourceType: string
					licence: string
					ageMin: number | null
					ageMax: number | null
					publishedAt: string | null
				}
				const t = tags.all(id, id) as { k: string; v: string }[]
				await writeDocumentSql(
					run,
					{
						materialId: m.id,
						countryCode: m.countryCode,
						resourceType: m.resourceType,
						licence: m.licence,
						audiences: t.filter((x) => x.k === 'a').map((x) => x.v),
						risks: t.filter((x) => x.k === 'r').map((x) => x.v),
						ageBands: ageBandsOf(m.ageMin, m.ageMax),
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
						})),
					},
					{ fresh: true },
				)
			}
			sqlite.exec('COMMIT')
			options.onProgress?.(Math.min(ids.length, start + BATCH))
		}
		await bumpSearchStateSql(run, '*')
		sqlite.prepare('UPDATE "SearchState" SET "analyzer" = ? WHERE "id" = 1').run(ANALYZER_VERSION)
		sqlite.exec(`INSERT INTO "SearchFts" ("SearchFts") VALUES ('optimize')`)
		return { indexed: ids.length }
	} finally {
		sqlite.close()
	}
}

/**
 * Why the embedded index must be rebuilt, or null when it is current: it was
 * built with another text analysis, or it does not hold exactly the published
 * materials (a database restored from before the index existed, rows written
 * by hand).
 */
export function embeddedIndexProblem(databasePath = resolveDatabasePath()): string | null {
	const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true })
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
