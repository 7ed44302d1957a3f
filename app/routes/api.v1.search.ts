import { type LoaderFunctionArgs } from '@remix-run/node'
import { parseCatalogQuery } from '#app/domain/catalog-filters.ts'
import { isUiLanguage, negotiateUiLanguage } from '#app/domain/languages.ts'
import { searchMaterials } from '#app/models/search.server.ts'
import { jsonError } from '#app/utils/http.server.ts'

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
	const url = new URL(request.url)
	const { q, filters, page, pageSize, problems } = parseCatalogQuery(url.searchParams)
	const problem = problems[0]
	if (problem) {
		return jsonError(400, {
			code: 'invalid_parameter',
			param: problem.param,
			message: `Invalid value for "${problem.param}": ${JSON.stringify(problem.value)}`,
		})
	}
	const ui = url.searchParams.get('ui')
	const uiLang = isUiLanguage(ui) ? ui : negotiateUiLanguage(request.headers.get('accept-language'))
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
