import { describe, expect, test } from 'vitest'
import {
	compareCandidates,
	compareKeys,
	isStopWord,
	parseRankText,
	rankKey,
	rankTextOf,
	RESCORE_TEXT_CHARS,
	tokenizeVersion,
	topicSynonyms,
	type WordPlan,
} from './ranking.ts'
import { parseQuery } from './text.ts'

const plan = (word: string, forms: Partial<WordPlan> = {}): WordPlan => ({
	exact: [word],
	phrase: false,
	prefix: false,
	nearPrefixes: [],
	nearWords: [],
	synonyms: [],
	typoWords: [],
	typoPrefixes: [],
	...forms,
})
const key = (plans: WordPlan[], title: string, description = '', body = '') =>
	rankKey(
		plans,
		tokenizeVersion(title, description, body),
		plans.map(() => true),
		parseQuery(plans.map((p) => p.exact.join(' ')).join(' ')).normalized,
	)
/** Titles in the order the rules put them. */
const order = (plans: WordPlan[], versions: [string, string?, string?][]) =>
	versions
		.map(([title, description, body]) => ({ title, key: key(plans, title, description, body) }))
		.sort((a, b) => compareKeys(a.key, b.key))
		.map((v) => v.title)

describe('the ranking rules', () => {
	const threatened = plan('threatened', { nearPrefixes: ['threaten'] })

	test('for "threatened" the title that says it comes before a description that says "threatens"', () => {
		expect(
			order(
				[threatened],
				[
					['Sextortion: posts for teens', 'What to do if someone threatens them with a photo.'],
					['Threatened over a pic?', 'A poster for teens.'],
				],
			),
		).toEqual(['Threatened over a pic?', 'Sextortion: posts for teens'])
	})

	test('a title beats a description, which beats the extracted text', () => {
		const grooming = plan('grooming')
		expect(
			order(
				[grooming],
				[
					['A leaflet', 'For parents.', 'Signs of grooming online.'],
					['A poster', 'Signs of grooming online.'],
					['Grooming: signs'],
				],
			),
		).toEqual(['Grooming: signs', 'A poster', 'A leaflet'])
	})

	test('an exact word beats a prefix or a stem, which beats a typo', () => {
		const sextortion = plan('sextrotion', {
			typoWords: ['sextortion'],
		})
		const typed = plan('parents', { nearPrefixes: ['parent'] })
		expect(order([typed], [['A parental guide'], ['For parents'], ['Parent']]).slice(0, 1)).toEqual(
			['For parents'],
		)
		const exact = key([plan('sextortion')], 'Sextortion')
		const near = key([plan('sextortion', { nearPrefixes: ['sextortion'] })], 'Sextortions')
		const typo = key([sextortion], 'Sextortion')
		expect(compareKeys(exact, near)).toBeLessThan(0)
		expect(compareKeys(near, typo)).toBeLessThan(0)
	})

	test('a literal text match beats a synonym in another language, which beats a topic tag alone', () => {
		const grooming = plan('grooming', { synonyms: topicSynonyms('risk', 'grooming') })
		expect(
			order(
				[grooming],
				[
					['Une affiche', 'Pour les parents.'],
					['Le pédopiégeage en ligne', 'Pour les parents.'],
					['A leaflet', 'For parents.', 'What grooming looks like.'],
				],
			),
		).toEqual(['A leaflet', 'Le pédopiégeage en ligne', 'Une affiche'])
	})

	test('a word a material only holds through its topic still counts, as a topic match', () => {
		const topical = key([plan('grooming')], 'Une affiche')
		const none = rankKey(
			[plan('grooming')],
			tokenizeVersion('Une affiche', '', ''),
			[false],
			'grooming',
		)
		// Rule 1 (words): the topic match counts the word, a material without it does not.
		expect(topical[0]).toBe(-1)
		expect(none[0]).toBe(0)
	})

	test('the words exactly as typed beat the same words with another after them', () => {
		const number = [plan('800'), plan('000'), plan('000', { prefix: true, nearPrefixes: ['000'] })]
		expect(
			order(number, [
				['Call 1-800-000-0000', ''],
				['Chiama 800 000 000', ''],
			]),
		).toEqual(['Chiama 800 000 000', 'Call 1-800-000-0000'])
	})

	test('the words next to each other, in order, beat the same words apart', () => {
		const words = [plan('trusted'), plan('adult')]
		expect(order(words, [['An adult you trusted'], ['Talk to a trusted adult']])).toEqual([
			'Talk to a trusted adult',
			'An adult you trusted',
		])
	})

	test('the prefix of the word being typed ranks whole-word matches of the words before it first', () => {
		// "safe" also reaches "safely" as a prefix, and both titles hold the words side by side:
		// only the whole word before the one being typed tells them apart.
		const words = [
			plan('safe', { nearPrefixes: ['safe'] }),
			plan('chi', { prefix: true, nearPrefixes: ['chi'] }),
		]
		const [whole, prefixed] = [key(words, 'Safe children online'), key(words, 'Safely children')]
		expect(compareKeys(whole, prefixed)).toBeLessThan(0)
		expect(whole.slice(0, 5)).toEqual(prefixed.slice(0, 5))
	})

	test('at equal relevance: the reader’s language, then reuse, then recency', () => {
		const same = [0, 0, 0, 0, 0, 0, 1, 1]
		const base = { key: same, inUiLang: false, adaptations: 0, publishedAt: 0 }
		const sorted = [
			{ ...base, name: 'old' },
			{ ...base, name: 'recent', publishedAt: 2 },
			{ ...base, name: 'reused', adaptations: 3 },
			{ ...base, name: 'in my language', inUiLang: true },
		].sort(compareCandidates)
		expect(sorted.map((c) => c.name)).toEqual(['in my language', 'reused', 'recent', 'old'])
		// Relevance first: a better key wins over every tie-break.
		const better = { ...base, key: [0, 0, 0, 0, 0, 0, 0, 0], name: 'better' }
		expect([...sorted, better].sort(compareCandidates)[0]!.name).toBe('better')
	})
})

