import { type LoaderFunctionArgs } from '@remix-run/node'
import { findReadableRendition } from '#app/auth/material-access.server.ts'
import { storedFileResponse } from '#app/media/serve.server.ts'

/**
 * A rendition (a resized WebP or AVIF) of a stored image. Its id never
 * points at other bytes, so public ones are cached for a year, immutable.
 * Renditions of unpublished material follow the same rule as their files.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const id = params.id && params.id.length <= 64 ? params.id : null
	const found = id ? await findReadableRendition(request, id) : null
	if (!found) return new Response('Not found', { status: 404 })
	const asset = {
		storageKey: found.rendition.storageKey,
		mediaType: found.rendition.format === 'avif' ? 'image/avif' : 'image/webp',
		byteSize: found.rendition.byteSize,
		sha256: found.rendition.storageKey.slice(6),
	}
	return storedFileResponse(request, asset, {
		'cache-control': found.isPublic ? 'public, max-age=31536000, immutable' : 'private, no-store',
		'content-disposition': 'inline',
	})
}
