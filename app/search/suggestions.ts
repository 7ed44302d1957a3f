import { buildMatch, type Group } from './query-planner.ts'
import { maxTyposFor, type QueryTerm } from './text.ts'
import { type Vocabulary } from './vocabulary.ts'

/**
 * Suggestions: the "did you mean" offered when a query matched nothing.
 */

/**
 * When nothing matched: the closest query the index can answer, or null.
 * Each unknown word is replaced by its most frequent neighbour (one edit
 * more than typo tolerance allows); if that still finds nothing, words
 * the index has never seen and cannot correct are dropped.
 */
export function suggest(
	terms: QueryTerm[],
	vocabulary: Vocabulary,
	hasMatch: (groups: Group[]) => boolean,
) {
	let changed = false
	const unknown = new Set<number>()
	const corrected = terms.map((term, i) => {
		// Nothing matched, so even the word being typed (a prefix) is worth correcting.
		if (vocabulary.has(term.text)) return term
		const budget = Math.max(1, Math.min(2, maxTyposFor(term.text) + 1))
		const candidate = vocabulary.typoCandidates(
			term.text,
			[...term.text].length >= 3 ? budget : 0,
		)[0]
		if (!candidate) {
			unknown.add(i)
			return term
		}
		changed = true
		return { ...term, text: candidate, prefix: false }
	})
	// The suggestion is offered as plain words (without quotes), so that is what is tried.
	const answers = (list: QueryTerm[]) =>
		list.length > 0 &&
		hasMatch(
			buildMatch(
				list.map(({ text, prefix }) => ({ text, prefix })),
				vocabulary,
				{ typos: false },
			).groups,
		)
	if (changed && answers(corrected)) return corrected.map((t) => t.text).join(' ')
	const kept = corrected.filter((_, i) => !unknown.has(i))
	if (unknown.size && kept.length && answers(kept)) return kept.map((t) => t.text).join(' ')
	return null
}
