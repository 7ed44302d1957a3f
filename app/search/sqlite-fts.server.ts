import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { findConcepts } from '#app/domain/concepts.ts'
import { ageBandsOf } from '#app/domain/vocabularies.ts'
import {
	type SearchDocument,
	type SearchEngine,
	type SearchHit,
	type SearchQuery,
	type SearchResult,
} from './engine.ts'
import { FacetStore } from './facet-store.ts'
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
	normalizeText,
	parseQuery,
	quoteFts,
	stem,
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
 * - Ranking: BM25 with field weights (title > tags > description > text),
 *   then how many countries adapted the material, then recency.
 * - Facets are counted over the whole match set, disjunctively.
 */

/** BM25 weights of the FTS columns: title, tags, description, body. */
const FIELD_WEIGHTS = [10, 4, 3, 1] as const
/** Typo candidates kept per word, most frequent first. */
const MAX_TYPO_ALTERNATIVES = 6
/** Stems shorter than this are not used as prefixes: too many words share them. */
const MIN_STEM_PREFIX = 4
/** The word being typed is completed as a prefix from this many characters. */
const MIN_PREFIX = 3
/** The typo vocabulary is re-read at most this often while the index changes. */
const VOCABULARY_REFRESH_MS = 10 * 60_000
const STEM_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'ru', 'pl']
const SNIPPET_LENGTH = 180
/** Snippets come from the first this-many characters of a text. */
const SCAN_LIMIT = 20_000
/** Characters around the first match that a snippet is cut from. */
const WINDOW = 300

interface VocabEntry {
	term: string
	docs: number
}

type Concept = { vocabulary: 'risk' | 'audience' | 'type'; key: string; term: string }

interface FtsRows {
	docIds: Int32Array
	scores: Float64Array
	length: number
}

/** One query word's alternatives as a MATCH expression, or a union of such groups (a word and its typo neighbours). */
type Group = string | { union: string[] }

interface ResidentStats {
	groups: number
	postings: number
}

interface ResidentMessage {
	id: number
	version: number
	error?: string
	results: (FtsRows & { expression: string })[]
}

/** A word is kept in memory when at least this many documents (and this share of them) hold it. */
const RESIDENT_MIN_DOCS = 2_000
const RESIDENT_MIN_SHARE = 0.02
/**
 * Articles and particles ("the", "de", "und", "и") fill the top of any
 * vocabulary and are rarely what decides a query; FTS5 intersects them
 * cheaply beside a rarer word. (Chinese and Japanese words are short too,
 * and are kept.)
 */
const SHORT_SPACED_WORD = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]{1,3}$/u
/** Memory budget of resident postings: 12 bytes each, so about 190 MB. */
const RESIDENT_MAX_POSTINGS = 16_000_000
/** Pause after a change before recomputing them, so bursts of writes cost one computation. */
const RESIDENT_DELAY_MS = 1_000

const EMPTY_ROWS: FtsRows = { docIds: new Int32Array(0), scores: new Float64Array(0), length: 0 }
/** Match sets kept for reuse (each 12 bytes per matching version). */
const MATCH_CACHE_ENTRIES = 32

/**
 * The materials a query matched, with the best score and language version of
 * each, in arrays indexed by material number (no per-material objects).
 */
class MatchSet {
	readonly capacity: number
	members: number[] = []
	private stamp: Uint32Array
	private generation = 1
	private scores: Float64Array
	private docs: Int32Array
	// The topic each material matched through, as 1 + its index in
	// conceptList (0: none): a topic can add tens of thousands of materials,
	// too many for a Map per query.
	private conceptIndex: Int32Array
	private conceptList: Concept[] = []

	constructor(capacity: number) {
		this.capacity = capacity
		this.stamp = new Uint32Array(capacity)
		this.scores = new Float64Array(capacity)
		this.docs = new Int32Array(capacity)
		this.conceptIndex = new Int32Array(capacity)
	}

	clear() {
		this.members = []
		this.conceptList = []
		this.generation++
		if (this.generation === 0xffffffff) {
			this.stamp.fill(0)
			this.generation = 1
		}
	}

	get size() {
		return this.members.length
	}

	has(n: number) {
		return this.stamp[n] === this.generation
	}

