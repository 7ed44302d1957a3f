// The security baseline server.js puts in front of every response: a
// Content-Security-Policy with a fresh nonce per request, the usual hardening
// headers, a refusal of form posts sent from other sites, and an error
// handler that never shows a stack. Plain JavaScript so that `node server.js`
// runs it as is; the decisions are pure functions so they are unit-tested.
import crypto from 'node:crypto'
import fs from 'node:fs'

/** 128 random bits, fresh for every request: a nonce an attacker cannot guess or reuse. */
export function createNonce() {
	return crypto.randomBytes(16).toString('base64')
}

/**
 * The Content-Security-Policy of a response.
 *
 * Scripts: only those carrying this response's nonce (the inline scripts and
 * module entry Remix writes), plus whatever those load ('strict-dynamic': the
 * route chunks Vite split out are imported at runtime and never listed in the
 * HTML). Browsers that understand 'strict-dynamic' ignore 'self' there; it is
 * kept for those that do not.
 *
 * Styles: the stylesheet is a file, but a few pages set a single property in a
 * React `style` prop, which the server writes as a `style="..."` attribute.
 * `style-src-attr 'unsafe-inline'` lets those attributes apply while `<style>`
 * elements and stylesheets stay limited to our own files; an attribute cannot
 * load anything nor run script, so this opens far less than 'unsafe-inline'
 * in style-src would.
 *
 * A page kept by the anonymous page cache (./page-cache.js) is sent to many
 * readers, so it cannot carry one reader's nonce: its policy lists the
 * sha256 of each of its inline scripts (`scriptHashes`) instead, with the
 * same 'strict-dynamic' (decision record 022).
 *
 * In development the same policy is sent, relaxed only where Vite needs it:
 * its HMR client talks over a websocket on another port (connect-src ws:) and
 * injects the CSS it hot-reloads as `<style>` elements ('unsafe-inline' for
 * styles). Scripts still need the nonce, so a script missing it shows up as a
 * violation in development, not first in production.
 */
export function contentSecurityPolicy(nonce, { production = true, scriptHashes } = {}) {
	const trusted = scriptHashes ? scriptHashes : [`'nonce-${nonce}'`]
	const directives = {
		'default-src': ["'self'"],
		'script-src': ["'self'", ...trusted, "'strict-dynamic'"],
		'style-src': production ? ["'self'"] : ["'self'", "'unsafe-inline'"],
		'style-src-attr': ["'unsafe-inline'"],
		'img-src': ["'self'", 'data:', 'blob:'],
		'font-src': ["'self'"],
		'connect-src': production ? ["'self'"] : ["'self'", 'ws:', 'wss:'],
		'media-src': ["'self'"],
		'object-src': ["'none'"],
		'base-uri': ["'self'"],
		'form-action': ["'self'"],
		'frame-ancestors': ["'none'"],
	}
	return Object.entries(directives)
		.map(([name, values]) => `${name} ${values.join(' ')}`)
		.join('; ')
}

/**
 * Every header of the baseline, by name. HSTS only when the browser's request
 * came over HTTPS (directly, or through a proxy TRUST_PROXY trusts): browsers
 * ignore it over plain HTTP, and a plain-HTTP setup (local runs, the tests)
 * has no HTTPS to pin.
 */
export function securityHeaders({ nonce, production = true, secure = false }) {
	const headers = {
		'Content-Security-Policy': contentSecurityPolicy(nonce, { production }),
		'X-Content-Type-Options': 'nosniff',
		'X-Frame-Options': 'DENY',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Cross-Origin-Opener-Policy': 'same-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
	}
	if (secure) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'
	return headers
}

/** Express middleware: a nonce for the request (res.locals.cspNonce) and the headers on its response. */
export function securityHeadersMiddleware({ production = true } = {}) {
	return (req, res, next) => {
		const nonce = createNonce()
		res.locals.cspNonce = nonce
		for (const [name, value] of Object.entries(
			securityHeaders({ nonce, production, secure: req.secure }),
		)) {
			res.setHeader(name, value)
		}
		next()
	}
}

/**
 * The `trust proxy` setting from TRUST_PROXY. Unset (or "false", "0"): the
 * app is reached directly and X-Forwarded-* headers are ignored, since anyone
 * could send them. "true": trust every proxy in front. A number: that many
 * hops. Anything else goes to Express as is (addresses, subnets, "loopback").
 */
