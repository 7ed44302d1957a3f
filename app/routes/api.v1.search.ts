import { type LoaderFunctionArgs } from '@remix-run/node'
import {
	answerJson,
	answerLanguage,
	answerPreflight,
	apiUrl,
	parseApiQuery,
} from '#app/api/http.server.ts'
import { SearchQuerySchema } from '#app/api/schemas.ts'
import { licenceIdentifiers, toCatalogFilters } from '#app/api/shapes.server.ts'
import { searchMaterials } from '#app/models/search.server.ts'

/**
 * GET /api/v1/search?q=&audience=&risk=&lang=&country=&type=&age=&licence=&accessibility=&page=
 *
 * Published materials matching the words (in any language) and filters:
 * hits with highlighted title and snippet in the language that matched, why
 * each matched, facet counts over the whole match set (a facet's counts
 * ignore its own selection), the total, the time taken and, when nothing
 * matched, a corrected query. `ui` chooses the language of URLs and of the
 * version shown when nothing more specific matched.
 */
export async function loader({ request }: LoaderFunctionArgs) {
	if (request.method === 'OPTIONS') return answerPreflight()
	const parsed = parseApiQuery(request, SearchQuerySchema)
	if (parsed.error) return parsed.error
	const { q, page, pageSize, accessibility } = parsed.data
	const uiLang = answerLanguage(request)
	const result = await searchMaterials({
		q,
		filters: { ...toCatalogFilters(parsed.data), accessibility: accessibility ?? [] },
		page,
		pageSize,
		uiLang,
	})
	return answerJson(
		request,
		{
			query: q,
			total: result.total,
			page: result.page,
			pageSize: result.pageSize,
			pageCount: result.pageCount,
			tookMs: result.tookMs,
			engine: result.engine,
			didYouMean: result.didYouMean,
			concepts: result.concepts,
			facets: result.facets,
			hits: result.items.map((item) => ({
				id: item.id,
				url: apiUrl(`/${uiLang}/materials/${item.id}`),
				lang: item.lang,
				title: item.title,
				highlightedTitle: item.hit?.highlightedTitle ?? null,
				snippet: item.hit?.snippet ?? null,
				matchedBy: item.hit?.matchedBy ?? null,
				countryCode: item.countryCode,
				resourceType: item.resourceType,
				licence: item.licence,
				...licenceIdentifiers(item.licence),
				languages: item.languages,
				audiences: item.audiences,
				risks: item.risks,
				ageBands: item.ageBands,
				publishedAt: item.publishedAt,
				preview: item.preview ? apiUrl(`/files/${item.preview.fileId}`) : null,
			})),
		},
		// Two equal searches differ only in the time they took.
		{ maxAgeS: 30, volatile: ['tookMs'] },
	)
}
