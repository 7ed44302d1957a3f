import { type AddressInfo } from 'node:net'
import express from 'express'
import { afterEach, describe, expect, test } from 'vitest'
import { rateLimits, rateLimitSetting, rateLimitSettings, RATE_LIMITS } from './rate-limit.js'
import { trustProxySetting } from './security.js'

describe('settings', () => {
	test('each limit has its default, a RATE_LIMIT_* number replaces it, 0 turns it off', () => {
		expect(rateLimitSettings({})).toEqual({ conversions: 30, zips: 10, search: 120, uploads: 30 })
		expect(rateLimitSettings({ RATE_LIMIT_SEARCH: '600', RATE_LIMIT_ZIPS: ' 0 ' })).toMatchObject({
			search: 600,
			zips: 0,
		})
	})

	test.each(['-1', '1.5', 'lots', '1e3', '99999999'])(
		'%s stops start-up with a clear message',
		(value) => {
			expect(() => rateLimitSetting('RATE_LIMIT_SEARCH', value, 120)).toThrow(
				/Invalid environment: RATE_LIMIT_SEARCH must be a whole number of requests per minute/,
			)
		},
	)

	test('each route belongs to the group its cost puts it in', () => {
		const group = (method: string, path: string, contentType = '') =>
			Object.entries(RATE_LIMITS).find(([, g]) =>
				g.applies({
					method,
					path,
					get: (name: string) => (name === 'content-type' ? contentType : undefined),
				} as never),
			)?.[0] ?? null
		expect(group('GET', '/download/abc/webp')).toBe('conversions')
		expect(group('HEAD', '/download/abc/pdf-a4')).toBe('conversions')
		expect(group('GET', '/template-preview/abc')).toBe('conversions')
		expect(group('GET', '/download/abc')).toBeNull()
		expect(group('GET', '/download/materials/abc/zip')).toBe('zips')
		expect(group('GET', '/api/v1/search')).toBe('search')
		expect(group('GET', '/api/v1/materials')).toBeNull()
		expect(group('GET', '/en/materials')).toBeNull()
		expect(group('POST', '/api/v1/materials/abc/files', 'multipart/form-data; boundary=x')).toBe(
			'uploads',
		)
		expect(group('POST', '/en/workspace/materials/abc', 'multipart/form-data; boundary=x')).toBe(
			'uploads',
		)
		expect(group('POST', '/en/login', 'application/x-www-form-urlencoded')).toBeNull()
	})
})

describe('the middleware in Express', () => {
	let close: (() => Promise<void>) | undefined
	afterEach(async () => {
		await close?.()
		close = undefined
	})

	async function serve(trustProxy?: string) {
		const app = express()
		app.set('trust proxy', trustProxySetting(trustProxy))
		app.use(rateLimits({ conversions: 2, zips: 1, search: 3, uploads: 1 }))
		app.use((_req, res) => res.send('served'))
		const server = app.listen(0, '127.0.0.1')
		await new Promise((resolve) => server.once('listening', resolve))
		close = () => new Promise((resolve) => server.close(() => resolve()))
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
	}

	test('a limited route says where the client stands; past the limit, 429 with Retry-After', async () => {
		const base = await serve()
		const first = await fetch(`${base}/api/v1/search?q=a`)
		expect(first.status).toBe(200)
		expect(first.headers.get('ratelimit-policy')).toMatch(/^"search"; q=3; w=60; pk=:[^:]+:$/)
		expect(first.headers.get('ratelimit')).toMatch(/^"search"; r=2; t=\d+$/)
		await fetch(`${base}/api/v1/search?q=b`)
		await fetch(`${base}/api/v1/search?q=c`)
		const refused = await fetch(`${base}/api/v1/search?q=d&ui=fr`)
		expect(refused.status).toBe(429)
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
		expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
		expect(refused.headers.get('cache-control')).toBe('no-store')
		// Problem details (RFC 9457), readable from another site's page.
		expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/)
		expect(refused.headers.get('access-control-allow-origin')).toBe('*')
		const message =
			'Trop de requêtes sont venues de votre connexion en peu de temps. Patientez un instant, puis réessayez.'
		expect(await refused.json()).toEqual({
			type: '/en/api#problem-rate_limited',
			title: 'Too many requests',
			status: 429,
			detail: message,
			code: 'rate_limited',
			error: { code: 'rate_limited', message },
		})
		// Other routes are not counted, nor limited.
		expect((await fetch(`${base}/api/v1/materials`)).status).toBe(200)
		expect((await fetch(`${base}/api/v1/materials`)).headers.get('ratelimit')).toBeNull()
	})

	test('a refused download or page gets a translated page, in the language it asked for', async () => {
		const base = await serve()
		await fetch(`${base}/download/materials/m1/zip?ui=ar`)
		const refused = await fetch(`${base}/download/materials/m1/zip?ui=ar`)
		expect(refused.status).toBe(429)
		expect(refused.headers.get('retry-after')).toBeTruthy()
		const html = await refused.text()
		expect(html).toContain('<html lang="ar" dir="rtl">')
		expect(html).toContain('طلبات كثيرة جدًا')
		expect(html).not.toMatch(/<script/i)

		const post = () =>
			fetch(`${base}/fr/workspace/materials/m1`, {
				method: 'POST',
				headers: { 'content-type': 'multipart/form-data; boundary=x' },
				body: '--x--\r\n',
			})
		expect((await post()).status).toBe(200)
		const upload = await post()
		expect(upload.status).toBe(429)
		expect(await upload.text()).toContain('Trop de requêtes')
	})

	test('each address has its own budget; X-Forwarded-For counts only behind a trusted proxy', async () => {
		const direct = await serve()
		const from = (address: string) =>
			fetch(`${direct}/download/materials/m1/zip`, { headers: { 'x-forwarded-for': address } })
		expect((await from('198.51.100.1')).status).toBe(200)
		// Reached directly, the header is anyone's to send: still the same client.
		expect((await from('198.51.100.2')).status).toBe(429)
		await close?.()

		const proxied = await serve('loopback')
		const via = (address: string) =>
			fetch(`${proxied}/download/materials/m1/zip`, { headers: { 'x-forwarded-for': address } })
		expect((await via('198.51.100.1')).status).toBe(200)
		expect((await via('198.51.100.1')).status).toBe(429)
		expect((await via('198.51.100.2')).status).toBe(200)
	})

	test('a limit of 0 is no limit', async () => {
		const app = express()
		app.use(rateLimits({ conversions: 0, zips: 0, search: 0, uploads: 0 }))
		app.use((_req, res) => res.send('served'))
		const server = app.listen(0, '127.0.0.1')
		await new Promise((resolve) => server.once('listening', resolve))
		close = () => new Promise((resolve) => server.close(() => resolve()))
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
		for (let i = 0; i < 5; i++) {
			const response = await fetch(`${base}/download/materials/m1/zip`)
			expect(response.status).toBe(200)
			expect(response.headers.get('ratelimit')).toBeNull()
		}
	})
})
