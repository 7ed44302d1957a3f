import {
	Meilisearch,
	MeilisearchApiError,
	type EnqueuedTaskPromise,
	type FacetDistribution,
	type Hit,
	type IndexSwap,
	type LocalizedAttributes,
	type MultiSearchParams,
	type MultiSearchQuery,
	type Settings,
	type Task,
} from 'meilisearch'
import { CONCEPTS, findConcepts, type ConceptMatch } from '#app/domain/concepts.ts'
import { countryNamesOf, findCountries } from '#app/domain/country-names.ts'
import { CONTENT_LANGUAGES, isContentLanguage } from '#app/domain/languages.ts'
import {
	type FacetCounts,
	SEARCH_FACETS,
	type SearchDocument,
	type SearchEngine,
	type SearchFacet,
	type SearchFilters,
	type SearchHit,
	type SearchQuery,
	type SearchResult,
	selectedValues,
} from './engine.ts'
import {
	MEILI_ATTRIBUTES,
	MEILI_RANKING_RULES,
	MEILI_WORDS_FALLBACK,
	MIN_WORDS_TO_DROP,
	RESCORE_WINDOW,
} from './ranking.ts'
import { parseQuery, type QueryTerm } from './text.ts'

/**
 * The Meilisearch engine, used when MEILI_URL is set.
 *
 * - One Meilisearch document per material. Each language version fills its
 *   own fields (`title_fr`, `description_fr`, `body_fr`…), declared to
 *   Meilisearch with their language (localizedAttributes) so Chinese,
 *   Japanese and Thai are segmented with the right dictionary.
 * - `tags` holds every dictionary term (app/domain/concepts.ts) of the
 *   material's risks, audiences and type, in every language, and the same
 *   dictionary is loaded as synonyms: a topic named in any language finds the
 *   materials tagged with it and the text that names it in another language.
 * - Ranking: the rules in app/search/ranking.ts, which Meilisearch applies
 *   natively (title > tags > description > body for its attribute rule).
 * - Facets are disjunctive: a facet with an active filter is counted with
 *   every other filter but its own, in the same multi-search request.
 * - Writes wait for Meilisearch to confirm the task, so the outbox
 *   (app/search/outbox.server.ts) only forgets a change once it is indexed.
 */

export interface MeilisearchEngineOptions {
	url: string
	apiKey?: string
	indexUid: string
}

// ---------------------------------------------------------------------------
// Document shape

/** Field slots for versions whose language is not a content language (or repeats one). */
const EXTRA_SLOTS = ['x1', 'x2', 'x3', 'x4'] as const
/** Every slot a version's text can be stored under: the content languages, then the extras. */
export const TEXT_SLOTS: readonly string[] = [...CONTENT_LANGUAGES, ...EXTRA_SLOTS]

const titleField = (slot: string) => `title_${slot}`
const descriptionField = (slot: string) => `description_${slot}`
const bodyField = (slot: string) => `body_${slot}`

export const TITLE_FIELDS = TEXT_SLOTS.map(titleField)
export const DESCRIPTION_FIELDS = TEXT_SLOTS.map(descriptionField)
export const BODY_FIELDS = TEXT_SLOTS.map(bodyField)

export interface MeiliVersion {
	versionId: string
	lang: string
	title: string
	/** The suffix of this version's text fields (`title_${slot}`). */
	slot: string | null
}

/** A material as Meilisearch stores it. Filterable fields are named after the search's facets (SEARCH_FACETS). */
export interface MeiliDocument {
	id: string
	materialId: string
	versions: MeiliVersion[]
	tags: string[]
	audience: string[]
	risk: string[]
	lang: string[]
	country: string
	/** The country's names in every language (app/domain/country-names.ts), searched like tags. */
	countryNames: string[]
	/** What is printed on its versions besides their text: helplines, a poster's boxes. */
	printed: string[]
	type: string
	age: string[]
	licence: string
	accessibility: string[]
	/** Epoch milliseconds (0 when unknown), for sorting. */
	publishedAt: number
	adaptationCount: number
	/** title_{slot}, description_{slot}, body_{slot} for each version. */
	[field: string]: unknown
}

