import { type Page } from 'playwright-core'
import { describe, expect, inject, test } from 'vitest'
import { browserSession, signInAsDemo } from '#tests/support/browser.ts'
import { hydrationErrors } from '#tests/support/hydration.ts'

/**
 * A campaign's cost and the currency names of the campaign form, in the
 * languages Chromium has no formatting data for: the browser writes them as
 * the server did, so the page hydrates instead of React discarding it. The
 * Armenian demo campaign reports its cost in drams and its reach in people,
 * so its page shows a cost and a cost per person.
 */

const baseURL = inject('baseURL')

const session = browserSession(baseURL)
const newPage = (javaScriptEnabled = true) =>
	session.newPage('en-GB', baseURL, { javaScriptEnabled })

describe('campaign costs in the languages the browser lacks', () => {
	test.each(['hy', 'ka', 'km', 'sq'])('%s: a campaign page with a cost hydrates', async (lang) => {
		const path = `/${lang}/campaigns/demo-c-18`
		// The fourth figure: the cost, with the cost per person.
		const cost = (page: Page) => page.locator('dl.facts > dd').nth(3).textContent()
		// What the server wrote, read with scripts off.
		const served = await newPage(false)
		await served.goto(path)
		const written = await cost(served)
		expect(written).toMatch(/\d/)
		const page = await newPage()
		expect(await hydrationErrors(page, path)).toEqual([])
		expect(await cost(page)).toBe(written)
		await served.context().close()
		await page.context().close()
	})

	test('hy: the campaign form names and orders the currencies as the server did', async () => {
		const served = await newPage(false)
		await signInAsDemo(served, 'demo-u-fr-contrib')
		await served.goto('/hy/workspace/campaigns/new')
		const currencies = (page: Page) =>
			page.locator('#campaign-costCurrency option').allTextContents()
		const written = await currencies(served)
		// Named in Armenian, not in English ("Euro (EUR)").
		expect(written.find((name) => name.endsWith('(EUR)'))).toMatch(/\p{Script=Armenian}/u)
		const page = await newPage()
		await signInAsDemo(page, 'demo-u-fr-contrib')
		expect(await hydrationErrors(page, '/hy/workspace/campaigns/new')).toEqual([])
		expect(await currencies(page)).toEqual(written)
		await served.context().close()
		await page.context().close()
	})
})
