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
} from '#app/search/campaign-fts.ts'
import { type RunSql } from '#app/search/sqlite-fts-writer.ts'
import { ANALYZER_VERSION, highlight, parseQuery } from '#app/search/text.ts'
import { cached } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * Finding campaigns: the campaign index (app/search/campaign-fts.ts) kept in
 * step with every campaign write, and the public campaigns index's search,
 * filters and counts. A campaign is public while one of its materials is
 * published; that is decided here, when searching, so the index holds every
 * campaign and publishing a material never touches it.
 */

type Tx = Prisma.TransactionClient

/** Public campaigns are read again at most this often, or after any write in this process. */
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
 * Rebuilds the campaign index from the campaigns' texts, in one transaction:
 * a library holds thousands of campaigns at most, a few hundred milliseconds
 * of work. Used at start-up when the index is out of date and by
 * `npm run search:reindex`.
 */
export async function rebuildCampaignIndex() {
	return db.$transaction(
		async (tx) => {
			const run = prismaRun(tx)
			await clearCampaignIndexSql(run)
			const texts = await tx.campaignTranslation.findMany({
				select: { campaignId: true, ...TEXT_SELECT },
				orderBy: [{ campaignId: 'asc' }, { lang: 'asc' }],
			})
			const byCampaign = new Map<string, typeof texts>()
			for (const text of texts) {
				const rows = byCampaign.get(text.campaignId)
				if (rows) rows.push(text)
				else byCampaign.set(text.campaignId, [text])
			}
			for (const [campaignId, rows] of byCampaign) await writeCampaignSql(run, campaignId, rows)
			await tx.searchState.update({
				where: { id: 1 },
				data: { campaignAnalyzer: ANALYZER_VERSION },
			})
			return { indexed: byCampaign.size }
		},
		{ timeout: 120_000 },
	)
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
	return cached(PUBLIC_CAMPAIGNS_CACHE_KEY, PUBLIC_CAMPAIGNS_TTL_MS, async () => {
		const rows = await db.campaign.findMany({
			where: { materials: { some: { status: 'published' } } },
			select: {
				id: true,
				countryCode: true,
				originalLang: true,
				startYear: true,
				endYear: true,
				reachCount: true,
				reachUnit: true,
				evaluationMethod: true,
				costAmount: true,
				costCurrency: true,
				durationMonths: true,
				isDemo: true,
				channels: { select: { channel: true } },
				audiences: { select: { audience: true } },
				risks: { select: { risk: true } },
				translations: { select: { lang: true, title: true, summary: true, results: true } },
				_count: { select: { materials: { where: { status: 'published' } } } },
			},
		})
		return rows.map((c) => ({
			id: c.id,
			countryCode: c.countryCode,
			originalLang: c.originalLang,
			startYear: c.startYear,
			endYear: c.endYear,
			reachCount: c.reachCount,
			reachUnit: c.reachUnit,
			evaluationMethod: c.evaluationMethod,
			costAmount: c.costAmount,
			costCurrency: c.costCurrency,
			durationMonths: c.durationMonths,
			isDemo: c.isDemo,
			hasResults: c.translations.some((t) => t.results.trim() !== ''),
			channels: c.channels.map((x) => x.channel),
			audiences: c.audiences.map((x) => x.audience),
			risks: c.risks.map((x) => x.risk),
			materialCount: c._count.materials,
			texts: c.translations.map(({ lang, title, summary }) => ({ lang, title, summary })),
		}))
	})
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
