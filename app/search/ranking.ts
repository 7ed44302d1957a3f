import { CONCEPTS, type ConceptVocabulary } from '#app/domain/concepts.ts'
import { segment, normalizeText } from './text.ts'

/**
 * How search ranks: the one answer, for both engines.
 *
 * The rules are Meilisearch's, applied in order, each only breaking the ties
 * the rules before it left:
 *
 * 1. words: a material holding more of the query's words comes first.
 *    Every word must match somewhere (in the text, or through a topic or
 *    the country it names); when that leaves fewer materials than
 *    RESCORE_WINDOW, a query of MIN_WORDS_TO_DROP words or more, or naming
 *    a country and a topic, adds the materials matching fewer words (the
 *    country, then STOP_WORDS, then the commonest words left out first),
 *    after those matching more (Meilisearch's matchingStrategy
 *    "frequency").
 * 2. topic: a word found literally in the text beats one matched only
 *    through a topic (the material is tagged with a topic the word names, in
 *    any language), and a text naming that topic in another language
 *    ("pédopiégeage" for "grooming") comes between the two; topic matches
 *    still count, and say why they matched.
 * 3. typo: fewer words matched only through a typo.
 * 4. proximity: the query's words next to each other, in order, in a field.
 * 5. attribute: where the words were found: title, then description, then
 *    the extracted text (summed over the words).
 * 6. exactness: fewer words matched only as a prefix or a stem rather
 *    than as typed; then a field holding the words exactly as typed, in
 *    order ("800 000 000", not "1-800-000-0000"); then a title that is
 *    the query itself.
 * 7. at equal relevance: a version in the reader's interface language, then
 *    proven reuse (how many other countries adapted the material), then
 *    recency.
 * 8. lineage: a query of two words or more that finds a material by its
 *    title (every word in one of its titles, none through a typo or a
 *    topic) and matches fewer than RESCORE_WINDOW materials also brings
 *    that material's lineage, the material it was adapted or translated
 *    from and those adapted or translated from it: the same work in
 *    another language or country, whose own title may share no word with
 *    the query. They follow every material the words matched (rule 1 ranks
 *    them by the words they hold themselves), are counted in the total and
 *    facets, and say which match brought them (LINEAGE_TITLE_HITS at most).
 *
 * The embedded engine (app/search/sqlite-fts.server.ts) cannot apply these
 * rules to every row FTS5 returns and still answer in milliseconds at a
 * million materials, so it ranks in two stages, as search engines rescore:
 * BM25 with field weights (FIELD_WEIGHTS) times a lift for reuse and recency
 * (rankBoost) orders the whole match set, then the first RESCORE_WINDOW
 * materials are ranked by the rules above from their text, as the index
 * stored it when the material was written (rankTextOf: analyzed title,
 * description and first RESCORE_TEXT_CHARS of the text), so a search reads
 * and tokenizes no text to rank. Pages within the window follow the rules
 * exactly; a result further down keeps its BM25 place.
 * Meilisearch applies the same rules natively (MEILI_RANKING_RULES); it has
 * no notion of the reader's language, so rule 7 starts at reuse there, and
 * none of lineage (its documents hold no links between materials), so rule
 * 8 is the embedded engine's alone.
 */

/** BM25 weights of the FTS columns, title, tags, description, body: the first stage's order. */
export const FIELD_WEIGHTS = [10, 4, 3, 1] as const

/**
 * Materials ranked by the rules; past them, BM25 order (two catalog pages of
 * 24). Each costs a read of its stored rankText and a pass of the rules
 * over its words, on every search.
 */
export const RESCORE_WINDOW = 48

/**
 * The words rule leaves words out of queries of this many words or more
 * that match fewer than RESCORE_WINDOW materials whole; shorter ones match
 * whole or not at all (a second word narrows on purpose: "vaccination
 * schedule" is not about every schedule), unless one names a country.
 */
export const MIN_WORDS_TO_DROP = 3

