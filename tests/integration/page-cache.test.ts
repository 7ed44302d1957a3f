import { describe, expect, test } from 'vitest'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import { loader as rootLoader } from '#app/root.tsx'
import { action as reviewAction } from '#app/routes/$lang.review.$id.tsx'
import { loader as stringsLoader } from '#app/routes/strings.$file.ts'
import { publicLibraryGeneration } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'
import { createDraftMaterial, updateDraftMaterial } from '#app/models/material/drafts.server.ts'
import { createMaterial, createUser, draftFields } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

const req = (url: string, headers: Record<string, string> = {}) =>
	new Request(`http://localhost${url}`, { headers })

async function stringsFile(name: string, headers: Record<string, string> = {}) {
	return stringsLoader({
		request: req(`/strings/${name}`, headers),
		params: { file: name },
		context: {},
	})
}

describe('interface strings as a file', () => {
	test('the root names the language’s strings file instead of carrying the strings', async () => {
		const data = await rootLoader({ request: req('/ar'), params: { lang: 'ar' }, context: {} })
		expect(data).toEqual({
			lang: 'ar',
			dir: 'rtl',
			strings: expect.stringMatching(/^\/strings\/ar\.[\w-]{12}\.json$/),
			// For the page's head: what link previews and feeds name the site.
			origin: 'http://localhost:3000',
			siteName: expect.any(String),
			tagline: expect.any(String),
		})
	})

	test('the current version is every namespace of one language, cacheable for a year, 304 when unchanged', async () => {
		const { strings } = await rootLoader({
			request: req('/fr'),
			params: { lang: 'fr' },
			context: {},
		})
		const name = strings.replace('/strings/', '')
		const response = await stringsFile(name)
		expect(response.status).toBe(200)
		expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
		expect(await response.json()).toEqual(JSON.parse(JSON.stringify(RESOURCES.fr)))
		const again = await stringsFile(name, { 'if-none-match': response.headers.get('etag')! })
		expect(again.status).toBe(304)
	})

	test('an old version gets today’s strings, not to be kept; anything else is not found', async () => {
		const old = await stringsFile('en.0ld-version0.json')
		expect(old.status).toBe(200)
		expect(old.headers.get('cache-control')).toBe('no-cache')
		expect(await old.json()).toEqual(JSON.parse(JSON.stringify(RESOURCES.en)))
		for (const name of ['xx.abc.json', 'en.json', '../en.abc.json', 'en.abc.js'])
			expect((await stringsFile(name)).status).toBe(404)
	})
})

describe('the public library generation', () => {
	test('a publication and a withdrawal each raise it once committed', async () => {
		const reviewer = await createUser('reviewer')
		const material = await createMaterial({ countryCode: 'FR', status: 'submitted' })
		const params = { lang: 'en', id: material.id }
		const before = publicLibraryGeneration()
		await call(reviewAction, `/en/review/${material.id}`, {
			params,
			cookie: reviewer.cookie,
			form: { decision: 'publish', confirmed: 'yes' },
		})
		expect((await db.material.findUniqueOrThrow({ where: { id: material.id } })).status).toBe(
			'published',
		)
		const published = publicLibraryGeneration()
		expect(published).toBeGreaterThan(before)

		await call(reviewAction, `/en/review/${material.id}`, {
			params,
			cookie: reviewer.cookie,
			form: { decision: 'withdraw', reason: 'The helpline number has changed.', confirmed: 'yes' },
		})
		expect((await db.material.findUniqueOrThrow({ where: { id: material.id } })).status).toBe(
			'withdrawn',
		)
		expect(publicLibraryGeneration()).toBeGreaterThan(published)
	})

	test('a contributor saving a draft leaves it as it is, so the anonymous pages stay cached', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const draft = (title: string) =>
			draftFields({ draftId: 'draft-kept-out-of-the-cache', title, description: 'Not yet public.' })
		const before = publicLibraryGeneration()
		const created = await createDraftMaterial(contributor, 'FR', draft('Brouillon'))
		expect(created).toMatchObject({ ok: true, created: true })
		for (let i = 0; i < 3; i++)
			expect(
				await updateDraftMaterial(
					contributor,
					created.ok ? created.id : '',
					draft(`Brouillon ${i}`),
				),
			).toEqual({ ok: true })
		expect(publicLibraryGeneration()).toBe(before)
	})
})
