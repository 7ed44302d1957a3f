import { type LoaderFunctionArgs } from '@remix-run/node'
import { isConversionFormat } from '#app/media/conversions.server.ts'
import { isImage } from '#app/media/media-types.ts'
import { creditedFileResponse } from './__download.server.ts'
import { findFileFor } from './__file-access.server.ts'

/**
 * An image material in another format, carrying its credit (PNG, WebP, or
 * an A4 or A3 PDF for print: app/media/conversions.server.ts), in the
 * reader's UI language (`?ui=`, else their browser's). Each conversion is
 * made once and stored; later downloads stream it from the store.
 * Access is download.$fileId's: published files are public and counted; a
 * draft's files reach only its country and reviewers, uncounted, and to
 * everyone else do not exist.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const notFound = () => new Response('Not found', { status: 404 })
	const format = params.format
	if (!isConversionFormat(format)) return notFound()
	const found = await findFileFor(request, params.fileId)
	if (!found) return notFound()
	if (found.file.role !== 'primary' || !isImage(found.file.asset.mediaType)) return notFound()
	return creditedFileResponse(request, found, format)
}
