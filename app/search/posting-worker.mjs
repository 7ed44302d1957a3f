// Computes the postings of frequent search words off the main thread: for
// each FTS5 MATCH expression, the matching rows and their BM25 scores, sent
// back as transferable typed arrays. Plain JavaScript with no app imports,
// so it runs the same from the source tree and beside the production build.
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'

const { databasePath, weights } = workerData
const db = new Database(databasePath, { readonly: true, fileMustExist: true })
const version = db.prepare('SELECT "version" FROM "SearchState" WHERE "id" = 1').pluck()
const match = db
	.prepare(
		`SELECT rowid, bm25("SearchFts", ${weights.join(', ')}) FROM "SearchFts" WHERE "SearchFts" MATCH ?`,
	)
	.raw()

parentPort.on('message', ({ id, expressions }) => {
	// One read transaction: every expression sees the same index version.
	db.exec('BEGIN')
	try {
		const at = Number(version.get())
		const results = []
		const transfer = []
		for (const expression of expressions) {
			let docIds = new Int32Array(1024)
			let scores = new Float64Array(1024)
			let length = 0
			for (const [docId, bm25] of match.iterate(expression)) {
				if (length === docIds.length) {
					const ids = new Int32Array(length * 2)
					ids.set(docIds)
					docIds = ids
					const s = new Float64Array(length * 2)
					s.set(scores)
					scores = s
				}
				docIds[length] = docId
				scores[length] = -bm25
				length++
			}
			results.push({ expression, docIds, scores, length })
			transfer.push(docIds.buffer, scores.buffer)
		}
		parentPort.postMessage({ id, version: at, results }, transfer)
	} catch (error) {
		parentPort.postMessage({ id, error: String(error) })
	} finally {
		db.exec('COMMIT')
	}
})
