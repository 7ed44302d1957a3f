import { describe, expect, test } from 'vitest'
import { autonym, directionOf, negotiateUiLanguage } from './languages.ts'

describe('UI language negotiation', () => {
	test('picks the highest-quality supported language', () => {
		expect(negotiateUiLanguage('de-DE,de;q=0.9,fr;q=0.8,en;q=0.5')).toBe('fr')
		expect(negotiateUiLanguage('ar-MA;q=0.9, en;q=0.4')).toBe('ar')
		expect(negotiateUiLanguage('en;q=0.1, fr;q=0.9')).toBe('fr')
	})

	test('falls back to English for missing, unsupported or malformed headers', () => {
		expect(negotiateUiLanguage(null)).toBe('en')
		expect(negotiateUiLanguage('')).toBe('en')
		expect(negotiateUiLanguage('de, ja')).toBe('en')
		expect(negotiateUiLanguage(';;;,q=abc,,')).toBe('en')
		expect(negotiateUiLanguage('fr;q=0')).toBe('en')
		expect(negotiateUiLanguage('x'.repeat(10_000))).toBe('en')
	})

	test('knows which scripts run right to left', () => {
		expect(directionOf('ar')).toBe('rtl')
		expect(directionOf('he-IL')).toBe('rtl')
		expect(directionOf('fr')).toBe('ltr')
		expect(directionOf('zh')).toBe('ltr')
	})

	test('names languages in themselves', () => {
		expect(autonym('fr')).toBe('français')
		expect(autonym('ar')).toBe('العربية')
	})
})
