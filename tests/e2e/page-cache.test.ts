import crypto from 'node:crypto'
import { describe, expect, inject, test } from 'vitest'
import { type Browser } from 'playwright-core'
import {
	browserSession,
	launchBrowser,
	signInAsDemo,
	switchLanguage,
} from '#tests/support/browser.ts'

/**
 * The pages a crowd of anonymous readers asks for are rendered once per
 * change of the library and sent from memory (server/page-cache.js): what a
 * reader, a contributor or an attacker would notice of that.
 */

const baseURL = inject('baseURL')
const COMMIT = { waitUntil: 'commit' } as const
// demo-m-002: France's published leaflet on sextortion; no other test revises it.
// A French quiz no other browser test changes (they share one database).
const FRENCH_QUIZ = 'demo-m-005'
const { newPage } = browserSession(baseURL)

const get = (path: string, headers: Record<string, string> = {}) =>
	fetch(`${baseURL}${path}`, { headers })

function inlineScripts(html: string) {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes]) => !/\ssrc=/.test(attributes!))
		.map(([, attributes, content]) => ({ attributes: attributes!, content: content! }))
}

/** Asks until the page is answered from the cache (the first ask may render it). */
async function cached(path: string) {
	await get(path).then((r) => r.arrayBuffer())
	const response = await get(path)
	expect(response.headers.get('x-cache')).toBe('HIT')
	return response
}

describe('interface strings', () => {
	test('the catalog page names its strings file instead of carrying it', async () => {
		// Its weight depends on which cards it shows, and other browser tests
		// change those: `npm run bench:load` weighs it on the demo library.
		const response = await get('/en/materials')
		const html = await response.text()
		// A string of the account pages, which the catalog never shows.
		expect(html).not.toContain('Sign out everywhere')
		const file =
			/<link rel="preload" as="fetch" crossorigin="anonymous" href="(\/strings\/en\.[\w-]+\.json)"/.exec(
				html,
			)?.[1]
		expect(file).toBeDefined()
		const strings = await get(file!)
		expect(strings.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
		const json = (await strings.json()) as { account: Record<string, unknown> }
		expect(JSON.stringify(json.account)).toContain('Sign out everywhere')
		// Another language's file has another address.
		const french = await (await get('/fr/materials')).text()
		expect(french).toMatch(/href="\/strings\/fr\.[\w-]+\.json"/)
	})

	test('without JavaScript a cached page is translated; with it, it hydrates translated and changes language in place', async () => {
		const browser: Browser = await launchBrowser()
		try {
			const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false })
			const plain = await noScript.newPage()
			await plain.goto('/ar/materials')
			await expect(plain.locator('h1').textContent()).resolves.toBe('المواد')
			await noScript.close()
		} finally {
			await browser.close()
		}

		const page = await newPage()
		const violations: string[] = []
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
		})
		await cached('/fr/materials')
		await page.goto('/fr/materials')
		await page.getByRole('heading', { level: 1, name: 'Ressources' }).waitFor()
		// Hydrated: the language and the navigation links are followed on the client,
		// and what React renders after them is translated from the fetched strings.
		await switchLanguage(page, 'العربية')
		await page.waitForURL(/\/ar\/materials/, COMMIT)
		await page.getByRole('heading', { level: 1, name: 'المواد' }).waitFor()
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		await page.getByRole('link', { name: 'الحملات' }).first().click()
		await page.waitForURL(/\/ar\/campaigns/, COMMIT)
		await page.getByRole('heading', { level: 1, name: 'الحملات' }).waitFor()
		expect(violations).toEqual([])
	})
})

