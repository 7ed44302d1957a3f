// The resident postings in a compact binary form, the same in memory and in
// the snapshot file kept next to the database: the posting worker builds it
// from FTS5 (or reads it back from the file) into one SharedArrayBuffer that
// the engine reads in place. Plain JavaScript with no app imports, so the
// worker loads it from the source tree as it does beside the production build.
//
// Per word, its rows as variable-length gaps (1 byte for a gap under 128:
// most postings are of frequent words, whose gaps are small) and its BM25
// scores as 16-bit fractions of the word's highest score: about 3 bytes a
// posting instead of 8 (Int32 row and Float32 score).
//
// File: "AXPOSTS1", the header's length (u32), the header (JSON: the index
// state the postings describe, the parameters they were read with, where
// each section starts, the SHA-1 of everything after the header), then the
// sections, each 8-byte aligned:
//   table   Float64 × 5 per word: vocabulary index, offset of its rows in
//           `rows`, offset of its scores in `scores`, count, score scale
//   scores  Uint16 per posting
//   docs    Int32 per vocabulary word: rows holding it
//   rows    the row gaps, variable length
//   terms   the vocabulary, sorted, joined by "\n"
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'

export const SNAPSHOT_MAGIC = 'AXPOSTS1'
/** Bumped whenever the layout changes: an older file is then rebuilt, never read. */
export const SNAPSHOT_FORMAT = 1
const TABLE_WIDTH = 5
const SECTIONS = /** @type {const} */ (['table', 'scores', 'docs', 'rows', 'terms'])

/**
 * @typedef {{ version: number, lastChange: number, lastChangeStamp: string | null, maxRow: number, rows: number }} IndexState
 * @typedef {{ weights: number[], minDocs: number }} PostingParams
 * @typedef {{ format: number, state: IndexState, params: PostingParams, words: number, postings: number, vocabulary: number, sections: Record<string, [number, number]>, sha1: string }} SnapshotHeader
 * @typedef {{ header: SnapshotHeader, buffer: SharedArrayBuffer | ArrayBuffer }} PostingImage
 */

const align = (n) => Math.ceil(n / 8) * 8

/** A growable byte buffer for the row gaps. */
class Bytes {
	constructor(size = 1 << 16) {
		this.data = new Uint8Array(size)
		this.length = 0
	}
	reserve(extra) {
		if (this.length + extra <= this.data.length) return
		const next = new Uint8Array(Math.max(this.length + extra, this.data.length * 2))
		next.set(this.data.subarray(0, this.length))
		this.data = next
	}
	/** @param {number} value */
	varint(value) {
		while (value >= 0x80) {
			this.data[this.length++] = (value & 0x7f) | 0x80
			value >>>= 7
		}
		this.data[this.length++] = value
	}
}

/**
 * Collects words' postings (ascending rows, their scores) and the
 * vocabulary, then lays them out as one buffer.
 */
export class PostingWriter {
	/** @param {string[]} terms the vocabulary, sorted @param {ArrayLike<number>} docs rows holding each */
	constructor(terms, docs) {
		this.terms = terms
		this.docs = Int32Array.from(docs)
		/** @type {number[]} */
		this.table = []
		this.rows = new Bytes()
		/** @type {Uint16Array} */
		this.scores = new Uint16Array(1 << 16)
		this.postings = 0
	}

	/**
	 * @param {number} vocabIndex the word's place in the vocabulary
	 * @param {ArrayLike<number>} docIds ascending
	 * @param {ArrayLike<number>} scores
	 * @param {number} length
	 */
	add(vocabIndex, docIds, scores, length) {
		if (length === 0) return
		let max = 0
		for (let i = 0; i < length; i++) if (scores[i] > max) max = scores[i]
		const scale = max > 0 ? max / 65535 : 0
		if (this.postings + length > this.scores.length) {
			const next = new Uint16Array(Math.max(this.postings + length, this.scores.length * 2))
			next.set(this.scores.subarray(0, this.postings))
			this.scores = next
		}
		this.table.push(vocabIndex, this.rows.length, this.postings, length, scale)
		this.rows.reserve(length * 5)
		let previous = 0
		for (let i = 0; i < length; i++) {
			this.rows.varint(docIds[i] - previous)
			previous = docIds[i]
			this.scores[this.postings + i] = scale > 0 ? Math.round(scores[i] / scale) : 0
		}
		this.postings += length
	}