const VALID_ID = /^[A-Za-z0-9_-]{1,511}$/
const ENCODED_ID_PREFIX = 'x_'

/**
 * The Meilisearch document id of a material. Meilisearch ids allow only
 * [A-Za-z0-9_-] (at most 511 bytes); our cuids always qualify and are kept
 * as they are. Anything else (and any id that could be mistaken for an
 * encoded one) is hex-encoded behind `x_`, so the mapping stays one-to-one.
 */
export function meiliDocumentId(materialId: string): string {
	if (VALID_ID.test(materialId) && !materialId.startsWith(ENCODED_ID_PREFIX)) return materialId
	return ENCODED_ID_PREFIX + Buffer.from(materialId, 'utf8').toString('hex')
}

/**
 * The slot of each version: its language (primary subtag) when that is a
 * content language not taken yet by another version, else the next free
 * extra slot, else null (text not indexed: a material never has that many
 * languages outside the content list).
 */
export function assignSlots(versions: readonly { lang: string }[]): (string | null)[] {
	const used = new Set<string>()
	return versions.map(({ lang }) => {
		const primary = lang.toLowerCase().split(/[-_]/)[0] ?? ''
		let slot: string | null = isContentLanguage(primary) && !used.has(primary) ? primary : null
		slot ??= EXTRA_SLOTS.find((s) => !used.has(s)) ?? null
		if (slot) used.add(slot)
		return slot
	})
}

/** Private-use characters Meilisearch wraps matches in; stripped from indexed text so they cannot be forged. */
export const MARK_OPEN = '\ue000'
export const MARK_CLOSE = '\ue001'
const SENTINELS = /[\ue000\ue001]/g
const clean = (text: string) => text.replace(SENTINELS, '')

/** Dictionary terms of the material's topics, in every language, once each. */
export function conceptTags(
	doc: Pick<SearchDocument, 'risks' | 'audiences' | 'resourceType'>,
): string[] {
	const keys = new Set([
		...doc.risks.map((k) => `risk:${k}`),
		...doc.audiences.map((k) => `audience:${k}`),
		`type:${doc.resourceType}`,
	])
	const seen = new Set<string>()
	const tags: string[] = []
	for (const concept of CONCEPTS) {
		if (!keys.has(`${concept.vocabulary}:${concept.key}`)) continue
		for (const terms of Object.values(concept.terms)) {
			for (const term of terms) {
				const key = term.toLowerCase()
				if (seen.has(key)) continue
				seen.add(key)
				tags.push(term)
			}
		}
	}
	return tags
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
	const slots = assignSlots(doc.versions)
	const published = doc.publishedAt ? Date.parse(doc.publishedAt) : Number.NaN
	const document: MeiliDocument = {
		id: meiliDocumentId(doc.materialId),
		materialId: doc.materialId,
		versions: doc.versions.map((v, i) => ({
			versionId: v.versionId,
			lang: v.lang,
			title: v.title,
			slot: slots[i] ?? null,
		})),
		tags: conceptTags(doc),
		audience: [...new Set(doc.audiences)],
		risk: [...new Set(doc.risks)],
		lang: [...new Set(doc.versions.map((v) => v.lang))],
		country: doc.countryCode,
		countryNames: countryNamesOf(doc.countryCode),
		printed: [...new Set(doc.versions.flatMap((v) => v.printed ?? []).map(clean))],
		type: doc.resourceType,
		age: [...new Set(doc.ageBands)],
		licence: doc.licence,
		accessibility: [...new Set(doc.accessibility)],
		publishedAt: Number.isFinite(published) ? published : 0,
		adaptationCount: doc.adaptationCount,
	}
	doc.versions.forEach((v, i) => {
		const slot = slots[i]
		if (!slot) return
		document[titleField(slot)] = clean(v.title)
		document[descriptionField(slot)] = clean(v.description)
		document[bodyField(slot)] = clean(v.extractedText)
	})
	return document
}

