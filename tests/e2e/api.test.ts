import http from 'node:http'
import { type AddressInfo } from 'node:net'
import { validate } from '@readme/openapi-parser'
import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { contractProblems } from '#tests/support/api-contract.ts'
import { expectAccessible, launchBrowser } from '#tests/support/browser.ts'

/**
 * The public API as another system meets it, through the production server
 * (security headers, compression, rate limits): its served description is
 * valid, every answer over the demo library matches it, and a page on
 * another origin can read it in a real browser.
 */

const baseURL = inject('baseURL')

let document: Parameters<typeof contractProblems>[3]
const problems: string[] = []
let calls = 0

/** GETs an API URL from the test, recording any break of the contract. */
async function get(path: string, headers: Record<string, string> = {}) {
	const response = await fetch(`${baseURL}${path}`, { headers })
	const body = response.status === 304 ? null : await response.json()
	calls++
	problems.push(...contractProblems(path, response.status, body, document))
	return { response, body }
}

beforeAll(async () => {
	const response = await fetch(`${baseURL}/api/v1/openapi.json`)
	document = await response.json()
})

describe('the served OpenAPI document', () => {
	test('is valid OpenAPI 3.1', async () => {
		const result = await validate(structuredClone(document) as never)
		expect(result.valid, JSON.stringify('errors' in result ? result.errors : [])).toBe(true)
	})

	test('describes every answer over the whole demo library: no server error, no schema break', async () => {
		const { body: list } = await get('/api/v1/materials?pageSize=100&ui=fr')
		expect(list.items.length).toBeGreaterThan(10)
		for (let page = 2; page <= list.pageCount; page++) await get(`/api/v1/materials?page=${page}`)
		for (const item of list.items as { id: string }[]) {
			await get(`/api/v1/materials/${item.id}`, { 'accept-language': 'ar' })
		}
		for (const query of ['q=sextortion', 'q=pédopiégeage&ui=ar', 'q=eltrnx', 'risk=grooming']) {
			await get(`/api/v1/search?${query}`)
		}
		for (const bad of [
			'/api/v1/materials?risk=%3Cscript%3E',
			'/api/v1/materials?pageSize=100000',
			'/api/v1/materials/does-not-exist',
			'/api/v1/search?age=%00%ff',
		]) {
			const { response } = await get(bad)
			expect(response.status, bad).toBeGreaterThanOrEqual(400)
			expect(response.headers.get('content-type'), bad).toMatch(/^application\/problem\+json/)
		}
		expect(calls).toBeGreaterThan(20)
		expect(problems).toEqual([])
	})

	test('an unchanged answer is 304 through the compressing server', async () => {
		const gzip = { 'accept-encoding': 'gzip' }
		const { response } = await get('/api/v1/materials?pageSize=5', gzip)
		const etag = response.headers.get('etag')!
		expect(etag).toMatch(/^W\//)
		expect(response.headers.get('vary')).toMatch(/Accept-Language/i)
		const again = await get('/api/v1/materials?pageSize=5', { ...gzip, 'if-none-match': etag })
		expect(again.response.status).toBe(304)
	})
})

describe('from another site', () => {
	let browser: Browser
	let portal: http.Server
	let portalURL: string

	beforeAll(async () => {
		browser = await launchBrowser()
		// A ministry's portal: another origin, with a page of its own.
		portal = http.createServer((_req, res) => {
			res.setHeader('content-type', 'text/html')
			res.end('<!doctype html><title>Portal</title><p>Portal')
		})
		await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve))
		portalURL = `http://127.0.0.1:${(portal.address() as AddressInfo).port}/`
	})

	afterAll(async () => {
		await browser?.close()
		await new Promise((resolve) => portal?.close(resolve))
	})

	test('a preflight is answered by the server, not refused as a cross-site request', async () => {
		const response = await fetch(`${baseURL}/api/v1/search?q=x`, {
			method: 'OPTIONS',
			headers: {
				origin: portalURL.slice(0, -1),
				'access-control-request-method': 'GET',
				'access-control-request-headers': 'if-none-match',
			},
		})
		expect(response.status).toBe(204)
		expect(response.headers.get('access-control-allow-origin')).toBe('*')
		expect(response.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/i)
	})

	test('a page on another origin reads materials, revalidates with its ETag and reads errors', async () => {
		const page = await browser.newPage()
		await page.goto(portalURL)
		const result = await page.evaluate(async (api) => {
			const first = await fetch(`${api}/api/v1/materials?pageSize=2&lang=fr`)
			const body = await first.json()
			const etag = first.headers.get('etag')
			// If-None-Match is not a simple header: the browser sends a preflight first.
			const again = await fetch(`${api}/api/v1/materials?pageSize=2&lang=fr`, {
				headers: { 'if-none-match': etag ?? '' },
				cache: 'no-store',
			})
			const refused = await fetch(`${api}/api/v1/search?risk=nope`)
			return {
				status: first.status,
				items: body.items.length,
				etag,
				again: again.status,
				refused: refused.status,
				problem: await refused.json(),
			}
		}, baseURL)
		expect(result.status).toBe(200)
		expect(result.items).toBeGreaterThan(0)
		expect(result.etag).toMatch(/^W\//)
		expect(result.again).toBe(304)
		expect(result.refused).toBe(400)
		expect(result.problem).toMatchObject({ code: 'invalid_parameter', param: 'risk' })
		await page.close()
	})
})

describe('the documentation page', () => {
	let browser: Browser

	beforeAll(async () => {
		browser = await launchBrowser()
	})

	afterAll(async () => {
		await browser?.close()
	})

	test.each([
		['en', 'API for developers', 'ltr'],
		['fr', 'API pour les développeurs', 'ltr'],
		['ar', 'واجهة برمجة التطبيقات للمطورين', 'rtl'],
	])(
		'in %s lists every parameter, every error and examples that answer',
		async (lang, title, dir) => {
			const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
			const foreign: string[] = []
			page.on('request', (request) => {
				if (!request.url().startsWith(baseURL)) foreign.push(request.url())
			})
			const response = await page.goto(`${baseURL}/${lang}/api`)
			expect(response!.status()).toBe(200)
			await expect(page.locator('h1').textContent()).resolves.toBe(title)
			await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir)
			// Every parameter the served description has, and no untranslated key.
			const text = (await page.locator('main').textContent()) ?? ''
			expect(text).not.toMatch(/apiDocs\./)
			for (const item of Object.values(document?.paths ?? {})) {
				for (const p of (item.get?.parameters ?? []) as { name: string }[]) {
					await expect(
						page.locator('th[scope="row"] code', { hasText: new RegExp(`^${p.name}$`) }).count(),
					).resolves.toBeGreaterThan(0)
				}
			}
			// The problem types the API's errors point at are anchors here.
			for (const code of ['invalid_parameter', 'not_found', 'rate_limited'])
				await expect(page.locator(`#problem-${code}`).count()).resolves.toBe(1)
			const examples = await page
				.locator('a[href^="/api/v1/"]')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
			expect(examples.length).toBeGreaterThanOrEqual(3)
			for (const href of examples) expect((await fetch(`${baseURL}${href}`)).status, href).toBe(200)
			// Nothing from elsewhere: no CDN, no internet needed.
			expect(foreign).toEqual([])
			await expectAccessible(page)
			await page.close()
		},
	)
})
