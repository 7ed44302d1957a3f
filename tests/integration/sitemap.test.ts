import { DOMParser } from 'linkedom'
import { beforeAll, describe, expect, test } from 'vitest'
import { languageTag, UI_LANGUAGES } from '#app/domain/languages.ts'
import {
	countSitemapParts,
	SITEMAP_BYTE_LIMIT,
	sitemapUrlLimit,
	renderSitemap,
	renderSitemapIndex,
	type SitemapPage,
} from '#app/domain/sitemap.ts'
import { insertCampaign } from '#app/models/campaign.server.ts'
import { loader as robotsLoader } from '#app/routes/robots[.]txt.ts'
import { loader as partLoader } from '#app/routes/sitemap.$part.ts'
import { loader as sitemapLoader } from '#app/routes/sitemap[.]xml.ts'
import { createMaterial, ensureCountries } from '#tests/factories.ts'
import { validateXml, XSD } from '#tests/support/xmllint.ts'

const ORIGIN = 'http://localhost:3000'

function parse(xml: string) {
	const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document
	return (tag: string) => [...doc.getElementsByTagName(tag)]
}

let published: Awaited<ReturnType<typeof createMaterial>>
let draft: Awaited<ReturnType<typeof createMaterial>>
let campaignId: string
let hiddenCampaignId: string

beforeAll(async () => {
	await ensureCountries('FR')
	const campaign = await insertCampaign({
		countryCode: 'FR',
		originalLang: 'fr',
		channels: [],
		audiences: [],
		risks: [],
		translations: [{ lang: 'fr', title: 'Campagne publique', summary: 'Résumé.' }],
	})
	campaignId = campaign.id
	const hidden = await insertCampaign({
		countryCode: 'FR',
		originalLang: 'fr',
		channels: [],
		audiences: [],
		risks: [],
		translations: [{ lang: 'fr', title: 'Campagne sans matériel publié', summary: 'Résumé.' }],
	})
	hiddenCampaignId = hidden.id
	published = await createMaterial({ campaignId })
	draft = await createMaterial({ status: 'draft', publishedAt: null, campaignId: hiddenCampaignId })
})