export function trustProxySetting(value) {
	const trimmed = (value ?? '').trim()
	if (trimmed === '' || trimmed === 'false' || trimmed === '0') return false
	if (trimmed === 'true') return true
	if (/^\d+$/.test(trimmed)) return Number(trimmed)
	return trimmed
}

/** APP_ORIGIN as an origin ("https://example.org"), or undefined when unset; a bad value stops start-up. */
export function appOriginSetting(value) {
	if (!value) return undefined
	try {
		const url = new URL(value)
		if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)')
		return url.origin
	} catch {
		throw new Error(
			`Invalid environment: APP_ORIGIN must be an http(s) URL, got ${JSON.stringify(value)}`,
		)
	}
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The origin of a URL, normalised (lower-case host, no default port), or null when it is not one. */
function originOf(value) {
	try {
		const origin = new URL(value).origin
		return origin === 'null' ? null : origin
	} catch {
		return null
	}
}

/**
 * Whether a request changes something on behalf of another site (cross-site
 * request forgery). Browsers send Origin with every POST, PUT, PATCH and
 * DELETE; when it is missing (older browsers, some privacy settings), the
 * Fetch Metadata header and then the Referer tell where the request came
 * from. A request with none of the three is not a browser's (curl, scripts,
 * the app's own tests) and carries no ambient credentials of a reader, so it
 * is let through.
 *
 * Origin "null" (sandboxed frames, data: pages, some redirects) names no site
 * we can trust and is refused. Sec-Fetch-Site "same-site" is refused as well:
 * a sibling subdomain is another origin, as it would be in Origin.
 *
 * @param {{
 * 	method: string
 * 	origin?: string | null
 * 	secFetchSite?: string | null
 * 	referer?: string | null
 * 	appOrigin?: string | null
 * }} request the method, the three headers (absent: undefined or null) and the app's own origin
 * @returns {boolean}
 */
export function isCrossOriginMutation({ method, origin, secFetchSite, referer, appOrigin }) {
	if (SAFE_METHODS.has(String(method).toUpperCase())) return false
	const own = originOf(appOrigin)
	if (origin) return own === null || originOf(origin) !== own
	if (secFetchSite) return secFetchSite === 'cross-site' || secFetchSite === 'same-site'
	if (referer) return own === null || originOf(referer) !== own
	return false
}

/** Headers a proxy adds to say who the client is and what it asked for. */
const FORWARDING_HEADERS = [
	'forwarded',
	'x-forwarded-for',
	'x-forwarded-host',
	'x-forwarded-port',
	'x-forwarded-proto',
	'x-real-ip',
]

/**
 * Express middleware: removes the forwarding headers of a request that did
 * not come through a proxy TRUST_PROXY trusts, so nothing after it can
 * believe them. Express itself ignores them then (req.ip, req.protocol,
 * req.hostname), but not everything downstream asks Express: the Remix
 * adapter builds the request URL's port from X-Forwarded-Host whatever the
 * setting says. `res.locals.forwardingRemoved` records that such headers
 * came from an untrusted peer (a proxy nobody declared, or someone
 * pretending to be one), for decisions that must not take the client for
 * the machine the app runs on.
 */
export function dropUntrustedForwardedHeaders() {
	return (req, res, next) => {
		const trust = req.app.get('trust proxy fn')
		if (trust(req.socket.remoteAddress, 0)) return next()
		let removed = false
		for (const name of FORWARDING_HEADERS) {
			if (name in req.headers) {
				delete req.headers[name]
				removed = true
			}
		}
		res.locals.forwardingRemoved = removed
		next()
	}
}

/**
 * The origin this request was addressed to: its protocol and Host header, or
 * X-Forwarded-Proto and X-Forwarded-Host when TRUST_PROXY trusts the proxy
 * that sent them (the same rule Express applies to req.protocol).
 */
export function requestOrigin(req) {
	const trust = req.app.get('trust proxy fn')
	let host = req.get('x-forwarded-host')
	if (!host || !trust(req.socket.remoteAddress, 0)) host = req.get('host')
	else host = host.split(',')[0].trim()
	return `${req.protocol}://${host}`
}

