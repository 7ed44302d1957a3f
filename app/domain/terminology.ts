import { type ContentLanguage } from '#app/domain/languages.ts'
import { searchLanguageOf } from '#app/domain/search-language.ts'
import { normalizeText } from '#app/search/text.ts'
import { ar } from './terminology/ar.ts'
import { bg } from './terminology/bg.ts'
import { cs } from './terminology/cs.ts'
import { da } from './terminology/da.ts'
import { de } from './terminology/de.ts'
import { el } from './terminology/el.ts'
import { en } from './terminology/en.ts'
import { es } from './terminology/es.ts'
import { et } from './terminology/et.ts'
import { fi } from './terminology/fi.ts'
import { fr } from './terminology/fr.ts'
import { he } from './terminology/he.ts'
import { hr } from './terminology/hr.ts'
import { hu } from './terminology/hu.ts'
import { hy } from './terminology/hy.ts'
import { it } from './terminology/it.ts'
import { ja } from './terminology/ja.ts'
import { ka } from './terminology/ka.ts'
import { km } from './terminology/km.ts'
import { ko } from './terminology/ko.ts'
import { lt } from './terminology/lt.ts'
import { lv } from './terminology/lv.ts'
import { nl } from './terminology/nl.ts'
import { no } from './terminology/no.ts'
import { pl } from './terminology/pl.ts'
import { pt } from './terminology/pt.ts'
import { ro } from './terminology/ro.ts'
import { ru } from './terminology/ru.ts'
import { sk } from './terminology/sk.ts'
import { sl } from './terminology/sl.ts'
import { sq } from './terminology/sq.ts'
import { sr } from './terminology/sr.ts'
import { sv } from './terminology/sv.ts'
import { th } from './terminology/th.ts'
import { tr } from './terminology/tr.ts'
import { uk } from './terminology/uk.ts'
import { vi } from './terminology/vi.ts'
import { zh } from './terminology/zh.ts'

/**
 * A terminology check for awareness materials, following the Terminology
 * Guidelines for the Protection of Children from Sexual Exploitation and
 * Sexual Abuse (the "Luxembourg Guidelines", Interagency Working Group, 2016).
 * Words shape how the public sees the harm: "child pornography" makes abuse
 * sound like a genre of pornography, "child prostitution" suggests a child
 * chose to sell sex, "revenge porn" suggests the victim deserved it. Materials
 * are adapted from country to country, so the check runs on every language
 * version and suggests the wording the Guidelines (or their official
 * translations and national practice) recommend instead.
 *
 * It is advice for authors and moderators, never a block: a material may
 * quote a law's title ("Kinderpornografie" in a German statute, 児童ポルノ
 * in Japan's) and still be right to do so.
 */

export const TERMINOLOGY_REASONS = [
	/** The wording suggests the child agreed or took part willingly. */
	'implies-consent',
	/** The wording makes abuse sound like a legitimate activity or product (pornography, tourism). */
	'legitimises',
	/** The wording puts blame or shame on the child or victim. */
	'victim-blaming',
	/** A clinical diagnosis used as a label for offenders (most offenders are not paedophiles). */
	'offender-label',
] as const
export type TerminologyReason = (typeof TERMINOLOGY_REASONS)[number]

/**
 * The Guidelines' terms the check looks for in every language: every entry
 * says which of them it words, and a test holds every language's list to
 * all five.
 */
export const TERMINOLOGY_CONCEPTS = [
	/** "child pornography", and every other name that makes abuse material a kind of pornography. */
	'child-pornography',
	/** "child prostitution", and "child prostitute", "child sex worker". */
	'child-prostitution',
	/** "revenge porn", for the non-consensual sharing of intimate images. */
	'revenge-porn',
	/** "sex tourism", "child sex tourism", "sex tourist". */
	'sex-tourism',
	/** "paedophile" for an offender (never the diagnosis, "paedophilia"). */
	'paedophile',
] as const
/** `other`: wording a language flags beyond the five (English "underage sex", German "Kinderschänder"). */
export type TerminologyConcept = (typeof TERMINOLOGY_CONCEPTS)[number] | 'other'