// ---------------------------------------------------------------------------
// Settings

/**
 * ISO 639-3 codes (as Meilisearch's tokenizer names languages) of the content
 * languages it has a specific pipeline or detector for. Bosnian, Maltese and
 * Albanian have none: their fields are left to automatic detection. Chinese
 * is `cmn` (Mandarin), the code Meilisearch segments with its Chinese dictionary.
 */
export const MEILI_LOCALES: Readonly<Partial<Record<(typeof CONTENT_LANGUAGES)[number], string>>> =
	{
		ar: 'ara',
		bg: 'bul',
		cs: 'ces',
		da: 'dan',
		de: 'deu',
		el: 'ell',
		en: 'eng',
		es: 'spa',
		et: 'est',
		fi: 'fin',
		fr: 'fra',
		he: 'heb',
		hr: 'hrv',
		hu: 'hun',
		hy: 'hye',
		it: 'ita',
		ja: 'jpn',
		ka: 'kat',
		km: 'khm',
		ko: 'kor',
		lt: 'lit',
		lv: 'lav',
		nl: 'nld',
		no: 'nob',
		pl: 'pol',
		pt: 'por',
		ro: 'ron',
		ru: 'rus',
		sk: 'slk',
		sl: 'slv',
		sr: 'srp',
		sv: 'swe',
		th: 'tha',
		tr: 'tur',
		uk: 'ukr',
		vi: 'vie',
		zh: 'cmn',
	}

/** Most values a facet can have (countries are the largest: well under this). */
const MAX_VALUES_PER_FACET = 500
/** How deep results can be paged, and the cap of the total reported. */
const MAX_TOTAL_HITS = 1_000_000

/**
 * Synonyms from the concept dictionary: every term of a concept is a synonym
 * of every other term of it, in every language ("grooming" ↔ "pédopiégeage"
 * ↔ "груминг"…). Keys and values are lower-cased; a term listed by several
 * concepts gets the terms of all of them.
 */
export function conceptSynonyms(): Record<string, string[]> {
	const byTerm = new Map<string, Set<string>>()
	for (const concept of CONCEPTS) {
		const terms = new Set<string>()
		for (const list of Object.values(concept.terms))
			for (const term of list) terms.add(term.toLowerCase())
		for (const term of terms) {
			let others = byTerm.get(term)
			if (!others) byTerm.set(term, (others = new Set()))
			for (const other of terms) if (other !== term) others.add(other)
		}
	}
	const synonyms: Record<string, string[]> = {}
	for (const [term, others] of byTerm) if (others.size) synonyms[term] = [...others]
	return synonyms
}

/** The index settings. searchableAttributes are listed field by field: Meilisearch does not take patterns there. */
export function meilisearchSettings(): Settings {
	const localizedAttributes: NonNullable<LocalizedAttributes> = []
	for (const lang of CONTENT_LANGUAGES) {
		const locale = MEILI_LOCALES[lang]
		if (!locale) continue
		localizedAttributes.push({
			attributePatterns: [titleField(lang), descriptionField(lang), bodyField(lang)],
			locales: [locale],
		})
	}
	return {
		// In the attribute rule's order (app/search/ranking.ts).
		searchableAttributes: MEILI_ATTRIBUTES.flatMap((attribute) =>
			attribute === 'title'
				? TITLE_FIELDS
				: attribute === 'description'
					? DESCRIPTION_FIELDS
					: attribute === 'body'
						? BODY_FIELDS
						: [attribute],
		),
		filterableAttributes: [...SEARCH_FACETS],
		sortableAttributes: ['publishedAt', 'adaptationCount'],
		rankingRules: [...MEILI_RANKING_RULES],
		synonyms: conceptSynonyms(),
		localizedAttributes,
		typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
		pagination: { maxTotalHits: MAX_TOTAL_HITS },
		faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
		// Facet values are never searched (the catalog lists them all): no need to index them for it.
		facetSearch: false,
	}
}

