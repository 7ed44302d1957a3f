import { type LoaderFunctionArgs } from '@remix-run/node'
import { downloadFileName } from '#app/domain/versions.ts'
import { extensionFor } from '#app/media/media-types.ts'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { recordDownload } from '#app/models/material/queries.server.ts'
import { findFileFor } from './__file-access.server.ts'

/**
 * Downloads a file with a file name made of its title and language. Published
 * files are public and counted in the aggregate daily counter (no personal
 * data); a draft's files only reach its country and reviewers, uncounted.
 * To everyone else an unpublished file does not exist (404, not 403).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const found = await findFileFor(request, params.fileId)
	if (!found) return new Response('Not found', { status: 404 })
	const { file, published } = found
	const name = downloadFileName(
		file.version.title,
		file.version.lang,
		extensionFor(file.asset.mediaType),
	)
	const response = storedFileResponse(request, file.asset, {
		'cache-control': published ? 'private, no-cache' : 'private, no-store',
		'content-disposition': contentDisposition(name),
	})
	if (published && response.status === 200 && request.method === 'GET')
		await recordDownload(file.versionId)
	return response
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name for titles in any script. */
export function contentDisposition(name: string) {
	const ascii =
		name
			.normalize('NFKD')
			.replace(/[^\x20-\x7e]/g, '')
			.replace(/["\\]/g, '') || 'material'
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
