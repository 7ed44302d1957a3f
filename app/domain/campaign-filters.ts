import {
	evaluationStrength,
	isEvaluated,
	MAX_DURATION_MONTHS,
	yearsRunning,
} from './campaign-evidence.ts'
import { MIN_CAMPAIGN_YEAR } from './campaign-form.ts'
import { MAX_QUERY_LENGTH } from './catalog-filters.ts'
import { isCountryCode } from './countries.ts'
import {
	AUDIENCES,
	CHANNELS,
	EVALUATION_METHODS,
	RISKS,
	type Audience,
	type Channel,
	type EvaluationMethod,
	type Risk,
} from './vocabularies.ts'

/**
 * The public campaigns index: its filters as they appear in a URL, and the
 * filtering, counting and ordering of campaigns, pure so the page and its
 * tests share them. As in the catalog, values of one parameter are OR-ed and
 * parameters AND-ed, and each facet is counted disjunctively (its own
 * selection left out), except `evidence`: each piece of evidence ticked is
 * required, so its counts say how many campaigns would remain.
 */

/** What a campaign can show for itself, for the "evidence reported" filter. */
export const EVIDENCE_KINDS = ['evaluated', 'results', 'reach', 'cost', 'duration'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export const CAMPAIGN_SORTS = ['relevance', 'recent', 'evidence'] as const
export type CampaignSort = (typeof CAMPAIGN_SORTS)[number]

export interface CampaignFilters {
	country: string[]
	risk: Risk[]
	audience: Audience[]
	year: number[]
	channel: Channel[]
	evaluation: EvaluationMethod[]
	evidence: EvidenceKind[]
}

export const CAMPAIGN_FILTER_PARAMS = [
	'country',
	'risk',
	'audience',
	'year',
	'channel',
	'evaluation',
	'evidence',
] as const
export type CampaignFilterParam = (typeof CAMPAIGN_FILTER_PARAMS)[number]

export const CAMPAIGN_PAGE_SIZE = 20
/** Bounds the work one request can ask for, as in the catalog. */
const MAX_VALUES_PER_PARAM = 20
/** Years a filter may name: campaigns are dated from 1990 to a few years ahead. */
const MAX_FILTER_YEAR = 2100

const inList = (list: readonly string[]) => (v: string) => list.includes(v)
const validators: Record<CampaignFilterParam, (value: string) => boolean> = {
	country: (v) => isCountryCode(v),
	risk: inList(RISKS),
	audience: inList(AUDIENCES),
	year: (v) => /^\d{4}$/.test(v) && Number(v) >= MIN_CAMPAIGN_YEAR && Number(v) <= MAX_FILTER_YEAR,
	channel: inList(CHANNELS),
	evaluation: inList(EVALUATION_METHODS),
	evidence: inList(EVIDENCE_KINDS),
}

export function emptyCampaignFilters(): CampaignFilters {
	return {
		country: [],
		risk: [],
		audience: [],
		year: [],
		channel: [],
		evaluation: [],
		evidence: [],
	}
}

export interface ParsedCampaignQuery {
	q: string
	filters: CampaignFilters
	/** The order asked for; `relevance` only means something with words. */
	sort: CampaignSort
	page: number
}

/**
 * Reads the index's query string. Unknown or malformed values are left out
 * (a hand-edited or stale link still shows campaigns); the words are cut to
 * the catalog's length, never refused.
 */
export function parseCampaignQuery(params: URLSearchParams): ParsedCampaignQuery {
	const filters = emptyCampaignFilters()
	for (const param of CAMPAIGN_FILTER_PARAMS) {
		const values = params
			.getAll(param)
			.flatMap((v) => v.split(','))
			.map((v) => v.trim())
			.filter(Boolean)
			.map((v) => (param === 'country' ? v.toUpperCase() : v.toLowerCase()))
		const kept = filters[param] as (string | number)[]
		for (const value of values) {
			if (kept.length >= MAX_VALUES_PER_PARAM || !validators[param](value)) continue
			const typed = param === 'year' ? Number(value) : value
			if (!kept.includes(typed)) kept.push(typed)
		}
	}
	const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH).trim()
	const asked = params.get('sort') ?? ''
	const sort: CampaignSort = (CAMPAIGN_SORTS as readonly string[]).includes(asked)
		? (asked as CampaignSort)
		: q
			? 'relevance'
			: 'recent'
	const n = Number(params.get('page') ?? '1')
	const page = Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1
	return { q, filters, sort: sort === 'relevance' && !q ? 'recent' : sort, page }
}

export function hasActiveCampaignFilters(filters: CampaignFilters) {
	return CAMPAIGN_FILTER_PARAMS.some((p) => filters[p].length > 0)
}