// ---------------------------------------------------------------------------
// Queries

/**
 * A filter value as a double-quoted Meilisearch string. Inside quotes
 * Meilisearch reads `\` as escaping the next character, so both `\` and `"`
 * are escaped: a value can never close its quotes and add syntax.
 */
export function quoteFilterValue(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/**
 * The filter expression for the catalog filters, leaving out `except` (for
 * its disjunctive facet count): values of one parameter are OR-ed (`IN`),
 * parameters AND-ed. Undefined when nothing filters.
 */
export function buildFilter(filters: SearchFilters, except?: SearchFacet): string | undefined {
	const clauses: string[] = []
	for (const param of SEARCH_FACETS) {
		if (param === except) continue
		const values = selectedValues(filters, param)
		if (!values.length) continue
		clauses.push(`${param} IN [${values.map(quoteFilterValue).join(', ')}]`)
	}
	return clauses.length ? clauses.join(' AND ') : undefined
}

const SPACELESS_WORD =
	/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u

/**
 * The `q` sent to Meilisearch, rebuilt from parseQuery's terms (so hostile
 * syntax is gone and only the first 10 words count):
 *
 * - terms are joined by spaces, except consecutive Chinese, Japanese, Thai,
 *   Lao, Khmer or Burmese words, which are joined back into one run so
 *   Meilisearch segments the query with the same dictionary as the text;
 * - a phrase group is wrapped in double quotes (terms never contain one);
 * - a trailing space when the last word is complete: Meilisearch reads the
 *   last word as a prefix only when nothing follows it, as our parser does;
 * - a word repeated outside phrases is sent once ("sextortion sextortion…"
 *   means "sextortion"; repeats would only disturb proximity ranking).
 */
export function toMeiliQuery(terms: readonly QueryTerm[]): string {
	const seen = new Set<string>()
	const kept: QueryTerm[] = []
	for (const term of terms) {
		if (term.phrase === undefined) {
			if (seen.has(term.text)) continue
			seen.add(term.text)
		}
		kept.push(term)
	}
	let q = ''
	let previous: QueryTerm | undefined
	for (const term of kept) {
		if (previous) {
			const samePhrase = previous.phrase === term.phrase
			if (previous.phrase !== undefined && !samePhrase) q += '"'
			const joined =
				samePhrase && SPACELESS_WORD.test(previous.text) && SPACELESS_WORD.test(term.text)
			if (!joined) q += ' '
			if (term.phrase !== undefined && !samePhrase) q += '"'
		} else if (term.phrase !== undefined) q += '"'
		q += term.text
		previous = term
	}
	if (previous?.phrase !== undefined) q += '"'
	else if (previous && !previous.prefix) q += ' '
	return q
}

/** The fields a hit needs besides its _formatted text. */
const RETRIEVED_ATTRIBUTES = ['id', 'materialId', 'versions', 'audience', 'risk', 'type']
/** Snippet length, in words, around the first match of a description or body. */
export const CROP_LENGTH = 30

export interface SearchRequests {
	/** The main query first, then one per facet with an active filter, in `facetParams` order. */
	queries: MultiSearchQuery[]
	facetParams: SearchFacet[]
}

/**
 * Every query of one search, sent in one multi-search request: the main
 * query (a page of hits, and the counts of every facet without an active
 * filter) and, for each facet with an active filter, a query without that
 * filter that only counts that facet (limit 0).
 */
export function buildSearchRequests(
	indexUid: string,
	query: SearchQuery,
	terms = parseQuery(query.q).terms,
	matchingStrategy: 'all' | typeof MEILI_WORDS_FALLBACK = 'all',
): SearchRequests {
	const q = toMeiliQuery(terms)
	const main: MultiSearchQuery = {
		indexUid,
		q,
		filter: buildFilter(query.filters),
		page: query.page,
		hitsPerPage: query.pageSize,
		facets: [...SEARCH_FACETS],
		attributesToRetrieve: RETRIEVED_ATTRIBUTES,
		attributesToHighlight: [...TITLE_FIELDS, ...DESCRIPTION_FIELDS, ...BODY_FIELDS],
		attributesToCrop: [...DESCRIPTION_FIELDS, ...BODY_FIELDS],
		cropLength: CROP_LENGTH,
		highlightPreTag: MARK_OPEN,
		highlightPostTag: MARK_CLOSE,
		showRankingScore: true,
		// Every word must match (itself, a typo, a prefix or a synonym), as in the
		// embedded engine; a sentence that matched nothing leaves words out (search).
		matchingStrategy,
	}
	// Without words the catalog lists the newest first.
	if (!terms.length) main.sort = ['publishedAt:desc']
	const facetParams = SEARCH_FACETS.filter((param) => selectedValues(query.filters, param).length)
	const facetQueries = facetParams.map((param): MultiSearchQuery => ({
		indexUid,
		q,
		filter: buildFilter(query.filters, param),
		facets: [param],
		limit: 0,
		matchingStrategy,
	}))
	return { queries: [main, ...facetQueries], facetParams }
}

export function emptyFacetCounts(): FacetCounts {
	return {
		audience: {},
		risk: {},
		lang: {},
		country: {},
		type: {},
		age: {},
		licence: {},
		accessibility: {},
	}
}

/** Facet counts: from the main query, except each active facet, from its own query. */
export function mergeFacetCounts(
	main: FacetDistribution | undefined,
	perFacet: readonly { param: SearchFacet; distribution: FacetDistribution | undefined }[],
): FacetCounts {
	const facets = emptyFacetCounts()
	for (const param of SEARCH_FACETS) facets[param] = { ...(main?.[param] ?? {}) }
	for (const { param, distribution } of perFacet)
		facets[param] = { ...(distribution?.[param] ?? {}) }
	return facets
}

// ---------------------------------------------------------------------------
// Hits

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
}
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)

