/**
 * Formatting data for the interface languages a browser may not have. The
 * server formats numbers, dates, lists and language and country names of
 * most languages with Node's ICU data; Chromium ships data for fewer
 * languages and formats Armenian, Georgian, Khmer and Albanian in English.
 * Hydrating a page over text the browser would write differently makes
 * React throw the server's text away. For those languages the server and
 * the browser both format with FormatJS and the same CLDR data
 * (formatters.ts); this loads them in the browser before a page of theirs
 * renders.
 */
import { type LANGUAGES_BROWSERS_MAY_LACK } from '#app/domain/languages.ts'
import { registerFormatters, withFormatJsHooks, type Formatters } from './formatters.ts'

type Loader = () => Promise<unknown>[]

/** For each of LANGUAGES_BROWSERS_MAY_LACK (app/domain/languages.ts). */
const LOCALE_DATA: Record<(typeof LANGUAGES_BROWSERS_MAY_LACK)[number], Loader> = {
	hy: () => [
		import('@formatjs/intl-displaynames/locale-data/hy.js'),
		import('@formatjs/intl-listformat/locale-data/hy.js'),
		import('@formatjs/intl-numberformat/locale-data/hy.js'),
		import('@formatjs/intl-datetimeformat/locale-data/hy.js'),
	],
	ka: () => [
		import('@formatjs/intl-displaynames/locale-data/ka.js'),
		import('@formatjs/intl-listformat/locale-data/ka.js'),
		import('@formatjs/intl-numberformat/locale-data/ka.js'),
		import('@formatjs/intl-datetimeformat/locale-data/ka.js'),
	],
	km: () => [
		import('@formatjs/intl-displaynames/locale-data/km.js'),
		import('@formatjs/intl-listformat/locale-data/km.js'),
		import('@formatjs/intl-numberformat/locale-data/km.js'),
		import('@formatjs/intl-datetimeformat/locale-data/km.js'),
	],
	sq: () => [
		import('@formatjs/intl-displaynames/locale-data/sq.js'),
		import('@formatjs/intl-listformat/locale-data/sq.js'),
		import('@formatjs/intl-numberformat/locale-data/sq.js'),
		import('@formatjs/intl-datetimeformat/locale-data/sq.js'),
	],
}

let classes: Promise<Formatters> | null = null
const loaded = new Map<string, Promise<void>>()

/** Makes `lang`'s pages format as on the server; resolves at once for the other languages. */
export function formatLikeTheServer(lang: string): Promise<void> {
	const load = LOCALE_DATA[lang as keyof typeof LOCALE_DATA]
	if (!load) return Promise.resolve()
	let done = loaded.get(lang)
	if (!done) {
		classes ??= (async () => {
			const [dtf, nf, lf, dn] = await Promise.all([
				import('@formatjs/intl-datetimeformat'),
				import('@formatjs/intl-numberformat'),
				import('@formatjs/intl-listformat'),
				import('@formatjs/intl-displaynames'),
			])
			const formatters = {
				DateTimeFormat: dtf.DateTimeFormat,
				NumberFormat: nf.NumberFormat,
				ListFormat: lf.default,
				DisplayNames: dn.DisplayNames,
			} as unknown as Formatters
			await withFormatJsHooks(
				formatters,
				() => import('@formatjs/intl-datetimeformat/add-golden-tz.js'),
			)
			return formatters
		})()
		done = classes.then(async (formatters) => {
			await withFormatJsHooks(formatters, () => Promise.all(load()))
			registerFormatters(lang, formatters)
		})
		loaded.set(lang, done)
		done.catch(() => loaded.delete(lang))
	}
	return done
}
