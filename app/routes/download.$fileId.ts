import { type LoaderFunctionArgs } from '@remix-run/node'
import { downloadFileName } from '#app/domain/versions.ts'
import { extensionFor } from '#app/media/media-types.ts'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { getDownloadableFile, recordDownload } from '#app/models/material.server.ts'

/**
 * Downloads a published file with a file name made of its title and language,
 * and counts it in the aggregate daily counter (no personal data).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const file = params.fileId && params.fileId.length <= 64 ? await getDownloadableFile(params.fileId) : null
	if (!file) return new Response('Not found', { status: 404 })
	const name = downloadFileName(file.version.title, file.version.lang, extensionFor(file.asset.mediaType))
	const response = storedFileResponse(request, file.asset, {
		'cache-control': 'private, no-cache',
		'content-disposition': contentDisposition(name),
	})
	if (response.status === 200 && request.method === 'GET') await recordDownload(file.versionId)
	return response
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name for titles in any script. */
export function contentDisposition(name: string) {
	const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'material'
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
