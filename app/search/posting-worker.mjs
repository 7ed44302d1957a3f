// Loads the index's postings into memory off the main thread: for each word
// the index holds (most frequent first, within a budget), the rows holding it
// and their BM25 scores, together with the whole vocabulary and its document
// counts, all read in one transaction so they describe the same version of
// the index. Plain JavaScript with no app imports, so it runs the same from
// the source tree and beside the production build.
//
// The postings are kept compact (app/search/postings-snapshot.mjs) in a
// SharedArrayBuffer the engine reads in place, and saved next to the
// database, so the next start reads them back in seconds instead of asking
// FTS5 for every word again. After that, each request brings only what
// changed: the rows added since, for the words held, merged into the held
// postings now and then (compaction) and saved again.
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'
import {
	changeLog,
	decodeWord,
	describeImage,
	PostingWriter,
	readSnapshot,
	snapshotProblem,
	vocabIndexOf,
	writeSnapshot,
} from './postings-snapshot.mjs'

const { databasePath, weights, busyTimeoutMs } = workerData
const db = new Database(databasePath, {
	readonly: true,
	fileMustExist: true,
	timeout: busyTimeoutMs,
})
const version = db.prepare('SELECT "version" FROM "SearchState" WHERE "id" = 1').pluck()
const vocabulary = db.prepare('SELECT term, doc FROM "SearchVocab"').raw()
const maxRow = db.prepare('SELECT COALESCE(MAX("docId"), 0) FROM "SearchDoc"').pluck()
const rowCount = db.prepare('SELECT COUNT(*) FROM "SearchDoc" WHERE "docId" <= ?').pluck()
const liveRows = db.prepare('SELECT "docId" FROM "SearchDoc"').pluck()
const log = changeLog(db)
// Aggregated in SQLite: one JSON array per column instead of a row at a
// time through JavaScript, about twice as fast for a word in most rows.
const scoredRows = (where) =>
	db
		.prepare(
			`SELECT json_group_array(id), json_group_array(score) FROM (
			SELECT rowid AS id, -bm25("SearchFts", ${weights.join(', ')}) AS score
			FROM "SearchFts" WHERE "SearchFts" MATCH ? ${where} LIMIT -1)`,
		)
		.raw()
const postings = scoredRows('')
const postingsAfter = scoredRows('AND rowid > ?')
// Unscored, FTS5 seeks to the rows past a point without walking the word's
// other rows (BM25 reads every row of the word to count them).
const hasRowsAfter = db
	.prepare('SELECT 1 FROM "SearchFts" WHERE "SearchFts" MATCH ? AND rowid > ? LIMIT 1')
	.pluck()

const quote = (word) => `"${word.replaceAll('"', '""')}"`
/** Merged into the held postings once the rows added or removed since reach this share of them. */
const COMPACT_SHARE = 1 / 8

/**
 * What the engine holds, as this worker last sent it: the postings image,
 * its sections, the state of the last delta sent and how many postings the
 * deltas held.
 * @type {null | { epoch: number, image: import('./postings-snapshot.mjs').PostingImage, sections: Exclude<ReturnType<typeof describeImage>, string>, state: import('./postings-snapshot.mjs').IndexState, deltaPostings: number }}
 */
let held = null

function readState() {
	const top = Number(maxRow.get())
	return {
		...log.state(),
		maxRow: top,
		rows: Number(rowCount.get(top)),
	}
}

function readVocabulary() {
	const entries = vocabulary.all()
	entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
	return { terms: entries.map((e) => e[0]), docs: entries.map((e) => e[1]) }
}

function rowsOf(statement, ...params) {
	const [ids, scores] = statement.get(...params)
	return { docIds: JSON.parse(ids), scores: JSON.parse(scores) }
}

