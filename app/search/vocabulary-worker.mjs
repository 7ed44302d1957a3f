// Reads the index's vocabulary with each word's document count off the main
// thread: FTS5 counts a word's rows by walking them, which at a million
// materials takes seconds in all, and up to a tenth of a second for one
// frequent word, too long to hold the event loop. Plain JavaScript with no
// app imports, like the posting worker beside it.
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'

const db = new Database(workerData.databasePath, {
	readonly: true,
	fileMustExist: true,
	timeout: workerData.busyTimeoutMs,
})
try {
	parentPort.postMessage({ entries: db.prepare('SELECT term, doc FROM "SearchVocab"').raw().all() })
} catch (error) {
	parentPort.postMessage({ error: String(error) })
} finally {
	db.close()
}
