import { type Page } from 'playwright-core'
import sharp from 'sharp'
import { describe, expect, inject, test } from 'vitest'
import {
	browserSession,
	eventually,
	expectAccessible,
	signInAsDemo,
} from '#tests/support/browser.ts'

/**
 * Why the exchange exists, done in a browser: Israel adapts France's poster
 * into Arabic with its own helpline number, previews the poster, submits
 * it; a reviewer publishes it; it can be downloaded as PNG and PDF, it is
 * in the original's lineage, and France has been told. And the other side:
 * a French contributor turns a draft poster into a template with the
 * visual editor.
 */

const baseURL = inject('baseURL')
const COMMIT = { waitUntil: 'commit' } as const
// demo-m-006: a French classroom poster (CC BY 4.0) with a helpline number, a template in the demo data.
const FRENCH_POSTER = 'demo-m-006'
const { newPage } = browserSession(baseURL)

/** Whether an <img> has loaded and decoded to a picture. */
async function imageLoaded(page: Page, selector: string) {
	await page.locator(selector).scrollIntoViewIfNeeded()
	return eventually(
		() =>
			page
				.locator(selector)
				.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
		(ok) => ok,
	)
}

describe('adapting a poster into another language', () => {
	test('France’s poster → Arabic for Israel → reviewed → downloadable, in lineage, France told', async () => {
		const stamp = Date.now()
		const helpline = `1-800-${String(stamp).slice(-6, -3)}-${String(stamp).slice(-3)}`
		const title = `قل لا، احظر، تكلّم ${stamp}`

		const israeli = await newPage()
		await signInAsDemo(israeli, 'demo-u-il-contrib')
		await israeli.goto(`/en/materials/${FRENCH_POSTER}`)
		await israeli.getByRole('link', { name: 'Adapt this material' }).click()
		await israeli.waitForURL(new RegExp(`/en/adapt/${FRENCH_POSTER}`), COMMIT)
		await israeli.locator('#adapt-lang').selectOption('ar')
		await israeli.getByRole('button', { name: 'Start the adaptation' }).click()
		await israeli.waitForURL(/\/en\/workspace\/adaptations\/[a-z0-9-]+$/, COMMIT)
		const adaptationId = new URL(israeli.url()).pathname.split('/').pop()!

		// Side by side: the French text beside each Arabic field, right to left.
		await expect(
			israeli.locator('textarea[name="segment:title"]').getAttribute('dir'),
		).resolves.toBe('rtl')
		await expect(
			israeli.locator('.translate__source blockquote').first().textContent(),
		).resolves.toBe('Je dis non, je bloque, j’en parle')
		await israeli.locator('textarea[name="segment:title"]').fill(title)
		await israeli
			.locator('textarea[name="segment:description"]')
			.fill('ملصق للصفوف يذكّر بالخطوات الثلاث، للأطفال من 6 إلى 10 سنوات.')
		await israeli.locator('textarea[name="segment:helpline"]').fill(helpline)
		await israeli.locator('textarea[name="segment:slot:headline"]').fill('أقول لا، أحظر، أتكلّم!')
		await israeli
			.locator('textarea[name="segment:slot:body"]')
			.fill('هل يطلب منك أحد صورة أو سرًّا؟ يمكنك أن تقول لا.\n\nاحظر الشخص حتى لو كان لطيفًا.')
		await israeli.locator('textarea[name="segment:slot:footer"]').fill('إسرائيل · DEMO')
		await israeli.getByRole('button', { name: 'Save and preview the poster' }).click()
		await israeli.waitForURL(/\?saved=1$/, COMMIT)
		await expect(
			israeli.getByRole('status').filter({ hasText: 'Saved' }).textContent(),
		).resolves.toMatch(/continue at any time/)
		await expect(israeli.locator('main').innerText()).resolves.toContain('6 of 6 parts translated')

		// The preview is the Arabic poster, rendered from the French template.
		expect(await imageLoaded(israeli, 'img[alt^="Your poster in Arabic"]')).toBe(true)
		const previewUrl = await israeli
			.locator('img[alt^="Your poster in Arabic"]')
			.getAttribute('src')
		const preview = await israeli.request.get(previewUrl!)
		expect(preview.headers()['content-type']).toBe('image/png')
		const meta = await sharp(await preview.body()).metadata()
		expect([meta.width, meta.height]).toEqual([800, 1131])
		// Not the bare background: the Arabic texts are on it.
		const backgroundUrl = previewUrl!
			.replace('/template-preview/', '/template-background/')
			.replace(/\?.*$/, '')
		const bare = await israeli.request.get(backgroundUrl)
		const grey = (bytes: Buffer) => sharp(bytes).greyscale().raw().toBuffer()
		const [withText, without] = await Promise.all([
			grey(await preview.body()),
			grey(await bare.body()),
		])
		const changed = withText.reduce((n, v, i) => n + (Math.abs(v - without[i]!) > 40 ? 1 : 0), 0)
		expect(changed / withText.length).toBeGreaterThan(0.01)
		await expectAccessible(israeli)

		// The compare view shows the helpline beside the French one.
		await israeli.getByRole('link', { name: 'Compare with the original' }).click()
		await israeli.waitForURL(new RegExp(`/en/compare/${adaptationId}`), COMMIT)
		await expect(israeli.locator('table').innerText()).resolves.toContain(helpline)
		await expect(israeli.locator('table').innerText()).resolves.toContain('0 800 000 111')
		await expectAccessible(israeli)

		// The draft's poster can already be printed, by its country only.
		await israeli.goto(`/en/workspace/materials/${adaptationId}`)
		const draftPdf = (await israeli
			.locator('a[href$="/pdf-a4?ui=en"]')
			.first()
			.getAttribute('href'))!
		const printed = await israeli.request.get(draftPdf)
		expect(printed.status()).toBe(200)
		expect((await printed.body()).subarray(0, 5).toString()).toBe('%PDF-')
		const stranger = await newPage()
		expect((await stranger.request.get(draftPdf)).status()).toBe(404)
		await expectAccessible(israeli)

		// Submitted like any material.
		await israeli.getByRole('button', { name: 'Submit for review' }).click()
		await israeli.waitForURL(/submitted=1/, COMMIT)

		const reviewer = await newPage()
		await signInAsDemo(reviewer, 'demo-u-reviewer')
		await reviewer.goto(`/en/review/${adaptationId}`)
		await reviewer.getByRole('button', { name: 'Publish' }).click()
		// Publishing asks for confirmation first.
		await reviewer.getByRole('button', { name: 'Yes, publish it' }).click()
		await reviewer.waitForURL(/\/en\/review(\?|$)/, COMMIT)

		// Public: downloadable as PNG and as an A4 PDF, with its attribution.
		const visitor = await newPage()
		await visitor.goto(`/en/materials/${adaptationId}`)
		await expect(visitor.locator('h1').textContent()).resolves.toBe(title)
		await expect(visitor.locator('.attribution').innerText()).resolves.toMatch(/France/)
		const png = visitor.locator('a[href$="/png?ui=en"]').first()
		const pdf = visitor.locator('a[href$="/pdf-a4?ui=en"]').first()
		const pngResponse = await visitor.request.get((await png.getAttribute('href'))!)
		expect(pngResponse.status()).toBe(200)
		expect((await pngResponse.body()).subarray(1, 4).toString()).toBe('PNG')
		const pdfResponse = await visitor.request.get((await pdf.getAttribute('href'))!)
		expect(pdfResponse.status()).toBe(200)
		expect((await pdfResponse.body()).subarray(0, 5).toString()).toBe('%PDF-')
		await expectAccessible(visitor)

		// The original lists it in its family.
		await visitor.goto(`/en/materials/${FRENCH_POSTER}`)
		await expect(visitor.locator('.lineage').innerText()).resolves.toContain(title)

		// France's coordinator has been told.
		const french = await newPage()
		await signInAsDemo(french, 'demo-u-fr-coord')
		await french.goto('/en/inbox')
		await expect(french.locator('main').innerText()).resolves.toMatch(/adapted/i)
		await expect(
			french.locator(`a[href$="/materials/${adaptationId}"]`).count(),
		).resolves.toBeGreaterThan(0)
	})
})