describe('sitemap.xml', () => {
	test('lists public pages in every UI language, with alternates, and nothing private', async () => {
		const response = await sitemapLoader()
		expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
		const xml = await response.text()
		expect(validateXml(xml, XSD.sitemap)).toBe('')
		const all = parse(xml)
		const locs = all('loc').map((e) => e.textContent)
		for (const lang of UI_LANGUAGES) {
			expect(locs).toContain(`${ORIGIN}/${lang}`)
			expect(locs).toContain(`${ORIGIN}/${lang}/materials`)
			expect(locs).toContain(`${ORIGIN}/${lang}/materials/${published.id}`)
			expect(locs).toContain(`${ORIGIN}/${lang}/campaigns/${campaignId}`)
			expect(locs).toContain(`${ORIGIN}/${lang}/countries/FR`)
		}
		expect(locs.some((loc) => loc!.includes(draft.id))).toBe(false)
		expect(locs.some((loc) => loc!.includes(hiddenCampaignId))).toBe(false)
		expect(locs.some((loc) => /workspace|review|\/api\//.test(loc!))).toBe(false)

		const url = all('url').find(
			(u) =>
				u.getElementsByTagName('loc')[0]!.textContent === `${ORIGIN}/ar/materials/${published.id}`,
		)!
		const alternates = [...url.getElementsByTagName('xhtml:link')].map((l) => [
			l.getAttribute('hreflang'),
			l.getAttribute('href'),
		])
		expect(alternates).toEqual([
			...UI_LANGUAGES.map((lang) => [
				languageTag(lang),
				`${ORIGIN}/${lang}/materials/${published.id}`,
			]),
			['x-default', `${ORIGIN}/en/materials/${published.id}`],
		])
		expect(url.getElementsByTagName('lastmod')[0]!.textContent).toMatch(/^\d{4}-\d\d-\d\dT/)
	})

	test('a part is 404 while the sitemap fits in one file', async () => {
		const response = await partLoader({
			request: new Request(`${ORIGIN}/sitemap/1.xml`),
			params: { part: '1.xml' },
			context: {},
		})
		expect(response.status).toBe(404)
	})
})

describe('past the limit, a sitemap index', () => {
	// The protocol's limit is 50,000 URLs; the split is the same with 7.
	const LIMIT = 7
	const pages: SitemapPage[] = Array.from({ length: 10 }, (_, i) => ({
		path: `/materials/m${i}`,
		lastModified: new Date(Date.UTC(2026, 0, 1 + i)),
	}))

	test('splits the URLs into parts of at most the limit, every URL in exactly one part', () => {
		const urls = pages.length * UI_LANGUAGES.length
		const parts = countSitemapParts(urls, LIMIT)
		expect(parts).toBe(Math.ceil((10 * UI_LANGUAGES.length) / 7))
		const index = renderSitemapIndex({ origin: ORIGIN, parts, lastModified: new Date() })
		expect(validateXml(index, XSD.sitemapIndex)).toBe('')
		expect(parse(index)('loc').map((e) => e.textContent)).toEqual(
			Array.from({ length: parts }, (_, i) => `${ORIGIN}/sitemap/${i + 1}.xml`),
		)
		const seen: string[] = []
		for (let part = 1; part <= parts; part++) {
			const xml = renderSitemap({
				origin: ORIGIN,
				pages,
				languages: UI_LANGUAGES,
				defaultLanguage: 'en',
				part,
				limit: LIMIT,
			})
			expect(validateXml(xml, XSD.sitemap)).toBe('')
			const locs = parse(xml)('url').map((u) => u.getElementsByTagName('loc')[0]!.textContent!)
			expect(locs.length).toBeLessThanOrEqual(LIMIT)
			seen.push(...locs)
		}
		expect(seen).toHaveLength(urls)
		expect(new Set(seen).size).toBe(urls)
	})

	test('at exactly the limit there is still one file', () => {
		expect(countSitemapParts(50_000)).toBe(1)
		expect(countSitemapParts(50_001)).toBe(2)
	})

	test('a file full of URLs with every language alternate stays under 50 MiB', () => {
		// Long ids and a long origin: the worst case the limit must hold for.
		const origin = 'https://awareness-exchange.example.international'
		const big: SitemapPage[] = Array.from({ length: 2_000 }, (_, i) => ({
			path: `/materials/${'x'.repeat(30)}${i}`,
			lastModified: new Date(),
		}))
		const limit = sitemapUrlLimit({ origin, pages: big, languages: UI_LANGUAGES })
		expect(limit).toBeLessThan(50_000)
		const xml = renderSitemap({
			origin,
			pages: big,
			languages: UI_LANGUAGES,
			defaultLanguage: 'en',
			limit,
		})
		const urls = parse(xml)('url').length
		expect(urls).toBe(Math.min(limit, big.length * UI_LANGUAGES.length))
		// Scaled to a full file of `limit` URLs, the bytes stay under the protocol's limit.
		expect((Buffer.byteLength(xml) / urls) * limit).toBeLessThan(SITEMAP_BYTE_LIMIT)
	})
})

describe('robots.txt', () => {
	test('points at the sitemap and keeps crawlers out of the private areas', async () => {
		const response = await robotsLoader()
		expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
		const text = await response.text()
		expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`)
		const disallowed = text
			.split('\n')
			.filter((line) => line.startsWith('Disallow: '))
			.map((line) => line.slice('Disallow: '.length))
		for (const path of [
			'/*/workspace',
			'/*/review',
			'/api/',
			'/*/account',
			'/*/admin/',
			'/*/reports',
		])
			expect(disallowed).toContain(path)
		// The public pages stay open: no rule matches them.
		const blocks = (url: string) =>
			disallowed.some((rule) =>
				new RegExp(`^${rule.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '[^/]*')}`).test(
					url,
				),
			)
		for (const open of [
			'/en',
			'/fr/materials',
			`/ar/materials/${published.id}`,
			`/en/campaigns/${campaignId}`,
			'/en/countries/FR',
			'/sitemap.xml',
		])
			expect(blocks(open), open).toBe(false)
		for (const closed of [
			'/en/workspace',
			'/fr/workspace/materials/new',
			'/ar/review/x',
			'/api/v1/materials',
		])
			expect(blocks(closed), closed).toBe(true)
	})
})
