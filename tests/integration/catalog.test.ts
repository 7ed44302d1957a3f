import { beforeAll, describe, expect, test } from 'vitest'
import { loader } from '#app/routes/$lang.materials._index.tsx'
import { db } from '#app/utils/db.server.ts'
import { callApi } from '#tests/support/api-contract.ts'
import { createMaterial } from '#tests/factories.ts'

const args = (url: string, params: Record<string, string> = { lang: 'en' }) => ({
	request: new Request(`http://localhost${url}`),
	params,
	context: {},
})

/** The catalog's data; its status (404 past the last page) is `catalogStatus`'s. */
const catalogLoader = async (a: ReturnType<typeof args>) => (await loader(a)).data
const catalogStatus = async (a: ReturnType<typeof args>) => (await loader(a)).init?.status ?? 200

beforeAll(async () => {
	await createMaterial({
		countryCode: 'FR',
		risks: ['grooming'],
		audiences: ['children'],
		versions: [
			{ lang: 'fr', title: 'Ne réponds pas aux inconnus' },
			{ lang: 'ar', title: 'لا ترد على الغرباء' },
		],
	})
	await createMaterial({
		countryCode: 'JP',
		originalLang: 'ja',
		resourceType: 'lesson-plan',
		risks: ['sextortion'],
		audiences: ['teachers-educators'],
		ageMin: 18,
		ageMax: null,
		licence: 'cc-by-nc-4.0',
		versions: [{ lang: 'ja', title: 'セクストーションの授業' }],
	})
	await createMaterial({
		countryCode: 'FR',
		status: 'draft',
		versions: [{ lang: 'fr', title: 'Brouillon secret' }],
	})
	for (let i = 0; i < 30; i++) {
		await createMaterial({
			countryCode: 'DE',
			originalLang: 'de',
			risks: ['reporting-help'],
			versions: [{ lang: 'de', title: `Plakat ${i}` }],
		})
	}
})

describe('catalog loader', () => {
	test('lists published materials only, newest first, in pages', async () => {
		const data = await catalogLoader(args('/en/materials'))
		expect(data.total).toBe(32)
		expect(data.items).toHaveLength(24)
		expect(data.pageCount).toBe(2)
		expect(data.items.map((i) => i.title)).not.toContain('Brouillon secret')
		// Newest first: in the order of their publication dates (which cards do not send).
		const published = await db.material.findMany({
			where: { id: { in: data.items.map((i) => i.id) } },
			select: { id: true, publishedAt: true },
		})
		const dateOf = new Map(published.map((m) => [m.id, m.publishedAt!.toISOString()]))
		const dates = data.items.map((i) => dateOf.get(i.id)!)
		expect([...dates].sort().reverse()).toEqual(dates)
		const page2 = await catalogLoader(args('/en/materials?page=2'))
		expect(page2.items).toHaveLength(8)
	})

	test('a page past the last one is said to be missing, with a 404, rather than shown empty', async () => {
		const past = await catalogLoader(args('/en/materials?page=99'))
		expect(past).toMatchObject({ pastEnd: true, page: 99, pageCount: 2, total: 32, items: [] })
		expect(await catalogStatus(args('/en/materials?page=99'))).toBe(404)
		expect(await catalogStatus(args('/en/materials?page=2'))).toBe(200)
		expect((await catalogLoader(args('/en/materials?page=2'))).pastEnd).toBe(false)
		// Nothing matches at all: no page is missing, there is just nothing to show.
		const none = await catalogLoader(args('/en/materials?q=zzzqqqxxx&page=3'))
		expect(none).toMatchObject({ pastEnd: false, total: 0 })
		expect(await catalogStatus(args('/en/materials?q=zzzqqqxxx&page=3'))).toBe(200)
	})

	test('filters combine: values of one filter are alternatives, filters narrow each other', async () => {
		const grooming = await catalogLoader(args('/en/materials?risk=grooming'))
		expect(grooming.items.map((i) => i.countryCode)).toEqual(['FR'])
		const either = await catalogLoader(args('/en/materials?risk=grooming&risk=sextortion'))
		expect(either.total).toBe(2)
		const narrowed = await catalogLoader(
			args('/en/materials?risk=grooming&risk=sextortion&country=JP'),
		)
		expect(narrowed.items.map((i) => i.countryCode)).toEqual(['JP'])
		const arabic = await catalogLoader(args('/en/materials?lang=ar'))
		expect(arabic.total).toBe(1)
		const adults = await catalogLoader(args('/en/materials?age=adults'))
		expect(adults.items.map((i) => i.countryCode)).toEqual(['JP'])
		const nc = await catalogLoader(args('/en/materials?licence=cc-by-nc-4.0&type=lesson-plan'))
		expect(nc.total).toBe(1)
	})

	test('shows each material in the reader language when it exists', async () => {
		const ar = await catalogLoader(args('/ar/materials?risk=grooming', { lang: 'ar' }))
		expect(ar.items[0]).toMatchObject({ title: 'لا ترد على الغرباء', lang: 'ar' })
		const en = await catalogLoader(args('/en/materials?risk=grooming'))
		expect(en.items[0]).toMatchObject({ title: 'Ne réponds pas aux inconnus', lang: 'fr' })
	})

	test('ignores invalid filter values instead of failing', async () => {
		const data = await catalogLoader(args('/en/materials?risk=grooming&audience=aliens&page=zero'))
		expect(data.total).toBe(1)
		expect(data.page).toBe(1)
	})
})

describe('GET /api/v1/materials', () => {
	test('answers JSON with items, total and page', async () => {
		const { status, body } = await callApi('/api/v1/materials?country=jp')
		expect(status).toBe(200)
		expect(body).toMatchObject({ total: 1, page: 1 })
		expect(body.items[0]).toMatchObject({
			countryCode: 'JP',
			resourceType: 'lesson-plan',
			languages: ['ja'],
		})
		expect(body.items[0].url).toMatch(/^\/en\/materials\//)
	})

	test('answers 400 naming the parameter for an invalid value', async () => {
		for (const [query, param] of [
			['audience=aliens', 'audience'],
			['risk=grooming&country=France', 'country'],
			['page=-1', 'page'],
			['age=%00%ff', 'age'],
		]) {
			const { status, body } = await callApi(`/api/v1/materials?${query}`)
			expect(status, query).toBe(400)
			expect(body.error).toMatchObject({ code: 'invalid_parameter', param })
		}
	})
})

describe('API answers in the reader’s language', () => {
	test('are cached apart per Accept-Language: every publicly cached answer varies on it', async () => {
		const material = await createMaterial({
			countryCode: 'FR',
			versions: [
				{ lang: 'fr', title: 'Affiche en français' },
				{ lang: 'en', title: 'Poster in English' },
			],
		})
		const headers = { 'accept-language': 'fr' }
		const responses = {
			one: await callApi(`/api/v1/materials/${material.id}`, { headers }),
			list: await callApi('/api/v1/materials', { headers }),
			search: await callApi('/api/v1/search?q=affiche', { headers }),
		}
		for (const [name, response] of Object.entries(responses)) {
			expect(response.status, name).toBe(200)
			expect(response.headers.get('cache-control'), name).toMatch(/^public/)
			expect(response.headers.get('vary') ?? '', name).toMatch(/(^|,\s*)accept-language(,|$)/i)
		}
	})
})
