import { validate } from '@readme/openapi-parser'
import { beforeAll, describe, expect, test } from 'vitest'
import { UI_LANGUAGES } from '#app/domain/languages.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { loader as apiDocsLoader } from '#app/routes/$lang.api.tsx'
import { loader as openApiLoader } from '#app/routes/api.v1.openapi[.json].ts'
import { callApi, contractProblems, openApiDocument } from '#tests/support/api-contract.ts'
import { attachPng, createMaterial } from '#tests/factories.ts'

type Parameter = {
	name: string
	in: string
	schema: { type?: string; enum?: string[]; items?: { enum?: string[] }; example?: unknown }
	example?: unknown
}
type Example = { value: Record<string, unknown>; 'x-request'?: string }

let original: Awaited<ReturnType<typeof createMaterial>>
let adaptation: Awaited<ReturnType<typeof createMaterial>>

beforeAll(async () => {
	original = await createMaterial({
		countryCode: 'FR',
		licence: 'cc-by-sa-4.0',
		accessibility: ['captions'],
		organisation: 'e-Enfance',
		versions: [
			{ lang: 'fr', title: 'Affiche contre la sextorsion', description: 'Que faire.' },
			{ lang: 'en', title: 'Poster against sextortion', description: 'What to do.' },
		],
	})
	await attachPng(original.versions[0]!.id, 'primary')
	await attachPng(original.versions[0]!.id, 'preview')
	adaptation = await createMaterial({
		countryCode: 'DE',
		originalLang: 'de',
		licence: 'cc-by-sa-4.0',
		accessibility: ['easy-read', 'large-print'],
		derivedFrom: { versionId: original.versions[0]!.id, kind: 'adaptation' },
		versions: [{ lang: 'de', title: 'Plakat gegen Sextortion', description: 'Was tun.' }],
	})
	await createMaterial({
		countryCode: 'JP',
		originalLang: 'ja',
		licence: 'all-rights-reserved',
		versions: [{ lang: 'ja', title: 'セクストーション', description: '' }],
	})
})

const operations = () =>
	Object.entries(openApiDocument().paths!).map(([path, item]) => ({ path, get: item.get! }))

/** A URL for a path template, `{id}` filled with a published material's id. */
const concrete = (path: string) => path.replace('{id}', original.id)

function queryOf(name: string, value: unknown) {
	const params = new URLSearchParams()
	for (const one of [value].flat()) params.append(name, String(one))
	return params.toString()
}