/** Rule 8: the lineage of at most this many materials found by their title joins a result. */
export const LINEAGE_TITLE_HITS = 3

/**
 * Words of every sentence, in the languages most questions are typed in:
 * when a query of several words matches too few materials whole, the words
 * rule leaves these out first ("what to do if my child is being blackmailed" is
 * about a child and blackmail). They still count when they match.
 */
const STOP_WORDS: Readonly<Record<string, string>> = {
	en: 'a an the to of in on at for and or is are am be being been was were do does did done what how why when where who which whom if my your his her its our their i me you he she we they it this that these those with about can could should would will shall not no from by as',
	fr: 'le la les l un une des de du d à au aux et ou est sont être que qu qui quoi quel quelle quand comment pourquoi où si s mon ma mes ton ta tes son sa ses notre votre leur je j tu il elle nous vous ils elles on ce cet cette ces c faire fais fait en pour avec sur dans par pas ne n me m te t se y',
	es: 'el la los las lo un una unos unas de del a al y o u es son ser está estar que qué cómo como cuándo cuando dónde por porqué si mi mis tu tus su sus me te se nos con para en hago hacer qué cuál no',
	de: 'der die das den dem des ein eine einen einem einer und oder ist sind sein war wie was wer wann wo warum wenn ob ich du er sie es wir ihr mein meine mich mir dich dir mit von zu zum zur für auf in im an am bei nicht kann',
	it: 'il lo la i gli le un uno una di del della dei delle a al alla e o è sono essere che chi cosa come quando dove perché se mio mia miei mie tuo tua suo sua mi ti si ci con per in su da non fare faccio',
	pt: 'o a os as um uma uns umas de do da dos das em no na nos nas e ou é são ser estar que quem como quando onde porque se meu minha meus minhas seu sua me te se com para por não fazer faço',
	nl: 'de het een en of is zijn was wat hoe wie wanneer waar waarom als mijn jouw je jij ik hij zij ze wij we met van voor op in aan bij niet te',
	ar: 'ما ماذا كيف متى أين لماذا هل إذا اذا إن أن لو في من على إلى الى عن مع و أو أو هو هي هم انا أنا نحن انت أنت',
	ru: 'и в во не что как где когда почему если я ты он она мы вы они мой моя мои с со на по за из у о об к ко от это то',
}

const stopWordSet = new Set(
	Object.values(STOP_WORDS).flatMap((list) => list.split(' ').map((w) => normalizeText(w))),
)

/** Whether a normalized query word is one of STOP_WORDS. */
export const isStopWord = (word: string) => stopWordSet.has(word)

/** Meilisearch's ranking rules, the same rules in the same order (see above). */
export const MEILI_RANKING_RULES = [
	'words',
	'typo',
	'proximity',
	'attribute',
	'sort',
	'exactness',
	'adaptationCount:desc',
	'publishedAt:desc',
] as const

/**
 * Meilisearch's searchable attributes in the attribute rule's order (rule
 * 5), the embedded engine's columns beside them: title (FTS title), the
 * names of its topics (tags) and of its country (tag-matches.ts), its
 * description, what is printed on it (a helpline, indexed with the text),
 * its text. title, description and body stand for one field per language
 * (meilisearch.server.ts).
 */
export const MEILI_ATTRIBUTES = [
	'title',
	'tags',
	'countryNames',
	'description',
	'printed',
	'body',
] as const

/** How Meilisearch leaves words out for rule 1 when a query matches too few (its own "frequency"). */
export const MEILI_WORDS_FALLBACK = 'frequency' as const

/**
 * The first stage's lift for a material: reuse (1 + 0.15 ln(1 + countries
 * that adapted it)) times recency (1 + 0.1 / (1 + age in years)). Small on
 * purpose: it reorders materials BM25 finds about equally relevant.
 */
export const adoptionLift = (adaptationCount: number) => 1 + 0.15 * Math.log1p(adaptationCount)
export const recencyLift = (publishedAt: number, now: number) =>
	1 + 0.1 / (1 + Math.max(0, (now - publishedAt) / 31_557_600_000))

