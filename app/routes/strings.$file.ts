import { type LoaderFunctionArgs } from '@remix-run/node'
import { readStringsFile } from '#app/i18n/strings.server.ts'

/**
 * One UI language's interface strings, every namespace, as one JSON file.
 * Pages name it with its version (`/strings/en.<version>.json`) rather than
 * carrying the strings inline, so a reader fetches them once and the browser
 * (or a CDN) keeps them until the strings change (decision 022).
 */
export function loader({ params, request }: LoaderFunctionArgs) {
	const file = readStringsFile(params.file ?? '')
	if (!file)
		return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } })
	const etag = `"${file.version}"`
	const headers = {
		'content-type': 'application/json; charset=utf-8',
		// The current version never changes under its address; an old one is
		// answered with today's strings, which must be asked for again.
		'cache-control': file.current ? 'public, max-age=31536000, immutable' : 'no-cache',
		etag,
	}
	if (request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers })
	return new Response(file.json, { headers })
}
