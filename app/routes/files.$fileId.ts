import { type LoaderFunctionArgs } from '@remix-run/node'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { findFileFor } from './__file-access.server.ts'

/**
 * Inline view of a file (previews in pages); not counted as a download.
 * Published files are public and cacheable; a draft's files are shown only
 * to its country and to reviewers, never cached by a shared cache.
 *
 * Only pictures, video and audio are shown inline, which is all pages show:
 * a PDF or office document goes to the browser as an attachment, so no
 * viewer ever opens one on the exchange's origin (each response also
 * carries a sandboxing policy, see storedFileResponse).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const found = await findFileFor(request, params.fileId)
	if (!found) return new Response('Not found', { status: 404 })
	const { asset } = found.file
	return storedFileResponse(request, asset, {
		'cache-control': found.published ? 'public, max-age=86400' : 'private, no-store',
		'content-disposition': /^(image|video|audio)\//.test(asset.mediaType) ? 'inline' : 'attachment',
	})
}
