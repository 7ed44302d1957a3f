import { type LoaderFunctionArgs } from '@remix-run/node'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { getDownloadableFile } from '#app/models/material.server.ts'
import { findUnpublishedFileFor } from './__file-access.server.ts'

/**
 * Inline view of a file (previews in pages); not counted as a download.
 * Published files are public and cacheable; a draft's files are shown only
 * to its country and to reviewers, never cached by a shared cache.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const fileId = params.fileId && params.fileId.length <= 64 ? params.fileId : null
	const file = fileId ? await getDownloadableFile(fileId) : null
	if (file) {
		return storedFileResponse(request, file.asset, { 'cache-control': 'public, max-age=86400', 'content-disposition': 'inline' })
	}
	const draft = fileId ? await findUnpublishedFileFor(request, fileId) : null
	if (!draft) return new Response('Not found', { status: 404 })
	return storedFileResponse(request, draft.asset, { 'cache-control': 'private, no-store', 'content-disposition': 'inline' })
}