// ---------------------------------------------------------------------------
// How a word matched

/** How well a query word matched, best first. */
export const Tier = { exact: 0, near: 1, typo: 2, synonym: 3, topic: 4, none: 5 } as const
export type Tier = (typeof Tier)[keyof typeof Tier]

/** Where, best first: attribute order. */
export const Field = { title: 0, description: 1, body: 2, none: 3 } as const
export type Field = (typeof Field)[keyof typeof Field]

/**
 * One query word (or quoted phrase) and the forms it may take in the text,
 * by tier. Tokens are normalized and segmented (app/search/text.ts).
 */
export interface WordPlan {
	/** For a phrase, its words in order; else the word as typed (matched whole). */
	exact: string[]
	phrase: boolean
	/** The word still being typed. */
	prefix: boolean
	/** Matched as prefixes, tier near: the word being typed, the word's stems. */
	nearPrefixes: string[]
	/** Whole words at tier near: completions of a short prefix. */
	nearWords: string[]
	/** The terms of the topic the word names, in every language, as token sequences (tier synonym). */
	synonyms: string[][]
	/** Indexed words within the typo budget (tier typo), and their stems as prefixes. */
	typoWords: string[]
	typoPrefixes: string[]
}

/**
 * Characters of a version's extracted text the rules read (a title and
 * description are read whole): the start of a text says what it is about.
 */
export const RESCORE_TEXT_CHARS = 1_000

/** A version's text, as tokens: what rules 1 to 6 read. */
export interface VersionTokens {
	title: string[]
	description: string[]
	body: string[]
}

/** The text's fields as tokens; a long body is read in its first `bodyChars` characters. */
export function tokenizeVersion(
	title: string,
	description: string,
	body: string,
	bodyChars = 4_000,
): VersionTokens {
	return {
		title: segment(normalizeText(title)),
		description: segment(normalizeText(description)),
		body: segment(normalizeText(body.length > bodyChars ? body.slice(0, bodyChars) : body)),
	}
}

/**
 * What the index stores for the rules to read (SearchDoc.rankText): the
 * analyzed title, description and start of the text, words separated by
 * spaces, fields by a line break. Written once, at indexing, so a search
 * reads and tokenizes no text to rank.
 */
export function rankTextOf(title: string, description: string, body: string) {
	const {
		title: t,
		description: d,
		body: b,
	} = tokenizeVersion(title, description, body, RESCORE_TEXT_CHARS)
	return `${t.join(' ')}\n${d.join(' ')}\n${b.join(' ')}`
}

const words = (field: string | undefined) => (field ? field.split(' ') : [])

/** The tokens of a stored rankText (analyzed text holds no line breaks, and no empty words). */
export function parseRankText(rankText: string): VersionTokens {
	const [title, description, body] = rankText.split('\n')
	return { title: words(title), description: words(description), body: words(body) }
}

const synonymCache = new Map<string, string[][]>()

/**
 * A topic's terms in every language, as token sequences: in a material's
 * text they answer the word at tier synonym ("pédopiégeage" in a French
 * title answers "grooming", as Meilisearch's synonyms do).
 */
export function topicSynonyms(vocabulary: ConceptVocabulary, key: string): string[][] {
	const id = `${vocabulary}:${key}`
	let sequences = synonymCache.get(id)
	if (!sequences) {
		const concept = CONCEPTS.find((c) => c.vocabulary === vocabulary && c.key === key)
		const seen = new Set<string>()
		sequences = []
		for (const list of Object.values(concept?.terms ?? {}))
			for (const term of list) {
				const tokens = segment(normalizeText(term))
				if (tokens.length && !seen.has(tokens.join(' '))) {
					seen.add(tokens.join(' '))
					sequences.push(tokens)
				}
			}
		synonymCache.set(id, sequences)
	}
	return sequences
}

/** Rule keys of one version, compared in order, lower first. */
export type RankKey = readonly number[]

const SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u

