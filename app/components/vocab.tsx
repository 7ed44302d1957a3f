import { useTranslation } from 'react-i18next'
import { countryName } from '#app/domain/countries.ts'
import { collationLocale, intlLocale, languageName } from '#app/domain/languages.ts'
import { type VocabularyName } from '#app/domain/vocabularies.ts'
import { formattersFor } from '#app/i18n/formatters.ts'

/** Translated labels for vocabulary keys, countries and languages in the UI language. */
export function useLabels() {
	const { t, i18n } = useTranslation('vocab')
	const lang = i18n.language
	// Numbers, dates and lists as the language's own region writes them ("pt" as in Portugal),
	// with the classes the browser will format them with (app/i18n/formatters.ts).
	const locale = intlLocale(lang)
	const fmt = formattersFor(lang)
	const named = (
		type: 'region' | 'language' | 'currency',
		code: string,
		fallback: () => string,
	) => {
		try {
			return new fmt.DisplayNames([locale], { type, fallback: 'none' }).of(code) ?? fallback()
		} catch {
			return fallback()
		}
	}
	return {
		vocab: (name: VocabularyName, key: string) => t(`${name}.${key}`, { defaultValue: key }),
		// The domain's own naming only when the formatter has no name (an unknown code).
		country: (code: string) => named('region', code, () => countryName(code, lang)),
		language: (code: string) => named('language', code, () => languageName(code, lang)),
		/** A currency's name ("euro", "dollar des États-Unis"), or its code when the language has none. */
		currency: (code: string) => named('currency', code, () => code),
		number: (n: number) => new fmt.NumberFormat(locale).format(n),
		/** An amount of money as `format` says (costFormat, unitCostFormat in campaign-evidence.ts). */
		money: (amount: number, format: Intl.NumberFormatOptions) =>
			new fmt.NumberFormat(locale, format).format(amount),
		/** "A, B and C" as the language writes it (Arabic: "أ وب وج", with its own comma). */
		list: (items: readonly string[]) =>
			new fmt.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items),
		date: (iso: string | null) =>
			iso ? new fmt.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)) : '',
		dateTime: (iso: string, timeStyle: 'short' | 'medium' = 'short') =>
			new fmt.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle }).format(new Date(iso)),
		/** Orders names as the language sorts them (the same in the browser as on the server). */
		compare: (a: string, b: string) => a.localeCompare(b, collationLocale(lang)),
		bytes: (n: number) =>
			new fmt.NumberFormat(locale, {
				style: 'unit',
				unit: n >= 1_000_000 ? 'megabyte' : 'kilobyte',
				maximumFractionDigits: 1,
			}).format(n >= 1_000_000 ? n / 1_000_000 : Math.max(0.1, n / 1000)),
	}
}
