import { type ConceptVocabulary } from './concepts.ts'
import { type EvaluationMethod } from './vocabularies.ts'

/**
 * A campaign's comparable outcome figures: what it reached (a number and
 * what it counts), how it was evaluated, what it cost and for how long it
 * ran. Pure, so the campaign page, the campaigns index and their tests
 * read the same rules.
 */

/** A campaign as a card shows it: in the campaigns index, beside the catalog's search results. */
export interface CampaignSummary {
	id: string
	countryCode: string
	title: string
	summary: string
	/** The language of the title and summary shown. */
	lang: string
	startYear: number | null
	endYear: number | null
	reachCount: number | null
	reachUnit: string | null
	evaluationMethod: string | null
	costAmount: number | null
	costCurrency: string | null
	durationMonths: number | null
	/** Its published materials. */
	materialCount: number
	isDemo: boolean
	/** Why it matched a search: title and snippet with the words in <mark>, everything else escaped. */
	hit: {
		lang: string
		highlightedTitle: string
		snippet: string
		matchedBy:
			| { kind: 'text' }
			| { kind: 'concept'; vocabulary: ConceptVocabulary; key: string; term: string }
	} | null
}

/**
 * Currencies a cost may be given in (ISO 4217): those of the Alliance's
 * countries, including the kuna and the lev that campaigns before the euro
 * were paid in. Their names come from Intl.DisplayNames in the reader's
 * language, as country and language names do.
 */
export const COST_CURRENCIES = [
	'ALL',
	'AMD',
	'AUD',
	'BAM',
	'BGN',
	'CAD',
	'CHF',
	'CRC',
	'CZK',
	'DKK',
	'EUR',
	'GBP',
	'GEL',
	'GHS',
	'HRK',
	'HUF',
	'ILS',
	'JPY',
	'KHR',
	'KRW',
	'MDL',
	'MXN',
	'NGN',
	'NOK',
	'NZD',
	'PHP',
	'PLN',
	'RON',
	'RSD',
	'SEK',
	'THB',
	'TRY',
	'UAH',
	'USD',
	'VND',
] as const
export type CostCurrency = (typeof COST_CURRENCIES)[number]

export function isCostCurrency(value: unknown): value is CostCurrency {
	return typeof value === 'string' && (COST_CURRENCIES as readonly string[]).includes(value)
}

/** Today's currency of each Alliance country: the cost field's first guess. */
const COUNTRY_CURRENCY: Record<string, CostCurrency> = {
	AL: 'ALL',
	AM: 'AMD',
	AU: 'AUD',
	BA: 'BAM',
	CA: 'CAD',
	CH: 'CHF',
	CR: 'CRC',
	CZ: 'CZK',
	DK: 'DKK',
	GB: 'GBP',
	GE: 'GEL',
	GH: 'GHS',
	HU: 'HUF',
	IL: 'ILS',
	JP: 'JPY',
	KH: 'KHR',
	KR: 'KRW',
	MD: 'MDL',
	MX: 'MXN',
	NG: 'NGN',
	NO: 'NOK',
	NZ: 'NZD',
	PH: 'PHP',
	PL: 'PLN',
	RO: 'RON',
	RS: 'RSD',
	SE: 'SEK',
	TH: 'THB',
	TR: 'TRY',
	UA: 'UAH',
	US: 'USD',
	VN: 'VND',
}

/** The currency a country pays in today; the euro for the euro area (and Kosovo, Montenegro). */
export function currencyOfCountry(countryCode: string): CostCurrency {
	return COUNTRY_CURRENCY[countryCode] ?? 'EUR'
}

/**
 * How a campaign's cost is written: in whole units, as the language writes
 * money ("120 000 €", "€120,000"). The page formats it with its own
 * formatters (useLabels().money), which know the language's region and
 * write it in the browser as on the server.
 */
export function costFormat(currency: string): Intl.NumberFormatOptions {
	return { style: 'currency', currency, maximumFractionDigits: 0 }
}

/**
 * How strong the evidence of an evaluation method is, for sorting campaigns
 * by what they can show: a controlled study says what the campaign caused;
 * a before-and-after test measures a change; a survey or interviews describe
 * what people say; reach metrics only count who was reached.
 */
export const EVALUATION_STRENGTH: Record<EvaluationMethod, number> = {
	'controlled-study': 5,
	'pre-post-test': 4,
	survey: 3,
	qualitative: 2,
	'reach-metrics': 1,
	none: 0,
}

/** Strength of a campaign's evaluation; -1 when the method was not given. */
export function evaluationStrength(method: string | null): number {
	return method && method in EVALUATION_STRENGTH
		? EVALUATION_STRENGTH[method as EvaluationMethod]
		: -1
}

/** Whether the campaign was evaluated at all ("not evaluated" and "not given" are not). */
export function isEvaluated(method: string | null) {
	return evaluationStrength(method) > 0
}

/** Longest a campaign's active time may be: fifty years. */
export const MAX_DURATION_MONTHS = 600

/**
 * The most months a campaign can have been active in the years it spans
 * (null when the span is not known): a campaign of 2021–2022 ran at most
 * 24 months, whatever its waves.
 */
export function maxMonthsWithin(startYear: number | null, endYear: number | null) {
	if (startYear === null || endYear === null || endYear < startYear) return null
	return (endYear - startYear + 1) * 12
}

/** The years a campaign ran: "2022", "2019–2024", or '' when not given. */
export function campaignYears(startYear: number | null, endYear: number | null) {
	if (startYear !== null && endYear !== null && endYear !== startYear)
		return `${startYear}–${endYear}`
	return String(startYear ?? endYear ?? '')
}

/** The calendar years a campaign was running in, for the "year" filter. */
export function yearsRunning(startYear: number | null, endYear: number | null): number[] {
	const first = startYear ?? endYear
	const last = endYear ?? startYear
	if (first === null || last === null || last < first) return []
	// Bounded by the form (1990 to a few years ahead); a hand-written row cannot make it loop long.
	const years: number[] = []
	for (let year = first; year <= last && years.length < 100; year++) years.push(year)
	return years
}

/**
 * What one person reached cost, when the reach counts people and the cost is
 * known: the one ratio two campaigns in the same currency can be compared
 * by. Null otherwise (a view or a school is not a person).
 */
export function costPerPerson(evidence: {
	reachCount: number | null
	reachUnit: string | null
	costAmount: number | null
}) {
	const { reachCount, reachUnit, costAmount } = evidence
	if (reachUnit !== 'people' || !reachCount || costAmount === null) return null
	return costAmount / reachCount
}

/**
 * How a cost per person is written: two significant digits below a cent
 * ("€0.0042"), the currency's own minor units below a hundred ("€0.20",
 * "¥12"), whole units above (formatted as costFormat is).
 */
export function unitCostFormat(amount: number, currency: string): Intl.NumberFormatOptions {
	const digits: Intl.NumberFormatOptions =
		amount < 0.01
			? { maximumSignificantDigits: 2 }
			: amount < 100
				? {}
				: { maximumFractionDigits: 0 }
	return { style: 'currency', currency, ...digits }
}
