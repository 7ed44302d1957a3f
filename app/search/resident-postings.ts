import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { BUSY_TIMEOUT_MS } from '#app/utils/sqlite.server.ts'
import { type FtsRows } from './fts-rows.ts'
import { FIELD_WEIGHTS } from './ranking.ts'

/**
 * The resident postings: the index's frequent words held in memory for the
 * embedded engine (sqlite-fts.server.ts), loaded by a worker thread
 * (posting-worker.mjs) shortly after each change. Until they arrive, or for
 * rarer words, FTS5 answers directly; the query side is match-evaluator.ts.
 */

export interface ResidentStats {
	words: number
	postings: number
}

interface ResidentMessage {
	id: number
	version: number
	error?: string
	/** The highest row id in the index when the postings were read. */
	maxRow: number
	terms: string[]
	docs: Int32Array
	results: (FtsRows & { term: string })[]
}

/**
 * The index held in memory for one version: each word's rows and scores
 * (within the budget, most frequent words first) and the whole vocabulary,
 * sorted, to expand prefixes.
 */
export interface Resident {
	version: number
	/** The highest row id then: rows added later are found by FTS5. */
	maxRow: number
	words: Map<string, FtsRows>
	/** Every indexed word, sorted, with how many rows hold it. */
	terms: string[]
	docs: Map<string, number>
	postings: number
}

/**
 * Words held by fewer rows are left to FTS5: it walks a few hundred rows in
 * well under a millisecond.
 */
const RESIDENT_MIN_DOCS = 256
/**
 * Memory for resident postings (8 bytes each): SEARCH_MEMORY_MB, or an
 * eighth of the machine's memory up to 4 GB. A library of 100,000 materials
 * needs about 130 MB, one of a million about 1.3 GB; past the budget the
 * rarest words are left to FTS5.
 */
const RESIDENT_MAX_POSTINGS = Math.floor(
	(Number(process.env.SEARCH_MEMORY_MB) ||
		Math.min(4096, Math.floor(os.totalmem() / 8 / 2 ** 20))) *
		(2 ** 20 / 8),
)
/** Pause after a change before reloading them, so bursts of writes cost one load. */
const RESIDENT_DELAY_MS = 1_000

/** What the engine tells the postings about itself, and learns from them. */
export interface ResidentHost {
	/** The index version the engine's facet data reflects. */
	loadedVersion(): number
	/** Brings the engine up to date with the index (postings were read from a newer one). */
	catchUp(): void
	/** New postings are in use: the vocabulary came with them, memoized matches are stale. */
	adopted(vocabulary: Iterable<[string, number]>): void
}

export class ResidentPostings {
	/**
	 * The index in memory, loaded by a worker: of the loaded version, or of
	 * an earlier one completed by FTS5 for the rows added since.
	 */
	resident: Resident | null = null
	private worker: Worker | null = null
	private residentTimer: ReturnType<typeof setTimeout> | null = null
	/** Bumped when the index is rebuilt: postings requested before are discarded. */
	private residentEpoch = 0
	/** When the worker was asked for postings (0: not loading). */
	private residentSince = 0
	/** How long the last load took. */
	residentLoadMs = 0
	private residentWaiters: ((stats: ResidentStats) => void)[] = []
	private closed = false

	/**
	 * `residentMinDocs`: words held by fewer rows are left to FTS5 (tests
	 * set 1 to hold a small index wholly in memory); `resident: false`
	 * never loads postings, so FTS5 answers everything.
	 */
	constructor(
		private databasePath: string,
		private options: { residentMinDocs?: number; resident?: boolean },
		private host: ResidentHost,
	) {}

	/** Whether a worker loads the postings (it brings the vocabulary with them). */
	get hasWorker() {
		return this.worker !== null
	}

	close() {
		this.closed = true
		if (this.residentTimer) clearTimeout(this.residentTimer)
		void this.worker?.terminate()
	}

	/** Every row may have changed: postings loaded before, or being loaded, are of no use. */
	discard() {
		this.resident = null
		this.residentEpoch++
	}

	/** After a change: reload the postings once writes pause. */
	changed() {
		this.scheduleResident(Math.max(RESIDENT_DELAY_MS, this.residentLoadMs))
	}

