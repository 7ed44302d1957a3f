import { describe, expect, test } from 'vitest'
import { UI_LANGUAGES } from '#app/domain/languages.ts'
import { createI18n } from './config.ts'
import { RESOURCES } from './resources.server.ts'

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/** Every string of a namespace, by its dotted key. */
function flatten(value: unknown, prefix = ''): [string, string][] {
	if (typeof value === 'string') return [[prefix, value]]
	if (!value || typeof value !== 'object') return []
	return Object.entries(value).flatMap(([key, inner]) =>
		flatten(inner, prefix ? `${prefix}.${key}` : key),
	)
}

describe.each(UI_LANGUAGES)('plural forms in %s', (lang) => {
	// What i18next asks for: the categories Intl.PluralRules gives this language.
	const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
	const strings = Object.entries(RESOURCES[lang]).flatMap(([ns, tree]) =>
		flatten(tree).map(([key, text]) => [`${ns}:${key}`, text] as const),
	)

	test('every string with a count has every plural form of the language', () => {
		const groups = new Map<string, Set<string>>()
		for (const [key, text] of strings) {
			const suffix = PLURAL_SUFFIX.exec(key)
			if (!suffix && !/\{\{count(\}\}|,)/.test(text)) continue
			const base = suffix ? key.slice(0, suffix.index) : key
			const forms = groups.get(base) ?? new Set()
			if (suffix) forms.add(suffix[1]!)
			groups.set(base, forms)
		}
		const incomplete = [...groups]
			.map(([base, forms]) => ({
				base,
				missing: categories.filter((category) => !forms.has(category)),
			}))
			.filter(({ missing }) => missing.length)
		expect(incomplete).toEqual([])
	})

	test('a string with a number in it takes its plural forms from that number', () => {
		// "paused for {{minutes}} minutes" reads "paused for 1 minutes". The
		// number the words agree with is {{count}} ("{{min}} to {{count}} years").
		const numbered = strings.filter(
			([key, text]) =>
				/\{\{(minutes|used|current|total|done|min|max)\}\}/.test(text) && !PLURAL_SUFFIX.test(key),
		)
		expect(numbered.map(([key]) => key)).toEqual([])
	})
})

test('Arabic counts take the form Arabic grammar asks for each number', () => {
	const i18n = createI18n('ar', RESOURCES.ar)
	const t = i18n.getFixedT('ar', 'common')
	const forms = [0, 1, 2, 3, 11, 100].map((count) => t('card.languages', { count }))
	// Six numbers, six different sentences: zero, one, two, few, many, other.
	expect(new Set(forms).size).toBe(6)
})

describe('counts take the form each language’s grammar asks for', () => {
	// The CLDR categories of 0, 1, 2, 5, 11 and 101, as the languages' grammars have them.
	const expected: Record<string, string[]> = {
		ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
		pl: ['many', 'one', 'few', 'many', 'many', 'many'],
		ru: ['many', 'one', 'few', 'many', 'many', 'one'],
		ja: ['other', 'other', 'other', 'other', 'other', 'other'],
	}
	const counts = [0, 1, 2, 5, 11, 101]

	test.each(Object.keys(expected))('%s', (lang) => {
		const resources = RESOURCES[lang as keyof typeof RESOURCES]
		const t = createI18n(lang, resources, RESOURCES.en).getFixedT(lang, 'common')
		const forms = (resources.common.card as Record<string, string>) ?? {}
		const shown = counts.map((count) => t('card.languages', { count, list: 'L' }))
		const wanted = counts.map((count, i) => {
			const form = forms[`languages_${expected[lang]![i]}`]
			return form?.replace('{{count}}', String(count)).replace('{{list}}', 'L')
		})
		expect(shown).toEqual(wanted)
		// Never the key, never English.
		for (const text of shown) expect(text).not.toMatch(/card\.languages|languages:/)
	})
})
