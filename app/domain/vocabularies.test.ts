import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { UI_LANGUAGES } from './languages.ts'
import { ageBandsOf, isVocabularyValue, VOCABULARIES } from './vocabularies.ts'

const localesDir = path.resolve(import.meta.dirname, '../../locales')
const vocabOf = (lang: string) =>
	JSON.parse(fs.readFileSync(path.join(localesDir, lang, 'vocab.json'), 'utf8'))

describe('vocabularies', () => {
	test('keys are unique, language-neutral kebab-case', () => {
		for (const [name, values] of Object.entries(VOCABULARIES)) {
			expect(new Set(values).size, name).toBe(values.length)
			for (const value of values) expect(value, name).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)
		}
	})

	test.each(UI_LANGUAGES)('every key has a label in %s', (lang) => {
		const labels = vocabOf(lang)
		for (const [name, values] of Object.entries(VOCABULARIES)) {
			for (const value of values) {
				expect(labels[name]?.[value], `${lang}: ${name}.${value}`).toEqual(expect.any(String))
				expect(labels[name][value].trim().length, `${lang}: ${name}.${value}`).toBeGreaterThan(0)
			}
		}
	})

	test.each(UI_LANGUAGES)('labels in %s use the Luxembourg Guidelines terms', (lang) => {
		const text = JSON.stringify(vocabOf(lang)).toLowerCase()
		for (const discouraged of ['pornograph', 'pornogra', 'порнограф', 'إباحي', 'prostitution']) {
			expect(text).not.toContain(discouraged)
		}
	})

	test('isVocabularyValue accepts keys and refuses anything else', () => {
		expect(isVocabularyValue('risk', 'grooming')).toBe(true)
		expect(isVocabularyValue('risk', 'Grooming')).toBe(false)
		expect(isVocabularyValue('audience', 'grooming')).toBe(false)
		expect(isVocabularyValue('licence', undefined)).toBe(false)
	})
})

describe('age bands', () => {
	test('a range belongs to every band it overlaps', () => {
		expect(ageBandsOf(6, 12)).toEqual(['under-9', '9-12'])
		expect(ageBandsOf(13, 17)).toEqual(['13-17'])
		expect(ageBandsOf(12, 13)).toEqual(['9-12', '13-17'])
		expect(ageBandsOf(18, null)).toEqual(['adults'])
	})

	test('missing bounds are open-ended', () => {
		expect(ageBandsOf(null, null)).toEqual(['under-9', '9-12', '13-17', 'adults'])
		expect(ageBandsOf(null, 8)).toEqual(['under-9'])
	})
})
