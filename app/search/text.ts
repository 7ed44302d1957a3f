import {
	stemBulgarian,
	stemCroatian,
	stemCzech,
	stemEstonian,
	stemFinnish,
	stemGreek,
	stemHungarian,
	stemLatvian,
	stemLithuanian,
	stemSerbian,
	stemSlovak,
	stemSlovene,
	stemTurkish,
	stemUkrainian,
} from './stemmers.ts'

/**
 * The text-analysis layer of the embedded search engine: one normalization
 * and one segmentation shared by the index side (indexText) and the query
 * side (parseQuery), so the words FTS5 stores are exactly the words a query
 * asks for, whatever script, spelling variant or typing habit was used.
 *
 * Everything here is pure and synchronous: it runs for every indexed word and
 * on every keystroke, so each function bounds its work and nothing caches per
 * input (only a handful of Intl.Segmenter instances and fixed tables).
 *
 * A note on FTS5: the SearchFts table uses `unicode61 remove_diacritics 2`
 * with token categories `L* N* Co M*`: combining marks are word characters,
 * so Thai vowel signs and Devanagari matras stay inside the words segmented
 * here. Arabic harakat are still removed here, so that a vowelled and an
 * unvowelled spelling index as the same word.
 */

/**
 * Bump when a change here changes what words the index holds, or what it
 * stores beside them (SearchDoc.rankText, from version 2): start-up then
 * rebuilds the embedded index (scripts/prepare-db.ts).
 */
export const ANALYZER_VERSION = 4

/** As in Meilisearch, only the first 10 words of a query count. */
export const MAX_QUERY_WORDS = 10

/** Stems shorter than this are not used as prefixes: too many words share them. */
export const MIN_STEM_PREFIX = 4
/** The word being typed is completed as a prefix from this many characters. */
export const MIN_PREFIX = 3
/** Languages whose light stems a query word also matches (see stem() and stemmers.ts). */
export const STEM_LANGUAGES = [
	'en',
	'fr',
	'de',
	'es',
	'it',
	'pt',
	'nl',
	'sv',
	'ru',
	'pl',
	'fi',
	'hu',
	'et',
	'lt',
	'lv',
	'cs',
	'sk',
	'sl',
	'hr',
	'sr',
	'bg',
	'uk',
	'el',
	'tr',
]

/** parseQuery looks at no more than this many characters: 10 words never need more. */
const MAX_QUERY_CHARS = 1_000

export interface QueryTerm {
	/** A normalized, segmented token (never empty, never containing FTS5 syntax). */
	text: string
	/** True for the word still being typed: matched as a prefix. */
	prefix: boolean
	/** Terms sharing a phrase index came from one double-quoted group and must be adjacent. */
	phrase?: number
}

export interface ParsedQuery {
	terms: QueryTerm[]
	/** The kept terms joined by single spaces: a canonical form of the query (cache key, display). */
	normalized: string
}

// ---------------------------------------------------------------------------
// Normalization

/** Printable ASCII (plus tab and newlines) is already NFKC and has no marks: the common fast path. */
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/
const FORMAT_CHARS = /\p{Cf}/gu
const CONTROL_CHARS = /\p{Cc}/gu
const WHITESPACE_RUN = /\s+/g

const ARABIC = /[\u0600-\u06ff]/
/** Harakat (U+064B–U+065F), superscript alef, Quranic annotation marks and tatweel: spelling aids, not letters. */
const ARABIC_STRIP =
	/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640]/g
/** Alef with hamza above/below, with madda, wasla and wavy hamza: users type a bare alef. */
const ARABIC_ALEF = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g
/** Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits, so ٢٠٢٤ finds 2024. */
const arabicDigit = (d: string) =>
	String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660))

/** Hebrew points and cantillation marks (niqqud); the letters and maqaf stay. */
const HEBREW_POINTS = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g
const HEBREW = /[\u0591-\u05c7]/

/**
 * Combining marks stripped wherever they appear. These blocks are the generic
 * diacritics used by Latin, Greek and Cyrillic (plus variation selectors);
 * script-specific marks (Thai, Devanagari, Hangul, kana voicing) live in their
 * own blocks and are left alone, because there they are part of the letters.
 */
const GENERIC_MARKS =
	/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]|\udb40[\udd00-\uddef]/g

/**
 * Letters that fold to something else: precomposed Latin, Greek and Cyrillic
 * letters lose their diacritics (é→e, ü→u, ñ→n, ά→α, ё→е) and a few letters
 * without a decomposition fold the way people type them on a foreign keyboard
 * (ß→ss, ł→l, ø→o, æ→ae, œ→oe, ı→i, ς→σ). Cyrillic й, ї and ў keep their
 * marks: they are distinct letters of Russian, Ukrainian and Belarusian, not
 * accented ones. Built once from Unicode's own decompositions.
 */
