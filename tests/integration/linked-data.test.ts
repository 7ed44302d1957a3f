import { type MetaDescriptor } from '@remix-run/node'
import { describe, expect, test } from 'vitest'
import { languageTag, UI_LANGUAGES } from '#app/domain/languages.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { insertCampaign } from '#app/models/campaign.server.ts'
import { loader as rootLoader, meta as rootMeta } from '#app/root.tsx'
import { loader as homeLoader, meta as homeMeta } from '#app/routes/$lang._index.tsx'
import { loader as apiDocsLoader, meta as apiDocsMeta } from '#app/routes/$lang.api.tsx'
import { loader as campaignLoader, meta as campaignMeta } from '#app/routes/$lang.campaigns.$id.tsx'
import { loader as countryLoader, meta as countryMeta } from '#app/routes/$lang.countries.$code.tsx'
import {
	loader as catalogLoader,
	meta as catalogMeta,
} from '#app/routes/$lang.materials._index.tsx'
import { loader as materialLoader, meta as materialMeta } from '#app/routes/$lang.materials.$id.tsx'
import { db } from '#app/utils/db.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { HOSTILE_MARKUP } from '#tests/fixtures/hostile-markup.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import { attachPng, createMaterial, createPng, ensureCountries } from '#tests/factories.ts'
import { expandJsonLd, foreignTerms, toNQuads } from '#tests/support/schema-org.ts'

type Meta = (args: never) => MetaDescriptor[] | undefined

/** What Remix puts in a page's head: the loaders run, then the page's meta with the root's data. */
async function headOf(
	path: string,
	page: { loader: (args: never) => Promise<unknown>; meta: Meta },
	params: Record<string, string>,
) {
	const url = new URL(path, 'http://localhost')
	const args = { request: new Request(url), params, context: {} }
	const root = await rootLoader(args as never)
	const raw = await page.loader(args as never)
	// A loader's `data(value, init)` result carries its value in `data`.
	const data =
		(raw as { type?: string; data?: unknown }).type === 'DataWithResponseInit'
			? (raw as { data: unknown }).data
			: raw
	const meta = page.meta({
		data,
		params,
		location: { pathname: url.pathname, search: url.search, hash: '', state: null, key: '' },
		matches: [{ id: 'root', data: root }],
	} as never)!
	return {
		meta,
		content: (key: string) =>
			meta
				.filter((m) => ('property' in m && m.property === key) || ('name' in m && m.name === key))
				.map((m) => (m as { content: string }).content),
		links: (rel: string) =>
			meta.filter((m) => 'tagName' in m && m.tagName === 'link' && m.rel === rel) as {
				href: string
				hrefLang?: string
				type?: string
				title?: string
			}[],
		jsonLd: (meta.find((m) => 'script:ld+json' in m) as Record<string, unknown> | undefined)?.[
			'script:ld+json'
		] as Record<string, unknown> | undefined,
	}
}

const materialPage = (id: string, lang: string) =>
	headOf(`/${lang}/materials/${id}`, { loader: materialLoader, meta: materialMeta }, { lang, id })

/** A French original with an Arabic translation, adapted from a public Spanish material. */
async function adaptedMaterial(title = 'Ne reste pas seul·e') {
	const source = await createMaterial({
		countryCode: 'ES',
		originalLang: 'es',
		versions: [{ lang: 'es', title: '¿Te chantajean?', description: 'Un cartel.' }],
	})
	const material = await createMaterial({
		countryCode: 'FR',
		originalLang: 'fr',
		licence: 'cc-by-nc-4.0',
		audiences: ['parents-carers', 'children'],
		risks: ['sextortion'],
		accessibility: ['alt-text', 'easy-read', 'large-print'],
		organisation: 'e-Enfance',
		ageMin: 13,
		ageMax: null,
		derivedFrom: { versionId: source.versions[0]!.id, kind: 'adaptation' },
		versions: [
			{ lang: 'fr', title, description: 'Une affiche pour les parents.' },
			{ lang: 'ar', title: 'لا تبقَ وحدك', description: 'ملصق للأهل.' },
		],
	})
	await attachPng(material.versions.find((v) => v.lang === 'fr')!.id)
	return { source, material }
}