describe('what the index stores for the rules', () => {
	test('ranking from the stored text reads what the version says, in its first characters', () => {
		const body = `${'Signs of grooming online. '.repeat(60)}The end of a long text says sextortion.`
		const stored = parseRankText(rankTextOf('Grooming: 求助热线', 'Für Eltern, ÉCOLE.', body))
		expect(stored).toEqual(
			tokenizeVersion('Grooming: 求助热线', 'Für Eltern, ÉCOLE.', body, RESCORE_TEXT_CHARS),
		)
		expect(stored.body).not.toContain('sextortion')
		// An empty field stays empty, not one empty word.
		expect(parseRankText(rankTextOf('Only a title', '', ''))).toEqual({
			title: ['only', 'a', 'title'],
			description: [],
			body: [],
		})
	})
})

describe('the words rule, when a sentence matched nothing whole', () => {
	const sentence = ['what', 'to', 'do', 'if', 'my', 'child', 'is', 'blackmailed'].map((w) =>
		plan(w, w === 'blackmailed' ? { nearPrefixes: ['blackmail'] } : {}),
	)
	/** The key of a version matched with only the words `kept` (the others were left out). */
	const keyWith = (kept: string[], title: string, body = '') =>
		rankKey(
			sentence,
			tokenizeVersion(title, '', body),
			sentence.map((p) => kept.includes(p.exact[0]!)),
			'what to do if my child is being blackmailed',
		)

	test('the material holding more of the words comes first', () => {
		const both = keyWith(['child', 'blackmailed'], 'If your child is blackmailed with a photo')
		const one = keyWith(['blackmailed'], 'Blackmailed over a photo?')
		expect(compareKeys(both, one)).toBeLessThan(0)
	})

	test('a word left out does not count as matched through a topic', () => {
		const left = keyWith(['blackmailed'], 'Blackmailed over a photo?')
		const all = keyWith(
			sentence.map((p) => p.exact[0]!),
			'Blackmailed over a photo?',
		)
		expect(left[0]).toBeGreaterThan(all[0]!)
	})

	test('the words of every sentence are left out first, never a topic word', () => {
		for (const word of ['what', 'to', 'my', 'que', 'faire', 'si', 'wie', 'ich', 'ماذا', 'اذا'])
			expect(isStopWord(word), word).toBe(true)
		for (const word of ['child', 'blackmailed', 'grooming', 'sextorsion', 'foto'])
			expect(isStopWord(word), word).toBe(false)
	})
})
