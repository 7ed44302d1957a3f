import { Readable } from 'node:stream'
import { openStoredFile, storedFileExists } from './storage.server.ts'

/**
 * A streaming response for a stored file. Files are content-addressed, so the
 * sha256 is a strong ETag. Served with nosniff so a browser never reinterprets
 * a file as something else, and with `Content-Security-Policy: sandbox`: a
 * file opened on its own is never a page of the exchange, so whatever a
 * viewer might run from it (a PDF's JavaScript, in a viewer that runs it)
 * runs in an origin of its own, without scripts, forms or plug-ins, and
 * without the exchange's cookies.
 */
export function storedFileResponse(
	request: Request,
	asset: { storageKey: string; mediaType: string; byteSize: number; sha256: string },
	headers: Record<string, string> = {},
) {
	const etag = `"${asset.sha256}"`
	const common = {
		etag,
		'x-content-type-options': 'nosniff',
		'content-security-policy': 'sandbox',
		...headers,
	}
	if (request.headers.get('if-none-match') === etag) {
		return new Response(null, { status: 304, headers: common })
	}
	if (!storedFileExists(asset.storageKey)) {
		console.error(`stored file missing: ${asset.storageKey}`)
		return new Response('Not found', { status: 404 })
	}
	const stream = Readable.toWeb(openStoredFile(asset.storageKey)) as ReadableStream<Uint8Array>
	return new Response(request.method === 'HEAD' ? null : stream, {
		headers: {
			'content-type': asset.mediaType,
			'content-length': String(asset.byteSize),
			...common,
		},
	})
}