describe('the anonymous page cache', () => {
	test('a cached page carries no nonce, and its policy lists the hash of each of its inline scripts', async () => {
		const response = await cached('/en/materials')
		const policy = response.headers.get('content-security-policy')!
		expect(policy).not.toContain("'nonce-")
		expect(policy).toContain("'strict-dynamic'")
		expect(policy).toContain("object-src 'none'")
		const html = await response.text()
		expect(html).not.toMatch(/\snonce="/)
		const scripts = inlineScripts(html)
		expect(scripts.length).toBeGreaterThan(2)
		const listed = [...policy.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1])
		for (const { content } of scripts)
			expect(listed).toContain(crypto.createHash('sha256').update(content).digest('base64'))
		expect(response.headers.get('cache-control')).toMatch(/^public, .*stale-while-revalidate=\d+/)
		expect(response.headers.get('vary')).toMatch(/Cookie/)
	})

	test('a reader who has the page gets 304 Not Modified, then the whole page once it changed', async () => {
		const first = await cached('/en/countries')
		const etag = first.headers.get('etag')!
		expect(etag).toMatch(/^W\/"/)
		const again = await get('/en/countries', { 'if-none-match': etag })
		expect(again.status).toBe(304)
		expect(await again.text()).toBe('')
		const other = await get('/en/countries', { 'if-none-match': 'W/"something-else"' })
		expect(other.status).toBe(200)
	})

	test('a page for a session is rendered for it, never taken from nor put into the cache', async () => {
		const page = await newPage()
		await signInAsDemo(page, 'demo-u-fr-coord')
		const cookie = (await page.context().cookies())
			.filter((c) => c.name === 'ax_session')
			.map((c) => `${c.name}=${c.value}`)
			.join('; ')
		expect(cookie).toMatch(/^ax_session=/)

		const anonymous = await (await cached('/en/materials')).text()
		expect(anonymous).not.toContain('Sign out')
		const signedIn = await get('/en/materials', { cookie })
		expect(signedIn.headers.get('x-cache')).toBeNull()
		expect(signedIn.headers.get('cache-control')).toBe('private, no-cache')
		expect(signedIn.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/)
		const html = await signedIn.text()
		expect(html).toContain('Sign out')
		// Readers without a session still get the anonymous page.
		const after = await get('/en/materials')
		expect(after.headers.get('x-cache')).toBe('HIT')
		expect(await after.text()).not.toContain('Sign out')
	})

	test('a revision published by a reviewer shows on the next anonymous request', async () => {
		const corrected = `Que faire face à la sextorsion (révision ${Date.now()})`
		const before = await (await cached(`/fr/materials/${FRENCH_QUIZ}`)).text()
		expect(before).not.toContain(corrected)

		const france = await newPage()
		await signInAsDemo(france, 'demo-u-fr-coord')
		await france.goto(`/en/workspace/materials/${FRENCH_QUIZ}`)
		await france.getByRole('button', { name: 'Start a revision' }).click()
		await france.waitForURL(/\/en\/workspace\/materials\/[^/?]+\?revision=opened/, COMMIT)
		const revisionId = new URL(france.url()).pathname.split('/').pop()!
		await france
			.getByRole('region', { name: 'Edit' })
			.getByLabel('Description', { exact: true })
			.fill(corrected)
		await france.getByRole('button', { name: 'Save changes' }).click()
		await france.waitForURL(/saved=1/, COMMIT)
		await france.getByRole('button', { name: 'Submit for review' }).click()
		await france.waitForURL(/submitted=1/, COMMIT)
		// Saved and submitted, not published: the public still gets the kept page.
		const meanwhile = await get(`/fr/materials/${FRENCH_QUIZ}`)
		expect(await meanwhile.text()).not.toContain(corrected)

		const reviewer = await newPage()
		await signInAsDemo(reviewer, 'demo-u-reviewer')
		await reviewer.goto(`/en/review/${revisionId}`)
		await reviewer.getByRole('button', { name: 'Publish' }).click()
		await reviewer.getByRole('button', { name: 'Yes, publish it' }).click()
		await reviewer.waitForURL(/\/en\/review\?done=published/, COMMIT)

		const next = await get(`/fr/materials/${FRENCH_QUIZ}`)
		expect(next.headers.get('x-cache')).toBe('MISS')
		expect(await next.text()).toContain(corrected)
	})
})
