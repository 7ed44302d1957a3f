import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import {
	eventually,
	expectAccessible,
	launchBrowser,
	withoutIsolates,
} from '#tests/support/browser.ts'

const baseURL = inject('baseURL')
let browser: Browser
let page: Page

beforeAll(async () => {
	browser = await launchBrowser()
	const context = await browser.newContext({ baseURL, locale: 'en-GB' })
	page = await context.newPage()
})

afterAll(async () => {
	await browser?.close()
})

const heading = async () => withoutIsolates(await page.locator('#results-title').textContent())

describe('searching the library', () => {
	test('results follow the words as they are typed, across languages, and the URL keeps the search', async () => {
		await page.goto('/en/materials')
		const field = page.getByLabel('Words, in any language')
		await field.click()
		await page.keyboard.type('pédopiégeage', { delay: 30 })
		// No Enter: the results update by themselves after a pause.
		const title = await eventually(heading, (text) =>
			/materials? for “pédopiégeage”/.test(text ?? ''),
		)
		expect(title).toMatch(/^\d+ materials? for “pédopiégeage”$/)
		expect(new URL(page.url()).searchParams.get('q')).toBe('pédopiégeage')
		await expect(field.inputValue()).resolves.toBe('pédopiégeage')

		// The French word is highlighted where it occurs, in French: a material's
		// title or snippet, or a campaign's summary (other browser tests revise
		// the demo's French materials).
		const mark = page.locator('main mark').first()
		await expect(mark.textContent()).resolves.toBe('pédopiégeage')
		await expect(
			mark.evaluate((el) => el.parentElement!.closest('[lang]')!.getAttribute('lang')),
		).resolves.toBe('fr')
		// Materials in other languages come through the topic, and say so.
		await expect(
			page.getByText('Also showing materials about: Grooming / online solicitation'),
		).toBeTruthy()
		const why = await page.locator('.card__why').allTextContents()
		expect(
			why.some((text) => text.startsWith('Matched the topic “Grooming / online solicitation”')),
		).toBe(true)
		await expectAccessible(page)
	})

	test('a filter narrows the results and its facet keeps the other values with counts', async () => {
		await page.goto('/en/materials?q=parents')
		const before = Number((await heading())!.replace(/\D/g, ''))
		const risk = page.getByRole('group', { name: 'Risk' })
		const sextortion = risk.getByLabel(/Sexual extortion/)
		await sextortion.check()
		await page.waitForURL((url) => url.searchParams.getAll('risk').includes('sextortion'))
		expect(new URL(page.url()).searchParams.get('q')).toBe('parents')
		const after = Number(
			(await eventually(heading, (text) => Number(text!.replace(/\D/g, '')) !== before))!.replace(
				/\D/g,
				'',
			),
		)
		expect(after).toBeGreaterThan(0)
		expect(after).toBeLessThan(before)
		// The other risks are still offered, with their own counts.
		const options = await risk.locator('label').allTextContents()
		expect(options.length).toBeGreaterThan(1)
		expect(options.every((text) => /\d$/.test(text))).toBe(true)
	})

	test('a misspelling that matches nothing offers the corrected search', async () => {
		await page.goto('/en/materials?q=grmoing')
		await expect(heading()).resolves.toBe('0 materials for “grmoing”')
		const suggestion = page.locator('.did-you-mean a')
		await expect(suggestion.textContent()).resolves.toBe('grooming')
		await suggestion.click()
		await page.waitForURL((url) => url.searchParams.get('q') === 'grooming')
		await eventually(
			heading,
			(text) => /^\d+ materials for “grooming”$/.test(text ?? '') && !text!.startsWith('0 '),
		)
	})

	test('hostile search text is just words: the page answers and stays usable', async () => {
		for (const q of ['"NEAR(a b)" ^title: *)', '<script>alert(1)</script>', 'x'.repeat(5_000)]) {
			const response = await page.goto(`/en/materials?q=${encodeURIComponent(q)}`)
			expect(response!.status(), q.slice(0, 20)).toBe(200)
			await expect(
				page.locator('script:not([src]):not([type])', { hasText: 'alert(1)' }).count(),
			).resolves.toBe(0)
		}
	})

	test('Arabic search reads right to left and passes the accessibility check', async () => {
		await page.goto(`/ar/materials?q=${encodeURIComponent('الاستدراج')}`)
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		await expect(page.locator('.card__snippet mark').first().textContent()).resolves.toBe(
			'الاستدراج',
		)
		await expectAccessible(page)
	})
})

describe('searching without JavaScript', () => {
	test('the search box on every page submits a plain GET search', async () => {
		const context = await browser.newContext({ baseURL, locale: 'fr-FR', javaScriptEnabled: false })
		const plain = await context.newPage()
		await plain.goto('/fr/countries')
		await plain.getByRole('search').getByLabel('Rechercher des ressources').fill('sextorsion')
		await plain.getByRole('search').getByRole('button', { name: 'Rechercher' }).click()
		await plain.waitForURL(
			(url) => url.pathname === '/fr/materials' && url.searchParams.get('q') === 'sextorsion',
		)
		await expect(
			plain.locator('#results-title').textContent().then(withoutIsolates),
		).resolves.toMatch(/^\d+ ressources pour « sextorsion »$/)
		// The filters form works the same way, keeping the words.
		await plain
			.getByRole('group', { name: 'Langue' })
			.getByLabel(/espagnol/)
			.check()
		await plain.getByRole('button', { name: 'Appliquer les filtres' }).click()
		await plain.waitForURL(
			(url) => url.searchParams.get('lang') === 'es' && url.searchParams.get('q') === 'sextorsion',
		)
		await context.close()
	})
})
