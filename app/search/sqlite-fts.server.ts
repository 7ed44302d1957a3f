import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type Database from 'better-sqlite3'
import { findConceptByPrefix, findConcepts } from '#app/domain/concepts.ts'
import { ageBandsOf } from '#app/domain/vocabularies.ts'
import {
	type SearchDocument,
	type SearchEngine,
	type SearchHit,
	type SearchQuery,
	type SearchResult,
} from './engine.ts'
import { BUSY_TIMEOUT_MS, openSqlite } from '#app/utils/sqlite.server.ts'
import { loadFacets, loadVocabulary } from './facet-loader.ts'
import { FacetStore } from './facet-store.ts'
import { concatRows, EMPTY_ROWS, MatchSet, mergeRows, topK, type FtsRows } from './fts-rows.ts'
import { CompactPostings } from './postings-delta.ts'
import { type IndexState, type SnapshotHeader } from './postings-snapshot.mjs'
import {
	compareCandidates,
	compareKeys,
	FIELD_WEIGHTS,
	rankKey,
	RESCORE_WINDOW,
	tokenizeVersion,
	topicSynonyms,
	type RankKey,
	type WordPlan,
} from './ranking.ts'
import { escapeHtml, mayContain, SNIPPET_LENGTH, snippetAround, truncate } from './snippets.ts'
import {
	ADAPTING_COUNTRIES_SQL,
	bumpSearchStateSql,
	removeDocumentSql,
	sqliteRun,
	writeDocumentSql,
	type RunSql,
} from './sqlite-fts-writer.ts'
import {
	editDistanceWithin,
	highlight,
	maxTyposFor,
	MIN_PREFIX,
	MIN_STEM_PREFIX,
	parseQuery,
	quoteFts,
	stem,
	STEM_LANGUAGES,
	type QueryTerm,
} from './text.ts'

/**
 * The embedded search engine: SQLite FTS5 for text, typed arrays for facets.
 *
 * - Text is normalized and segmented in JavaScript (app/search/text.ts) at
 *   index and query time, so Chinese, Japanese and Thai words, Arabic
 *   spellings and diacritics match whatever form was typed.
 * - Typo tolerance follows Meilisearch: one typo from 5 characters, two from
 *   9, against the index's own vocabulary; the last word is a prefix.
 * - A query word naming a topic in any language (see app/domain/concepts.ts)
 *   also matches every material tagged with that topic.
 * - Ranking: the rules in app/search/ranking.ts, in two stages: BM25 with
 *   field weights orders the match set, the rules order its first materials.
 * - Facets are counted over the whole match set, disjunctively.
 */

/** Characters of a version's extracted text the ranking rules read (a title and description are read whole). */
const RESCORE_TEXT_CHARS = 1_000
/** Words a short prefix (one CJK character, two letters) stands for, most frequent first. */
const SHORT_PREFIX_COMPLETIONS = 12
/** Scripts where one character is a syllable or a word: a prefix from one character. */
const SPACELESS = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u
/** Typo candidates kept per word, most frequent first. */
const MAX_TYPO_ALTERNATIVES = 6
/** Without a worker, the typo vocabulary is re-read at most this often while the index changes. */
const VOCABULARY_REFRESH_MS = 10 * 60_000

/** docId, version id, material id, lang, title, description, extracted text. */
type VersionRow = [number, string, string, string, string, string, string]

interface VocabEntry {
	term: string
	docs: number
}

/**
 * One query word with its alternatives (itself or the word being typed as a
 * prefix, its stems as prefixes, its typo neighbours and their stems): any
 * of them matches. Or a quoted phrase, whose words must be adjacent.
 */
interface Group {
	/** The group as an FTS5 MATCH expression. */
	expression: string
	/** Whole words (for a phrase: its words, in order). */
	words: string[]
	/** Prefixes: every indexed word starting with one matches. */
	prefixes: string[]
	phrase: boolean
	/** The word's forms by tier, for the ranking rules. */
	plan: WordPlan
}

interface ResidentStats {
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
interface Resident {
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
/** Prefixes expanding to more rare words than this are left to FTS5 whole. */
const MAX_RARE_EXPANSIONS = 64

/** Match sets kept for reuse (each 12 bytes per matching version). */
const MATCH_CACHE_ENTRIES = 32

export class SqliteFtsEngine implements SearchEngine {
	readonly name = 'sqlite-fts' as const
	private reader: Database.Database
	private store = new FacetStore()
	/** Vocabulary by `${length}:${first character}`, most frequent first. */
	private vocabByLength = new Map<string, VocabEntry[]>()
	private vocabulary = new Set<string>()
	/** Vocabulary by first character, most frequent first (short prefixes' completions). */
	private vocabByFirst = new Map<string, VocabEntry[]>()
	private loadedVersion = -1
	private lastChange = 0
	private vocabularyLoadedAt = 0
	private matchCache = new Map<string, FtsRows>()
	/**
	 * The index in memory, loaded by a worker: of the loaded version, or of
	 * an earlier one completed by FTS5 for the rows added since.
	 */
	private resident: Resident | null = null
	/** Per-row scratch arrays for unions and intersections, reused across queries. */
	private rowMark = new Uint32Array(0)
	private rowScore = new Float64Array(0)
	private worker: Worker | null = null
	private residentTimer: ReturnType<typeof setTimeout> | null = null
	/** Bumped when the index is rebuilt: postings requested before are discarded. */
	private residentEpoch = 0
	/** When the worker was asked for postings (0: not loading). */
	private residentSince = 0
	/** How long the last load took. */
	private residentLoadMs = 0
	private residentWaiters: ((stats: ResidentStats) => void)[] = []
	private residentSource: ResidentStats['source'] = null
	/** What the worker has done, for benchmarks: time busy, full loads, deltas, compactions. */
	private residentWork = { busyMs: 0, loads: 0, deltas: 0, compactions: 0 }
	private closed = false
	/** A full load of the facet data under way (searches wait for it). */
	private loading: Promise<void> | null = null
	private scratch: MatchSet | null = null
	private rankKeys = new Float64Array(0)
	private statements

