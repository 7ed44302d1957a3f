import { describe, expect, test } from 'vitest'
import {
	autonym,
	directionOf,
	intlLocale,
	languageName,
	languageTag,
	negotiateUiLanguage,
	UI_LANGUAGES,
	uiLanguageFor,
} from './languages.ts'

describe('UI language negotiation', () => {
	test('picks the highest-quality supported language', () => {
		expect(negotiateUiLanguage('mt-MT,mt;q=0.9,fr;q=0.8,en;q=0.5')).toBe('fr')
		expect(negotiateUiLanguage('ar-MA;q=0.9, en;q=0.4')).toBe('ar')
		expect(negotiateUiLanguage('en;q=0.1, fr;q=0.9')).toBe('fr')
	})

	test('negotiates over every interface language, and follows the declared fallbacks', () => {
		expect(negotiateUiLanguage('de-AT,de;q=0.9,en;q=0.5')).toBe('de')
		expect(negotiateUiLanguage('ja')).toBe('ja')
		expect(negotiateUiLanguage('pt-BR,pt;q=0.9')).toBe('pt')
		expect(negotiateUiLanguage('zh-TW')).toBe('zh')
		expect(negotiateUiLanguage('sr-Latn-RS')).toBe('sr')
		expect(negotiateUiLanguage('nn-NO')).toBe('nb')
		expect(negotiateUiLanguage('no')).toBe('nb')
		expect(negotiateUiLanguage('bs-BA, en;q=0.3')).toBe('hr')
		expect(negotiateUiLanguage('mt, ko;q=0.5')).toBe('ko')
		expect(uiLanguageFor('HE')).toBe('he')
		expect(uiLanguageFor('iw')).toBe('he')
		expect(uiLanguageFor('mt')).toBeNull()
	})

	test('speaks 38 languages, each with a BCP 47 tag that says its script or region where needed', () => {
		expect(UI_LANGUAGES).toHaveLength(38)
		expect(languageTag('zh')).toBe('zh-Hans')
		expect(languageTag('sr')).toBe('sr-Cyrl')
		expect(languageTag('pt')).toBe('pt-PT')
		expect(languageTag('de')).toBe('de')
		for (const lang of UI_LANGUAGES) {
			expect(Intl.getCanonicalLocales(languageTag(lang))).toEqual([languageTag(lang)])
			// Each has a name of its own, the one Node's full ICU data gives.
			expect(autonym(lang)).toBe(
				new Intl.DisplayNames([languageTag(lang)], { type: 'language' }).of(lang),
			)
		}
		// Portugal's numbers, not Brazil's.
		expect(new Intl.NumberFormat(intlLocale('pt')).format(1234.5)).toBe('1234,5')
		expect(autonym('sr')).toBe('српски')
	})

	test('falls back to English for missing, unsupported or malformed headers', () => {
		expect(negotiateUiLanguage(null)).toBe('en')
		expect(negotiateUiLanguage('')).toBe('en')
		expect(negotiateUiLanguage('mt, ga')).toBe('en')
		expect(negotiateUiLanguage(';;;,q=abc,,')).toBe('en')
		expect(negotiateUiLanguage('fr;q=0')).toBe('en')
		expect(negotiateUiLanguage('x'.repeat(10_000))).toBe('en')
	})

	test('knows which scripts run right to left', () => {
		expect(directionOf('ar')).toBe('rtl')
		expect(directionOf('he-IL')).toBe('rtl')
		expect(directionOf('he')).toBe('rtl')
		expect(directionOf('fr')).toBe('ltr')
		expect(directionOf('zh')).toBe('ltr')
	})

	test('names languages in themselves', () => {
		expect(autonym('fr')).toBe('français')
		expect(autonym('ar')).toBe('العربية')
	})

	test('names a language in an interface language as its pages do', () => {
		expect(languageName('ar', 'fr')).toBe('arabe')
		// The interface's Portuguese is Portugal's, not Brazil's "tcheco".
		expect(languageName('cs', 'pt')).toBe('checo')
	})
})
