/**
 * Lists of index rows with their scores, and the set of materials a query
 * matched: the typed arrays the embedded engine (sqlite-fts.server.ts) joins,
 * merges and ranks without an object per row.
 */

/** Rows of the index (FTS rowids, ascending) with their BM25 scores (higher is better). */
export interface FtsRows {
	docIds: Int32Array
	scores: Float64Array | Float32Array
	length: number
}

export const EMPTY_ROWS: FtsRows = {
	docIds: new Int32Array(0),
	scores: new Float64Array(0),
	length: 0,
}

type Concept = { vocabulary: 'risk' | 'audience' | 'type'; key: string; term: string }

/**
 * The materials a query matched, with the best score and language version of
 * each, in arrays indexed by material number (no per-material objects).
 */
export class MatchSet {
	readonly capacity: number
	/** Material numbers in the set, in the order they joined (the first `size`). */
	members: Int32Array
	size = 0
	private stamp: Uint32Array
	private generation = 1
	private scores: Float64Array
	private docs: Int32Array
	// The topic each material matched through, as its index in conceptList,
	// valid where conceptStamp holds this generation: a topic can add
	// hundreds of thousands of materials, too many for a Map per query.
	private conceptIndex: Int32Array
	private conceptStamp: Uint32Array
	private conceptList: Concept[] = []

	constructor(capacity: number) {
		this.capacity = capacity
		this.members = new Int32Array(capacity)
		this.stamp = new Uint32Array(capacity)
		this.scores = new Float64Array(capacity)
		this.docs = new Int32Array(capacity)
		this.conceptIndex = new Int32Array(capacity)
		this.conceptStamp = new Uint32Array(capacity)
	}

	clear() {
		this.size = 0
		this.conceptList = []
		this.generation++
		if (this.generation === 0xffffffff) {
			this.stamp.fill(0)
			this.conceptStamp.fill(0)
			this.generation = 1
		}
	}

	has(n: number) {
		return this.stamp[n] === this.generation
	}

	/** Membership as arrays (`stamp[n] === generation`), for loops over every material. */
	membership() {
		return { stamp: this.stamp, generation: this.generation }
	}

	add(n: number, score: number, docId: number) {
		if (this.stamp[n] !== this.generation) {
			this.stamp[n] = this.generation
			this.members[this.size++] = n
			this.scores[n] = score
			this.docs[n] = docId
		} else if (score > this.scores[n]!) {
			this.scores[n] = score
			this.docs[n] = docId
		}
	}

	/** The number under which materials matched through `concept` record it. */
	conceptNumber(concept: Concept) {
		const i = this.conceptList.indexOf(concept)
		return i >= 0 ? i : this.conceptList.push(concept) - 1
	}

	/** A material matched only through a topic: no score (any text match comes first), no version. */
	addConcept(n: number, conceptNumber: number) {
		this.add(n, 0, -1)
		this.conceptIndex[n] = conceptNumber
		this.conceptStamp[n] = this.generation
	}

	scoreOf(n: number) {
		return this.scores[n]!
	}

	docOf(n: number) {
		return this.docs[n]!
	}

	conceptOf(n: number) {
		return this.conceptStamp[n] === this.generation
			? this.conceptList[this.conceptIndex[n]!]!
			: null
	}
}

/**
 * The `limit` best of `items` by `keys` (parallel arrays; descending, ties by
 * `tie`), sorted. A bounded selection: one pass over typed arrays, keeping a
 * small buffer of candidates above the running threshold, plus a sort of
 * `limit`. A broad query's whole match set is never ordered.
 */
export function topK(
	items: Int32Array,
	keys: Float64Array,
	length: number,
	tie: (a: number, b: number) => number,
	limit: number,
): number[] {
	if (limit <= 0 || length === 0) return []
	const capacity = limit * 4
	const buffer: { n: number; key: number }[] = []
	let threshold = -Infinity
	const compare = (a: { n: number; key: number }, b: { n: number; key: number }) =>
		b.key - a.key || tie(a.n, b.n)
	for (let i = 0; i < length; i++) {
		const key = keys[i]!
		if (key < threshold) continue
		buffer.push({ n: items[i]!, key })
		if (buffer.length >= capacity) {
			buffer.sort(compare)
			buffer.length = limit
			threshold = buffer[limit - 1]!.key
		}
	}
	return buffer
		.sort(compare)
		.slice(0, limit)
		.map((entry) => entry.n)
}

/** Rows of `a` then rows of `b`, every one of which comes after `a`'s. */
export function concatRows(a: FtsRows, b: FtsRows): FtsRows {
	const docIds = new Int32Array(a.length + b.length)
	const scores = new Float32Array(a.length + b.length)
	docIds.set(a.docIds.subarray(0, a.length))
	docIds.set(b.docIds.subarray(0, b.length), a.length)
	scores.set(a.scores.subarray(0, a.length))
	scores.set(b.scores.subarray(0, b.length), a.length)
	return { docIds, scores, length: a.length + b.length }
}

/** Two ascending row lists merged, the scores of a row in both added. */
export function mergeRows(a: FtsRows, b: FtsRows): FtsRows {
	const docIds = new Int32Array(a.length + b.length)
	const scores = new Float32Array(a.length + b.length)
	const { docIds: ad, scores: as, length: al } = a
	const { docIds: bd, scores: bs, length: bl } = b
	let i = 0
	let j = 0
	let length = 0
	while (i < al && j < bl) {
		const x = ad[i]!
		const y = bd[j]!
		if (x < y) {
			docIds[length] = x
			scores[length++] = as[i++]!
		} else if (y < x) {
			docIds[length] = y
			scores[length++] = bs[j++]!
		} else {
			docIds[length] = x
			scores[length++] = as[i++]! + bs[j++]!
		}
	}
	while (i < al) {
		docIds[length] = ad[i]!
		scores[length++] = as[i++]!
	}
	while (j < bl) {
		docIds[length] = bd[j]!
		scores[length++] = bs[j++]!
	}
	return { docIds, scores, length }
}
