import { beforeAll, describe, expect, test } from 'vitest'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { SqliteFtsEngine } from '#app/search/sqlite-fts.server.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { loadJudgments } from '../../bench/relevance/judged.ts'
import { seedCountries, seedDemoLibrary } from '#prisma/seed.ts'

// The relevance figures are a benchmark (npm run bench:relevance); what a
// reader would notice at once is held here: the queries of the judged set
// whose first hit is unambiguous, and the cases readers reported.
let engine: SqliteFtsEngine
const search = (q: string, uiLang = 'en') =>
	engine.search({ q, filters: emptyFilters(), page: 1, pageSize: 24, uiLang })

beforeAll(async () => {
	await seedCountries()
	await seedDemoLibrary({ files: false })
	engine = new SqliteFtsEngine(resolveDatabasePath())
})

describe('the demo library answers first what a reader wants', () => {
	const anchors = loadJudgments().filter((q) => q.anchor)

	test('there are 20 anchor queries, each with one material that is exactly it', () => {
		expect(anchors).toHaveLength(20)
		for (const q of anchors)
			expect(Object.values(q.judgments).filter((g) => g === 3)).toHaveLength(1)
	})

	test.each(anchors.map((q) => [q.id, q.q, q] as const))('%s %s', async (_, __, query) => {
		const best = Object.entries(query.judgments).find(([, g]) => g === 3)![0]
		const { hits } = await search(query.q, query.uiLang)
		expect(hits[0]?.materialId).toBe(best)
	})

	test('the title "Threatened over a pic?" comes first for "threatened", above "threatens" in a description', async () => {
		const { hits } = await search('threatened')
		expect(hits[0]?.title).toBe('Threatened over a pic?')
		expect(hits[0]?.highlightedTitle).toBe('<mark>Threatened</mark> over a pic?')
	})

	test('typing "sextor" shows materials saying sextortion, not quizzes with no visible match', async () => {
		const { hits } = await search('sextor')
		for (const hit of hits.slice(0, 5)) {
			expect(hit.matchedBy).toEqual({ kind: 'text' })
			expect(`${hit.highlightedTitle} ${hit.snippet}`).toMatch(/<mark>sextor/i)
		}
	})

	test('"الأطفال" shows first the materials whose text says it, then those matched through a topic', async () => {
		const { hits } = await search('الأطفال', 'ar')
		const visible = hits.map((h) => `${h.highlightedTitle} ${h.snippet}`.includes('<mark>'))
		expect(visible[0]).toBe(true)
		// Every hit showing the word comes before every hit that does not.
		expect(visible.lastIndexOf(true)).toBeLessThan(visible.indexOf(false))
		expect(hits.some((h) => h.matchedBy.kind === 'concept')).toBe(true)
	})

	test('"grooming" from the French interface puts French materials above Polish and Romanian ones', async () => {
		const { hits } = await search('grooming', 'fr')
		const rank = (lang: string) => hits.findIndex((h) => h.lang === lang)
		expect(rank('fr')).toBeGreaterThanOrEqual(0)
		for (const other of ['pl', 'ro'])
			if (rank(other) >= 0) expect(rank('fr')).toBeLessThan(rank(other))
	})

	/** The judged grade of a material for a query of the judged set. */
	const grade = (queryId: string, materialId: string | undefined) =>
		loadJudgments().find((q) => q.id === queryId)!.judgments[materialId ?? ''] ?? 0

	test('a country and a topic ("japan sextortion") find that country’s materials on it, whatever their language', async () => {
		const { hits } = await search('japan sextortion')
		expect(
			hits
				.slice(0, 2)
				.map((h) => h.materialId)
				.sort(),
		).toEqual(['demo-m-075', 'demo-m-076'])
	})

	test('a helpline number printed on a poster finds the poster', async () => {
		const { hits } = await search('0120-000-000')
		expect(hits[0]?.materialId).toBe('demo-m-075')
	})

	test('a question that matches nothing whole answers with the materials on what it asks', async () => {
		const { hits, didYouMean } = await search('what to do if my child is being blackmailed')
		expect(hits.length).toBeGreaterThan(0)
		expect(grade('q192', hits[0]?.materialId)).toBe(3)
		expect(didYouMean).toBeNull()
		const spanish = await search('¿qué hago si me chantajean con una foto?')
		expect(grade('q194', spanish.hits[0]?.materialId)).toBeGreaterThanOrEqual(2)
	})

	test('words are not left out of a query about what the library does not hold', async () => {
		expect((await search('recette de crêpes', 'fr')).total).toBe(0)
		expect((await search('vaccination schedule')).total).toBe(0)
	})

	test('a topic typed in a language with no material finds the materials on it', async () => {
		for (const [id, q] of [
			['q203', 'pemerasan seksual'],
			['q206', 'сексуално изнудване'],
			['q208', 'deling av nakenbilder'],
		] as const) {
			const { hits } = await search(q)
			expect(grade(id, hits[0]?.materialId), q).toBeGreaterThanOrEqual(2)
		}
	})

	test('a katakana word being typed finds what the whole word does', async () => {
		const typing = await search('セクスト', 'ja')
		const whole = await search('セクストーション', 'ja')
		expect(typing.total).toBeGreaterThan(0)
		expect(typing.hits.map((h) => h.materialId).slice(0, 5)).toEqual(
			whole.hits.map((h) => h.materialId).slice(0, 5),
		)
	})

	test('a title brings the same work in other languages: its source and its adaptations, after what the words matched', async () => {
		// The Belgian Dutch poster: adapted from the French source, and adapted in turn.
		const { hits, total, facets } = await search('Te lief om waar te zijn?', 'fr')
		expect(hits[0]?.materialId).toBe('demo-m-007')
		expect(hits[0]?.matchedBy).toEqual({ kind: 'text' })
		const links = new Map(hits.slice(1).map((h) => [h.materialId, h.matchedBy]))
		expect(links.get('demo-m-010')).toEqual({
			kind: 'lineage',
			relation: 'adaptation',
			materialId: 'demo-m-007',
			title: 'Te lief om waar te zijn?',
		})
		expect(links.get('demo-m-001')).toMatchObject({ kind: 'lineage', relation: 'source' })
		expect(total).toBe(hits.length)
		// They count in the facets as in the total.
		const countries = Object.values(facets.country).reduce((a, b) => a + b, 0)
		expect(countries).toBe(total)
		// A translation says so.
		const lesson = await search('Scenariusz lekcji: Kto jest po drugiej stronie?')
		expect(lesson.hits[0]?.materialId).toBe('demo-m-024')
		expect(lesson.hits.find((h) => h.materialId === 'demo-m-026')?.matchedBy).toMatchObject({
			kind: 'lineage',
			relation: 'translation',
			materialId: 'demo-m-024',
		})
		// Filters hold for them as for any match.
		const filtered = await engine.search({
			q: 'Te lief om waar te zijn?',
			filters: { ...emptyFilters(), lang: ['nl'] },
			page: 1,
			pageSize: 24,
			uiLang: 'fr',
		})
		expect(filtered.hits.every((h) => h.materialId !== 'demo-m-001')).toBe(true)
	})

	test('one word, or a title found only through a typo, brings no lineage', async () => {
		for (const q of ['grooming', 'Te leif om waar te zijn']) {
			const { hits } = await search(q)
			expect(
				hits.filter((h) => h.matchedBy.kind === 'lineage'),
				q,
			).toEqual([])
		}
	})

	test('one Chinese character and a two-letter prefix find something', async () => {
		expect((await search('性')).total).toBeGreaterThan(0)
		const gr = await search('gr')
		expect(gr.total).toBeGreaterThan(0)
		expect(gr.hits[0]!.highlightedTitle).toMatch(/<mark>gr/i)
	})
})
