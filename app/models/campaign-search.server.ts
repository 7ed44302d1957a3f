import { findConcepts } from '#app/domain/concepts.ts'
import {
	filterCampaigns,
	sortCampaigns,
	type CampaignFacts,
	type CampaignFilters,
	type CampaignSort,
} from '#app/domain/campaign-filters.ts'
import { type CampaignSummary } from '#app/domain/campaign-evidence.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import {
	CAMPAIGN_MATCH_SQL,
	campaignMatch,
	clearCampaignIndexSql,
	writeCampaignSql,
	type CampaignText,
} from '#app/search/campaign-fts.ts'
import { sqliteRun, type RunSql } from '#app/search/sqlite-fts-writer.ts'
import { ANALYZER_VERSION, highlight, parseQuery } from '#app/search/text.ts'
import { cached } from '#app/utils/cache.server.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { db } from '#app/utils/db.server.ts'
import { openSqlite } from '#app/utils/sqlite.server.ts'

/**
 * Finding campaigns: the campaign index (app/search/campaign-fts.ts) kept in
 * step with every campaign write, and the public campaigns index's search,
 * filters and counts. A campaign is public while one of its materials is
 * published; that is decided here, when searching, so the index holds every
 * campaign and publishing a material never touches it.
 */

type Tx = Prisma.TransactionClient

/**
 * How long the public campaigns are kept once read: a change made by another
 * process shows within it; one made in this process forgets them at once.
 */
export const PUBLIC_CAMPAIGNS_TTL_MS = 60_000
/** Under the catalog's prefix: a material's unit of work forgets it after every change. */
export const PUBLIC_CAMPAIGNS_CACHE_KEY = 'catalog:campaigns'
const SNIPPET_LENGTH = 180

function prismaRun(tx: Tx): RunSql {
	return (sql, params) => tx.$queryRawUnsafe(sql, ...params) as Promise<unknown[]>
}

const TEXT_SELECT = {
	lang: true,
	title: true,
	summary: true,
	objectives: true,
	reach: true,
	results: true,
	lessonsLearned: true,
} as const

/** Re-indexes a campaign's texts inside the caller's transaction (the one that changed them). */
export async function indexCampaignInTransaction(tx: Tx, campaignId: string) {
	const texts = await tx.campaignTranslation.findMany({
		where: { campaignId },
		select: TEXT_SELECT,
	})
	await writeCampaignSql(prismaRun(tx), campaignId, texts)
}

/**
 * Rebuilds the campaign index from the campaigns' texts, on a direct
 * connection in one write transaction: 0.2 s for 500 campaigns, 2 s for
 * 5,000 on a busy 2-core machine (bench/campaigns.ts), within the busy
 * timeout saves in a running server wait for. Used at start-up when the
 * index is out of date and by `npm run search:reindex`.
 */
export async function rebuildCampaignIndex(databasePath = resolveDatabasePath()) {
	const sqlite = openSqlite(databasePath)
	try {
		const run = sqliteRun(sqlite)
		// IMMEDIATE: the lock is taken before anything is read, so a campaign
		// saved meanwhile is either read here or indexed by its own save after.
		sqlite.exec('BEGIN IMMEDIATE')
		try {
			await clearCampaignIndexSql(run)
			const texts = sqlite
				.prepare(
					`SELECT "campaignId", "lang", "title", "summary", "objectives", "reach", "results", "lessonsLearned"
					 FROM "CampaignTranslation" ORDER BY "campaignId", "lang"`,
				)
				.all() as (CampaignText & { campaignId: string })[]
			const byCampaign = new Map<string, CampaignText[]>()
			for (const { campaignId, ...text } of texts) {
				const rows = byCampaign.get(campaignId)
				if (rows) rows.push(text)
				else byCampaign.set(campaignId, [text])
			}
			for (const [campaignId, rows] of byCampaign) await writeCampaignSql(run, campaignId, rows)
			sqlite
				.prepare('UPDATE "SearchState" SET "campaignAnalyzer" = ? WHERE "id" = 1')
				.run(ANALYZER_VERSION)
			sqlite.exec('COMMIT')
			return { indexed: byCampaign.size }
		} catch (error) {
			if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
			throw error
		}
	} finally {
		sqlite.close()
	}
}

