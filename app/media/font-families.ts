/**
 * Which Noto font draws a text, for Pango (posters, demo art) and for the
 * text written into PDFs (pdf-text.server.ts) alike, so a poster and its
 * PDF's credit use the same fonts. Debian's fonts-noto-core and
 * fonts-noto-cjk install them.
 */

const SCRIPT_FONTS: [RegExp, string][] = [
	[/\p{Script=Arabic}/u, 'Noto Sans Arabic'],
	[/\p{Script=Hebrew}/u, 'Noto Sans Hebrew'],
	[/\p{Script=Thai}/u, 'Noto Sans Thai'],
	[/\p{Script=Devanagari}/u, 'Noto Sans Devanagari'],
	[/\p{Script=Armenian}/u, 'Noto Sans Armenian'],
	[/\p{Script=Georgian}/u, 'Noto Sans Georgian'],
	[/\p{Script=Khmer}/u, 'Noto Sans Khmer'],
]

const LANGUAGE_FONTS: Record<string, string> = {
	ar: 'Noto Sans Arabic',
	fa: 'Noto Sans Arabic',
	ur: 'Noto Sans Arabic',
	ps: 'Noto Sans Arabic',
	he: 'Noto Sans Hebrew',
	yi: 'Noto Sans Hebrew',
	th: 'Noto Sans Thai',
	hi: 'Noto Sans Devanagari',
	mr: 'Noto Sans Devanagari',
	ne: 'Noto Sans Devanagari',
	hy: 'Noto Sans Armenian',
	ka: 'Noto Sans Georgian',
	km: 'Noto Sans Khmer',
}

/**
 * Han characters are drawn differently in China, Taiwan, Hong Kong, Japan
 * and Korea: the variant follows the language (and the kana or hangul in
 * the text when the language says nothing).
 */
function cjkFamily(lang: string, text: string) {
	const [primary = '', ...subtags] = lang.toLowerCase().split('-')
	if (
		primary === 'ja' ||
		(primary !== 'zh' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text))
	)
		return 'Noto Sans CJK JP'
	if (primary === 'ko' || (primary !== 'zh' && /\p{Script=Hangul}/u.test(text)))
		return 'Noto Sans CJK KR'
	if (subtags.includes('hk') || subtags.includes('mo')) return 'Noto Sans CJK HK'
	if (subtags.includes('tw') || subtags.includes('hant')) return 'Noto Sans CJK TC'
	return 'Noto Sans CJK SC'
}

/**
 * The Pango font families for a slot, best first. The first is the font of
 * the text's script (by the letters it holds, else by its language); Noto
 * Sans and the CJK font follow, so a Latin brand name or a number inside
 * Arabic or Chinese text comes from a known font rather than whatever
 * fontconfig falls back to.
 */
export function fontFamiliesFor(lang: string, text: string): string[] {
	const cjk = cjkFamily(lang, text)
	let primary: string | undefined
	if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)) {
		primary = cjk
	} else if (/\p{Script=Latin}|\p{Script=Cyrillic}|\p{Script=Greek}/u.test(text)) {
		primary = 'Noto Sans'
	} else {
		primary = SCRIPT_FONTS.find(([script]) => script.test(text))?.[1]
	}
	const primaryLanguage = lang.toLowerCase().split('-')[0]!
	if (!primary) {
		primary = ['zh', 'ja', 'ko'].includes(primaryLanguage)
			? cjk
			: (LANGUAGE_FONTS[primaryLanguage] ?? 'Noto Sans')
	}
	return [...new Set([primary, 'Noto Sans', cjk])]
}
