import { searchLanguageOf } from '#app/domain/search-language.ts'
import {
	type SearchEngine,
	type SearchFilters,
	type SearchHit,
	type SearchResult,
} from '#app/search/engine.ts'
import { getSearchEngine, usesExternalSearch } from '#app/search/search.server.ts'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { getMaterialCards, type MaterialCard } from './material/queries.server.ts'

export interface SearchItem extends MaterialCard {
	hit: Pick<SearchHit, 'highlightedTitle' | 'snippet' | 'matchedBy' | 'lang'> | null
}

let fallback: SqliteFtsEngine | undefined

/**
 * Searches published materials and returns ready-to-show cards, each in the
 * language version that matched. Without words it lists the filtered
 * catalog, newest first, with the same facet counts.
 *
 * If an external engine (Meilisearch) fails, the embedded index answers
 * instead: it is kept up to date in every case, so readers still find what
 * they need during an outage.
 */
export async function searchMaterials({
	q,
	filters,
	page,
	pageSize,
	uiLang,
}: {
	q: string
	filters: SearchFilters
	page: number
	pageSize: number
	uiLang: string
}) {
	// Engines compare it with the languages materials are written in (nb reads no).
	const query = { q, filters, page, pageSize, uiLang: searchLanguageOf(uiLang) || uiLang }
	const embedded = () => (fallback ??= new SqliteFtsEngine(resolveDatabasePath()))
	let result: SearchResult
	let engineName: SearchEngine['name']
	try {
		const engine = await getSearchEngine()
		engineName = engine.name
		result = await engine.search(query)
	} catch (error) {
		if (usesExternalSearch()) {
			console.error('search: external engine unavailable, answering from the embedded index', error)
			result = await embedded().search(query)
			engineName = 'sqlite-fts'
		} else throw error
	}
	const cards = await getMaterialCards(
		result.hits.map((hit) => ({ id: hit.materialId, lang: q ? hit.lang : query.uiLang })),
	)
	const hitById = new Map(result.hits.map((hit) => [hit.materialId, hit]))
	const items: SearchItem[] = cards.map((card) => {
		const hit = hitById.get(card.id)
		return {
			...card,
			hit:
				q && hit
					? {
							highlightedTitle: hit.highlightedTitle,
							snippet: hit.snippet,
							matchedBy: hit.matchedBy,
							lang: hit.lang,
						}
					: null,
		}
	})
	return {
		q,
		items,
		total: result.total,
		page: result.page,
		pageSize: result.pageSize,
		pageCount: Math.max(1, Math.ceil(result.total / result.pageSize)),
		facets: result.facets,
		didYouMean: result.didYouMean,
		concepts: result.concepts,
		tookMs: result.tookMs,
		engine: engineName,
	}
}
