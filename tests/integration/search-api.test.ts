import { beforeAll, describe, expect, test } from 'vitest'
import { loader as catalogLoader } from '#app/routes/$lang.materials._index.tsx'
import { callApi } from '#tests/support/api-contract.ts'
import { createMaterial } from '#tests/factories.ts'

// Every answer is also checked against the OpenAPI document.
const api = (query: string) => callApi(`/api/v1/search?${query}`)

beforeAll(async () => {
	await createMaterial({
		countryCode: 'FR',
		risks: ['grooming'],
		versions: [
			{ lang: 'fr', title: 'Un inconnu trop gentil', description: 'Les signes du pédopiégeage.' },
			{
				lang: 'ar',
				title: 'غريب لطيف أكثر من اللازم',
				description: 'علامات الاستدراج عبر الإنترنت.',
			},
		],
	})
	await createMaterial({
		countryCode: 'JP',
		originalLang: 'ja',
		resourceType: 'lesson-plan',
		risks: ['grooming'],
		versions: [{ lang: 'ja', title: '知らない人に気をつけよう' }],
	})
	await createMaterial({
		countryCode: 'DE',
		risks: ['sextortion'],
		versions: [{ lang: 'de', title: 'Sextortion: Hilfe für Eltern' }],
	})
})

describe('GET /api/v1/search', () => {
	test('answers with hits, highlights, facets, total, time and the reason for each match', async () => {
		const { status, body } = await api('q=pedopiegeage&ui=en')
		expect(status).toBe(200)
		expect(body.total).toBe(2)
		expect(body.tookMs).toEqual(expect.any(Number))
		expect(body.engine).toBe('sqlite-fts')
		expect(body.concepts).toEqual([{ vocabulary: 'risk', key: 'grooming', term: 'pédopiégeage' }])
		const [text, topic] = body.hits
		expect(text).toMatchObject({
			lang: 'fr',
			matchedBy: { kind: 'text' },
			url: expect.stringMatching(/^\/en\/materials\//),
		})
		expect(text.snippet).toContain('<mark>pédopiégeage</mark>')
		expect(topic).toMatchObject({ lang: 'ja', matchedBy: { kind: 'concept', key: 'grooming' } })
		expect(body.facets.country).toEqual({ FR: 1, JP: 1 })
		expect(body.facets.risk).toEqual({ grooming: 2 })
	})

	test('filters narrow the hits and keep their own facet open', async () => {
		const { body } = await api('risk=grooming&country=JP')
		expect(body.hits.map((h: { countryCode: string }) => h.countryCode)).toEqual(['JP'])
		expect(body.facets.country).toEqual({ FR: 1, JP: 1 })
		expect(body.facets.risk).toEqual({ grooming: 1 })
	})

	test('answers a corrected query when nothing matched', async () => {
		// Two edits away from "eltern": more than a six-letter word tolerates.
		const { body } = await api('q=eltrnx')
		expect(body.total).toBe(0)
		expect(body.didYouMean).toBe('eltern')
	})

	test('an invalid filter is a 400 that names it; hostile words are just words', async () => {
		const bad = await api('q=x&risk=%3Cscript%3E')
		expect(bad.status).toBe(400)
		expect(bad.body).toMatchObject({ error: { code: 'invalid_parameter', param: 'risk' } })
		for (const q of [
			'"',
			'NEAR(a b)',
			'*',
			'title:x',
			'\u0000',
			'(((',
			'a'.repeat(10_000),
			'%',
			')"^*:',
		]) {
			const { status, body } = await api(`q=${encodeURIComponent(q)}`)
			expect(status, q.slice(0, 20)).toBe(200)
			expect(body.total, q.slice(0, 20)).toEqual(expect.any(Number))
		}
	})
})

describe('catalog page search', () => {
	test('the catalog searches with ?q= and shows each hit in the language that matched', async () => {
		const { data } = await catalogLoader({
			request: new Request(
				'http://localhost/ar/materials?q=%D8%A7%D9%84%D8%A7%D8%B3%D8%AA%D8%AF%D8%B1%D8%A7%D8%AC',
			),
			params: { lang: 'ar' },
			context: {},
		})
		expect(data.q).toBe('الاستدراج')
		const hit = data.items.find((i) => i.countryCode === 'FR')!
		expect(hit.lang).toBe('ar')
		expect(hit.hit?.snippet).toContain('<mark>الاستدراج</mark>')
		expect(data.items.find((i) => i.countryCode === 'JP')?.hit?.matchedBy).toMatchObject({
			kind: 'concept',
		})
	})
})