/**
 * Why the campaign index must be rebuilt, or null when it is current: built
 * with another text analysis, or not holding exactly one row per campaign
 * text (a database from before the index, rows written by hand).
 */
export async function campaignIndexProblem(): Promise<string | null> {
	const state = await db.searchState.findUnique({
		where: { id: 1 },
		select: { campaignAnalyzer: true },
	})
	if (state?.campaignAnalyzer !== ANALYZER_VERSION)
		return `built with text analysis ${state?.campaignAnalyzer ?? 'none'}, current is ${ANALYZER_VERSION}`
	const [texts, indexed] = await Promise.all([
		db.campaignTranslation.count(),
		db.campaignSearchDoc.count(),
	])
	if (texts !== indexed) return `${indexed} campaign texts indexed, ${texts} written`
	return null
}

/** A public campaign as the index filters, orders and shows it. */
export type PublicCampaign = CampaignFacts &
	Omit<CampaignSummary, 'title' | 'summary' | 'lang' | 'hit'> & {
		originalLang: string
		texts: { lang: string; title: string; summary: string }[]
	}

/**
 * Every public campaign with what the index needs, kept until a campaign or
 * a material changes in this process (or for PUBLIC_CAMPAIGNS_TTL_MS, for
 * changes made by another process).
 */
export function listPublicCampaigns(): Promise<PublicCampaign[]> {
	return cached(PUBLIC_CAMPAIGNS_CACHE_KEY, PUBLIC_CAMPAIGNS_TTL_MS, readPublicCampaigns)
}

/**
 * Plain SQL, a handful of whole-table reads grouped in memory. Prisma's
 * nested reads of the same rows spent most of their time on the
 * "has a published material" subquery: SQLite, without table statistics,
 * walked every published material for each campaign (for 5,000 campaigns,
 * 1.2 s through Prisma and 2.8 s as a hand-written EXISTS, where one
 * GROUP BY takes 4 ms; database of bench/campaigns.ts).
 */
async function readPublicCampaigns(): Promise<PublicCampaign[]> {
	const rows = <T>(sql: string) => db.$queryRawUnsafe(sql) as Promise<T[]>
	const [published, campaigns, texts, channels, audiences, risks] = await Promise.all([
		rows<{ id: string; n: number | bigint }>(
			`SELECT "campaignId" AS "id", count(*) AS "n" FROM "Material"
			 WHERE "status" = 'published' AND "campaignId" IS NOT NULL GROUP BY "campaignId"`,
		),
		rows<{
			id: string
			countryCode: string
			originalLang: string
			startYear: number | null
			endYear: number | null
			reachCount: number | null
			reachUnit: string | null
			evaluationMethod: string | null
			costAmount: number | null
			costCurrency: string | null
			durationMonths: number | null
			isDemo: number | boolean
		}>(
			`SELECT "id", "countryCode", "originalLang", "startYear", "endYear", "reachCount", "reachUnit",
			 "evaluationMethod", "costAmount", "costCurrency", "durationMonths", "isDemo" FROM "Campaign"`,
		),
		rows<{ campaignId: string; lang: string; title: string; summary: string; hasResults: number }>(
			`SELECT "campaignId", "lang", "title", "summary", trim("results") != '' AS "hasResults"
			 FROM "CampaignTranslation" ORDER BY "campaignId", "lang"`,
		),
		rows<{ campaignId: string; value: string }>(
			`SELECT "campaignId", "channel" AS "value" FROM "CampaignChannel"`,
		),
		rows<{ campaignId: string; value: string }>(
			`SELECT "campaignId", "audience" AS "value" FROM "CampaignAudience"`,
		),
		rows<{ campaignId: string; value: string }>(
			`SELECT "campaignId", "risk" AS "value" FROM "CampaignRisk"`,
		),
	])
	const count = new Map(published.map((p) => [p.id, Number(p.n)]))
	const group = <T extends { campaignId: string }>(list: T[]) => {
		const byId = new Map<string, T[]>()
		for (const row of list) {
			if (!count.has(row.campaignId)) continue
			const rows = byId.get(row.campaignId)
			if (rows) rows.push(row)
			else byId.set(row.campaignId, [row])
		}
		return (id: string) => byId.get(id) ?? []
	}
	const textsOf = group(texts)
	const channelsOf = group(channels)
	const audiencesOf = group(audiences)
	const risksOf = group(risks)
	return campaigns
		.filter((c) => count.has(c.id))
		.map((c) => ({
			...c,
			isDemo: Boolean(c.isDemo),
			hasResults: textsOf(c.id).some((t) => Boolean(t.hasResults)),
			channels: channelsOf(c.id).map((x) => x.value),
			audiences: audiencesOf(c.id).map((x) => x.value),
			risks: risksOf(c.id).map((x) => x.value),
			materialCount: count.get(c.id)!,
			texts: textsOf(c.id).map(({ lang, title, summary }) => ({ lang, title, summary })),
		}))
}