/**
 * Meilisearch's _formatted text as HTML: everything escaped (Meilisearch
 * does not escape), then the highlight sentinels turned into balanced
 * <mark>…</mark>. The sentinels are stripped from indexed text, so no
 * document can forge a mark, and an unbalanced one is dropped.
 */
export function renderHighlight(formatted: string): string {
	let html = ''
	let open = false
	for (const part of formatted.split(/([\ue000\ue001])/)) {
		if (part === MARK_OPEN) {
			if (!open) html += '<mark>'
			open = true
		} else if (part === MARK_CLOSE) {
			if (open) html += '</mark>'
			open = false
		} else html += escapeHtml(part)
	}
	return open ? `${html}</mark>` : html
}

/** The fields of a hit that are retrieved (RETRIEVED_ATTRIBUTES). */
export type MeiliHitFields = Pick<
	MeiliDocument,
	'id' | 'materialId' | 'versions' | 'audience' | 'risk' | 'type'
>
export type MeiliHit = Hit<MeiliHitFields>

const hasMark = (value: unknown): value is string =>
	typeof value === 'string' && value.includes(MARK_OPEN)
const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * A Meilisearch hit as a SearchHit. The version shown is the one whose text
 * matched best (a match in the title counts most, then the description, then
 * the body; ties go to the UI language), else the UI language's, else the
 * first. A hit with no match in any version's text, but tagged with a topic
 * named in the query, matched by that topic.
 */
