import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { type UiLanguage } from '#app/domain/languages.ts'
import { checkAccessibility, launchBrowser, signInAsDemo } from '#tests/support/browser.ts'

/**
 * Every public, workspace, review, administration and reporting page at a
 * small phone (320), a common phone (390) and a laptop (1366): nothing is
 * wider than the window, so no page scrolls sideways. A wide table may
 * scroll inside its own box; the page itself never does. Each page is seen
 * by the demo account whose role opens it, and also passes the
 * accessibility check (axe), in English and right to left in Arabic, at the
 * laptop width, where filters and menus are open rather than folded away.
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
	'/api',
	'/campaigns/demo-c-20',
	'/compare/demo-m-054',
	'/login',
	'/forgot-password',
	'/no-such-page',
]

/** The two of them that answer "not found", with a way on. */
const MISSING_PAGES = new Set(['/materials?page=99', '/no-such-page'])

/**
 * Each page also passes axe in these languages, at the laptop width, where
 * filters and menus are open rather than folded away.
 */
const AXE_LANGUAGES = ['en', 'ar'] as const satisfies readonly UiLanguage[]
const AXE_WIDTH = 1366

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

/** The demo rounds' ids, which the seed makes: each round's page is named by its title in /reports. */
async function roundIds(page: Page) {
	await page.goto('/en/reports', { waitUntil: 'load' })
	const ids = new Map<string, string>()
	for (const link of await page.locator('main a[href*="/reports/"]').all()) {
		const href = (await link.getAttribute('href')) ?? ''
		const match = /^\/en\/reports\/([^/]+)$/.exec(href)
		if (match) ids.set((await link.textContent())?.trim() ?? '', match[1]!)
	}
	return (title: string) => {
		const id = ids.get(title)
		if (!id) throw new Error(`no round "${title}" in /reports`)
		return `/reports/${id}`
	}
}

type RoundPath = Awaited<ReturnType<typeof roundIds>>

/** Who opens which pages. Each signs in once and sees its pages at every width. */
const WALKS: {
	who: string
	user: Parameters<typeof signInAsDemo>[1] | null
	pages: (round: RoundPath) => string[]
	/** What the pages must hold to be tested at their widest, done once after signing in. */
	prepare?: (page: Page) => Promise<void>
}[] = [
	{
		// The closed 2024 round is public: its page with the accepted reports
		// and their PDFs, its joint report, and a country's report (Japan's
		// measures are in Chinese).
		who: 'a reader who is not signed in',
		user: null,
		pages: (round) => [
			...PUBLIC_PAGES,
			'/reports',
			round('Biennial report 2024'),
			`${round('Biennial report 2024')}/joint`,
			`${round('Biennial report 2024')}/JP`,
		],
	},
	{
		who: "Israel's contributor",
		user: 'demo-u-il-contrib',
		pages: () => WORKSPACE_PAGES,
	},
	{
		// A member outside the open round's secretariat: the round as one
		// country sees it, and another country's accepted report.
		who: "France's coordinator",
		user: 'demo-u-fr-coord',
		pages: (round) => [
			'/workspace',
			'/workspace/permissions',
			'/workspace/export',
			'/team',
			round('Biennial report 2026'),
			`${round('Biennial report 2026')}/BE`,
		],
	},
	{
		// The open round's secretariat: its dashboard, a submitted report with
		// the decisions on it, the draft joint report, and Japan's own report
		// to write (opening it starts it, as it does for the country).
		who: "Japan's coordinator, the open round's secretariat",
		user: 'demo-u-jp-coord',
		pages: (round) => [
			round('Biennial report 2026'),
			`${round('Biennial report 2026')}/DE`,
			`${round('Biennial report 2026')}/joint`,
			`${round('Biennial report 2026')}/JP/edit`,
		],
	},
	{
		// The demo has nothing waiting for review: the review page of Israel's
		// published adaptation of a Moldovan poster names its source.
		who: 'the reviewer',
		user: 'demo-u-reviewer',
		pages: () => ['/review', '/review/demo-m-054', '/audit'],
	},
	{
		who: 'the administrator',
		user: 'demo-u-admin',
		pages: () => ['/team', '/admin/countries', '/admin/mail', '/reports/new'],
		// The outbox shows mails whole: one whose address is a single word
		// wider than a phone (a long local part, as some institutions use)
		// must wrap, in the mail's text and in its heading line alike.
		prepare: async (page) => {
			await page.goto('/en/team')
			await page
				.getByLabel('E-mail address')
				.fill(`awareness.programme.coordination.${Date.now()}@ministry-of-education.example.org`)
			await page.locator('#invite-role').selectOption('reviewer')
			await page.getByRole('button', { name: 'Send the invitation' }).click()
			await page.getByRole('status').filter({ hasText: 'Invitation sent' }).waitFor()
		},
	},
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

/**
 * Each page in each language: the ones too wide, any that did not open as
 * itself, and (when `axe`) the accessibility violations in English and Arabic.
 */
async function checkPages(page: Page, paths: string[], axe: boolean) {
	const problems: string[] = []
	const inaccessible: string[] = []
	for (const lang of LAYOUT_LANGUAGES) {
		for (const path of paths) {
			const url = `/${lang}${path}`
			const response = await page.goto(url, { waitUntil: 'load' })
			const landed = new URL(page.url())
			if (`${landed.pathname}${landed.search}` !== url) problems.push(`${url}: sent to ${landed}`)
			else if (!response?.ok() && !MISSING_PAGES.has(path))
				problems.push(`${url}: answered ${response?.status()}`)
			const { excess, culprits } = await overflowOf(page)
			if (excess > 0) problems.push(`${url}: ${excess}px too wide (${culprits.join(', ')})`)
			if (axe && (AXE_LANGUAGES as readonly string[]).includes(lang))
				for (const v of await checkAccessibility(page))
					inaccessible.push(`${url}: ${v.id} (${v.impact}) at ${v.targets.join(' | ')}`)
		}
	}
	return { problems, inaccessible }
}

describe.each(WALKS)('the pages of $who', ({ user, pages, prepare }) => {
	let context: BrowserContext
	let page: Page
	let paths: string[]
	beforeAll(async () => {
		// One page for all widths: the sign-in lasts, and an account with a
		// second factor gives its code once.
		context = await browser.newContext({ baseURL, locale: 'en-GB' })
		page = await context.newPage()
		if (user) await signInAsDemo(page, user)
		await prepare?.(page)
		paths = pages(await roundIds(page))
	})
	afterAll(async () => {
		await context?.close()
	})

	test.each(
		WIDTHS.map((width) => [
			width,
			width === AXE_WIDTH ? ', and each passes axe in English and Arabic' : '',
		]),
	)(
		'at %i px wide, none scrolls sideways in any language%s',
		async (width) => {
			await page.setViewportSize({ width, height: 800 })
			const { problems, inaccessible } = await checkPages(page, paths, width === AXE_WIDTH)
			expect.soft(problems).toEqual([])
			expect.soft(inaccessible).toEqual([])
		},
		180_000,
	)
})
