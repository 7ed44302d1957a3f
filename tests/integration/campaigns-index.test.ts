import { beforeAll, describe, expect, test } from 'vitest'
import { insertCampaign, saveCampaign, type NewCampaign } from '#app/models/campaign.server.ts'
import { rebuildCampaignIndex, campaignIndexProblem } from '#app/models/campaign-search.server.ts'
import { loader as campaignsLoader } from '#app/routes/$lang.campaigns._index.tsx'
import { loader as catalogRoute } from '#app/routes/$lang.materials._index.tsx'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser, ensureCountries } from '#tests/factories.ts'
import { HOSTILE_QUERIES } from '#tests/fixtures/hostile-queries.ts'

/** The catalog's data (its loader answers with a status too). */
const catalogLoader = async (args: Parameters<typeof catalogRoute>[0]) =>
	(await catalogRoute(args)).data

/**
 * The public campaigns index: only public campaigns (one material
 * published), found by the words of any of their texts in any language,
 * filtered with counts per value, ordered and paged; and the catalog search's
 * campaigns section.
 */

const index = (query = '', lang = 'en') =>
	campaignsLoader({
		request: new Request(`http://localhost/${lang}/campaigns${query ? `?${query}` : ''}`),
		params: { lang },
		context: {},
	})
const ids = async (query: string) => (await index(query)).items.map((c) => c.id)

async function campaign(input: Partial<NewCampaign> & { id: string }, published = true) {
	const created = await insertCampaign({
		countryCode: 'FR',
		originalLang: 'fr',
		channels: [],
		audiences: ['parents-carers'],
		risks: ['grooming'],
		translations: [{ lang: 'fr', title: input.id, summary: 'Une campagne.' }],
		...input,
	})
	await createMaterial({
		countryCode: input.countryCode ?? 'FR',
		campaignId: created.id,
		status: published ? 'published' : 'draft',
		publishedAt: published ? new Date() : null,
	})
	return created
}

beforeAll(async () => {
	await ensureCountries('FR', 'DE', 'JP', 'IL')
	await campaign({
		id: 'idx-fr-parents',
		startYear: 2022,
		reachCount: 1_800_000,
		evaluationMethod: 'survey',
		costAmount: 450_000,
		costCurrency: 'EUR',
		durationMonths: 3,
		channels: ['television', 'social-media'],
		translations: [
			{
				lang: 'fr',
				title: 'Parents, parlons-en !',
				summary: 'Aider les parents à parler du pédopiégeage avec leurs enfants.',
				results: '61 % des parents ont abordé le sujet.',
			},
			{
				lang: 'en',
				title: 'Parents, let’s talk about it!',
				summary: 'Helping parents talk with their children about grooming.',
			},
		],
	})
	await campaign({
		id: 'idx-de-eltern',
		countryCode: 'DE',
		originalLang: 'de',
		startYear: 2019,
		endYear: 2021,
		reachCount: 310_000,
		reachUnit: 'copies',
		evaluationMethod: 'pre-post-test',
		channels: ['schools', 'print'],
		audiences: ['children', 'parents-carers'],
		risks: ['sextortion'],
		translations: [
			{
				lang: 'de',
				title: 'Sicher im Netz',
				summary: 'Elternabende in Grundschulen über Sextortion.',
				lessonsLearned: 'Die Elternabende waren am wirksamsten, wenn Kinder mitmachten.',
			},
		],
	})
	await campaign({
		id: 'idx-jp-undated',
		countryCode: 'JP',
		originalLang: 'ja',
		evaluationMethod: 'none',
		risks: ['self-generated'],
		audiences: ['children'],
		translations: [{ lang: 'ja', title: 'ちょっと待って', summary: '自画撮り被害を防ぐ授業。' }],
	})
	await campaign({
		id: 'idx-il-arabic',
		countryCode: 'IL',
		originalLang: 'ar',
		startYear: 2023,
		risks: ['sextortion'],
		translations: [{ lang: 'ar', title: 'لا تدفع', summary: 'حملة ضد الابتزاز الجنسي للشباب.' }],
	})
	// Not public: its only material is a draft, though its words match.
	await campaign(
		{
			id: 'idx-fr-secret',
			startYear: 2024,
			translations: [{ lang: 'fr', title: 'Parents secrets', summary: 'Brouillon pédopiégeage.' }],
		},
		false,
	)
})