describe('the OpenAPI document', () => {
	test('is served as JSON to any site, and is valid OpenAPI 3.1', async () => {
		const response = await openApiLoader({
			request: new Request('http://localhost/api/v1/openapi.json'),
			params: {},
			context: {},
		})
		expect(response.status).toBe(200)
		expect(response.headers.get('access-control-allow-origin')).toBe('*')
		const document = await response.json()
		expect(document.openapi).toBe('3.1.0')
		const result = await validate(document)
		expect(result.valid, JSON.stringify('errors' in result ? result.errors : [])).toBe(true)
		expect(Object.keys(document.paths).sort()).toEqual([
			'/api/v1/materials',
			'/api/v1/materials/{id}',
			'/api/v1/search',
		])
	})

	test('every parameter’s example is accepted, alone and all together, and answers as documented', async () => {
		let checked = 0
		for (const { path, get } of operations()) {
			const query = ((get.parameters ?? []) as Parameter[]).filter((p) => p.in === 'query')
			const all: string[] = []
			for (const parameter of query) {
				const example = parameter.example ?? parameter.schema.example
				expect(example, `${path} ${parameter.name} has an example`).toBeDefined()
				const one = queryOf(parameter.name, example)
				all.push(one)
				const answer = await callApi(`${concrete(path)}?${one}`)
				expect(answer.status, `${path}?${one}`).toBe(200)
				checked++
			}
			const together = await callApi(`${concrete(path)}?${all.join('&')}`)
			expect(together.status, `${path} with every example`).toBe(200)
		}
		expect(checked).toBeGreaterThan(15)
	})

	test('every value a parameter’s vocabulary lists is accepted', async () => {
		for (const { path, get } of operations()) {
			for (const parameter of (get.parameters ?? []) as Parameter[]) {
				// A list parameter takes them all at once: each value is validated.
				const list = parameter.schema.items?.enum
				const values = list ? [list] : (parameter.schema.enum ?? [])
				for (const value of values) {
					const url = `${concrete(path)}?${queryOf(parameter.name, value)}`
					expect((await callApi(url)).status, url).toBe(200)
				}
			}
		}
	})

	test('each error example answers as documented, problem details and all', async () => {
		let checked = 0
		for (const { path, get } of operations()) {
			for (const [status, response] of Object.entries(get.responses ?? {})) {
				const content = (response as { content?: Record<string, { examples?: object }> }).content
				for (const [type, media] of Object.entries(content ?? {})) {
					for (const [name, example] of Object.entries(media.examples ?? {}) as [
						string,
						Example,
					][]) {
						const request = example['x-request']
						if (!request) continue
						const answer = await callApi(request)
						expect(answer.status, `${path} ${name}`).toBe(Number(status))
						expect(answer.headers.get('content-type'), name).toBe(type)
						expect(answer.body, `${path} ${name}`).toEqual(example.value)
						checked++
					}
				}
			}
		}
		expect(checked).toBe(7)
	})

	test('a body that breaks the schema is caught by the validator', () => {
		// The contract check itself can fail: a missing member, a wrong type and
		// an undocumented status are each reported.
		expect(contractProblems('/api/v1/materials', 200, { items: [], total: '1' })).not.toEqual([])
		expect(contractProblems('/api/v1/search', 418, {})).toEqual([
			'/api/v1/search: status 418 not documented',
		])
		expect(contractProblems('/api/v1/materials/x', 500, {})).toEqual([
			'/api/v1/materials/x: server error 500',
		])
	})
})

describe('the documentation page', () => {
	test('lists every interface language ui takes, and no sentence names fewer', async () => {
		const docs = await apiDocsLoader({
			request: new Request('http://localhost/en/api'),
			params: { lang: 'en' },
			context: {},
		})
		const ui = docs.operations.flatMap((op) => op.parameters.filter((p) => p.name === 'ui'))
		expect(ui.length).toBeGreaterThan(0)
		for (const parameter of ui)
			expect(parameter.values).toEqual({ kind: 'list', values: [...UI_LANGUAGES] })
		// The table gives the values from the schema; a sentence that listed
		// some of them ("en, fr or ar") would be wrong as soon as there were more.
		const codes = new Set<string>(UI_LANGUAGES)
		const listed = (sentence: string) => {
			// Standalone Latin words only: not the "en" of French "l’en-tête".
			const words = [...sentence.matchAll(/(?<![\p{L}’'-])[a-z]{2}(?![\p{L}’'-])/gu)].filter((m) =>
				codes.has(m[0]),
			)
			// Two codes apart by no more than punctuation and a short word ("or", "أو").
			return words.some((m, i) => {
				const next = words[i + 1]
				if (!next) return false
				const between = sentence.slice(m.index + 2, next.index)
				return /^[\s,、،()（）]*(\S{1,4}[\s,、،()（）]+)?$/u.test(between)
			})
		}
		expect(listed('Titles follow the ui parameter (en, fr or ar).')).toBe(true)
		expect(listed('Titels en paginalinks volgen de parameter ui.')).toBe(false)
		for (const lang of UI_LANGUAGES) {
			const sentence = getFixedT(lang)('apiDocs.conventions.language')
			expect(listed(sentence), `${lang}: ${sentence}`).toBe(false)
		}
	})
})

