import { expect, test } from 'vitest'
import { searchLanguageOf } from '#app/domain/search-language.ts'

test('Norwegian Bokmål and Nynorsk are searched as Norwegian', () => {
	expect(searchLanguageOf('nb')).toBe('no')
	expect(searchLanguageOf('nb-NO')).toBe('no')
	expect(searchLanguageOf('NN')).toBe('no')
	expect(searchLanguageOf('no')).toBe('no')
})

test('other tags keep their primary subtag', () => {
	expect(searchLanguageOf('sr-Latn')).toBe('sr')
	expect(searchLanguageOf('sr-Cyrl-RS')).toBe('sr')
	expect(searchLanguageOf('zh_Hant')).toBe('zh')
	expect(searchLanguageOf('FR')).toBe('fr')
	expect(searchLanguageOf('constructor')).toBe('constructor')
	expect(searchLanguageOf('')).toBe('')
	expect(searchLanguageOf(undefined)).toBe('')
})
