import { useTranslation } from 'react-i18next'
import { countryName } from '#app/domain/countries.ts'
import { collationLocale, intlLocale, languageName } from '#app/domain/languages.ts'
import { type VocabularyName } from '#app/domain/vocabularies.ts'

/** Translated labels for vocabulary keys, countries and languages in the UI language. */
export function useLabels() {
	const { t, i18n } = useTranslation('vocab')
	const lang = i18n.language
	// Numbers, dates and lists as the language's own region writes them ("pt" as in Portugal).
	const locale = intlLocale(lang)
	return {
		vocab: (name: VocabularyName, key: string) => t(`${name}.${key}`, { defaultValue: key }),
		country: (code: string) => countryName(code, lang),
		language: (code: string) => languageName(code, lang),
		number: (n: number) => new Intl.NumberFormat(locale).format(n),
		/** "A, B and C" as the language writes it (Arabic: "أ وب وج", with its own comma). */
		list: (items: readonly string[]) =>
			new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items),
		date: (iso: string | null) =>
			iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)) : '',
		dateTime: (iso: string, timeStyle: 'short' | 'medium' = 'short') =>
			new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle }).format(new Date(iso)),
		/** Orders names as the language sorts them (the same in the browser as on the server). */
		compare: (a: string, b: string) => a.localeCompare(b, collationLocale(lang)),
		bytes: (n: number) =>
			new Intl.NumberFormat(locale, {
				style: 'unit',
				unit: n >= 1_000_000 ? 'megabyte' : 'kilobyte',
				maximumFractionDigits: 1,
			}).format(n >= 1_000_000 ? n / 1_000_000 : Math.max(0.1, n / 1000)),
	}
}
