/**
 * Languages. UI languages are those with complete translations in locales/;
 * content languages are those materials may be written in (any country of the
 * Alliance may upload in its own language).
 */

export const UI_LANGUAGES = ['en', 'fr', 'ar'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en'

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

/** The name of a language in another language, e.g. languageName('ar', 'fr') = "arabe". */
export function languageName(lang: string, inLanguage: string) {
	try {
		return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(lang) ?? lang
	} catch {
		return lang
	}
}

/** The name of a language in itself ("العربية", "français"), for language pickers. */
export function autonym(lang: string) {
	return languageName(lang, lang)
}

/**
 * Picks the best UI language for an Accept-Language header: exact match by
 * quality, then primary subtag, then the default.
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
		const primary = tag.split('-')[0]
		if (isUiLanguage(primary)) return primary
	}
	return DEFAULT_UI_LANGUAGE
}
