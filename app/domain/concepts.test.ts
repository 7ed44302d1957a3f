import { describe, expect, test } from 'vitest'
import { CONCEPTS, findConcepts } from '#app/domain/concepts.ts'
import { searchLanguageOf } from '#app/domain/search-language.ts'
import { AUDIENCES, RESOURCE_TYPES, RISKS } from '#app/domain/vocabularies.ts'
import { normalizeText, parseQuery, segment } from '#app/search/text.ts'

/** Query terms exactly as the engine passes them. */
const concepts = (query: string) => findConcepts(parseQuery(query).terms.map((t) => t.text))
const keys = (query: string) => concepts(query).map((c) => `${c.vocabulary}:${c.key}`)

/** The interface languages (the dictionary has Norwegian as `no`, see searchLanguageOf). */
const UI_LANGUAGES =
	'ar bg cs da de el en es et fi fr he hr hu hy it ja ka km ko lt lv nb nl pl pt ro ru sk sl sq sr sv th tr uk vi zh'.split(
		' ',
	)

describe('CONCEPTS', () => {
	test('covers every risk, audience and resource type in every language', () => {
		const expected = [
			...RISKS.map((k) => `risk:${k}`),
			...AUDIENCES.map((k) => `audience:${k}`),
			...RESOURCE_TYPES.map((k) => `type:${k}`),
		]
		expect(CONCEPTS.map((c) => `${c.vocabulary}:${c.key}`).sort()).toEqual(expected.sort())
		expect(UI_LANGUAGES).toHaveLength(38)
		for (const concept of CONCEPTS) {
			for (const lang of UI_LANGUAGES) {
				const terms = concept.terms[searchLanguageOf(lang)] ?? []
				expect(terms.length, `${concept.key} ${lang}`).toBeGreaterThan(0)
			}
		}
	})

	test('follows the Luxembourg Terminology Guidelines', () => {
		const banned = /porn|порн|πορν|ポルノ|色情|포르노|음란|إباح|פורנו|prostitu|проститу/
		for (const concept of CONCEPTS) {
			for (const terms of Object.values(concept.terms)) {
				for (const term of terms) {
					expect(term.toLowerCase(), concept.key).not.toMatch(banned)
					expect(normalizeText(term), concept.key).not.toMatch(banned)
				}
			}
		}
		expect(concepts('child pornography')).toEqual([])
	})

	test('no term names two different concepts', () => {
		const owner = new Map<string, string>()
		for (const concept of CONCEPTS) {
			for (const terms of Object.values(concept.terms)) {
				for (const term of terms) {
					const tokens = segment(normalizeText(term)).join(' ')
					expect(tokens, term).not.toBe('')
					const id = `${concept.vocabulary}:${concept.key}`
					expect(owner.get(tokens) ?? id, term).toBe(id)
					owner.set(tokens, id)
				}
			}
		}
	})
})

describe('findConcepts', () => {
	test.each([
		'grooming',
		'pédopiégeage',
		'PEDOPIEGEAGE',
		'груминг',
		'грумінг',
		'الاستدراج',
		'الإِسْتِدْرَاج',
		'诱骗',
		'グルーミング',
		'그루밍',
		'adescamento',
	])('%s is the grooming risk', (query) => {
		expect(keys(query)).toEqual(['risk:grooming'])
	})

	test('sextortion in several languages', () => {
		for (const query of [
			'sextorsión',
			'sextorsion',
			'Sextortion',
			'сексуальное вымогательство',
			'الابتزاز الجنسي',
			'性勒索',
			'セクストーション',
			'성착취 협박',
		]) {
			expect(keys(query), query).toEqual(['risk:sextortion'])
		}
	})

	test('multi-word and segmented terms, inside longer queries', () => {
		expect(concepts('signs of online grooming')).toEqual([
			{
				vocabulary: 'risk',
				key: 'grooming',
				term: 'online grooming',
				tokens: ['online', 'grooming'],
			},
		])
		expect(keys('网络诱骗儿童')).toEqual(['risk:grooming', 'audience:children'])
		expect(concepts('网络诱骗')[0]?.term).toBe('网络诱骗')
		expect(keys('affiche pédopiégeage pour les parents')).toEqual([
			'type:poster',
			'risk:grooming',
			'audience:parents-carers',
		])
		expect(keys('self-generated images')).toEqual(['risk:self-generated'])
		expect(keys('lesson plan sextortion')).toEqual(['type:lesson-plan', 'risk:sextortion'])
	})

	test('a term inside a longer one is not reported', () => {
		// 성착취 alone is sexual exploitation; 성착취 협박 is sextortion only.
		expect(keys('성착취')).toEqual(['risk:sexual-exploitation'])
		expect(keys('성착취 협박')).toEqual(['risk:sextortion'])
	})

	test('each concept once', () => {
		expect(keys('grooming groomers online grooming')).toEqual(['risk:grooming'])
	})

	test('no false positives', () => {
		expect(concepts('weather forecast')).toEqual([])
		expect(concepts('groomer')).toEqual([])
		expect(concepts('online')).toEqual([])
		expect(concepts('grooming')[0]?.tokens).toEqual(['grooming'])
		expect(keys('dia de la familia')).toEqual([])
		expect(findConcepts([])).toEqual([])
	})
})