describe('the head of every page', () => {
	test('names its canonical address and the same page in each UI language and for everyone else', async () => {
		const origin = appOrigin()
		const head = await headOf(
			'/fr/materials?risk=grooming',
			{ loader: catalogLoader, meta: catalogMeta },
			{ lang: 'fr' },
		)
		expect(head.links('canonical').map((l) => l.href)).toEqual([
			`${origin}/fr/materials?risk=grooming`,
		])
		const alternates = head.links('alternate').filter((l) => l.hrefLang)
		expect(alternates.map((l) => [l.hrefLang, l.href])).toEqual([
			...UI_LANGUAGES.map((l) => [languageTag(l), `${origin}/${l}/materials?risk=grooming`]),
			['x-default', `${origin}/en/materials?risk=grooming`],
		])
		expect(alternates.map((l) => l.hrefLang)).toContain('zh-Hans')
		expect(head.content('og:url')).toEqual([`${origin}/fr/materials?risk=grooming`])
		expect(head.content('og:locale')).toEqual(['fr_FR'])
		// Each language has its own URL, given by hreflang; no fb_locale alternates.
		expect(head.content('og:locale:alternate')).toEqual([])
		expect(head.content('og:site_name')[0]).toBeTruthy()
		expect(head.content('twitter:card')).toEqual(['summary'])
	})

	test('the API documentation has the same head as every other page', async () => {
		const origin = appOrigin()
		const head = await headOf(
			'/ar/api',
			{ loader: apiDocsLoader as never, meta: apiDocsMeta as Meta },
			{ lang: 'ar' },
		)
		expect(head.links('canonical').map((l) => l.href)).toEqual([`${origin}/ar/api`])
		const alternates = head.links('alternate').filter((l) => l.hrefLang)
		expect(alternates.map((l) => [l.hrefLang, l.href])).toEqual([
			...UI_LANGUAGES.map((l) => [languageTag(l), `${origin}/${l}/api`]),
			['x-default', `${origin}/en/api`],
		])
		expect(head.content('og:url')).toEqual([`${origin}/ar/api`])
		expect(head.content('og:locale')).toEqual(['ar_AR'])
		const t = getFixedT('ar')
		expect(head.content('og:title')[0]).toContain(t('apiDocs.title'))
		expect(head.content('og:description')).toEqual([t('apiDocs.intro')])
		expect(head.content('twitter:card')).toEqual(['summary'])
	})

	test('no page leaves them out: every route that writes its own head writes all of it', async () => {
		// Remix keeps only the deepest route's meta, so a route whose meta gives
		// just a title drops the root's canonical, alternates and cards.
		const routes = import.meta.glob<{ meta?: Meta }>('/app/routes/*.{ts,tsx}', { eager: true })
		const url = new URL('/fr/somewhere', 'http://localhost')
		const root = await rootLoader({
			request: new Request(url),
			params: { lang: 'fr' },
			context: {},
		} as never)
		const withMeta = Object.entries(routes).filter(([, module]) => module.meta)
		expect(withMeta.length).toBeGreaterThan(20)
		const missing = withMeta
			.filter(([, module]) => {
				const tags = module.meta!({
					data: undefined,
					params: { lang: 'fr' },
					location: { pathname: url.pathname, search: '', hash: '', state: null, key: '' },
					matches: [{ id: 'root', data: root }],
				} as never)!
				const has = (test: (m: Record<string, unknown>) => boolean) =>
					tags.some((m) => test(m as Record<string, unknown>))
				return !(
					has((m) => m.rel === 'canonical') &&
					has((m) => m.hrefLang === 'x-default') &&
					has((m) => m.property === 'og:url') &&
					has((m) => m.name === 'twitter:card')
				)
			})
			.map(([file]) => file)
		expect(missing).toEqual([])
	})

	test('the home page sends everyone else to the address that picks their language', async () => {
		const head = await headOf(
			'/ar',
			{ loader: rootLoader as never, meta: rootMeta as Meta },
			{ lang: 'ar' },
		)
		const xDefault = head.links('alternate').find((l) => l.hrefLang === 'x-default')
		expect(xDefault?.href).toBe(`${appOrigin()}/`)
		expect(head.content('og:title')).toEqual(head.content('og:site_name'))
	})
})

