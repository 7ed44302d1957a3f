import fs from 'node:fs'
import Database from 'better-sqlite3'
import { parseQuery, toFtsQuery } from '#app/search/text.ts'

/**
 * The judged test set (judgments.json, see README.md) and the measures
 * computed from it, shared by the relevance benchmark (run.ts) and the test
 * that holds the anchor queries' first hits (tests/integration).
 */

export interface JudgedQuery {
	id: string
	q: string
	lang: string
	kind: string
	uiLang: string
	anchor?: boolean
	expectNone?: boolean
	/** Material id → grade (3 exactly it, 2 clearly relevant, 1 marginally); unlisted is 0. */
	judgments: Record<string, number>
	note?: string
}

export function loadJudgments(): JudgedQuery[] {
	const file = new URL('./judgments.json', import.meta.url)
	return (JSON.parse(fs.readFileSync(file, 'utf8')) as { queries: JudgedQuery[] }).queries
}

/** The catalog's first page: what recall is counted over. */
export const RECALL_DEPTH = 24
const NDCG_DEPTH = 10

export interface Measures {
	ndcg: number
	mrr: number
	recall: number
}

/**
 * nDCG@10 (gain 2^grade − 1, ideal order from the judgments), MRR (the first
 * hit graded 2 or 3: a marginal hit is not an answer) and recall@24 over the
 * materials graded 1 or more, out of at most 24 (a page cannot hold more).
 * A query nothing should answer scores 1 on each when nothing comes back,
 * else 0.
 */
export function measure(query: JudgedQuery, ranked: readonly string[]): Measures {
	if (query.expectNone) {
		const score = ranked.length === 0 ? 1 : 0
		return { ndcg: score, mrr: score, recall: score }
	}
	const grade = (id: string) => query.judgments[id] ?? 0
	const gain = (g: number) => 2 ** g - 1
	const discount = (i: number) => Math.log2(i + 2)
	let dcg = 0
	ranked.slice(0, NDCG_DEPTH).forEach((id, i) => (dcg += gain(grade(id)) / discount(i)))
	const ideal = Object.values(query.judgments)
		.sort((a, b) => b - a)
		.slice(0, NDCG_DEPTH)
		.reduce((sum, g, i) => sum + gain(g) / discount(i), 0)
	const first = ranked.findIndex((id) => grade(id) >= 2)
	const relevant = Object.entries(query.judgments).filter(([, g]) => g >= 1)
	const page = new Set(ranked.slice(0, RECALL_DEPTH))
	const found = relevant.filter(([id]) => page.has(id)).length
	return {
		ndcg: ideal > 0 ? dcg / ideal : 0,
		mrr: first >= 0 ? 1 / (first + 1) : 0,
		recall: relevant.length ? found / Math.min(RECALL_DEPTH, relevant.length) : 0,
	}
}

export function mean(values: readonly Measures[]): Measures {
	const n = values.length || 1
	return {
		ndcg: values.reduce((s, m) => s + m.ndcg, 0) / n,
		mrr: values.reduce((s, m) => s + m.mrr, 0) / n,
		recall: values.reduce((s, m) => s + m.recall, 0) / n,
	}
}

/**
 * The baseline: plain FTS5 over the same index, as a catalog without its
 * engine would search. The query's words AND-ed (the last one a prefix when
 * it is being typed), with no stems, typos or topics, ranked by bm25 with
 * every column weighted alike; each material at its best-ranked version.
 */
export function plainBm25(databasePath: string) {
	const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true })
	const statement = sqlite.prepare(
		`SELECT d."materialId" FROM "SearchFts" f JOIN "SearchDoc" d ON d."docId" = f.rowid
		 WHERE "SearchFts" MATCH ? ORDER BY bm25("SearchFts")`,
	)
	return {
		search(q: string): string[] {
			const expression = toFtsQuery(parseQuery(q).terms)
			if (!expression) return []
			const ids = new Set<string>()
			for (const id of statement.pluck().iterate(expression) as Iterable<string>) {
				ids.add(id)
				if (ids.size === RECALL_DEPTH) break
			}
			return [...ids]
		},
		close: () => sqlite.close(),
	}
}
