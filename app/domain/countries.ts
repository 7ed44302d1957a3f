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

/** ISO 3166-1 alpha-2 (plus XK, the code in common use for Kosovo). */
export function isCountryCode(value: unknown): value is string {
	return typeof value === 'string' && /^[A-Z]{2}$/.test(value)
}

export function countryName(code: string, inLanguage: string) {
	try {
		return new Intl.DisplayNames([inLanguage], { type: 'region' }).of(code) ?? code
	} catch {
		return code
	}
}

/** Regional-indicator flag emoji; decorative only (screen readers get the name). */
export function countryFlag(code: string) {
	return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65))
}