const LETTER_FOLDS = (() => {
	const folds = new Map<string, string>([
		['ß', 'ss'],
		['ẞ', 'ss'],
		['ł', 'l'],
		['ø', 'o'],
		['đ', 'd'],
		['ħ', 'h'],
		['ŀ', 'l'],
		['æ', 'ae'],
		['œ', 'oe'],
		['ı', 'i'],
		['ς', 'σ'],
		['ʼ', "'"],
	])
	const keep = new Set(['й', 'ї', 'ў'])
	const ranges: [number, number][] = [
		[0x00c0, 0x024f],
		[0x0370, 0x03ff],
		[0x0400, 0x04ff],
		[0x1e00, 0x1fff],
	]
	for (const [from, to] of ranges) {
		for (let cp = from; cp <= to; cp++) {
			const ch = String.fromCodePoint(cp)
			if (folds.has(ch) || keep.has(ch)) continue
			const folded = ch.normalize('NFD').replace(GENERIC_MARKS, '')
			if (folded && folded !== ch) folds.set(ch, folded)
		}
	}
	return folds
})()
const FOLDABLE = new RegExp(`[${[...LETTER_FOLDS.keys()].join('')}]`, 'gu')
const foldLetter = (ch: string) => LETTER_FOLDS.get(ch) ?? ch

/**
 * Normalizes text for indexing and querying:
 *
 * - control characters become spaces (they separate, never join words);
 *   format characters vanish (zero-width spaces and joiners, soft hyphens,
 *   bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069)
 * - NFKC (full-width Latin, half-width kana, ligatures, presentation forms,
 *   compatibility ideographs), then locale-independent lowercasing
 * - Latin, Greek and Cyrillic diacritics folded (see LETTER_FOLDS), ё→е
 * - Arabic: harakat and tatweel removed, alef forms → ا, ى → ي, and ة → ه
 *   (users write a final ة and ه interchangeably; folding costs a rare
 *   ambiguity and wins recall, as Lucene's Arabic normalizer does), and
 *   Arabic-Indic digits → 0–9
 * - Hebrew niqqud removed
 * - Thai/Lao sara am restored after NFKC split it (so Thai words are intact)
 * - whitespace collapsed and trimmed
 */
export function normalizeText(text: string): string {
	if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(WHITESPACE_RUN, ' ').trim()
	let s = text.replace(FORMAT_CHARS, '').replace(CONTROL_CHARS, ' ').normalize('NFKC').toLowerCase()
	if (ARABIC.test(s)) {
		s = s
			.replace(ARABIC_STRIP, '')
			.replace(ARABIC_ALEF, 'ا')
			.replaceAll('ى', 'ي')
			.replaceAll('ة', 'ه')
			.replace(ARABIC_DIGITS, arabicDigit)
	}
	if (HEBREW.test(s)) s = s.replace(HEBREW_POINTS, '')
	s = s.replace(FOLDABLE, foldLetter).replace(GENERIC_MARKS, '')
	// NFKC decomposes THAI CHARACTER SARA AM into nikhahit + sara aa (and the
	// Lao equivalent); the segmenter's dictionary only knows the composed form.
	if (s.includes('\u0e4d')) s = s.replaceAll('\u0e4d\u0e32', '\u0e33')
	if (s.includes('\u0ecd')) s = s.replaceAll('\u0ecd\u0eb2', '\u0eb3')
	return s.replace(WHITESPACE_RUN, ' ').trim()
}

// ---------------------------------------------------------------------------
// Segmentation

/** A word starts with a letter or digit; marks continue it (Thai, Devanagari, Hangul jamo). */
const WORD_RUN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u
/** Scripts written without spaces between words: Intl.Segmenter's dictionaries split them. */
const NEEDS_DICTIONARY =
	/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}\u30fc]/u
