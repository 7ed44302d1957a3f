import { type LoaderFunctionArgs } from '@remix-run/node'
import { parseCatalogQuery } from '#app/domain/catalog-filters.ts'
import { isUiLanguage, negotiateUiLanguage } from '#app/domain/languages.ts'
import { listPublishedMaterials } from '#app/models/material.server.ts'
import { jsonError } from '#app/utils/http.server.ts'

/**
 * GET /api/v1/materials: the catalog as JSON, with the same filters as the
 * HTML catalog. An invalid value is a 400 that names the parameter. `ui`
 * chooses the language titles are shown in (else Accept-Language).
 */
export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const { filters, page, pageSize, problems } = parseCatalogQuery(url.searchParams)
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
	const result = await listPublishedMaterials({ filters, page, pageSize, uiLang })
	return Response.json(
		{
			items: result.items.map((item) => ({ ...item, url: `/${uiLang}/materials/${item.id}` })),
			total: result.total,
			page: result.page,
			pageSize: result.pageSize,
			pageCount: result.pageCount,
		},
		{ headers: { 'cache-control': 'public, max-age=60', vary: 'Accept-Language' } },
	)
}
