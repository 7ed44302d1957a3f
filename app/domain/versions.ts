/**
 * Chooses which language version of a material to show a reader: their UI
 * language if the material has it, else the material's original language,
 * else the first one available.
 */
export function pickVersion<V extends { lang: string }>(
	versions: readonly V[],
	preferredLang: string,
	originalLang?: string,
): V | undefined {
	return (
		versions.find((v) => v.lang === preferredLang) ??
		(originalLang ? versions.find((v) => v.lang === originalLang) : undefined) ??
		versions[0]
	)
}

/** A file name's title part is cut to this many UTF-16 code units (at most 240 bytes of UTF-8). */
const MAX_SLUG_LENGTH = 80

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** A file name's credit part is cut to this many UTF-16 code units. */
const MAX_CREDIT_SLUG_LENGTH = 60

/**
 * A file name that says what the file is: "stay-safe-online-ar.png". With
 * `credit` (who made it and the licence), for files that cannot carry their
 * credit inside (video, audio, office documents): it follows the language,
 * "stay-safe-online-ar-e-enfance-france-cc-by-4-0.mp4".
 */
export function downloadFileName(title: string, lang: string, extension: string, credit?: string) {
	const cut = cutBetweenGraphemes(slugOf(title), MAX_SLUG_LENGTH).replace(/-+$/, '')
	const creditSlug = credit
		? cutBetweenGraphemes(slugOf(credit), MAX_CREDIT_SLUG_LENGTH).replace(/-+$/, '')
		: ''
	return `${cut || 'material'}-${lang}${creditSlug ? `-${creditSlug}` : ''}.${extension}`
}

function slugOf(text: string) {
	return (
		text
			.normalize('NFKC')
			// Keep letters (with their vowel signs and accents) and digits of every
			// script; path separators, control characters, punctuation and emoji
			// become hyphens.
			.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.toLowerCase()
	)
}

/**
 * The longest start of `text` within `max` code units that ends between two
 * graphemes: a cut by code units could split a surrogate pair (a CJK
 * Extension B character), which no header can carry, or part a letter from
 * its vowel sign.
 */
function cutBetweenGraphemes(text: string, max: number) {
	if (text.length <= max) return text
	let end = 0
	for (const { index, segment } of graphemes.segment(text)) {
		if (index + segment.length > max) break
		end = index + segment.length
	}
	return text.slice(0, end)
}