/**
 * Express middleware: answers 403 to a mutation sent from another site,
 * before it reaches the app. `appOrigin` (APP_ORIGIN) is the app's public
 * origin; without it the request's own origin stands in.
 */
export function refuseCrossOriginMutations({ appOrigin } = {}) {
	return (req, res, next) => {
		const refused = isCrossOriginMutation({
			method: req.method,
			origin: req.get('origin'),
			secFetchSite: req.get('sec-fetch-site'),
			referer: req.get('referer'),
			appOrigin: appOrigin ?? requestOrigin(req),
		})
		if (!refused) return next()
		sendMessagePage(req, res, 403, 'crossSite')
	}
}

/**
 * Express error handler, last in the chain: errors from the server's own
 * middleware (static files, Vite, a Remix build that fails to load) are
 * logged here with their stack and answered with a generic translated page.
 * Errors inside the app never get here; the app's error boundary answers them.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- Express recognises error handlers by their four parameters.
export function errorHandler(error, req, res, next) {
	console.error(error)
	// The response has started: nothing better can be sent than cutting it short.
	if (res.headersSent) return res.destroy()
	const status = Number(error?.status ?? error?.statusCode)
	const known = [400, 403, 404, 405].includes(status)
	sendMessagePage(req, res, known ? status : 500, known ? String(status) : '500')
}

// ---------------------------------------------------------------------------
// Translated messages, from the app's own locale files (the `errors` section).

const UI_LANGUAGES = ['en', 'fr', 'ar']
const RTL = new Set(['ar'])

const messages = Object.fromEntries(
	UI_LANGUAGES.map((lang) => {
		const file = new URL(`../locales/${lang}/common.json`, import.meta.url)
		const common = JSON.parse(fs.readFileSync(file, 'utf8'))
		return [lang, { appName: common.app.name, errors: common.errors }]
	}),
)

/**
 * The best UI language for an Accept-Language header, as the app chooses it
 * (app/domain/languages.ts, which plain Node cannot import): by quality, then
 * order, on the primary subtag; English when nothing matches.
 */
export function negotiateLanguage(acceptLanguage) {
	if (!acceptLanguage) return 'en'
	const ranked = acceptLanguage
		.split(',')
		.slice(0, 32)
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';')
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
			const quality = q ? Number.parseFloat(q.slice(2)) : 1
			return {
				tag: tag.trim().toLowerCase(),
				quality: Number.isFinite(quality) ? quality : 0,
				index,
			}
		})
		.filter((entry) => entry.tag && entry.quality > 0)
		.sort((a, b) => b.quality - a.quality || a.index - b.index)
	for (const { tag } of ranked) {
		const primary = tag.split('-')[0]
		if (UI_LANGUAGES.includes(primary)) return primary
	}
	return 'en'
}

function escapeHtml(text) {
	return String(text).replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
	)
}

/**
 * A minimal page with a translated title and message under `errors.<key>`:
 * no script, no style, nothing the Content-Security-Policy would block, and
 * nothing about the request or the error itself.
 */
export function messagePage(lang, key) {
	const { appName, errors } = messages[lang] ?? messages.en
	const { title, body } = errors[key] ?? messages.en.errors[key]
	return [
		'<!doctype html>',
		`<html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}">`,
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(title)} · ${escapeHtml(appName)}</title>`,
		`<h1>${escapeHtml(title)}</h1>`,
		`<p>${escapeHtml(body)}</p>`,
		`<p><a href="/${lang}">${escapeHtml(errors.home)}</a></p>`,
		'</html>',
		'',
	].join('\n')
}

/** The translated message (`errors.<key>.body`) alone, for answers in JSON. */
export function errorMessage(lang, key) {
	const { errors } = messages[lang] ?? messages.en
	return (errors[key] ?? messages.en.errors[key]).body
}

function sendMessagePage(req, res, status, key) {
	const lang = negotiateLanguage(req.get('accept-language'))
	res.status(status)
	res.set({
		'Content-Type': 'text/html; charset=utf-8',
		'Content-Language': lang,
		'Cache-Control': 'no-store',
		Vary: 'Accept-Language',
	})
	res.send(messagePage(lang, key))
}