export interface DiscouragedTerm {
	/** The discouraged wording, as usually written in the language. Always matched. */
	term: string
	/** Which of the Guidelines' terms this is a wording of. */
	concept: TerminologyConcept
	/** The recommended replacement, to show (or offer) in place of the term. */
	preferred: string
	reason: TerminologyReason
	/**
	 * Other spellings and inflections, as regular-expression sources matched
	 * against folded text (see findDiscouragedTerms): written in lower case;
	 * accented and Arabic letters may be written as usual, they are folded the
	 * way the text is (é means e, أ means ا, ة means ه, so do not put them in a
	 * character class next to their folded form). A space stands for one or
	 * more separators (spaces, line breaks, hyphens), `~` for an optional
	 * hyphen (German and Dutch compounds written "Kinder-Pornografie").
	 * Word boundaries are added around the whole pattern.
	 */
	forms?: readonly string[]
}

/**
 * Discouraged terms per content language, one file per language in
 * terminology/ (Norwegian as `no`, the content language; the interface's
 * `nb` reads it). Keep each language's wording idiomatic rather than
 * translated from the English list, and the `preferred` wording free of
 * every term of its own language (a test checks).
 */
export const TERMINOLOGY: Readonly<Partial<Record<ContentLanguage, readonly DiscouragedTerm[]>>> = {
	ar,
	bg,
	cs,
	da,
	de,
	el,
	en,
	es,
	et,
	fi,
	fr,
	he,
	hr,
	hu,
	hy,
	it,
	ja,
	ka,
	km,
	ko,
	lt,
	lv,
	nl,
	no,
	pl,
	pt,
	ro,
	ru,
	sk,
	sl,
	sq,
	sr,
	sv,
	th,
	tr,
	uk,
	vi,
	zh,
}

export interface TermMatch {
	/** UTF-16 offsets of the match in the original text (end exclusive). */
	start: number
	end: number
	/** The original text of the match, as the author wrote it. */
	found: string
	term: string
	preferred: string
	reason: TerminologyReason
}

/**
 * How words are delimited. `word`: no letter or digit right before or after
 * a match (space-separated scripts). `start`: only before (Korean attaches
 * particles to the noun: 아동음란물을). `none`: substrings (Chinese, Japanese,
 * Thai and Khmer have no spaces between words). Arabic also allows one-letter
 * proclitics (و ف ب ل ك) before a match, since they are written attached:
 * وإباحية الأطفال is "and child pornography"; Hebrew up to three of its
 * one-letter prefixes (ו ה ב ל מ ש כ): ובפורנוגרפיית ילדים.
 */
interface Matching {
	boundary: 'word' | 'start' | 'none'
	proclitics?: 'ar' | 'he'
}
const MATCHING: Readonly<Record<string, Matching>> = {
	ar: { boundary: 'word', proclitics: 'ar' },
	he: { boundary: 'word', proclitics: 'he' },
	ja: { boundary: 'none' },
	km: { boundary: 'none' },
	ko: { boundary: 'start' },
	th: { boundary: 'none' },
	zh: { boundary: 'none' },
}
const WORD_MATCHING: Matching = { boundary: 'word' }

/** Whether the terminology check knows this language (else it finds nothing). */
export function hasTerminology(lang: string): boolean {
	const key = primaryLanguage(lang)
	return key !== null && Object.hasOwn(TERMINOLOGY, key)
}

/**
 * The discouraged terms in `text`, read as language `lang` (a BCP 47 tag;
 * only its primary subtag counts), sorted by start, without overlaps: where
 * matches overlap the longest wins ("self-generated child pornography" over
 * "child pornography"). Never throws; unknown languages and non-strings give
 * no match.
 *
 * The text is folded the way the search engine folds it (normalizeText:
 * NFKC, case, Latin/Greek/Cyrillic diacritics, Arabic harakat, tatweel and
 * letter variants), one character with its combining marks at a time, so
 * every folded character knows where it came from and offsets point into the
 * original text even when folding removed or added characters. Separators
 * between the words of a term may be any run of spaces, line breaks,
 * hyphens or underscores.
 */