export function toSearchHit(
	hit: MeiliHit,
	options: { uiLang: string; concepts: readonly ConceptMatch[] },
): SearchHit {
	const formatted = (hit._formatted ?? {}) as Record<string, unknown>
	const versions = hit.versions ?? []
	let best: MeiliVersion | undefined
	let bestScore = 0
	for (const version of versions) {
		if (!version.slot) continue
		const score =
			(hasMark(formatted[titleField(version.slot)]) ? 4 : 0) +
			(hasMark(formatted[descriptionField(version.slot)]) ? 2 : 0) +
			(hasMark(formatted[bodyField(version.slot)]) ? 1 : 0)
		if (
			score > bestScore ||
			(score > 0 &&
				score === bestScore &&
				version.lang === options.uiLang &&
				best?.lang !== options.uiLang)
		) {
			best = version
			bestScore = score
		}
	}
	const version = best ?? versions.find((v) => v.lang === options.uiLang) ?? versions[0]
	const slot = version?.slot
	const formattedTitle = slot ? formatted[titleField(slot)] : undefined
	const description = slot ? formatted[descriptionField(slot)] : undefined
	const body = slot ? formatted[bodyField(slot)] : undefined
	const snippetSource = hasMark(description)
		? description
		: hasMark(body)
			? body
			: text(description) || text(body)

	let matchedBy: SearchHit['matchedBy'] = { kind: 'text' }
	if (!best && options.concepts.length) {
		const tagged = options.concepts.find((c) =>
			c.vocabulary === 'risk'
				? hit.risk?.includes(c.key)
				: c.vocabulary === 'audience'
					? hit.audience?.includes(c.key)
					: hit.type === c.key,
		)
		if (tagged)
			matchedBy = {
				kind: 'concept',
				vocabulary: tagged.vocabulary,
				key: tagged.key,
				term: tagged.term,
			}
	}
	const title = version?.title ?? ''
	return {
		materialId: hit.materialId,
		versionId: version?.versionId ?? '',
		lang: version?.lang ?? '',
		title,
		highlightedTitle:
			typeof formattedTitle === 'string' ? renderHighlight(formattedTitle) : escapeHtml(title),
		snippet: renderHighlight(snippetSource),
		matchedBy,
		score: hit._rankingScore ?? 0,
	}
}

// ---------------------------------------------------------------------------
// The engine

/** How long a write may wait for Meilisearch to process it before the outbox retries. */
const WRITE_TIMEOUT_MS = 60_000
/** Settings changes and bulk loads reindex: they may take minutes on a large index. */
const BULK_TIMEOUT_MS = 15 * 60_000
const REQUEST_TIMEOUT_MS = 30_000
const POLL_INTERVAL_MS = 100
const REINDEX_BATCH_SIZE = 1_000
/** A batch is also sent once its text reaches this many characters (well under Meilisearch's 100 MB payload limit). */
const REINDEX_BATCH_CHARS = 20_000_000
/** Batches enqueued ahead of the oldest one still being processed. */
const REINDEX_MAX_PENDING = 4

export class MeilisearchTaskError extends Error {
	constructor(
		readonly what: string,
		readonly task: Task,
	) {
		super(
			`Meilisearch ${what} (task ${task.uid}) ${task.status}` +
				(task.error ? `: ${task.error.message} [${task.error.code}]` : ''),
		)
		this.name = 'MeilisearchTaskError'
	}
}

/** Throws unless the task succeeded (or failed with one of the `tolerated` error codes). */
function checkTask(task: Task, what: string, tolerated: readonly string[] = []) {
	if (task.status === 'succeeded') return task
	if (task.status === 'failed' && task.error && tolerated.includes(task.error.code)) return task
	throw new MeilisearchTaskError(what, task)
}

export class MeilisearchEngine implements SearchEngine {
	readonly name = 'meilisearch' as const
	readonly indexUid: string
	private client: Meilisearch
	/**
	 * While a rebuild runs, the latest document (or null: removed) written to
	 * the live index through this instance, replayed into the new index right
	 * after the swap so changes delivered meanwhile are not lost.
	 */
	private rebuildJournal: Map<string, SearchDocument | null> | null = null

