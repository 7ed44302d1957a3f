import { type LoaderFunctionArgs } from '@remix-run/node'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { getDownloadableFile } from '#app/models/material.server.ts'

/** Inline view of a published file (previews in pages); not counted as a download. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const file = params.fileId && params.fileId.length <= 64 ? await getDownloadableFile(params.fileId) : null
	if (!file) return new Response('Not found', { status: 404 })
	return storedFileResponse(request, file.asset, {
		'cache-control': 'public, max-age=86400',
		'content-disposition': 'inline',
	})
}