/** Splits a word run into same-script pieces; groups: 1 CJK, 2 Thai, 3 Lao, 4 Khmer, 5 Myanmar, 6 other. */
const SCRIPT_PIECES =
	/([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3099\u309a]+)|(\p{sc=Thai}+)|(\p{sc=Lao}+)|(\p{sc=Khmer}+)|(\p{sc=Myanmar}+)|([^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u3099\u309a\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+)/gu
const DICTIONARY_LOCALES = [undefined, 'zh', 'th', 'lo', 'km', 'my'] as const
/**
 * A Japanese verb or adjective in its dictionary form: a kanji run and a
 * short okurigana ending in the kana of a plain form (う-row, or い). The
 * segmenter keeps 脅す whole but cuts its inflected forms after the kanji
 * (脅され → 脅|さ|れ, 送られた → 送|ら|れ|た), so the word is indexed and
 * queried as its kanji alone, and 脅す finds 脅され. Nouns written with
 * okurigana (子ども, 手引き) end otherwise and stay whole.
 */
const OKURIGANA = /^(\p{sc=Han}{1,3})\p{sc=Hiragana}{0,2}[うくぐすつぬぶむるい]$/u

/**
 * Arabic proclitics written attached to a word with the article: the
 * conjunctions و and ف, then the prepositions ب and ك, or ل (which swallows
 * the article's alef: ل + الأطفال → للأطفال). والأمهات, بالإنترنت and
 * للأطفال are indexed and queried as الامهات, الانترنت, الاطفال. At least four
 * letters must follow the article, so that words whose root starts with
 * these letters keep them (بالغين "adults", والدين "parents").
 */
const ARABIC_PROCLITICS =
	/^(?:[وف]?[بك]|[وف])ال(?=[\u0621-\u064a]{4})|^[وف]?لل(?=[\u0621-\u064a]{4})/
/** والد- is the root "parent" (والدة, والدي, والدين), not "and" + article + د-. */
const ARABIC_WALID = /^والد(?:ين|ان|ه|ي|ت|ا)/

/** A normalized Arabic token without its attached conjunction and preposition (see ARABIC_PROCLITICS). */
export function stripArabicProclitics(token: string): string {
	if (ARABIC_WALID.test(token)) return token
	const m = ARABIC_PROCLITICS.exec(token)
	return m ? `ال${token.slice(m[0].length)}` : token
}

const segmenters = new Map<string, Intl.Segmenter>()
function segmenterFor(locale: string) {
	let segmenter = segmenters.get(locale)
	if (!segmenter)
		segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })))
	return segmenter
}

interface Piece {
	/** Offsets in the string the piece was found in. */
	start: number
	end: number
}

/**
 * Calls `visit` for every word piece of `run` (a string of letters, marks and
 * digits), at `offset` + its position: runs in spaceless scripts are cut into
 * dictionary words, the rest is one piece per script.
 */
function splitRun(run: string, offset: number, visit: (start: number, end: number) => void) {
	if (!NEEDS_DICTIONARY.test(run)) {
		visit(offset, offset + run.length)
		return
	}
	// matchAll works on a copy of the regex, so a visitor may segment other text meanwhile.
	for (const m of run.matchAll(SCRIPT_PIECES)) {
		const piece = m[0]
		const start = offset + m.index
		const group = m.findIndex((g, i) => i > 0 && g !== undefined)
		if (group === 6 || group < 1) {
			visit(start, start + piece.length)
			continue
		}
		// Japanese when kana is present; a Han-only run is read as Chinese.
		const locale = group === 1 ? (KANA.test(piece) ? 'ja' : 'zh') : DICTIONARY_LOCALES[group]!
		/** Pieces of a katakana word being gathered (see LOANWORD_PIECE). */
		let katakana: { start: number; end: number; short: boolean; pieces: number[] } | null = null
		const flush = () => {
			if (!katakana) return
			if (katakana.short) visit(katakana.start, katakana.end)
			else {
				const { pieces } = katakana
				for (let i = 0; i < pieces.length; i++) visit(pieces[i]!, pieces[i + 1] ?? katakana.end)
			}
			katakana = null
		}
		for (const s of segmenterFor(locale).segment(piece)) {
			if (!s.isWordLike && !HAS_WORD_CHAR.test(s.segment)) continue
			const from = start + s.index
			const to = from + s.segment.length
			if (locale === 'ja' && LOANWORD_PIECE.test(s.segment)) {
				if (katakana && katakana.end === from) {
					katakana.end = to
					katakana.pieces.push(from)
					katakana.short ||= s.segment.length <= 2
				} else {
					flush()
					katakana = { start: from, end: to, short: s.segment.length <= 2, pieces: [from] }
				}
				continue
			}
			flush()
			// A verb or adjective in its plain form keeps only its kanji (see OKURIGANA).
			const kanji = locale === 'ja' ? OKURIGANA.exec(s.segment)?.[1] : undefined
			visit(from, from + (kanji ?? s.segment).length)
		}
		flush()
	}
}

/**
 * A katakana piece: loanwords are written in katakana, and the dictionary
 * cuts one it does not know into scraps of one or two characters
 * (セクストーション → セ, クス, トー, ション; the prefix セクスト → セ, ク, スト),
 * which share nothing with each other. Adjacent katakana pieces with such
 * a scrap among them are one word; pieces the dictionary knows
 * (オンライン, ゲーム) stay apart.
 */
const LOANWORD_PIECE = /^[\p{sc=Katakana}\u30fc]+$/u

