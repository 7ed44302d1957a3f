import { type LoaderFunctionArgs } from '@remix-run/node'
import { PosterRenderError } from '#app/media/poster-render.server.ts'
import { renderVersionPoster } from '#app/models/material/templates.server.ts'
import { findTemplateFor } from './__file-access.server.ts'

/**
 * The poster rendered from a version's template and its saved texts, for
 * the template editor and the translation editor: it shows what the stored
 * file will be without storing anything. A template that cannot be
 * rendered (a slot outside a new background, say) answers 422; the editor
 * explains which slot.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const found = await findTemplateFor(request, params.versionId ?? '')
	if (!found) return new Response('Not found', { status: 404 })
	const etag = `"${found.template.updatedAt.getTime()}-${found.version.updatedAt.getTime()}-${found.template.logo?.id ?? ''}"`
	const headers = {
		etag,
		'cache-control': found.isPublic ? 'public, no-cache' : 'private, no-cache',
	}
	if (request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers })
	try {
		const poster = await renderVersionPoster(found.version.id)
		if (!poster) return new Response('Not found', { status: 404 })
		return new Response(request.method === 'HEAD' ? null : new Uint8Array(poster.png), {
			headers: {
				...headers,
				'content-type': 'image/png',
				'content-length': String(poster.png.length),
			},
		})
	} catch (error) {
		if (error instanceof PosterRenderError)
			return new Response(error.reason, { status: 422, headers: { 'content-type': 'text/plain' } })
		throw error
	}
}
