// Production and development server: Express in front of the Remix handler,
// so static assets get long-lived caching and start-up is one command.
import compression from 'compression'
import express from 'express'
import { createRequestHandler } from '@remix-run/express'
import { discardUnreadBodies } from './server/bodies.js'
import { createCachedRequestHandler, pageCacheSettings } from './server/page-cache.js'
import { rateLimits, rateLimitSettings } from './server/rate-limit.js'
import {
	appOriginSetting,
	dropUntrustedForwardedHeaders,
	errorHandler,
	refuseCrossOriginMutations,
	securityHeadersMiddleware,
	trustProxySetting,
} from './server/security.js'

const isProduction = process.env.NODE_ENV === 'production'
const port = Number(process.env.PORT || 3000)
// The public origin (e.g. https://awareness.example.org) that form posts must
// come from; without it, the origin each request was addressed to.
const appOrigin = appOriginSetting(process.env.APP_ORIGIN)
// Requests per minute and address on the costly routes (RATE_LIMIT_*).
const limits = rateLimitSettings()
// Megabytes of anonymous pages kept rendered (PAGE_CACHE_MB, 0: none).
const pageCache = pageCacheSettings(process.env.PAGE_CACHE_MB)

const viteDevServer = isProduction
	? undefined
	: await import('vite').then((vite) => vite.createServer({ server: { middlewareMode: true } }))

const app = express()
app.disable('x-powered-by')
// X-Forwarded-For/-Proto/-Host are believed only from the proxies TRUST_PROXY
// names: they decide req.secure (and so HSTS) and the origin posts must match.
app.set('trust proxy', trustProxySetting(process.env.TRUST_PROXY))
// Before anything reads them: from an untrusted peer they are removed, so
// no part of the app can build a URL or an address from them.
app.use(dropUntrustedForwardedHeaders())
// Then the headers on every response (pages, files, assets, errors), and a
// forged post refused before anything reads it.
app.use(securityHeadersMiddleware({ production: isProduction }))
app.use(refuseCrossOriginMutations({ appOrigin }))
// A form refused at its size limit leaves the rest of its body unread: it is
// discarded after the answer, so the connection stays usable (or is closed).
app.use(discardUnreadBodies())
// Conversions, zips, the search API and uploads: per client address, which
// honours X-Forwarded-For only as TRUST_PROXY says (req.ip).
app.use(rateLimits(limits))
app.use(compression())

if (viteDevServer) {
	app.use(viteDevServer.middlewares)
} else {
	// Vite fingerprints these file names, so they can be cached for a year.
	// A path that does not percent-decode cannot name a static file; it goes on
	// to the app, which answers with its own translated "not found" page
	// instead of the static server's bare 400.
	const staticOnly = (handler) => (req, res, next) =>
		decodes(req.path) ? handler(req, res, next) : next()
	// A folder is never a static file: it goes on to the app's "not found"
	// rather than a redirect to itself with a slash (/files/.. to /files/../).
	app.use(
		'/assets',
		staticOnly(
			express.static('build/client/assets', { immutable: true, maxAge: '1y', redirect: false }),
		),
	)
	app.use(staticOnly(express.static('build/client', { maxAge: '1h', redirect: false })))
}

function decodes(path) {
	try {
		decodeURIComponent(path)
		return true
	} catch {
		return false
	}
}

const build = viteDevServer
	? () => viteDevServer.ssrLoadModule('virtual:remix/server-build')
	: await import('./build/server/index.js')

// clientAddress feeds sign-in throttling; req.ip honours X-Forwarded-For
// only from the proxies TRUST_PROXY names. `forwarded`: the request came
// through a proxy that is not trusted (its headers were dropped), so a
// loopback address is the proxy's, not the browser's.
// The nonce reaches entry.server.tsx as context.cspNonce, which puts it on the
// inline scripts Remix renders.
const getLoadContext = (req, res) => ({
	cspNonce: res.locals.cspNonce,
	clientAddress: req.ip ?? '',
	forwarded: res.locals.forwardingRemoved === true,
})

// app.use, not app.all('*'): Express would percent-decode the wildcard and
// answer a malformed path with its own bare 400 before the app could.
// In production, pages every anonymous reader sees alike are rendered once
// per change of the library (server/page-cache.js, decision record 022);
// development renders every request, for hot reload.
app.use(
	typeof build === 'function'
		? createRequestHandler({ build, mode: 'development', getLoadContext })
		: createCachedRequestHandler({
				build,
				mode: isProduction ? 'production' : 'development',
				getLoadContext,
				generation: () => build.entry.module.publicLibraryGeneration(),
				maxBytes: pageCache.maxBytes,
				production: isProduction,
			}),
)

// Last: whatever failed outside the app gets a generic page, never a stack.
app.use(errorHandler)

const server = app.listen(port, () => {
	const address = server.address()
	const actualPort = typeof address === 'object' && address ? address.port : port
	console.log(`Awareness Exchange listening on http://localhost:${actualPort}`)
	if (!appOrigin)
		console.log(
			`APP_ORIGIN is unset: links in mail point to http://localhost:${port}, and demo accounts work from this computer; a deployment sets it to its public address`,
		)
	// Search readied now (settings, outbox, data in memory) rather than on the first search.
	const loaded = Promise.resolve(typeof build === 'function' ? build() : build)
	loaded
		.then((serverBuild) => serverBuild.entry.module.warmUp?.())
		.catch((error) =>
			console.error('search: warming up failed; it will load on the first search', error),
		)
	// What interrupted uploads leave is swept while the server runs, not only at start-up.
	loaded
		.then((serverBuild) => serverBuild.entry.module.startFileSweeper?.())
		.catch((error) => console.error('files: the sweeper did not start', error))
	// The demo library's images are seeded without renditions, so as not to delay
	// this start; they get them now, in the background, one at a time.
	loaded
		.then((serverBuild) => serverBuild.entry.module.addMissingRenditions?.())
		.catch((error) => console.error('renditions: adding the missing ones failed', error))
})

for (const signal of ['SIGTERM', 'SIGINT']) {
	process.on(signal, () => {
		// The Chromium that prints PDFs, if one was launched, is closed with the server.
		const closing = Promise.resolve(typeof build === 'function' ? build() : build)
			.then((serverBuild) => serverBuild.entry.module.closePdfBrowser?.())
			.catch(() => {})
		server.close(() => closing.finally(() => process.exit(0)))
	})
}
