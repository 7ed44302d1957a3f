import { type FacetStore } from './facet-store.ts'
import { type MatchSet } from './fts-rows.ts'
import { type QueryTerm } from './text.ts'

/**
 * Query words that match what a material is tagged with rather than its
 * text: a topic named in any language ("груминг" finds a Dutch material
 * tagged grooming) or a country ("japan" finds Japan's materials, in
 * Japanese). As in Meilisearch, where topic and country names are
 * searchable attributes, every query word must still match: the others in
 * the text, or through a tag of their own ("japan sextortion" finds
 * Japan's materials tagged sextortion, whatever their text says).
 */

type Concept = { vocabulary: 'risk' | 'audience' | 'type'; key: string; term: string }

export interface QueryTag {
	/** The query tokens the topic or country name covered. */
	tokens: readonly string[]
	/**
	 * Material number `n` carries the tag when `(values[n] & mask) === equals`
	 * (a facet array of FacetStore: a topic's bit, a country's number). Typed
	 * arrays rather than a function: the test runs for every material.
	 */
	values: Uint32Array | Uint16Array
	mask: number
	equals: number
	/** The topic, which a hit matched through says why it matched; null for a country. */
	concept: Concept | null
}

/** Tags combined at most (2^4 - 1 combinations); a query rarely names more than two. */
const MAX_TAGS = 4

/**
 * Adds to `candidates` the materials carrying some of the tags whose other
 * words all match their text (`textMatches(rest)`: per material number, 1
 * where a version holds every word of `rest`). A material already matched
 * by its text keeps that match.
 */
export function addTaggedMaterials(
	candidates: MatchSet,
	store: FacetStore,
	tags: readonly QueryTag[],
	terms: readonly QueryTerm[],
	textMatches: (rest: QueryTerm[]) => Uint8Array,
) {
	const used = tags.slice(0, MAX_TAGS)
	if (!used.length) return
	// Per combination of tags (a bit mask): the materials whose text holds the
	// words no tag of the combination covers (null: every word is covered).
	const allowed = new Map<number, Uint8Array | null>()
	const allowedFor = (mask: number) => {
		let rows = allowed.get(mask)
		if (rows === undefined) {
			const covered = new Set(used.flatMap((tag, t) => (mask & (1 << t) ? tag.tokens : [])))
			const rest = terms.filter((term) => !covered.has(term.text))
			rows = rest.length ? textMatches(rest) : null
			allowed.set(mask, rows)
		}
		return rows
	}
	const numbers = used.map((tag) => (tag.concept ? candidates.conceptNumber(tag.concept) : -1))
	const { live } = store
	for (let n = 0, size = store.size; n < size; n++) {
		if (!live[n] || candidates.has(n)) continue
		let mask = 0
		for (let t = 0; t < used.length; t++) {
			const tag = used[t]!
			if ((tag.values[n]! & tag.mask) === tag.equals) mask |= 1 << t
		}
		if (mask === 0) continue
		// The widest combination first: its rest is the shortest.
		for (let sub = mask; sub; sub = (sub - 1) & mask) {
			const rows = allowedFor(sub)
			if (rows && !rows[n]) continue
			const t = numbers.findIndex((number, i) => number >= 0 && sub & (1 << i))
			if (t >= 0) candidates.addConcept(n, numbers[t]!)
			else candidates.add(n, 0, -1)
			break
		}
	}
}