/**
 * What the rules look up of a word plan, built once per plan: its topic's
 * terms by first token (a text is walked once, not once per term), and the
 * one-token terms.
 */
interface PlanIndex {
	synonymsByFirst: Map<string, string[][]>
	singleSynonyms: Set<string>
	/** The word is in a script without spaces: within a token, it counts. */
	spaceless: boolean
}

const planIndexes = new WeakMap<WordPlan, PlanIndex>()

function indexOf(plan: WordPlan): PlanIndex {
	let index = planIndexes.get(plan)
	if (!index) {
		const synonymsByFirst = new Map<string, string[][]>()
		const singleSynonyms = new Set<string>()
		for (const sequence of plan.synonyms) {
			if (sequence.length === 1) singleSynonyms.add(sequence[0]!)
			else if (sequence.length > 1) {
				const list = synonymsByFirst.get(sequence[0]!)
				if (list) list.push(sequence)
				else synonymsByFirst.set(sequence[0]!, [sequence])
			}
		}
		// The dictionary may cut a text where the query was not cut ("求助" in
		// "求助热线"): in scripts without spaces the word within a token counts.
		const spaceless = !plan.phrase && SPACELESS.test(plan.exact[0]!)
		planIndexes.set(plan, (index = { synonymsByFirst, singleSynonyms, spaceless }))
	}
	return index
}

/** Whether `token` starts with one of `prefixes` (a loop: this runs for every word of every text ranked). */
function startsWithAny(token: string, prefixes: readonly string[]) {
	for (let i = 0; i < prefixes.length; i++) if (token.startsWith(prefixes[i]!)) return true
	return false
}

/** The tier of one token for a word (not a phrase), or none. */
function tokenTier(plan: WordPlan, index: PlanIndex, token: string): Tier {
	if (plan.exact.includes(token) || (index.spaceless && token.includes(plan.exact[0]!)))
		return Tier.exact
	if (plan.nearWords.includes(token) || startsWithAny(token, plan.nearPrefixes)) return Tier.near
	if (plan.typoWords.includes(token) || startsWithAny(token, plan.typoPrefixes)) return Tier.typo
	if (index.singleSynonyms.has(token)) return Tier.synonym
	return Tier.none
}

const startsAt = (tokens: readonly string[], sequence: readonly string[], at: number) => {
	if (at + sequence.length > tokens.length) return false
	for (let k = 0; k < sequence.length; k++) if (tokens[at + k] !== sequence[k]) return false
	return true
}

/** Whether `tokens` hold `sequence` somewhere. */
function holds(tokens: readonly string[], sequence: readonly string[]) {
	const first = sequence[0]
	for (let i = 0; i + sequence.length <= tokens.length; i++)
		if (tokens[i] === first && startsAt(tokens, sequence, i)) return true
	return false
}

/**
 * The best tier a word (or phrase) reaches in one field's tokens, and,
 * when `positions` is asked for, where it matches (tier better than topic;
 * for a word, one token; for a phrase, its first) for the proximity rule.
 */
function matchIn(plan: WordPlan, tokens: readonly string[], positions: boolean): FieldMatch {
	const at = positions ? new Uint8Array(tokens.length) : null
	if (plan.phrase) {
		let found = false
		for (let i = 0; i < tokens.length; i++)
			if (startsAt(tokens, plan.exact, i)) {
				found = true
				if (!at) break
				at[i] = 1
			}
		return { tier: found ? Tier.exact : Tier.none, at }
	}
	const index = indexOf(plan)
	let best: Tier = Tier.none
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!
		const tier = tokenTier(plan, index, token)
		if (tier < best) best = tier
		if (at && tier < Tier.topic) at[i] = 1
		if (best === Tier.exact && !at) break
		if (best > Tier.synonym) {
			const sequences = index.synonymsByFirst.get(token)
			if (sequences?.some((sequence) => startsAt(tokens, sequence, i))) best = Tier.synonym
		}
	}
	return { tier: best, at }
}

interface FieldMatch {
	tier: Tier
	/** 1 where the word matches, when asked for. */
	at: Uint8Array | null
}