	/**
	 * `residentMinDocs`: words held by fewer rows are left to FTS5 (tests
	 * set 1 to hold a small index wholly in memory); `resident: false`
	 * never loads postings, so FTS5 answers everything; `snapshot: false`
	 * neither reads nor saves them next to the database; `legacyResident`
	 * holds them as plain arrays reloaded whole after changes, as before
	 * decision record 026 (benchmarks compare the two).
	 */
	constructor(
		private databasePath: string,
		private options: {
			residentMinDocs?: number
			resident?: boolean
			snapshot?: boolean
			legacyResident?: boolean
		} = {},
	) {
		this.reader = openSqlite(databasePath, { readonly: true, fileMustExist: true })
		this.statements = {
			version: this.reader.prepare('SELECT "version" FROM "SearchState" WHERE "id" = 1').pluck(),
			changesSince: this.reader
				.prepare('SELECT "id", "materialId" FROM "SearchChange" WHERE "id" > ? ORDER BY "id"')
				.raw(),
			knownWord: this.reader.prepare('SELECT 1 FROM "SearchVocab" WHERE term = ?').pluck(),
			oldestChange: this.reader.prepare('SELECT MIN("id") FROM "SearchChange"').pluck(),
			docsOf: this.reader
				.prepare('SELECT "docId", lang FROM "SearchDoc" WHERE "materialId" = ?')
				.raw(),
			materialRow: this.reader
				.prepare(
					`SELECT id, "countryCode", "resourceType", licence, "ageMin", "ageMax", "publishedAt" FROM "Material" WHERE id = ?`,
				)
				.raw(),
			audiencesOf: this.reader
				.prepare('SELECT audience FROM "MaterialAudience" WHERE "materialId" = ?')
				.pluck(),
			risksOf: this.reader
				.prepare('SELECT risk FROM "MaterialRisk" WHERE "materialId" = ?')
				.pluck(),
			adaptationsOf: this.reader.prepare(ADAPTING_COUNTRIES_SQL).pluck(),
			match: this.reader.prepare(scoredRowsSql('')).raw(),
			matchAfter: this.reader.prepare(scoredRowsSql('AND rowid > ?')).raw(),
			matchIdsWithin: this.reader
				.prepare(
					`SELECT json_group_array(rowid) FROM "SearchFts" WHERE "SearchFts" MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
				)
				.pluck(),
			matchIds: this.reader
				.prepare(`SELECT json_group_array(rowid) FROM "SearchFts" WHERE "SearchFts" MATCH ?`)
				.pluck(),
		}
	}

	close() {
		this.closed = true
		if (this.residentTimer) clearTimeout(this.residentTimer)
		void this.worker?.terminate()
		this.reader.close()
	}

	/** Forgets memoized match sets, so the next queries walk the index (benchmarks measure both). */
	dropMatchCache() {
		this.matchCache.clear()
	}

	/** Loads facet data now rather than on the first search; answers how many materials are searchable. */
	async warmUp() {
		await this.ready()
		return this.store.liveCount
	}

	/** Brings the in-memory data up to date, waiting for a full load when one is needed. */
	private async ready() {
		this.ensureFresh()
		while (this.loading) {
			await this.loading
			this.ensureFresh()
		}
	}

	/**
	 * Loads everything (at start, after a rebuild, or when too far behind
	 * the change log) a slice at a time, so the server keeps answering other
	 * requests meanwhile; searches wait for it.
	 */
	private startFullLoad() {
		// The vocabulary (typo correction) too: it also comes with the
		// postings, but searches must not go without it until they do.
		// As before decision record 026 (legacy): all at once.
		const sliceMs = this.options.legacyResident ? Infinity : undefined
		this.loading = Promise.all([
			loadFacets(this.databasePath, sliceMs),
			loadVocabulary(this.databasePath, sliceMs),
		])
			.then(([{ store, version, lastChange }, vocabulary]) => {
				if (this.closed) return
				this.store = store
				this.setVocabulary(vocabulary)
				this.lastChange = lastChange
				this.loadedVersion = version
				this.matchCache.clear()
				this.scratch = null
				this.scheduleResident(RESIDENT_DELAY_MS)
			})
			.finally(() => {
				this.loading = null
			})
		// Searches waiting for it see the failure; the next one tries again.
		this.loading.catch(() => {})
	}

	/**
	 * Brings the in-memory data up to date with the index. Writers record
	 * which materials each change touched (SearchChange), so only those are
	 * re-read; a rebuild, or falling further behind than the kept changes,
	 * reloads everything. The vocabulary (for typos and suggestions) comes
	 * with each load of the postings (or, without a worker, is re-read at
	 * most every VOCABULARY_REFRESH_MS): new words are searchable at once,
	 * they only join typo correction a little later.
	 *
	 * Postings held in memory stay in use after a change: rows removed
	 * since are unmapped from their material (row ids are never reused),
	 * and rows added since are found by FTS5 past the last row the postings
	 * hold, so answers are current while the worker reloads them.
	 */
	private ensureFresh() {
		// A full load catches up with what changed meanwhile once it is done.
		if (this.loading) return
		const version = Number(this.statements.version.get() ?? 0)
		if (version === this.loadedVersion) return
		// Nothing loaded yet: the change log (a row per material at first) is of no use.
		if (this.loadedVersion < 0) return this.startFullLoad()
		const changes = this.statements.changesSince.all(this.lastChange) as [number, string][]
		const oldest = this.statements.oldestChange.get() as number | null
		const gap = this.loadedVersion >= 0 && oldest !== null && oldest > this.lastChange + 1
		if (this.loadedVersion < 0 || gap || changes.some(([, id]) => id === '*')) {
			// Every row may have changed: postings loaded before, or being
			// loaded, are of no use.
			this.resident = null
			this.residentEpoch++
			this.startFullLoad()
			return
		} else {
			for (const id of new Set(changes.map(([, materialId]) => materialId)))
				this.refreshMaterial(id)
			if (changes.length) this.lastChange = changes[changes.length - 1]![0]
			// Without a worker to bring it with the postings, re-read it here.
			if (!this.worker && Date.now() - this.vocabularyLoadedAt > VOCABULARY_REFRESH_MS)
				this.loadVocabulary()
		}
		this.matchCache.clear()
		this.scratch = null
		this.loadedVersion = version
		this.scheduleResident(Math.max(RESIDENT_DELAY_MS, this.residentPause()))
	}

	/**
	 * A word in most rows costs FTS5 a walk of all of them with BM25 (about
	 * 600 rows a millisecond; 100 ms or more for a broad word at 100,000
	 * materials). A worker thread loads every word's rows and scores shortly
	 * after each change and the engine keeps them in memory, within a
	 * budget; until they arrive, or for rarer words, FTS5 answers directly.
	 */
	private scheduleResident(delayMs: number) {
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
		if (this.loading) {
			void this.loading.catch(() => {}).then(() => this.receiveResident(message))
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
		if (this.resident?.version !== this.loadedVersion)
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
		if (message.version > this.loadedVersion) this.ensureFresh()
		if (message.id === this.residentEpoch && message.version <= this.loadedVersion) {
			const words = new Map<string, FtsRows>()
			let postings = 0
			for (const { term, docIds, scores, length } of message.results) {
				words.set(term, { docIds, scores, length })
				postings += length
			}
			const docs = new Map<string, number>()
			message.terms.forEach((term, i) => docs.set(term, message.docs[i]!))
			const terms = [...message.terms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
			this.setVocabulary(message.terms.map((term, i) => [term, message.docs[i]!]))
			this.resident = {
				version: message.version,
				maxRow: message.maxRow,
				words,
				terms,
				docs,
				postings,
			}
			this.matchCache.clear()
		}
	}

	/**
	 * Compact postings (a new image, from the snapshot, FTS5 or a
	 * compaction), or the rows added since for the words held.
	 */
	private takeCompact(message: Extract<ResidentMessage, { kind: 'base' | 'delta' }>) {
		const state = message.kind === 'base' ? message.header.state : message.state
		if (state.version > this.loadedVersion) this.ensureFresh()
		if (message.id !== this.residentEpoch || state.version > this.loadedVersion) return
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
		if (message.kind === 'base' || message.vocabulary)
			this.setVocabulary(postings.terms.map((term) => [term, postings.docs.get(term)!]))
		this.resident = {
			version: state.version,
			maxRow: state.maxRow,
			words: postings,
			terms: postings.terms,
			docs: postings.docs,
			postings: postings.postings,
		}
		this.matchCache.clear()
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
		this.ensureFresh()
		if (this.resident && this.resident.version === this.loadedVersion)
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
	residentActivity() {
		const busy = this.residentSince ? performance.now() - this.residentSince : 0
		return {
			current: this.resident !== null && this.resident.version === this.loadedVersion,
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

	/** Re-reads one material's facet values and versions (or drops it when it left the index). */
	private refreshMaterial(materialId: string) {
		const docs = this.statements.docsOf.all(materialId) as [number, string][]
		this.unmapOldRows(materialId, docs)
		if (!docs.length) {
			this.store.remove(materialId)
			return
		}
		const row = this.statements.materialRow.get(materialId) as
			[string, string, string, string, number | null, number | null, string | null] | undefined
		if (!row) {
			this.store.remove(materialId)
			return
		}
		const [, countryCode, resourceType, licence, ageMin, ageMax, publishedAt] = row
		const n = this.store.upsert({
			materialId,
			countryCode,
			resourceType,
			licence,
			audiences: this.statements.audiencesOf.all(materialId) as string[],
			risks: this.statements.risksOf.all(materialId) as string[],
			ageBands: ageBandsOf(ageMin, ageMax),
			langs: docs.map(([, lang]) => lang),
			publishedAt: publishedAt ? Date.parse(publishedAt) : 0,
			adaptationCount: Number(this.statements.adaptationsOf.get(materialId, countryCode) ?? 0),
		})
		for (const [docId] of docs) this.store.mapDoc(docId, n)
	}

	/**
	 * Forgets the rows a material had and no longer has (a new version of
	 * its text gets new rows; row ids are never reused), so postings loaded
	 * before the change skip them.
	 */
	private unmapOldRows(materialId: string, docs: [number, string][]) {
		const n = this.store.materialNumber(materialId)
		if (n === undefined) return
		this.store.unmapOldDocs(n, new Set(docs.map(([docId]) => docId)))
	}

	/** Reads the vocabulary on this thread (the worker sends it with each load of the postings). */
	private loadVocabulary() {
		this.setVocabulary(
			this.reader.prepare('SELECT term, doc FROM "SearchVocab"').raw().iterate() as Iterable<
				[string, number]
			>,
		)
	}

	/** The words typos are corrected against, grouped by length and first character. */
	private setVocabulary(entries: Iterable<[string, number]>) {
		const vocabByLength = new Map<string, VocabEntry[]>()
		const vocabulary = new Set<string>()
		for (const [term, docsCount] of entries) {
			vocabulary.add(term)
			const chars = [...term]
			const key = `${chars.length}:${chars[0]}`
			let bucket = vocabByLength.get(key)
			if (!bucket) vocabByLength.set(key, (bucket = []))
			bucket.push({ term, docs: docsCount })
		}
		const vocabByFirst = new Map<string, VocabEntry[]>()
		for (const [key, bucket] of vocabByLength) {
			bucket.sort((a, b) => b.docs - a.docs)
			const first = key.slice(key.indexOf(':') + 1)
			const list = vocabByFirst.get(first)
			if (list) list.push(...bucket)
			else vocabByFirst.set(first, [...bucket])
		}
		for (const list of vocabByFirst.values()) list.sort((a, b) => b.docs - a.docs)
		this.vocabByLength = vocabByLength
		this.vocabByFirst = vocabByFirst
		this.vocabulary = vocabulary
		this.vocabularyLoadedAt = Date.now()
	}

	/** Whether the index holds a word (the in-memory vocabulary may lag behind recent writes). */
	private isKnownWord(word: string) {
		return this.vocabulary.has(word) || this.statements.knownWord.get(word) !== undefined
	}

	/**
	 * Indexed words within the typo budget of `word`: closest first, then
	 * most frequent. As in Meilisearch, a typo on the first letter costs two,
	 * so candidates share the first letter (which also keeps the scan to a
	 * small part of the vocabulary).
	 */
	private typoCandidates(word: string, budget: number) {
		if (budget === 0) return []
		const chars = [...word]
		const length = chars.length
		const found: { term: string; docs: number; distance: number }[] = []
		for (let l = length - budget; l <= length + budget; l++) {
			for (const entry of this.vocabByLength.get(`${l}:${chars[0]}`) ?? []) {
				if (entry.term === word) continue
				const distance = editDistanceWithin(word, entry.term, budget)
				if (distance !== null) found.push({ ...entry, distance })
			}
		}
		return found
			.sort((a, b) => a.distance - b.distance || b.docs - a.docs)
			.slice(0, MAX_TYPO_ALTERNATIVES)
			.map((e) => e.term)
	}

	/**
	 * The most frequent indexed words starting with a short prefix (one
	 * Chinese, Japanese or Korean character, or two letters): as a prefix
	 * it would match a large part of the vocabulary, so, as Meilisearch
	 * does, it stands for its commonest completions.
	 */
	private completions(prefix: string) {
		const found: string[] = []
		for (const entry of this.vocabByFirst.get([...prefix][0]!) ?? []) {
			if (entry.term.startsWith(prefix)) found.push(entry.term)
			if (found.length === SHORT_PREFIX_COMPLETIONS) break
		}
		return found
	}

	/**
	 * Query words as groups of alternatives, each a word with its stems and
	 * typo variants, and, for ranking, which of them are exact, near (prefix,
	 * stem) or typos.
	 */
	private buildMatch(
		terms: QueryTerm[],
		{ typos, topicWords = new Set() }: { typos: boolean; topicWords?: ReadonlySet<string> },
	) {
		const groups: Group[] = []
		const matchTokens = new Set<string>()
		const prefixTokens = new Set<string>()
		const phrases = new Map<number, string[]>()
		for (const term of terms) {
			if (term.phrase !== undefined) {
				const list = phrases.get(term.phrase) ?? []
				list.push(term.text)
				phrases.set(term.phrase, list)
				matchTokens.add(term.text)
				continue
			}
			const plan: WordPlan = {
				exact: [term.text],
				phrase: false,
				prefix: term.prefix,
				nearPrefixes: [],
				nearWords: [],
				synonyms: [],
				typoWords: [],
				typoPrefixes: [],
			}
			const exact = new Set<string>([term.text])
			const prefixes = new Set<string>()
			const stemsOf = (text: string) =>
				STEM_LANGUAGES.map((lang) => stem(text, lang)).filter(
					(s) => s !== text && [...s].length >= MIN_STEM_PREFIX,
				)
			// The word itself (a prefix when it is being typed; a shorter one
			// stands for its commonest completions) and its stems as prefixes.
			// Two Chinese, Japanese or Korean characters say as much as three letters.
			const length = [...term.text].length * (SPACELESS.test(term.text) ? 2 : 1)
			if (term.prefix && length >= MIN_PREFIX) plan.nearPrefixes.push(term.text)
			else if (term.prefix && length >= 2) plan.nearWords.push(...this.completions(term.text))
			// A word naming a topic is a word of the dictionary, not a typo,
			// and its stems name other things: "sexting" is not "sext" *,
			// which finds sextortion.
			const topic = topicWords.has(term.text)
			if (!topic) plan.nearPrefixes.push(...stemsOf(term.text))
			// A word the index does not hold also matches the indexed words
			// within its typo budget, each with its own forms.
			if (typos && !topic && !this.isKnownWord(term.text))
				for (const candidate of this.typoCandidates(term.text, maxTyposFor(term.text))) {
					plan.typoWords.push(candidate)
					plan.typoPrefixes.push(...stemsOf(candidate))
				}
			for (const word of [...plan.nearWords, ...plan.typoWords]) exact.add(word)
			for (const p of [...plan.nearPrefixes, ...plan.typoPrefixes]) prefixes.add(p)
			// A prefix already covers every longer word it starts: "onlin" *
			// makes "online" * redundant, and FTS5 would walk the same postings twice.
			const kept = [...prefixes].filter(
				(p) => ![...prefixes].some((q) => q !== p && p.startsWith(q)),
			)
			const words = [...exact].filter((word) => !kept.some((p) => word.startsWith(p)))
			for (const word of words) matchTokens.add(word)
			for (const p of kept) prefixTokens.add(p)
			const alternatives = [...words.map(quoteFts), ...kept.map((p) => `${quoteFts(p)} *`)]
			groups.push({
				expression: alternatives.length > 1 ? `(${alternatives.join(' OR ')})` : alternatives[0]!,
				words,
				prefixes: kept,
				phrase: false,
				plan,
			})
		}
		for (const words of phrases.values())
			groups.push({
				expression: quoteFts(words.join(' ')),
				words,
				prefixes: [],
				phrase: true,
				plan: {
					exact: words,
					phrase: true,
					prefix: false,
					nearPrefixes: [],
					nearWords: [],
					synonyms: [],
					typoWords: [],
					typoPrefixes: [],
				},
			})
		return { groups, matchTokens, prefixTokens }
	}

	private remember(key: string, rows: FtsRows) {
		this.matchCache.set(key, rows)
		if (this.matchCache.size > MATCH_CACHE_ENTRIES)
			this.matchCache.delete(this.matchCache.keys().next().value!)
	}

	private cached(key: string) {
		const rows = this.matchCache.get(key)
		if (rows) {
			this.matchCache.delete(key)
			this.matchCache.set(key, rows)
		}
		return rows
	}

	/**
	 * FTS5 rows for a MATCH expression with their BM25 scores, memoized:
	 * refining a search (a filter, the next page, a facet) reuses its match
	 * set instead of walking the index again. Emptied whenever the index changes.
	 */
	private runMatch(expression: string, afterRow?: number): FtsRows {
		if (!expression) return EMPTY_ROWS
		const key = afterRow === undefined ? expression : `${expression} after ${afterRow}`
		const cached = this.cached(key)
		if (cached) return cached
		const [ids, scores] = (
			afterRow === undefined
				? this.statements.match.get(expression)
				: this.statements.matchAfter.get(expression, afterRow)
		) as [string, string]
		const docIds = Int32Array.from(JSON.parse(ids) as number[])
		const rows = {
			docIds,
			scores: Float64Array.from(JSON.parse(scores) as number[]),
			length: docIds.length,
		}
		this.remember(key, rows)
		return rows
	}

	/**
	 * The rows matching an expression without scoring them: FTS5 then never
	 * reads row sizes, and walks ten times as fast.
	 */
	private matchIds(expression: string): Int32Array {
		const key = `ids ${expression}`
		const cached = this.cached(key)
		if (cached) return cached.docIds
		const docIds = Int32Array.from(JSON.parse(this.statements.matchIds.get(expression) as string))
		this.remember(key, { docIds, scores: new Float64Array(0), length: docIds.length })
		return docIds
	}

	/** Scratch arrays indexed by row, able to hold row `maxDoc`, marks cleared. */
	private rowScratch(maxDoc: number) {
		if (this.rowMark.length <= maxDoc) {
			const size = Math.max(maxDoc + 1, this.store.docMaterial.length, this.rowMark.length * 2)
			this.rowMark = new Uint32Array(size)
			this.rowScore = new Float64Array(size)
		}
		return { mark: this.rowMark, score: this.rowScore }
	}

	/** Rows in any of the lists (each ascending), their scores added as FTS5 adds an OR's. */
	private union(lists: FtsRows[]): FtsRows {
		// A few lists merge in one sequential pass each; many are marked in
		// a per-row array and read back in order.
		if (lists.length <= 6) {
			const sorted = [...lists].sort((a, b) => a.length - b.length)
			let merged = sorted[0]!
			for (let i = 1; i < sorted.length; i++) merged = mergeRows(merged, sorted[i]!)
			return merged
		}
		let maxDoc = -1
		let total = 0
		for (const l of lists) {
			if (l.length) maxDoc = Math.max(maxDoc, l.docIds[l.length - 1]!)
			total += l.length
		}
		const { mark, score } = this.rowScratch(maxDoc)
		let minDoc = maxDoc + 1
		for (const { docIds, scores, length } of lists) {
			if (length && docIds[0]! < minDoc) minDoc = docIds[0]!
			for (let i = 0; i < length; i++) {
				const d = docIds[i]!
				if (mark[d] === 0) {
					mark[d] = 1
					score[d] = scores[i]!
				} else score[d]! += scores[i]!
			}
		}
		// Read back in row order, so the union is ascending like its parts.
		const docIds = new Int32Array(Math.min(total, maxDoc + 1))
		const scores = new Float32Array(docIds.length)
		let length = 0
		for (let d = minDoc; d <= maxDoc; d++) {
			if (mark[d] === 0) continue
			mark[d] = 0
			docIds[length] = d
			scores[length] = score[d]!
			length++
		}
		return { docIds, scores, length }
	}

	/** Rows in every list, scores added (BM25 is a sum over the query's phrases). */
	private intersect(lists: FtsRows[]): FtsRows {
		const parts = [...lists].sort((a, b) => a.length - b.length)
		const smallest = parts[0]!
		if (smallest.length === 0) return EMPTY_ROWS
		const { mark, score } = this.rowScratch(smallest.docIds[smallest.length - 1]!)
		const maxDoc = smallest.docIds[smallest.length - 1]!
		for (let i = 0; i < smallest.length; i++) {
			mark[smallest.docIds[i]!] = 1
			score[smallest.docIds[i]!] = smallest.scores[i]!
		}
		for (let p = 1; p < parts.length; p++) {
			const { docIds, scores, length } = parts[p]!
			for (let i = 0; i < length; i++) {
				const d = docIds[i]!
				if (d > maxDoc) break
				if (mark[d] === p) {
					mark[d] = p + 1
					score[d]! += scores[i]!
				}
			}
		}
		const docIds = new Int32Array(smallest.length)
		const scores = new Float32Array(smallest.length)
		let length = 0
		for (let i = 0; i < smallest.length; i++) {
			const d = smallest.docIds[i]!
			if (mark[d] === parts.length) {
				docIds[length] = d
				scores[length] = score[d]!
				length++
			}
			mark[d] = 0
		}
		return { docIds, scores, length }
	}

	/** Indexed words starting with `prefix` (from the vocabulary held with the postings). */
	private wordsStartingWith(resident: Resident, prefix: string) {
		const terms = resident.terms
		let lo = 0
		let hi = terms.length
		while (lo < hi) {
			const mid = (lo + hi) >>> 1
			if (terms[mid]! < prefix) lo = mid + 1
			else hi = mid
		}
		const words: string[] = []
		for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) words.push(terms[i]!)
		return words
	}

	/** One group's rows from the postings in memory, FTS5 answering for rare words. */
	private groupRows(group: Group, resident: Resident): FtsRows {
		const cached = this.cached(group.expression)
		if (cached) return cached
		const lists = this.groupLists(group, resident)
		const rows =
			lists.length === 0 ? EMPTY_ROWS : lists.length === 1 ? lists[0]! : this.union(lists)
		this.remember(group.expression, rows)
		return rows
	}

	/** The row lists whose union is a group: its words' postings, and FTS5's rows for rare words. */
	private groupLists(group: Group, resident: Resident): FtsRows[] {
		const words = new Set(group.words.filter((w) => resident.docs.has(w)))
		for (const p of group.prefixes)
			for (const w of this.wordsStartingWith(resident, p)) words.add(w)
		const lists: FtsRows[] = []
		const rare: string[] = []
		for (const word of words) {
			const rows = resident.words.get(word)
			if (rows) lists.push(rows)
			else rare.push(word)
		}
		if (rare.length > MAX_RARE_EXPANSIONS) return [this.runMatch(group.expression)]
		if (rare.length) lists.push(this.runMatch(rare.map(quoteFts).join(' OR ')))
		return lists.filter((l) => l.length > 0)
	}

	/**
	 * Whether any row matches every group, without building the match set:
	 * the groups' lists are walked together, each jumping (by binary search)
	 * to the highest row another has reached, and the walk stops at the
	 * first row they share. "Did you mean" asks this of each candidate.
	 */
	private hasMatch(groups: Group[]): boolean {
		const resident = this.resident?.version === this.loadedVersion ? this.resident : null
		if (!resident || groups.some((g) => g.phrase && g.words.length > 1))
			return this.evaluate(groups).length > 0
		const lists = groups.map((g) => this.groupLists(g, resident))
		if (lists.some((l) => l.length === 0)) return false
		const cursors = lists.map((l) => new Int32Array(l.length))
		let target = 0
		let agreed = 0
		for (let g = 0; agreed < lists.length; g = (g + 1) % lists.length) {
			// The group's first row at or after the target.
			let best = Infinity
			const cursor = cursors[g]!
			lists[g]!.forEach(({ docIds, length }, k) => {
				let i = cursor[k]!
				if (i < length && docIds[i]! < target) {
					let hi = length
					while (i < hi) {
						const mid = (i + hi) >>> 1
						if (docIds[mid]! < target) i = mid + 1
						else hi = mid
					}
					cursor[k] = i
				}
				if (i < length && docIds[i]! < best) best = docIds[i]!
			})
			if (best === Infinity) return false
			if (best === target) agreed++
			else {
				target = best
				agreed = 1
			}
		}
		return true
	}

	/**
	 * The rows matching every group, scored as FTS5 would score the whole
	 * expression: BM25 is a sum over the query's phrases, so the groups'
	 * scores add up. With the index in memory each group is assembled from
	 * its words' postings; until then FTS5 evaluates the whole expression.
	 *
	 * A phrase's rows are first narrowed to those holding all its words (in
	 * memory, and often none remain with the query's other words); only then
	 * does FTS5 check adjacency, unscored, which walks ten times faster than
	 * scoring. Each row scores the sum of the phrase's words' BM25.
	 */
	private evaluate(groups: Group[]): FtsRows {
		if (groups.length === 0) return EMPTY_ROWS
		const resident = this.resident
		const key = groups.map((g) => g.expression).join(' AND ')
		if (!resident) return this.runMatch(key)
		if (resident.version === this.loadedVersion) return this.evaluateResident(groups, key, resident)
		// Postings from before the latest changes, and the rows added since
		// (rows since removed are no longer mapped to a material).
		const since = `${key} > ${resident.maxRow}`
		const cached = this.cached(since)
		if (cached) return cached
		const before = this.evaluateResident(groups, key, resident)
		const after = this.runMatch(key, resident.maxRow)
		const rows = after.length === 0 ? before : concatRows(before, after)
		this.remember(since, rows)
		return rows
	}

	private evaluateResident(groups: Group[], key: string, resident: Resident): FtsRows {
		if (groups.length === 1 && !groups[0]!.phrase) return this.groupRows(groups[0]!, resident)
		const cached = this.cached(key)
		if (cached) return cached
		const phrases = groups.filter((g) => g.phrase && g.words.length > 1)
		const parts: FtsRows[] = []
		for (const group of groups) {
			const alone = group.phrase
				? group.words.map((w) => ({ ...group, expression: quoteFts(w), words: [w] }))
				: [group]
			for (const g of alone) {
				const rows = this.groupRows(g, resident)
				if (rows.length === 0) return EMPTY_ROWS
				parts.push(rows)
			}
		}
		let rows = parts.length === 1 ? parts[0]! : this.intersect(parts)
		for (const phrase of phrases) {
			if (rows.length === 0) break
			rows = this.keepRows(rows, this.adjacentRows(phrase, rows, resident))
		}
		this.remember(key, rows)
		return rows
	}

	/**
	 * Rows among `candidates` where the phrase's words are adjacent. FTS5
	 * walks the phrase's words unscored (about 20,000 rows a millisecond),
	 * or, for a handful of candidates, checks each (about 15 a millisecond).
	 */
	private adjacentRows(phrase: Group, candidates: FtsRows, resident: Resident): Int32Array {
		const walk = phrase.words.reduce((sum, w) => sum + (resident.docs.get(w) ?? 0), 0)
		if (candidates.length * 1_500 < walk) {
			return Int32Array.from(
				JSON.parse(
					this.statements.matchIdsWithin.get(
						phrase.expression,
						JSON.stringify(Array.from(candidates.docIds.subarray(0, candidates.length))),
					) as string,
				) as number[],
			)
		}
		return this.matchIds(phrase.expression)
	}

	/** The rows of `rows` whose ids are in `keep` (ascending). */
	private keepRows(rows: FtsRows, keep: Int32Array): FtsRows {
		if (keep.length === 0) return EMPTY_ROWS
		const { mark } = this.rowScratch(
			Math.max(keep[keep.length - 1]!, rows.docIds[rows.length - 1]!),
		)
		for (let i = 0; i < keep.length; i++) mark[keep[i]!] = 1
		const docIds = new Int32Array(Math.min(rows.length, keep.length))
		const scores = new Float32Array(docIds.length)
		let length = 0
		for (let i = 0; i < rows.length; i++) {
			const d = rows.docIds[i]!
			if (mark[d] === 1) {
				docIds[length] = d
				scores[length] = rows.scores[i]!
				length++
			}
		}
		for (let i = 0; i < keep.length; i++) mark[keep[i]!] = 0
		return { docIds, scores, length }
	}

	async search(query: SearchQuery): Promise<SearchResult> {
		const started = performance.now()
		await this.ready()
		const { terms, normalized } = parseQuery(query.q)
		const concepts = terms.length ? findConcepts(terms.map((t) => t.text)) : []
		// And the topics named by a word being typed or corrected.
		const topics = [...concepts]

		let candidates: MatchSet | null = null
		let matchTokens = new Set<string>()
		let prefixTokens = new Set<string>()
		let didYouMean: string | null = null
		let plans: WordPlan[] = []

		if (terms.length) {
			candidates = this.matchSet()
			const topicWords = new Set(concepts.flatMap((c) => c.tokens))
			const built = this.buildMatch(terms, { typos: true, topicWords })
			matchTokens = built.matchTokens
			prefixTokens = built.prefixTokens
			plans = built.groups.map((g) => g.plan)
			this.collect(this.evaluate(built.groups), candidates)
			// A word being typed, or corrected, may name a topic too.
			for (const { plan } of built.groups) {
				if (plan.phrase || topicWords.has(plan.exact[0]!)) continue
				const word = plan.exact[0]!
				const named =
					(plan.prefix ? findConceptByPrefix(word) : null) ??
					plan.typoWords.map((w) => findConcepts([w])[0]).find(Boolean)
				if (named && !topics.some((c) => c.key === named.key && c.vocabulary === named.vocabulary))
					topics.push({ ...named, tokens: [word] })
			}
			// A topic's terms in any language count in the text as the word that named it.
			for (const concept of topics) {
				const synonyms = topicSynonyms(concept.vocabulary, concept.key)
				for (const plan of plans) {
					if (plan.phrase || !concept.tokens.includes(plan.exact[0]!)) continue
					plan.synonyms.push(...synonyms)
				}
			}

			// A topic named in any language also matches what is tagged with it,
			// together with the query's other words.
			for (const concept of topics) {
				const conceptTokens = new Set(concept.tokens)
				const rest = terms.filter((t) => !conceptTokens.has(t.text))
				// Materials matching the query's other words, if any.
				let allowed: Uint8Array | null = null
				if (rest.length) {
					allowed = new Uint8Array(this.store.size)
					const { docIds, length } = this.evaluate(this.buildMatch(rest, { typos: true }).groups)
					const docMaterial = this.store.docMaterial
					for (let i = 0; i < length; i++) {
						const n = docIds[i]! < docMaterial.length ? docMaterial[docIds[i]!]! : -1
						if (n >= 0) allowed[n] = 1
					}
				}
				const number = candidates.conceptNumber({
					vocabulary: concept.vocabulary,
					key: concept.key,
					term: concept.term,
				})
				const { field, bit } = this.store.tagBits(concept.vocabulary, concept.key)
				const { live } = this.store
				for (let n = 0, size = this.store.size; n < size; n++) {
					if (!live[n] || (field[n]! & bit) === 0 || (allowed && !allowed[n])) continue
					if (!candidates.has(n)) candidates.addConcept(n, number)
				}
			}

			if (candidates.size === 0) didYouMean = this.suggest(terms)
		}

		const { passing, passed, facets } = this.store.filterAndCount(
			candidates ? candidates.members : null,
			candidates ? candidates.size : 0,
			query.filters,
			candidates?.membership(),
		)
		const start = (query.page - 1) * query.pageSize
		const limit = start + query.pageSize
		let ordered = this.rank(
			passing,
			passed,
			candidates,
			plans.length ? Math.max(limit, RESCORE_WINDOW) : limit,
		)
		let chosen: Map<number, number> | undefined
		if (plans.length && ordered.length) {
			const head = ordered.slice(0, RESCORE_WINDOW)
			const starts = this.versionRows(head, RESCORE_TEXT_CHARS)
			const rescored = this.rescore(head, starts, candidates, plans, normalized, query.uiLang)
			ordered = [...rescored.order, ...ordered.slice(RESCORE_WINDOW)]
			chosen = rescored.versions
		}
		const hits = this.hydrate(
			ordered.slice(start, limit),
			candidates,
			query.uiLang,
			matchTokens,
			prefixTokens,
			topics,
			// The page's own texts are read whole, for its snippets.
			undefined,
			chosen,
		)
		return {
			hits,
			total: passed,
			page: query.page,
			pageSize: query.pageSize,
			facets,
			didYouMean,
			concepts: concepts.map(({ vocabulary, key, term }) => ({ vocabulary, key, term })),
			tookMs: Math.round((performance.now() - started) * 100) / 100,
		}
	}

	/** The engine's reusable match set, emptied for a new query. */
	private matchSet() {
		if (!this.scratch || this.scratch.capacity < this.store.size)
			this.scratch = new MatchSet(this.store.size)
		else this.scratch.clear()
		return this.scratch
	}

	/** Keeps, per material, its best-scoring language version. */
	private collect(rows: FtsRows, into: MatchSet) {
		const docMaterial = this.store.docMaterial
		const mapped = docMaterial.length
		const { docIds, scores, length } = rows
		for (let i = 0; i < length; i++) {
			const docId = docIds[i]!
			const n = docId < mapped ? docMaterial[docId]! : -1
			if (n >= 0) into.add(n, scores[i]!, docId)
		}
	}

	/**
	 * The first `limit` material numbers in result order: relevance lifted by
	 * adoption and recency, or newest first without words. Only the page
	 * asked for is sorted; the rest of the match set is never ordered.
	 */
	private rank(passing: Int32Array, length: number, candidates: MatchSet | null, limit: number) {
		const published = this.store.publishedAt
		if (this.rankKeys.length < length) this.rankKeys = new Float64Array(this.store.size)
		const keys = this.rankKeys
		if (!candidates) for (let i = 0; i < length; i++) keys[i] = published[passing[i]!]!
		else {
			const boost = this.store.rankBoost(Date.now())
			for (let i = 0; i < length; i++) {
				const n = passing[i]!
				keys[i] = candidates.scoreOf(n) * boost[n]!
			}
		}
		return topK(passing, keys, length, (a, b) => published[b]! - published[a]! || b - a, limit)
	}

	/** The indexed language versions of materials, with their text, by material id. */
	private versionRows(numbers: number[], textChars?: number) {
		const ids = numbers.map((n) => this.store.ids[n]!)
		const placeholders = ids.map(() => '?').join(',')
		// The ranking rules read the start of a text; snippets need all of it.
		const text = textChars
			? `substr(v."extractedText", 1, ${Math.floor(textChars)})`
			: 'v."extractedText"'
		const versions = this.reader
			.prepare(
				`SELECT d."docId", v.id, v."materialId", v.lang, v.title, v.description, ${text}
				 FROM "SearchDoc" d JOIN "MaterialVersion" v ON v.id = d."versionId" WHERE d."materialId" IN (${placeholders})`,
			)
			.raw()
			.all(...ids) as VersionRow[]
		const byMaterial = new Map<string, VersionRow[]>()
		for (const row of versions) {
			const list = byMaterial.get(row[2]) ?? []
			list.push(row)
			byMaterial.set(row[2], list)
		}
		return byMaterial
	}

	/**
	 * The first stage's head in the order of the ranking rules
	 * (app/search/ranking.ts), and the version of each that ranked best (the
	 * one shown). Each version is judged on its own text; a word found in
	 * none of it matched through the material's topics (or past the text
	 * read), and counts as a topic match.
	 */
	private rescore(
		head: number[],
		texts: Map<string, VersionRow[]>,
		candidates: MatchSet | null,
		plans: WordPlan[],
		normalized: string,
		uiLang: string,
	) {
		const topical = plans.map(() => true)
		const versions = new Map<number, number>()
		const ranked = head.map((n, position) => {
			const list = texts.get(this.store.ids[n]!) ?? []
			const matchedDoc = candidates?.has(n) ? candidates.docOf(n) : -1
			let best: { key: RankKey; docId: number; lang: string } | null = null
			for (const [docId, , , lang, title, description, body] of list) {
				const key = rankKey(
					plans,
					tokenizeVersion(title, description, body, RESCORE_TEXT_CHARS),
					topical,
					normalized,
				)
				const order = best
					? compareKeys(key, best.key) ||
						Number(best.lang === uiLang) - Number(lang === uiLang) ||
						Number(best.docId === matchedDoc) - Number(docId === matchedDoc)
					: -1
				if (order < 0) best = { key, docId, lang }
			}
			if (best) versions.set(n, best.docId)
			return {
				n,
				position,
				key: best?.key ?? [Infinity],
				inUiLang: list.some((row) => row[3] === uiLang),
				adaptations: this.store.adaptations[n]!,
				publishedAt: this.store.publishedAt[n]!,
			}
		})
		ranked.sort((a, b) => compareCandidates(a, b) || a.position - b.position)
		return { order: ranked.map((r) => r.n), versions }
	}

	private hydrate(
		numbers: number[],
		candidates: MatchSet | null,
		uiLang: string,
		matchTokens: Set<string>,
		prefixTokens: Set<string>,
		concepts: ReturnType<typeof findConcepts>,
		texts?: Map<string, VersionRow[]>,
		chosen?: Map<number, number>,
	): SearchHit[] {
		if (!numbers.length) return []
		const missing = texts ? numbers.filter((n) => !texts.has(this.store.ids[n]!)) : numbers
		const byMaterial = missing.length
			? new Map([...(texts ?? []), ...this.versionRows(missing)])
			: texts!
		const searched = matchTokens.size > 0 || prefixTokens.size > 0
		const tokens = [...matchTokens, ...prefixTokens]
		// One memo of matching words for the whole page of hits.
		const memo = new Map<string, boolean>()
		// Facts in memory are read before the page's text: a material that
		// another process withdrew in between has no rows left, and is left out.
		const present = numbers.filter((n) => byMaterial.has(this.store.ids[n]!))
		return present.map((n) => {
			const materialId = this.store.ids[n]!
			const match = candidates?.has(n)
				? {
						docId: candidates.docOf(n),
						concept: candidates.conceptOf(n),
						score: candidates.scoreOf(n),
					}
				: undefined
			const list = byMaterial.get(materialId)!
			const shown = chosen?.get(n) ?? match?.docId ?? -1
			const version =
				(shown >= 0 ? list.find((r) => r[0] === shown) : undefined) ??
				list.find((r) => r[3] === uiLang) ??
				list[0]!
			const [, versionId, , lang, title, description, body] = version
			if (!searched) {
				// A listing without words: nothing to highlight or explain.
				return {
					materialId,
					versionId,
					lang,
					title,
					highlightedTitle: escapeHtml(title),
					snippet: escapeHtml(truncate(description || body, SNIPPET_LENGTH)),
					matchedBy: { kind: 'text' as const },
					score: 0,
				}
			}
			const options = { prefixTokens, maxLength: SNIPPET_LENGTH, memo }
			let snippet: string | undefined
			for (const text of [description, body]) {
				if (text && mayContain(text, tokens)) {
					const marked = snippetAround(text, tokens, matchTokens, options)
					if (marked.includes('<mark>')) {
						snippet = marked
						break
					}
				}
			}
			const highlightedTitle = highlight(title, matchTokens, { prefixTokens, memo })
			// No word of the query in the text: it matched through its topic
			// (the tags column, or a topic named in another language).
			const textMatched = snippet !== undefined || highlightedTitle.includes('<mark>')
			const concept =
				match?.concept ??
				(textMatched ? undefined : concepts.find((c) => this.store.hasTag(n, c.vocabulary, c.key)))
			return {
				materialId,
				versionId,
				lang,
				title,
				highlightedTitle,
				snippet: snippet ?? escapeHtml(truncate(description || body, SNIPPET_LENGTH)),
				matchedBy: concept
					? {
							kind: 'concept',
							vocabulary: concept.vocabulary,
							key: concept.key,
							term: concept.term,
						}
					: { kind: 'text' },
				score: match?.score ?? 0,
			}
		})
	}

	/**
	 * When nothing matched: the closest query the index can answer, or null.
	 * Each unknown word is replaced by its most frequent neighbour (one edit
	 * more than typo tolerance allows); if that still finds nothing, words
	 * the index has never seen and cannot correct are dropped.
	 */
	private suggest(terms: QueryTerm[]) {
		let changed = false
		const unknown = new Set<number>()
		const corrected = terms.map((term, i) => {
			// Nothing matched, so even the word being typed (a prefix) is worth correcting.
			if (this.isKnownWord(term.text)) return term
			const budget = Math.max(1, Math.min(2, maxTyposFor(term.text) + 1))
			const candidate = this.typoCandidates(term.text, [...term.text].length >= 3 ? budget : 0)[0]
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
			this.hasMatch(
				this.buildMatch(
					list.map(({ text, prefix }) => ({ text, prefix })),
					{ typos: false },
				).groups,
			)
		if (changed && answers(corrected)) return corrected.map((t) => t.text).join(' ')
		const kept = corrected.filter((_, i) => !unknown.has(i))
		if (unknown.size && kept.length && answers(kept)) return kept.map((t) => t.text).join(' ')
		return null
	}

	// Writes on a separate connection: used for reindexing and by the contract
	// tests. The app writes through its models, inside their transactions.
	/** Runs `write` in one immediate transaction on its own connection, rolled back if it throws. */
	private async inWriteTransaction<T>(
		write: (run: RunSql, sqlite: Database.Database) => Promise<T>,
	) {
		const sqlite = openSqlite(this.databasePath)
		try {
			sqlite.exec('BEGIN IMMEDIATE')
			const result = await write(sqliteRun(sqlite), sqlite)
			sqlite.exec('COMMIT')
			return result
		} catch (error) {
			if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
			throw error
		} finally {
			sqlite.close()
		}
	}

	async index(doc: SearchDocument) {
		await this.inWriteTransaction(async (run) => {
			await writeDocumentSql(run, doc)
			await bumpSearchStateSql(run, [doc.materialId])
		})
	}

	async remove(materialId: string) {
		await this.inWriteTransaction(async (run) => {
			await removeDocumentSql(run, materialId)
			await bumpSearchStateSql(run, [materialId])
		})
	}

	async reindex(docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>) {
		return this.inWriteTransaction(async (run, sqlite) => {
			let indexed = 0
			sqlite.exec(
				`INSERT INTO "SearchFts" ("SearchFts") VALUES ('delete-all'); DELETE FROM "SearchDoc";`,
			)
			for await (const doc of docs) {
				await writeDocumentSql(run, doc)
				indexed++
			}
			await bumpSearchStateSql(run, '*')
			return { indexed }
		})
	}
}

/** Where the resident postings are saved: next to the database, rebuilt when they no longer describe it. */
export const postingsSnapshotPath = (databasePath: string) => `${databasePath}.postings`

/**
 * Rows matching an FTS5 expression (and `where`) with their BM25 scores, as
 * two JSON arrays built in SQLite: about twice as fast for a broad word as
 * a row at a time through JavaScript.
 */
const scoredRowsSql = (where: string) =>
	`SELECT json_group_array(id), json_group_array(score) FROM (
		SELECT rowid AS id, -bm25("SearchFts", ${FIELD_WEIGHTS.join(', ')}) AS score
		FROM "SearchFts" WHERE "SearchFts" MATCH ? ${where} LIMIT -1)`
