import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { type UiLanguage } from '#app/domain/languages.ts'
import { launchBrowser, signInAsDemo } from '#tests/support/browser.ts'

/**
 * Every public and workspace page at a small phone (320), a common phone
 * (390) and a laptop (1366): nothing is wider than the window, so no page
 * scrolls sideways. A wide table may scroll inside its own box; the page
 * itself never does.
 *
 * In the languages that stretch a layout most: English, French, both
 * right-to-left scripts, and the longest words (German and Finnish
 * compounds). Every other language is checked on its main pages at 390 px by
 * languages.test.ts; all 38 here would be 3,600 page loads.
 */
const LAYOUT_LANGUAGES = [
	'en',
	'fr',
	'ar',
	'he',
	'de',
	'fi',
] as const satisfies readonly UiLanguage[]

const baseURL = inject('baseURL')

const WIDTHS = [320, 390, 1366] as const

/** Pages anyone can open: the catalog in its states, a material with a long family, a campaign... */
const PUBLIC_PAGES = [
	'',
	'/materials',
	'/materials?risk=grooming&audience=parents-carers&lang=fr&country=FR',
	'/materials?page=99',
	'/materials?q=zzqxv',
	'/materials/demo-m-043',
	'/materials/demo-m-054',
	'/countries',
	'/countries/IL',
	'/campaigns',
	'/reports',
	'/api',
	'/campaigns/demo-c-20',
	'/compare/demo-m-054',
	'/login',
	'/forgot-password',
	'/no-such-page',
]

/** Pages of Israel's demo contributor: Hebrew and Arabic content, a poster template, an adaptation. */
const WORKSPACE_PAGES = [
	'/workspace',
	'/workspace/materials/new',
	'/workspace/materials/demo-m-054',
	'/workspace/adaptations/demo-m-054/languages',
	'/workspace/adaptations/demo-m-054/translate',
	'/workspace/adaptations/demo-m-054/preview',
	'/workspace/adaptations/demo-m-054/submit',
	'/workspace/templates/demo-m-054-he',
	'/workspace/campaigns',
	'/workspace/campaigns/new',
	'/workspace/campaigns/demo-c-20',
	'/adapt/demo-m-001',
	'/inbox',
	'/account',
	'/account/two-factor',
]

let browser: Browser
beforeAll(async () => {
	browser = await launchBrowser()
})
afterAll(async () => {
	await browser?.close()
})

/** How much wider than the window the page is, and the widest culprits when it is. */
async function overflowOf(page: Page) {
	return page.evaluate(() => {
		const root = document.documentElement
		const excess = root.scrollWidth - root.clientWidth
		if (excess <= 0) return { excess, culprits: [] as string[] }
		const culprits = [...document.querySelectorAll('body *')]
			.filter((el) => {
				const box = el.getBoundingClientRect()
				return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1)
			})
			.slice(-5)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
		return { excess, culprits }
	})
}

/** Each page in each language: the ones too wide, and any that did not open as itself. */
async function checkPages(page: Page, paths: string[]) {
	const problems: string[] = []
	for (const lang of LAYOUT_LANGUAGES) {
		for (const path of paths) {
			const url = `/${lang}${path}`
			await page.goto(url, { waitUntil: 'load' })
			const landed = new URL(page.url())
			if (`${landed.pathname}${landed.search}` !== url) problems.push(`${url}: sent to ${landed}`)
			const { excess, culprits } = await overflowOf(page)
			if (excess > 0) problems.push(`${url}: ${excess}px too wide (${culprits.join(', ')})`)
		}
	}
	return problems
}

describe.each(WIDTHS)('at %i px wide', (width) => {
	let context: BrowserContext
	let page: Page
	beforeAll(async () => {
		// One context per width: the sign-in below lasts for all its pages.
		context = await browser.newContext({
			baseURL,
			locale: 'en-GB',
			viewport: { width, height: 800 },
		})
		page = await context.newPage()
	})
	afterAll(async () => {
		await context?.close()
	})

	test('no public page scrolls sideways, in any language', async () => {
		expect(await checkPages(page, PUBLIC_PAGES)).toEqual([])
	}, 120_000)

	test('no workspace page of a signed-in contributor scrolls sideways, in any language', async () => {
		await signInAsDemo(page, 'demo-u-il-contrib')
		expect(await checkPages(page, WORKSPACE_PAGES)).toEqual([])
	}, 120_000)
})