/** The query string of a search (stable order, so links can be shared and cached). */
export function campaignSearchParams(
	filters: CampaignFilters,
	{ q = '', sort, page = 1 }: { q?: string; sort?: CampaignSort; page?: number } = {},
) {
	const params = new URLSearchParams()
	if (q) params.set('q', q)
	for (const param of CAMPAIGN_FILTER_PARAMS)
		for (const value of filters[param]) params.append(param, String(value))
	// The default order (relevance with words, most recent without) is left out.
	if (sort && sort !== (q ? 'relevance' : 'recent')) params.set('sort', sort)
	if (page > 1) params.set('page', String(page))
	return params
}

/** What the index knows of each public campaign to filter, count and order it. */
export interface CampaignFacts {
	id: string
	countryCode: string
	startYear: number | null
	endYear: number | null
	reachCount: number | null
	costAmount: number | null
	durationMonths: number | null
	evaluationMethod: string | null
	/** Whether any of its texts reports measured results. */
	hasResults: boolean
	channels: string[]
	audiences: string[]
	risks: string[]
}

export function evidenceOf(c: CampaignFacts): EvidenceKind[] {
	const kinds: EvidenceKind[] = []
	if (isEvaluated(c.evaluationMethod)) kinds.push('evaluated')
	if (c.hasResults) kinds.push('results')
	if (c.reachCount !== null) kinds.push('reach')
	if (c.costAmount !== null) kinds.push('cost')
	if (c.durationMonths !== null && c.durationMonths <= MAX_DURATION_MONTHS) kinds.push('duration')
	return kinds
}

export type CampaignFacetCounts = Record<CampaignFilterParam, Record<string, number>>

type FacetValues = Record<CampaignFilterParam, readonly (string | number)[]>

/**
 * Each campaign's values per facet, remembered for as long as the campaign
 * object lives: the index filters the same (cached) campaigns on every
 * request.
 */
const facetValues = new WeakMap<CampaignFacts, FacetValues>()

/** A campaign's values for each facet. */
function valuesOf(c: CampaignFacts): FacetValues {
	let values = facetValues.get(c)
	if (!values) {
		values = {
			country: [c.countryCode],
			risk: c.risks,
			audience: c.audiences,
			year: yearsRunning(c.startYear, c.endYear),
			channel: c.channels,
			evaluation: c.evaluationMethod ? [c.evaluationMethod] : [],
			evidence: evidenceOf(c),
		}
		facetValues.set(c, values)
	}
	return values
}

function passes(
	values: Record<CampaignFilterParam, readonly (string | number)[]>,
	filters: CampaignFilters,
	param: CampaignFilterParam,
) {
	const wanted = filters[param] as readonly (string | number)[]
	if (!wanted.length) return true
	if (param === 'evidence') return wanted.every((w) => values.evidence.includes(w))
	return wanted.some((w) => values[param].includes(w))
}

/**
 * Keeps the campaigns that pass every filter and counts each facet's values:
 * for a facet, over the campaigns that pass every other filter (so ticking
 * one country still shows how many campaigns the others have); for
 * `evidence`, over those that pass everything, itself included.
 */
export function filterCampaigns<T extends CampaignFacts>(
	campaigns: readonly T[],
	filters: CampaignFilters,
) {
	const facets = Object.fromEntries(
		CAMPAIGN_FILTER_PARAMS.map((p) => [p, {} as Record<string, number>]),
	) as CampaignFacetCounts
	const kept: T[] = []
	for (const campaign of campaigns) {
		const values = valuesOf(campaign)
		const failed = CAMPAIGN_FILTER_PARAMS.filter((p) => !passes(values, filters, p))
		if (!failed.length) kept.push(campaign)
		for (const param of CAMPAIGN_FILTER_PARAMS) {
			const others = failed.filter((p) => p !== param || param === 'evidence')
			if (others.length) continue
			const counts = facets[param]
			for (const value of new Set(values[param])) counts[value] = (counts[value] ?? 0) + 1
		}
	}
	return { kept, facets }
}

/** The most recent year a campaign ran in (its last, else its first), for "most recent first". */
const latestYear = (c: CampaignFacts) => c.endYear ?? c.startYear ?? 0

/**
 * Orders campaigns: by relevance (the score of the words, best first), most
 * recent first, or strongest evidence first (the evaluation's strength, then
 * how many kinds of evidence it reports). Ties go to the most recent, then
 * to the id, so a page never shuffles between two requests.
 */
export function sortCampaigns<T extends CampaignFacts>(
	campaigns: T[],
	sort: CampaignSort,
	score: (id: string) => number = () => 0,
): T[] {
	const recent = (a: T, b: T) =>
		latestYear(b) - latestYear(a) ||
		(b.startYear ?? 0) - (a.startYear ?? 0) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	// Keys computed once per campaign, not once per comparison.
	const key = new Map<string, number>()
	for (const c of campaigns)
		key.set(
			c.id,
			sort === 'relevance'
				? score(c.id)
				: sort === 'evidence'
					? evaluationStrength(c.evaluationMethod) * 10 + valuesOf(c).evidence.length
					: 0,
		)
	return campaigns.sort((a, b) => key.get(b.id)! - key.get(a.id)! || recent(a, b))
}