test('the home, a country and a search announce their Atom feeds', async () => {
	const origin = appOrigin()
	await ensureCountries('NO')
	const feeds = async (head: Awaited<ReturnType<typeof headOf>>) =>
		head
			.links('alternate')
			.filter((l) => l.type === 'application/atom+xml')
			.map((l) => [l.href, l.title])
	expect(
		await feeds(await headOf('/en', { loader: homeLoader, meta: homeMeta }, { lang: 'en' })),
	).toEqual([[`${origin}/en/materials.atom`, 'Newest materials']])
	expect(
		await feeds(
			await headOf(
				'/fr/countries/NO',
				{ loader: countryLoader, meta: countryMeta },
				{ lang: 'fr', code: 'NO' },
			),
		),
	).toEqual([[`${origin}/fr/materials.atom?country=NO`, 'Ressources les plus récentes : Norvège']])
	expect(
		await feeds(
			await headOf(
				'/ar/materials?q=grooming&page=2',
				{ loader: catalogLoader, meta: catalogMeta },
				{ lang: 'ar' },
			),
		),
	).toEqual([[`${origin}/ar/materials.atom?q=grooming`, 'المواد المطابقة لـ «grooming»']])
})

describe('a material page as linked data', () => {
	test('is a LearningResource that expands to schema.org terms only', async () => {
		const { material } = await adaptedMaterial()
		const head = await materialPage(material.id, 'en')
		const doc = head.jsonLd!
		expect(doc['@context']).toBe('https://schema.org')
		expect(doc['@type']).toBe('LearningResource')
		const expanded = await expandJsonLd(doc)
		expect(expanded).toHaveLength(1)
		expect(foreignTerms(expanded)).toEqual([])
		// The check has teeth: a made-up property or type is caught.
		expect(
			foreignTerms(await expandJsonLd({ ...doc, colour: 'red', '@type': 'AwarenessPoster' })),
		).toEqual(['http://schema.org/AwarenessPoster', 'http://schema.org/colour'])
	})

	test('says what a harvester needs: licence, languages, translations, source, audience and files', async () => {
		const origin = appOrigin()
		const { source, material } = await adaptedMaterial()
		const doc = (await materialPage(material.id, 'ar')).jsonLd!
		const id = `${origin}/en/materials/${material.id}`
		expect(doc['@id']).toBe(id)
		expect(doc.url).toBe(`${origin}/ar/materials/${material.id}`)
		expect(doc.license).toBe('https://creativecommons.org/licenses/by-nc/4.0/')
		expect(doc.inLanguage).toEqual(['ar', 'fr'])
		// Shown in the reader's language when there is a version in it.
		expect(doc.name).toBe('لا تبقَ وحدك')
		expect(doc.typicalAgeRange).toBe('13-')
		expect(doc.learningResourceType).toBe('Poster')
		expect(doc.accessibilityFeature).toEqual(['alternativeText', 'largePrint'])
		expect(doc.audience).toHaveLength(2)
		expect(doc.audience).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ '@type': 'EducationalAudience', educationalRole: 'parent' }),
				expect.objectContaining({ '@type': 'EducationalAudience', educationalRole: 'student' }),
			]),
		)
		expect(doc.creator).toMatchObject({ '@type': 'Organization', name: 'e-Enfance' })
		expect(doc.publisher).toMatchObject({
			'@type': 'GovernmentOrganization',
			'@id': `${origin}/en/countries/FR`,
			name: 'France',
		})
		expect(doc.datePublished).toMatch(/^\d{4}-\d\d-\d\dT/)
		expect(String(doc.dateModified) >= String(doc.datePublished)).toBe(true)
		// The exact source: its language version and the revision adapted.
		expect(doc.isBasedOn).toMatchObject({
			'@id': `${origin}/en/materials/${source.id}#es`,
			url: `${origin}/en/materials/${source.id}`,
			inLanguage: 'es',
			version: 1,
		})
		expect(doc.workExample).toMatchObject([
			{
				'@id': `${id}#ar`,
				inLanguage: 'ar',
				translationOfWork: { '@id': `${id}#fr` },
				encoding: [],
			},
			{
				'@id': `${id}#fr`,
				inLanguage: 'fr',
				name: 'Ne reste pas seul·e',
				workTranslation: [{ '@id': `${id}#ar` }],
				encoding: [
					{
						'@type': 'MediaObject',
						encodingFormat: 'image/png',
						contentUrl: expect.stringMatching(new RegExp(`^${origin}/download/`)),
					},
				],
			},
		])

		// Read as a harvester stores it: triples with schema.org predicates.
		const quads = await toNQuads(doc)
		expect(quads).toContain(
			`<${id}> <http://schema.org/license> "https://creativecommons.org/licenses/by-nc/4.0/" .`,
		)
		expect(quads).toContain(`<${id}#ar> <http://schema.org/translationOfWork> <${id}#fr> .`)
	})

	test('all rights reserved is named by its rights statement', async () => {
		const material = await createMaterial({ licence: 'all-rights-reserved' })
		const doc = (await materialPage(material.id, 'en')).jsonLd as Record<string, unknown>
		expect(doc.license).toBe('http://rightsstatements.org/vocab/InC/1.0/')
	})

	test('dateModified moves with the material’s own row too, not only its language versions', async () => {
		const material = await createMaterial({})
		const past = new Date('2025-01-01T00:00:00Z')
		await db.materialVersion.updateMany({
			where: { materialId: material.id },
			data: { updatedAt: past },
		})
		await db.material.update({ where: { id: material.id }, data: { publishedAt: past } })
		// A change of its facts, or of the campaign organisation it credits (a
		// campaign edit touches the materials crediting it), is a change of the row.
		const changed = new Date('2026-03-01T10:00:00Z')
		await db.material.update({ where: { id: material.id }, data: { updatedAt: changed } })
		const doc = (await materialPage(material.id, 'en')).jsonLd as Record<string, unknown>
		expect(doc.dateModified).toBe(changed.toISOString())
	})

	test('a hostile title stays data: the same text after expansion', async () => {
		for (const { text: title } of HOSTILE_MARKUP) {
			const material = await createMaterial({ versions: [{ lang: 'fr', title, description: '' }] })
			const head = await materialPage(material.id, 'fr')
			expect(await expandJsonLd(head.jsonLd!)).toMatchObject([
				{ 'http://schema.org/name': [{ '@value': title }] },
			])
			expect(head.content('og:title')).toEqual([title])
		}
	})

	test('shares with OpenGraph and Twitter cards', async () => {
		const { material } = await adaptedMaterial()
		const preview = await attachFile({
			versionId: material.versions.find((v) => v.lang === 'fr')!.id,
			bytes: await createPng('#224466', 400, 566),
			mediaType: 'image/png',
			role: 'preview',
			width: 400,
			height: 566,
		})
		const head = await materialPage(material.id, 'fr')
		expect(head.content('twitter:card')).toEqual(['summary_large_image'])
		expect(head.content('og:image')).toEqual([`${appOrigin()}/files/${preview.id}`])
		expect(head.content('twitter:image')).toEqual(head.content('og:image'))
		expect(head.content('og:image:width')).toEqual(['400'])
		expect(head.content('og:image:height')).toEqual(['566'])
		expect(head.content('og:image:type')).toEqual(['image/png'])
		expect(head.content('og:image:alt')[0]).toContain('Ne reste pas seul·e')
		expect(head.content('og:type')).toEqual(['article'])
		expect(head.content('og:title')).toEqual(['Ne reste pas seul·e'])
		expect(head.content('og:description')).toEqual(['Une affiche pour les parents.'])
		expect(head.content('twitter:description')).toEqual(['Une affiche pour les parents.'])
	})
})