/**
 * Splits normalized text into word tokens.
 *
 * - Any character that is not a letter, mark or digit separates words, so
 *   hyphenated words split ("self-generated" → self, generated) and so do
 *   apostrophes: "l'enfant" → l, enfant and "aujourd'hui" → aujourd, hui.
 *   That is exactly what unicode61 would do with the raw text, and keeping
 *   the elided article costs nothing (both sides have it).
 * - Chinese, Japanese, Thai, Lao, Khmer and Burmese runs are cut into words by
 *   Intl.Segmenter ('zh' for Han-only runs, 'ja' when kana is present), so
 *   "网络诱骗儿童" → 网络, 诱, 骗, 儿童. Korean is spaced already. A
 *   Japanese verb or adjective in its plain form is its kanji (OKURIGANA).
 * - Arabic words lose an attached conjunction and preposition before the
 *   article (ARABIC_PROCLITICS): "والأمهات" → الامهات.
 */
export function segment(text: string): string[] {
	// Most text has no spaceless script at all: one native match does it.
	if (!NEEDS_DICTIONARY.test(text)) {
		const words = text.match(WORD_RUN) ?? []
		return ARABIC.test(text) ? words.map(stripArabicProclitics) : words
	}
	const tokens: string[] = []
	WORD_RUN.lastIndex = 0
	for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
		const run = m[0]
		if (!NEEDS_DICTIONARY.test(run)) tokens.push(stripArabicProclitics(run))
		else splitRun(run, 0, (start, end) => tokens.push(run.slice(start, end)))
	}
	return tokens
}

/** What an FTS column stores: the normalized words separated by spaces, so unicode61 sees the query's tokens. */
export function indexText(text: string): string {
	return segment(normalizeText(text)).join(' ')
}

// ---------------------------------------------------------------------------
// Stemming

/**
 * Light stemmers in the style of Savoy's (and Lucene's "light" stemmers):
 * they strip inflection (plural, case, gender, the commonest verb endings),
 * not derivation, and work on normalized tokens (diacritics already folded).
 * Every stem is a prefix of its word, which is how the engine uses it: as
 * an FTS5 prefix query that reaches the word's other inflected forms
 * ("parents" → parent* finds "parent", "parental"). Pure string checks, no
 * state, no allocation beyond the result.
 */
const STEMMERS = new Map<string, (word: string) => string>([
	['en', stemEnglish],
	['fr', stemFrench],
	['de', stemGerman],
	['es', stemSpanish],
	['it', stemItalian],
	['pt', stemPortuguese],
	['nl', stemDutch],
	['sv', stemSwedish],
	['ru', stemRussian],
	['pl', stemPolish],
	['fi', stemFinnish],
	['hu', stemHungarian],
	['et', stemEstonian],
	['lt', stemLithuanian],
	['lv', stemLatvian],
	['cs', stemCzech],
	['sk', stemSlovak],
	['sl', stemSlovene],
	['hr', stemCroatian],
	['bs', stemCroatian],
	['sr', stemSerbian],
	['bg', stemBulgarian],
	['uk', stemUkrainian],
	['el', stemGreek],
	['tr', stemTurkish],
])

/** Returns the light stem of a normalized token for a language (BCP 47 tag), or the token itself. */
export function stem(token: string, lang: string): string {
	if (token.length < 4) return token
	const dash = lang.search(/[-_]/)
	const stemmer = STEMMERS.get((dash < 0 ? lang : lang.slice(0, dash)).toLowerCase())
	if (!stemmer || codePointLength(token) < 4) return token
	return stemmer(token)
}

/** Strips the first listed suffix (list longest first) that leaves at least `minStem` characters. */
function stripSuffix(word: string, suffixes: readonly string[], minStem: number) {
	for (const suffix of suffixes) {
		if (word.length - suffix.length >= minStem && word.endsWith(suffix))
			return word.slice(0, -suffix.length)
	}
	return word
}

const EN_VOWEL = /[aeiouy]/
const EN_SIBILANT_ES = /(?:ch|sh|ss|x|z)es$/
const DOUBLE_CONSONANT = /([bcdfgkmnprtvz])\1$/

function stemEnglish(word: string) {
	let w = word
	if (w.endsWith('ies')) w = w.length > 4 ? w.slice(0, -3) : w.slice(0, -1)
	else if (EN_SIBILANT_ES.test(w)) w = w.slice(0, -2)
	else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
	if (w.endsWith('ing') && w.length >= 6 && EN_VOWEL.test(w.slice(0, -3))) {
		w = w.slice(0, -3)
		if (DOUBLE_CONSONANT.test(w)) w = w.slice(0, -1)
	} else if (w.endsWith('ied') && w.length >= 6) {
		w = w.slice(0, -3)
	} else if (
		w.endsWith('ed') &&
		!w.endsWith('eed') &&
		w.length >= 5 &&
		EN_VOWEL.test(w.slice(0, -2))
	) {
		w = w.slice(0, -2)
		if (DOUBLE_CONSONANT.test(w)) w = w.slice(0, -1)
	}
	// "family"/"families" and "bully"/"bullied" meet at famil-, bull-; "abuse"/"abused" at abus-.
	if (w.length >= 5 && /[^aeiouy]y$/.test(w)) w = w.slice(0, -1)
	else if (w.length >= 5 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1)
	return w
}

