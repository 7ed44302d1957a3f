import type Database from 'better-sqlite3'
import { findConceptByPrefix, findConcepts } from '#app/domain/concepts.ts'
import { findCountries, loadCountryNames } from '#app/domain/country-names.ts'
import {
	type SearchDocument,
	type SearchEngine,
	type LineageLink,
	type SearchHit,
	type SearchQuery,
	type SearchResult,
} from './engine.ts'
import { openSqlite } from '#app/utils/sqlite.server.ts'
import {
	loadFacets,
	loadVocabulary,
	materialReader,
	refreshMaterial,
	slicer,
} from './facet-loader.ts'
import { facetSnapshotPath, saveFacetSnapshot } from './facet-snapshot.ts'
import { FacetStore } from './facet-store.ts'
import { MatchSet, topK, type FtsRows } from './fts-rows.ts'
import { MatchEvaluator } from './match-evaluator.ts'
import { buildMatch, type Group } from './query-planner.ts'
import {
	compareCandidates,
	compareKeys,
	foundByTitle,
	LINEAGE_TITLE_HITS,
	parseRankText,
	rankKey,
	isStopWord,
	MIN_WORDS_TO_DROP,
	RESCORE_WINDOW,
	topicSynonyms,
	type RankKey,
	type WordPlan,
} from './ranking.ts'
import { ResidentPostings, type ResidentOptions, type ResidentStats } from './resident-postings.ts'
import { escapeHtml, mayContain, SNIPPET_LENGTH, snippetAround, truncate } from './snippets.ts'
import {
	bumpSearchStateSql,
	removeDocumentSql,
	sqliteRun,
	writeDocumentSql,
	type RunSql,
} from './sqlite-fts-writer.ts'
import { suggest } from './suggestions.ts'
import { addTaggedMaterials, type QueryTag } from './tag-matches.ts'
import { highlight, parseQuery, type QueryTerm } from './text.ts'
import { Vocabulary } from './vocabulary.ts'

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
 *
 * This class is the façade over its parts: the resident postings
 * (resident-postings.ts), the vocabulary (vocabulary.ts), the query planner
 * (query-planner.ts) and the rows it matches (match-evaluator.ts), the
 * ranking rules (ranking.ts), snippets (snippets.ts) and suggestions
 * (suggestions.ts). It keeps the facet data current (read whole a slice at a
 * time by facet-loader.ts) and assembles a search.
 */

export { postingsSnapshotPath } from './resident-postings.ts'

/** The facet data is saved again once this many changes have been applied since it last was. */
export const FACETS_SAVED_EVERY = 1_000

/** Without a worker, the typo vocabulary is re-read at most this often while the index changes. */
const VOCABULARY_REFRESH_MS = 10 * 60_000

/** docId, version id, material id, lang, title, description, extracted text. */
type VersionRow = [number, string, string, string, string, string, string]
/** docId, material id, lang, rankText (app/search/ranking.ts). */
type RankRow = [number, string, string, string]

export class SqliteFtsEngine implements SearchEngine {
	readonly name = 'sqlite-fts' as const
	private reader: Database.Database
	private store = new FacetStore()
	private loadedVersion = -1
	private lastChange = 0
	private lastChangeStamp: string | null = null
	/** The last change the saved facet data holds, and a save under way. */
	private savedChange = 0
	private savingFacets: Promise<void> | null = null
	/** Where the facet data came from at the last full load (benchmarks and tests). */
	private facetLoad: {
		source: 'snapshot' | 'index'
		replayed: number
		problem: string | null
	} | null = null
	private vocabulary: Vocabulary
	private postings: ResidentPostings
	private matches: MatchEvaluator
	/** A full load of the facet data under way (searches wait for it). */
	private loading: Promise<void> | null = null
	private closed = false
	private scratch: MatchSet | null = null
	private rankKeys = new Float64Array(0)
	private statementCache = new Map<string, Database.Statement>()
	private statements
	private materialReader: ReturnType<typeof materialReader>

