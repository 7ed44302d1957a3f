import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { directionOf, languageTag, UI_LANGUAGES, type UiLanguage } from '#app/domain/languages.ts'
import { NAMESPACES } from '#app/i18n/config.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import { checkAccessibility, launchBrowser, signInAsDemo } from '#tests/support/browser.ts'
import { openHydrated } from '#tests/support/hydration.ts'

/**
 * The home page, the catalog, a material and the workspace in each of the 38
 * languages, on a phone: the page says its language and direction, passes
 * axe, does not scroll sideways, and shows no English string of the
 * interface (a key missing in the language falls back to English, which a
 * reader sees as a leak).
 */

const baseURL = inject('baseURL')

const PUBLIC_PAGES = ['', '/materials', '/materials/demo-m-043']
const WORKSPACE_PAGES = ['/workspace']

function flatten(value: unknown, prefix = ''): [string, string][] {
	if (typeof value === 'string') return [[prefix, value]]
	if (!value || typeof value !== 'object') return []
	return Object.entries(value).flatMap(([key, inner]) =>
		flatten(inner, prefix ? `${prefix}.${key}` : key),
	)
}

/**
 * The English interface strings that must not appear on a page in `lang`:
 * whole strings without placeholders, of a word or more, whose translation
 * differs (a brand or a licence name the language keeps is no leak).
 */
function englishOnlyStrings(lang: UiLanguage) {
	const byText = new Map<string, boolean>()
	// A word the language writes like English somewhere ("Filter", "Video") is its own, not a leak.
	const own = new Set(NAMESPACES.flatMap((ns) => flatten(RESOURCES[lang][ns]).map(([, t]) => t)))
	for (const ns of NAMESPACES) {
		const translated = new Map(flatten(RESOURCES[lang][ns]))
		for (const [key, text] of flatten(RESOURCES.en[ns])) {
			if (text.includes('{{') || text.includes('<') || !/\p{L}{3}/u.test(text)) continue
			const kept = translated.get(key) === text || own.has(text)
			byText.set(text, (byText.get(text) ?? true) && !kept)
		}
	}
	return new Set([...byText].filter(([, leaks]) => leaks).map(([text]) => text))
}

/** The interface's text on the page: text nodes and labels outside user content (marked with its own lang). */
async function interfaceText(page: Page, pageLang: string) {
	return page.evaluate((pageLang) => {
		const texts: string[] = []
		const ownLanguage = (el: Element | null) => {
			const marked = el?.closest('[lang]')
			return (
				!marked || marked === document.documentElement || marked.getAttribute('lang') === pageLang
			)
		}
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement
			if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue
			if (!ownLanguage(parent) || parent.closest('.lang-menu__list, bdi')) continue
			const text = node.textContent!.replace(/\s+/g, ' ').trim()
			if (text) texts.push(text)
		}
		for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
			if (!ownLanguage(el)) continue
			for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
				const value = el.getAttribute(name)?.trim()
				if (value) texts.push(value)
			}
		}
		return texts
	}, pageLang)
}

let browser: Browser
let anonymous: BrowserContext
let signedIn: BrowserContext
beforeAll(async () => {
	browser = await launchBrowser()
	const viewport = { width: 390, height: 800 }
	anonymous = await browser.newContext({ baseURL, locale: 'en-GB', viewport })
	signedIn = await browser.newContext({ baseURL, locale: 'en-GB', viewport })
	await signInAsDemo(await signedIn.newPage(), 'demo-u-fr-contrib')
}, 60_000)
afterAll(async () => {
	await browser?.close()
})

describe.each(UI_LANGUAGES)('the interface in %s', (lang) => {
	const leaks = lang === 'en' ? new Set<string>() : englishOnlyStrings(lang)
	const tag = languageTag(lang)

	async function check(page: Page, path: string) {
		const url = `/${lang}${path}`
		// A page the browser would write differently from the server (a date, a
		// language's name) fails to hydrate: React says so in the console.
		const { response, errors, stop, hydrated } = await openHydrated(page, url)
		await hydrated()
		const problems: string[] = []
		if (response?.status() !== 200) problems.push(`${url}: answered ${response?.status()}`)
		const html = page.locator('html')
		if ((await html.getAttribute('lang')) !== tag) problems.push(`${url}: lang is not ${tag}`)
		if ((await html.getAttribute('dir')) !== directionOf(lang)) problems.push(`${url}: wrong dir`)
		const excess = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		)
		if (excess > 0) problems.push(`${url}: ${excess}px wider than a 390 px phone`)
		const english = (await interfaceText(page, tag)).filter((text) => leaks.has(text))
		if (english.length)
			problems.push(`${url}: English strings ${JSON.stringify([...new Set(english)])}`)
		for (const v of await checkAccessibility(page))
			problems.push(`${url}: axe ${v.id} at ${v.targets.join(', ')}`)
		stop()
		for (const error of errors) problems.push(`${url}: ${error}`)
		return problems
	}

	test('home, catalog and a material page', async () => {
		const page = await anonymous.newPage()
		const problems: string[] = []
		for (const path of PUBLIC_PAGES) problems.push(...(await check(page, path)))
		await page.close()
		expect(problems).toEqual([])
	}, 60_000)

	test('the workspace of a signed-in contributor', async () => {
		const page = await signedIn.newPage()
		const problems: string[] = []
		for (const path of WORKSPACE_PAGES) problems.push(...(await check(page, path)))
		await page.close()
		expect(problems).toEqual([])
	}, 60_000)
})