describe('the API’s answers', () => {
	test('carry licence URIs and SPDX identifiers, and link their pages', async () => {
		const list = await callApi('/api/v1/materials?ui=en')
		const byCountry = Object.fromEntries(
			list.body.items.map((i: { countryCode: string }) => [i.countryCode, i]),
		)
		expect(byCountry.FR).toMatchObject({
			licence: 'cc-by-sa-4.0',
			licenceSpdx: 'CC-BY-SA-4.0',
			licenceUri: 'https://creativecommons.org/licenses/by-sa/4.0/',
			url: `/en/materials/${original.id}`,
		})
		expect(byCountry.JP).toMatchObject({
			licenceSpdx: null,
			licenceUri: 'http://rightsstatements.org/vocab/InC/1.0/',
		})
		const one = await callApi(`/api/v1/materials/${adaptation.id}?ui=fr`)
		expect(one.body).toMatchObject({
			licenceSpdx: 'CC-BY-SA-4.0',
			url: `/fr/materials/${adaptation.id}`,
			adaptedFrom: { materialId: original.id, licenceSpdx: 'CC-BY-SA-4.0' },
		})
		const search = await callApi('/api/v1/search?q=sextortion')
		expect(search.body.hits.length).toBeGreaterThan(0)
		for (const hit of search.body.hits) expect(hit.licenceUri).toMatch(/^https?:\/\//)
	})

	test('filter on accessibility: any of the features named, in the list and in search alike', async () => {
		const listed = async (query: string) =>
			(await callApi(`/api/v1/materials?${query}`)).body.items.map((i: { id: string }) => i.id)
		const found = async (query: string) =>
			(await callApi(`/api/v1/search?${query}`)).body.hits.map((h: { id: string }) => h.id)
		for (const ids of [listed, found]) {
			expect(await ids('accessibility=captions')).toEqual([original.id])
			expect(await ids('accessibility=EASY-READ')).toEqual([adaptation.id])
			expect((await ids('accessibility=captions,large-print')).sort()).toEqual(
				[original.id, adaptation.id].sort(),
			)
			expect(await ids('accessibility=sign-language')).toEqual([])
			expect((await ids('')).length).toBe(3)
			expect(await ids('accessibility=easy-read&country=FR')).toEqual([])
		}
		// With words too, and the facet counts what each feature would add.
		const search = await callApi('/api/v1/search?q=sextortion&accessibility=captions')
		expect(search.body.hits.map((h: { id: string }) => h.id)).toEqual([original.id])
		expect(search.body.facets.accessibility).toEqual({
			captions: 1,
			'easy-read': 1,
			'large-print': 1,
		})
		expect(search.body.facets.country).toEqual({ FR: 1 })
		for (const path of ['materials', 'search']) {
			const bad = await callApi(`/api/v1/${path}?accessibility=telepathy`)
			expect(bad.body).toMatchObject({
				status: 400,
				code: 'invalid_parameter',
				param: 'accessibility',
			})
		}
	})

	test('search and the list take their accessibility filter from one schema', () => {
		const paths = openApiDocument().paths!
		const parameter = (path: string) =>
			(paths[path]!.get!.parameters as Parameter[]).find((p) => p.name === 'accessibility')
		expect(parameter('/api/v1/search')).toBeDefined()
		expect(parameter('/api/v1/search')).toEqual(parameter('/api/v1/materials'))
	})

	test('errors are problem details that keep their code and parameter', async () => {
		const bad = await callApi('/api/v1/search?q=x&country=France')
		expect(bad.status).toBe(400)
		expect(bad.headers.get('content-type')).toBe('application/problem+json')
		expect(bad.headers.get('cache-control')).toBe('no-store')
		expect(bad.body).toEqual({
			type: '/en/api#problem-invalid_parameter',
			title: 'Invalid query parameter',
			status: 400,
			detail: 'Invalid value for "country": "FRANCE"',
			code: 'invalid_parameter',
			param: 'country',
			error: {
				code: 'invalid_parameter',
				message: 'Invalid value for "country": "FRANCE"',
				param: 'country',
			},
		})
		const missing = await callApi('/api/v1/materials/' + 'x'.repeat(65))
		expect(missing.body).toMatchObject({ status: 404, code: 'not_found' })
	})

	test('another site may read them, after a preflight when it revalidates', async () => {
		for (const path of [
			'/api/v1/materials',
			`/api/v1/materials/${original.id}`,
			'/api/v1/search',
		]) {
			const preflight = await callApi(path, {
				method: 'OPTIONS',
				headers: {
					origin: 'https://portal.example.gov',
					'access-control-request-method': 'GET',
					'access-control-request-headers': 'if-none-match',
				},
			})
			expect(preflight.status, path).toBe(204)
			expect(preflight.headers.get('access-control-allow-origin'), path).toBe('*')
			expect(preflight.headers.get('access-control-allow-methods'), path).toContain('GET')
			expect(preflight.headers.get('access-control-allow-headers'), path).toMatch(/If-None-Match/i)
			const answer = await callApi(path, { headers: { origin: 'https://portal.example.gov' } })
			expect(answer.headers.get('access-control-allow-origin'), path).toBe('*')
			expect(answer.headers.get('access-control-expose-headers'), path).toMatch(/ETag/)
		}
		const refused = await callApi('/api/v1/materials?risk=nope', {
			headers: { origin: 'https://portal.example.gov' },
		})
		expect(refused.headers.get('access-control-allow-origin')).toBe('*')
	})

	test('an unchanged answer is 304 to If-None-Match; a change gives a new ETag', async () => {
		const url = '/api/v1/materials?country=FR&ui=en'
		const first = await callApi(url)
		const etag = first.headers.get('etag')!
		expect(etag).toMatch(/^W\/"[^"]+"$/)
		const again = await callApi(url, { headers: { 'if-none-match': etag } })
		expect(again.status).toBe(304)
		expect(again.body).toBeNull()
		expect(again.headers.get('etag')).toBe(etag)
		expect(again.headers.get('vary')).toMatch(/Accept-Language/)
		// Weak comparison: the tag without W/, or in a list, still matches.
		expect(
			(await callApi(url, { headers: { 'if-none-match': `"x", ${etag.slice(2)}` } })).status,
		).toBe(304)
		expect((await callApi(url, { headers: { 'if-none-match': '"stale"' } })).status).toBe(200)
		// Another language is another answer, with its own tag.
		const french = await callApi('/api/v1/materials?country=FR&ui=fr')
		expect(french.headers.get('etag')).not.toBe(etag)

		await createMaterial({ countryCode: 'FR', versions: [{ lang: 'fr', title: 'Nouvelle' }] })
		const changed = await callApi(url, { headers: { 'if-none-match': etag } })
		expect(changed.status).toBe(200)
		expect(changed.headers.get('etag')).not.toBe(etag)
	})

	test('two equal searches share an ETag though their time taken differs', async () => {
		const first = await callApi('/api/v1/search?q=affiche')
		const etag = first.headers.get('etag')!
		const again = await callApi('/api/v1/search?q=affiche', { headers: { 'if-none-match': etag } })
		expect(again.status).toBe(304)
	})

	test('every answer, success or not, varies on Accept-Language', async () => {
		for (const url of [
			'/api/v1/materials',
			`/api/v1/materials/${original.id}`,
			'/api/v1/materials/unknown',
			'/api/v1/search?q=poster',
			'/api/v1/search?risk=nope',
		]) {
			const answer = await callApi(url)
			expect(answer.headers.get('vary'), url).toMatch(/(^|,\s*)Accept-Language(,|$)/i)
		}
		// And it does change them: the title shown follows the reader's language.
		const title = async (language: string) =>
			(
				await callApi(`/api/v1/materials?country=FR`, { headers: { 'accept-language': language } })
			).body.items.find((i: { id: string }) => i.id === original.id).title
		expect(await title('fr')).toBe('Affiche contre la sextorsion')
		expect(await title('en')).toBe('Poster against sextortion')
	})
})
