/**
 * Languages. UI languages are those with complete translations in locales/;
 * content languages are those materials may be written in (any country of the
 * Alliance may upload in its own language).
 */

/**
 * The interface's languages: an official language of every member country of
 * the Alliance, and the six UN languages. Each is the URL prefix and the name
 * of its folder in locales/; UI_LANGUAGE_TAGS gives the full BCP 47 tag where
 * the primary subtag alone would be ambiguous.
 */
export const UI_LANGUAGES = [
	'ar',
	'bg',
	'cs',
	'da',
	'de',
	'el',
	'en',
	'es',
	'et',
	'fi',
	'fr',
	'he',
	'hr',
	'hu',
	'hy',
	'it',
	'ja',
	'ka',
	'km',
	'ko',
	'lt',
	'lv',
	'nb',
	'nl',
	'pl',
	'pt',
	'ro',
	'ru',
	'sk',
	'sl',
	'sq',
	'sr',
	'sv',
	'th',
	'tr',
	'uk',
	'vi',
	'zh',
] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en'

/**
 * The BCP 47 tag each UI language is written in, for `<html lang>`, hreflang
 * and Content-Language. Serbian is written in Cyrillic, the script of Serbia's
 * constitution (no Latin-script interface is offered: Serbian readers read
 * both); Chinese in simplified characters, the UN's written form (no
 * traditional-character interface yet); Portuguese as in Portugal, the member
 * country.
 */
const FULL_TAGS: Partial<Record<UiLanguage, string>> = { pt: 'pt-PT', sr: 'sr-Cyrl', zh: 'zh-Hans' }
export const UI_LANGUAGE_TAGS = Object.fromEntries(
	UI_LANGUAGES.map((lang) => [lang, FULL_TAGS[lang] ?? lang]),
) as Readonly<Record<UiLanguage, string>>

/** The full BCP 47 tag of a UI language ("zh" → "zh-Hans"). */
export function languageTag(lang: UiLanguage) {
	return UI_LANGUAGE_TAGS[lang]
}

/**
 * The locale to format numbers, dates and lists with for a language code: a
 * UI language's full tag ("pt" formats as in Portugal, not Brazil), any other
 * tag as it is.
 */
export function intlLocale(lang: string) {
	return isUiLanguage(lang) ? UI_LANGUAGE_TAGS[lang] : lang
}

/**
 * Interface languages some browsers have no formatting or collation data for
 * (Chromium has none for Armenian, Georgian, Khmer or Albanian). The browser
 * gets FormatJS's data for them (app/i18n/intl-polyfills.client.ts); sorting
 * has no such polyfill, so lists in these languages are sorted by the root
 * collation on the server and in the browser alike (see collationLocale).
 */
export const LANGUAGES_BROWSERS_MAY_LACK = [
	'hy',
	'ka',
	'km',
	'sq',
] as const satisfies readonly UiLanguage[]

/**
 * The locale to sort a list of names with in a page of `lang`: the language's
 * own order, or the root collation where a browser may not know it, so that
 * the server and the browser order a list the same (a page whose lists the
 * browser would order differently fails to hydrate).
 */
export function collationLocale(lang: string) {
	return (LANGUAGES_BROWSERS_MAY_LACK as readonly string[]).includes(lang)
		? 'und'
		: intlLocale(lang)
}

/**
 * Where a reader's language leads when the interface does not speak it: the
 * closest UI language its readers read, declared here once. Negotiation
 * follows it (a browser asking for Bosnian gets Croatian), and so do missing
 * strings (a key missing in Croatian falls back to English, never to a raw
 * key). Every chain ends in English.
 */
export const LANGUAGE_FALLBACKS: Readonly<Record<string, UiLanguage>> = {
	// Norwegian: Bokmål for the macrolanguage and for Nynorsk readers.
	no: 'nb',
	nn: 'nb',
	// Bosnian and Montenegrin readers read Croatian and Serbian.
	bs: 'hr',
	cnr: 'sr',
	// Traditional characters: readers of zh-Hant read simplified characters.
	// Brazilian Portuguese readers read European Portuguese.
	// (Both are regions or scripts of a UI language, so they need no entry.)
	// Old or alternative codes.
	iw: 'he',
	sh: 'hr',
}

