import { type RunSql } from './sqlite-fts-writer.ts'
import {
	indexText,
	MIN_PREFIX,
	MIN_STEM_PREFIX,
	quoteFts,
	stem,
	STEM_LANGUAGES,
	type QueryTerm,
} from './text.ts'

/**
 * The campaign index: CampaignFts (FTS5, contentless) with one row per
 * campaign text, CampaignSearchDoc naming the campaign and language of each
 * row. Campaigns are few (a country runs a handful a year), so the index is
 * plain FTS5 with the material index's text analysis (app/search/text.ts):
 * the same words are found the same way in both, whatever the script or
 * spelling, and no user text ever reaches FTS5 as syntax.
 */

/** BM25 weights of the columns: title, summary, body (objectives, reach, results, lessons). */
export const CAMPAIGN_FIELD_WEIGHTS = [10, 4, 1] as const

export interface CampaignText {
	lang: string
	title: string
	summary: string
	objectives: string
	reach: string
	results: string
	lessonsLearned: string
}

export async function removeCampaignSql(run: RunSql, campaignId: string) {
	const rows = (await run('SELECT "docId" FROM "CampaignSearchDoc" WHERE "campaignId" = ?', [
		campaignId,
	])) as { docId: number | bigint }[]
	// One rowid at a time: FTS5 answers `rowid = ?` with a lookup.
	for (const { docId } of rows) await run('DELETE FROM "CampaignFts" WHERE rowid = ?', [docId])
	if (rows.length) await run('DELETE FROM "CampaignSearchDoc" WHERE "campaignId" = ?', [campaignId])
}

/** Replaces a campaign's rows with its texts, in the caller's transaction. */
export async function writeCampaignSql(run: RunSql, campaignId: string, texts: CampaignText[]) {
	await removeCampaignSql(run, campaignId)
	for (const text of texts) {
		await run('INSERT INTO "CampaignSearchDoc" ("campaignId", "lang") VALUES (?, ?)', [
			campaignId,
			text.lang,
		])
		const rows = (await run('SELECT last_insert_rowid() AS "docId"', [])) as {
			docId: number | bigint
		}[]
		await run('INSERT INTO "CampaignFts" (rowid, title, summary, body) VALUES (?, ?, ?, ?)', [
			Number(rows[0]!.docId),
			indexText(text.title),
			indexText(text.summary),
			indexText([text.objectives, text.reach, text.results, text.lessonsLearned].join('\n')),
		])
	}
}

/** Empties the index (before a rebuild). */
export async function clearCampaignIndexSql(run: RunSql) {
	await run(`INSERT INTO "CampaignFts" ("CampaignFts") VALUES ('delete-all')`, [])
	await run('DELETE FROM "CampaignSearchDoc"', [])
}

/**
 * The rows matching an expression, with their campaign, language and score
 * (higher is better). The expression comes from `campaignMatch`.
 */
export const CAMPAIGN_MATCH_SQL = `SELECT d."campaignId" AS "campaignId", d."lang" AS "lang",
	-bm25("CampaignFts", ${CAMPAIGN_FIELD_WEIGHTS.join(', ')}) AS "score"
	FROM "CampaignFts" JOIN "CampaignSearchDoc" d ON d."docId" = "CampaignFts".rowid
	WHERE "CampaignFts" MATCH ?`

/**
 * An FTS5 expression for parsed query terms, each term a group of
 * alternatives as in the material search: the word (a prefix when it is
 * being typed, from its third letter), and its light stems in the stemmed
 * languages as prefixes, so "campaigns" finds "campaign" and "parents"
 * finds "parental". A double-quoted phrase must appear as written. Also
 * returns the tokens to mark in titles and snippets. '' when nothing is left
 * to search.
 */
export function campaignMatch(terms: readonly QueryTerm[]) {
	const groups: string[] = []
	const matchTokens = new Set<string>()
	const prefixTokens = new Set<string>()
	const phrases = new Map<number, string[]>()
	for (const term of terms) {
		if (term.phrase !== undefined) {
			phrases.set(term.phrase, [...(phrases.get(term.phrase) ?? []), term.text])
			matchTokens.add(term.text)
			continue
		}
		const exact = new Set<string>()
		const prefixes = new Set<string>()
		if (term.prefix && [...term.text].length >= MIN_PREFIX) prefixes.add(term.text)
		else exact.add(term.text)
		for (const lang of STEM_LANGUAGES) {
			const s = stem(term.text, lang)
			if (s !== term.text && [...s].length >= MIN_STEM_PREFIX) prefixes.add(s)
		}
		// A prefix covers every longer word it starts.
		const kept = [...prefixes].filter((p) => ![...prefixes].some((q) => q !== p && p.startsWith(q)))
		const words = [...exact].filter((w) => !kept.some((p) => w.startsWith(p)))
		for (const w of words) matchTokens.add(w)
		for (const p of kept) prefixTokens.add(p)
		const alternatives = [...words.map(quoteFts), ...kept.map((p) => `${quoteFts(p)} *`)]
		if (alternatives.length)
			groups.push(alternatives.length > 1 ? `(${alternatives.join(' OR ')})` : alternatives[0]!)
	}
	for (const words of phrases.values()) groups.push(quoteFts(words.join(' ')))
	return { expression: groups.join(' AND '), matchTokens, prefixTokens }
}
