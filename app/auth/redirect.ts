/**
 * Where to send the browser after signing in, from a `redirectTo` anyone can
 * write into a link. Pure, so the rule is unit-tested against the hostile
 * corpus (tests/fixtures/hostile-requests.ts).
 */

/** Longer than any path the app builds; a longer value is someone else's. */
const MAX_REDIRECT_LENGTH = 2000

/**
 * A same-origin path to come back to, or `fallback`.
 *
 * String checks lose to URL parsers, which drop tabs and line feeds, read a
 * backslash as a slash and resolve dot segments: `/\t/evil.example` passes a
 * "starts with one slash" check and becomes `//evil.example` in the browser.
 * So the value is parsed exactly as a browser will resolve the Location
 * header, against the app's own origin, and kept only if it stays there.
 * What is returned is the parser's serialisation, percent-encoded: a
 * non-Latin-1 path cannot break the header, and no raw control character
 * reaches it.
 */
export function safeRedirectPath(
	to: FormDataEntryValue | string | null | undefined,
	fallback: string,
	origin: string,
) {
	if (typeof to !== 'string' || !to.startsWith('/') || to.length > MAX_REDIRECT_LENGTH)
		return fallback
	let url: URL
	try {
		url = new URL(to, origin)
	} catch {
		return fallback
	}
	if (url.origin !== new URL(origin).origin) return fallback
	const path = `${url.pathname}${url.search}${url.hash}`
	// A pathname can still begin with two slashes (`/.//host` normalises to
	// `//host`); sent as a Location it would name another host.
	if (path.startsWith('//') || path.length > MAX_REDIRECT_LENGTH) return fallback
	return path
}