/** The UI language for a BCP 47 tag, if any: its primary subtag or its declared fallback. */
export function uiLanguageFor(tag: string): UiLanguage | null {
	const primary = tag.split(/[-_]/)[0]!.toLowerCase()
	if (isUiLanguage(primary)) return primary
	return LANGUAGE_FALLBACKS[primary] ?? null
}

export function isUiLanguage(value: unknown): value is UiLanguage {
	return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value)
}

/** BCP 47 primary subtags of the languages content may be written in. */
export const CONTENT_LANGUAGES = [
	'ar',
	'bg',
	'bs',
	'cs',
	'da',
	'de',
	'el',
	'en',
	'es',
	'et',
	'fi',
	'fr',
	'he',
	'hr',
	'hu',
	'hy',
	'it',
	'ja',
	'ka',
	'km',
	'ko',
	'lt',
	'lv',
	'mt',
	'nl',
	'no',
	'pl',
	'pt',
	'ro',
	'ru',
	'sk',
	'sl',
	'sq',
	'sr',
	'sv',
	'th',
	'tr',
	'uk',
	'vi',
	'zh',
] as const
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number]

export function isContentLanguage(value: unknown): value is ContentLanguage {
	return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value)
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'dv', 'ps'])

export function directionOf(lang: string): 'ltr' | 'rtl' {
	return RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr'
}

/**
 * The name of a language in another language, e.g. languageName('ar', 'fr') =
 * "arabe", as that language's own region writes it (intlLocale), like pages.
 */
export function languageName(lang: string, inLanguage: string) {
	try {
		return new Intl.DisplayNames([intlLocale(inLanguage)], { type: 'language' }).of(lang) ?? lang
	} catch {
		return lang
	}
}

/**
 * The interface languages' names in themselves, written out: browsers lack
 * the data for some (Chromium names Armenian, Georgian, Khmer and Albanian
 * in English), and the language menu must read the same on every screen.
 */
const AUTONYMS: Readonly<Record<UiLanguage, string>> = {
	ar: 'العربية',
	bg: 'български',
	cs: 'čeština',
	da: 'dansk',
	de: 'Deutsch',
	el: 'Ελληνικά',
	en: 'English',
	es: 'español',
	et: 'eesti',
	fi: 'suomi',
	fr: 'français',
	he: 'עברית',
	hr: 'hrvatski',
	hu: 'magyar',
	hy: 'հայերեն',
	it: 'italiano',
	ja: '日本語',
	ka: 'ქართული',
	km: 'ខ្មែរ',
	ko: '한국어',
	lt: 'lietuvių',
	lv: 'latviešu',
	nb: 'norsk bokmål',
	nl: 'Nederlands',
	pl: 'polski',
	pt: 'português',
	ro: 'română',
	ru: 'русский',
	sk: 'slovenčina',
	sl: 'slovenščina',
	sq: 'shqip',
	sr: 'српски',
	sv: 'svenska',
	th: 'ไทย',
	tr: 'Türkçe',
	uk: 'українська',
	vi: 'Tiếng Việt',
	zh: '中文',
}

/** The name of a language in itself ("العربية", "français"), for language pickers. */
export function autonym(lang: string) {
	return isUiLanguage(lang) ? AUTONYMS[lang] : languageName(lang, lang)
}

/**
 * Picks the best UI language for an Accept-Language header, in the order of
 * its qualities: each tag's primary subtag, or its declared fallback, then
 * the default.
 */
export function negotiateUiLanguage(acceptLanguage: string | null | undefined): UiLanguage {
	if (!acceptLanguage) return DEFAULT_UI_LANGUAGE
	const ranked = acceptLanguage
		.split(',')
		.slice(0, 32)
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';')
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
			const quality = q ? Number.parseFloat(q.slice(2)) : 1
			return {
				tag: tag.trim().toLowerCase(),
				quality: Number.isFinite(quality) ? quality : 0,
				index,
			}
		})
		.filter((entry) => entry.tag && entry.quality > 0)
		.sort((a, b) => b.quality - a.quality || a.index - b.index)
	for (const { tag } of ranked) {
		const lang = uiLanguageFor(tag)
		if (lang) return lang
	}
	return DEFAULT_UI_LANGUAGE
}
