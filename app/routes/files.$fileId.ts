import { type LoaderFunctionArgs } from '@remix-run/node'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { findFileFor } from './__file-access.server.ts'

/**
 * Inline view of a file (previews in pages); not counted as a download.
 * Published files are public and cacheable; a draft's files are shown only
 * to its country and to reviewers, never cached by a shared cache.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const found = await findFileFor(request, params.fileId)
	if (!found) return new Response('Not found', { status: 404 })
	return storedFileResponse(request, found.file.asset, {
		'cache-control': found.published ? 'public, max-age=86400' : 'private, no-store',
		'content-disposition': 'inline',
	})
}
