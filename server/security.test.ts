import http from 'node:http'
import { type AddressInfo } from 'node:net'
// The adapter's own URL building, which the package does not export by name.
import { createRemixRequest } from '@remix-run/express/dist/server.js'
import express from 'express'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { HOSTILE_HOSTS } from '#tests/fixtures/hostile-requests.ts'
import {
	appOriginSetting,
	contentSecurityPolicy,
	createNonce,
	dropUntrustedForwardedHeaders,
	errorHandler,
	isCrossOriginMutation,
	messagePage,
	negotiateLanguage,
	refuseCrossOriginMutations,
	securityHeaders,
	securityHeadersMiddleware,
	trustProxySetting,
} from './security.js'

const APP = 'https://awareness.example.org'

describe('isCrossOriginMutation', () => {
	const post = (headers: { origin?: string; secFetchSite?: string; referer?: string }) =>
		isCrossOriginMutation({ method: 'POST', appOrigin: APP, ...headers })

	test.each([
		['same origin', { origin: APP }, false],
		['same origin, spelled differently', { origin: 'HTTPS://Awareness.Example.org:443' }, false],
		['another site', { origin: 'https://evil.example' }, true],
		['a sibling subdomain', { origin: 'https://evil.example.org' }, true],
		['the same host over plain HTTP', { origin: 'http://awareness.example.org' }, true],
		['the same host on another port', { origin: 'https://awareness.example.org:8443' }, true],
		['origin "null" (sandboxed frame, data: page)', { origin: 'null' }, true],
		['an origin that is not a URL', { origin: 'garbage' }, true],
		[
			'Origin wins over a same-origin Sec-Fetch-Site',
			{ origin: 'https://evil.example', secFetchSite: 'same-origin' },
			true,
		],
		['no Origin, Sec-Fetch-Site same-origin', { secFetchSite: 'same-origin' }, false],
		['no Origin, Sec-Fetch-Site none (typed by the user)', { secFetchSite: 'none' }, false],
		['no Origin, Sec-Fetch-Site cross-site', { secFetchSite: 'cross-site' }, true],
		['no Origin, Sec-Fetch-Site same-site', { secFetchSite: 'same-site' }, true],
		[
			'no Origin nor Sec-Fetch-Site, Referer on this site',
			{ referer: `${APP}/en/materials?q=x` },
			false,
		],
		[
			'no Origin nor Sec-Fetch-Site, Referer on another site',
			{ referer: 'https://evil.example/form' },
			true,
		],
		['no Origin nor Sec-Fetch-Site, Referer that is not a URL', { referer: 'about:client' }, true],
		['no header at all (curl, scripts, tests)', {}, false],
	])('POST with %s', (_name, headers, refused) => {
		expect(post(headers)).toBe(refused)
	})

	test.each(['GET', 'HEAD', 'OPTIONS', 'get'])(
		'%s is never refused, whatever its origin',
		(method) => {
			expect(
				isCrossOriginMutation({
					method,
					origin: 'https://evil.example',
					secFetchSite: 'cross-site',
					referer: 'https://evil.example/',
					appOrigin: APP,
				}),
			).toBe(false)
		},
	)

	test.each(['PUT', 'PATCH', 'DELETE', 'PROPFIND', 'post'])('%s is checked like POST', (method) => {
		expect(isCrossOriginMutation({ method, origin: 'https://evil.example', appOrigin: APP })).toBe(
			true,
		)
		expect(isCrossOriginMutation({ method, origin: APP, appOrigin: APP })).toBe(false)
	})
})

describe('headers', () => {
	test('the production policy allows only our files and scripts carrying the nonce', () => {
		expect(contentSecurityPolicy('abc123==', { production: true })).toBe(
			"default-src 'self'; script-src 'self' 'nonce-abc123==' 'strict-dynamic'; " +
				"style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; " +
				"font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; " +
				"base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
		)
	})

	test('the development policy lets Vite connect and inject styles, and still wants the nonce', () => {
		const policy = contentSecurityPolicy('abc', { production: false })
		expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';")
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
		expect(policy).toContain("connect-src 'self' ws: wss:;")
		expect(policy).toContain("style-src 'self' 'unsafe-inline';")
		expect(policy).toContain("frame-ancestors 'none'")
	})

	test('every response gets the hardening headers; HSTS only over HTTPS', () => {
		const plain = securityHeaders({ nonce: 'n', secure: false })
		expect(plain).toEqual({
			'Content-Security-Policy': contentSecurityPolicy('n'),
			'X-Content-Type-Options': 'nosniff',
			'X-Frame-Options': 'DENY',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Cross-Origin-Opener-Policy': 'same-origin',
			'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
		})
		expect(securityHeaders({ nonce: 'n', secure: true })).toEqual({
			...plain,
			'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
		})
	})

	test('nonces are 16 random bytes in base64, different every time', () => {
		const nonces = new Set(Array.from({ length: 100 }, createNonce))
		expect(nonces.size).toBe(100)
		for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
	})
})

