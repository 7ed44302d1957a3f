// Loads the index's postings into memory off the main thread: for each word
// the index holds (most frequent first, within a budget), the rows holding it
// and their BM25 scores, sent back as transferable typed arrays together
// with the whole vocabulary and its document counts, all read in one
// transaction so they describe the same version of the index. Plain
// JavaScript with no app imports, so it runs the same from the source tree
// and beside the production build.
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'

const { databasePath, weights, busyTimeoutMs } = workerData
const db = new Database(databasePath, {
	readonly: true,
	fileMustExist: true,
	timeout: busyTimeoutMs,
})
const version = db.prepare('SELECT "version" FROM "SearchState" WHERE "id" = 1').pluck()
const vocabulary = db.prepare('SELECT term, doc FROM "SearchVocab"').raw()
const maxRow = db.prepare('SELECT COALESCE(MAX("docId"), 0) FROM "SearchDoc"').pluck()
// Aggregated in SQLite: one JSON array per column instead of a row at a
// time through JavaScript, about twice as fast for a word in most rows.
const postings = db
	.prepare(
		`SELECT json_group_array(id), json_group_array(score) FROM (
			SELECT rowid AS id, -bm25("SearchFts", ${weights.join(', ')}) AS score
			FROM "SearchFts" WHERE "SearchFts" MATCH ? LIMIT -1)`,
	)
	.raw()

const quote = (word) => `"${word.replaceAll('"', '""')}"`

parentPort.on('message', ({ id, maxPostings, minDocs }) => {
	db.exec('BEGIN')
	try {
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
			const [ids, scores] = postings.get(quote(terms[i]))
			const docIds = Int32Array.from(JSON.parse(ids))
			const values = Float32Array.from(JSON.parse(scores))
			results.push({ term: terms[i], docIds, scores: values, length: docIds.length })
			transfer.push(docIds.buffer, values.buffer)
			total += docIds.length
		}
		parentPort.postMessage(
			{ id, version: at, maxRow: lastRow, terms, docs: Int32Array.from(docs), results },
			transfer,
		)
	} catch (error) {
		parentPort.postMessage({ id, error: String(error) })
	} finally {
		db.exec('COMMIT')
	}
})
