import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { launchBrowser, signInAsDemo } from '#tests/support/browser.ts'
import { hydrationErrors } from '#tests/support/hydration.ts'
import { type DEMO_USERS } from '#prisma/demo/accounts.ts'

/**
 * The pages that sort language and country names or write figures, in the
 * languages Chromium has no formatting or collation data for: the browser
 * names and orders them as the server did, so the page hydrates instead of
 * React throwing it away (and the page falling back to English). Each page
 * is opened by the demo account whose role shows its lists: Israel's
 * contributor for a draft and an adaptation of its own (the languages a
 * version or an adaptation can be written in), an administrator for the
 * export and the other pages that list every country, Japan's coordinator
 * for the dashboard of the round Japan holds the secretariat of.
 */

const baseURL = inject('baseURL')
const LANGUAGES = ['hy', 'ka', 'km', 'sq'] as const
const COMMIT = { waitUntil: 'commit' } as const

let browser: Browser
beforeAll(async () => {
	browser = await launchBrowser()
})
afterAll(async () => {
	await browser?.close()
})

/** A page signed in as `user`, for every page of that user's tests. */
function signedIn(user: (typeof DEMO_USERS)[number]['id'], locale = 'en-GB') {
	let page: Page
	beforeAll(async () => {
		const context = await browser.newContext({ baseURL, locale })
		page = await context.newPage()
		await signInAsDemo(page, user)
	})
	afterAll(async () => {
		await page?.context().close()
	})
	return () => page
}

describe('a contributor’s draft and adaptation', () => {
	const page = signedIn('demo-u-il-contrib')
	// A draft of its own and an adaptation of France's poster (demo-m-006) in progress, both editable.
	let draftPath: string
	let adaptationPath: string
	beforeAll(async () => {
		await page().goto('/en/workspace/materials/new')
		await page().locator('#draft-title').fill(`Poster ${Date.now()}`)
		await page().locator('#draft-description').fill('A poster for schools.')
		await page().locator('#draft-resourceType').selectOption('poster')
		await page().locator('#draft-licence').selectOption('cc-by-4.0')
		await page().getByLabel('Teachers and educators').check()
		await page().getByLabel('Grooming').check()
		await page().getByRole('button', { name: 'Save the draft' }).click()
		await page().waitForURL(/\/en\/workspace\/materials\/[a-z0-9-]+\?saved=1/, COMMIT)
		draftPath = new URL(page().url()).pathname.replace(/^\/en\//, '/')
		await page().goto('/en/adapt/demo-m-006')
		await page().getByRole('button', { name: 'Start the adaptation' }).click()
		await page().waitForURL(/\/en\/workspace\/adaptations\/[a-z0-9-]+\/translate$/, COMMIT)
		adaptationPath = new URL(page().url()).pathname
			.replace(/^\/en\//, '/')
			.replace(/\/translate$/, '/languages')
	})
	test.each(LANGUAGES)('%s: a new draft’s form hydrates', async (lang) => {
		expect(await hydrationErrors(page(), `/${lang}/workspace/materials/new`)).toEqual([])
		expect(await page().locator('#draft-lang option').count()).toBeGreaterThan(10)
	})
	test.each(LANGUAGES)('%s: the workspace page of a draft hydrates', async (lang) => {
		expect(await hydrationErrors(page(), `/${lang}${draftPath}`)).toEqual([])
		// The languages a new version can be written in, each named in the page's language.
		expect(await page().locator('#version-lang option').count()).toBeGreaterThan(10)
	})
	test.each(LANGUAGES)('%s: the languages step of an adaptation hydrates', async (lang) => {
		expect(await hydrationErrors(page(), `/${lang}${adaptationPath}`)).toEqual([])
		expect(await page().locator('#choices-lang option').count()).toBeGreaterThan(10)
	})
	test.each(LANGUAGES)('%s: adapting a published material hydrates', async (lang) => {
		expect(await hydrationErrors(page(), `/${lang}/adapt/demo-m-001`)).toEqual([])
		expect(await page().locator('#adapt-lang option').count()).toBeGreaterThan(10)
	})
})

describe('an administrator’s lists of every country', () => {
	const page = signedIn('demo-u-admin')
	test.each(LANGUAGES)('%s: the export page hydrates', async (lang) => {
		expect(await hydrationErrors(page(), `/${lang}/workspace/export`)).toEqual([])
		expect(await page().locator('table tbody tr').count()).toBeGreaterThan(1)
	})
	// Pages whose country choices are sorted by name too.
	test.each(
		LANGUAGES.flatMap((lang) =>
			['/admin/countries', '/team', '/audit', '/reports/new'].map((path) => [lang, path]),
		),
	)('%s: %s hydrates', async (lang, path) => {
		expect(await hydrationErrors(page(), `/${lang}${path}`)).toEqual([])
	})
})

describe('a browser set to another language than the page', () => {
	// A list sorted in the browser's own language is not the server's: Estonian
	// sorts "z" after "s", Czech "ch" after "h" (Chinese after Hungarian).
	const admin = signedIn('demo-u-admin', 'et-EE')
	const contributor = signedIn('demo-u-il-contrib', 'cs-CZ')
	test.each(['/admin/countries', '/team', '/audit', '/reports/new'])(
		'en: %s hydrates',
		async (path) => {
			expect(await hydrationErrors(admin(), `/en${path}`)).toEqual([])
		},
	)
	test('en: a new draft’s form hydrates', async () => {
		expect(await hydrationErrors(contributor(), '/en/workspace/materials/new')).toEqual([])
	})
})

describe('the secretariat’s dashboard of a round', () => {
	const page = signedIn('demo-u-jp-coord')
	let roundPath: string
	beforeAll(async () => {
		await page().goto('/en/reports')
		await page().getByRole('link', { name: 'Biennial report 2026' }).first().click()
		await page().getByRole('heading', { level: 1, name: 'Biennial report 2026' }).waitFor()
		roundPath = new URL(page().url()).pathname.replace(/^\/en\//, '/')
	})
	test.each(LANGUAGES)('%s: the round’s page with its dashboard hydrates', async (lang) => {
		expect(await hydrationErrors(page(), `/${lang}${roundPath}`)).toEqual([])
		// Every Alliance country, in the order of its name in the page's language.
		const rows = page().locator('section[aria-labelledby="dashboard-title"] table tbody tr')
		expect(await rows.count()).toBeGreaterThan(50)
	})
})
