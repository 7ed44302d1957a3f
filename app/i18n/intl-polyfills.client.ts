/**
 * Formatting data for the interface languages a browser may not have. The
 * server formats numbers, dates, lists and language and country names with
 * Node's full ICU data; Chromium ships data for fewer languages and formats
 * Armenian, Georgian, Khmer and Albanian in English. Hydrating a page over
 * text the browser would write differently makes React throw the server's
 * text away. So, for those languages only, and only in a browser that lacks
 * them, the FormatJS implementations of the four APIs replace the browser's
 * before the page hydrates, with the language's CLDR data (and English, for
 * the English the app formats too).
 */
import { type LANGUAGES_BROWSERS_MAY_LACK } from '#app/domain/languages.ts'

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

const ENGLISH: Loader = () => [
	import('@formatjs/intl-displaynames/locale-data/en.js'),
	import('@formatjs/intl-listformat/locale-data/en.js'),
	import('@formatjs/intl-numberformat/locale-data/en.js'),
	import('@formatjs/intl-datetimeformat/locale-data/en.js'),
]

/** Whether this browser formats `lang` itself (in its own language, not English). */
function browserFormats(lang: string) {
	const supported = (api: { supportedLocalesOf(locales: string[]): string[] } | undefined) =>
		!!api && api.supportedLocalesOf([lang]).length > 0
	return (
		supported(Intl.DateTimeFormat) &&
		supported(Intl.NumberFormat) &&
		supported(Intl.ListFormat) &&
		supported(Intl.DisplayNames)
	)
}

let installed: Promise<void> | null = null
const loaded = new Map<string, Promise<unknown>>()

/** Makes `lang` format as on the server; resolves at once when the browser already does. */
export async function formatLikeTheServer(lang: string) {
	const load = LOCALE_DATA[lang as keyof typeof LOCALE_DATA]
	if (!load || (!installed && browserFormats(lang))) return
	installed ??= (async () => {
		// In FormatJS's order: each may use the ones before it.
		await import('@formatjs/intl-displaynames/polyfill-force.js')
		await import('@formatjs/intl-listformat/polyfill-force.js')
		await import('@formatjs/intl-numberformat/polyfill-force.js')
		await import('@formatjs/intl-datetimeformat/polyfill-force.js')
		await Promise.all([...ENGLISH(), import('@formatjs/intl-datetimeformat/add-golden-tz.js')])
	})()
	await installed
	let data = loaded.get(lang)
	if (!data) loaded.set(lang, (data = Promise.all(load())))
	await data
}
