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
 * Why the exchange exists, done in a browser: Japan adapts France's poster
 * into Japanese in the guided flow (languages, translation, preview,
 * submission), leaving halfway and resuming from its workspace; a reviewer
 * sees the terminology advice and publishes it; it can be downloaded as PNG
 * and PDF, it is in the original's lineage, and France has been told. And
 * the other side: a French contributor turns a draft poster into a template
 * with the visual editor, covering words already on the artwork.
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
	test(
		'Japan adapts France’s poster in one guided flow, leaves, resumes, previews, submits; the reviewer sees the advice and publishes',
		{ timeout: 120_000 },
		async () => {
			const stamp = Date.now()
			const title = `ダメと言う、ブロックする、話す ${stamp}`
			const helpline = `0120-${String(stamp).slice(-3)}-${String(stamp).slice(-6, -3)}`

			const japanese = await newPage()
			await signInAsDemo(japanese, 'demo-u-jp-coord')
			await japanese.goto(`/en/materials/${FRENCH_POSTER}`)
			await japanese.getByRole('link', { name: 'Adapt this material' }).click()
			await japanese.waitForURL(new RegExp(`/en/adapt/${FRENCH_POSTER}$`), COMMIT)

			// Step 1: the steps are shown; Japanese is offered first, from the French version.
			const steps = japanese.getByRole('navigation', { name: 'Steps of the adaptation' })
			await expect(steps.locator('[aria-current="step"]').innerText()).resolves.toContain(
				'Languages and licence',
			)
			await expect(japanese.locator('#adapt-lang').inputValue()).resolves.toBe('ja')
			await expect(
				japanese.locator('#adapt-sourceVersionId option:checked').textContent(),
			).resolves.toContain('French')
			await expectAccessible(japanese)
			await japanese.getByRole('button', { name: 'Start the adaptation' }).click()
			await japanese.waitForURL(/\/en\/workspace\/adaptations\/[a-z0-9-]+\/translate$/, COMMIT)
			const flow = new URL(japanese.url()).pathname.replace(/\/translate$/, '')
			const adaptationId = flow.split('/').pop()!

			// Step 2, side by side; what is adapted is said on every step.
			await expect(japanese.locator('.adaptation-of').innerText()).resolves.toMatch(
				/Adaptation of Je dis non, je bloque, j’en parle \(France, French\) into Japanese/,
			)
			await expect(
				japanese.locator('.translate__source blockquote').first().textContent(),
			).resolves.toBe('Je dis non, je bloque, j’en parle')
			await japanese.locator('textarea[name="segment:title"]').fill(title)
			// A discouraged term is flagged as it is typed, before anything is saved.
			await japanese
				.locator('textarea[name="segment:description"]')
				.fill('児童ポルノの被害を防ぐための、6〜10歳向けの教室用ポスター。')
			await expect(
				japanese.locator('#segment-description-terms').innerText({ timeout: 5_000 }),
			).resolves.toContain('“\u2068児童ポルノ\u2069” is a discouraged term')
			await japanese.locator('textarea[name="segment:helpline"]').fill(helpline)
			await japanese
				.locator('textarea[name="segment:slot:headline"]')
				.fill('ダメと言う、ブロックする、話す！')
			await japanese
				.locator('textarea[name="segment:slot:body"]')
				.fill('写真や秘密を求められたら？「ダメ」と言っていい。\n\n優しい人でもブロックしよう。')
			await japanese.locator('textarea[name="segment:slot:footer"]').fill('日本 · DEMO')
			await japanese.getByRole('button', { name: 'Save', exact: true }).click()
			await japanese.waitForURL(/\/translate\?saved=1$/, COMMIT)
			await japanese.getByText('6 of 6 parts translated').first().waitFor()
			await expectAccessible(japanese)

			// They leave, and come back through their country's materials.
			await japanese.goto('/en/materials')
			await japanese.goto('/en/workspace')
			const row = japanese.getByRole('link', { name: title })
			await expect(row.getAttribute('href')).resolves.toBe(`${flow}/translate`)
			await row.click()
			await japanese.waitForURL(new RegExp(`${flow}/translate$`), COMMIT)
			await expect(steps.locator('[aria-current="step"]').innerText()).resolves.toContain(
				'Translate',
			)
			await expect(japanese.locator('textarea[name="segment:title"]').inputValue()).resolves.toBe(
				title,
			)

			// Step 3: the poster and the page as the public will see them.
			await japanese.getByRole('button', { name: 'Save and continue to the preview' }).click()
			await japanese.waitForURL(new RegExp(`${flow}/preview$`), COMMIT)
			await expect(japanese.locator('.public-preview h3').textContent()).resolves.toBe(title)
			await expect(japanese.locator('.public-preview .attribution').innerText()).resolves.toContain(
				'adapted from “Je dis non, je bloque, j’en parle” by France',
			)
			expect(await imageLoaded(japanese, '.public-preview img')).toBe(true)
			expect(await imageLoaded(japanese, 'img[alt^="Your poster in Japanese"]')).toBe(true)
			const posterUrl = await japanese
				.locator('img[alt^="Your poster in Japanese"]')
				.getAttribute('src')
			const poster = await japanese.request.get(posterUrl!)
			expect(poster.headers()['content-type']).toBe('image/png')
			const bare = await japanese.request.get(
				posterUrl!.replace('/template-preview/', '/template-background/').replace(/\?.*$/, ''),
			)
			const grey = (bytes: Buffer) => sharp(bytes).greyscale().raw().toBuffer()
			const [withText, without] = await Promise.all([
				grey(await poster.body()),
				grey(await bare.body()),
			])
			const changed = withText.reduce((n, v, i) => n + (Math.abs(v - without[i]!) > 40 ? 1 : 0), 0)
			// Not the bare background: the Japanese texts are on it.
			expect(changed / withText.length).toBeGreaterThan(0.01)
			await expectAccessible(japanese)

			// Each step has its own address: back, forward and reload keep the place.
			await japanese.goBack()
			await japanese.waitForURL(new RegExp(`${flow}/translate$`), COMMIT)
			await japanese.goForward()
			await japanese.waitForURL(new RegExp(`${flow}/preview$`), COMMIT)
			await japanese.reload()
			await expect(steps.locator('[aria-current="step"]').innerText()).resolves.toContain('Preview')

			// The same step, right to left.
			await japanese.goto(`/ar${flow.slice(3)}/preview`)
			await expect(japanese.locator('html').getAttribute('dir')).resolves.toBe('rtl')
			await expectAccessible(japanese)
			await japanese.goto(`${flow}/preview`)

			// Step 1 can be seen again, and changed while it is a draft.
			await japanese.getByRole('link', { name: /Languages and licence/ }).click()
			await japanese.waitForURL(new RegExp(`${flow}/languages$`), COMMIT)
			await expect(japanese.locator('#choices-lang').inputValue()).resolves.toBe('ja')
			await expectAccessible(japanese)
			await japanese.goto(`${flow}/preview`)

			// Step 4: what deserves a second look, then the submission.
			await japanese.getByRole('button', { name: 'Continue to the submission' }).click()
			await japanese.waitForURL(new RegExp(`${flow}/submit$`), COMMIT)
			await expect(japanese.locator('.checklist').innerText()).resolves.toContain(
				'1 discouraged term to look at again.',
			)
			await expectAccessible(japanese)
			await japanese.getByRole('button', { name: 'Submit for review' }).click()
			await japanese.waitForURL(/\/submit\?submitted=1$/, COMMIT)
			// The URL commits first; the page that says so renders after it.
			await japanese.getByRole('status').filter({ hasText: 'Submitted' }).first().waitFor()

			// The reviewer sees the terminology advice and the comparison, and publishes.
			const reviewer = await newPage()
			await signInAsDemo(reviewer, 'demo-u-reviewer')
			await reviewer.goto(`/en/review/${adaptationId}`)
			await expect(reviewer.locator('main').innerText()).resolves.toContain(
				'“\u2068児童ポルノ\u2069” is a discouraged term',
			)
			await expect(
				reviewer.getByRole('link', { name: 'Compare it with the original' }).getAttribute('href'),
			).resolves.toBe(`/en/compare/${adaptationId}`)
			await reviewer.getByRole('button', { name: 'Publish' }).click()
			await reviewer.getByRole('button', { name: 'Yes, publish it' }).click()
			await reviewer.waitForURL(/\/en\/review(\?|$)/, COMMIT)

			// Public: downloadable as PNG and as an A4 PDF, with its attribution.
			const visitor = await newPage()
			await visitor.goto(`/en/materials/${adaptationId}`)
			await expect(visitor.locator('h1').textContent()).resolves.toBe(title)
			await expect(visitor.locator('.attribution').innerText()).resolves.toMatch(/France/)
			// The poster is rendered as a PNG: its own format comes first in its group.
			const png = visitor.locator('.downloads').first().locator('a').first()
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
		},
	)
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
		// Covering the artwork under the box takes its colour from the artwork.
		const fill = page.locator('input[name="slot.0.fill"]')
		await page.locator('input[name="slot.0.fill"]').fill('#000000')
		await page.getByLabel('Cover the artwork under this box').first().check()
		await page.getByRole('button', { name: 'Take the colour from the artwork' }).first().click()
		await eventually(
			() => fill.inputValue(),
			(value) => value === '#f2e6c9',
		)
		await page.getByRole('button', { name: 'Save the template' }).click()
		await page.waitForURL(/\?saved=1$/, COMMIT)
		expect(Number(await page.locator('input[name="slot.0.y"]').inputValue())).toBe(dragged + 1)
		await expect(page.locator('input[name="slot.0.cover"]').isChecked()).resolves.toBe(true)
		await expect(fill.inputValue()).resolves.toBe('#f2e6c9')
		expect(await imageLoaded(page, 'img.template-preview')).toBe(true)
		await expectAccessible(page)
	})
})