function stemFrench(word: string) {
	let w = word
	if (w.length > 4 && (w.endsWith('s') || w.endsWith('x')) && !w.endsWith('ss')) w = w.slice(0, -1)
	return stripSuffix(w, ['issement', 'ement', 'euse', 'ive', 'eu', 'ee', 'er', 'ez', 'if', 'e'], 4)
}

const DE_S_ENDING = /[bdfghklmnrt]s$/
const DE_ST_ENDING = /[bdfghklmnt]st$/

/** Savoy's German light stemmer, as in Lucene (umlauts are already folded). */
function stemGerman(word: string) {
	let w = word
	if (w.length > 5 && w.endsWith('ern')) w = w.slice(0, -3)
	else if (w.length > 4 && /(?:em|en|er|es)$/.test(w)) w = w.slice(0, -2)
	else if (w.length > 3 && (/[enr]$/.test(w) || DE_S_ENDING.test(w))) w = w.slice(0, -1)
	if (w.length > 5 && w.endsWith('est')) w = w.slice(0, -3)
	else if (w.length > 4 && (w.endsWith('er') || w.endsWith('en'))) w = w.slice(0, -2)
	else if (w.length > 4 && DE_ST_ENDING.test(w)) w = w.slice(0, -2)
	return w
}

/** Plural and gender endings, as Lucene's Spanish light stemmer (without its ces→z rewrite). */
function stemSpanish(word: string) {
	if (word.length < 5) return word
	if (/[oae]$/.test(word)) return word.slice(0, -1)
	if (/[oae]s$/.test(word)) return word.slice(0, -2)
	return word
}

/** Lucene's Italian light stemmer: plural and gender vowels. */
function stemItalian(word: string) {
	if (word.length < 6) return word
	const last = word.at(-1)
	const before = word.at(-2)
	if (last === 'e') return before === 'i' || before === 'h' ? word.slice(0, -2) : word.slice(0, -1)
	if (last === 'i') return before === 'h' || before === 'i' ? word.slice(0, -2) : word.slice(0, -1)
	if (last === 'a' || last === 'o') return before === 'i' ? word.slice(0, -2) : word.slice(0, -1)
	return word
}

function stemPortuguese(word: string) {
	if (word.length < 5) return word
	// proteção/proteções (folded: protecao/protecoes) meet at protec-.
	return stripSuffix(word, ['oes', 'aes', 'ao', 'es', 'as', 'os', 'a', 'o', 'e', 's'], 3)
}

function stemDutch(word: string) {
	if (word.length < 5) return word
	let w = stripSuffix(word, ['heden', 'ingen', 'eren', 'ing', 'en', 'es', 's', 'e'], 3)
	if (w !== word && w.length > 3 && DOUBLE_CONSONANT.test(w)) w = w.slice(0, -1)
	return w
}

/** Lucene's Swedish light stemmer (å, ä, ö already folded to a, a, o). */
function stemSwedish(word: string) {
	let w = word
	if (w.length > 4 && w.endsWith('s')) w = w.slice(0, -1)
	if (w.length > 7 && /(?:elser|heten)$/.test(w)) return w.slice(0, -5)
	if (w.length > 6 && /(?:arne|erna|ande|else|aste|orna|aren)$/.test(w)) return w.slice(0, -4)
	if (w.length > 5 && /(?:are|ast|het)$/.test(w)) return w.slice(0, -3)
	if (w.length > 4 && /(?:ar|er|or|en|at|te|et)$/.test(w)) return w.slice(0, -2)
	if (w.length > 3 && /[taen]$/.test(w)) return w.slice(0, -1)
	return w
}

const RU_CASE_4 = /(?:иями|оями)$/
const RU_CASE_3 = /(?:иям|иях|оях|ями|оям|оьв|ами|его|ему|ери|ими|ого|ому|ыми|оев)$/
const RU_CASE_2 =
	/(?:ая|яя|ях|юю|ах|ею|их|ия|ию|ьв|ою|ую|ям|ых|ея|ам|ем|ей|ев|ий|им|ое|ой|ом|ов|ые|ый|ым|ми)$/
const RU_CASE_1 = /[аеийоуыьюя]$/

