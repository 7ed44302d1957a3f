import type * as RemixReact from '@remix-run/react'
import { createElement, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, test, vi } from 'vitest'
import { createI18n } from '#app/i18n/config.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import MaterialPage, { loader as materialLoader } from '#app/routes/$lang.materials.$id.tsx'
import { createMaterial } from '#tests/factories.ts'

// The page is rendered with the data its loader returned, outside a router.
const page = vi.hoisted(() => ({ data: null as unknown }))
vi.mock('@remix-run/react', async (original) => {
	const { createElement: h } = await import('react')
	return {
		...(await original<typeof RemixReact>()),
		useLoaderData: () => page.data,
		useRouteLoaderData: () => null,
		useActionData: () => undefined,
		useSearchParams: () => [new URLSearchParams(), () => {}],
		useNavigation: () => ({ state: 'idle' }),
		Form: ({ children }: { children?: ReactNode }) => h('form', { method: 'post' }, children),
		Link: ({ to, children }: { to: string; children?: ReactNode }) =>
			h('a', { href: to }, children),
	}
})

async function renderPage(id: string, lang: 'en' | 'fr' | 'ar') {
	page.data = await materialLoader({
		request: new Request(`http://localhost/${lang}/materials/${id}`),
		params: { lang, id },
		context: {},
	})
	return renderToString(
		createElement(
			I18nextProvider,
			{ i18n: createI18n(lang, RESOURCES[lang], RESOURCES.en) },
			createElement(MaterialPage),
		),
	)
}

/** The page's text as a reader gets it: tags gone, entities read. */
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')

/** A Spanish original adapted by two other countries, both into one other language. */
async function adaptedTwice() {
	const original = await createMaterial({
		countryCode: 'ES',
		originalLang: 'es',
		audiences: ['children', 'parents-carers', 'young-people'],
		ageMin: 9,
		ageMax: 12,
		versions: [{ lang: 'es', title: '¿Te chantajean con una foto?' }],
	})
	for (const countryCode of ['FR', 'BE']) {
		await createMaterial({
			countryCode,
			originalLang: 'fr',
			derivedFrom: { versionId: original.versions[0]!.id, kind: 'adaptation' },
			versions: [{ lang: 'fr', title: `On te fait chanter ? (${countryCode})` }],
		})
	}
	return original
}

describe('the material page in words', () => {
	test('each number agrees with its own noun, in every language', async () => {
		const { id } = await adaptedTwice()
		expect(text(await renderPage(id, 'en'))).toContain(
			'Adapted by 2 other countries in 1 other language.',
		)
		expect(text(await renderPage(id, 'fr'))).toContain(
			'Adaptée par 2 autres pays en 1 autre langue.',
		)
		// Arabic: the dual for two countries, the singular for one language.
		expect(text(await renderPage(id, 'ar'))).toContain('كيّفتها دولتان أخريان بلغة أخرى.')
	})

	test('ages agree with the last number, lists are joined as each language joins them', async () => {
		const { id } = await adaptedTwice()
		const english = text(await renderPage(id, 'en'))
		expect(english).toContain('9 to 12 years')
		expect(english).toContain('Children, Parents and carers, and Young people')
		const arabic = text(await renderPage(id, 'ar'))
		// Arabic joins with "و" (and its own comma where one is needed), never the Latin comma.
		expect(arabic).toContain('الأطفال والآباء والأمهات ومقدّمو الرعاية والشباب واليافعون')
		expect(arabic).toContain('(إسبانيا، الإسبانية)')
		expect(arabic).not.toMatch(/[\u0600-\u06ff], /)
	})

	test('on an Arabic page, titles in a left-to-right language are isolated with their own direction', async () => {
		const original = await adaptedTwice()
		const derivative = await createMaterial({
			countryCode: 'IL',
			originalLang: 'ar',
			derivedFrom: { versionId: original.versions[0]!.id, kind: 'adaptation' },
			versions: [{ lang: 'ar', title: 'هل يبتزّك أحد بصورة؟' }],
		})
		const html = await renderPage(derivative.id, 'ar')
		// "Adapted from" and the family tree: the Spanish title keeps its own order.
		expect(html).toContain('<bdi lang="es" dir="ltr">¿Te chantajean con una foto?</bdi>')
		expect(html).not.toMatch(/<a [^>]*lang="es"(?![^>]*dir=)[^>]*>¿Te/)
		expect(html).toContain('<bdi lang="fr" dir="ltr">On te fait chanter ? (FR)</bdi>')
	})
})
