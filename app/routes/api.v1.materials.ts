import { type LoaderFunctionArgs } from '@remix-run/node'
import {
	answerJson,
	answerLanguage,
	answerPreflight,
	apiUrl,
	parseApiQuery,
} from '#app/api/http.server.ts'
import { toApiCard, toCatalogFilters } from '#app/api/shapes.server.ts'
import { MaterialListQuerySchema } from '#app/api/schemas.ts'
import { listPublishedMaterials } from '#app/models/material/queries.server.ts'

/**
 * GET /api/v1/materials: the catalog as JSON, with the same filters as the
 * HTML catalog plus `accessibility`. An invalid value is a 400 problem that
 * names the parameter. `ui` chooses the language titles are shown in (else
 * Accept-Language).
 */
export async function loader({ request }: LoaderFunctionArgs) {
	if (request.method === 'OPTIONS') return answerPreflight()
	const parsed = parseApiQuery(request, MaterialListQuerySchema)
	if (parsed.error) return parsed.error
	const { page, pageSize, accessibility } = parsed.data
	const uiLang = answerLanguage(request)
	const result = await listPublishedMaterials({
		filters: toCatalogFilters(parsed.data),
		accessibility: accessibility ?? [],
		page,
		pageSize,
		uiLang,
	})
	return answerJson(
		request,
		{
			items: result.items.map((item) => toApiCard(item, apiUrl(`/${uiLang}/materials/${item.id}`))),
			total: result.total,
			page: result.page,
			pageSize: result.pageSize,
			pageCount: result.pageCount,
		},
		{ maxAgeS: 60 },
	)
}