	/**
	 * The postings as one buffer laid out as the file, and its header.
	 * @param {IndexState} state @param {PostingParams} params
	 * @returns {PostingImage}
	 */
	finish(state, params) {
		const termBytes = Buffer.from(this.terms.join('\n'), 'utf8')
		const parts = {
			table: new Uint8Array(Float64Array.from(this.table).buffer),
			scores: new Uint8Array(this.scores.buffer, 0, this.postings * 2),
			docs: new Uint8Array(this.docs.buffer, this.docs.byteOffset, this.docs.byteLength),
			rows: this.rows.data.subarray(0, this.rows.length),
			terms: new Uint8Array(termBytes.buffer, termBytes.byteOffset, termBytes.byteLength),
		}
		/** @type {Record<string, [number, number]>} */
		const sections = {}
		let offset = 0
		for (const name of SECTIONS) {
			sections[name] = [offset, parts[name].byteLength]
			offset = align(offset + parts[name].byteLength)
		}
		const header = {
			format: SNAPSHOT_FORMAT,
			state,
			params,
			words: this.table.length / TABLE_WIDTH,
			postings: this.postings,
			vocabulary: this.terms.length,
			sections,
			sha1: '',
		}
		const body = new Uint8Array(new SharedArrayBuffer(offset))
		for (const name of SECTIONS) body.set(parts[name], sections[name][0])
		header.sha1 = createHash('sha1').update(body).digest('hex')
		return { header, buffer: body.buffer }
	}
}

/**
 * Writes a postings image to `file` (through a temporary file renamed over
 * it, so a reader never sees half a snapshot).
 * @param {string} file @param {PostingImage} image
 */