interface TextMatch {
	score: number
	/** The language of the text that matched best. */
	lang: string
	concept?: { vocabulary: 'risk' | 'audience'; key: string; term: string }
}

/** Campaigns whose texts match the words (best row per campaign), or whose topics a word names. */
async function matchWords(q: string, publicCampaigns: readonly PublicCampaign[]) {
	const { terms } = parseQuery(q)
	const matches = new Map<string, TextMatch>()
	const marks = { matchTokens: new Set<string>(), prefixTokens: new Set<string>() }
	// No words, no search; words that are only punctuation or symbols match nothing.
	if (!q.trim()) return { matches, marks, searched: false }
	if (!terms.length) return { matches, marks, searched: true }
	const rowsFor = async (expression: string) =>
		expression
			? ((await db.$queryRawUnsafe(CAMPAIGN_MATCH_SQL, expression)) as {
					campaignId: string
					lang: string
					score: number
				}[])
			: []
	const best = (rows: Awaited<ReturnType<typeof rowsFor>>) => {
		const found = new Map<string, TextMatch>()
		for (const row of rows) {
			const seen = found.get(row.campaignId)
			if (!seen || row.score > seen.score)
				found.set(row.campaignId, { score: row.score, lang: row.lang })
		}
		return found
	}
	const built = campaignMatch(terms)
	marks.matchTokens = built.matchTokens
	marks.prefixTokens = built.prefixTokens
	for (const [id, match] of best(await rowsFor(built.expression))) matches.set(id, match)

	// A topic named in any language ("sextorsion", "груминг") also finds the
	// campaigns tagged with it, together with the query's other words.
	for (const concept of findConcepts(terms.map((t) => t.text))) {
		if (concept.vocabulary === 'type') continue
		const covered = new Set(concept.tokens)
		const rest = terms.filter((t) => !covered.has(t.text))
		const allowed = rest.length ? best(await rowsFor(campaignMatch(rest).expression)) : null
		for (const campaign of publicCampaigns) {
			if (matches.has(campaign.id)) continue
			const tags = concept.vocabulary === 'risk' ? campaign.risks : campaign.audiences
			if (!tags.includes(concept.key)) continue
			if (allowed && !allowed.has(campaign.id)) continue
			matches.set(campaign.id, {
				// After every campaign that names the words itself.
				score: allowed?.get(campaign.id)?.score ?? 0,
				lang: allowed?.get(campaign.id)?.lang ?? campaign.originalLang,
				concept: { vocabulary: concept.vocabulary, key: concept.key, term: concept.term },
			})
		}
	}
	return { matches, marks, searched: true }
}