/** Lucene's Russian light stemmer: case endings, then a soft sign, и or doubled н. */
function stemRussian(word: string) {
	let w = word
	if (w.length > 6 && RU_CASE_4.test(w)) w = w.slice(0, -4)
	else if (w.length > 5 && RU_CASE_3.test(w)) w = w.slice(0, -3)
	else if (w.length > 4 && RU_CASE_2.test(w)) w = w.slice(0, -2)
	else if (w.length > 3 && RU_CASE_1.test(w)) w = w.slice(0, -1)
	if (w.length > 3 && (w.endsWith('ь') || w.endsWith('и') || w.endsWith('нн'))) w = w.slice(0, -1)
	return w
}

/** Polish case endings (ą ę ó ł already folded): dzieci/dziecko → dziec-/dzieck-, rodzice/rodziców → rodzic-. */
function stemPolish(word: string) {
	if (word.length < 5) return word
	return stripSuffix(
		word,
		[
			'owie',
			'ami',
			'ach',
			'ego',
			'emu',
			'ych',
			'ymi',
			'imi',
			'iej',
			'owi',
			'om',
			'ow',
			'em',
			'ie',
			'ia',
			'iu',
			'ej',
			'y',
			'a',
			'e',
			'i',
			'o',
			'u',
		],
		4,
	)
}

// ---------------------------------------------------------------------------
// Queries

const QUOTES = /["“”„«»]/
const ENDS_IN_WORD = /[\p{L}\p{M}\p{N}]\p{Cf}*$/u

/**
 * Turns any user input into safe query terms; never throws. Nothing of the
 * input reaches FTS5 as syntax: normalization and segmentation keep letters
 * and digits only, so quotes, NEAR(…), AND/OR/NOT (now plain words), `*`,
 * `^`, `column:` filters, parentheses, `-`, `+`, control characters and emoji
 * all become separators or plain words. Only the first ~1,000 characters are
 * read and the first MAX_QUERY_WORDS words kept.
 *
 * Balanced double quotes (also “ ” „ « ») group their words into a phrase;
 * an unbalanced quote is just a separator. The last term is a prefix when
 * the user is still typing it: the input ends in a letter or digit, and that
 * word is the one kept last (not cut off by the word limit, not in a phrase).
 */
export function parseQuery(raw: string): ParsedQuery {
	const input = typeof raw === 'string' ? raw : ''
	const bounded = input.length > MAX_QUERY_CHARS ? input.slice(0, MAX_QUERY_CHARS) : input
	const typing = input.length <= MAX_QUERY_CHARS && ENDS_IN_WORD.test(bounded)
	const parts = normalizeText(bounded).split(QUOTES)
	const quotes = parts.length - 1
	const terms: QueryTerm[] = []
	let phrases = 0
	let truncated = false
	for (let i = 0; i < parts.length && !truncated; i++) {
		const tokens = segment(parts[i]!)
		// Odd parts sit between two quotes, unless their closing quote is missing.
		const phrase =
			i % 2 === 1 && (i < quotes || quotes % 2 === 0) && tokens.length > 1 ? phrases++ : undefined
		for (const text of tokens) {
			if (terms.length === MAX_QUERY_WORDS) {
				truncated = true
				break
			}
			terms.push(phrase === undefined ? { text, prefix: false } : { text, prefix: false, phrase })
		}
	}
	// A phrase cut to one word by the word limit is just a word.
	const last = terms.at(-1)
	if (last?.phrase !== undefined && terms.at(-2)?.phrase !== last.phrase) delete last.phrase
	if (last && typing && !truncated && last.phrase === undefined) last.prefix = true
	return { terms, normalized: terms.map((t) => t.text).join(' ') }
}

export interface FtsQueryOptions {
	/** Per term text: indexed words within its typo budget, matched exactly. */
	typoAlternatives?: ReadonlyMap<string, readonly string[]>
	/** Per term text: stems, matched as prefixes. */
	stems?: ReadonlyMap<string, readonly string[]>
}

/** A token as an FTS5 string: always quoted, inner quotes doubled, so it can never be syntax. */
export const quoteFts = (text: string) => `"${text.replaceAll('"', '""')}"`

/**
 * Builds an FTS5 MATCH expression from parsed terms. Every token is a quoted
 * FTS5 string (a `"` inside doubled), so no user text is ever read as an
 * operator; groups are joined by an explicit AND (FTS5 rejects implicit AND
 * next to a parenthesized group):
 *
 * - a term: `"child"`; the term being typed: `"safe" *`
 * - a phrase group: `"online grooming"`
 * - a term with stems or typo alternatives: `("parents" OR "parent" * OR "parent")`
 *
 * e.g. terms child, "online grooming" (phrase), parents (prefix) with stem
 * parent → `"child" AND "online grooming" AND ("parents" * OR "parent" *)`.
 * Returns '' when there is nothing to search (FTS5 rejects an empty MATCH:
 * the caller must skip the query).
 */
export function toFtsQuery(terms: readonly QueryTerm[], options: FtsQueryOptions = {}): string {
	// A group is an FTS expression, or the words of a phrase collected in place of its first word.
	const groups: (string | string[])[] = []
	const phrases = new Map<number, string[]>()
	for (const term of terms) {
		if (!HAS_WORD_CHAR.test(term.text)) continue
		if (term.phrase !== undefined) {
			const words = phrases.get(term.phrase)
			if (words) words.push(term.text)
			else {
				const started = [term.text]
				phrases.set(term.phrase, started)
				groups.push(started)
			}
			continue
		}
		const alternatives = new Set([term.prefix ? `${quoteFts(term.text)} *` : quoteFts(term.text)])
		for (const s of options.stems?.get(term.text) ?? []) {
			if (HAS_WORD_CHAR.test(s)) alternatives.add(`${quoteFts(s)} *`)
		}
		for (const t of options.typoAlternatives?.get(term.text) ?? []) {
			if (HAS_WORD_CHAR.test(t)) alternatives.add(quoteFts(t))
		}
		groups.push(
			alternatives.size > 1 ? `(${[...alternatives].join(' OR ')})` : [...alternatives][0]!,
		)
	}
	return groups
		.map((group) => (typeof group === 'string' ? group : quoteFts(group.join(' '))))
		.join(' AND ')
}

// ---------------------------------------------------------------------------
// Typo tolerance

function codePointLength(text: string) {
	let n = 0
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i)
		// A high surrogate followed by a low one is one code point.
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			const d = text.charCodeAt(i + 1)
			if (d >= 0xdc00 && d <= 0xdfff) i++
		}
		n++
	}
	return n
}

