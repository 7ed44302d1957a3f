import { type LoaderFunctionArgs } from '@remix-run/node'
import { downloadFileName } from '#app/domain/versions.ts'
import { canCreditOriginal } from '#app/media/conversions.server.ts'
import { extensionFor } from '#app/media/media-types.ts'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { getAttributionFacts } from '#app/models/conversion.server.ts'
import { recordDownload } from '#app/models/material/queries.server.ts'
import { contentDisposition, creditedFileResponse, creditedName } from './__download.server.ts'
import { findFileFor } from './__file-access.server.ts'

/**
 * Downloads a file with a file name made of its title and language,
 * carrying its credit in the reader's UI language (`?ui=`, else their
 * browser's): images in their metadata, PDFs on a page at the end, text
 * files after their last line, office documents in their properties and
 * their name (app/media/conversions.server.ts). Video and audio are the
 * stored file itself, named with their credit (their containers' tags are
 * removed on upload and would be a rewrite of the whole file to add back).
 * Published files are public and counted in the aggregate daily
 * counter (no personal data); a draft's files only reach its country and
 * reviewers, uncounted. To everyone else an unpublished file does not
 * exist (404, not 403).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const found = await findFileFor(request, params.fileId)
	if (!found) return new Response('Not found', { status: 404 })
	const { file, published } = found
	if (file.role === 'primary' && canCreditOriginal(file.asset.mediaType)) {
		try {
			return await creditedFileResponse(request, found, 'original')
		} catch (error) {
			// The file as it is stored rather than no file: the credit page
			// of a PDF is made in a worker with limits, which a huge document
			// may pass.
			console.error(`credited download of ${file.id} failed, serving the stored file`, error)
		}
	}
	const facts = file.role === 'primary' ? await getAttributionFacts(file.versionId) : null
	const extension = extensionFor(file.asset.mediaType)
	const name = facts
		? creditedName(request, facts, extension)
		: downloadFileName(file.version.title, file.version.lang, extension)
	const response = storedFileResponse(request, file.asset, {
		'cache-control': published ? 'private, no-cache' : 'private, no-store',
		'content-disposition': contentDisposition(name),
	})
	if (published && response.status === 200 && request.method === 'GET')
		await recordDownload(file.versionId)
	return response
}
