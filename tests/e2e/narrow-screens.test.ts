import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import {
	eventually,
	expectAccessible,
	launchBrowser,
	signInAsDemo,
	withoutIsolates,
} from '#tests/support/browser.ts'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
	browser = await launchBrowser()
})
afterAll(async () => {
	await browser?.close()
})

/** A page in a context of its own: a phone (390 × 844) or a laptop (1366 × 768). */
async function open(size: 'phone' | 'laptop', options: { javaScript?: boolean } = {}) {
	const viewport = size === 'phone' ? { width: 390, height: 844 } : { width: 1366, height: 768 }
	const context = await browser.newContext({
		baseURL,
		locale: 'en-GB',
		viewport,
		javaScriptEnabled: options.javaScript ?? true,
	})
	return context.newPage()
}

const filterToggle = (page: Page) => page.locator('summary.filters__toggle')
const groomingBox = (page: Page) =>
	page.getByRole('checkbox', { name: 'Grooming / online solicitation' })

describe('the catalog on a phone', () => {
	test('the first results are on the first screen; the filters wait behind a disclosure', async () => {
		const page = await open('phone')
		await page.goto('/en/materials')
		const firstCard = await page.locator('.cards .card').first().boundingBox()
		expect(firstCard!.y).toBeLessThan(844)
		await expect(groomingBox(page).isVisible()).resolves.toBe(false)
		await filterToggle(page).click()
		await expect(groomingBox(page).isVisible()).resolves.toBe(true)
		await expectAccessible(page)
		await page.context().close()
	})

	test('chosen filters stay in sight as chips, and a chip takes its filter away', async () => {
		const page = await open('phone')
		await page.goto('/en/materials?risk=grooming&lang=fr')
		await expect(filterToggle(page).textContent()).resolves.toBe('Filters 2 chosen')
		const chips = page.locator('.active-filters .chip')
		await expect(chips.allTextContents()).resolves.toEqual([
			'Grooming / online solicitation (remove this filter)×',
			'French (remove this filter)×',
		])
		await expect(chips.first().isVisible()).resolves.toBe(true)
		await page.getByRole('link', { name: 'French (remove this filter)' }).click()
		await page.waitForURL((url) => !url.searchParams.has('lang'))
		expect(new URL(page.url()).searchParams.getAll('risk')).toEqual(['grooming'])
		await expect(
			eventually(
				() => chips.count(),
				(n) => n === 1,
			),
		).resolves.toBe(1)
		await page.context().close()
	})

	test('without JavaScript, the disclosure opens and the filters apply', async () => {
		const page = await open('phone', { javaScript: false })
		await page.goto('/en/materials')
		await filterToggle(page).click()
		await groomingBox(page).check()
		await page.getByRole('button', { name: 'Apply filters' }).click()
		await page.waitForURL((url) => url.searchParams.get('risk') === 'grooming')
		await expect(page.locator('.active-filters .chip').count()).resolves.toBe(1)
		await page.context().close()
	})
})

describe('the catalog on a laptop', () => {
	test('the filters stand open beside the results, with no disclosure to open', async () => {
		const page = await open('laptop')
		await page.goto('/en/materials')
		await expect(groomingBox(page).isVisible()).resolves.toBe(true)
		await expect(filterToggle(page).isVisible()).resolves.toBe(false)
		await page.context().close()
	})

	test('without JavaScript too', async () => {
		const page = await open('laptop', { javaScript: false })
		await page.goto('/en/materials')
		await expect(groomingBox(page).isVisible()).resolves.toBe(true)
		await page.context().close()
	})
})

describe('pages that are not there, and searches that find nothing', () => {
	test('a page number past the last says so and leads to the last page', async () => {
		const page = await open('phone')
		const response = await page.goto('/en/materials?page=99')
		expect(response!.status()).toBe(404)
		const text = (await page.locator('#results').textContent()) ?? ''
		expect(text).toMatch(/There is no page 99: there are \d pages\./)
		expect(text).not.toMatch(/Showing|Page 99 of/)
		await page.getByRole('link', { name: /Go to the last page/ }).click()
		await page.waitForURL((url) => Number(url.searchParams.get('page')) < 99)
		// The URL changes as the data arrives; the cards render just after.
		await page.locator('.cards .card').first().waitFor()
		await expect(page.locator('.cards .card').count()).resolves.toBeGreaterThan(0)
		await page.context().close()
	})

	test('a search that finds nothing speaks of filters only when there are some', async () => {
		const page = await open('phone')
		await page.goto('/en/materials?q=zzqxv')
		const alone = withoutIsolates(await page.locator('.empty').textContent()) ?? ''
		expect(alone).toContain('Nothing matches “zzqxv”.')
		expect(alone).not.toMatch(/filter/i)
		await page.goto('/en/materials?q=zzqxv&risk=grooming')
		await expect(page.locator('.empty').textContent().then(withoutIsolates)).resolves.toContain(
			'Nothing matches “zzqxv” with these filters.',
		)
		await page.context().close()
	})
})

