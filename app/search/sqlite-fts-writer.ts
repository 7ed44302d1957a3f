import { randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3'
import { CONCEPTS } from '#app/domain/concepts.ts'
import { searchLanguageOf } from '#app/domain/search-language.ts'
import { type SearchDocument } from './engine.ts'
import { rankTextOf } from './ranking.ts'
import { indexText } from './text.ts'

/**
 * Writes one material into the embedded index. It takes a `run` function so
 * the same SQL runs inside a Prisma interactive transaction (the write that
 * changes a material and the index change commit together) or on a plain
 * better-sqlite3 connection (reindexing, benchmarks).
 */
export type RunSql = (sql: string, params: unknown[]) => Promise<unknown[]>

/** A RunSql over a better-sqlite3 connection, preparing each statement once. */
export function sqliteRun(sqlite: Database.Database): RunSql {
	const statements = new Map<string, Database.Statement>()
	return async (sql, params) => {
		let statement = statements.get(sql)
		if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)))
		return statement.reader ? statement.all(...params) : (statement.run(...params), [])
	}
}

/**
 * How many countries other than its own published a derivative of a material
 * (parameters: material id, its country). CROSS JOIN fixes the join order:
 * the source's few versions first, then their derivatives by index (the
 * planner otherwise walks every published material). The unary + on status
 * keeps the derivatives' lookup on derivedFromVersionId: without table
 * statistics SQLite would take the (status, submittedAt) index instead and
 * read every published material for each version, which made indexing
 * quadratic (100,000 materials: minutes instead of seconds).
 */
export const ADAPTING_COUNTRIES_SQL = `SELECT COUNT(DISTINCT d."countryCode") FROM "MaterialVersion" v CROSS JOIN "Material" d ON d."derivedFromVersionId" = v.id
	 WHERE v."materialId" = ? AND +d.status = 'published' AND d."countryCode" != ?`

/** Analyzed tag text by language and topic set: a handful of combinations recur. */
const tagTextCache = new Map<string, string>()

/** Words for a material's topics in one language (and English), analyzed for the tags column. */
function tagText(doc: SearchDocument, lang: string) {
	const keys = new Set<string>([
		...doc.risks.map((k) => `risk:${k}`),
		...doc.audiences.map((k) => `audience:${k}`),
		`type:${doc.resourceType}`,
	])
	const cacheKey = `${lang}|${[...keys].sort().join(',')}`
	let text = tagTextCache.get(cacheKey)
	if (text === undefined) {
		if (tagTextCache.size > 10_000) tagTextCache.clear()
		tagTextCache.set(cacheKey, (text = indexText(tagWords(keys, lang))))
	}
	return text
}

function tagWords(keys: Set<string>, lang: string) {
	// Each term once: a topic named alike in two languages ("grooming") must
	// not outweigh the same word in a title.
	const words = new Set<string>()
	for (const concept of CONCEPTS) {
		if (!keys.has(`${concept.vocabulary}:${concept.key}`)) continue
		for (const term of concept.terms[searchLanguageOf(lang)] ?? []) words.add(term.toLowerCase())
		if (lang !== 'en') for (const term of concept.terms.en ?? []) words.add(term.toLowerCase())
	}
	return [...words].join(' ; ')
}

export async function removeDocumentSql(run: RunSql, materialId: string) {
	const rows = (await run('SELECT "docId" FROM "SearchDoc" WHERE "materialId" = ?', [
		materialId,
	])) as { docId: number | bigint }[]
	// One rowid at a time: FTS5 answers `rowid = ?` with a lookup, where
	// `rowid IN (subquery)` would scan the whole index.
	for (const { docId } of rows) await run('DELETE FROM "SearchFts" WHERE rowid = ?', [docId])
	if (rows.length) await run('DELETE FROM "SearchDoc" WHERE "materialId" = ?', [materialId])
}

/** Adds or replaces a material's versions; `fresh` skips the removal when the index is known not to hold it. */
export async function writeDocumentSql(run: RunSql, doc: SearchDocument, { fresh = false } = {}) {
	if (!fresh) await removeDocumentSql(run, doc.materialId)
	for (const version of doc.versions) {
		// What is printed on it (a helpline number) is searched as its text, first.
		const body = version.printed?.length
			? `${version.printed.join('\n')}\n${version.extractedText}`
			: version.extractedText
		await run(
			'INSERT INTO "SearchDoc" ("versionId", "materialId", "lang", "rankText") VALUES (?, ?, ?, ?)',
			[
				version.versionId,
				doc.materialId,
				version.lang,
				rankTextOf(version.title, version.description, body),
			],
		)
		// Not RETURNING: interleaved with FTS5 inserts it is several times slower.
		const rows = (await run('SELECT last_insert_rowid() AS "docId"', [])) as {
			docId: number | bigint
		}[]
		const docId = Number(rows[0]!.docId)
		await run(
			'INSERT INTO "SearchFts" (rowid, title, tags, description, body) VALUES (?, ?, ?, ?, ?)',
			[
				docId,
				indexText(version.title),
				tagText(doc, version.lang),
				indexText(version.description),
				indexText(body),
			],
		)
	}
}

/** Changes kept for readers that refresh incrementally; one further behind reloads everything. */
const KEPT_CHANGES = 10_000

/**
 * Marks the index as changed, in the same transaction: records which
 * materials changed ('*' for all, after a rebuild), with a stamp of the
 * transaction, and bumps the version,
 * so every process refreshes its in-memory facet data for just those.
 */
export async function bumpSearchStateSql(run: RunSql, materialIds: readonly string[] | '*') {
	// Tells this history from another that reached the same change id (a
	// restored copy changed since), for postings saved at a change.
	const stamp = randomBytes(8).toString('hex')
	if (materialIds === '*') {
		await run('DELETE FROM "SearchChange"', [])
		await run('INSERT INTO "SearchChange" ("materialId", "stamp") VALUES (?, ?)', ['*', stamp])
	} else {
		for (const id of new Set(materialIds))
			await run('INSERT INTO "SearchChange" ("materialId", "stamp") VALUES (?, ?)', [id, stamp])
		await run(
			'DELETE FROM "SearchChange" WHERE "id" <= (SELECT MAX("id") FROM "SearchChange") - ?',
			[KEPT_CHANGES],
		)
	}
	await run('UPDATE "SearchState" SET "version" = "version" + 1 WHERE "id" = 1', [])
}