export function writeSnapshot(file, { header, buffer }) {
	const json = Buffer.from(JSON.stringify(header), 'utf8')
	const start = align(12 + json.byteLength)
	const head = Buffer.alloc(start, 0x20)
	head.write(SNAPSHOT_MAGIC, 0, 'latin1')
	head.writeUInt32LE(json.byteLength, 8)
	json.copy(head, 12)
	// Named apart for each writer: several engines (and processes) may save at once.
	const temporary = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`
	try {
		const fd = fs.openSync(temporary, 'w')
		try {
			fs.writeSync(fd, head)
			const body = new Uint8Array(buffer)
			for (let at = 0; at < body.length; at += 1 << 24)
				fs.writeSync(fd, body.subarray(at, Math.min(body.length, at + (1 << 24))))
			fs.fsyncSync(fd)
		} finally {
			fs.closeSync(fd)
		}
		fs.renameSync(temporary, file)
	} catch (error) {
		fs.rmSync(temporary, { force: true })
		throw error
	}
}

/**
 * Reads a snapshot into a SharedArrayBuffer, or says why it cannot be used:
 * missing, of another format, truncated, or not matching its checksum. The
 * state it describes is checked by the caller against the database.
 * @param {string} file
 * @returns {PostingImage | { problem: string }}
 */
export function readSnapshot(file) {
	let fd
	try {
		fd = fs.openSync(file, 'r')
	} catch {
		return { problem: 'no snapshot' }
	}
	try {
		const size = fs.fstatSync(fd).size
		const head = Buffer.alloc(12)
		if (size < 12 || fs.readSync(fd, head, 0, 12, 0) < 12) return { problem: 'truncated' }
		if (head.toString('latin1', 0, 8) !== SNAPSHOT_MAGIC) return { problem: 'not a snapshot' }
		const length = head.readUInt32LE(8)
		if (12 + length > size) return { problem: 'truncated' }
		const json = Buffer.alloc(length)
		fs.readSync(fd, json, 0, length, 12)
		/** @type {SnapshotHeader} */
		let header
		try {
			header = JSON.parse(json.toString('utf8'))
		} catch {
			return { problem: 'unreadable header' }
		}
		if (header?.format !== SNAPSHOT_FORMAT) return { problem: 'another format' }
		const start = align(12 + length)
		let bodyLength = 0
		for (const name of SECTIONS) {
			const [offset, bytes] = header.sections?.[name] ?? [NaN, NaN]
			if (!(offset >= 0 && bytes >= 0 && offset % 8 === 0)) return { problem: 'unreadable header' }
			bodyLength = Math.max(bodyLength, align(offset + bytes))
		}
		if (start + bodyLength !== size) return { problem: 'truncated' }
		const body = new Uint8Array(new SharedArrayBuffer(bodyLength))
		const hash = createHash('sha1')
		for (let at = 0; at < bodyLength;) {
			const chunk = body.subarray(at, Math.min(bodyLength, at + (1 << 24)))
			const read = fs.readSync(fd, chunk, 0, chunk.length, start + at)
			if (read <= 0) return { problem: 'truncated' }
			hash.update(chunk.subarray(0, read))
			at += read
		}
		if (hash.digest('hex') !== header.sha1) return { problem: 'checksum mismatch' }
		const image = { header, buffer: body.buffer }
		const shape = describeImage(image)
		if (typeof shape === 'string') return { problem: shape }
		return image
	} finally {
		fs.closeSync(fd)
	}
}

/**
 * The image's sections as typed arrays over its buffer (no copy), or why its
 * sections do not fit together.
 * @param {PostingImage} image
 */
export function describeImage({ header, buffer }) {
	const view = (name) => header.sections[name]
	const [tableAt, tableBytes] = view('table')
	const [scoresAt, scoresBytes] = view('scores')
	const [docsAt, docsBytes] = view('docs')
	const [rowsAt, rowsBytes] = view('rows')
	const [termsAt, termsBytes] = view('terms')
	if (
		tableBytes !== header.words * TABLE_WIDTH * 8 ||
		scoresBytes !== header.postings * 2 ||
		docsBytes !== header.vocabulary * 4
	)
		return 'sections do not match the header'
	const table = new Float64Array(buffer, tableAt, header.words * TABLE_WIDTH)
	const scores = new Uint16Array(buffer, scoresAt, header.postings)
	const docs = new Int32Array(buffer, docsAt, header.vocabulary)
	const rows = new Uint8Array(buffer, rowsAt, rowsBytes)
	const terms = new Uint8Array(buffer, termsAt, termsBytes)
	for (let w = 0; w < header.words; w++) {
		const o = w * TABLE_WIDTH
		if (
			!(table[o] >= 0 && table[o] < header.vocabulary) ||
			!(table[o + 1] >= 0 && table[o + 1] <= rowsBytes) ||
			!(table[o + 2] >= 0 && table[o + 2] + table[o + 3] <= header.postings)
		)
			return 'a word points outside the postings'
	}
	return { table, scores, docs, rows, terms }
}

/**
 * One word's rows and scores, decoded from the image into new arrays.
 * @param {{ table: Float64Array, scores: Uint16Array, rows: Uint8Array }} sections
 * @param {number} word
 * @returns {{ docIds: Int32Array, scores: Float32Array, length: number }}
 */
export function decodeWord({ table, scores, rows }, word) {
	const o = word * TABLE_WIDTH
	let at = table[o + 1]
	const first = table[o + 2]
	const length = table[o + 3]
	const scale = table[o + 4]
	const docIds = new Int32Array(length)
	const values = new Float32Array(length)
	let previous = 0
	for (let i = 0; i < length; i++) {
		let byte = rows[at++]
		let gap = byte & 0x7f
		for (let shift = 7; byte & 0x80; shift += 7) {
			byte = rows[at++]
			gap |= (byte & 0x7f) << shift
		}
		previous += gap
		docIds[i] = previous
		values[i] = scores[first + i] * scale
	}
	return { docIds, scores: values, length }
}

/** @param {Float64Array} table @param {number} word @returns {number} */
export const vocabIndexOf = (table, word) => /** @type {number} */ (table[word * TABLE_WIDTH])

/**
 * Why saved postings cannot serve the index as it is now, or null. They
 * can when read with the same parameters from this index at its current
 * state, or at an earlier one that every change since can be replayed
 * from: the change log still holds each change since (none a rebuild),
 * and its entry for the saved last change has the same stamp (random per
 * transaction: a copy of the database restored and changed otherwise
 * since has another). Rows
 * removed since are then skipped (the engine maps only current rows to
 * materials; row ids are never reused) and rows added since are read
 * before the postings serve.
 * @param {SnapshotHeader} header
 * @param {{ params: PostingParams, state: IndexState, changesAfter: (id: number) => { count: number, first: number | null, rebuilt: boolean }, changeAt: (id: number) => string | null }} index
 */
export function snapshotProblem(header, { params, state, changesAfter, changeAt }) {
	if (
		header.params?.minDocs !== params.minDocs ||
		JSON.stringify(header.params?.weights) !== JSON.stringify(params.weights)
	)
		return 'read with other parameters'
	return stateProblem(header.state, { state, changesAfter, changeAt })
}

/**
 * The index's state and change log as the saved files are checked against
 * them (stateProblem), read on a better-sqlite3 connection: the posting
 * worker's and the facet loader's, each in its own read transaction.
 * @param {import('better-sqlite3').Database} db
 */
export function changeLog(db) {
	const version = db.prepare('SELECT "version" FROM "SearchState" WHERE "id" = 1').pluck()
	const last = db
		.prepare('SELECT "id", "stamp" FROM "SearchChange" ORDER BY "id" DESC LIMIT 1')
		.raw()
	const after = db
		.prepare(
			`SELECT COUNT(*), MIN("id"), SUM("materialId" = '*') FROM "SearchChange" WHERE "id" > ?`,
		)
		.raw()
	const at = db.prepare('SELECT "stamp" FROM "SearchChange" WHERE "id" = ?').pluck()
	return {
		/** @returns {{ version: number, lastChange: number, lastChangeStamp: string | null }} */
		state() {
			const [change, stamp] = /** @type {[number, string | null] | undefined} */ (last.get()) ?? [
				0,
				null,
			]
			return {
				version: Number(version.get() ?? 0),
				lastChange: Number(change),
				lastChangeStamp: stamp,
			}
		},
		/** @param {number} id */
		changesAfter(id) {
			const [count, first, rebuilt] = /** @type {[number, number | null, number | null]} */ (
				after.get(id)
			)
			return { count, first, rebuilt: Number(rebuilt ?? 0) > 0 }
		},
		/** @param {number} id @returns {string | null} */
		changeAt(id) {
			return /** @type {string | undefined} */ (at.get(id)) ?? null
		},
	}
}

/**
 * Why data saved at index state `saved` cannot be brought up to the index's
 * state now by replaying the changes since (see snapshotProblem), or null.
 * The saved facet data (facet-snapshot.ts) is held to the same rule.
 * @param {Pick<IndexState, 'version' | 'lastChange' | 'lastChangeStamp'> | undefined} saved
 * @param {{ state: Pick<IndexState, 'version' | 'lastChange' | 'lastChangeStamp'>, changesAfter: (id: number) => { count: number, first: number | null, rebuilt: boolean }, changeAt: (id: number) => string | null }} index
 */
export function stateProblem(saved, { state, changesAfter, changeAt }) {
	if (!saved || saved.version > state.version || saved.lastChange > state.lastChange)
		return 'newer than the index'
	if (saved.version === state.version) {
		return saved.lastChange === state.lastChange && saved.lastChangeStamp === state.lastChangeStamp
			? null
			: 'of another index'
	}
	const after = changesAfter(saved.lastChange)
	if (after.rebuilt) return 'the index was rebuilt since'
	if (saved.lastChange > 0 && changeAt(saved.lastChange) !== saved.lastChangeStamp)
		return changeAt(saved.lastChange) === null ? 'too far behind' : 'of another index'
	if (after.count > 0 && after.first !== saved.lastChange + 1) return 'too far behind'
	return null
}
