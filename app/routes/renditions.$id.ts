import { type LoaderFunctionArgs } from '@remix-run/node'
import { getUser } from '#app/auth/session.server.ts'
import { can } from '#app/domain/permissions.ts'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { getRenditionForServing } from '#app/models/asset.server.ts'

/**
 * A rendition (a resized WebP or AVIF) of a stored image. Its id never
 * points at other bytes, so public ones are cached for a year, immutable.
 * Renditions of unpublished material follow the same rule as their files.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const id = params.id && params.id.length <= 64 ? params.id : null
	const found = id ? await getRenditionForServing(id) : null
	if (!found) return new Response('Not found', { status: 404 })
	const asset = {
		storageKey: found.rendition.storageKey,
		mediaType: found.rendition.format === 'avif' ? 'image/avif' : 'image/webp',
		byteSize: found.rendition.byteSize,
		sha256: found.rendition.storageKey.slice(6),
	}
	if (found.isPublic) {
		return storedFileResponse(request, asset, {
			'cache-control': 'public, max-age=31536000, immutable',
			'content-disposition': 'inline',
		})
	}
	const user = await getUser(request)
	if (
		!user ||
		!found.countries.some((countryCode) => can(user, 'read-draft', 'material', { countryCode }))
	) {
		return new Response('Not found', { status: 404 })
	}
	return storedFileResponse(request, asset, {
		'cache-control': 'private, no-store',
		'content-disposition': 'inline',
	})
}