export function findDiscouragedTerms(text: string, lang: string): TermMatch[] {
	if (typeof text !== 'string' || text.length === 0) return []
	const language = compiledLanguage(lang)
	if (!language) return []
	const folded = foldWithOffsets(text)
	const { boundary, proclitics } = language.matching
	const candidates: (TermMatch & { order: number })[] = []
	for (const [order, { entry, pattern }] of language.terms.entries()) {
		pattern.lastIndex = 0
		for (let m = pattern.exec(folded.text); m; m = pattern.exec(folded.text)) {
			const from = m.index
			const to = from + m[0].length
			if (to === from) {
				pattern.lastIndex = from + 1
				continue
			}
			if (boundary !== 'none' && !startsWord(folded.text, from, proclitics)) {
				// A later, overlapping start could still be at a word start.
				pattern.lastIndex = from + 1
				continue
			}
			const start = folded.starts[from]!
			const end = folded.ends[to - 1]!
			candidates.push({
				start,
				end,
				found: text.slice(start, end),
				term: entry.term,
				preferred: entry.preferred,
				reason: entry.reason,
				order,
			})
		}
	}
	if (candidates.length === 0) return []

	// Longest first, then leftmost, then list order; a match is kept when none of its
	// characters belongs to a kept one. Marking characters keeps this linear in the text.
	candidates.sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
	)
	const taken = new Uint8Array(text.length)
	const kept: TermMatch[] = []
	for (const { order: _order, ...match } of candidates) {
		let free = true
		for (let i = match.start; i < match.end && free; i++) if (taken[i]) free = false
		if (!free) continue
		taken.fill(1, match.start, match.end)
		kept.push(match)
	}
	return kept.sort((a, b) => a.start - b.start)
}

/**
 * The discouraged terms in all the texts of one language version (title,
 * description, poster texts, text extracted from its files), each term
 * once with the first wording found: the advice shown after every save.
 */
export function terminologyAdvice(lang: string, texts: readonly string[]) {
	const seen = new Map<string, Pick<TermMatch, 'found' | 'preferred' | 'reason'>>()
	for (const text of texts) {
		for (const { term, found, preferred, reason } of findDiscouragedTerms(text, lang)) {
			if (!seen.has(term)) seen.set(term, { found, preferred, reason })
		}
	}
	return [...seen.values()]
}

/** findDiscouragedTerms for each language version of a material, in the given order. */
export function checkAllLanguages(
	texts: readonly { lang: string; text: string }[],
): { lang: string; matches: TermMatch[] }[] {
	if (!Array.isArray(texts)) return []
	return texts.map((version: unknown) => {
		const { lang, text } = (version ?? {}) as { lang?: unknown; text?: unknown }
		const language = typeof lang === 'string' ? lang : ''
		return {
			lang: language,
			matches: typeof text === 'string' ? findDiscouragedTerms(text, language) : [],
		}
	})
}

// ---------------------------------------------------------------------------
// Folding with offsets

interface FoldedText {
	text: string
	/** For each UTF-16 unit of `text`, where the original character it came from starts and ends. */
	starts: Int32Array
	ends: Int32Array
}

const SPACE_OR_CONTROL = /[\s\p{Cc}]/u
const FORMAT = /\p{Cf}/u
/** Sentinel for characters that vanish without belonging to the word before (bidi controls, joiners). */
const VANISHES = null

/**
 * Folds `text` one cluster at a time (a character and the combining marks
 * after it, so "e\u0301" folds as "é" would and half-width ﾍﾞ as ベ).
 * Whitespace and control characters become a space, format characters
 * vanish, lone surrogates become U+FFFD, everything else goes through
 * normalizeText. A cluster that folds to nothing (tatweel, a stray mark)
 * joins the character before it, so highlighting covers it.
 */
function foldWithOffsets(text: string): FoldedText {
	const n = text.length
	let capacity = n + 16
	let units = new Uint16Array(capacity)
	let starts = new Int32Array(capacity)
	let ends = new Int32Array(capacity)
	let size = 0
	// Clusters of several code points, memoized within this call only.
	const memo = new Map<string, string | typeof VANISHES>()
	for (let i = 0; i < n;) {
		const c = text.charCodeAt(i)
		let j = i + (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1)
		while (j < n && text.charCodeAt(j) >= 0x300) {
			const next = text.codePointAt(j)!
			if (!isMarkLike(next)) break
			j += next > 0xffff ? 2 : 1
		}
		if (j === i + 1 && c < 0x80) {
			// Plain ASCII, the bulk of most texts: lower-cased inline.
			if (size === capacity) {
				capacity *= 2
				;[units, starts, ends] = [
					grow16(units, capacity),
					grow(starts, capacity),
					grow(ends, capacity),
				]
			}
			units[size] = c >= 0x41 && c <= 0x5a ? c + 32 : c <= 0x20 || c === 0x7f ? 0x20 : c
			starts[size] = i
			ends[size] = j
			size++
			i = j
			continue
		}
		let piece: string | typeof VANISHES
		if (j === i + 1) piece = foldBmpCharacter(c)
		else {
			const cluster = text.slice(i, j)
			const cached = memo.get(cluster)
			if (cached !== undefined) piece = cached
			else memo.set(cluster, (piece = foldCluster(cluster)))
		}
		if (piece === VANISHES) {
			// Leaves no trace.
		} else if (piece.length === 0) {
			if (size > 0 && ends[size - 1] === i) ends[size - 1] = j
		} else {
			if (size + piece.length > capacity) {
				capacity = Math.max(capacity * 2, size + piece.length)
				;[units, starts, ends] = [
					grow16(units, capacity),
					grow(starts, capacity),
					grow(ends, capacity),
				]
			}
			for (let k = 0; k < piece.length; k++, size++) {
				units[size] = piece.charCodeAt(k)
				starts[size] = i
				ends[size] = j
			}
		}
		i = j
	}
	return { text: decodeUnits(units, size), starts, ends }
}