/** Every word's postings from FTS5 (most frequent first, within the budget). */
function loadFromIndex({ maxPostings, minDocs }) {
	const state = readState()
	const { terms, docs } = readVocabulary()
	const writer = new PostingWriter(terms, docs)
	const order = terms.map((_, i) => i).sort((a, b) => docs[b] - docs[a])
	let total = 0
	const chosen = []
	for (const i of order) {
		if (docs[i] < minDocs) break
		if (total + docs[i] > maxPostings) continue
		chosen.push(i)
		total += docs[i]
	}
	// In vocabulary order, so the table is sorted by word.
	chosen.sort((a, b) => a - b)
	for (const i of chosen) {
		const { docIds, scores } = rowsOf(postings, quote(terms[i]))
		writer.add(i, docIds, scores, docIds.length)
	}
	return writer.finish(state, { weights, minDocs })
}

/** The legacy form: each word's rows and scores as plain typed arrays, no snapshot. */
function loadPlain({ id, maxPostings, minDocs }) {
	const at = Number(version.get())
	const lastRow = Number(maxRow.get())
	const terms = []
	const docs = []
	for (const [term, count] of vocabulary.iterate()) {
		terms.push(term)
		docs.push(count)
	}
	const order = terms.map((_, i) => i).sort((a, b) => docs[b] - docs[a])
	const results = []
	const transfer = []
	let total = 0
	for (const i of order) {
		if (docs[i] < minDocs) break
		if (total + docs[i] > maxPostings) continue
		const { docIds: ids, scores } = rowsOf(postings, quote(terms[i]))
		const docIds = Int32Array.from(ids)
		const values = Float32Array.from(scores)
		results.push({ term: terms[i], docIds, scores: values, length: docIds.length })
		transfer.push(docIds.buffer, values.buffer)
		total += docIds.length
	}
	parentPort.postMessage(
		{
			id,
			kind: 'plain',
			version: at,
			maxRow: lastRow,
			terms,
			docs: Int32Array.from(docs),
			results,
		},
		transfer,
	)
}

function hold(epoch, image) {
	const sections = describeImage(image)
	if (typeof sections === 'string') throw new Error(sections)
	held = { epoch, image, sections, state: image.header.state, deltaPostings: 0 }
	parentPort.postMessage({ id: epoch, kind: 'base', header: image.header, buffer: image.buffer })
}

function save(snapshot, image) {
	if (!snapshot) return
	try {
		writeSnapshot(snapshot, image)
	} catch (error) {
		console.error('search: the postings could not be saved; the next start reads them again', error)
	}
}

/**
 * The rows added since the held postings were read, for the words they
 * hold: sent to the engine, which appends them to each word's rows.
 */
function sendDelta(epoch) {
	const from = held.state.maxRow
	const state = readState()
	if (state.maxRow === from) {
		held.state = { ...state, rows: held.state.rows }
		return parentPort.postMessage({ id: epoch, kind: 'delta', state, lists: [], vocabulary: null })
	}
	const { table } = held.sections
	const lists = []
	const transfer = []
	const words = table.length / 5
	for (let w = 0; w < words; w++) {
		const word = quote(termAt(vocabIndexOf(table, w)))
		if (hasRowsAfter.get(word, from) === undefined) continue
		const { docIds, scores } = rowsOf(postingsAfter, word, from)
		if (!docIds.length) continue
		held.deltaPostings += docIds.length
		const ids = Int32Array.from(docIds)
		const values = Float32Array.from(scores)
		lists.push({ word: w, docIds: ids, scores: values, length: ids.length })
		transfer.push(ids.buffer, values.buffer)
	}
	held.state = { ...state, rows: held.state.rows }
	parentPort.postMessage(
		{ id: epoch, kind: 'delta', state, lists, vocabulary: readVocabulary() },
		transfer,
	)
}

/** A word of the held vocabulary, decoded from the image's terms section. */
let termCache = { image: null, list: [] }
function termAt(index) {
	if (termCache.image !== held.image) {
		const { terms } = held.sections
		termCache = {
			image: held.image,
			list: terms.length ? Buffer.from(terms).toString('utf8').split('\n') : [],
		}
	}
	return termCache.list[index]
}

/**
 * New held postings: the held ones without the rows removed since, with
 * the rows added since, and the words that have since become frequent
 * enough to hold, read from FTS5. Saved, then sent in place of the old.
 */
