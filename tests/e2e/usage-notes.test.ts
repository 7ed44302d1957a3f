import { describe, expect, inject, test } from 'vitest'
import {
	browserSession,
	eventually,
	expectAccessible,
	launchBrowser,
	signInAsDemo,
} from '#tests/support/browser.ts'

/**
 * "Used in our country" in Chromium against the demo seed: Belgium's
 * coordinator says, without JavaScript, that a French video was used in
 * Belgium, with an outcome figure; after a reload the note is on the page
 * and counted in its facts; an anonymous reader sees it too. Each page
 * passes axe in English and in Arabic.
 */

const baseURL = inject('baseURL')
const COMMIT = { waitUntil: 'commit' } as const
const { newPage } = browserSession(baseURL)

// A French video the demo has no note on: Belgium's note is the first.
const MATERIAL = '/materials/demo-m-003'

describe('a country says it used another country’s material', () => {
	test('Belgium’s coordinator notes it without JavaScript; everyone reads it, in English and Arabic', async () => {
		const note = `Shown as it was in 45 secondary schools in Liège (${Date.now()}); pupils asked for it in Dutch.`
		const browser = await launchBrowser()
		try {
			const context = await browser.newContext({ baseURL, javaScriptEnabled: false })
			const belgium = await context.newPage()
			await signInAsDemo(belgium, 'demo-u-be-coord')
			await belgium.goto(`/en${MATERIAL}`)
			const section = belgium.locator('section.usage')
			await section
				.getByRole('heading', { name: 'Used in your country? Say how it went' })
				.waitFor()

			// A figure without what it counts is refused, with the note kept as typed.
			await section.getByLabel('How it went', { exact: true }).fill(note)
			await section.getByLabel('Outcome figure (optional)').fill('45')
			await section.getByRole('button', { name: 'Save the note' }).click()
			await section.getByText('Choose what the figure counts.').waitFor()
			await expect(section.getByLabel('How it went', { exact: true }).inputValue()).resolves.toBe(
				note,
			)

			await section.getByLabel('What the figure counts').selectOption('schools')
			await section.getByRole('button', { name: 'Save the note' }).click()
			await belgium.waitForURL(/\?usage=added/, COMMIT)
			await belgium.getByText('Thank you: your country’s note is published.').waitFor()

			await belgium.reload()
			const mine = belgium.locator('.usage__note', { hasText: note })
			await expect(mine.locator('strong').textContent()).resolves.toBe('Belgium')
			await expect(mine.locator('.usage__outcome').textContent()).resolves.toBe(
				'Outcome: 45 schools',
			)
			await expect(mine.locator('p[dir="auto"]').textContent()).resolves.toBe(note)
			// The facts count it; the form now edits the country's note.
			await expect(belgium.locator('.facts').getByText('In 1 other country').count()).resolves.toBe(
				1,
			)
			await section.getByRole('heading', { name: 'Your country’s note' }).waitFor()
		} finally {
			await browser.close()
		}

		// With JavaScript, where axe can run: the filled form, a refusal, and the Arabic page.
		const belgium = await newPage()
		await signInAsDemo(belgium, 'demo-u-be-coord')
		await belgium.goto(`/en${MATERIAL}`)
		const section = belgium.locator('section.usage')
		await expect(section.getByLabel('How it went', { exact: true }).inputValue()).resolves.toBe(
			note,
		)
		await expectAccessible(belgium)
		await section.getByLabel('Outcome figure (optional)').fill('-3')
		await section.getByRole('button', { name: 'Save changes' }).click()
		await section.getByText('Enter a whole number, 0 or more, or leave the figure empty.').waitFor()
		await expect(
			section.getByLabel('Outcome figure (optional)').getAttribute('aria-invalid'),
		).resolves.toBe('true')
		await expectAccessible(belgium)
		await belgium.goto(`/ar${MATERIAL}`)
		await belgium.getByRole('heading', { name: 'استُخدم في دول أخرى' }).waitFor()
		await expect(belgium.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		await belgium.getByRole('heading', { name: 'ملاحظة بلدكم' }).waitFor()
		await expectAccessible(belgium)

		const reader = await newPage()
		await reader.goto(`/en${MATERIAL}`)
		const shown = await eventually(
			() => reader.locator('.usage__note', { hasText: note }).count(),
			(n) => n === 1,
		)
		expect(shown).toBe(1)
		await expect(reader.locator('section.usage form').count()).resolves.toBe(0)
		await expectAccessible(reader)
		await reader.goto(`/ar${MATERIAL}`)
		await reader.locator('.usage__note', { hasText: note }).waitFor()
		await expect(reader.locator('.usage__outcome').first().textContent()).resolves.toBe(
			'النتيجة: 45 مدرسة',
		)
		await expectAccessible(reader)
	})
})
