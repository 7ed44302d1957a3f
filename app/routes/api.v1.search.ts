import { type LoaderFunctionArgs } from '@remix-run/node'
import { searchMaterials } from '#app/models/search.server.ts'
import { parseApiCatalogRequest } from '#app/utils/http.server.ts'

/**
 * GET /api/v1/search?q=&audience=&risk=&lang=&country=&type=&age=&licence=&page=
 *
 * Published materials matching the words (in any language) and filters:
 * hits with highlighted title and snippet in the language that matched, why
 * each matched, facet counts over the whole match set (a facet's counts
 * ignore its own selection), the total, the time taken and, when nothing
 * matched, a corrected query. `ui` chooses the language of URLs and of the
 * version shown when nothing more specific matched.
 */
export async function loader({ request }: LoaderFunctionArgs) {
	const parsed = parseApiCatalogRequest(request)
	if (parsed.error) return parsed.error
	const { q, filters, page, pageSize, uiLang } = parsed
	const result = await searchMaterials({ q, filters, page, pageSize, uiLang })
	return Response.json(
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
				url: `/${uiLang}/materials/${item.id}`,
				lang: item.lang,
				title: item.title,
				highlightedTitle: item.hit?.highlightedTitle ?? null,
				snippet: item.hit?.snippet ?? null,
				matchedBy: item.hit?.matchedBy ?? null,
				countryCode: item.countryCode,
				resourceType: item.resourceType,
				licence: item.licence,
				languages: item.languages,
				audiences: item.audiences,
				risks: item.risks,
				ageBands: item.ageBands,
				publishedAt: item.publishedAt,
				preview: item.preview ? `/files/${item.preview.fileId}` : null,
			})),
		},
		{ headers: { 'cache-control': 'public, max-age=30', vary: 'Accept-Language' } },
	)
}
