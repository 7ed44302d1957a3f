import type Database from 'better-sqlite3'
import { concatRows, EMPTY_ROWS, mergeRows, type FtsRows } from './fts-rows.ts'
import { type Group } from './query-planner.ts'
import { FIELD_WEIGHTS } from './ranking.ts'
import { type Resident } from './resident-postings.ts'
import { quoteFts } from './text.ts'

/**
 * Finds the rows a planned query matches (query-planner.ts), with their
 * BM25 scores: from the resident postings in memory when they are loaded,
 * FTS5 answering for rare words and for rows added since; from FTS5 alone
 * before. Match sets are memoized, so refining a search (a filter, the
 * next page, a facet) reuses them.
 */

/** Prefixes expanding to more rare words than this are left to FTS5 whole. */
const MAX_RARE_EXPANSIONS = 64

/** Match sets kept for reuse (each 12 bytes per matching version). */
const MATCH_CACHE_ENTRIES = 32

/** What the evaluator reads of the engine's state on each call. */
export interface EvaluatorState {
	/** The postings in memory, of the loaded version or an earlier one. */
	resident: Resident | null
	loadedVersion: number
	/** Rows the facet data maps to materials (the scratch arrays' least size). */
	mappedRows: number
}

export class MatchEvaluator {
	private matchCache = new Map<string, FtsRows>()
	/** Per-row scratch arrays for unions and intersections, reused across queries. */
	private rowMark = new Uint32Array(0)
	private rowScore = new Float64Array(0)
	private statements

	constructor(
		reader: Database.Database,
		private state: () => EvaluatorState,
	) {
		this.statements = {
			match: reader.prepare(scoredRowsSql('')).raw(),
			matchAfter: reader.prepare(scoredRowsSql('AND rowid > ?')).raw(),
			matchIdsWithin: reader
				.prepare(
					`SELECT json_group_array(rowid) FROM "SearchFts" WHERE "SearchFts" MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
				)
				.pluck(),
			matchIds: reader
				.prepare(`SELECT json_group_array(rowid) FROM "SearchFts" WHERE "SearchFts" MATCH ?`)
				.pluck(),
		}
	}

	/** Forgets memoized match sets: the index changed, or a benchmark measures a cold search. */
	clear() {
		this.matchCache.clear()
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
			const size = Math.max(maxDoc + 1, this.state().mappedRows, this.rowMark.length * 2)
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
	hasMatch(groups: Group[]): boolean {
		const { resident: held, loadedVersion } = this.state()
		const resident = held?.version === loadedVersion ? held : null
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
	evaluate(groups: Group[]): FtsRows {
		if (groups.length === 0) return EMPTY_ROWS
		const { resident, loadedVersion } = this.state()
		const key = groups.map((g) => g.expression).join(' AND ')
		if (!resident) return this.runMatch(key)
		if (resident.version === loadedVersion) return this.evaluateResident(groups, key, resident)
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
}

/**
 * Rows matching an FTS5 expression (and `where`) with their BM25 scores, as
 * two JSON arrays built in SQLite: about twice as fast for a broad word as
 * a row at a time through JavaScript.
 */
const scoredRowsSql = (where: string) =>
	`SELECT json_group_array(id), json_group_array(score) FROM (
		SELECT rowid AS id, -bm25("SearchFts", ${FIELD_WEIGHTS.join(', ')}) AS score
		FROM "SearchFts" WHERE "SearchFts" MATCH ? ${where} LIMIT -1)`
