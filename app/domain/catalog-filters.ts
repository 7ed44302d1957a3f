import { isCountryCode } from './countries.ts'
import { isContentLanguage } from './languages.ts'
import {
	AGE_BAND_KEYS,
	AUDIENCES,
	LICENCES,
	RESOURCE_TYPES,
	RISKS,
	type AgeBand,
	type Audience,
	type Licence,
	type ResourceType,
	type Risk,
} from './vocabularies.ts'

/**
 * Catalog filters as they appear in a URL. Each parameter may repeat
 * (`?risk=grooming&risk=sextortion`): values of one parameter are OR-ed,
 * parameters are AND-ed, as in any faceted library catalog.
 */
export interface CatalogFilters {
	audience: Audience[]
	risk: Risk[]
	lang: string[]
	country: string[]
	type: ResourceType[]
	age: AgeBand[]
	licence: Licence[]
}

export const FILTER_PARAMS = [
	'audience',
	'risk',
	'lang',
	'country',
	'type',
	'age',
	'licence',
] as const
export type FilterParam = (typeof FILTER_PARAMS)[number]

export const PAGE_SIZE = 24
export const MAX_PAGE_SIZE = 100
/** Bounds the work one request can ask for: no filter list longer than this. */
const MAX_VALUES_PER_PARAM = 20

const validators: Record<FilterParam, (value: string) => boolean> = {
	audience: (v) => (AUDIENCES as readonly string[]).includes(v),
	risk: (v) => (RISKS as readonly string[]).includes(v),
	lang: (v) => isContentLanguage(v),
	country: (v) => isCountryCode(v),
	type: (v) => (RESOURCE_TYPES as readonly string[]).includes(v),
	age: (v) => (AGE_BAND_KEYS as readonly string[]).includes(v),
	licence: (v) => (LICENCES as readonly string[]).includes(v),
}

export interface FilterProblem {
	param: string
	value: string
}

/**
 * Longest search text kept from a URL. Only the first 10 words of a query
 * count (as in Meilisearch), which never needs more; a longer value is cut,
 * never refused, so a pasted paragraph still searches.
 */
export const MAX_QUERY_LENGTH = 1_000

export interface ParsedCatalogQuery {
	/** The search text as typed (trimmed and bounded), '' for none. */
	q: string
	filters: CatalogFilters
	page: number
	pageSize: number
	problems: FilterProblem[]
}

export function emptyFilters(): CatalogFilters {
	return { audience: [], risk: [], lang: [], country: [], type: [], age: [], licence: [] }
}

/**
 * Parses catalog query parameters. Invalid values are left out of the
 * filters and reported in `problems`: the HTML catalog ignores them, the API
 * answers 400 naming the parameter. Country codes are upper-cased so
 * `country=fr` works.
 */
export function parseCatalogQuery(params: URLSearchParams): ParsedCatalogQuery {
	const filters = emptyFilters()
	const problems: FilterProblem[] = []
	for (const param of FILTER_PARAMS) {
		const raw = params
			.getAll(param)
			.flatMap((v) => v.split(','))
			.map((v) => v.trim())
			.filter(Boolean)
		const values =
			param === 'country' ? raw.map((v) => v.toUpperCase()) : raw.map((v) => v.toLowerCase())
		for (const value of values) {
			if (!validators[param](value)) problems.push({ param, value: value.slice(0, 64) })
			else if (
				!(filters[param] as string[]).includes(value) &&
				filters[param].length < MAX_VALUES_PER_PARAM
			)
				(filters[param] as string[]).push(value)
		}
	}
	let page = 1
	const rawPage = params.get('page')
	if (rawPage !== null && rawPage !== '') {
		const n = Number(rawPage)
		if (Number.isInteger(n) && n >= 1 && n <= 1_000_000) page = n
		else problems.push({ param: 'page', value: rawPage.slice(0, 64) })
	}
	let pageSize = PAGE_SIZE
	const rawSize = params.get('pageSize')
	if (rawSize !== null && rawSize !== '') {
		const n = Number(rawSize)
		if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE) pageSize = n
		else problems.push({ param: 'pageSize', value: rawSize.slice(0, 64) })
	}
	const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH).trim()
	return { q, filters, page, pageSize, problems }
}

export function hasActiveFilters(filters: CatalogFilters) {
	return FILTER_PARAMS.some((p) => filters[p].length > 0)
}

/** The query string for a search and its filters (stable order, so URLs can be shared and cached). */
export function catalogSearchParams(filters: CatalogFilters, page = 1, q = '') {
	const params = new URLSearchParams()
	if (q) params.set('q', q)
	for (const param of FILTER_PARAMS) for (const value of filters[param]) params.append(param, value)
	if (page > 1) params.set('page', String(page))
	return params
}

/** The same filters with one value added or removed: what a filter link points at. */
export function toggleFilter(
	filters: CatalogFilters,
	param: FilterParam,
	value: string,
): CatalogFilters {
	const current = filters[param] as string[]
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
	return { ...filters, [param]: next }
}
