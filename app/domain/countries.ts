import { type ContentLanguage, intlLocale } from './languages.ts'

/**
 * Global Alliance membership, from the founding texts: the 2012 Brussels
 * declaration (27 EU member states and 21 countries outside the EU) and the
 * 2014 Washington declaration, which added seven countries. Vietnam endorsed
 * in 2012 and is not listed in 2014; it remains a member.
 */

export const ALLIANCE_2012 = [
	// EU member states in 2012
	'AT',
	'BE',
	'BG',
	'CY',
	'CZ',
	'DK',
	'EE',
	'FI',
	'FR',
	'DE',
	'GR',
	'HU',
	'IE',
	'IT',
	'LV',
	'LT',
	'LU',
	'MT',
	'NL',
	'PL',
	'PT',
	'RO',
	'SK',
	'SI',
	'ES',
	'SE',
	'GB',
	// outside the EU
	'AL',
	'AU',
	'KH',
	'HR',
	'GE',
	'GH',
	'JP',
	'MD',
	'ME',
	'NZ',
	'NG',
	'NO',
	'PH',
	'RS',
	'KR',
	'CH',
	'TH',
	'TR',
	'UA',
	'US',
	'VN',
] as const

/** Countries that endorsed the 2014 declaration without having endorsed in 2012. */
export const ALLIANCE_2014 = ['AM', 'BA', 'CA', 'CR', 'IL', 'XK', 'MX'] as const

export const ALLIANCE_COUNTRIES: readonly string[] = [...ALLIANCE_2012, ...ALLIANCE_2014]

export function allianceSince(code: string): 2012 | 2014 | null {
	if ((ALLIANCE_2012 as readonly string[]).includes(code)) return 2012
	if ((ALLIANCE_2014 as readonly string[]).includes(code)) return 2014
	return null
}

/**
 * The language most of a member country's materials are written in, among
 * the content languages (app/domain/languages.ts): what an adaptation made
 * by that country is first offered in. Where a country has several official
 * languages this is the one most people speak (Belgium: Dutch; Switzerland:
 * German; Canada: English), or the one closest that materials can be written
 * in (Luxembourg: French; Montenegro: Serbian; the Philippines: English);
 * the person adapting can always choose another.
 */
const MAIN_LANGUAGE: Readonly<Record<string, ContentLanguage>> = {
	AL: 'sq',
	AM: 'hy',
	AT: 'de',
	AU: 'en',
	BA: 'bs',
	BE: 'nl',
	BG: 'bg',
	CA: 'en',
	CH: 'de',
	CR: 'es',
	CY: 'el',
	CZ: 'cs',
	DE: 'de',
	DK: 'da',
	EE: 'et',
	ES: 'es',
	FI: 'fi',
	FR: 'fr',
	GB: 'en',
	GE: 'ka',
	GH: 'en',
	GR: 'el',
	HR: 'hr',
	HU: 'hu',
	IE: 'en',
	IL: 'he',
	IT: 'it',
	JP: 'ja',
	KH: 'km',
	KR: 'ko',
	LT: 'lt',
	LU: 'fr',
	LV: 'lv',
	MD: 'ro',
	ME: 'sr',
	MT: 'mt',
	MX: 'es',
	NG: 'en',
	NL: 'nl',
	NO: 'no',
	NZ: 'en',
	PH: 'en',
	PL: 'pl',
	PT: 'pt',
	RO: 'ro',
	RS: 'sr',
	SE: 'sv',
	SI: 'sl',
	SK: 'sk',
	TH: 'th',
	TR: 'tr',
	UA: 'uk',
	US: 'en',
	VN: 'vi',
	XK: 'sq',
}

/** The main language of a member country (see MAIN_LANGUAGE), or null for another code. */
export function mainLanguageOf(code: string): ContentLanguage | null {
	return Object.hasOwn(MAIN_LANGUAGE, code) ? MAIN_LANGUAGE[code]! : null
}

/** ISO 3166-1 alpha-2 (plus XK, the code in common use for Kosovo). */
export function isCountryCode(value: unknown): value is string {
	return typeof value === 'string' && /^[A-Z]{2}$/.test(value)
}

/**
 * A country's name in a language, as that language's own region writes it
 * (Portuguese: "Arménia", not Brazil's "Armênia"), the name pages show.
 */
export function countryName(code: string, inLanguage: string) {
	try {
		return new Intl.DisplayNames([intlLocale(inLanguage)], { type: 'region' }).of(code) ?? code
	} catch {
		return code
	}
}

/** Regional-indicator flag emoji; decorative only (screen readers get the name). */
export function countryFlag(code: string) {
	return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65))
}
