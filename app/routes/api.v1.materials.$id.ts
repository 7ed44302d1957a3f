import { type LoaderFunctionArgs } from '@remix-run/node'
import { answerJson, answerLanguage, answerPreflight, answerProblem } from '#app/api/http.server.ts'
import { MaterialIdSchema } from '#app/api/schemas.ts'
import { toApiMaterialDetail } from '#app/api/shapes.server.ts'
import { getPublishedMaterial } from '#app/models/material/queries.server.ts'

/** GET /api/v1/materials/:id: one published material with every language version and its files. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	if (request.method === 'OPTIONS') return answerPreflight()
	const uiLang = answerLanguage(request)
	const id = MaterialIdSchema.safeParse(params.id ?? '')
	const material = id.success ? await getPublishedMaterial(id.data, uiLang) : null
	if (!material)
		return answerProblem(404, { code: 'not_found', detail: 'No published material with this id' })
	return answerJson(
		request,
		toApiMaterialDetail(material, uiLang),
		// The campaign's title follows the reader's language (Vary, in answerJson).
		{ maxAgeS: 60 },
	)
}