describe('settings', () => {
	test.each([
		[undefined, false],
		['', false],
		['false', false],
		['0', false],
		['true', true],
		['1', 1],
		['2', 2],
		['loopback', 'loopback'],
		['10.0.0.0/8, 127.0.0.1', '10.0.0.0/8, 127.0.0.1'],
	])('TRUST_PROXY=%j trusts %j', (value, setting) => {
		expect(trustProxySetting(value)).toEqual(setting)
	})

	test('APP_ORIGIN is reduced to an origin, and a bad value stops start-up', () => {
		expect(appOriginSetting(undefined)).toBeUndefined()
		expect(appOriginSetting('https://Awareness.example.org/some/path')).toBe(APP)
		expect(() => appOriginSetting('awareness.example.org')).toThrow(/APP_ORIGIN/)
		expect(() => appOriginSetting('ftp://awareness.example.org')).toThrow(/APP_ORIGIN/)
	})
})

describe('translated messages', () => {
	test.each([
		[null, 'en'],
		['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
		['de-DE,ar;q=0.5,fr;q=0.4', 'ar'],
		['en;q=0.1,fr;q=0.9', 'fr'],
		['de, ja', 'en'],
	])('Accept-Language %j reads %s', (header, lang) => {
		expect(negotiateLanguage(header)).toBe(lang)
	})

	test('the refusal says why, in the reader language and direction, with no script or style', () => {
		expect(messagePage('en', 'crossSite')).toContain(
			'<p>This form was sent from another site, so it was refused.</p>',
		)
		const fr = messagePage('fr', 'crossSite')
		expect(fr).toContain('<html lang="fr" dir="ltr">')
		expect(fr).toContain('<h1>Demande refusée</h1>')
		expect(fr).toContain('<a href="/fr">Aller à la page d’accueil</a>')
		const ar = messagePage('ar', 'crossSite')
		expect(ar).toContain('<html lang="ar" dir="rtl">')
		expect(ar).toContain('رُفض هذا النموذج لأنه أُرسل من موقع آخر.')
		for (const page of [fr, ar]) expect(page).not.toMatch(/<script|<style|style=/)
	})
})

describe('the middleware in Express', () => {
	let close: (() => Promise<void>) | undefined

	afterEach(async () => {
		await close?.()
		close = undefined
		vi.restoreAllMocks()
	})

	/** An app with the security middleware in front of a route that shows the nonce, or throws. */
	async function serve(options: { trustProxy?: string; appOrigin?: string } = {}) {
		const app = express()
		app.set('trust proxy', trustProxySetting(options.trustProxy))
		app.use(dropUntrustedForwardedHeaders())
		app.use(securityHeadersMiddleware({ production: true }))
		app.use(refuseCrossOriginMutations({ appOrigin: options.appOrigin }))
		app.get('/nonce', (_req, res) => res.send(res.locals.cspNonce))
		// What the app's loaders see: the URL the Remix adapter builds, and the address.
		app.get('/seen', (req, res) =>
			res.json({
				url: createRemixRequest(req, res).url,
				ip: req.ip,
				forwardingRemoved: res.locals.forwardingRemoved ?? false,
			}),
		)
		app.post('/form', (_req, res) => res.send('accepted'))
		app.get('/crash', () => {
			throw new Error('secret detail')
		})
		app.use(errorHandler)
		const server = app.listen(0, '127.0.0.1')
		await new Promise((resolve) => server.once('listening', resolve))
		close = () => new Promise((resolve) => server.close(() => resolve()))
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
	}

	test('each response carries its own nonce, and the policy names it', async () => {
		const base = await serve()
		const [a, b] = await Promise.all([fetch(`${base}/nonce`), fetch(`${base}/nonce`)])
		const [nonceA, nonceB] = [await a.text(), await b.text()]
		expect(nonceA).not.toBe(nonceB)
		expect(a.headers.get('content-security-policy')).toContain(`'nonce-${nonceA}'`)
		expect(a.headers.get('x-frame-options')).toBe('DENY')
		expect(a.headers.get('strict-transport-security')).toBeNull()
	})

	test('X-Forwarded-Proto counts only when TRUST_PROXY is set', async () => {
		const https = { headers: { 'x-forwarded-proto': 'https' } }
		const direct = await serve()
		expect(
			(await fetch(`${direct}/nonce`, https)).headers.get('strict-transport-security'),
		).toBeNull()
		await close?.()
		const proxied = await serve({ trustProxy: 'loopback' })
		expect((await fetch(`${proxied}/nonce`, https)).headers.get('strict-transport-security')).toBe(
			'max-age=31536000; includeSubDomains',
		)
	})

	/** GET /seen with headers fetch would refuse to send (Host among them). */
	function seen(base: string, headers: Record<string, string>) {
		return new Promise<{ url: string; ip: string; forwardingRemoved: boolean }>(
			(resolve, reject) => {
				const request = http.get(`${base}/seen`, { headers }, (response) => {
					let body = ''
					response.on('data', (chunk) => (body += chunk))
					response.on('end', () => resolve(JSON.parse(body)))
				})
				request.on('error', reject)
			},
		)
	}

	test.each(HOSTILE_HOSTS.map((h) => [h.why, h] as const))(
		'without TRUST_PROXY, the request URL takes nothing from forwarding headers: %s',
		async (_, host) => {
			const base = await serve()
			const { port } = new URL(base)
			const answer = await seen(base, { ...host.headers, 'x-forwarded-for': '192.0.2.1' })
			const url = new URL(answer.url)
			// Host is the browser's own header, so it may name any host, but
			// the port and protocol are where the request really arrived.
			expect(url.protocol).toBe('http:')
			expect(url.port).toBe(
				host.headers.host ? (new URL(`http://${host.headers.host}`).port ?? '') : port,
			)
			if (!host.headers.host) expect(url.hostname).toBe('127.0.0.1')
			expect(answer.ip).toBe('127.0.0.1')
			expect(answer.forwardingRemoved).toBe(true)
		},
	)

	test('behind a trusted proxy, its forwarding headers decide the URL and the address', async () => {
		const base = await serve({ trustProxy: 'loopback' })
		const answer = await seen(base, {
			'x-forwarded-host': 'awareness.example.org:8443',
			'x-forwarded-proto': 'https',
			'x-forwarded-for': '192.0.2.1',
		})
		expect(answer.url).toBe('https://awareness.example.org:8443/seen')
		expect(answer.ip).toBe('192.0.2.1')
		expect(answer.forwardingRemoved).toBe(false)
	})

	test('a cross-site post is refused with a translated, uncached 403', async () => {
		const base = await serve()
		const refused = await fetch(`${base}/form`, {
			method: 'POST',
			headers: { origin: 'https://evil.example', 'accept-language': 'ar' },
		})
		expect(refused.status).toBe(403)
		expect(refused.headers.get('cache-control')).toBe('no-store')
		expect(refused.headers.get('content-language')).toBe('ar')
		expect(refused.headers.get('content-security-policy')).toContain("default-src 'self'")
		expect(await refused.text()).toContain('رُفض هذا النموذج لأنه أُرسل من موقع آخر.')

		const same = await fetch(`${base}/form`, { method: 'POST', headers: { origin: base } })
		expect(await same.text()).toBe('accepted')
		const headless = await fetch(`${base}/form`, { method: 'POST' })
		expect(await headless.text()).toBe('accepted')
	})

	test('without APP_ORIGIN, the origin is the one the request was addressed to', async () => {
		const base = await serve({ trustProxy: 'loopback' })
		// Behind a trusted proxy, the public host and protocol come from it.
		const forwarded = {
			'x-forwarded-proto': 'https',
			'x-forwarded-host': 'awareness.example.org',
		}
		const post = (headers: Record<string, string>) =>
			fetch(`${base}/form`, { method: 'POST', headers: { ...forwarded, ...headers } })
		expect((await post({ origin: APP })).status).toBe(200)
		expect((await post({ origin: base })).status).toBe(403)
	})

	test('with APP_ORIGIN, only that origin may post', async () => {
		const base = await serve({ appOrigin: APP })
		const post = (origin: string) => fetch(`${base}/form`, { method: 'POST', headers: { origin } })
		expect((await post(APP)).status).toBe(200)
		expect((await post(base)).status).toBe(403)
	})

	test('an error outside the app is logged and answered 500 without any detail', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
		const base = await serve()
		const response = await fetch(`${base}/crash`, { headers: { 'accept-language': 'fr' } })
		expect(response.status).toBe(500)
		expect(response.headers.get('cache-control')).toBe('no-store')
		const body = await response.text()
		expect(body).toContain('<h1>Une erreur s’est produite</h1>')
		expect(body).not.toMatch(/secret detail|at .*\.(ts|js):\d+/)
		expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'secret detail' }))
	})
})
