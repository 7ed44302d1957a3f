import { describe, expect, test } from 'vitest'
import { loader as healthLoader } from '#app/routes/healthz.ts'
import { loader as indexLoader } from '#app/routes/_index.tsx'
import { loader as langLoader } from '#app/routes/$lang.tsx'
import { loader as rootLoader } from '#app/root.tsx'

const req = (url: string, headers: Record<string, string> = {}) =>
	new Request(`http://localhost${url}`, { headers })

describe('language in the URL', () => {
	test('/ redirects to the language the browser prefers', async () => {
		const response = await indexLoader({
			request: req('/', { 'accept-language': 'fr-CA,fr;q=0.9' }),
			params: {},
			context: {},
		})
		expect(response.status).toBe(302)
		expect(response.headers.get('location')).toBe('/fr')
		const fallback = await indexLoader({
			request: req('/', { 'accept-language': 'sw' }),
			params: {},
			context: {},
		})
		expect(fallback.headers.get('location')).toBe('/en')
	})

	test('a content language without UI translation redirects; anything else is 404', async () => {
		const redirect = (await langLoader({
			request: req('/mt/materials?risk=grooming', { 'accept-language': 'mt,fr;q=0.5' }),
			params: { lang: 'mt' },
			context: {},
		})) as Response
		expect(redirect.headers.get('location')).toBe('/fr/materials?risk=grooming')
		// Another tag of a UI language, or a declared fallback's, goes to that language.
		for (const [prefix, lang] of [
			['zh-Hans', 'zh'],
			['pt-PT', 'pt'],
			['DE', 'de'],
			['no', 'nb'],
			['bs', 'hr'],
		]) {
			const tagged = (await langLoader({
				request: req(`/${prefix}/materials?q=x`),
				params: { lang: prefix },
				context: {},
			})) as Response
			expect(tagged.headers.get('location')).toBe(`/${lang}/materials?q=x`)
		}
		const thrown = await langLoader({
			request: req('/zz/materials'),
			params: { lang: 'zz' },
			context: {},
		}).catch((e) => e)
		expect(thrown).toBeInstanceOf(Response)
		expect(thrown.status).toBe(404)
		// A UI language renders; nobody is signed in, so the header gets no roles,
		// and no reporting link while no round is public.
		expect(await langLoader({ request: req('/ar'), params: { lang: 'ar' }, context: {} })).toEqual({
			actor: null,
			unread: 0,
			reports: false,
		})
	})

	test('the page direction follows the language', async () => {
		expect(
			await rootLoader({ request: req('/ar'), params: { lang: 'ar' }, context: {} }),
		).toMatchObject({ lang: 'ar', dir: 'rtl' })
		expect(
			await rootLoader({ request: req('/fr'), params: { lang: 'fr' }, context: {} }),
		).toMatchObject({ lang: 'fr', dir: 'ltr' })
	})
})

describe('GET /healthz', () => {
	test('answers ok when the database answers', async () => {
		const response = await healthLoader()
		expect(response.status).toBe(200)
		expect(await response.json()).toEqual({ status: 'ok' })
	})
})
