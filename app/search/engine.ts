import { type CatalogFilters, FILTER_PARAMS } from '#app/domain/catalog-filters.ts'
import { type AccessibilityFeature } from '#app/domain/vocabularies.ts'

/**
 * The search port. Two engines implement it: the embedded SQLite FTS5 engine
 * (the default, updated in the same transaction as the data it reflects) and
 * Meilisearch (when MEILI_URL is set). Both pass the same contract tests in
 * app/search/contract.ts.
 */

/** What the engine indexes for one material: every published language version. */
export interface SearchDocument {
	materialId: string
	countryCode: string
	resourceType: string
	licence: string
	audiences: string[]
	risks: string[]
	ageBands: string[]
	accessibility: string[]
	publishedAt: string | null
	/** How many other countries adapted this material (a ranking signal). */
	adaptationCount: number
	versions: {
		versionId: string
		lang: string
		title: string
		description: string
		extractedText: string
		/**
		 * Words printed on the material besides its text: the helpline, legal
		 * references, a poster template's boxes (VersionSegment), searched
		 * as part of its text.
		 */
		printed?: string[]
	}[]
}

/**
 * What a search can filter on: the catalog's filters, and the accessibility
 * features the API filters on (a material with any of those named). The HTML
 * catalog offers no accessibility facet, so its filters may leave it out.
 */
export type SearchFilters = CatalogFilters & { accessibility?: AccessibilityFeature[] }

/** Every facet a search counts and filters on, in the order engines handle them. */
export const SEARCH_FACETS = [...FILTER_PARAMS, 'accessibility'] as const
export type SearchFacet = (typeof SEARCH_FACETS)[number]

/** A facet's selected values (none when not filtered on it). */
export const selectedValues = (filters: SearchFilters, facet: SearchFacet): readonly string[] =>
	filters[facet] ?? []

export interface SearchQuery {
	/** The words typed; hostile syntax is neutralized and only the first 10 words count. */
	q: string
	filters: SearchFilters
	page: number
	pageSize: number
	/** UI language: decides which version's title is shown when several match equally. */
	uiLang: string
}

export interface SearchHit {
	materialId: string
	/** The language version that matched best. */
	versionId: string
	lang: string
	title: string
	/** Title and snippet with matches wrapped in <mark>…</mark>; everything else HTML-escaped. */
	highlightedTitle: string
	snippet: string
	/**
	 * Why the material matched: text, a topic named in another language, or
	 * its lineage with a material found by its title (ranking.ts, rule 8).
	 */
	matchedBy:
		| { kind: 'text' }
		| { kind: 'concept'; vocabulary: 'risk' | 'audience' | 'type'; key: string; term: string }
		| ({ kind: 'lineage' } & LineageLink)
	score: number
}

/**
 * How a material joined a result through its lineage: it is an adaptation
 * or a translation of the material found (`materialId`, shown as `title`),
 * or the source that one was derived from.
 */
export interface LineageLink {
	relation: 'adaptation' | 'translation' | 'source'
	materialId: string
	title: string
}

export type FacetCounts = Record<SearchFacet, Record<string, number>>

export interface SearchResult {
	hits: SearchHit[]
	total: number
	page: number
	pageSize: number
	facets: FacetCounts
	/** A corrected query when the typed one matched nothing and a close one does. */
	didYouMean: string | null
	/** Concepts recognized in the query, whichever language they were typed in. */
	concepts: { vocabulary: 'risk' | 'audience' | 'type'; key: string; term: string }[]
	tookMs: number
}

export interface SearchEngine {
	readonly name: 'sqlite-fts' | 'meilisearch'
	/** Adds or replaces a material (all its versions); an unpublished material is removed. */
	index(doc: SearchDocument): Promise<void>
	remove(materialId: string): Promise<void>
	search(query: SearchQuery): Promise<SearchResult>
	/** Rebuilds the whole index from the documents given. */
	reindex(
		docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>,
	): Promise<{ indexed: number }>
}