	add(n: number, score: number, docId: number) {
		if (this.stamp[n] !== this.generation) {
			this.stamp[n] = this.generation
			this.members.push(n)
			this.scores[n] = score
			this.docs[n] = docId
			this.conceptIndex[n] = 0
		} else if (score > this.scores[n]!) {
			this.scores[n] = score
			this.docs[n] = docId
		}
	}

	/** A material matched only through a topic: a modest score, no version. */
	addConcept(n: number, concept: Concept) {
		this.add(n, 1, -1)
		let i = this.conceptList.indexOf(concept)
		if (i < 0) i = this.conceptList.push(concept) - 1
		this.conceptIndex[n] = i + 1
	}

	scoreOf(n: number) {
		return this.scores[n]!
	}

	docOf(n: number) {
		return this.docs[n]!
	}

	conceptOf(n: number) {
		const i = this.has(n) ? this.conceptIndex[n]! : 0
		return i ? this.conceptList[i - 1]! : null
	}
}

/**
 * The `limit` best items by `key` (descending, ties by `tie`), sorted. A
 * bounded selection: linear in the number of items, plus a sort of `limit`.
 */
function topK(
	items: number[],
	key: (n: number) => number,
	tie: (a: number, b: number) => number,
	limit: number,
) {
	const compare = (a: number, b: number) => keys.get(b)! - keys.get(a)! || tie(a, b)
	const keys = new Map<number, number>()
	if (items.length <= limit * 4 || limit <= 0) {
		for (const n of items) keys.set(n, key(n))
		return items.sort(compare).slice(0, Math.max(0, limit))
	}
	// Keep a buffer of the best candidates; prune it to `limit` when it fills.
	let buffer: number[] = []
	let threshold = -Infinity
	for (const n of items) {
		const k = key(n)
		if (k < threshold) continue
		keys.set(n, k)
		buffer.push(n)
		if (buffer.length >= limit * 4) {
			buffer.sort(compare)
			for (const dropped of buffer.slice(limit)) keys.delete(dropped)
			buffer = buffer.slice(0, limit)
			threshold = keys.get(buffer[buffer.length - 1]!)!
		}
	}
	return buffer.sort(compare).slice(0, limit)
}

export class SqliteFtsEngine implements SearchEngine {
	readonly name = 'sqlite-fts' as const
	private reader: Database.Database
	private store = new FacetStore()
	/** Vocabulary by `${length}:${first character}`, most frequent first. */
	private vocabByLength = new Map<string, VocabEntry[]>()
	private vocabulary = new Set<string>()
	private loadedVersion = -1
	private lastChange = 0
	private docCount = 0
	private vocabularyLoadedAt = 0
	private vocabularyDocs = new Map<string, number>()
	private sortedTerms: VocabEntry[] = []
	private matchCache = new Map<string, FtsRows>()
	/** Postings of the most frequent words, computed by a worker, valid for `loadedVersion`. */
	private resident = new Map<string, FtsRows>()
	private worker: Worker | null = null
	private residentTimer: ReturnType<typeof setTimeout> | null = null
	private residentRequest = 0
	private residentWaiters: ((stats: ResidentStats) => void)[] = []
	private closed = false
	private scratch: MatchSet | null = null
	private statements

