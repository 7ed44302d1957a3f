import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { BUSY_TIMEOUT_MS } from '#app/utils/sqlite.server.ts'
import { type FtsRows } from './fts-rows.ts'
import { CompactPostings } from './postings-delta.ts'
import { type IndexState, type SnapshotHeader } from './postings-snapshot.mjs'
import { FIELD_WEIGHTS } from './ranking.ts'

/**
 * The resident postings: the index's frequent words held in memory for the
 * embedded engine (sqlite-fts.server.ts), loaded by a worker thread
 * (posting-worker.mjs) shortly after each change. Until they arrive, or for
 * rarer words, FTS5 answers directly; the query side is match-evaluator.ts.
 *
 * They are held compact (postings-delta.ts, postings-snapshot.mjs), saved
 * next to the database and read back at start, and brought up to date by
 * the rows added since rather than reloaded whole (decision record 026).
 */

export interface ResidentStats {
	words: number
	postings: number
	/** Memory the postings take. */
	bytes: number
	/** Where the last full set came from: the saved snapshot, FTS5, or merging the deltas into it. */
	source: 'snapshot' | 'index' | 'compaction' | null
}

/** What the posting worker sends (app/search/posting-worker.mjs). */
type ResidentMessage = { id: number } & (
	| {
			/** The legacy form: each word's rows as plain arrays. */
			kind: 'plain'
			version: number
			/** The highest row id in the index when the postings were read. */
			maxRow: number
			terms: string[]
			docs: Int32Array
			results: (FtsRows & { term: string })[]
	  }
	| { kind: 'base'; header: SnapshotHeader; buffer: SharedArrayBuffer }
	| {
			kind: 'delta'
			state: IndexState
			lists: (FtsRows & { word: number })[]
			vocabulary: { terms: string[]; docs: number[] } | null
	  }
	| { kind: 'done'; source?: 'snapshot' | 'index' | 'compaction'; problem?: string }
	| { kind: 'error'; error: string }
)

/**
 * The index held in memory for one version: each word's rows and scores
 * (within the budget, most frequent words first) and the whole vocabulary,
 * sorted, to expand prefixes.
 */
export interface Resident {
	version: number
	/** The highest row id then: rows added later are found by FTS5. */
	maxRow: number
	words: { get(word: string): FtsRows | undefined; readonly size: number }
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

/** Where the resident postings are saved: next to the database, rebuilt when they no longer describe it. */
export const postingsSnapshotPath = (databasePath: string) => `${databasePath}.postings`

/**
 * `residentMinDocs`: words held by fewer rows are left to FTS5 (tests set 1
 * to hold a small index wholly in memory); `resident: false` never loads
 * postings, so FTS5 answers everything; `snapshot: false` neither reads nor
 * saves them next to the database; `legacyResident` holds them as plain
 * arrays reloaded whole after changes, as before decision record 026
 * (benchmarks compare the two).
 */
export interface ResidentOptions {
	residentMinDocs?: number
	resident?: boolean
	snapshot?: boolean
	legacyResident?: boolean
}

/** What the engine tells the postings about itself, and learns from them. */
export interface ResidentHost {
	/** The index version the engine's facet data reflects. */
	loadedVersion(): number
	/** Brings the engine up to date with the index (postings were read from a newer one). */
	catchUp(): void
	/** A full load of the facet data under way: postings are taken once it is done. */
	loading(): Promise<void> | null
	/**
	 * New postings, or rows added to them, are in use: memoized matches are
	 * stale, and the vocabulary came with them (null when it did not change).
	 */
	adopted(vocabulary: Iterable<[string, number]> | null): void
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
	private residentSource: ResidentStats['source'] = null
	/** What the worker has done, for benchmarks: time busy, full loads, deltas, compactions. */
	private residentWork = { busyMs: 0, loads: 0, deltas: 0, compactions: 0 }
	private closed = false