	/**
	 * A word in most rows costs FTS5 a walk of all of them with BM25 (about
	 * 600 rows a millisecond; 100 ms or more for a broad word at 100,000
	 * materials). A worker thread loads every word's rows and scores shortly
	 * after each change and the engine keeps them in memory, within a
	 * budget; until they arrive, or for rarer words, FTS5 answers directly.
	 */
	scheduleResident(delayMs: number) {
		if (this.closed || this.options.resident === false) return
		if (this.residentTimer) clearTimeout(this.residentTimer)
		this.residentTimer = setTimeout(() => this.buildResident(), delayMs)
		this.residentTimer.unref()
	}

	/** Asks the worker for the postings, unless it is already loading them. */
	private buildResident() {
		this.residentTimer = null
		if (this.residentSince) return
		const worker = this.options.resident === false ? null : this.postingWorker()
		if (!worker) return this.settleResident()
		this.residentSince = performance.now()
		worker.postMessage({
			id: this.residentEpoch,
			maxPostings: RESIDENT_MAX_POSTINGS,
			minDocs: this.options.residentMinDocs ?? RESIDENT_MIN_DOCS,
		})
	}

	private postingWorker() {
		if (this.worker) return this.worker
		const file = [
			fileURLToPath(new URL('./posting-worker.mjs', import.meta.url)),
			path.resolve(process.cwd(), 'app/search/posting-worker.mjs'),
		].find((candidate) => fs.existsSync(candidate))
		if (!file) return null
		const worker = new Worker(file, {
			workerData: {
				databasePath: this.databasePath,
				weights: FIELD_WEIGHTS,
				busyTimeoutMs: BUSY_TIMEOUT_MS,
			},
		})
		worker.unref()
		worker.on('message', (message: ResidentMessage) => this.receiveResident(message))
		worker.on('error', (error) => {
			console.error('search: the posting worker failed; FTS5 answers every word directly', error)
			this.worker = null
			this.residentSince = 0
			this.settleResident()
		})
		this.worker = worker
		return worker
	}

	private receiveResident(message: ResidentMessage) {
		this.residentLoadMs = performance.now() - this.residentSince
		this.residentSince = 0
		if (this.closed) return
		if (message.error) {
			console.error(
				'search: loading postings failed; FTS5 answers every word directly',
				message.error,
			)
			return this.settleResident()
		}
		// Read from a newer index than the one loaded: catch up first.
		if (message.version > this.host.loadedVersion()) this.host.catchUp()
		if (message.id === this.residentEpoch && message.version <= this.host.loadedVersion()) {
			const words = new Map<string, FtsRows>()
			let postings = 0
			for (const { term, docIds, scores, length } of message.results) {
				words.set(term, { docIds, scores, length })
				postings += length
			}
			const docs = new Map<string, number>()
			message.terms.forEach((term, i) => docs.set(term, message.docs[i]!))
			const terms = [...message.terms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
			this.resident = {
				version: message.version,
				maxRow: message.maxRow,
				words,
				terms,
				docs,
				postings,
			}
			this.host.adopted(message.terms.map((term, i) => [term, message.docs[i]!]))
		}
		// The index changed while they loaded: load again (no sooner than the
		// last load took, so a busy library keeps the worker half idle).
		if (this.resident?.version !== this.host.loadedVersion())
			this.scheduleResident(this.residentWaiters.length ? 0 : this.residentLoadMs)
		else this.settleResident()
	}

	private settleResident() {
		this.worker?.unref()
		const stats = { words: this.resident?.words.size ?? 0, postings: this.resident?.postings ?? 0 }
		for (const resolve of this.residentWaiters.splice(0)) resolve(stats)
	}

	/**
	 * Resolves once the postings of the current version are in memory
	 * (benchmarks and tests wait for it; the app never needs to).
	 */
	whenResident(): Promise<ResidentStats> {
		if (this.resident && this.resident.version === this.host.loadedVersion())
			return Promise.resolve({ words: this.resident.words.size, postings: this.resident.postings })
		const ready = new Promise<ResidentStats>((resolve) => this.residentWaiters.push(resolve))
		if (this.residentTimer) clearTimeout(this.residentTimer)
		this.buildResident()
		// Someone is waiting: the worker keeps the process alive until it answers.
		this.worker?.ref()
		return ready
	}
}