/**
 * One page of public campaigns: matching the words (in any language of
 * their texts) and the filters, with the count of each filter value, in the
 * order asked. Each campaign is shown in the language its words matched
 * in, else in the reader's language, else in its original one.
 */
export async function searchCampaigns({
	q,
	filters,
	sort,
	page,
	pageSize,
	uiLang,
}: {
	q: string
	filters: CampaignFilters
	sort: CampaignSort
	page: number
	pageSize: number
	uiLang: string
}) {
	const campaigns = await listPublicCampaigns()
	const { matches, marks, searched } = await matchWords(q, campaigns)
	const candidates = searched ? campaigns.filter((c) => matches.has(c.id)) : campaigns
	const { kept, facets } = filterCampaigns(candidates, filters)
	const order: CampaignSort = sort === 'relevance' && !searched ? 'recent' : sort
	sortCampaigns(kept, order, (id) => matches.get(id)?.score ?? 0)
	const pageCount = Math.max(1, Math.ceil(kept.length / pageSize))
	// A page past the last (a stale link) shows the last one.
	page = Math.min(page, pageCount)
	const shown = kept.slice((page - 1) * pageSize, page * pageSize)
	const items = searched
		? await withHits(shown, matches, marks)
		: shown.map((c) => toSummary(c, pickVersion(c.texts, uiLang, c.originalLang)))
	return { q, items, total: kept.length, page, pageSize, pageCount, facets }
}

function toSummary(
	c: PublicCampaign,
	text: { lang: string; title: string; summary: string } | undefined,
	hit: CampaignSummary['hit'] = null,
): CampaignSummary {
	return {
		id: c.id,
		countryCode: c.countryCode,
		title: text?.title ?? '',
		summary: text?.summary ?? '',
		lang: text?.lang ?? c.originalLang,
		startYear: c.startYear,
		endYear: c.endYear,
		reachCount: c.reachCount,
		reachUnit: c.reachUnit,
		evaluationMethod: c.evaluationMethod,
		costAmount: c.costAmount,
		costCurrency: c.costCurrency,
		durationMonths: c.durationMonths,
		materialCount: c.materialCount,
		isDemo: c.isDemo,
		hit,
	}
}

/** Titles and a snippet with the words marked, from the text that matched. */
async function withHits(
	shown: PublicCampaign[],
	matches: Map<string, TextMatch>,
	marks: { matchTokens: Set<string>; prefixTokens: Set<string> },
) {
	if (!shown.length) return []
	const texts = await db.campaignTranslation.findMany({
		where: { OR: shown.map((c) => ({ campaignId: c.id, lang: matches.get(c.id)!.lang })) },
		select: { campaignId: true, ...TEXT_SELECT },
	})
	const byId = new Map(texts.map((t) => [t.campaignId, t]))
	const memo = new Map<string, boolean>()
	const mark = (text: string, maxLength?: number) =>
		highlight(text, marks.matchTokens, { prefixTokens: marks.prefixTokens, memo, maxLength })
	return shown.map((c) => {
		const match = matches.get(c.id)!
		const text = byId.get(c.id)
		if (!text) return toSummary(c, pickVersion(c.texts, match.lang, c.originalLang))
		// The snippet comes from the first part of the text the words are in.
		const parts = [text.summary, text.results, text.lessonsLearned, text.objectives, text.reach]
		const snippet =
			parts.map((part) => mark(part, SNIPPET_LENGTH)).find((html) => html.includes('<mark>')) ??
			mark(text.summary, SNIPPET_LENGTH)
		return toSummary(c, text, {
			lang: text.lang,
			highlightedTitle: mark(text.title),
			snippet,
			matchedBy: match.concept ? { kind: 'concept', ...match.concept } : { kind: 'text' },
		})
	})
}