/** Meilisearch's budget: no typo below 5 characters, one from 5, two from 9 (code points). */
export function maxTyposFor(word: string): 0 | 1 | 2 {
	const length = codePointLength(word)
	return length >= 9 ? 2 : length >= 5 ? 1 : 0
}

function codePoints(text: string): number[] {
	const points: number[] = []
	for (const ch of text) points.push(ch.codePointAt(0)!)
	return points
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition)
 * between a and b when it is at most `max`, else null. Only the diagonal band
 * |i − j| ≤ max is computed and the loop stops as soon as a whole row exceeds
 * max, so the cost is O(length × max). Compares code points.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | null {
	if (!(max >= 0)) return null
	if (a === b) return 0
	const s = codePoints(a)
	const t = codePoints(b)
	const n = s.length
	const m = t.length
	if (Math.abs(n - m) > max) return null
	if (n === 0 || m === 0) return Math.max(n, m) <= max ? Math.max(n, m) : null
	const limit = Math.floor(max)
	const big = limit + 1
	// Rows of the DP over t; cells outside the band hold `big` (more than max).
	let before = new Array<number>(m + 1).fill(big)
	let previous = new Array<number>(m + 1).fill(big)
	let current = new Array<number>(m + 1).fill(big)
	for (let j = 0; j <= Math.min(m, limit); j++) previous[j] = j
	for (let i = 1; i <= n; i++) {
		const from = Math.max(1, i - limit)
		const to = Math.min(m, i + limit)
		current.fill(big)
		current[0] = i <= limit ? i : big
		let rowMin = current[0]!
		const si = s[i - 1]!
		for (let j = from; j <= to; j++) {
			const tj = t[j - 1]!
			const cost = si === tj ? 0 : 1
			let d = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1)
			if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === tj) d = Math.min(d, before[j - 2]! + 1)
			current[j] = d > big ? big : d
			if (d < rowMin) rowMin = d
		}
		if (rowMin > limit) return null
		;[before, previous, current] = [previous, current, before]
	}
	const distance = previous[m]!
	return distance <= limit ? distance : null
}

// ---------------------------------------------------------------------------
// Highlighting

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
}
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
/** Word runs of the original text; format characters inside a word belong to it (normalization drops them). */
const ORIGINAL_RUN = /[\p{L}\p{M}\p{N}\p{Cf}]+/gu
const WORD_CHAR_AT = /[\p{L}\p{M}\p{N}\p{Cf}]/u
const SIMPLE_WORD = /^[A-Za-z0-9]+$/

export interface HighlightOptions {
	/** When set, a window of about this many characters around the first match, with "…" at cut ends. */
	maxLength?: number
	/** Tokens being typed: a word whose token starts with one is marked too. */
	prefixTokens?: ReadonlySet<string>
	/**
	 * Whether a word matches, remembered across calls that share the same
	 * tokens: the hits of one search repeat most of their words.
	 */
	memo?: Map<string, boolean>
}