	/** `options`: how the index is held in memory (resident-postings.ts). */
	constructor(
		private databasePath: string,
		private options: ResidentOptions = {},
	) {
		this.reader = openSqlite(databasePath, { readonly: true, fileMustExist: true })
		this.postings = new ResidentPostings(databasePath, options, {
			loadedVersion: () => this.loadedVersion,
			catchUp: () => this.ensureFresh(),
			loading: () => this.loading,
			adopted: (vocabulary) => {
				if (vocabulary) this.vocabulary.set(vocabulary)
				this.matches.clear()
			},
		})
		this.matches = new MatchEvaluator(this.reader, () => ({
			resident: this.postings.resident,
			loadedVersion: this.loadedVersion,
			mappedRows: this.store.docMaterial.length,
		}))
		const knownWord = this.reader.prepare('SELECT 1 FROM "SearchVocab" WHERE term = ?').pluck()
		this.vocabulary = new Vocabulary((word) => knownWord.get(word) !== undefined)
		this.statements = {
			version: this.reader.prepare('SELECT "version" FROM "SearchState" WHERE "id" = 1').pluck(),
			changesSince: this.reader
				.prepare(
					'SELECT "id", "materialId", "stamp" FROM "SearchChange" WHERE "id" > ? ORDER BY "id"',
				)
				.raw(),
			oldestChange: this.reader.prepare('SELECT MIN("id") FROM "SearchChange"').pluck(),
		}
		this.materialReader = materialReader(this.reader)
	}

	close() {
		this.closed = true
		this.postings.close()
		this.reader.close()
	}

	/** Forgets memoized match sets, so the next queries walk the index (benchmarks measure both). */
	dropMatchCache() {
		this.matches.clear()
	}

