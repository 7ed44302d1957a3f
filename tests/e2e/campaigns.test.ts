import { describe, expect, inject, test } from 'vitest'
import account from '../../locales/fr/account.json'
import common from '../../locales/fr/common.json'
import contribute from '../../locales/fr/contribute.json'
import {
	browserSession,
	eventually,
	expectAccessible,
	launchBrowser,
	signInAsDemo,
	withoutIsolates,
} from '#tests/support/browser.ts'

/**
 * A campaign from its description to the public index, done in a browser: a
 * French contributor describes a campaign with its figures, adds a material
 * from the campaign's page and submits it; a reviewer publishes it; the
 * campaign is then public with its material, found in the campaigns index by
 * one of its words and by a filter, and beside a catalog search.
 */

const baseURL = inject('baseURL')
const COMMIT = { waitUntil: 'commit' } as const
const { newPage } = browserSession(baseURL)

describe('a campaign becomes public with its first published material', () => {
	test('describe, add a material from the campaign, publish, find', async () => {
		const stamp = Date.now()
		// One word no other campaign has, to find it by.
		const word = `Hirondelle${stamp}`
		const title = `Campagne ${word}`
		const materialTitle = `Affiche ${word}`

		const french = await newPage('fr-FR')
		await signInAsDemo(french, 'demo-u-fr-contrib')
		await french.goto('/fr/workspace/campaigns/new')
		await french.locator('#campaign-lang').selectOption('fr')
		await french.locator('#campaign-title').fill(title)
		await french
			.locator('#campaign-summary')
			.fill('Des ateliers pour les parents dans les écoles de quartier.')
		await french.locator('#campaign-startYear').fill('2025')
		await french.locator('input[name="channels"][value="schools"]').check()
		await french.locator('input[name="audiences"][value="parents-carers"]').check()
		await french.locator('input[name="risks"][value="grooming"]').check()
		await french.locator('#campaign-reachCount').fill('1200')
		await french.locator('#campaign-reachUnit').selectOption('people')
		await french.locator('#campaign-durationMonths').fill('3')
		await french.locator('#campaign-costAmount').fill('24 000')
		await french.locator('#campaign-evaluationMethod').selectOption('pre-post-test')
		await french
			.locator('#campaign-results')
			.fill('Deux parents sur trois savent désormais où signaler.')
		await expectAccessible(french)
		await french.getByRole('button', { name: contribute.campaignNew.submit }).click()
		await french.waitForURL(/\/fr\/workspace\/campaigns\/[a-z0-9-]+\?created=1$/, COMMIT)
		const campaignId = new URL(french.url()).pathname.split('/').pop()!
		await expect(
			eventually(
				() => french.locator('main').innerText(),
				(text) => text.includes(contribute.campaignEdit.notPublic),
			),
		).resolves.toContain(contribute.campaignEdit.notPublic)

		// Its page offers to add a material to it: the form opens in this campaign.
		await french.getByRole('link', { name: contribute.campaignEdit.addMaterial }).click()
		await french.waitForURL(new RegExp(`/fr/workspace/materials/new\\?campaign=${campaignId}$`))
		await eventually(
			() => french.locator('#draft-campaignId').inputValue(),
			(value) => value === campaignId,
		)
		await expect(french.locator('#draft-campaignId').inputValue()).resolves.toBe(campaignId)
		await expectAccessible(french)
		await french.locator('#draft-title').fill(materialTitle)
		await french.locator('#draft-lang').selectOption('fr')
		await french.locator('#draft-resourceType').selectOption('poster')
		await french.locator('#draft-licence').selectOption('cc-by-4.0')
		await french.locator('input[name="audiences"][value="parents-carers"]').check()
		await french.locator('input[name="risks"][value="grooming"]').check()
		await french.getByRole('button', { name: account.draft.create }).click()
		await french.waitForURL(/\/fr\/workspace\/materials\/[a-z0-9-]+\?saved=1/, COMMIT)
		const materialId = new URL(french.url()).pathname.split('/').pop()!
		await french.getByRole('button', { name: account.moderation.submit }).click()
		await french.waitForURL(/submitted=1/, COMMIT)

		// Not public while in review.
		const visitor = await newPage('fr-FR')
		expect((await visitor.goto(`/fr/campaigns/${campaignId}`))!.status()).toBe(404)

		const reviewer = await newPage()
		await signInAsDemo(reviewer, 'demo-u-reviewer')
		await reviewer.goto(`/en/review/${materialId}`)
		await reviewer.getByRole('button', { name: 'Publish' }).click()
		await reviewer.getByRole('button', { name: 'Yes, publish it' }).click()
		await reviewer.waitForURL(/\/en\/review\?done=published/, COMMIT)

		// Public, with its material and its figures.
		expect((await visitor.goto(`/fr/campaigns/${campaignId}`))!.status()).toBe(200)
		await expect(visitor.locator('h1').textContent()).resolves.toBe(title)
		await expect(visitor.locator('.cards').innerText()).resolves.toContain(materialTitle)
		const evidence = await visitor.locator('#evidence-title + dl').innerText()
		expect(evidence).toContain('3 mois')
		expect(evidence).toMatch(/24\s000\s€/)
		expect(evidence).toContain('1\u202f200 personnes')
		expect(evidence).toMatch(/20,00\s€ par personne touchée/)
		await expectAccessible(visitor)

		// Found in the index by one of its words...
		await visitor.goto('/fr/campaigns')
		await visitor.locator('#campaign-q').fill(word.toLowerCase())
		await visitor.getByRole('button', { name: common.search.submit }).click()
		await visitor.waitForURL((url) => url.searchParams.get('q') === word.toLowerCase())
		await eventually(
			() => visitor.locator('.campaign-card').count(),
			(n) => n === 1,
		)
		await expect(visitor.locator('.campaign-card h3 a').getAttribute('href')).resolves.toBe(
			`/fr/campaigns/${campaignId}`,
		)
		await expect(visitor.locator('.campaign-card mark').first().textContent()).resolves.toBe(word)
		await expectAccessible(visitor)

		// ...and by filters: ticking one applies it, and the URL keeps them.
		await visitor.goto('/fr/campaigns')
		await visitor.locator('input[name="year"][value="2025"]').check()
		await visitor.waitForURL((url) => url.searchParams.getAll('year').includes('2025'))
		await visitor.locator('input[name="evidence"][value="cost"]').check()
		await visitor.waitForURL((url) => url.searchParams.getAll('evidence').includes('cost'))
		await eventually(
			() =>
				visitor
					.locator('.campaign-card h3 a')
					.evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
			(hrefs) => hrefs.includes(`/fr/campaigns/${campaignId}`),
		)
		await expect(
			visitor
				.locator('.campaign-card h3 a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
		).resolves.toContain(`/fr/campaigns/${campaignId}`)
		await expectAccessible(visitor)

		// Beside a catalog search for the same word, with a link to the index.
		await visitor.goto(`/fr/materials?q=${word}`)
		await expect(visitor.locator('.campaign-matches').innerText()).resolves.toContain(title)
		await expect(
			visitor
				.locator('.campaign-matches')
				.getByRole('link', { name: common.search.allCampaigns_one })
				.getAttribute('href'),
		).resolves.toBe(`/fr/campaigns?q=${word}`)
		await expectAccessible(visitor)
	})
})

describe('the campaigns index for every reader', () => {
	test('right to left in Arabic, accessible, and its empty message fits the search', async () => {
		const page = await newPage('ar')
		await page.goto('/ar/campaigns')
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		expect(await page.locator('.campaign-card').count()).toBeGreaterThan(5)
		await expectAccessible(page)

		// No filter ticked: the message says nothing about removing one.
		const english = await newPage()
		await english.goto('/en/campaigns?q=zzqqxxww')
		const empty = withoutIsolates(await english.locator('.empty').innerText())
		expect(empty).toContain('No campaign matches “zzqqxxww”.')
		expect(empty).toContain('Try fewer words or another spelling.')
		expect(empty).not.toMatch(/filter/)
		await english.goto('/en/campaigns?q=zzqqxxww&country=FR')
		await expect(english.locator('.empty').innerText()).resolves.toMatch(/remove a filter/)
		await expectAccessible(english)
	})

	test('without JavaScript the search is a plain GET form and the URL keeps it', async () => {
		const browser = await launchBrowser()
		try {
			const context = await browser.newContext({ baseURL, javaScriptEnabled: false })
			const page = await context.newPage()
			await page.goto('/en/campaigns')
			await page.locator('#campaign-q').fill('parents')
			await page.locator('input[name="country"][value="FR"]').check()
			await page.getByRole('button', { name: 'Apply filters' }).click()
			await page.waitForURL(
				(url) =>
					url.searchParams.get('q') === 'parents' && url.searchParams.get('country') === 'FR',
			)
			await expect(
				page.locator('#campaign-results-title').textContent().then(withoutIsolates),
			).resolves.toMatch(/campaigns? for “parents”/)
			const countries = await page.locator('.campaign-card .campaign-card__meta').allInnerTexts()
			expect(countries.length).toBeGreaterThan(0)
			for (const text of countries) expect(text).toMatch(/^France/)
		} finally {
			await browser.close()
		}
	})
})