describe('the header', () => {
	test('signed in, it stays one line on a laptop; the menu opens, closes on Escape and gives the focus back', async () => {
		const page = await open('laptop')
		await signInAsDemo(page, 'demo-u-fr-coord')
		await page.goto('/en/workspace')
		const header = await page.locator('.site-header').boundingBox()
		expect(header!.height).toBeLessThan(70)
		const toggle = page.locator('.account-menu__toggle')
		await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false')
		await expect(page.getByRole('link', { name: 'Workspace' }).isVisible()).resolves.toBe(false)
		// From the keyboard.
		await toggle.focus()
		await page.keyboard.press('Enter')
		await expect(
			eventually(
				() => toggle.getAttribute('aria-expanded'),
				(v) => v === 'true',
			),
		).resolves.toBe('true')
		await expect(page.getByRole('link', { name: 'Workspace' }).isVisible()).resolves.toBe(true)
		await expect(page.getByRole('link', { name: 'People' }).isVisible()).resolves.toBe(true)
		await expectAccessible(page)
		await page.keyboard.press('Tab')
		await page.keyboard.press('Escape')
		await expect(
			eventually(
				() => toggle.getAttribute('aria-expanded'),
				(v) => v === 'false',
			),
		).resolves.toBe('false')
		await expect(page.getByRole('link', { name: 'Workspace' }).isVisible()).resolves.toBe(false)
		await expect(
			page.evaluate(() => document.activeElement?.classList.contains('account-menu__toggle')),
		).resolves.toBe(true)
		// A choice in the menu takes you there and closes it.
		await toggle.click()
		await page.getByRole('link', { name: 'People' }).click()
		await page.waitForURL(/\/en\/team/)
		await expect(
			eventually(
				() => toggle.getAttribute('aria-expanded'),
				(v) => v === 'false',
			),
		).resolves.toBe('false')
		await page.context().close()
	})

	test('without JavaScript the menu still opens', async () => {
		const page = await open('phone', { javaScript: false })
		await signInAsDemo(page, 'demo-u-fr-contrib')
		await page.goto('/en/workspace')
		await page.locator('.account-menu__toggle').click()
		await expect(page.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(true)
		await page.context().close()
	})

	test('the search placeholder is whole in every language, on a phone and on a laptop', async () => {
		for (const size of ['phone', 'laptop'] as const) {
			const page = await open(size)
			for (const lang of ['en', 'fr', 'ar']) {
				await page.goto(`/${lang}/countries`)
				const room = await page.locator('#header-q').evaluate((input: HTMLInputElement) => {
					const style = getComputedStyle(input)
					const context = document.createElement('canvas').getContext('2d')!
					context.font = `${style.fontSize} ${style.fontFamily}`
					const inner =
						input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
					return inner - context.measureText(input.placeholder).width
				})
				expect(room, `${lang} on a ${size}`).toBeGreaterThan(0)
			}
			await page.context().close()
		}
	})
})

describe('choosing a file', () => {
	test('on a French page the file button is in French, reached from the keyboard, and names the file', async () => {
		const page = await open('phone')
		await signInAsDemo(page, 'demo-u-fr-contrib')
		await page.goto('/fr/workspace/materials/new')
		await page.locator('#draft-title').fill(`Affiche ${Date.now()}`)
		await page.locator('#draft-resourceType').selectOption('poster')
		await page.locator('#draft-licence').selectOption('cc-by-4.0')
		await page.getByLabel('Enseignants et éducateurs').check()
		await page.getByLabel('Pédopiégeage / sollicitation en ligne').check()
		await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
		await page.waitForURL(/\/fr\/workspace\/materials\/[a-z0-9-]+\?saved=1/, {
			waitUntil: 'commit',
		})
		const upload = page.locator('form.upload').first()
		const button = upload.locator('.file-picker__button')
		await expect(button.textContent()).resolves.toBe('Choisir un fichier')
		await expect(button.isVisible()).resolves.toBe(true)
		await expect(upload.locator('.file-picker__state').textContent()).resolves.toContain(
			'Aucun fichier choisi',
		)
		// The native input (which would say "Choose File") is out of sight...
		const input = upload.locator('input[type=file]')
		const box = await input.boundingBox()
		expect(box!.width).toBeLessThanOrEqual(1)
		// ...but the keyboard reaches it, and its focus shows on the button.
		await input.focus()
		await page.keyboard.press('Shift+Tab')
		await page.keyboard.press('Tab')
		await expect(
			page.evaluate(() => (document.activeElement as HTMLInputElement).type),
		).resolves.toBe('file')
		await expect(button.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe('solid')
		await input.setInputFiles({
			name: 'affiche.png',
			mimeType: 'image/png',
			buffer: Buffer.from('x'),
		})
		await expect(upload.locator('.file-picker__state').textContent()).resolves.toContain(
			'affiche.png',
		)
		await expectAccessible(page)
		await page.context().close()
	})
})

describe('right to left', () => {
	test('on Arabic pages, French titles keep their own direction', async () => {
		const page = await open('phone')
		await signInAsDemo(page, 'demo-u-fr-contrib')
		await page.goto('/ar/workspace')
		const titles = page.locator('table a bdi')
		expect(await titles.count()).toBeGreaterThan(0)
		const french = await titles.evaluateAll((nodes) =>
			nodes
				.filter((n) => n.getAttribute('lang') === 'fr')
				.map((n) => [n.getAttribute('dir'), n.textContent]),
		)
		expect(french.length).toBeGreaterThan(0)
		expect(french.every(([dir]) => dir === 'ltr')).toBe(true)
		await page.goto('/ar/countries/FR')
		await expect(page.locator('main ul a bdi[dir="ltr"]').count()).resolves.toBeGreaterThan(0)
		await page.context().close()
	})
})