/** Folds of single BMP characters: a fixed table of at most 65,536 entries, filled on use. */
const bmpFolds = new Array<string | typeof VANISHES | undefined>(0x10000)
function foldBmpCharacter(c: number) {
	let folded = bmpFolds[c]
	if (folded === undefined) bmpFolds[c] = folded = foldCluster(String.fromCharCode(c))
	return folded
}

function decodeUnits(units: Uint16Array, size: number) {
	let text = ''
	// In chunks, as String.fromCharCode takes its units as arguments; apply accepts
	// any array-like, so the typed array is read without copying it to an array.
	for (let k = 0; k < size; k += 8192) {
		const chunk = units.subarray(k, Math.min(size, k + 8192)) as unknown as number[]
		text += String.fromCharCode.apply(null, chunk)
	}
	return text
}

function grow16(array: Uint16Array, capacity: number) {
	const bigger = new Uint16Array(capacity)
	bigger.set(array)
	return bigger
}

function foldCluster(cluster: string): string | typeof VANISHES {
	const base = cluster.codePointAt(0)!
	if (base >= 0xd800 && base <= 0xdfff) return '\ufffd'
	const first = String.fromCodePoint(base)
	if (SPACE_OR_CONTROL.test(first)) return ' '
	if (FORMAT.test(first)) return VANISHES
	return normalizeText(cluster)
}

