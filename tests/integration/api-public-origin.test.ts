import { beforeAll, describe, expect, test, vi } from 'vitest'
import { callApi } from '#tests/support/api-contract.ts'
import { attachPng, createMaterial } from '#tests/factories.ts'

/** A deployment: APP_ORIGIN names the public address, set before the app's modules load. */
vi.hoisted(() => {
	process.env.APP_ORIGIN = 'https://awareness.example.org'
})

const ORIGIN = 'https://awareness.example.org'
let materialId: string

beforeAll(async () => {
	const material = await createMaterial({
		versions: [{ lang: 'fr', title: 'Affiche', description: 'Une affiche.' }],
	})
	materialId = material.id
	await attachPng(material.versions[0]!.id, 'primary')
	await attachPng(material.versions[0]!.id, 'preview')
})

describe('with APP_ORIGIN set, the API answers absolute URLs', () => {
	test('for pages, downloads, previews and problem types', async () => {
		const list = await callApi('/api/v1/materials?ui=fr')
		expect(list.body.items[0].url).toBe(`${ORIGIN}/fr/materials/${materialId}`)

		const one = await callApi(`/api/v1/materials/${materialId}?ui=ar`)
		expect(one.body.url).toBe(`${ORIGIN}/ar/materials/${materialId}`)
		for (const file of one.body.versions[0].files)
			expect(file.downloadUrl).toBe(`${ORIGIN}/download/${file.id}`)

		const search = await callApi('/api/v1/search?q=affiche')
		expect(search.body.hits[0].url).toBe(`${ORIGIN}/en/materials/${materialId}`)
		expect(search.body.hits[0].preview).toMatch(new RegExp(`^${ORIGIN}/files/`))

		const missing = await callApi('/api/v1/materials/unknown')
		expect(missing.body.type).toBe(`${ORIGIN}/en/api#problem-not_found`)
	})

	test('the OpenAPI document names the public server', async () => {
		const { loader } = await import('#app/routes/api.v1.openapi[.json].ts')
		const response = await loader({
			request: new Request('http://localhost/api/v1/openapi.json'),
			params: {},
			context: {},
		})
		const document = await response.json()
		expect(document.servers).toEqual([{ url: `${ORIGIN}/` }])
	})
})
