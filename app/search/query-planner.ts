import { type WordPlan } from './ranking.ts'
import {
	maxTyposFor,
	MIN_PREFIX,
	MIN_STEM_PREFIX,
	quoteFts,
	stem,
	STEM_LANGUAGES,
	type QueryTerm,
} from './text.ts'
import { type Vocabulary } from './vocabulary.ts'

/**
 * The query planner: what the embedded engine looks for. Each query word
 * becomes a group of alternatives (the word, or the word being typed as a
 * prefix; its stems as prefixes; its typo neighbours and their stems), any
 * of which matches, and a quoted phrase a group whose words must be
 * adjacent. Each group also carries its forms by tier, which the ranking
 * rules (ranking.ts) read. match-evaluator.ts finds the rows.
 */

/** Scripts where one character is a syllable or a word: a prefix from one character. */
const SPACELESS = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u

/**
 * One query word with its alternatives (itself or the word being typed as a
 * prefix, its stems as prefixes, its typo neighbours and their stems): any
 * of them matches. Or a quoted phrase, whose words must be adjacent.
 */
export interface Group {
	/** The group as an FTS5 MATCH expression. */
	expression: string
	/** Whole words (for a phrase: its words, in order). */
	words: string[]
	/** Prefixes: every indexed word starting with one matches. */
	prefixes: string[]
	phrase: boolean
	/** The word's forms by tier, for the ranking rules. */
	plan: WordPlan
}

/**
 * Query words as groups of alternatives, each a word with its stems and
 * typo variants, and, for ranking, which of them are exact, near (prefix,
 * stem) or typos.
 */
export function buildMatch(
	terms: QueryTerm[],
	vocabulary: Vocabulary,
	{ typos, topicWords = new Set() }: { typos: boolean; topicWords?: ReadonlySet<string> },
) {
	const groups: Group[] = []
	const matchTokens = new Set<string>()
	const prefixTokens = new Set<string>()
	const phrases = new Map<number, string[]>()
	for (const term of terms) {
		if (term.phrase !== undefined) {
			const list = phrases.get(term.phrase) ?? []
			list.push(term.text)
			phrases.set(term.phrase, list)
			matchTokens.add(term.text)
			continue
		}
		const plan: WordPlan = {
			exact: [term.text],
			phrase: false,
			prefix: term.prefix,
			nearPrefixes: [],
			nearWords: [],
			synonyms: [],
			typoWords: [],
			typoPrefixes: [],
		}
		const exact = new Set<string>([term.text])
		const prefixes = new Set<string>()
		const stemsOf = (text: string) =>
			STEM_LANGUAGES.map((lang) => stem(text, lang)).filter(
				(s) => s !== text && [...s].length >= MIN_STEM_PREFIX,
			)
		// The word itself (a prefix when it is being typed; a shorter one
		// stands for its commonest completions) and its stems as prefixes.
		// Two Chinese, Japanese or Korean characters say as much as three letters.
		const length = [...term.text].length * (SPACELESS.test(term.text) ? 2 : 1)
		if (term.prefix && length >= MIN_PREFIX) plan.nearPrefixes.push(term.text)
		else if (term.prefix && length >= 2) plan.nearWords.push(...vocabulary.completions(term.text))
		// A word naming a topic is a word of the dictionary, not a typo,
		// and its stems name other things: "sexting" is not "sext" *,
		// which finds sextortion.
		const topic = topicWords.has(term.text)
		if (!topic) plan.nearPrefixes.push(...stemsOf(term.text))
		// A word the index does not hold also matches the indexed words
		// within its typo budget, each with its own forms.
		if (typos && !topic && !vocabulary.has(term.text))
			for (const candidate of vocabulary.typoCandidates(term.text, maxTyposFor(term.text))) {
				plan.typoWords.push(candidate)
				plan.typoPrefixes.push(...stemsOf(candidate))
			}
		for (const word of [...plan.nearWords, ...plan.typoWords]) exact.add(word)
		for (const p of [...plan.nearPrefixes, ...plan.typoPrefixes]) prefixes.add(p)
		// A prefix already covers every longer word it starts: "onlin" *
		// makes "online" * redundant, and FTS5 would walk the same postings twice.
		const kept = [...prefixes].filter((p) => ![...prefixes].some((q) => q !== p && p.startsWith(q)))
		const words = [...exact].filter((word) => !kept.some((p) => word.startsWith(p)))
		for (const word of words) matchTokens.add(word)
		for (const p of kept) prefixTokens.add(p)
		const alternatives = [...words.map(quoteFts), ...kept.map((p) => `${quoteFts(p)} *`)]
		groups.push({
			expression: alternatives.length > 1 ? `(${alternatives.join(' OR ')})` : alternatives[0]!,
			words,
			prefixes: kept,
			phrase: false,
			plan,
		})
	}
	for (const words of phrases.values())
		groups.push({
			expression: quoteFts(words.join(' ')),
			words,
			prefixes: [],
			phrase: true,
			plan: {
				exact: words,
				phrase: true,
				prefix: false,
				nearPrefixes: [],
				nearWords: [],
				synonyms: [],
				typoWords: [],
				typoPrefixes: [],
			},
		})
	return { groups, matchTokens, prefixTokens }
}