	/** Loads facet data now rather than on the first search; answers how many materials are searchable. */
	async warmUp() {
		await this.ready()
		loadCountryNames()
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
			loadFacets(this.databasePath, sliceMs, { snapshot: this.savesFacets }),
			loadVocabulary(this.databasePath, sliceMs),
		])
			.then(([facets, vocabulary]) => {
				if (this.closed) return
				const { store, version, lastChange, lastChangeStamp } = facets
				this.store = store
				this.vocabulary.set(vocabulary)
				this.lastChange = lastChange
				this.lastChangeStamp = lastChangeStamp
				this.loadedVersion = version
				this.facetLoad = {
					source: facets.source,
					replayed: facets.replayed,
					problem: facets.problem,
				}
				if (facets.problem && facets.problem !== 'no snapshot')
					console.error(`search: the saved facet data is not used (${facets.problem}); read again`)
				if (facets.source === 'snapshot' && facets.replayed === 0) this.savedChange = lastChange
				else this.saveFacets()
				this.matches.clear()
				this.scratch = null
				this.postings.indexLoaded()
			})
			.finally(() => {
				this.loading = null
			})
		// Searches waiting for it see the failure; the next one tries again.
		this.loading.catch(() => {})
	}

	/** Whether the facet data is saved beside the database and read back at start (facet-snapshot.ts). */
	private get savesFacets() {
		return !this.options.legacyResident && this.options.snapshot !== false
	}

	/**
	 * Saves the facet data as it is now, in the background and a slice at a
	 * time, unless a save is under way: after a full read from SQLite, and
	 * every FACETS_SAVED_EVERY changes, so that a restart replays at most
	 * that many (the change log keeps more).
	 */
	private saveFacets() {
		if (!this.savesFacets || this.savingFacets || this.closed) return
		const state = {
			version: this.loadedVersion,
			lastChange: this.lastChange,
			lastChangeStamp: this.lastChangeStamp,
		}
		this.savingFacets = saveFacetSnapshot(
			facetSnapshotPath(this.databasePath),
			this.store,
			state,
			slicer(),
		)
			.then(() => {
				this.savedChange = state.lastChange
			})
			.catch((error: unknown) => {
				console.error(`search: the facet data could not be saved (${String(error)})`)
			})
			.finally(() => {
				this.savingFacets = null
			})
	}

	/** Resolves once a save of the facet data under way is done (tests and benchmarks). */
	async whenFacetsSaved() {
		await this.savingFacets
		return this.facetLoad
	}

	/**
	 * Brings the in-memory data up to date with the index. Writers record
	 * which materials each change touched (SearchChange), so only those are
	 * re-read; a rebuild, or falling further behind than the kept changes,
	 * reloads everything, a slice at a time (startFullLoad). The vocabulary
	 * (for typos and suggestions) is read with it, then comes with the
	 * postings and their deltas (or, without a worker, is re-read at
	 * most every VOCABULARY_REFRESH_MS): new words are searchable at once,
	 * they only join typo correction a little later.
	 *
	 * Postings held in memory stay in use after a change: rows removed
	 * since are unmapped from their material (row ids are never reused),
	 * and rows added since are found by FTS5 past the last row the postings
	 * hold, so answers are current while the worker brings them up to date.
	 */
	private ensureFresh() {
		// A full load catches up with what changed meanwhile once it is done.
		if (this.loading) return
		const version = Number(this.statements.version.get() ?? 0)
		if (version === this.loadedVersion) return
		// Nothing loaded yet: the change log (a row per material at first) is of no use.
		if (this.loadedVersion < 0) return this.startFullLoad()
		const changes = this.statements.changesSince.all(this.lastChange) as [
			number,
			string,
			string | null,
		][]
		const oldest = this.statements.oldestChange.get() as number | null
		const gap = oldest !== null && oldest > this.lastChange + 1
		if (gap || changes.some(([, id]) => id === '*')) {
			this.postings.discard()
			this.startFullLoad()
			return
		} else {
			for (const id of new Set(changes.map(([, materialId]) => materialId)))
				refreshMaterial(this.store, this.materialReader, id)
			if (changes.length) [this.lastChange, , this.lastChangeStamp] = changes[changes.length - 1]!
			if (this.lastChange - this.savedChange >= FACETS_SAVED_EVERY) this.saveFacets()
			// Without a worker to bring it with the postings, re-read it here.
			if (!this.postings.hasWorker && Date.now() - this.vocabulary.loadedAt > VOCABULARY_REFRESH_MS)
				this.loadVocabulary()
		}
		this.matches.clear()
		this.scratch = null
		this.loadedVersion = version
		this.postings.changed()
	}

	/**
	 * Resolves once the postings of the current version are in memory
	 * (benchmarks and tests wait for it; the app never needs to).
	 */
	whenResident(): Promise<ResidentStats> {
		this.ensureFresh()
		return this.postings.whenResident()
	}

	/**
	 * Whether the postings in memory are of the version last seen, and what
	 * the worker has done so far (benchmarks measure behaviour under writes).
	 */
	residentActivity() {
		return this.postings.activity()
	}

	/** Reads the vocabulary on this thread (the worker sends it with each load of the postings). */
	private loadVocabulary() {
		this.vocabulary.set(
			this.reader.prepare('SELECT term, doc FROM "SearchVocab"').raw().iterate() as Iterable<
				[string, number]
			>,
		)
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
		/** Which of the plans each candidate matched, when words were left out (else all). */
		let matched: Map<number, boolean[]> | null = null

		if (terms.length) {
			candidates = this.matchSet()
			const topicWords = new Set(concepts.flatMap((c) => c.tokens))
			const built = buildMatch(terms, this.vocabulary, { typos: true, topicWords })
			matchTokens = built.matchTokens
			prefixTokens = built.prefixTokens
			plans = built.groups.map((g) => g.plan)
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
			const tags = this.queryTags(topics, terms)
			this.matchTerms(terms, built.groups, tags, candidates)
			if (candidates.size === 0)
				didYouMean = suggest(terms, this.vocabulary, (groups) => this.matches.hasMatch(groups))
			// A sentence ("what to do if my child is being blackmailed") rarely
			// matches whole, and a country narrows a topic to a handful: as
			// Meilisearch's words rule does, words are left out until enough
			// materials match the rest (the country and the commonest words
			// first, so what is left says most); every material holding more
			// of the words comes first.
			if (candidates.size < RESCORE_WINDOW)
				matched = this.dropWords(terms, built.groups, tags, candidates)
		}

		let { passing, passed, facets } = this.store.filterAndCount(
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
			matched,
		)
		let chosen: Map<number, number> | undefined
		let lineage: Map<number, LineageLink> | undefined
		if (plans.length && ordered.length) {
			const rescore = () => {
				const head = ordered.slice(0, RESCORE_WINDOW)
				const rescored = this.rescore(
					head,
					this.rankRows(head),
					candidates,
					plans,
					matched,
					normalized,
					query.uiLang,
				)
				ordered = [...rescored.order, ...ordered.slice(RESCORE_WINDOW)]
				chosen = rescored.versions
				return rescored.byTitle
			}
			const byTitle = rescore()
			// Rule 8 (ranking.ts): the lineage of what the query found by its title.
			if (byTitle.length && candidates && candidates.size < RESCORE_WINDOW) {
				lineage = this.lineageOf(byTitle.slice(0, LINEAGE_TITLE_HITS), candidates, chosen!)
				if (lineage.size) {
					const none = plans.map(() => false)
					matched ??= new Map()
					for (const n of lineage.keys()) {
						candidates.add(n, 0, -1)
						matched.set(n, none)
					}
					;({ passing, passed, facets } = this.store.filterAndCount(
						candidates.members,
						candidates.size,
						query.filters,
						candidates.membership(),
					))
					ordered = this.rank(passing, passed, candidates, Math.max(limit, RESCORE_WINDOW), matched)
					rescore()
				}
			}
		}
		const hits = this.hydrate(
			ordered.slice(start, limit),
			candidates,
			query.uiLang,
			matchTokens,
			prefixTokens,
			topics,
			chosen,
			lineage,
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

	/** The topics and countries a query names, as tags materials may carry (tag-matches.ts). */
	private queryTags(topics: ReturnType<typeof findConcepts>, terms: QueryTerm[]): QueryTag[] {
		const tags: QueryTag[] = topics.map((concept) => {
			const { field, bit } = this.store.tagBits(concept.vocabulary, concept.key)
			return {
				tokens: concept.tokens,
				values: field,
				mask: bit,
				equals: bit,
				concept: { vocabulary: concept.vocabulary, key: concept.key, term: concept.term },
			}
		})
		const words = terms.filter((t) => t.phrase === undefined).map((t) => t.text)
		for (const { code, tokens } of findCountries(words)) {
			const number = this.store.countryNumber(code)
			if (number >= 0)
				tags.push({
					tokens,
					values: this.store.country,
					mask: 0xffff,
					equals: number,
					concept: null,
				})
		}
		return tags
	}

	/**
	 * Fills `candidates` with the materials matching every term: in the text
	 * (`groups`), or through the topics and countries the terms name.
	 */
	private matchTerms(terms: QueryTerm[], groups: Group[], tags: QueryTag[], candidates: MatchSet) {
		this.collect(this.matches.evaluate(groups), candidates)
		addTaggedMaterials(candidates, this.store, tags, terms, (rest) => {
			const allowed = new Uint8Array(this.store.size)
			const { docIds, length } = this.matches.evaluate(
				buildMatch(rest, this.vocabulary, { typos: true }).groups,
			)
			const docMaterial = this.store.docMaterial
			for (let i = 0; i < length; i++) {
				const n = docIds[i]! < docMaterial.length ? docMaterial[docIds[i]!]! : -1
				if (n >= 0) allowed[n] = 1
			}
			return allowed
		})
	}

	/**
	 * The words rule (ranking.ts, rule 1) for a query that matched fewer
	 * materials than a ranked window: one of MIN_WORDS_TO_DROP words or more,
	 * or naming a country with a topic. Words are left out one at a time (a
	 * country first: its topic elsewhere is the next best answer; then words
	 * of every sentence, STOP_WORDS; then words matching nothing; then the
	 * word in most rows), adding the materials matching the rest, until a
	 * window is full or one word is left. Nothing is left out when most of
	 * the query's words match nothing at all ("recette de crêpes": the
	 * library has nothing on it). Answers, per material that joined, which of
	 * the groups it was matched with.
	 */
	private dropWords(terms: QueryTerm[], groups: Group[], tags: QueryTag[], candidates: MatchSet) {
		const words = groups.filter((g) => !g.phrase)
		const countryWords = new Set(tags.filter((tag) => !tag.concept).flatMap((tag) => tag.tokens))
		const country = (g: Group) => countryWords.has(g.plan.exact[0]!)
		if (words.length < (words.some(country) ? 2 : MIN_WORDS_TO_DROP)) return null
		const rows = new Map(words.map((g) => [g, this.matches.evaluate([g]).length]))
		const tagged = new Set(tags.flatMap((tag) => tag.tokens))
		const nothing = (g: Group) => rows.get(g) === 0 && !tagged.has(g.plan.exact[0]!)
		const common = (g: Group) => isStopWord(g.plan.exact[0]!)
		const meaningful = words.filter((g) => !common(g) && !country(g))
		if (meaningful.filter(nothing).length * 2 > meaningful.length) return null
		const order = [...words].sort(
			(a, b) =>
				Number(country(b)) - Number(country(a)) ||
				Number(common(b)) - Number(common(a)) ||
				Number(nothing(b)) - Number(nothing(a)) ||
				rows.get(b)! - rows.get(a)!,
		)
		const kept = new Set(words)
		const joined = new Map<number, boolean[]>()
		for (const group of order.slice(0, -1)) {
			kept.delete(group)
			// A level holding a word that matches nothing cannot match.
			if ([...kept].some(nothing)) continue
			const left = new Set([...kept].map((g) => g.plan.exact[0]!))
			const before = candidates.size
			this.matchTerms(
				terms.filter((t) => t.phrase !== undefined || left.has(t.text)),
				groups.filter((g) => g.phrase || kept.has(g)),
				tags.filter((tag) => tag.tokens.every((token) => left.has(token))),
				candidates,
			)
			const mask = groups.map((g) => g.phrase || kept.has(g))
			for (let i = before; i < candidates.size; i++) joined.set(candidates.members[i]!, mask)
			if (candidates.size >= RESCORE_WINDOW) break
		}
		return joined.size ? joined : null
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
	private rank(
		passing: Int32Array,
		length: number,
		candidates: MatchSet | null,
		limit: number,
		matched: Map<number, boolean[]> | null = null,
	) {
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
			// Rule 1 holds in the first stage too: a material matched with words
			// left out comes after every one matching more (BM25 is far below 1e9).
			if (matched)
				for (let i = 0; i < length; i++) {
					const mask = matched.get(passing[i]!)
					if (mask) keys[i]! -= 1e9 * mask.filter((kept) => !kept).length
				}
		}
		return topK(passing, keys, length, (a, b) => published[b]! - published[a]! || b - a, limit)
	}

	/**
	 * A raw statement, prepared once: the page's and the ranked window's
	 * reads differ only by how many materials they name (preparing costs
	 * more than the read).
	 */
	private prepared(sql: string) {
		let statement = this.statementCache.get(sql)
		if (!statement) {
			if (this.statementCache.size >= 128) this.statementCache.clear()
			this.statementCache.set(sql, (statement = this.reader.prepare(sql).raw()))
		}
		return statement
	}

	/** What the ranking rules read of materials' indexed versions (analyzed at indexing), by material id. */
	private rankRows(numbers: number[]) {
		const ids = numbers.map((n) => this.store.idOf(n))
		const rows = this.prepared(
			`SELECT "docId", "materialId", lang, "rankText" FROM "SearchDoc" WHERE "materialId" IN (${ids.map(() => '?').join(',')})`,
		).all(...ids) as RankRow[]
		const byMaterial = new Map<string, RankRow[]>()
		for (const row of rows) {
			const list = byMaterial.get(row[1])
			if (list) list.push(row)
			else byMaterial.set(row[1], [row])
		}
		return byMaterial
	}

	/** The indexed language versions of materials, with their whole text, by material id. */
	private versionRows(numbers: number[]) {
		const ids = numbers.map((n) => this.store.idOf(n))
		const placeholders = ids.map(() => '?').join(',')
		const versions = this.prepared(
			`SELECT d."docId", v.id, v."materialId", v.lang, v.title, v.description, v."extractedText"
			 FROM "SearchDoc" d JOIN "MaterialVersion" v ON v.id = d."versionId" WHERE d."materialId" IN (${placeholders})`,
		).all(...ids) as VersionRow[]
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
		texts: Map<string, RankRow[]>,
		candidates: MatchSet | null,
		plans: WordPlan[],
		matched: Map<number, boolean[]> | null,
		normalized: string,
		uiLang: string,
	) {
		const versions = new Map<number, number>()
		const all = plans.map(() => true)
		const ranked = head.map((n, position) => {
			// A word matched in the text past what the rules read, or through a
			// topic, still counts: unless it was left out (dropWords).
			const topical = matched?.get(n) ?? all
			const list = texts.get(this.store.idOf(n)) ?? []
			const matchedDoc = candidates?.has(n) ? candidates.docOf(n) : -1
			let best: { key: RankKey; docId: number; lang: string } | null = null
			for (const [docId, , lang, rankText] of list) {
				const key = rankKey(plans, parseRankText(rankText), topical, normalized)
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
				inUiLang: list.some((row) => row[2] === uiLang),
				adaptations: this.store.adaptations[n]!,
				publishedAt: this.store.publishedAt[n]!,
			}
		})
		ranked.sort((a, b) => compareCandidates(a, b) || a.position - b.position)
		const byTitle = ranked.filter((r) => foundByTitle(r.key, plans)).map((r) => r.n)
		return { order: ranked.map((r) => r.n), versions, byTitle }
	}

	/**
	 * Rule 8 (ranking.ts): the materials one lineage step from each of
	 * `found` (its source, and what was adapted or translated from it) that
	 * are published and not matched already, with the link that brought each:
	 * the first found material's wins. The found material's title is the one
	 * the reader saw it under (`shown`: the version ranked best).
	 */
	private lineageOf(found: number[], candidates: MatchSet, shown: Map<number, number>) {
		const ids = found.map((n) => this.store.idOf(n))
		const placeholders = ids.map(() => '?').join(',')
		const rows = this.prepared(
			`SELECT m.id, v."materialId", m."derivationKind", 0 FROM "Material" m
			 JOIN "MaterialVersion" v ON v.id = m."derivedFromVersionId" WHERE v."materialId" IN (${placeholders})
			 UNION ALL
			 SELECT v."materialId", m.id, m."derivationKind", 1 FROM "Material" m
			 JOIN "MaterialVersion" v ON v.id = m."derivedFromVersionId" WHERE m.id IN (${placeholders})`,
		).all(...ids, ...ids) as [string, string, string | null, 0 | 1][]
		const order = new Map(ids.map((id, i) => [id, i]))
		rows.sort((a, b) => order.get(a[1])! - order.get(b[1])!)
		const titles = new Map<string, string>()
		const titleOf = (n: number) => {
			const id = this.store.idOf(n)
			let title = titles.get(id)
			if (title === undefined) {
				const docId = shown.get(n) ?? candidates.docOf(n)
				const row = this.prepared(
					`SELECT v.title FROM "SearchDoc" d JOIN "MaterialVersion" v ON v.id = d."versionId" WHERE d."docId" = ?`,
				).get(docId) as [string] | undefined
				titles.set(id, (title = row?.[0] ?? ''))
			}
			return title
		}
		const links = new Map<number, LineageLink>()
		for (const [memberId, foundId, kind, isSource] of rows) {
			const n = this.store.materialNumber(memberId)
			if (n === undefined || !this.store.live[n] || candidates.has(n) || links.has(n)) continue
			const from = this.store.materialNumber(foundId)!
			links.set(n, {
				relation: isSource ? 'source' : kind === 'translation' ? 'translation' : 'adaptation',
				materialId: foundId,
				title: titleOf(from),
			})
		}
		return links
	}

	private hydrate(
		numbers: number[],
		candidates: MatchSet | null,
		uiLang: string,
		matchTokens: Set<string>,
		prefixTokens: Set<string>,
		concepts: ReturnType<typeof findConcepts>,
		chosen?: Map<number, number>,
		lineage?: Map<number, LineageLink>,
	): SearchHit[] {
		if (!numbers.length) return []
		// The page's own texts are read whole, for its snippets.
		const byMaterial = this.versionRows(numbers)
		const searched = matchTokens.size > 0 || prefixTokens.size > 0
		const tokens = [...matchTokens, ...prefixTokens]
		// One memo of matching words for the whole page of hits.
		const memo = new Map<string, boolean>()
		// Facts in memory are read before the page's text: a material that
		// another process withdrew in between has no rows left, and is left out.
		const present = numbers.filter((n) => byMaterial.has(this.store.idOf(n)))
		return present.map((n) => {
			const materialId = this.store.idOf(n)
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
			const link = lineage?.get(n)
			return {
				materialId,
				versionId,
				lang,
				title,
				highlightedTitle,
				snippet: snippet ?? escapeHtml(truncate(description || body, SNIPPET_LENGTH)),
				matchedBy: link
					? { kind: 'lineage', ...link }
					: concept
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