function compact(epoch, { maxPostings, minDocs, snapshot }) {
	const state = readState()
	const { terms, docs } = readVocabulary()
	const live = new Uint8Array(state.maxRow + 1)
	for (const docId of liveRows.iterate()) live[docId] = 1
	const indexOf = new Map(terms.map((term, i) => [term, i]))
	const writer = new PostingWriter(terms, docs)
	const { table } = held.sections
	// The rows added since the image are read again rather than kept here:
	// a second copy of the deltas would cost more than reading them.
	const from = held.image.header.state.maxRow
	const byVocab = []
	let total = 0
	for (let w = 0; w < table.length / 5; w++) {
		const index = indexOf.get(termAt(vocabIndexOf(table, w)))
		if (index !== undefined) byVocab.push([index, w])
	}
	const heldIndexes = new Set(byVocab.map(([index]) => index))
	for (const i of terms.map((_, i) => i).sort((a, b) => docs[b] - docs[a])) {
		if (docs[i] < minDocs) break
		if (heldIndexes.has(i) || total + docs[i] > maxPostings) continue
		byVocab.push([i, -1])
		total += docs[i]
	}
	byVocab.sort((a, b) => a[0] - b[0])
	for (const [index, w] of byVocab) {
		if (w < 0) {
			const { docIds, scores } = rowsOf(postings, quote(terms[index]))
			writer.add(index, docIds, scores, docIds.length)
			continue
		}
		const base = decodeWord(held.sections, w)
		const added = rowsOf(postingsAfter, quote(terms[index]), from)
		const docIds = []
		const scores = []
		const keep = (id, score) => {
			if (live[id]) {
				docIds.push(id)
				scores.push(score)
			}
		}
		for (let i = 0; i < base.length; i++) keep(base.docIds[i], base.scores[i])
		for (let i = 0; i < added.docIds.length; i++) keep(added.docIds[i], added.scores[i])
		writer.add(index, docIds, scores, docIds.length)
	}
	const image = writer.finish(state, { weights, minDocs })
	save(snapshot, image)
	hold(epoch, image)
}

/** Whether the rows added or removed since the held postings were read call for a compaction. */
function dueForCompaction() {
	const { header } = held.image
	const rowsThen = held.state.rows
	const removed = Math.max(0, rowsThen - Number(rowCount.get(header.state.maxRow)))
	const perRow = rowsThen ? header.postings / rowsThen : 0
	return held.deltaPostings + removed * perRow > header.postings * COMPACT_SHARE
}

parentPort.on('message', (request) => {
	const { id, legacy, snapshot, maxPostings, minDocs } = request
	db.exec('BEGIN')
	try {
		if (legacy) return loadPlain(request)
		if (held?.epoch === id) {
			if (!dueForCompaction()) sendDelta(id)
			else {
				compact(id, request)
				parentPort.postMessage({ id, kind: 'done', source: 'compaction' })
				return
			}
			parentPort.postMessage({ id, kind: 'done' })
			return
		}
		// A new start (or the index was rebuilt): the saved postings if they
		// still describe this index, brought up to date; otherwise FTS5.
		held = null
		const saved = snapshot ? readSnapshot(snapshot) : { problem: 'no snapshot' }
		const problem =
			'problem' in saved
				? saved.problem
				: snapshotProblem(saved.header, {
						params: { weights, minDocs },
						state: readState(),
						changesAfter: log.changesAfter,
						changeAt: log.changeAt,
					})
		if (problem) {
			if (snapshot && problem !== 'no snapshot')
				console.error(`search: the saved postings are not used (${problem}); reading them again`)
			const image = loadFromIndex({ maxPostings, minDocs })
			save(snapshot, image)
			hold(id, image)
			parentPort.postMessage({ id, kind: 'done', source: 'index', problem })
			return
		}
		hold(id, saved)
		sendDelta(id)
		parentPort.postMessage({ id, kind: 'done', source: 'snapshot' })
	} catch (error) {
		parentPort.postMessage({ id, kind: 'error', error: String(error) })
	} finally {
		db.exec('COMMIT')
	}
})