/**
 * The rule keys of a version for a query: rules 1 to 6 (see above), lower
 * first. `topical[i]` says whether word i may match through a topic the
 * material is tagged with (it names one, in any language); a word found
 * nowhere else then counts at tier topic.
 */
export function rankKey(
	plans: readonly WordPlan[],
	text: VersionTokens,
	topical: readonly boolean[],
	normalizedQuery: string,
): RankKey {
	let words = 0
	let topics = 0
	let typos = 0
	let attribute = 0
	let inexact = 0
	const fields = [text.title, text.description, text.body]
	const positions = plans.length > 1
	const matches = plans.map((plan) => fields.map((tokens) => matchIn(plan, tokens, positions)))
	plans.forEach((_, i) => {
		// The best tier anywhere (rules 2, 3 and 6), and the best field the
		// word is in at all (rule 5): a prefix in the title still places it there.
		let tier = Tier.none as Tier
		let field = Field.none as Field
		for (let f = 0; f < fields.length; f++) {
			const t = matches[i]![f]!.tier
			if (t < tier) tier = t
			if (t < Tier.topic && f < field) field = f as Field
		}
		if (tier === Tier.none && topical[i]) tier = Tier.topic
		if (tier !== Tier.none) words++
		// A topic's term in the text is closer to the word than a tag alone.
		if (tier === Tier.synonym) topics++
		if (tier === Tier.topic) topics += 2
		if (tier === Tier.typo) typos++
		if (tier === Tier.near || tier === Tier.typo) inexact++
		attribute += field
	})
	const proximity = positions && !adjacentSomewhere(plans, fields, matches) ? 1 : 0
	const typed = normalizedQuery.split(' ')
	const sequence = typed.length > 1 && !fields.some((f) => holds(f, typed)) ? 1 : 0
	const wholeTitle = text.title.join(' ') === normalizedQuery ? 0 : 1
	return [0 - words || 0, topics, typos, proximity, attribute, inexact, sequence, wholeTitle]
}

/** Whether the words (as typed, or their first form) follow each other in order in some field. */
function adjacentSomewhere(
	plans: readonly WordPlan[],
	fields: readonly (readonly string[])[],
	matches: readonly (readonly FieldMatch[])[],
) {
	return fields.some((tokens, f) => {
		for (let i = 0; i < tokens.length; i++) {
			let at = i
			let fits = true
			for (let p = 0; p < plans.length; p++) {
				const plan = plans[p]!
				if (at >= tokens.length || !matches[p]![f]!.at![at]) {
					fits = false
					break
				}
				at += plan.phrase ? plan.exact.length : 1
			}
			if (fits) return true
		}
		return false
	})
}

/**
 * Rule 8's trigger: whether a version's key (rankKey) says every word of the
 * query is in its title, as typed or as its prefix or stem, none through a
 * typo or a topic.
 */
export function foundByTitle(key: RankKey, plans: readonly WordPlan[]) {
	const [words, topics, typos, , attribute] = key
	const typedWords = plans.reduce((sum, plan) => sum + plan.exact.length, 0)
	return (
		typedWords >= 2 &&
		-words! === plans.length &&
		topics === 0 &&
		typos === 0 &&
		attribute === Field.title * plans.length
	)
}

export function compareKeys(a: RankKey, b: RankKey) {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
	return 0
}

/**
 * The order of a rescored window: rules 1 to 6 by key, then rule 7 (in the
 * reader's language, reuse, recency). Each candidate carries its best
 * version's key.
 */
export function compareCandidates(
	a: { key: RankKey; inUiLang: boolean; adaptations: number; publishedAt: number },
	b: { key: RankKey; inUiLang: boolean; adaptations: number; publishedAt: number },
) {
	return (
		compareKeys(a.key, b.key) ||
		Number(b.inUiLang) - Number(a.inUiLang) ||
		b.adaptations - a.adaptations ||
		b.publishedAt - a.publishedAt
	)
}
