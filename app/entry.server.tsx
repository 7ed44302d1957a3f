import { PassThrough } from 'node:stream'
import {
	createReadableStreamFromReadable,
	type AppLoadContext,
	type EntryContext,
	type HandleErrorFunction,
} from '@remix-run/node'
import { isRouteErrorResponse, RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
import { hasSessionCookie } from '#app/auth/session.server.ts'
import { formattersReady } from '#app/i18n/formatjs.server.ts'
import { registerServerStrings } from '#app/i18n/strings.server.ts'
import { withoutChunkPadding } from '#app/utils/html-stream.server.ts'
import { NonceProvider } from '#app/utils/nonce-provider.tsx'

// Renders read the interface strings from the registry the browser fills by fetching them.
registerServerStrings()
// The languages some browsers cannot format are formatted as the browser will (formatters.ts).
await formattersReady

declare module '@remix-run/node' {
	interface AppLoadContext {
		/**
		 * This request's Content-Security-Policy nonce, made by server.js. Absent
		 * when the app runs without it (e.g. under remix-serve): the scripts then
		 * carry no nonce, and no policy asks for one either.
		 */
		cspNonce?: string
	}
}

// Remix's default Node streaming entry, plus the nonce. Single fetch rejects
// data still pending after `streamTimeout`; React's render is aborted a second
// later so those rejections reach the browser before the stream closes.
export const streamTimeout = 5_000
const ABORT_DELAY = streamTimeout + 1_000

/**
 * How long shared caches may keep an anonymous page: none fresh, so each
 * request is checked with the server (a 304 when nothing changed, since the
 * page's ETag is its content); but while they check, caches may answer with
 * the page they have, for up to a minute, so a CDN in front absorbs a crowd.
 */
const SHARED_PAGE_CACHE_CONTROL = 'public, max-age=0, stale-while-revalidate=60'

/**
 * Whether this page is the same for every reader without a session: a GET
 * that succeeded, without a session cookie, of a page that says so with
 * `handle.sharedPage` (the catalog, a material, a campaign, a country...).
 */
function isSharedPage(request: Request, status: number, remixContext: EntryContext) {
	if (request.method !== 'GET' || status !== 200 || hasSessionCookie(request)) return false
	const leaf = remixContext.staticHandlerContext.matches.at(-1)
	const handle = leaf ? remixContext.routeModules[leaf.route.id]?.handle : undefined
	return (handle as { sharedPage?: boolean } | undefined)?.sharedPage === true
}

export default function handleRequest(
	request: Request,
	responseStatusCode: number,
	responseHeaders: Headers,
	remixContext: EntryContext,
	loadContext: AppLoadContext,
) {
	const nonce = loadContext.cspNonce
	// Public pages are kept by the server's page cache and may be by others;
	// a page for a session never is, and differs by the cookie.
	responseHeaders.set(
		'Cache-Control',
		isSharedPage(request, responseStatusCode, remixContext)
			? SHARED_PAGE_CACHE_CONTROL
			: 'private, no-cache',
	)
	responseHeaders.append('Vary', 'Cookie')
	// Crawlers (and SPA mode) get the whole document at once; browsers get the
	// shell as soon as it is ready and the rest as it streams in.
	const readyEvent =
		isbot(request.headers.get('user-agent')) || remixContext.isSpaMode
			? 'onAllReady'
			: 'onShellReady'

	return new Promise<Response>((resolve, reject) => {
		let shellRendered = false
		const { pipe, abort } = renderToPipeableStream(
			<NonceProvider value={nonce}>
				<RemixServer
					context={remixContext}
					url={request.url}
					abortDelay={ABORT_DELAY}
					nonce={nonce}
				/>
			</NonceProvider>,
			{
				// React's own inline scripts (streamed Suspense boundaries) need it too.
				nonce,
				[readyEvent]() {
					shellRendered = true
					const body = new PassThrough()
					responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
					resolve(
						new Response(createReadableStreamFromReadable(body), {
							headers: responseHeaders,
							status: responseStatusCode,
						}),
					)
					pipe(withoutChunkPadding()).pipe(body)
				},
				onShellError(error: unknown) {
					reject(error)
				},
				onError(error: unknown) {
					responseStatusCode = 500
					// Errors in the shell reject above and Remix logs them through
					// handleError; only log the ones that happen while streaming.
					if (shellRendered) console.error(error)
				},
			},
		)
		setTimeout(abort, ABORT_DELAY)
	})
}

/** Asked by server.js's page cache on each request: a page is kept for one generation of the library. */
export { publicLibraryGeneration } from '#app/utils/cache.server.ts'

/** Called by server.js once it listens (a failure is logged; search then loads on its first request). */
export { warmUpSearch as warmUp } from '#app/search/search.server.ts'

/** Called by server.js once it listens: the store is swept while the server runs. */
export { startFileSweeper } from '#app/models/asset.server.ts'

/** Called by server.js once it listens: shown images without renditions (the demo's) get them. */
export { addMissingRenditions } from '#app/models/asset.server.ts'
/** Called by server.js at shutdown: the browser that prints PDFs does not outlive the server. */
export { closePdfBrowser } from '#app/reporting/pdf.server.ts'

/**
 * Errors from loaders, actions and rendering are logged here, on the server,
 * with their stack. What the reader gets is the error boundary's translated
 * message: in production Remix replaces the error it serializes for the
 * browser with a bare "Unexpected Server Error" without a stack.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
	// A reader who navigates away aborts the request; that is not a failure.
	if (request.signal.aborted) return
	// Remix's own 404/405 responses carry the underlying Error; log that one.
	console.error(
		isRouteErrorResponse(error) && 'error' in error && error.error ? error.error : error,
	)
}