/**
 * Returns `original` (not its normalized form) as HTML, every word whose
 * normalized tokens include one of `matchTokens` (or start with one of
 * `prefixTokens`) wrapped in <mark>…</mark>, and everything else escaped.
 *
 * Words are found in the original the way segment() finds them in normalized
 * text, so Arabic with harakat, Chinese without spaces and accented Latin
 * all mark the right span. Matching is on exact tokens: "enfant" marks
 * "enfants" only when the caller passes a stem (here "enfant") as a prefix
 * token, which is what the engine does with its stems.
 */
export function highlight(
	original: string,
	matchTokens: ReadonlySet<string>,
	options: HighlightOptions = {},
): string {
	const prefixes = [...(options.prefixTokens ?? [])].filter((p) => p.length > 0)
	// Memoizes words (across calls when the caller shares a memo): text repeats its words.
	const memo = options.memo ?? new Map<string, boolean>()
	const isMatch = (word: string) => {
		let hit = memo.get(word)
		if (hit !== undefined) return hit
		const matches = (t: string) => matchTokens.has(t) || prefixes.some((p) => t.startsWith(p))
		if (SIMPLE_WORD.test(word)) hit = matches(word.toLowerCase())
		else {
			const normalized = normalizeText(word)
			// A piece of a spaceless script was cut by the dictionary already:
			// cutting it again (the costly part) would give the same word.
			hit =
				matches(normalized) ||
				(!NEEDS_DICTIONARY.test(normalized) && segment(normalized).some(matches))
		}
		memo.set(word, hit)
		return hit
	}
	const maxLength = options.maxLength
	if (maxLength === undefined || !(maxLength > 0) || original.length <= maxLength) {
		return render(
			original,
			0,
			original.length,
			collectPieces(original, 0, original.length),
			isMatch,
		)
	}

	// The first match decides the window: about a quarter of it before the match.
	const first = findFirstMatch(original, isMatch)
	const anchorStart = first?.start ?? 0
	const anchorEnd = first?.end ?? 0
	let start = Math.max(0, anchorStart - Math.floor(maxLength / 4))
	let end = Math.min(original.length, start + maxLength)
	if (end - start < maxLength) start = Math.max(0, end - maxLength)

	// Pieces around the window, from the start of the word run that holds `start`.
	let scanFrom = start
	for (
		let steps = 0;
		scanFrom > 0 && steps < 200 && WORD_CHAR_AT.test(original[scanFrom - 1]!);
		steps++
	)
		scanFrom--
	const pieces = collectPieces(original, scanFrom, Math.min(original.length, end + 200))
	// Never cut a word: start after a word cut at the left, end before one cut at the right
	// (or after it, when that word is the match itself).
	for (const p of pieces) {
		if (p.start < start && start < p.end) start = p.end
		if (p.start < end && end < p.end) end = p.start >= anchorEnd ? p.start : p.end
	}
	start = skipSurrogateTail(original, start)
	end = skipSurrogateTail(original, end)
	while (start < end && /\s/.test(original[start]!)) start++
	while (end > start && /\s/.test(original[end - 1]!)) end--
	const body = render(original, start, end, pieces, isMatch)
	return `${start > 0 ? '…' : ''}${body}${end < original.length ? '…' : ''}`
}

/** Moves an offset off the second half of a surrogate pair. */
function skipSurrogateTail(text: string, offset: number) {
	const c = text.charCodeAt(offset)
	return c >= 0xdc00 && c <= 0xdfff && offset > 0 ? offset + 1 : offset
}

/** The word pieces of `text` whose runs start in [from, to). `from` must be at a run boundary. */
function collectPieces(text: string, from: number, to: number): Piece[] {
	const pieces: Piece[] = []
	ORIGINAL_RUN.lastIndex = from
	for (let m = ORIGINAL_RUN.exec(text); m && m.index < to; m = ORIGINAL_RUN.exec(text)) {
		splitRun(m[0], m.index, (start, end) => pieces.push({ start, end }))
	}
	return pieces
}

function findFirstMatch(text: string, isMatch: (word: string) => boolean): Piece | null {
	ORIGINAL_RUN.lastIndex = 0
	for (let m = ORIGINAL_RUN.exec(text); m; m = ORIGINAL_RUN.exec(text)) {
		let found: Piece | null = null
		splitRun(m[0], m.index, (start, end) => {
			if (!found && isMatch(text.slice(start, end))) found = { start, end }
		})
		if (found) return found
	}
	return null
}

function render(
	text: string,
	start: number,
	end: number,
	pieces: Piece[],
	isMatch: (word: string) => boolean,
) {
	let html = ''
	let at = start
	for (const p of pieces) {
		if (p.start < start || p.end > end) continue
		if (!isMatch(text.slice(p.start, p.end))) continue
		html += `${escapeHtml(text.slice(at, p.start))}<mark>${escapeHtml(text.slice(p.start, p.end))}</mark>`
		at = p.end
	}
	return html + escapeHtml(text.slice(at, end))
}