	constructor({ url, apiKey, indexUid }: MeilisearchEngineOptions) {
		this.indexUid = indexUid
		this.client = new Meilisearch({
			host: url,
			apiKey,
			timeout: REQUEST_TIMEOUT_MS,
			defaultWaitOptions: { timeout: WRITE_TIMEOUT_MS, interval: POLL_INTERVAL_MS },
		})
	}

	private async settle(
		task: EnqueuedTaskPromise,
		what: string,
		timeout = WRITE_TIMEOUT_MS,
		tolerated?: readonly string[],
	) {
		return checkTask(await task.waitTask({ timeout, interval: POLL_INTERVAL_MS }), what, tolerated)
	}

	/** Creates the index with its primary key unless it exists. */
	private async ensureIndex(uid: string) {
		try {
			await this.client.getRawIndex(uid)
			return
		} catch (error) {
			if (!(error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found'))
				throw error
		}
		// Another process may create it meanwhile: that is fine too.
		await this.settle(
			this.client.createIndex(uid, { primaryKey: 'id' }),
			`creation of index ${uid}`,
			BULK_TIMEOUT_MS,
			['index_already_exists'],
		)
	}

	private async deleteIndexIfPresent(uid: string) {
		await this.settle(this.client.deleteIndex(uid), `deletion of index ${uid}`, BULK_TIMEOUT_MS, [
			'index_not_found',
		])
	}

	private async applySettingsTo(uid: string) {
		await this.settle(
			this.client.index(uid).updateSettings(meilisearchSettings()),
			`settings update of index ${uid}`,
			BULK_TIMEOUT_MS,
		)
	}

	/** Creates the live index if needed and applies the settings; throws when Meilisearch refuses them. */
	async applySettings() {
		await this.ensureIndex(this.indexUid)
		await this.applySettingsTo(this.indexUid)
	}

	async index(doc: SearchDocument) {
		this.rebuildJournal?.set(doc.materialId, doc)
		await this.settle(
			this.client.index(this.indexUid).addDocuments([toMeiliDocument(doc)], { primaryKey: 'id' }),
			`indexing of material ${doc.materialId}`,
		)
	}

	async remove(materialId: string) {
		this.rebuildJournal?.set(materialId, null)
		await this.settle(
			this.client.index(this.indexUid).deleteDocument(meiliDocumentId(materialId)),
			`removal of material ${materialId}`,
		)
	}

	/**
	 * didYouMean is always null here: Meilisearch already matches every word
	 * with up to two typos (and as a prefix when typed last), so a query that
	 * finds nothing is rarely one typo away from one that does, and
	 * Meilisearch exposes no vocabulary to find a correction in.
	 *
	 * tookMs is the wall time of the whole call (one multi-search round trip
	 * and the mapping of its results), as the embedded engine measures it,
	 * not Meilisearch's processingTimeMs, which leaves out the network.
	 */
	async search(query: SearchQuery): Promise<SearchResult> {
		const started = performance.now()
		const { terms } = parseQuery(query.q)
		const concepts = terms.length ? findConcepts(terms.map((t) => t.text)) : []
		let { queries, facetParams } = buildSearchRequests(this.indexUid, query, terms)
		let { results } = await this.client.multiSearch<MultiSearchParams, MeiliHitFields>({
			queries,
		})
		// The words rule (app/search/ranking.ts): a sentence, or a country and a
		// topic, that matches fewer than a ranked window adds the materials
		// matching fewer of its words (its commonest left out first), after
		// those matching all, as the embedded engine does.
		const words = terms.filter((t) => t.phrase === undefined).map((t) => t.text)
		const found = results[0]?.totalHits ?? results[0]?.estimatedTotalHits ?? 0
		if (
			found < RESCORE_WINDOW &&
			words.length >= (findCountries(words).length ? 2 : MIN_WORDS_TO_DROP)
		) {
			;({ queries, facetParams } = buildSearchRequests(
				this.indexUid,
				query,
				terms,
				MEILI_WORDS_FALLBACK,
			))
			;({ results } = await this.client.multiSearch<MultiSearchParams, MeiliHitFields>({
				queries,
			}))
		}
		const main = results[0]
		if (!main) throw new Error('Meilisearch answered a multi-search without results')
		const facets = mergeFacetCounts(
			main.facetDistribution,
			facetParams.map((param, i) => ({ param, distribution: results[i + 1]?.facetDistribution })),
		)
		return {
			hits: main.hits.map((hit) => toSearchHit(hit, { uiLang: query.uiLang, concepts })),
			total: main.totalHits ?? main.estimatedTotalHits ?? 0,
			page: query.page,
			pageSize: query.pageSize,
			facets,
			didYouMean: null,
			concepts: concepts.map(({ vocabulary, key, term }) => ({ vocabulary, key, term })),
			tookMs: Math.round((performance.now() - started) * 100) / 100,
		}
	}

	/**
	 * Builds a fresh index (`${indexUid}_rebuild`) with the same settings,
	 * loads it in batches, then swaps it with the live index in one atomic
	 * step and deletes the old one: searches never see a half-built index.
	 */
	async reindex(docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>) {
		const live = this.indexUid
		const temporary = `${live}_rebuild`
		const rebuilt = this.client.index(temporary)
		const journal = new Map<string, SearchDocument | null>()
		this.rebuildJournal = journal
		let indexed = 0
		try {
			await this.deleteIndexIfPresent(temporary)
			await this.ensureIndex(temporary)
			await this.applySettingsTo(temporary)

			const pending: number[] = []
			const waitForOldest = async () => {
				const taskUid = pending.shift()
				if (taskUid === undefined) return
				const task = await this.client.tasks.waitForTask(taskUid, {
					timeout: BULK_TIMEOUT_MS,
					interval: POLL_INTERVAL_MS,
				})
				checkTask(task, `document batch of index ${temporary}`)
			}
			let batch: MeiliDocument[] = []
			let batchChars = 0
			const send = async () => {
				if (!batch.length) return
				const enqueued = await rebuilt.addDocuments(batch, { primaryKey: 'id' })
				pending.push(enqueued.taskUid)
				batch = []
				batchChars = 0
				if (pending.length > REINDEX_MAX_PENDING) await waitForOldest()
			}
			for await (const doc of docs) {
				batch.push(toMeiliDocument(doc))
				batchChars += doc.versions.reduce(
					(n, v) => n + v.title.length + v.description.length + v.extractedText.length,
					1_000,
				)
				indexed++
				if (batch.length >= REINDEX_BATCH_SIZE || batchChars >= REINDEX_BATCH_CHARS) await send()
			}
			await send()
			while (pending.length) await waitForOldest()

			// The live index must exist to be swapped with.
			await this.ensureIndex(live)
			// `rename` is left out (it defaults to false) so servers that predate it accept the request.
			const swap = { indexes: [live, temporary] } as IndexSwap
			await this.settle(
				this.client.swapIndexes([swap]),
				`swap of ${live} and ${temporary}`,
				BULK_TIMEOUT_MS,
			)
		} catch (error) {
			this.rebuildJournal = null
			await this.deleteIndexIfPresent(temporary).catch(() => {})
			throw error
		}
		this.rebuildJournal = null
		// Changes delivered to the old index while the new one was loading.
		const changed = [...journal.values()].filter((doc): doc is SearchDocument => doc !== null)
		const removed = [...journal]
			.filter(([, doc]) => doc === null)
			.map(([id]) => meiliDocumentId(id))
		const index = this.client.index(live)
		if (changed.length)
			await this.settle(
				index.addDocuments(changed.map(toMeiliDocument), { primaryKey: 'id' }),
				'replay of changes made during the rebuild',
			)
		if (removed.length)
			await this.settle(
				index.deleteDocuments(removed),
				'replay of removals made during the rebuild',
			)
		// The temporary uid now holds the previous documents.
		await this.deleteIndexIfPresent(temporary)
		return { indexed }
	}
}
