import { editDistanceWithin } from './text.ts'

/**
 * The index's vocabulary as the query planner uses it: the words typos are
 * corrected against (closest, then most frequent), and the commonest
 * completions of a short prefix. Read from SearchVocab with the facet data
 * (facet-loader.ts, in a worker thread), then brought by the posting worker
 * with the resident postings and their deltas.
 */

/** Words a short prefix (one CJK character, two letters) stands for, most frequent first. */
const SHORT_PREFIX_COMPLETIONS = 12
/** Typo candidates kept per word, most frequent first. */
const MAX_TYPO_ALTERNATIVES = 6

interface VocabEntry {
	term: string
	docs: number
}

export class Vocabulary {
	/** Vocabulary by `${length}:${first character}`, most frequent first. */
	private vocabByLength = new Map<string, VocabEntry[]>()
	private words = new Set<string>()
	/** Vocabulary by first character, most frequent first (short prefixes' completions). */
	private vocabByFirst = new Map<string, VocabEntry[]>()
	/** When it was last replaced (0: never). */
	loadedAt = 0

	/** `isIndexed` answers for a word the index gained since the vocabulary was read. */
	constructor(private isIndexed: (word: string) => boolean) {}

	/** The words typos are corrected against, grouped by length and first character. */
	set(entries: Iterable<[string, number]>) {
		const vocabByLength = new Map<string, VocabEntry[]>()
		const vocabulary = new Set<string>()
		for (const [term, docsCount] of entries) {
			vocabulary.add(term)
			const chars = [...term]
			const key = `${chars.length}:${chars[0]}`
			let bucket = vocabByLength.get(key)
			if (!bucket) vocabByLength.set(key, (bucket = []))
			bucket.push({ term, docs: docsCount })
		}
		const vocabByFirst = new Map<string, VocabEntry[]>()
		for (const [key, bucket] of vocabByLength) {
			bucket.sort((a, b) => b.docs - a.docs)
			const first = key.slice(key.indexOf(':') + 1)
			const list = vocabByFirst.get(first)
			if (list) list.push(...bucket)
			else vocabByFirst.set(first, [...bucket])
		}
		for (const list of vocabByFirst.values()) list.sort((a, b) => b.docs - a.docs)
		this.vocabByLength = vocabByLength
		this.vocabByFirst = vocabByFirst
		this.words = vocabulary
		this.loadedAt = Date.now()
	}

	/** Whether the index holds a word (the in-memory vocabulary may lag behind recent writes). */
	has(word: string) {
		return this.words.has(word) || this.isIndexed(word)
	}

	/**
	 * Indexed words within the typo budget of `word`: closest first, then
	 * most frequent. As in Meilisearch, a typo on the first letter costs two,
	 * so candidates share the first letter (which also keeps the scan to a
	 * small part of the vocabulary).
	 */
	typoCandidates(word: string, budget: number) {
		if (budget === 0) return []
		const chars = [...word]
		const length = chars.length
		const found: { term: string; docs: number; distance: number }[] = []
		for (let l = length - budget; l <= length + budget; l++) {
			for (const entry of this.vocabByLength.get(`${l}:${chars[0]}`) ?? []) {
				if (entry.term === word) continue
				const distance = editDistanceWithin(word, entry.term, budget)
				if (distance !== null) found.push({ ...entry, distance })
			}
		}
		return found
			.sort((a, b) => a.distance - b.distance || b.docs - a.docs)
			.slice(0, MAX_TYPO_ALTERNATIVES)
			.map((e) => e.term)
	}

	/**
	 * The most frequent indexed words starting with a short prefix (one
	 * Chinese, Japanese or Korean character, or two letters): as a prefix
	 * it would match a large part of the vocabulary, so, as Meilisearch
	 * does, it stands for its commonest completions.
	 */
	completions(prefix: string) {
		const found: string[] = []
		for (const entry of this.vocabByFirst.get([...prefix][0]!) ?? []) {
			if (entry.term.startsWith(prefix)) found.push(entry.term)
			if (found.length === SHORT_PREFIX_COMPLETIONS) break
		}
		return found
	}
}
