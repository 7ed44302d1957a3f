import { type LoaderFunctionArgs } from '@remix-run/node'
import { listPublishedMaterials } from '#app/models/material/queries.server.ts'
import { parseApiCatalogRequest } from '#app/utils/http.server.ts'

/**
 * GET /api/v1/materials: the catalog as JSON, with the same filters as the
 * HTML catalog. An invalid value is a 400 that names the parameter. `ui`
 * chooses the language titles are shown in (else Accept-Language).
 */
export async function loader({ request }: LoaderFunctionArgs) {
	const parsed = parseApiCatalogRequest(request)
	if (parsed.error) return parsed.error
	const { filters, page, pageSize, uiLang } = parsed
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