describe('the campaigns index', () => {
	test('lists the public campaigns only, most recent first, with counts per filter value', async () => {
		const data = await index()
		expect(data.items.map((c) => c.id)).toEqual([
			'idx-il-arabic',
			'idx-fr-parents',
			'idx-de-eltern',
			'idx-jp-undated',
		])
		expect(data.total).toBe(4)
		expect(data.facets.country).toEqual({ FR: 1, DE: 1, JP: 1, IL: 1 })
		expect(data.facets.risk).toEqual({ grooming: 1, sextortion: 2, 'self-generated': 1 })
		expect(data.facets.year).toEqual({ 2019: 1, 2020: 1, 2021: 1, 2022: 1, 2023: 1 })
		expect(data.facets.evaluation).toEqual({ survey: 1, 'pre-post-test': 1, none: 1 })
		expect(data.facets.evidence).toEqual({
			evaluated: 2,
			results: 1,
			reach: 2,
			cost: 1,
			duration: 1,
		})
		// Each card carries its figures, in the reader's language when it has one.
		expect(data.items.find((c) => c.id === 'idx-fr-parents')).toMatchObject({
			title: 'Parents, let’s talk about it!',
			lang: 'en',
			reachCount: 1_800_000,
			reachUnit: 'people',
			costAmount: 450_000,
			costCurrency: 'EUR',
			durationMonths: 3,
			materialCount: 1,
		})
		expect((await index('', 'fr')).items.find((c) => c.id === 'idx-fr-parents')!.title).toBe(
			'Parents, parlons-en !',
		)
	})

	test('finds a campaign by a word of any of its texts, in the language it is written in', async () => {
		// German words from an English page, a lesson learned, a stem, Arabic, Japanese.
		expect(await ids('q=Elternabend')).toEqual(['idx-de-eltern'])
		expect(await ids('q=wirksamsten')).toEqual(['idx-de-eltern'])
		expect(await ids('q=pedopiegeage')).toEqual(['idx-fr-parents'])
		expect(await ids('q=talking')).toEqual(['idx-fr-parents'])
		expect(await ids(`q=${encodeURIComponent('حملة')}`)).toEqual(['idx-il-arabic'])
		// "الابتزاز" (blackmail) also names sextortion: the text first, then the campaigns tagged with it.
		expect(await ids(`q=${encodeURIComponent('الابتزاز')}`)).toEqual([
			'idx-il-arabic',
			'idx-de-eltern',
		])
		expect(await ids(`q=${encodeURIComponent('自画撮り')}`)).toEqual(['idx-jp-undated'])
		// The draft-only campaign is never found.
		expect(await ids('q=secrets')).toEqual([])
		const hit = (await index('q=Elternabend')).items[0]!
		expect(hit.hit).toMatchObject({ lang: 'de', matchedBy: { kind: 'text' } })
		expect(hit.hit!.snippet).toContain('<mark>Elternabende</mark>')
	})

	test('a topic named in another language finds the campaigns tagged with it', async () => {
		const found = await index(`q=${encodeURIComponent('sextorsion')}`)
		expect(found.items.map((c) => c.id).sort()).toEqual(['idx-de-eltern', 'idx-il-arabic'])
		expect(found.items.find((c) => c.id === 'idx-il-arabic')!.hit!.matchedBy).toMatchObject({
			kind: 'concept',
			vocabulary: 'risk',
			key: 'sextortion',
		})
	})

	test('filters: values of one are OR-ed, filters AND-ed; each facet counts without its own choice', async () => {
		expect(await ids('country=FR&country=DE')).toEqual(['idx-fr-parents', 'idx-de-eltern'])
		expect(await ids('risk=sextortion&channel=schools')).toEqual(['idx-de-eltern'])
		// Running in 2020: the 2019–2021 campaign.
		expect(await ids('year=2020')).toEqual(['idx-de-eltern'])
		expect(await ids('evaluation=survey&evaluation=none')).toEqual([
			'idx-fr-parents',
			'idx-jp-undated',
		])
		expect(await ids('evidence=evaluated')).toEqual(['idx-fr-parents', 'idx-de-eltern'])
		expect(await ids('evidence=evaluated&evidence=cost')).toEqual(['idx-fr-parents'])
		const byCountry = await index('country=DE')
		expect(byCountry.facets.country).toEqual({ FR: 1, DE: 1, JP: 1, IL: 1 })
		expect(byCountry.facets.risk).toEqual({ sextortion: 1 })
		// Words and filters together.
		expect(await ids('q=parents&country=DE')).toEqual(['idx-de-eltern'])
		// "parents" also names an audience: Israel's Arabic campaign is tagged with it.
		expect((await index('q=parents&country=DE')).facets.country).toEqual({
			FR: 1,
			DE: 1,
			IL: 1,
		})
	})

	test('orders by the strength of the evidence when asked', async () => {
		expect(await ids('sort=evidence')).toEqual([
			'idx-de-eltern',
			'idx-fr-parents',
			'idx-jp-undated',
			'idx-il-arabic',
		])
	})

	test('pages hold 20 campaigns; a page past the last shows the last', async () => {
		for (let i = 0; i < 21; i++)
			await campaign({
				id: `idx-page-${String(i).padStart(2, '0')}`,
				countryCode: 'JP',
				startYear: 2000,
				risks: ['reporting-help'],
				translations: [{ lang: 'ja', title: `ページ ${i}`, summary: 'ページ送りの確認。' }],
			})
		const first = await index('risk=reporting-help')
		expect(first).toMatchObject({ total: 21, pageCount: 2, page: 1 })
		expect(first.items).toHaveLength(20)
		const second = await index('risk=reporting-help&page=2')
		expect(second.items.map((c) => c.id)).toHaveLength(1)
		expect([...first.items, ...second.items].map((c) => c.id)).toHaveLength(
			new Set([...first.items, ...second.items].map((c) => c.id)).size,
		)
		expect((await index('risk=reporting-help&page=9')).page).toBe(2)
	})

	test('an edited campaign is found by its new words at once, and no longer by its old ones', async () => {
		const editor = await createUser('contributor', { country: 'FR' })
		const id = 'idx-fr-parents'
		const before = await db.campaign.findUniqueOrThrow({
			where: { id },
			include: { channels: true, audiences: true, risks: true },
		})
		const saved = await saveCampaign(editor, id, {
			campaignId: id,
			lang: 'en',
			originalLang: 'fr',
			title: 'Parents, let’s talk about it!',
			summary: 'Starting conversations at home about online befriending.',
			objectives: '',
			reach: '',
			results: '',
			lessonsLearned: '',
			startYear: before.startYear,
			endYear: before.endYear,
			reachCount: before.reachCount,
			reachUnit: before.reachUnit as 'people',
			durationMonths: before.durationMonths,
			costAmount: before.costAmount,
			costCurrency: before.costCurrency as 'EUR',
			evaluationMethod: before.evaluationMethod as 'survey',
			organisation: before.organisation,
			organisationContact: before.organisationContact,
			channels: before.channels.map((c) => c.channel) as 'television'[],
			audiences: before.audiences.map((a) => a.audience) as 'parents-carers'[],
			risks: before.risks.map((r) => r.risk) as 'grooming'[],
		})
		expect(saved.ok).toBe(true)
		expect(await ids('q=befriending')).toEqual([id])
		// "helping" was only in the old English summary; the French text is unchanged.
		expect(await ids('q=helping')).toEqual([])
		expect(await ids('q=pedopiegeage')).toEqual([id])
	})

	test.each(HOSTILE_QUERIES.map((h) => [h.why, h.q] as const))(
		'hostile search text (%s) is answered as plain words',
		async (_, q) => {
			const query = new URLSearchParams({ q, country: 'FR', sort: 'relevance' })
			const data = await index(query.toString())
			// Nothing in these strings is a word any campaign has.
			expect(data.items.map((c) => c.id)).not.toContain('idx-de-eltern')
			for (const item of data.items) {
				// Blank words are no search: the campaigns are listed as they are.
				if (!q.trim()) {
					expect(item.hit).toBe(null)
					continue
				}
				// Only the highlighter's own <mark> survives; everything else is escaped.
				expect(item.hit!.highlightedTitle.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
				expect(item.hit!.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
			}
			const catalog = await catalogLoader({
				request: new Request(`http://localhost/en/materials?${new URLSearchParams({ q })}`),
				params: { lang: 'en' },
				context: {},
			})
			for (const item of catalog.campaigns?.items ?? []) expect(item.hit).not.toBe(null)
		},
	)
})

describe('campaigns beside a catalog search', () => {
	test('a search shows a few matching campaigns and how many there are in all', async () => {
		const search = await catalogLoader({
			request: new Request('http://localhost/en/materials?q=sextortion'),
			params: { lang: 'en' },
			context: {},
		})
		expect(search.campaigns).toMatchObject({ total: 2 })
		expect(search.campaigns!.items.map((c) => c.id).sort()).toEqual([
			'idx-de-eltern',
			'idx-il-arabic',
		])
		// Pages of the page-size test: many match, three are shown.
		const many = await catalogLoader({
			request: new Request(`http://localhost/en/materials?q=${encodeURIComponent('ページ')}`),
			params: { lang: 'en' },
			context: {},
		})
		expect(many.campaigns!.total).toBe(21)
		expect(many.campaigns!.items).toHaveLength(3)
		// Without words, no campaigns section.
		const browse = await catalogLoader({
			request: new Request('http://localhost/en/materials?risk=grooming'),
			params: { lang: 'en' },
			context: {},
		})
		expect(browse.campaigns).toBe(null)
	})
})

describe('the campaign index’s upkeep', () => {
	test('start-up rebuilds it when it does not hold every campaign text, and then it is current', async () => {
		// A database migrated from before the index: built with no analysis yet.
		expect(await campaignIndexProblem()).toMatch(/built with text analysis 0/)
		await rebuildCampaignIndex()
		expect(await campaignIndexProblem()).toBe(null)
		await db.$executeRawUnsafe(
			`DELETE FROM "CampaignSearchDoc" WHERE "campaignId" = 'idx-de-eltern'`,
		)
		expect(await campaignIndexProblem()).toMatch(/campaign texts indexed/)
		const { indexed } = await rebuildCampaignIndex()
		expect(indexed).toBe(await db.campaign.count())
		expect(await campaignIndexProblem()).toBe(null)
		expect(await ids('q=Elternabend')).toEqual(['idx-de-eltern'])
	})
})
