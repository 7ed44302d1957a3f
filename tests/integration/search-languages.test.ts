import { beforeAll, describe, expect, test } from 'vitest'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { CONCEPTS } from '#app/domain/concepts.ts'
import { searchLanguageOf } from '#app/domain/search-language.ts'
import { type Risk } from '#app/domain/vocabularies.ts'
import { searchMaterials } from '#app/models/search.server.ts'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { normalizeText } from '#app/search/text.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { createMaterial } from '#tests/factories.ts'

/** The interface languages: a reader of each must find the topics in their own words. */
const UI_LANGUAGES =
	'ar bg cs da de el en es et fi fr he hr hu hy it ja ka km ko lt lv nb nl pl pt ro ru sk sl sq sr sv th tr uk vi zh'.split(
		' ',
	)
const RISKS: Risk[] = ['grooming', 'sextortion', 'self-generated']

let engine: SqliteFtsEngine
/** Material ids by content language and risk. */
const materials = new Map<string, string>()

beforeAll(async () => {
	// One material per language and risk, its title naming no topic: only its
	// tags (the topic's words in its language and in English) can find it.
	for (const ui of UI_LANGUAGES) {
		const lang = searchLanguageOf(ui)
		for (const risk of RISKS) {
			const material = await createMaterial({
				countryCode: 'FR',
				originalLang: lang,
				risks: [risk],
				audiences: ['general-public'],
				versions: [{ lang, title: `Item ${lang} ${RISKS.indexOf(risk)}`, description: '' }],
			})
			materials.set(`${lang}:${risk}`, material.id)
		}
	}
	engine = new SqliteFtsEngine(resolveDatabasePath())
}, 120_000)

const termsOf = (risk: Risk, lang: string) =>
	CONCEPTS.find((c) => c.vocabulary === 'risk' && c.key === risk)!.terms[lang] ?? []

const search = (q: string, uiLang: string) =>
	engine.search({ q, filters: emptyFilters(), page: 1, pageSize: 200, uiLang })

describe('every interface language names the topics', () => {
	test.each(UI_LANGUAGES)(
		'%s: the words for grooming, sextortion and self-generated material find what is tagged so',
		async (ui) => {
			const lang = searchLanguageOf(ui)
			for (const risk of RISKS) {
				const terms = termsOf(risk, lang)
				expect(terms.length, `${risk} in ${lang}`).toBeGreaterThan(0)
				for (const term of terms) {
					const found = new Set((await search(term, ui)).hits.map((h) => h.materialId))
					// The material in the reader's language, and those in the others.
					expect(found.has(materials.get(`${lang}:${risk}`)!), `${term} (${lang})`).toBe(true)
					expect(found.has(materials.get(`en:${risk}`)!), `${term} (${lang}) → en`).toBe(true)
					// Not the materials on the other two risks, unless their own words
					// say it ("afpresning med nøgenbilleder" is sextortion with nudes).
					for (const other of RISKS.filter((r) => r !== risk)) {
						const said = termsOf(other, lang).some((t) =>
							normalizeText(t).includes(normalizeText(term)),
						)
						if (!said)
							expect(found.has(materials.get(`${lang}:${other}`)!), `${term} → ${other}`).toBe(
								false,
							)
					}
				}
			}
		},
	)

	test('Serbian words find Serbian materials in either script', async () => {
		for (const q of [
			'груминг',
			'gruming',
			'секстортија',
			'sekstortija',
			'голе слике',
			'gole slike',
		]) {
			const found = (await search(q, 'sr')).hits.map((h) => h.materialId)
			expect(
				found.some((id) => [...materials].some(([k, v]) => v === id && k.startsWith('sr:'))),
				q,
			).toBe(true)
		}
	})

	test('a Norwegian (nb) reader sees the Norwegian (no) material first when all match alike', async () => {
		const { items } = await searchMaterials({
			q: 'grooming',
			filters: emptyFilters(),
			page: 1,
			pageSize: 50,
			uiLang: 'nb',
		})
		expect(items[0]?.id).toBe(materials.get('no:grooming'))
		expect(items[0]?.hit?.lang).toBe('no')
	})
})
