import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { UI_LANGUAGES } from '#app/domain/languages.ts'
import { NAMESPACES } from './config.ts'
import { RESOURCES } from './resources.server.ts'

/**
 * Every language's files against English, the source: the same keys (each
 * plural in the forms the language's CLDR rules ask for), the same
 * placeholders and tags, and no empty string. A key missing here would fall
 * back to English on the page, which the browser tests catch too; this says
 * which key.
 */

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/

function flatten(value: unknown, prefix = ''): [string, string][] {
	if (typeof value === 'string') return [[prefix, value]]
	if (!value || typeof value !== 'object') return [[prefix, String(value)]]
	return Object.entries(value).flatMap(([key, inner]) =>
		flatten(inner, prefix ? `${prefix}.${key}` : key),
	)
}

/** The placeholders ({{name}}) and tags (<b>, </b>) of a string, sorted. */
export function placeholdersOf(text: string) {
	return [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}|<\/?([a-zA-Z0-9]+)\s*\/?>/g)]
		.map((m) => (m[1] ? `{{${m[1]}}}` : m[0].replace(/\s/g, '')))
		.sort()
}

interface Problem {
	key: string
	problem: string
}

/** What is wrong with one language's namespace, compared with English. */
export function compareWithEnglish(
	lang: string,
	english: Record<string, unknown>,
	translated: Record<string, unknown>,
): Problem[] {
	const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[]
	const source = new Map<string, Map<string, string>>()
	for (const [key, text] of flatten(english)) {
		const plural = PLURAL.exec(key)
		const base = plural ? plural[1]! : key
		const forms = source.get(base) ?? new Map<string, string>()
		forms.set(plural ? plural[2]! : '', text)
		source.set(base, forms)
	}
	const target = new Map(flatten(translated))
	const problems: Problem[] = []
	const expected = new Set<string>()
	for (const [base, forms] of source) {
		const isPlural = !forms.has('')
		const reference = isPlural ? forms.get('other')! : forms.get('')!
		const needed = isPlural
			? [...new Set([...categories, ...(forms.has('zero') ? ['zero'] : [])])]
			: ['']
		for (const form of needed) {
			const key = form ? `${base}_${form}` : base
			expected.add(key)
			const text = target.get(key)
			if (text === undefined) {
				problems.push({ key, problem: 'missing' })
				continue
			}
			if (!text.trim()) {
				problems.push({ key, problem: 'empty' })
				continue
			}
			const want = placeholdersOf(reference)
			const have = placeholdersOf(text)
			const tags = (list: string[]) => list.filter((p) => p.startsWith('<'))
			// "One material" needs no number: forms for 0, 1 and 2 may leave a placeholder out.
			const ok = ['zero', 'one', 'two'].includes(form)
				? have.every((p) => want.includes(p)) && tags(have).join() === tags(want).join()
				: have.join() === want.join()
			if (!ok) problems.push({ key, problem: `placeholders ${have.join(' ')} ≠ ${want.join(' ')}` })
		}
	}
	for (const key of target.keys()) {
		const plural = PLURAL.exec(key)
		// A plural form the language does not use is harmless: i18next never asks for it.
		if (
			!expected.has(key) &&
			!(plural && source.has(plural[1]!) && !source.get(plural[1]!)!.has(''))
		)
			problems.push({ key, problem: 'not in English' })
	}
	return problems
}

describe.each(UI_LANGUAGES.filter((lang) => lang !== 'en'))('the %s interface', (lang) => {
	test.each([...NAMESPACES])(
		'%s has every English key, in every plural form, with its placeholders',
		(ns) => {
			expect(compareWithEnglish(lang, RESOURCES.en[ns], RESOURCES[lang][ns])).toEqual([])
		},
	)

	test('has a glossary of its domain terms beside its files', () => {
		const glossary = path.join(process.cwd(), 'locales', lang, 'glossary.md')
		expect(fs.existsSync(glossary)).toBe(true)
		const text = fs.readFileSync(glossary, 'utf8')
		// The terms the Luxembourg Guidelines settle, and the topic words search uses.
		expect(text).toMatch(/child sexual abuse material/i)
		expect(text).toMatch(/## Search words per topic/)
	})
})

describe('the comparison itself', () => {
	const en = {
		a: 'Hello {{name}}',
		n_one: 'One file',
		n_other: '{{count}} files',
		t: 'Say <b>hi</b>',
	}

	test('finds a missing key, a missing plural form, a lost placeholder, an empty string and a lost tag', () => {
		const pl = {
			a: '',
			n_one: 'Jeden plik',
			n_few: '{{count}} pliki',
			n_other: 'plików',
			t: 'Powiedz cześć',
		}
		expect(compareWithEnglish('pl', en, pl).map((p) => `${p.key}: ${p.problem}`)).toEqual([
			'a: empty',
			'n_many: missing',
			'n_other: placeholders  ≠ {{count}}',
			't: placeholders  ≠ </b> <b>',
		])
	})

	test('accepts a language with one plural form, and a form for one without the number', () => {
		expect(
			compareWithEnglish('ja', en, { a: '{{name}}さん', n_other: '{{count}}件', t: '<b>やあ</b>' }),
		).toEqual([])
		expect(
			compareWithEnglish('de', en, {
				a: 'Hallo {{name}}',
				n_one: 'Eine Datei',
				n_other: '{{count}} Dateien',
				t: '<b>Hallo</b>',
			}),
		).toEqual([])
	})

	test('finds a key English does not have', () => {
		expect(compareWithEnglish('de', { a: 'x' }, { a: 'y', b: 'z' })).toEqual([
			{ key: 'b', problem: 'not in English' },
		])
	})
})
