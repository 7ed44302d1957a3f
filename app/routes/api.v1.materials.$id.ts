import { type LoaderFunctionArgs } from '@remix-run/node'
import {
	answerJson,
	answerLanguage,
	answerPreflight,
	answerProblem,
	apiUrl,
} from '#app/api/http.server.ts'
import { MaterialIdSchema } from '#app/api/schemas.ts'
import { licenceIdentifiers } from '#app/api/shapes.server.ts'
import { getPublishedMaterial } from '#app/models/material/queries.server.ts'

/** GET /api/v1/materials/:id: one published material with every language version and its files. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	if (request.method === 'OPTIONS') return answerPreflight()
	const uiLang = answerLanguage(request)
	const id = MaterialIdSchema.safeParse(params.id ?? '')
	const material = id.success ? await getPublishedMaterial(id.data, uiLang) : null
	if (!material)
		return answerProblem(404, { code: 'not_found', detail: 'No published material with this id' })
	const { family, ...rest } = material
	return answerJson(
		request,
		{
			...rest,
			url: apiUrl(`/${uiLang}/materials/${rest.id}`),
			...licenceIdentifiers(rest.licence),
			versions: rest.versions.map((v) => ({
				...v,
				files: v.files.map((f) => ({ ...f, downloadUrl: apiUrl(`/download/${f.id}`) })),
			})),
			adaptedFrom: rest.adaptedFrom && {
				...rest.adaptedFrom,
				...licenceIdentifiers(rest.adaptedFrom.licence),
			},
			lineage: { tree: family.tree, reuse: family.reuse },
		},
		// The campaign's title follows the reader's language (Vary, in answerJson).
		{ maxAgeS: 60 },
	)
}