describe('a poster that is no template', () => {
	// demo-m-002: a French leaflet, published as a picture with its words in it.
	const FLAT = 'demo-m-002'

	test('Japan asks France for a template; France makes it one through a revision, covering the words on the artwork', async () => {
		const japanese = await newPage()
		await signInAsDemo(japanese, 'demo-u-jp-coord')
		await japanese.goto(`/en/adapt/${FLAT}`)
		await expect(
			japanese.getByRole('heading', { name: 'This poster is not a template yet' }).count(),
		).resolves.toBe(1)
		await japanese
			.getByLabel('Message to the owning country (optional)')
			.last()
			.fill('Nous aimerions le traduire en japonais.')
		await japanese.getByRole('button', { name: 'Ask for a template' }).click()
		await japanese.getByRole('status').filter({ hasText: 'Your request was sent' }).waitFor()
		// Asked once: the page now says so instead of offering to ask again.
		await expect(japanese.locator('main').innerText()).resolves.toMatch(
			/Your country asked France for a template on .*; no answer yet\./,
		)
		await expectAccessible(japanese)

		// France's coordinator finds it in the inbox, with a link to the poster's template editor.
		const french = await newPage()
		await signInAsDemo(french, 'demo-u-fr-coord')
		await french.goto('/en/inbox')
		const message = french
			.locator('li')
			.filter({ hasText: 'A country asks for a template of your poster' })
		await expect(message.innerText()).resolves.toContain('Nous aimerions le traduire en japonais.')
		await message.getByRole('link').click()
		await french.waitForURL(new RegExp(`/en/workspace/templates/${FLAT}-fr$`), COMMIT)
		// The address commits before the page renders.
		await french.getByText('Countries asking for a template of this poster').waitFor()
		await expectAccessible(french)

		// Published work changes through a revision: the editor opens one.
		await french
			.getByRole('button', { name: 'Start a revision to make this poster a template' })
			.click()
		await french.waitForURL(/\/en\/workspace\/templates\/[^/]+\?revision=opened$/, COMMIT)
		const artwork = await sharp({
			create: { width: 600, height: 848, channels: 3, background: '#f2e6c9' },
		})
			.composite([
				{
					input: Buffer.from(
						'<svg width="600" height="848"><rect x="90" y="110" width="400" height="30" fill="#1b2430"/></svg>',
					),
				},
			])
			.png()
			.toBuffer()
		await french
			.getByLabel('Background image (PNG, JPEG or WebP)')
			.setInputFiles({ name: 'affiche.png', mimeType: 'image/png', buffer: artwork })
		await french.getByRole('button', { name: 'Use this background' }).click()
		await french.waitForURL(/\?background=1$/, COMMIT)
		await french.getByRole('button', { name: 'Add a text box' }).click()
		await french.waitForURL(/\?saved=1$/, COMMIT)
		await french.locator('textarea[name="slot.0.text"]').fill('Sextorsion : que faire ?')
		// Without choosing a colour, ticking the box takes the artwork's.
		await french.getByLabel('Cover the artwork under this box').first().check()
		await eventually(
			() => french.locator('input[name="slot.0.fill"]').inputValue(),
			(value) => value === '#f2e6c9',
		)
		await french.getByRole('button', { name: 'Save the template' }).click()
		await french.waitForURL(/\?saved=1$/, COMMIT)
		expect(await imageLoaded(french, 'img.template-preview')).toBe(true)
		await expectAccessible(french)
		await french.goto(french.url().replace('/en/', '/ar/'))
		await expect(french.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		await expectAccessible(french)
	})
})
