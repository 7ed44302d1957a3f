import { concatRows, type FtsRows } from './fts-rows.ts'
import { decodeWord, describeImage, vocabIndexOf, type PostingImage } from './postings-snapshot.mjs'

/**
 * The resident postings as the engine reads them: the compact image the
 * posting worker built or read back from its snapshot (one shared buffer,
 * read in place, about 3 bytes a posting), and, per word, the rows added
 * since (the delta), which all come after the image's last row. A word's
 * rows are the image's, decoded on demand, followed by its delta: both
 * ascending, so the list stays ascending. The worker merges the delta into
 * a new image now and then (compaction) and sends it in place of the old.
 */
export class CompactPostings {
	/** Every indexed word, sorted (prefixes are expanded against it). */
	terms: string[]
	/** Rows holding each word of `terms`, by word. */
	docs: Map<string, number>
	private sections: Exclude<ReturnType<typeof describeImage>, string>
	private wordOf = new Map<string, number>()
	private delta = new Map<number, FtsRows>()
	private deltaPostings = 0
	readonly basePostings: number
	readonly bytes: number

	constructor(image: PostingImage) {
		const sections = describeImage(image)
		if (typeof sections === 'string') throw new Error(sections)
		this.sections = sections
		this.basePostings = image.header.postings
		this.bytes = image.buffer.byteLength
		this.terms = sections.terms.length ? new TextDecoder().decode(sections.terms).split('\n') : []
		this.docs = new Map(this.terms.map((term, i) => [term, sections.docs[i]!]))
		for (let w = 0; w < image.header.words; w++)
			this.wordOf.set(this.terms[vocabIndexOf(sections.table, w)]!, w)
	}

	/** How many words are held. */
	get size() {
		return this.wordOf.size
	}

	get postings() {
		return this.basePostings + this.deltaPostings
	}

	/** A word's rows and scores, or undefined when the word is not held (FTS5 answers for it). */
	get(word: string): FtsRows | undefined {
		const w = this.wordOf.get(word)
		if (w === undefined) return undefined
		const base = decodeWord(this.sections, w)
		const added = this.delta.get(w)
		return added ? concatRows(base, added) : base
	}

	/** Appends rows added since (each list after every row already held for its word). */
	appendDelta(lists: readonly (FtsRows & { word: number })[]) {
		for (const { word, docIds, scores, length } of lists) {
			if (length === 0) continue
			const held = this.delta.get(word)
			this.delta.set(
				word,
				held ? concatRows(held, { docIds, scores, length }) : { docIds, scores, length },
			)
			this.deltaPostings += length
		}
	}

	/** The vocabulary as it is now (read with the delta), for prefixes and counts. */
	setVocabulary(terms: string[], docs: ArrayLike<number>) {
		this.terms = terms
		this.docs = new Map(terms.map((term, i) => [term, docs[i]!]))
	}
}