	constructor(
		private databasePath: string,
		private options: ResidentOptions,
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

	/** After a change: bring the postings up to date once writes pause. */
	changed() {
		this.scheduleResident(Math.max(RESIDENT_DELAY_MS, this.residentPause()))
	}

	/** The facet data was loaded whole (at start, after a rebuild): read the postings once writes pause. */
	indexLoaded() {
		this.scheduleResident(RESIDENT_DELAY_MS)
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
		if (this.residentTimer) {
			// Compact postings take the rows added since: a steady stream of
			// writes must not keep putting that off.
			if (!this.options.legacyResident) return
			clearTimeout(this.residentTimer)
		}
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
		const legacy = this.options.legacyResident === true
		worker.postMessage({
			id: this.residentEpoch,
			maxPostings: RESIDENT_MAX_POSTINGS,
			minDocs: this.options.residentMinDocs ?? RESIDENT_MIN_DOCS,
			legacy,
			snapshot:
				legacy || this.options.snapshot === false ? null : postingsSnapshotPath(this.databasePath),
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
		if (this.closed) return
		// Taken once the facet data they go with is loaded.
		const loading = this.host.loading()
		if (loading) {
			void loading.catch(() => {}).then(() => this.receiveResident(message))
			return
		}
		if (message.kind === 'base' || message.kind === 'delta') return this.takeCompact(message)
		// The end of a request.
		const tookMs = performance.now() - this.residentSince
		this.residentSince = 0
		this.residentWork.busyMs += tookMs
		if (message.kind === 'done') {
			if (message.source === 'index' || message.source === 'snapshot') this.residentWork.loads++
			else this.residentWork[message.source === 'compaction' ? 'compactions' : 'deltas']++
		} else if (message.kind === 'plain') this.residentWork.loads++
		if (message.kind === 'error') {
			console.error(
				'search: loading postings failed; FTS5 answers every word directly',
				message.error,
			)
			return this.settleResident()
		}
		// A full load says how long the next one would take; with deltas,
		// what matters is how long bringing them up to date takes.
		if (message.kind === 'plain' || message.source === undefined || message.source === 'compaction')
			this.residentLoadMs = tookMs
		if (message.kind === 'done' && message.source) this.residentSource = message.source
		if (message.kind === 'plain') this.takePlain(message)
		// The index changed while they loaded: load again (no sooner than the
		// last load took, so a busy library keeps the worker half idle).
		if (this.resident?.version !== this.host.loadedVersion())
			this.scheduleResident(this.residentWaiters.length ? 0 : this.residentPause())
		else this.settleResident()
	}

	/**
	 * How long the worker rests before the next request: as long as the
	 * last took (a full reload), or three times as long as the last delta,
	 * so that under a stream of writes it leaves the machine's cores mostly
	 * to the searches (on an index fragmented by writes a delta can take
	 * seconds; rows added since are found by FTS5 meanwhile).
	 */
	private residentPause() {
		return this.options.legacyResident ? this.residentLoadMs : 3 * this.residentLoadMs
	}

	private takePlain(message: Extract<ResidentMessage, { kind: 'plain' }>) {
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
	}

	/**
	 * Compact postings (a new image, from the snapshot, FTS5 or a
	 * compaction), or the rows added since for the words held.
	 */
	private takeCompact(message: Extract<ResidentMessage, { kind: 'base' | 'delta' }>) {
		const state = message.kind === 'base' ? message.header.state : message.state
		if (state.version > this.host.loadedVersion()) this.host.catchUp()
		if (message.id !== this.residentEpoch || state.version > this.host.loadedVersion()) return
		let postings: CompactPostings
		if (message.kind === 'base') {
			postings = new CompactPostings({ header: message.header, buffer: message.buffer })
		} else {
			if (!(this.resident?.words instanceof CompactPostings)) return
			postings = this.resident.words
			postings.appendDelta(message.lists)
			if (message.vocabulary)
				postings.setVocabulary(message.vocabulary.terms, message.vocabulary.docs)
		}
		this.resident = {
			version: state.version,
			maxRow: state.maxRow,
			words: postings,
			terms: postings.terms,
			docs: postings.docs,
			postings: postings.postings,
		}
		this.host.adopted(
			message.kind === 'base' || message.vocabulary
				? postings.terms.map((term) => [term, postings.docs.get(term)!])
				: null,
		)
	}

	private settleResident() {
		this.worker?.unref()
		const stats = this.residentStats()
		for (const resolve of this.residentWaiters.splice(0)) resolve(stats)
	}

	/**
	 * Resolves once the postings of the current version are in memory
	 * (benchmarks and tests wait for it; the app never needs to).
	 */
	whenResident(): Promise<ResidentStats> {
		if (this.resident && this.resident.version === this.host.loadedVersion())
			return Promise.resolve(this.residentStats())
		const ready = new Promise<ResidentStats>((resolve) => this.residentWaiters.push(resolve))
		if (this.residentTimer) clearTimeout(this.residentTimer)
		this.buildResident()
		// Someone is waiting: the worker keeps the process alive until it answers.
		this.worker?.ref()
		return ready
	}

	/**
	 * Whether the postings in memory are of the version last seen, and what
	 * the worker has done so far (benchmarks measure behaviour under writes).
	 */
	activity() {
		const busy = this.residentSince ? performance.now() - this.residentSince : 0
		return {
			current: this.resident !== null && this.resident.version === this.host.loadedVersion(),
			...this.residentWork,
			busyMs: this.residentWork.busyMs + busy,
		}
	}

	private residentStats(): ResidentStats {
		const words = this.resident?.words
		const postings = this.resident?.postings ?? 0
		return {
			words: words?.size ?? 0,
			postings,
			bytes:
				words instanceof CompactPostings
					? words.bytes + (postings - words.basePostings) * 8
					: postings * 8,
			source: this.residentSource,
		}
	}
}
