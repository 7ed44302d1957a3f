import { type LoaderFunctionArgs } from '@remix-run/node'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { findTemplateFor } from './__file-access.server.ts'

/** A template's background, for the editor and for countries that adapt the poster. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const found = await findTemplateFor(request, params.versionId ?? '')
	if (!found) return new Response('Not found', { status: 404 })
	return storedFileResponse(request, found.template.background, {
		'cache-control': found.isPublic ? 'public, max-age=3600' : 'private, no-store',
	})
}