describe('a campaign page as linked data', () => {
	test('is a series of its materials, in schema.org terms only', async () => {
		const origin = appOrigin()
		await ensureCountries('BE')
		const campaign = await insertCampaign({
			countryCode: 'BE',
			originalLang: 'fr',
			startYear: 2023,
			endYear: 2024,
			organisation: 'Child Focus',
			channels: ['schools'],
			audiences: ['teachers-educators'],
			risks: ['grooming'],
			translations: [
				{ lang: 'fr', title: 'Pas de secret', summary: 'Une campagne dans les écoles.' },
				{ lang: 'en', title: 'No secrets', summary: 'A campaign in schools.' },
			],
		})
		const material = await createMaterial({ countryCode: 'BE', campaignId: campaign.id })
		const head = await headOf(
			`/en/campaigns/${campaign.id}`,
			{ loader: campaignLoader, meta: campaignMeta },
			{ lang: 'en', id: campaign.id },
		)
		const doc = head.jsonLd!
		expect(doc).toMatchObject({
			'@type': 'CreativeWorkSeries',
			'@id': `${origin}/en/campaigns/${campaign.id}`,
			name: 'No secrets',
			startDate: '2023',
			endDate: '2024',
			creator: { '@type': 'Organization', name: 'Child Focus' },
			hasPart: [{ '@id': `${origin}/en/materials/${material.id}` }],
		})
		expect(foreignTerms(await expandJsonLd(doc))).toEqual([])
		expect(head.content('og:title')).toEqual(['No secrets'])
	})
})
