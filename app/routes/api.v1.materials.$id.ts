import { type LoaderFunctionArgs } from '@remix-run/node'
import { isUiLanguage, negotiateUiLanguage } from '#app/domain/languages.ts'
import { getPublishedMaterial } from '#app/models/material/queries.server.ts'
import { jsonError } from '#app/utils/http.server.ts'

/** GET /api/v1/materials/:id: one published material with every language version and its files. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const ui = new URL(request.url).searchParams.get('ui')
	const uiLang = isUiLanguage(ui) ? ui : negotiateUiLanguage(request.headers.get('accept-language'))
	const material =
		params.id && params.id.length <= 64 ? await getPublishedMaterial(params.id, uiLang) : null
	if (!material)
		return jsonError(404, { code: 'not_found', message: 'No published material with this id' })
	const { family, ...rest } = material
	return Response.json(
		{
			...rest,
			versions: rest.versions.map((v) => ({
				...v,
				files: v.files.map((f) => ({ ...f, downloadUrl: `/download/${f.id}` })),
			})),
			lineage: { tree: family.tree, reuse: family.reuse },
		},
		// The language of titles follows Accept-Language (without `ui`): a
		// shared cache must keep one copy per language, not serve the first.
		{ headers: { 'cache-control': 'public, max-age=60', vary: 'Accept-Language' } },
	)
}
