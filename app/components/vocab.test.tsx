import { NumberFormat } from '@formatjs/intl-numberformat'
import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { beforeAll, describe, expect, test } from 'vitest'
import { COST_CURRENCIES, costFormat, unitCostFormat } from '#app/domain/campaign-evidence.ts'
import { intlLocale, UI_LANGUAGES, type UiLanguage } from '#app/domain/languages.ts'
import { createI18n } from '#app/i18n/config.ts'
import { formattersReady } from '#app/i18n/formatjs.server.ts'
import { formattersFor } from '#app/i18n/formatters.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import { useLabels } from './vocab.tsx'

/** The labels a page in `lang` formats with, as its components get them. */
function labelsIn(lang: UiLanguage) {
	let labels: ReturnType<typeof useLabels> | undefined
	function Probe() {
		labels = useLabels()
		return null
	}
	renderToString(
		<I18nextProvider i18n={createI18n(lang, RESOURCES[lang], RESOURCES.en)}>
			<Probe />
		</I18nextProvider>,
	)
	return labels!
}

/** FormatJS's class, with the native one's type (as formatters.ts registers it). */
const FormatJsNumberFormat = NumberFormat as unknown as typeof Intl.NumberFormat

beforeAll(() => formattersReady)

describe('money on a page', () => {
	test('a cost is written as the language’s own region writes money: Portuguese as in Portugal', () => {
		// Bare "pt" is Brazil's "€ 120.000"; the interface's Portuguese is Portugal's.
		expect(labelsIn('pt').money(120_000, costFormat('EUR'))).toMatch(/^120\s000\s€$/)
		expect(labelsIn('en').money(450_000, costFormat('EUR'))).toBe('€450,000')
		expect(labelsIn('fr').money(450_000, costFormat('EUR'))).toMatch(/^450\s000\s€$/)
	})

	test.each(['pt', 'hy', 'ka', 'km', 'sq', 'ar'] as const)(
		'%s: a cost and a cost per person come from the formatters the browser will use',
		(lang) => {
			const labels = labelsIn(lang)
			const shared = (amount: number, format: Intl.NumberFormatOptions) =>
				new (formattersFor(lang).NumberFormat)(intlLocale(lang), format).format(amount)
			for (const currency of ['EUR', 'AMD', 'GEL', 'KHR', 'USD']) {
				expect(labels.money(9_000_000, costFormat(currency))).toBe(
					shared(9_000_000, costFormat(currency)),
				)
				for (const each of [0.0042, 0.2, 12, 4285.7])
					expect(labels.money(each, unitCostFormat(each, currency))).toBe(
						shared(each, unitCostFormat(each, currency)),
					)
			}
		},
	)

	test('Armenian, Georgian, Khmer and Albanian money is FormatJS’s on the server, as in the browser', () => {
		for (const lang of ['hy', 'ka', 'km', 'sq'] as const) {
			expect(formattersFor(lang).NumberFormat, lang).toBe(FormatJsNumberFormat)
			const cost = labelsIn(lang).money(9_000_000, costFormat('AMD'))
			expect(cost, lang).toBe(
				new FormatJsNumberFormat(intlLocale(lang), costFormat('AMD')).format(9_000_000),
			)
		}
	})

	test('every currency of the form is named in every interface language', () => {
		for (const lang of UI_LANGUAGES) {
			const labels = labelsIn(lang)
			for (const code of COST_CURRENCIES)
				expect(labels.currency(code), `${code} in ${lang}`).not.toBe(code)
		}
		expect(labelsIn('fr').currency('USD')).toBe('dollar des États-Unis')
		expect(labelsIn('pt').currency('AMD')).toBe('dram arménio')
		// A code no formatter knows is shown as it is.
		expect(labelsIn('en').currency('XQZ')).toBe('XQZ')
	})
})
