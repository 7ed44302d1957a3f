import { describe, expect, test } from 'vitest'
import { emptyFilters, type CatalogFilters } from '#app/domain/catalog-filters.ts'
import { findConcepts } from '#app/domain/concepts.ts'
import { CONTENT_LANGUAGES } from '#app/domain/languages.ts'
import {
	SEARCH_FACETS,
	type SearchDocument,
	type SearchFilters,
	type SearchQuery,
} from '#app/search/engine.ts'
import {
	MARK_CLOSE,
	MARK_OPEN,
	buildFilter,
	buildSearchRequests,
	conceptSynonyms,
	meiliDocumentId,
	meilisearchSettings,
	mergeFacetCounts,
	quoteFilterValue,
	renderHighlight,
	toMeiliDocument,
	toMeiliQuery,
	toSearchHit,
	type MeiliHit,
} from '#app/search/meilisearch.server.ts'
import { parseQuery } from '#app/search/text.ts'

// ---------------------------------------------------------------------------
// A reader of filter expressions that follows Meilisearch's rules for quoted
// values (filter-parser: a backslash escapes the next character; `\"` and
// `\\` unescape), accepting only the shape buildFilter is meant to produce:
// `field IN ["v", …] AND field IN [...]`. Anything else throws.

function readFilter(expression: string): Record<string, string[]> {
	const clauses: Record<string, string[]> = {}
	let i = 0
	const skipSpaces = () => {
		while (i < expression.length && /\s/.test(expression[i]!)) i++
	}
	const word = () => {
		skipSpaces()
		const match = /^[A-Za-z0-9_.-]+/.exec(expression.slice(i))
		if (!match) throw new Error(`expected a word at ${i}: ${expression.slice(i, i + 20)}`)
		i += match[0].length
		return match[0]
	}
	const expect_ = (char: string) => {
		skipSpaces()
		if (expression[i] !== char)
			throw new Error(`expected ${char} at ${i}: ${expression.slice(i, i + 20)}`)
		i++
	}
	const quoted = () => {
		expect_('"')
		let raw = ''
		for (;;) {
			const c = expression[i]
			if (c === undefined) throw new Error('unterminated string')
			if (c === '"') break
			if (c === '\\') {
				const next = expression[i + 1]
				if (next === undefined) throw new Error('dangling backslash')
				raw += c + next
				i += 2
				continue
			}
			raw += c
			i++
		}
		i++
		return raw.replace(/\\(["\\])/g, '$1')
	}
	for (;;) {
		const field = word()
		if (word() !== 'IN') throw new Error('expected IN')
		expect_('[')
		const values = [quoted()]
		skipSpaces()
		while (expression[i] === ',') {
			i++
			values.push(quoted())
			skipSpaces()
		}
		expect_(']')
		if (field in clauses) throw new Error(`field ${field} twice`)
		clauses[field] = values
		skipSpaces()
		if (i >= expression.length) return clauses
		if (word() !== 'AND') throw new Error('expected AND')
	}
}

const filters = (partial: Partial<SearchFilters>) =>
	({ ...emptyFilters(), ...partial }) as SearchFilters

const HOSTILE_VALUES = [
	'grooming" OR risk IN ["sextortion',
	'x\\" OR country = "FR',
	'trailing backslash\\',
	'\\\\"] AND licence IN ["cc0-1.0',
	"single ' quote",
	'newline\nAND lang IN ["fr"]',
	'(parens) NOT EXISTS',
	'',
]

describe('filters', () => {
	test('quotes every value, escaping quotes and backslashes', () => {
		expect(quoteFilterValue('grooming')).toBe('"grooming"')
		expect(quoteFilterValue('a"b')).toBe('"a\\"b"')
		expect(quoteFilterValue('a\\b')).toBe('"a\\\\b"')
		expect(quoteFilterValue('a\\"b')).toBe('"a\\\\\\"b"')
	})

	test('ORs the values of a parameter and ANDs parameters', () => {
		const expression = buildFilter(
			filters({ risk: ['grooming', 'sextortion'], lang: ['fr'], country: ['FR', 'BE'] }),
		)
		expect(expression).toBe(
			'risk IN ["grooming", "sextortion"] AND lang IN ["fr"] AND country IN ["FR", "BE"]',
		)
		expect(readFilter(expression!)).toEqual({
			risk: ['grooming', 'sextortion'],
			lang: ['fr'],
			country: ['FR', 'BE'],
		})
		expect(buildFilter(emptyFilters())).toBeUndefined()
	})

	test('hostile values cannot change what the filter means', () => {
		for (const value of HOSTILE_VALUES) {
			const expression = buildFilter(
				filters({ risk: [value, 'grooming'], lang: ['fr'] } as Partial<CatalogFilters>),
			)!
			expect(readFilter(expression), JSON.stringify(value)).toEqual({
				risk: [value, 'grooming'],
				lang: ['fr'],
			})
		}
		const all = buildFilter(
			filters({
				audience: HOSTILE_VALUES,
				licence: HOSTILE_VALUES,
				accessibility: HOSTILE_VALUES,
			} as Partial<SearchFilters>),
		)!
		expect(readFilter(all)).toEqual({
			audience: HOSTILE_VALUES,
			licence: HOSTILE_VALUES,
			accessibility: HOSTILE_VALUES,
		})
	})

	test('leaves out the facet being counted', () => {
		const active = filters({ risk: ['grooming'], lang: ['fr'] })
		expect(readFilter(buildFilter(active, 'risk')!)).toEqual({ lang: ['fr'] })
		expect(readFilter(buildFilter(active, 'lang')!)).toEqual({ risk: ['grooming'] })
		expect(buildFilter(filters({ risk: ['grooming'] }), 'risk')).toBeUndefined()
	})
})

// ---------------------------------------------------------------------------

const doc = (overrides: Partial<SearchDocument> = {}): SearchDocument => ({
	materialId: 'cmabc123def456',
	countryCode: 'FR',
	resourceType: 'poster',
	licence: 'cc-by-4.0',
	audiences: ['parents-carers'],
	risks: ['grooming'],
	ageBands: ['9-12', '13-17'],
	accessibility: ['captions'],
	publishedAt: '2026-01-02T03:04:05.000Z',
	adaptationCount: 3,
	versions: [
		{
			versionId: 'v-fr',
			lang: 'fr',
			title: 'Un inconnu trop gentil',
			description: 'Affiche pour les parents',
			extractedText: 'Texte',
		},
		{
			versionId: 'v-ar',
			lang: 'ar',
			title: 'غريب لطيف جدا',
			description: 'ملصق للآباء',
			extractedText: '',
		},
	],
	...overrides,
})

describe('documents', () => {
	test('keeps cuid ids and encodes anything Meilisearch would refuse, one-to-one', () => {
		expect(meiliDocumentId('cmabc123def456')).toBe('cmabc123def456')
		expect(meiliDocumentId('demo-material_1')).toBe('demo-material_1')
		const odd = ['a b', 'é', 'a/b', 'x_61', 'x_', '']
		const encoded = odd.map(meiliDocumentId)
		for (const id of encoded) expect(id).toMatch(/^[A-Za-z0-9_-]{1,511}$/)
		expect(new Set([...encoded, 'x_61', '61', 'a']).size).toBe(encoded.length + 3)
	})

	test('one document per material, with text fields per language', () => {
		const d = toMeiliDocument(doc())
		expect(d.id).toBe('cmabc123def456')
		expect(d.materialId).toBe('cmabc123def456')
		expect(d.title_fr).toBe('Un inconnu trop gentil')
		expect(d.description_fr).toBe('Affiche pour les parents')
		expect(d.body_fr).toBe('Texte')
		expect(d.title_ar).toBe('غريب لطيف جدا')
		expect(d.description_ar).toBe('ملصق للآباء')
		expect(d.body_ar).toBe('')
		expect(d.title_en).toBeUndefined()
		expect(d.versions).toEqual([
			{ versionId: 'v-fr', lang: 'fr', title: 'Un inconnu trop gentil', slot: 'fr' },
			{ versionId: 'v-ar', lang: 'ar', title: 'غريب لطيف جدا', slot: 'ar' },
		])
	})

	test('filterable and sortable fields', () => {
		const d = toMeiliDocument(doc())
		expect(d).toMatchObject({
			audience: ['parents-carers'],
			risk: ['grooming'],
			lang: ['fr', 'ar'],
			country: 'FR',
			type: 'poster',
			age: ['9-12', '13-17'],
			licence: 'cc-by-4.0',
			publishedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
			adaptationCount: 3,
		})
		expect(d.accessibility).toEqual(['captions'])
		for (const param of SEARCH_FACETS) expect(d).toHaveProperty(param)
		expect(toMeiliDocument(doc({ publishedAt: null })).publishedAt).toBe(0)
	})

	test('tags name the material topics in every language', () => {
		const { tags } = toMeiliDocument(doc())
		for (const term of [
			'grooming',
			'pédopiégeage',
			'груминг',
			'网络诱骗',
			'グルーミング',
			'affiche',
			'Plakat',
			'parents',
		]) {
			expect(tags, term).toContain(term)
		}
		expect(tags).not.toContain('sextortion')
		expect(new Set(tags.map((t) => t.toLowerCase())).size).toBe(tags.length)
	})

	test('the country is searchable by its names, and a helpline by what is printed', () => {
		const d = toMeiliDocument(
			doc({
				versions: [
					{
						versionId: 'v-fr',
						lang: 'fr',
						title: 'Affiche',
						description: '',
						extractedText: '',
						printed: ['0 800 000 111'],
					},
				],
			}),
		)
		expect(d.countryNames).toEqual(expect.arrayContaining(['France', 'فرنسا']))
		expect(d.printed).toEqual(['0 800 000 111'])
	})

	test('a repeated or unknown language goes to an extra slot', () => {
		const d = toMeiliDocument(
			doc({
				versions: [
					{ versionId: 'a', lang: 'pt', title: 'Cartaz', description: '', extractedText: '' },
					{ versionId: 'b', lang: 'pt-BR', title: 'Pôster', description: '', extractedText: '' },
					{ versionId: 'c', lang: 'eu', title: 'Kartela', description: '', extractedText: '' },
				],
			}),
		)
		expect(d.versions.map((v) => v.slot)).toEqual(['pt', 'x1', 'x2'])
		expect(d.title_pt).toBe('Cartaz')
		expect(d.title_x1).toBe('Pôster')
		expect(d.title_x2).toBe('Kartela')
		expect(d.lang).toEqual(['pt', 'pt-BR', 'eu'])
	})

	test('text cannot smuggle in highlight markers', () => {
		const d = toMeiliDocument(
			doc({
				versions: [
					{
						versionId: 'v',
						lang: 'en',
						title: `a${MARK_OPEN}b${MARK_CLOSE}c`,
						description: '',
						extractedText: '',
					},
				],
			}),
		)
		expect(d.title_en).toBe('abc')
	})
})

// ---------------------------------------------------------------------------

describe('settings', () => {
	const settings = meilisearchSettings()

	test('searches every content language, titles first, then tags, descriptions, bodies', () => {
		const searchable = settings.searchableAttributes!
		for (const lang of CONTENT_LANGUAGES) {
			for (const field of [`title_${lang}`, `description_${lang}`, `body_${lang}`])
				expect(searchable, field).toContain(field)
		}
		const tags = searchable.indexOf('tags')
		expect(
			searchable.filter((f) => f.startsWith('title_')).every((f) => searchable.indexOf(f) < tags),
		).toBe(true)
		expect(
			searchable
				.filter((f) => /^(description|body)_/.test(f))
				.every((f) => searchable.indexOf(f) > tags),
		).toBe(true)
		const lastDescription = Math.max(
			...searchable.filter((f) => f.startsWith('description_')).map((f) => searchable.indexOf(f)),
		)
		const firstBody = Math.min(
			...searchable.filter((f) => f.startsWith('body_')).map((f) => searchable.indexOf(f)),
		)
		expect(lastDescription).toBeLessThan(firstBody)
		// Country names count like topics; printed texts between descriptions and bodies.
		expect(searchable.indexOf('countryNames')).toBe(tags + 1)
		expect(searchable.indexOf('printed')).toBe(lastDescription + 1)
		expect(searchable.some((f) => f.includes('*'))).toBe(false)
		expect(new Set(searchable).size).toBe(searchable.length)
	})

	test('filters, sorts and ranks', () => {
		expect(settings.filterableAttributes).toEqual([...SEARCH_FACETS])
		expect(settings.filterableAttributes).toContain('accessibility')
		expect(settings.sortableAttributes).toEqual(
			expect.arrayContaining(['publishedAt', 'adaptationCount']),
		)
		expect(settings.rankingRules).toEqual([
			'words',
			'typo',
			'proximity',
			'attribute',
			'sort',
			'exactness',
			'adaptationCount:desc',
			'publishedAt:desc',
		])
		expect(settings.typoTolerance).toMatchObject({
			minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
		})
		expect(settings.faceting?.maxValuesPerFacet).toBeGreaterThanOrEqual(100)
		expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(100_000)
	})

	test('declares the language of each language field with an ISO 639-3 code', () => {
		const localeOf = (field: string) =>
			settings.localizedAttributes!.find((rule) => rule.attributePatterns.includes(field))?.locales
		expect(localeOf('title_ar')).toEqual(['ara'])
		expect(localeOf('body_zh')).toEqual(['cmn'])
		expect(localeOf('description_ja')).toEqual(['jpn'])
		expect(localeOf('title_th')).toEqual(['tha'])
		expect(localeOf('title_ru')).toEqual(['rus'])
		expect(localeOf('title_en')).toEqual(['eng'])
		expect(localeOf('tags')).toBeUndefined()
		for (const rule of settings.localizedAttributes!) {
			for (const locale of rule.locales) expect(locale).toMatch(/^[a-z]{3}$/)
		}
	})

	test('synonyms link every term of a concept to the others, both ways', () => {
		const synonyms = conceptSynonyms()
		expect(synonyms['груминг']).toEqual(
			expect.arrayContaining(['grooming', 'pédopiégeage', 'グルーミング']),
		)
		expect(synonyms['grooming']).toEqual(expect.arrayContaining(['груминг', 'pédopiégeage']))
		expect(synonyms['grooming']).not.toContain('grooming')
		for (const [term, others] of Object.entries(synonyms)) {
			expect(term).toBe(term.toLowerCase())
			for (const other of others.slice(0, 3))
				expect(synonyms[other], `${other} → ${term}`).toContain(term)
		}
		expect(settings.synonyms).toEqual(synonyms)
	})
})

// ---------------------------------------------------------------------------

describe('query text', () => {
	const q = (raw: string) => toMeiliQuery(parseQuery(raw).terms)

	test('keeps only words, at most 10, with the last one a prefix while typed', () => {
		expect(q('sextortion parents')).toBe('sextortion parents')
		expect(q('sextortion parents ')).toBe('sextortion parents ')
		expect(q('title:sextortion -parents* (NOT) AND "x')).toBe('title sextortion parents not and x')
		expect(q('one two three four five six seven eight nine ten eleven')).toBe(
			'one two three four five six seven eight nine ten ',
		)
		expect(q('')).toBe('')
		expect(q('"*()^:')).toBe('')
	})

	test('never sends Meilisearch syntax other than phrase quotes', () => {
		for (const raw of ['-sextortion', 'a -b', '"a" "b', 'a"b"c"', '\u0000"\u0007', '«a b» "c d"']) {
			const text = q(raw)
			expect(text.replace(/"[^"]*"/g, ''), raw).not.toMatch(/["\-*():^]/)
			expect((text.match(/"/g) ?? []).length % 2, raw).toBe(0)
		}
	})

	test('quotes phrases', () => {
		expect(q('"parents and carers"')).toBe('"parents and carers"')
		expect(q('guide "parents and carers" help')).toBe('guide "parents and carers" help')
		expect(q('"a b" "c d"')).toBe('"a b" "c d"')
	})

	test('joins words of spaceless scripts back into one run', () => {
		expect(q('网络诱骗儿童')).toBe('网络诱骗儿童')
		expect(q('网络诱骗 parents')).toBe('网络诱骗 parents')
		expect(q('คนแปลกหน้า')).toBe('คนแปลกหน้า')
	})

	test('sends a repeated word once', () => {
		expect(q('sextortion '.repeat(1000))).toBe('sextortion ')
		expect(q(`${'parents '.repeat(10)}unmatchablewordxyz`)).toBe('parents ')
	})
})

// ---------------------------------------------------------------------------

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
	q: 'grooming',
	filters: emptyFilters(),
	page: 2,
	pageSize: 24,
	uiLang: 'en',
	...overrides,
})

describe('search requests', () => {
	test('one query when no filter is active, with every facet counted', () => {
		const { queries, facetParams } = buildSearchRequests('materials', query())
		expect(queries).toHaveLength(1)
		expect(facetParams).toEqual([])
		const [main] = queries
		expect(main).toMatchObject({
			indexUid: 'materials',
			q: 'grooming',
			page: 2,
			hitsPerPage: 24,
			matchingStrategy: 'all',
		})
		expect(main!.facets).toEqual([...SEARCH_FACETS])
		expect(main!.filter).toBeUndefined()
		expect(main!.sort).toBeUndefined()
		expect(main!.highlightPreTag).toBe(MARK_OPEN)
		expect(main!.highlightPostTag).toBe(MARK_CLOSE)
		expect(main!.attributesToHighlight).toEqual(
			expect.arrayContaining(['title_fr', 'description_zh', 'body_ar']),
		)
		expect(main!.attributesToCrop).toEqual(expect.arrayContaining(['description_fr', 'body_fr']))
		expect(main!.attributesToCrop).not.toContain('title_fr')
		expect(main!.cropLength).toBe(30)
	})

	test('a query that matched fewer than a ranked window is asked again leaving out its commonest words', () => {
		const { queries } = buildSearchRequests(
			'materials',
			query({ filters: { ...emptyFilters(), risk: ['sextortion'] } }),
			undefined,
			'frequency',
		)
		expect(queries.map((q) => q.matchingStrategy)).toEqual(['frequency', 'frequency'])
	})

	test('one extra query per active facet, each without its own filter', () => {
		const active = filters({
			risk: ['grooming', 'sextortion'],
			lang: ['de'],
			licence: ['cc0-1.0'],
			accessibility: ['captions', 'easy-read'],
		})
		const { queries, facetParams } = buildSearchRequests('materials', query({ filters: active }))
		expect(facetParams).toEqual(['risk', 'lang', 'licence', 'accessibility'])
		expect(queries).toHaveLength(5)
		const [main, ...perFacet] = queries
		expect(readFilter(main!.filter as string)).toEqual({
			risk: ['grooming', 'sextortion'],
			lang: ['de'],
			licence: ['cc0-1.0'],
			accessibility: ['captions', 'easy-read'],
		})
		perFacet.forEach((facetQuery, i) => {
			const param = facetParams[i]!
			expect(facetQuery.facets).toEqual([param])
			expect(facetQuery.limit).toBe(0)
			expect(facetQuery.q).toBe(main!.q)
			expect(facetQuery.matchingStrategy).toBe('all')
			const expected: Record<string, string[]> = {
				risk: ['grooming', 'sextortion'],
				lang: ['de'],
				licence: ['cc0-1.0'],
				accessibility: ['captions', 'easy-read'],
			}
			delete expected[param]
			expect(readFilter(facetQuery.filter as string)).toEqual(expected)
		})
	})

	test('a single active facet counts over the unfiltered match set', () => {
		const { queries } = buildSearchRequests(
			'materials',
			query({ filters: filters({ country: ['FR'] }) }),
		)
		expect(queries).toHaveLength(2)
		expect(queries[1]!.filter).toBeUndefined()
		expect(queries[1]!.facets).toEqual(['country'])
	})

	test('without words the newest come first', () => {
		expect(buildSearchRequests('materials', query({ q: '' })).queries[0]!.sort).toEqual([
			'publishedAt:desc',
		])
		expect(buildSearchRequests('materials', query({ q: '()' })).queries[0]!.sort).toEqual([
			'publishedAt:desc',
		])
	})

	test('facet counts come from the main query, except active facets from their own query', () => {
		const facets = mergeFacetCounts(
			{ risk: { grooming: 2 }, country: { FR: 2 }, lang: { fr: 1 } },
			[
				{ param: 'risk', distribution: { risk: { grooming: 2, sextortion: 5 } } },
				{ param: 'lang', distribution: undefined },
			],
		)
		expect(Object.keys(facets).sort()).toEqual([...SEARCH_FACETS].sort())
		expect(facets.risk).toEqual({ grooming: 2, sextortion: 5 })
		expect(facets.country).toEqual({ FR: 2 })
		expect(facets.lang).toEqual({})
		expect(facets.audience).toEqual({})
	})
})

// ---------------------------------------------------------------------------

const mark = (word: string) => `${MARK_OPEN}${word}${MARK_CLOSE}`

describe('highlights', () => {
	test('escape everything but the marks', () => {
		expect(renderHighlight(`<script>alert(1)</script> ${mark('threats')} & "more" 'x'`)).toBe(
			`&lt;script&gt;alert(1)&lt;/script&gt; <mark>threats</mark> &amp; &quot;more&quot; &#39;x&#39;`,
		)
		expect(renderHighlight(`<mark>not ours</mark>`)).toBe('&lt;mark&gt;not ours&lt;/mark&gt;')
	})

	test('marks are always balanced', () => {
		expect(renderHighlight(`a ${MARK_OPEN}b`)).toBe('a <mark>b</mark>')
		expect(renderHighlight(`a${MARK_CLOSE} b`)).toBe('a b')
		expect(renderHighlight(`${MARK_OPEN}${MARK_OPEN}a${MARK_CLOSE}${MARK_CLOSE}`)).toBe(
			'<mark>a</mark>',
		)
	})
})

describe('hits', () => {
	const versions = [
		{ versionId: 'v-fr', lang: 'fr', title: 'Affiche <script>', slot: 'fr' },
		{ versionId: 'v-en', lang: 'en', title: 'Poster <b>bold</b>', slot: 'en' },
	]
	const hit = (formatted: Record<string, string>, extra: Partial<MeiliHit> = {}): MeiliHit => ({
		id: 'm1',
		materialId: 'm1',
		versions,
		audience: ['children'],
		risk: ['grooming'],
		type: 'poster',
		_formatted: formatted,
		_rankingScore: 0.75,
		...extra,
	})

	test('shows the version that matched, with escaped title and snippet', () => {
		const result = toSearchHit(
			hit({
				title_fr: 'Affiche <script>',
				description_fr: 'Rien',
				body_fr: '',
				title_en: `Poster <b>bold</b>`,
				description_en: `About ${mark('grooming')} <img src=x onerror=alert(1)>`,
				body_en: `more ${mark('grooming')}`,
			}),
			{ uiLang: 'fr', concepts: [] },
		)
		expect(result).toMatchObject({
			materialId: 'm1',
			versionId: 'v-en',
			lang: 'en',
			title: 'Poster <b>bold</b>',
			score: 0.75,
		})
		expect(result.highlightedTitle).toBe('Poster &lt;b&gt;bold&lt;/b&gt;')
		expect(result.snippet).toBe('About <mark>grooming</mark> &lt;img src=x onerror=alert(1)&gt;')
		expect(result.matchedBy).toEqual({ kind: 'text' })
	})

	test('a title match wins over a text match; ties go to the UI language', () => {
		const formatted = {
			title_fr: `${mark('Affiche')} <script>`,
			description_fr: '',
			body_fr: '',
			title_en: 'Poster',
			description_en: mark('affiche'),
			body_en: '',
		}
		expect(toSearchHit(hit(formatted), { uiLang: 'en', concepts: [] }).lang).toBe('fr')
		expect(toSearchHit(hit(formatted), { uiLang: 'en', concepts: [] }).highlightedTitle).toBe(
			'<mark>Affiche</mark> &lt;script&gt;',
		)
		const tie = { ...formatted, title_en: mark('Poster'), description_en: '' }
		expect(toSearchHit(hit(tie), { uiLang: 'en', concepts: [] }).lang).toBe('en')
		expect(toSearchHit(hit(tie), { uiLang: 'fr', concepts: [] }).lang).toBe('fr')
	})

	test('the snippet comes from the body when only the body matched', () => {
		const result = toSearchHit(
			hit({
				title_fr: 'Affiche',
				description_fr: 'Rien ici',
				body_fr: `…texte ${mark('grooming')} <script>…`,
			}),
			{ uiLang: 'en', concepts: [] },
		)
		expect(result.lang).toBe('fr')
		expect(result.snippet).toBe('…texte <mark>grooming</mark> &lt;script&gt;…')
	})

	test('without any match: the UI language version, matched by a topic named in the query', () => {
		const concepts = findConcepts(parseQuery('груминг').terms.map((t) => t.text))
		expect(concepts.map((c) => c.key)).toEqual(['grooming'])
		const formatted = {
			title_fr: 'Affiche <script>',
			description_fr: 'Rien',
			title_en: 'Poster',
			description_en: 'Nothing',
		}
		const result = toSearchHit(hit(formatted), { uiLang: 'en', concepts })
		expect(result.lang).toBe('en')
		expect(result.snippet).toBe('Nothing')
		expect(result.matchedBy).toMatchObject({ kind: 'concept', vocabulary: 'risk', key: 'grooming' })
		// Not tagged with the topic: a text match (a typo or synonym Meilisearch did not mark).
		expect(
			toSearchHit(hit(formatted, { risk: ['sextortion'] }), { uiLang: 'en', concepts }).matchedBy,
		).toEqual({
			kind: 'text',
		})
		// A match in the text is a text match even when the topic is tagged.
		expect(
			toSearchHit(hit({ ...formatted, title_en: mark('Poster') }), { uiLang: 'en', concepts })
				.matchedBy,
		).toEqual({
			kind: 'text',
		})
	})

	test('falls back to the first version when the UI language has none', () => {
		const result = toSearchHit(hit({ title_fr: 'Affiche <script>' }), {
			uiLang: 'ar',
			concepts: [],
		})
		expect(result.lang).toBe('fr')
		expect(result.highlightedTitle).toBe('Affiche &lt;script&gt;')
	})
})
