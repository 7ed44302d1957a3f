import { describe, expect, inject, test } from 'vitest'
import { browserSession, expectAccessible, signInAsDemo } from '#tests/support/browser.ts'

/**
 * A country corrects its published poster without taking it offline: France
 * revises the description of its demo poster (which Belgium adapted); while
 * the revision is reviewed the public still reads the published text; once
 * the reviewer publishes it, the public page has the new text at the same
 * address, and Belgium's coordinator is told, with a link to the comparison.
 */

const baseURL = inject('baseURL')
const COMMIT = { waitUntil: 'commit' } as const
// demo-m-001: France's poster for parents; Belgium's demo-m-007 adapts its French version.
const FRENCH_POSTER = 'demo-m-001'
const BELGIAN_ADAPTATION = 'demo-m-007'
const { newPage } = browserSession(baseURL)

describe('revising a published poster', () => {
	test('France corrects its poster while it stays online; after review the new text is public and Belgium is told', async () => {
		const corrected = `Affiche pour les parents : flatteries, cadeaux, secrets. Appelez le 3018 (révision ${Date.now()}).`
		const france = await newPage()
		await signInAsDemo(france, 'demo-u-fr-coord')
		await france.goto(`/en/workspace/materials/${FRENCH_POSTER}`)
		await france.getByRole('button', { name: 'Start a revision' }).click()
		await france.waitForURL(/\/en\/workspace\/materials\/[^/?]+\?revision=opened/, COMMIT)
		const revisionUrl = new URL(france.url())
		const revisionId = revisionUrl.pathname.split('/').pop()!
		expect(revisionId).not.toBe(FRENCH_POSTER)
		await france
			.getByRole('heading', { name: /This is a revision of a published material/ })
			.waitFor()
		await expectAccessible(france)

		await france
			.getByRole('region', { name: 'Edit' })
			.getByLabel('Description', { exact: true })
			.fill(corrected)
		await france.getByRole('button', { name: 'Save changes' }).click()
		await france.waitForURL(/saved=1/, COMMIT)
		// The page lists what the revision changes.
		await france.locator('.changes', { hasText: corrected }).waitFor()
		await france.getByRole('button', { name: 'Submit for review' }).click()
		await france.waitForURL(/submitted=1/, COMMIT)

		// Meanwhile the public reads the published poster, unchanged.
		const reader = await newPage()
		await reader.goto(`/fr/materials/${FRENCH_POSTER}`)
		await expect(reader.locator('main').textContent()).resolves.not.toContain(corrected)

		const reviewer = await newPage()
		await signInAsDemo(reviewer, 'demo-u-reviewer')
		await reviewer.goto(`/en/review/${revisionId}`)
		await reviewer.locator('.changes', { hasText: corrected }).waitFor()
		await expectAccessible(reviewer)
		await reviewer.getByRole('button', { name: 'Publish' }).click()
		await reviewer.getByRole('button', { name: 'Yes, publish it' }).click()
		await reviewer.waitForURL(/\/en\/review\?done=published/, COMMIT)
		await reviewer.getByRole('link', { name: 'See the public page' }).click()
		await reviewer.waitForURL(new RegExp(`/en/materials/${FRENCH_POSTER}$`), COMMIT)

		// The same address now has the corrected text.
		await reader.goto(`/fr/materials/${FRENCH_POSTER}`)
		await expect(reader.locator('main').textContent()).resolves.toContain(corrected)

		// Belgium's coordinator finds the notice, and it leads to the comparison.
		const belgium = await newPage()
		await signInAsDemo(belgium, 'demo-u-be-coord')
		await belgium.goto('/en/inbox')
		const notice = belgium.locator('li', { hasText: 'A material you adapted has a new revision' })
		await notice.first().getByRole('link').click()
		await belgium.waitForURL(new RegExp(`/en/compare/${BELGIAN_ADAPTATION}$`), COMMIT)
		await belgium.locator('main', { hasText: corrected }).waitFor()
		await expectAccessible(belgium)
	})
})