function grow(array: Int32Array, capacity: number) {
	const bigger = new Int32Array(capacity)
	bigger.set(array)
	return bigger
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

const MARK = /\p{M}/u
const MARKS = /\p{M}/gu
/** Combining marks of the Basic Multilingual Plane, as a table: the check runs for every character. */
let bmpMarks: Uint8Array | undefined
/** Combining marks, plus the half-width kana voicing marks (letters in Unicode, marks in use). */
function isMarkLike(cp: number) {
	if (cp > 0xffff) return MARK.test(String.fromCodePoint(cp))
	if (!bmpMarks) {
		// Built once, by one regex scan of every BMP character (surrogates as spaces,
		// so that the index of each character is its code point): a few milliseconds.
		const all = new Uint16Array(0x10000)
		for (let k = 0; k < all.length; k++) all[k] = k >= 0xd800 && k <= 0xdfff ? 0x20 : k
		bmpMarks = new Uint8Array(0x10000)
		for (const m of decodeUnits(all, all.length).matchAll(MARKS)) bmpMarks[m.index] = 1
		bmpMarks[0xff9e] = 1
		bmpMarks[0xff9f] = 1
	}
	return bmpMarks[cp] === 1
}

// ---------------------------------------------------------------------------
// Patterns

/** Between the words of a term: any run of spaces (line breaks are spaces once folded), hyphens, dashes, underscores. */
const SEPARATOR = '[- \\u2010-\\u2015\\u2212_]+'
/** `~` in a form: an optional hyphen, perhaps at a line break ("Kinder-\nPornografie"). */
const OPTIONAL_HYPHEN = '(?:[-\\u2010-\\u2015] *)?'
const SPLIT_WORDS = /[- \u2010-\u2015\u2212_]+/
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
const ARABIC_PROCLITIC_PREPOSITIONS = 'بلك'
const ARABIC_PROCLITIC_CONJUNCTIONS = 'وف'
/** Hebrew's one-letter prefixes: and, the, in, to, from, that, as. */
const HEBREW_PREFIXES = 'והבלמשכ'

interface CompiledLanguage {
	matching: Matching
	terms: { entry: DiscouragedTerm; pattern: RegExp }[]
}
/** One entry per language of TERMINOLOGY at most: a fixed table, built on first use. */
const compiledLanguages = new Map<string, CompiledLanguage>()

/** The TERMINOLOGY key of a tag: its primary subtag, Norwegian Bokmål (nb) as Norwegian (no). */
function primaryLanguage(lang: unknown): string | null {
	return searchLanguageOf(lang) || null
}

function compiledLanguage(lang: unknown): CompiledLanguage | null {
	const key = primaryLanguage(lang)
	// Object.hasOwn: "constructor" or "__proto__" must not read Object.prototype.
	if (key === null || !Object.hasOwn(TERMINOLOGY, key)) return null
	let compiled = compiledLanguages.get(key)
	if (!compiled) {
		const matching = MATCHING[key] ?? WORD_MATCHING
		const entries = TERMINOLOGY[key as ContentLanguage] ?? []
		compiled = {
			matching,
			terms: entries.map((entry) => ({ entry, pattern: compile(entry, matching) })),
		}
		compiledLanguages.set(key, compiled)
	}
	return compiled
}

function compile(entry: DiscouragedTerm, matching: Matching): RegExp {
	const alternatives = [termPattern(entry.term), ...(entry.forms ?? []).map(formPattern)].map(
		(source) => (matching.proclitics === 'ar' ? withAttachedArticle(source) : source),
	)
	// Longer sources first: at one position the first alternative that fits wins, and
	// longer patterns mostly match longer text. Overlaps between entries are settled
	// afterwards, by the length of what each matched.
	alternatives.sort((a, b) => b.length - a.length)
	const end = matching.boundary === 'word' ? '(?![\\p{L}\\p{M}\\p{N}])' : ''
	return new RegExp(`(?:${alternatives.join('|')})${end}`, 'gu')
}

/** A term as written: folded, its words joined by separators, nothing else special. */
function termPattern(term: string) {
	return foldWithOffsets(term)
		.text.split(SPLIT_WORDS)
		.filter((word) => word.length > 0)
		.map(escapeRegExp)
		.join(SEPARATOR)
}

/** A form: ASCII is regular-expression syntax (space and `~` excepted), other characters are folded letters. */
function formPattern(form: string) {
	let source = ''
	for (const ch of form) {
		if (ch === ' ') source += SEPARATOR
		else if (ch === '~') source += OPTIONAL_HYPHEN
		else if (ch.charCodeAt(0) < 0x80) source += ch
		else source += escapeRegExp(normalizeText(ch))
	}
	return source
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Arabic drops the alef of the article after the preposition ل: ل + الأطفال
 * is written للأطفال. A pattern starting with the article also matches ل
 * in its place when a ل comes right before (checked as a proclitic).
 */
function withAttachedArticle(source: string) {
	return source.startsWith('ال') ? `(?:ا|(?<=ل))ل${source.slice(2)}` : source
}

function wordCharBefore(text: string, at: number) {
	if (at <= 0) return false
	const c = text.charCodeAt(at - 1)
	if (c < 0x80)
		return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
	const cp =
		isLowSurrogate(c) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2))
			? text.codePointAt(at - 2)!
			: c
	return WORD_CHAR.test(String.fromCodePoint(cp))
}

/** Whether a match at `at` starts a word, optionally after attached Arabic proclitics (وب, ف, ل…) or Hebrew prefixes. */
function startsWord(text: string, at: number, proclitics: Matching['proclitics']) {
	if (!wordCharBefore(text, at)) return true
	if (!proclitics) return false
	let i = at
	if (proclitics === 'he') {
		for (let k = 0; k < 3 && HEBREW_PREFIXES.includes(text[i - 1]!); k++) {
			i--
			if (!wordCharBefore(text, i)) return true
		}
		return false
	}
	if (ARABIC_PROCLITIC_PREPOSITIONS.includes(text[i - 1]!)) {
		i--
		if (!wordCharBefore(text, i)) return true
	}
	if (i > 0 && ARABIC_PROCLITIC_CONJUNCTIONS.includes(text[i - 1]!)) {
		i--
		if (!wordCharBefore(text, i)) return true
	}
	return false
}