	constructor(private databasePath: string) {
		this.reader = new Database(databasePath, { readonly: true, fileMustExist: true })
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
			match: this.reader
				.prepare(
					`SELECT rowid, bm25("SearchFts", ${FIELD_WEIGHTS.join(', ')}) FROM "SearchFts" WHERE "SearchFts" MATCH ?`,
				)
				.raw(),
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

	/** Loads facet data and vocabulary now rather than on the first search. */
	warmUp() {
		this.ensureFresh()
	}

	/**
	 * Brings the in-memory data up to date with the index. Writers record
	 * which materials each change touched (SearchChange), so only those are
	 * re-read; a rebuild, or falling further behind than the kept changes,
	 * reloads everything. The vocabulary (for typos and suggestions) is
	 * re-read at most every VOCABULARY_REFRESH_MS: new words are searchable
	 * at once, they only join typo correction a little later.
	 */
	private ensureFresh() {
		const version = Number(this.statements.version.get() ?? 0)
		if (version === this.loadedVersion) return
		const changes = this.statements.changesSince.all(this.lastChange) as [number, string][]
		const oldest = this.statements.oldestChange.get() as number | null
		const gap = this.loadedVersion >= 0 && oldest !== null && oldest > this.lastChange + 1
		if (this.loadedVersion < 0 || gap || changes.some(([, id]) => id === '*')) {
			this.lastChange = changes.length ? changes[changes.length - 1]![0] : this.lastChange
			this.load()
			this.loadVocabulary()
		} else {
			for (const id of new Set(changes.map(([, materialId]) => materialId)))
				this.refreshMaterial(id)
			if (changes.length) this.lastChange = changes[changes.length - 1]![0]
			if (Date.now() - this.vocabularyLoadedAt > VOCABULARY_REFRESH_MS) this.loadVocabulary()
		}
		this.matchCache.clear()
		this.resident.clear()
		this.scratch = null
		this.loadedVersion = version
		this.scheduleResident(RESIDENT_DELAY_MS)
	}

	/**
	 * Frequent words cost FTS5 a walk over most of the index (100,000
	 * postings take ~100 ms). Their postings are computed by a worker thread
	 * shortly after each change and kept in memory, within a budget; until
	 * they arrive, or for any other word, FTS5 answers directly.
	 */
	private scheduleResident(delayMs: number) {
		if (this.closed) return
		if (this.residentTimer) clearTimeout(this.residentTimer)
		this.residentTimer = setTimeout(() => this.buildResident(), delayMs)
		this.residentTimer.unref()
	}

	private buildResident() {
		this.residentTimer = null
		const expressions = this.residentExpressions()
		const id = ++this.residentRequest
		if (!expressions.length) {
			this.settleResident(0)
			return
		}
		const worker = this.postingWorker()
		if (!worker) return this.settleResident(0)
		worker.postMessage({ id, expressions })
	}

	/**
	 * The groups most expensive for FTS5 (a frequent word, or a stem that
	 * starts many words), as a query would build them, within the budget.
	 */
	private residentExpressions() {
		const minimum = Math.max(RESIDENT_MIN_DOCS, Math.floor(this.docCount * RESIDENT_MIN_SHARE))
		const candidates = new Map<string, number>()
		for (const bucket of this.vocabByLength.values()) {
			for (const { term, docs } of bucket) {
				if (docs < minimum || SHORT_SPACED_WORD.test(term)) continue
				for (const prefix of [true, false]) {
					const group = this.buildMatch([{ text: term, prefix }], { typos: false }).groups[0]
					if (typeof group === 'string' && !candidates.has(group))
						candidates.set(group, this.estimateRows(group))
				}
			}
		}
		const expressions: string[] = []
		let postings = 0
		for (const [group, rows] of [...candidates].sort((a, b) => b[1] - a[1])) {
			if (rows < minimum) break
			if (postings + rows > RESIDENT_MAX_POSTINGS) continue
			expressions.push(group)
			postings += rows
		}
		return expressions
	}

	/** An upper bound of the rows a group matches, from the vocabulary's document counts. */
	private estimateRows(group: string) {
		let rows = 0
		for (const [, word, star] of group.matchAll(/"((?:[^"]|"")*)"( \*)?/g)) {
			const text = word!.replaceAll('""', '"')
			if (!star) rows += this.vocabularyDocs.get(text) ?? 0
			else {
				// Sorted terms: those starting with `text` are contiguous.
				const terms = this.sortedTerms
				let lo = 0
				let hi = terms.length
				while (lo < hi) {
					const mid = (lo + hi) >>> 1
					if (terms[mid]!.term < text) lo = mid + 1
					else hi = mid
				}
				for (let i = lo; i < terms.length && terms[i]!.term.startsWith(text); i++)
					rows += terms[i]!.docs
			}
		}
		return Math.min(rows, this.docCount)
	}

	private postingWorker() {
		if (this.worker) return this.worker
		const file = [
			fileURLToPath(new URL('./posting-worker.mjs', import.meta.url)),
			path.resolve(process.cwd(), 'app/search/posting-worker.mjs'),
		].find((candidate) => fs.existsSync(candidate))
		if (!file) return null
		const worker = new Worker(file, {
			workerData: { databasePath: this.databasePath, weights: FIELD_WEIGHTS },
		})
		worker.unref()
		worker.on('message', (message: ResidentMessage) => this.receiveResident(message))
		worker.on('error', (error) => {
			console.error(
				'search: the posting worker failed; frequent words are answered by FTS5 directly',
				error,
			)
			this.worker = null
		})
		this.worker = worker
		return worker
	}

	private receiveResident(message: ResidentMessage) {
		if (this.closed || message.id !== this.residentRequest || message.error) return
		// Postings for an older or newer index than the one loaded are not
		// used: the next refresh schedules a new computation.
		if (message.version !== this.loadedVersion) {
			if (this.residentWaiters.length) {
				this.ensureFresh()
				this.scheduleResident(0)
			}
			return
		}
		let postings = 0
		for (const { expression, docIds, scores, length } of message.results) {
			this.resident.set(expression, { docIds, scores, length })
			postings += length
		}
		this.settleResident(postings)
	}

	private settleResident(postings: number) {
		this.worker?.unref()
		const stats = { groups: this.resident.size, postings }
		for (const resolve of this.residentWaiters.splice(0)) resolve(stats)
	}

	/**
	 * Resolves once the frequent words' postings for the current index are in
	 * memory (benchmarks wait for it; the app never needs to).
	 */
	whenResident(): Promise<ResidentStats> {
		this.ensureFresh()
		const ready = new Promise<ResidentStats>((resolve) => this.residentWaiters.push(resolve))
		if (this.residentTimer) clearTimeout(this.residentTimer)
		this.buildResident()
		// Someone is waiting: the worker keeps the process alive until it answers.
		this.worker?.ref()
		return ready
	}

	/** Re-reads one material's facet values and versions (or drops it when it left the index). */
	private refreshMaterial(materialId: string) {
		const docs = this.statements.docsOf.all(materialId) as [number, string][]
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
		// Old rows of a re-indexed material are gone from the index and their
		// ids are never reused, so only the new ones need mapping.
		for (const [docId] of docs) this.store.mapDoc(docId, n)
	}

	private load() {
		const store = new FacetStore()
		const materials = this.reader
			.prepare(
				`SELECT m.id, m."countryCode", m."resourceType", m.licence, m."ageMin", m."ageMax", m."publishedAt"
				 FROM "Material" m WHERE m.id IN (SELECT DISTINCT "materialId" FROM "SearchDoc")`,
			)
			.raw()
			.all() as [string, string, string, string, number | null, number | null, string | null][]
		// Countries other than its own that published a derivative of each material.
		const adaptationCounts = new Map(
			this.reader
				.prepare(
					`SELECT v."materialId", COUNT(DISTINCT d."countryCode")
					 FROM "Material" d JOIN "MaterialVersion" v ON v.id = d."derivedFromVersionId" JOIN "Material" s ON s.id = v."materialId"
					 WHERE d."derivedFromVersionId" IS NOT NULL AND d.status = 'published' AND d."countryCode" != s."countryCode"
					 GROUP BY v."materialId"`,
				)
				.raw()
				.all() as [string, number][],
		)
		const tags = new Map<string, { audiences: string[]; risks: string[]; langs: string[] }>()
		const entry = (id: string) => {
			let e = tags.get(id)
			if (!e) tags.set(id, (e = { audiences: [], risks: [], langs: [] }))
			return e
		}
		for (const [id, v] of this.reader
			.prepare(
				`SELECT "materialId", audience FROM "MaterialAudience" WHERE "materialId" IN (SELECT "materialId" FROM "SearchDoc")`,
			)
			.raw()
			.iterate() as Iterable<[string, string]>)
			entry(id).audiences.push(v)
		for (const [id, v] of this.reader
			.prepare(
				`SELECT "materialId", risk FROM "MaterialRisk" WHERE "materialId" IN (SELECT "materialId" FROM "SearchDoc")`,
			)
			.raw()
			.iterate() as Iterable<[string, string]>)
			entry(id).risks.push(v)
		const docs = this.reader
			.prepare('SELECT "docId", "materialId", lang FROM "SearchDoc"')
			.raw()
			.all() as [number, string, string][]
		for (const [, id, lang] of docs) entry(id).langs.push(lang)
		for (const [id, countryCode, resourceType, licence, ageMin, ageMax, publishedAt] of materials) {
			const t = tags.get(id) ?? { audiences: [], risks: [], langs: [] }
			store.upsert({
				materialId: id,
				countryCode,
				resourceType,
				licence,
				audiences: t.audiences,
				risks: t.risks,
				ageBands: ageBandsOf(ageMin, ageMax),
				langs: t.langs,
				publishedAt: publishedAt ? Date.parse(publishedAt) : 0,
				adaptationCount: adaptationCounts.get(id) ?? 0,
			})
		}
		for (const [docId, id] of docs) {
			const n = store.materialNumber(id)
			if (n !== undefined) store.mapDoc(docId, n)
		}
		this.store = store
		this.docCount = docs.length
	}

	private loadVocabulary() {
		const vocabByLength = new Map<string, VocabEntry[]>()
		const vocabulary = new Set<string>()
		for (const [term, docsCount] of this.reader
			.prepare('SELECT term, doc FROM "SearchVocab"')
			.raw()
			.iterate() as Iterable<[string, number]>) {
			vocabulary.add(term)
			const chars = [...term]
			const key = `${chars.length}:${chars[0]}`
			let bucket = vocabByLength.get(key)
			if (!bucket) vocabByLength.set(key, (bucket = []))
			bucket.push({ term, docs: docsCount })
		}
		for (const bucket of vocabByLength.values()) bucket.sort((a, b) => b.docs - a.docs)
		this.vocabByLength = vocabByLength
		this.vocabulary = vocabulary
		this.vocabularyDocs = new Map([...vocabByLength.values()].flat().map((e) => [e.term, e.docs]))
		this.sortedTerms = [...vocabByLength.values()]
			.flat()
			.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
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

	/** The MATCH expression for parsed terms, each term OR-ed with its stems and typo variants. */
	private buildMatch(terms: QueryTerm[], { typos }: { typos: boolean }) {
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
			// Alternatives for this word: the word itself (a prefix when it is
			// being typed) and its stems as prefixes.
			const exact = new Set<string>()
			const prefixes = new Set<string>()
			// One or two letters as a prefix would match a large part of the
			// vocabulary; the word being typed completes from its third letter.
			if (term.prefix && [...term.text].length >= MIN_PREFIX) prefixes.add(term.text)
			else exact.add(term.text)
			for (const lang of STEM_LANGUAGES) {
				const s = stem(term.text, lang)
				if (s !== term.text && [...s].length >= MIN_STEM_PREFIX) prefixes.add(s)
			}
			// A prefix already covers every longer word it starts: "onlin" *
			// makes "online" * redundant, and FTS5 would walk the same postings twice.
			const kept = [...prefixes].filter(
				(p) => ![...prefixes].some((q) => q !== p && p.startsWith(q)),
			)
			const covered = (word: string) => kept.some((p) => word.startsWith(p))
			const alternatives = [
				...[...exact].filter((word) => !covered(word)).map(quoteFts),
				...kept.map((p) => `${quoteFts(p)} *`),
			]
			for (const word of exact) matchTokens.add(word)
			for (const p of kept) prefixTokens.add(p)
			const own = alternatives.length > 1 ? `(${alternatives.join(' OR ')})` : alternatives[0]!

			// A word the index does not hold also matches the indexed words
			// within its typo budget, each with its own forms: a union of
			// groups, so frequent neighbours come from memory.
			const candidates =
				typos && !this.isKnownWord(term.text)
					? this.typoCandidates(term.text, maxTyposFor(term.text))
					: []
			if (!candidates.length) {
				groups.push(own)
				continue
			}
			const union = this.estimateRows(own) > 0 ? [own] : []
			for (const candidate of candidates) {
				const built = this.buildMatch([{ text: candidate, prefix: false }], { typos: false })
				union.push(built.groups[0] as string)
				for (const t of built.matchTokens) matchTokens.add(t)
				for (const t of built.prefixTokens) prefixTokens.add(t)
			}
			groups.push(union.length === 1 ? union[0]! : { union: [...new Set(union)] })
		}
		for (const words of phrases.values()) groups.push(quoteFts(words.join(' ')))
		return { groups, matchTokens, prefixTokens }
	}

	/** Rows matching any of the groups, scores added as FTS5 adds an OR's phrases. */
	private unionOf(parts: string[]): FtsRows {
		const key = parts.join(' | ')
		const cached = this.matchCache.get(key)
		if (cached) return cached
		const rows = parts.map((part) => this.runMatch(part))
		let maxDoc = 0
		for (const r of rows)
			for (let i = 0; i < r.length; i++) if (r.docIds[i]! > maxDoc) maxDoc = r.docIds[i]!
		const seen = new Uint8Array(maxDoc + 1)
		const score = new Float64Array(maxDoc + 1)
		const order: number[] = []
		for (const r of rows) {
			for (let i = 0; i < r.length; i++) {
				const d = r.docIds[i]!
				if (!seen[d]) {
					seen[d] = 1
					order.push(d)
				}
				score[d]! += r.scores[i]!
			}
		}
		const result = {
			docIds: Int32Array.from(order),
			scores: Float64Array.from(order, (d) => score[d]!),
			length: order.length,
		}
		this.remember(key, result)
		return result
	}

	private remember(key: string, rows: FtsRows) {
		this.matchCache.set(key, rows)
		if (this.matchCache.size > MATCH_CACHE_ENTRIES)
			this.matchCache.delete(this.matchCache.keys().next().value!)
	}

	/**
	 * FTS5 rows for a MATCH expression as typed arrays, memoized: refining a
	 * search (a filter, the next page, a facet) reuses its match set instead
	 * of walking the index again. Emptied whenever the index changes.
	 */
	private runMatch(expression: string): FtsRows {
		if (!expression) return EMPTY_ROWS
		const resident = this.resident.get(expression)
		if (resident) return resident
		const cached = this.matchCache.get(expression)
		if (cached) {
			this.matchCache.delete(expression)
			this.matchCache.set(expression, cached)
			return cached
		}
		let docIds = new Int32Array(256)
		let scores = new Float64Array(256)
		let length = 0
		for (const [docId, bm25] of this.statements.match.iterate(expression) as Iterable<
			[number, number]
		>) {
			if (length === docIds.length) {
				const biggerIds = new Int32Array(length * 2)
				biggerIds.set(docIds)
				docIds = biggerIds
				const biggerScores = new Float64Array(length * 2)
				biggerScores.set(scores)
				scores = biggerScores
			}
			docIds[length] = docId
			// bm25() is negative: more negative is better.
			scores[length] = -bm25
			length++
		}
		const rows = { docIds, scores, length }
		this.matchCache.set(expression, rows)
		if (this.matchCache.size > MATCH_CACHE_ENTRIES)
			this.matchCache.delete(this.matchCache.keys().next().value!)
		return rows
	}

	/**
	 * The rows matching every group (one group per query word, with its
	 * alternatives, or per phrase), scored as FTS5 would score the whole
	 * expression: BM25 is a sum over the query's phrases, so the scores of
	 * the groups add up. Evaluating groups apart lets a frequent word's
	 * postings, held in memory, serve every query it appears in.
	 */
	private evaluate(groups: Group[]): FtsRows {
		if (groups.length === 0) return EMPTY_ROWS
		const rowsOf = (g: Group) => (typeof g === 'string' ? this.runMatch(g) : this.unionOf(g.union))
		if (groups.length === 1) return rowsOf(groups[0]!)
		const key = groups
			.map((g) => (typeof g === 'string' ? g : `(${g.union.join(' | ')})`))
			.join(' AND ')
		const cached = this.matchCache.get(key)
		if (cached) return cached
		// Words without resident postings go to FTS5 together: it intersects
		// their posting lists itself, skipping, which beats walking each one.
		const inMemory = groups.filter((g) => typeof g !== 'string' || this.resident.has(g))
		const others = groups.filter((g): g is string => typeof g === 'string' && !this.resident.has(g))
		if (inMemory.length === 0) return this.runMatch(others.join(' AND '))
		const parts = [
			...inMemory.map(rowsOf),
			...(others.length ? [this.runMatch(others.join(' AND '))] : []),
		].sort((a, b) => a.length - b.length)
		if (parts.length === 1) return parts[0]!
		const smallest = parts[0]!
		let maxDoc = 0
		for (let i = 0; i < smallest.length; i++)
			if (smallest.docIds[i]! > maxDoc) maxDoc = smallest.docIds[i]!
		const seen = new Uint8Array(maxDoc + 1)
		const score = new Float64Array(maxDoc + 1)
		for (let i = 0; i < smallest.length; i++) {
			seen[smallest.docIds[i]!] = 1
			score[smallest.docIds[i]!] = smallest.scores[i]!
		}
		for (let p = 1; p < parts.length; p++) {
			const part = parts[p]!
			for (let i = 0; i < part.length; i++) {
				const d = part.docIds[i]!
				if (d <= maxDoc && seen[d] === p) {
					seen[d] = p + 1
					score[d]! += part.scores[i]!
				}
			}
		}
		const docIds = new Int32Array(smallest.length)
		const scores = new Float64Array(smallest.length)
		let length = 0
		for (let i = 0; i < smallest.length; i++) {
			const d = smallest.docIds[i]!
			if (seen[d] === parts.length) {
				docIds[length] = d
				scores[length] = score[d]!
				length++
			}
		}
		const rows = { docIds, scores, length }
		this.remember(key, rows)
		return rows
	}

	async search(query: SearchQuery): Promise<SearchResult> {
		const started = performance.now()
		this.ensureFresh()
		const { terms } = parseQuery(query.q)
		const concepts = terms.length ? findConcepts(terms.map((t) => t.text)) : []

		let candidates: MatchSet | null = null
		let matchTokens = new Set<string>()
		let prefixTokens = new Set<string>()
		let didYouMean: string | null = null

		if (terms.length) {
			candidates = this.matchSet()
			const built = this.buildMatch(terms, { typos: true })
			matchTokens = built.matchTokens
			prefixTokens = built.prefixTokens
			this.collect(this.evaluate(built.groups), candidates)

			// A topic named in any language also matches what is tagged with it,
			// together with the query's other words.
			for (const concept of concepts) {
				const conceptTokens = new Set(concept.tokens)
				const rest = terms.filter((t) => !conceptTokens.has(t.text))
				let allowed: MatchSet | null = null
				if (rest.length) {
					allowed = new MatchSet(this.store.size)
					this.collect(this.evaluate(this.buildMatch(rest, { typos: true }).groups), allowed)
				}
				const found = { vocabulary: concept.vocabulary, key: concept.key, term: concept.term }
				for (const n of this.store.taggedWith(concept.vocabulary, concept.key)) {
					if (allowed && !allowed.has(n)) continue
					if (!candidates.has(n)) candidates.addConcept(n, found)
				}
			}

			if (candidates.size === 0) didYouMean = this.suggest(terms)
		}

		const { passing, facets } = this.store.filterAndCount(
			candidates ? candidates.members : null,
			query.filters,
		)
		const start = (query.page - 1) * query.pageSize
		const pageItems = this.rank(passing, candidates, start + query.pageSize).slice(start)
		const hits = this.hydrate(
			pageItems,
			candidates,
			query.uiLang,
			matchTokens,
			prefixTokens,
			concepts,
		)
		return {
			hits,
			total: passing.length,
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
		const { docIds, scores, length } = rows
		for (let i = 0; i < length; i++) {
			const docId = docIds[i]!
			const n = docId < docMaterial.length ? docMaterial[docId]! : -1
			if (n >= 0) into.add(n, scores[i]!, docId)
		}
	}

	/**
	 * The first `limit` material numbers in result order: relevance lifted by
	 * adoption and recency, or newest first without words. Only the page
	 * asked for is sorted; the rest of the match set is never ordered.
	 */
	private rank(passing: number[], candidates: MatchSet | null, limit: number) {
		const published = this.store.publishedAt
		let key: (n: number) => number
		if (!candidates) key = (n) => published[n]!
		else {
			const now = Date.now()
			const adaptations = this.store.adaptations
			key = (n) => {
				const ageYears = Math.max(0, (now - published[n]!) / 31_557_600_000)
				return (
					candidates.scoreOf(n) *
					(1 + 0.15 * Math.log1p(adaptations[n]!)) *
					(1 + 0.1 / (1 + ageYears))
				)
			}
		}
		return topK(passing, key, (a, b) => published[b]! - published[a]! || b - a, limit)
	}

	private hydrate(
		numbers: number[],
		candidates: MatchSet | null,
		uiLang: string,
		matchTokens: Set<string>,
		prefixTokens: Set<string>,
		concepts: ReturnType<typeof findConcepts>,
	): SearchHit[] {
		if (!numbers.length) return []
		const ids = numbers.map((n) => this.store.ids[n]!)
		const placeholders = ids.map(() => '?').join(',')
		const versions = this.reader
			.prepare(
				`SELECT d."docId", v.id, v."materialId", v.lang, v.title, v.description, v."extractedText"
				 FROM "SearchDoc" d JOIN "MaterialVersion" v ON v.id = d."versionId" WHERE d."materialId" IN (${placeholders})`,
			)
			.raw()
			.all(...ids) as [number, string, string, string, string, string, string][]
		const byMaterial = new Map<string, typeof versions>()
		for (const row of versions) {
			const list = byMaterial.get(row[2]) ?? []
			list.push(row)
			byMaterial.set(row[2], list)
		}
		const searched = matchTokens.size > 0 || prefixTokens.size > 0
		const tokens = [...matchTokens, ...prefixTokens]
		// One memo of matching words for the whole page of hits.
		const memo = new Map<string, boolean>()
		return numbers.map((n) => {
			const materialId = this.store.ids[n]!
			const match = candidates?.has(n)
				? {
						docId: candidates.docOf(n),
						concept: candidates.conceptOf(n),
						score: candidates.scoreOf(n),
					}
				: undefined
			const list = byMaterial.get(materialId) ?? []
			const version =
				(match && match.docId >= 0 ? list.find((r) => r[0] === match.docId) : undefined) ??
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
		const answers = (list: QueryTerm[]) =>
			list.length > 0 && this.evaluate(this.buildMatch(list, { typos: false }).groups).length > 0
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
		const sqlite = new Database(this.databasePath)
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

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
}
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
const truncate = (text: string, length: number) => {
	if (text.length <= length) return text
	const cut = text.lastIndexOf(' ', length)
	return `${text.slice(0, cut > length / 2 ? cut : length)}…`
}

/**
 * A cheap test before highlighting: can the text hold one of the tokens at
 * all? Segmenting a long Chinese or Thai text to find out costs far more.
 */
function mayContain(text: string, tokens: string[]) {
	const normalized = normalizeText(text.slice(0, SCAN_LIMIT))
	return tokens.some((token) => normalized.includes(token))
}

/**
 * A highlighted snippet of `text` around its first query word. When a token
 * occurs verbatim (case aside) only a window around it is analysed: cutting
 * a long Chinese or Thai text into words just to find one is what costs.
 * Otherwise (a folded or stemmed form) the first SCAN_LIMIT characters are.
 */
function snippetAround(
	text: string,
	tokens: string[],
	matchTokens: Set<string>,
	options: { prefixTokens: Set<string>; maxLength: number; memo?: Map<string, boolean> },
) {
	const lower =
		text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT).toLowerCase() : text.toLowerCase()
	let at = -1
	if (lower.length === Math.min(text.length, SCAN_LIMIT)) {
		for (const token of tokens) {
			const i = lower.indexOf(token)
			if (i >= 0 && (at < 0 || i < at)) at = i
		}
	}
	if (at < 0 || text.length <= WINDOW)
		return highlight(text.slice(0, SCAN_LIMIT), matchTokens, options)
	let start = Math.max(0, at - Math.floor(WINDOW / 3))
	let end = Math.min(text.length, start + WINDOW)
	// Start and end on a space when one is near, so no word is cut.
	const space = text.lastIndexOf(' ', start)
	if (start > 0 && space >= 0 && start - space < 24) start = space + 1
	const after = text.indexOf(' ', end)
	if (end < text.length && after >= 0 && after - end < 24) end = after
	if (/[\udc00-\udfff]/.test(text[start] ?? '')) start++
	if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--
	const marked = highlight(text.slice(start, end), matchTokens, options)
	return `${start > 0 && !marked.startsWith('…') ? '…' : ''}${marked}${end < text.length && !marked.endsWith('…') ? '…' : ''}`
}