describe('making a poster a template', () => {
	test('a French contributor sets the background, adds a box, drags it and saves', async () => {
		const page = await newPage()
		await signInAsDemo(page, 'demo-u-fr-contrib')
		await page.goto('/en/workspace/materials/new')
		await page.locator('#draft-title').fill(`Affiche modèle ${Date.now()}`)
		await page.locator('#draft-description').fill('Une affiche à traduire.')
		await page.locator('#draft-resourceType').selectOption('poster')
		await page.locator('#draft-licence').selectOption('cc-by-4.0')
		await page.getByLabel('Teachers and educators').check()
		await page.getByLabel('Grooming').check()
		await page.getByRole('button', { name: 'Save the draft' }).click()
		await page.waitForURL(/\/en\/workspace\/materials\/[a-z0-9-]+\?saved=1/, COMMIT)
		await page.getByRole('link', { name: 'Poster template' }).first().click()
		await page.waitForURL(/\/en\/workspace\/templates\//, COMMIT)
		await expectAccessible(page)

		const background = await sharp({
			create: { width: 600, height: 848, channels: 3, background: '#f2e6c9' },
		})
			.png()
			.toBuffer()
		await page
			.getByLabel('Background image (PNG, JPEG or WebP)')
			.setInputFiles({ name: 'fond.png', mimeType: 'image/png', buffer: background })
		await page.getByRole('button', { name: 'Use this background' }).click()
		await page.waitForURL(/\?background=1$/, COMMIT)
		await page.getByRole('button', { name: 'Add a text box' }).click()
		await page.waitForURL(/\?saved=1$/, COMMIT)

		// Drag the box 100 display pixels down; the y field follows.
		const box = page.locator('.template-editor__canvas [role="button"]').first()
		await box.waitFor()
		const y = page.locator('input[name="slot.0.y"]')
		const before = Number(await y.inputValue())
		const area = (await box.boundingBox())!
		await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2)
		await page.mouse.down()
		await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2 + 50, { steps: 5 })
		await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2 + 100, { steps: 5 })
		await page.mouse.up()
		await eventually(
			async () => Number(await y.inputValue()),
			(value) => value > before + 50,
		)
		// And one pixel more with the keyboard.
		const dragged = Number(await y.inputValue())
		await box.focus()
		await page.keyboard.press('ArrowDown')
		expect(Number(await y.inputValue())).toBe(dragged + 1)

		await page.locator('textarea[name="slot.0.text"]').fill('Parle à un adulte de confiance')
		await page.getByRole('button', { name: 'Save the template' }).click()
		await page.waitForURL(/\?saved=1$/, COMMIT)
		expect(Number(await page.locator('input[name="slot.0.y"]').inputValue())).toBe(dragged + 1)
		expect(await imageLoaded(page, 'img.template-preview')).toBe(true)
		await expectAccessible(page)
	})
})
