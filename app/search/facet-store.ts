import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { CONTENT_LANGUAGES } from '#app/domain/languages.ts'
import { IdTable, type IdTableArrays } from './id-table.ts'
import { adoptionLift, recencyLift } from './ranking.ts'
import {
	ACCESSIBILITY_FEATURES,
	AGE_BAND_KEYS,
	AUDIENCES,
	LICENCES,
	RESOURCE_TYPES,
	RISKS,
} from '#app/domain/vocabularies.ts'
import { type FacetCounts, type SearchFilters, selectedValues } from './engine.ts'

/**
 * Facet values of every searchable material, held in typed arrays indexed by
 * a small material number. Filtering and counting the eight facets over a
 * match set is then one pass over integers, with no SQL: at 100,000
 * materials `GROUP BY` facets cost ~400 ms where this costs about a
 * millisecond (docs/decisions/003-embedded-search.md).
 *
 * Multi-valued facets (audience, risk, age band, language, accessibility)
 * are bitmasks.
 */

const LANGS = CONTENT_LANGUAGES as readonly string[]
type Masked = 'audience' | 'risk' | 'age' | 'type' | 'licence' | 'accessibility'
const MASKED: Record<Masked, readonly string[]> = {
	audience: AUDIENCES,
	risk: RISKS,
	age: AGE_BAND_KEYS,
	type: RESOURCE_TYPES,
	licence: LICENCES,
	accessibility: ACCESSIBILITY_FEATURES,
}

export interface FacetRecord {
	materialId: string
	countryCode: string
	resourceType: string
	licence: string
	audiences: string[]
	risks: string[]
	ageBands: string[]
	accessibility: string[]
	langs: string[]
	publishedAt: number
	adaptationCount: number
}

function maskOf(values: readonly string[], vocabulary: readonly string[]) {
	let mask = 0
	for (const value of values) {
		const i = vocabulary.indexOf(value)
		if (i >= 0) mask |= 1 << i
	}
	return mask
}

function growInt32(array: Int32Array, size: number) {
	if (size <= array.length) return array
	const next = new Int32Array(Math.max(size, array.length * 2)).fill(-1)
	next.set(array)
	return next
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(
	array: T,
	size: number,
): T {
	if (size <= array.length) return array
	const next = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2))
	next.set(array)
	return next
}

interface Tallies {
	counts: Record<Masked | 'country' | 'lang', Uint32Array>
	hist: Record<Masked, Uint32Array>
	passed: number
}

/** What a FacetStore holds, as arrays of `size` materials (docs: of `rows` row ids), for saving it (facet-snapshot.ts). */
export interface FacetArrays {
	live: Uint8Array
	country: Uint16Array
	type: Uint32Array
	licence: Uint32Array
	audience: Uint32Array
	risk: Uint32Array
	age: Uint32Array
	accessibility: Uint32Array
	langLo: Uint32Array
	langHi: Uint32Array
	publishedAt: Float64Array
	adaptations: Uint32Array
	firstDoc: Int32Array
	docMaterial: Int32Array
	nextDoc: Int32Array
}

/**
 * The vocabularies the bit masks are numbered by, in order: saved facet
 * data is read back only into a store numbering them alike.
 */
export const FACET_VOCABULARIES = JSON.stringify([
	AUDIENCES,
	RISKS,
	AGE_BAND_KEYS,
	RESOURCE_TYPES,
	LICENCES,
	LANGS,
	ACCESSIBILITY_FEATURES,
])

export class FacetStore {
	/** Material number ↔ id; a removed material keeps its number with `live` = 0. */
	private ids = new IdTable()
	private countries: string[] = []
	private countryIndex = new Map<string, number>()
	live = new Uint8Array(1024)
	country = new Uint16Array(1024)
	type = new Uint32Array(1024)
	licence = new Uint32Array(1024)
	audience = new Uint32Array(1024)
	risk = new Uint32Array(1024)
	age = new Uint32Array(1024)
	accessibility = new Uint32Array(1024)
	langLo = new Uint32Array(1024)
	langHi = new Uint32Array(1024)
	publishedAt = new Float64Array(1024)
	adaptations = new Uint32Array(1024)
	/** The ranking's lift for adoption: 1 + 0.15 ln(1 + countries that adapted it). */
	adoptionBoost = new Float64Array(1024)
	/** Reused for the materials passing the filters. */
	private passing = new Int32Array(0)
	/** Tallies over every live material (see tallyComplement), until one changes. */
	private everything: Tallies | null = null
	private boost: Float64Array | null = null
	private boostAt = 0
	/** FTS rowid (SearchDoc.docId) → material number, -1 when unknown. */
	docMaterial: Int32Array = new Int32Array(1024).fill(-1)
	/**
	 * Each material's rows as a list: its first row (-1: none), and for each
	 * row the next row of the same material. Forgetting a material's old rows
	 * then costs its own rows, not a pass over every row of the library (a
	 * reindex changes every material, a few thousand between two searches).
	 */
	private firstDoc: Int32Array = new Int32Array(1024).fill(-1)
	private nextDoc: Int32Array = new Int32Array(1024).fill(-1)

	get size() {
		return this.ids.length
	}

	/** The id of material number `n`. */
	idOf(n: number) {
		return this.ids.idOf(n)
	}

	/** Makes room for `count` materials (the loader knows how many before it adds them). */
	reserve(count: number) {
		this.ids.reserve(count)
	}

	/**
	 * A copy of the arrays as they are now (the store keeps changing while
	 * they are saved); `ids` only grows, so its first `size` entries stay.
	 */
	copyArrays(): { arrays: FacetArrays; ids: IdTableArrays; size: number; countries: string[] } {
		const size = this.ids.length
		const rows = this.docMaterial.length
		return {
			size,
			ids: this.ids.copyArrays(),
			countries: [...this.countries],
			arrays: {
				live: this.live.slice(0, size),
				country: this.country.slice(0, size),
				type: this.type.slice(0, size),
				licence: this.licence.slice(0, size),
				audience: this.audience.slice(0, size),
				risk: this.risk.slice(0, size),
				age: this.age.slice(0, size),
				accessibility: this.accessibility.slice(0, size),
				langLo: this.langLo.slice(0, size),
				langHi: this.langHi.slice(0, size),
				publishedAt: this.publishedAt.slice(0, size),
				adaptations: this.adaptations.slice(0, size),
				firstDoc: this.firstDoc.slice(0, size),
				docMaterial: this.docMaterial.slice(0, rows),
				nextDoc: this.nextDoc.slice(0, rows),
			},
		}
	}

	/** A store holding saved arrays, and the adoption lift computed from them. */
	static fromArrays(
		arrays: FacetArrays & { adoptionBoost: Float64Array },
		ids: IdTable,
		countries: string[],
	): FacetStore {
		const store = new FacetStore()
		store.ids = ids
		store.countries = [...countries]
		store.countryIndex = new Map(countries.map((code, i) => [code, i]))
		Object.assign(store, arrays)
		return store
	}

	/** How many materials are in the index now (removed ones keep their number). */
	get liveCount() {
		let count = 0
		for (let n = 0; n < this.ids.length; n++) count += this.live[n]!
		return count
	}

	materialNumber(materialId: string) {
		return this.ids.find(materialId)
	}

	upsert(record: FacetRecord) {
		let n = this.ids.find(record.materialId)
		if (n === undefined) {
			n = this.ids.push(record.materialId)
			const size = n + 1
			this.live = grow(this.live, size)
			this.country = grow(this.country, size)
			this.type = grow(this.type, size)
			this.licence = grow(this.licence, size)
			this.audience = grow(this.audience, size)
			this.risk = grow(this.risk, size)
			this.age = grow(this.age, size)
			this.accessibility = grow(this.accessibility, size)
			this.langLo = grow(this.langLo, size)
			this.langHi = grow(this.langHi, size)
			this.publishedAt = grow(this.publishedAt, size)
			this.adaptations = grow(this.adaptations, size)
			this.adoptionBoost = grow(this.adoptionBoost, size)
			this.firstDoc = growInt32(this.firstDoc, size)
		}
		let c = this.countryIndex.get(record.countryCode)
		if (c === undefined) {
			c = this.countries.length
			this.countries.push(record.countryCode)
			this.countryIndex.set(record.countryCode, c)
		}
		this.everything = null
		this.boost = null
		this.live[n] = 1
		this.country[n] = c
		this.type[n] = maskOf([record.resourceType], RESOURCE_TYPES)
		this.licence[n] = maskOf([record.licence], LICENCES)
		this.audience[n] = maskOf(record.audiences, AUDIENCES)
		this.risk[n] = maskOf(record.risks, RISKS)
		this.age[n] = maskOf(record.ageBands, AGE_BAND_KEYS)
		this.accessibility[n] = maskOf(record.accessibility, ACCESSIBILITY_FEATURES)
		let lo = 0
		let hi = 0
		for (const lang of record.langs) {
			const i = LANGS.indexOf(lang)
			if (i < 0) continue
			if (i < 32) lo |= 1 << i
			else hi |= 1 << (i - 32)
		}
		this.langLo[n] = lo >>> 0
		this.langHi[n] = hi >>> 0
		this.publishedAt[n] = record.publishedAt
		this.adaptations[n] = record.adaptationCount
		this.adoptionBoost[n] = adoptionLift(record.adaptationCount)
		return n
	}

	remove(materialId: string) {
		const n = this.ids.find(materialId)
		if (n !== undefined) this.live[n] = 0
		this.everything = null
		this.boost = null
	}

	mapDoc(docId: number, materialNumber: number) {
		this.docMaterial = growInt32(this.docMaterial, docId + 1)
		this.nextDoc = growInt32(this.nextDoc, docId + 1)
		if (this.docMaterial[docId] === materialNumber) return
		this.docMaterial[docId] = materialNumber
		this.nextDoc[docId] = this.firstDoc[materialNumber]!
		this.firstDoc[materialNumber] = docId
	}

	/**
	 * Forgets the rows material `n` had and no longer has (`keep`: its rows
	 * now), so postings loaded before the change skip them. Row ids are never
	 * reused, so a forgotten row cannot come back.
	 */
	unmapOldDocs(n: number, keep: ReadonlySet<number>) {
		let head = -1
		for (let d = this.firstDoc[n]!; d >= 0;) {
			const next = this.nextDoc[d]!
			if (this.docMaterial[d] === n && keep.has(d)) {
				this.nextDoc[d] = head
				head = d
			} else {
				if (this.docMaterial[d] === n) this.docMaterial[d] = -1
				this.nextDoc[d] = -1
			}
			d = next
		}
		this.firstDoc[n] = head
	}

	/** Whether material `n` is tagged with a vocabulary value. */
	hasTag(n: number, vocabulary: 'risk' | 'audience' | 'type', key: string) {
		const bit = 1 << MASKED[vocabulary].indexOf(key)
		const field =
			vocabulary === 'risk' ? this.risk : vocabulary === 'audience' ? this.audience : this.type
		return (field[n]! & bit) !== 0
	}

	/** The number `country` holds for a country's materials (-1 when it has none). */
	countryNumber(code: string) {
		return this.countryIndex.get(code) ?? -1
	}

	/** The array and bit marking materials tagged with a vocabulary value (for cross-language topics). */
	tagBits(vocabulary: 'risk' | 'audience' | 'type', key: string) {
		const field =
			vocabulary === 'risk' ? this.risk : vocabulary === 'audience' ? this.audience : this.type
		return { field, bit: 1 << MASKED[vocabulary].indexOf(key) }
	}

	/**
	 * Each material's ranking lift: adoption times recency (see
	 * app/search/ranking.ts). Recomputed when a material changes or an hour has passed.
	 */
	rankBoost(now: number) {
		if (!this.boost || now - this.boostAt > 3_600_000) {
			const size = this.ids.length
			const boost = new Float64Array(size)
			const { publishedAt, adoptionBoost } = this
			for (let n = 0; n < size; n++) {
				boost[n] = adoptionBoost[n]! * recencyLift(publishedAt[n]!, now)
			}
			this.boost = boost
			this.boostAt = now
		}
		return this.boost
	}

	/**
	 * Applies filters to a set of material numbers (or to every live material)
	 * and counts facets disjunctively: a facet's counts ignore that facet's own
	 * selection, so picking "grooming" still shows how many "sextortion"
	 * materials there are.
	 */
	filterAndCount(
		candidates: Int32Array | null,
		count: number,
		filters: SearchFilters,
		membership?: { stamp: Uint32Array; generation: number },
	) {
		const allowed = this.compileFilters(filters)
		const unfiltered = Object.values(allowed).every((value) => value === null)
		const all = unfiltered && candidates && membership ? this.allTallies() : null
		const { counts, hist, passing, passed } =
			all && count * 2 > all.passed
				? this.tallyComplement(all, candidates!, count, membership!)
				: this.tally(candidates, count, allowed)
		for (const facet of Object.keys(MASKED) as Masked[]) {
			const tally = hist[facet]
			for (let mask = 1; mask < tally.length; mask++)
				if (tally[mask]) addBits(counts[facet], mask, 0, tally[mask])
		}

		const named = (values: readonly string[], array: Uint32Array) => {
			const out: Record<string, number> = {}
			values.forEach((value, i) => {
				if (array[i]) out[value] = array[i]!
			})
			return out
		}
		const facets: FacetCounts = {
			audience: named(AUDIENCES, counts.audience),
			risk: named(RISKS, counts.risk),
			lang: named(LANGS, counts.lang),
			country: named(this.countries, counts.country),
			type: named(RESOURCE_TYPES, counts.type),
			age: named(AGE_BAND_KEYS, counts.age),
			licence: named(LICENCES, counts.licence),
			accessibility: named(ACCESSIBILITY_FEATURES, counts.accessibility),
		}
		return { passing, passed, facets }
	}

	/** Facet tallies of every live material, kept until a material changes. */
	private allTallies() {
		if (!this.everything) {
			const { counts, hist, passed } = this.tally(null, 0, this.compileFilters(emptyFilters()))
			this.everything = { counts, hist, passed }
		}
		return this.everything
	}

	/**
	 * Tallies of a match set holding most of the library, without filters:
	 * those of the whole library less those of the materials outside the
	 * set, which are fewer to visit.
	 */
	private tallyComplement(
		all: Tallies,
		candidates: Int32Array,
		count: number,
		{ stamp, generation }: { stamp: Uint32Array; generation: number },
	) {
		const copy = <T extends Record<string, Uint32Array>>(t: T) =>
			Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.slice()])) as T
		const counts = copy(all.counts)
		const hist = copy(all.hist)
		const { live, audience, risk, langLo, langHi, country, type, age, licence, accessibility } =
			this
		const langCounts = counts.lang
		const size = this.ids.length
		for (let n = 0; n < size; n++) {
			if (!live[n] || stamp[n] === generation) continue
			hist.audience[audience[n]!]!--
			hist.risk[risk[n]!]!--
			hist.type[type[n]!]!--
			hist.age[age[n]!]!--
			hist.licence[licence[n]!]!--
			hist.accessibility[accessibility[n]!]!--
			counts.country[country[n]!]!--
			let m = langLo[n]!
			while (m) {
				langCounts[31 - Math.clz32(m & -m)]!--
				m &= m - 1
			}
			m = langHi[n]!
			while (m) {
				langCounts[63 - Math.clz32(m & -m)]!--
				m &= m - 1
			}
		}
		if (this.passing.length < count) this.passing = new Int32Array(Math.max(count, size))
		const passing = this.passing
		let passed = 0
		for (let i = 0; i < count; i++) if (live[candidates[i]!]) passing[passed++] = candidates[i]!
		return { counts, hist, passing, passed }
	}

	/** Filters and tallies in one pass over the candidates (or every material). */
	private tally(
		candidates: Int32Array | null,
		count: number,
		allowed: ReturnType<FacetStore['compileFilters']>,
	) {
		const counts = {
			country: new Uint32Array(this.countries.length),
			type: new Uint32Array(RESOURCE_TYPES.length),
			licence: new Uint32Array(LICENCES.length),
			audience: new Uint32Array(AUDIENCES.length),
			risk: new Uint32Array(RISKS.length),
			age: new Uint32Array(AGE_BAND_KEYS.length),
			lang: new Uint32Array(LANGS.length),
			accessibility: new Uint32Array(ACCESSIBILITY_FEATURES.length),
		}
		const total = candidates ? count : this.ids.length
		if (this.passing.length < total) this.passing = new Int32Array(Math.max(total, this.ids.length))
		const passing = this.passing
		let passed = 0
		// One pass over typed arrays with no call and no allocation per
		// material: this loop runs over every match (every material for a
		// listing without words), a million at the largest.
		// null: no filter on that facet (a mask of 0 is a filter matching nothing).
		const byAudience = allowed.audience !== null
		const fAudience = allowed.audience ?? 0
		const byRisk = allowed.risk !== null
		const fRisk = allowed.risk ?? 0
		const byLang = allowed.lang !== null
		const fLangLo = allowed.lang?.[0] ?? 0
		const fLangHi = allowed.lang?.[1] ?? 0
		const byCountry = allowed.country !== null
		const fCountry = new Uint8Array(this.countries.length)
		for (const c of allowed.country ?? []) fCountry[c] = 1
		const byType = allowed.type !== null
		const fType = allowed.type ?? 0
		const byAge = allowed.age !== null
		const fAge = allowed.age ?? 0
		const byLicence = allowed.licence !== null
		const fLicence = allowed.licence ?? 0
		const byAccessibility = allowed.accessibility !== null
		const fAccessibility = allowed.accessibility ?? 0
		const { live, audience, risk, langLo, langHi, country, type, age, licence, accessibility } =
			this
		// Small masks are tallied by whole value and expanded to their bits
		// once at the end: one increment per material instead of one per bit.
		// Languages are tallied by material's first 32 and last languages alike.
		const hist = {
			audience: new Uint32Array(1 << AUDIENCES.length),
			risk: new Uint32Array(1 << RISKS.length),
			type: new Uint32Array(1 << RESOURCE_TYPES.length),
			age: new Uint32Array(1 << AGE_BAND_KEYS.length),
			licence: new Uint32Array(1 << LICENCES.length),
			accessibility: new Uint32Array(1 << ACCESSIBILITY_FEATURES.length),
		}
		const langCounts = counts.lang
		for (let i = 0; i < total; i++) {
			const n = candidates ? candidates[i]! : i
			if (!live[n]) continue
			// Which facets' filters the material fails: it counts in a facet
			// when it passes every other facet (disjunctive facets).
			let fails = 0
			let failed = -1
			if (byAudience && (audience[n]! & fAudience) === 0) {
				fails++
				failed = 0
			}
			if (byRisk && (risk[n]! & fRisk) === 0) {
				fails++
				failed = 1
			}
			if (byLang && (langLo[n]! & fLangLo) === 0 && (langHi[n]! & fLangHi) === 0) {
				fails++
				failed = 2
			}
			if (byCountry && fCountry[country[n]!] === 0) {
				fails++
				failed = 3
			}
			if (byType && (type[n]! & fType) === 0) {
				fails++
				failed = 4
			}
			if (byAge && (age[n]! & fAge) === 0) {
				fails++
				failed = 5
			}
			if (byLicence && (licence[n]! & fLicence) === 0) {
				fails++
				failed = 6
			}
			if (byAccessibility && (accessibility[n]! & fAccessibility) === 0) {
				fails++
				failed = 7
			}
			if (fails > 1) continue
			if (fails === 0) passing[passed++] = n
			if (fails === 0 || failed === 0) hist.audience[audience[n]!]!++
			if (fails === 0 || failed === 1) hist.risk[risk[n]!]!++
			if (fails === 0 || failed === 2) {
				let m = langLo[n]!
				while (m) {
					langCounts[31 - Math.clz32(m & -m)]!++
					m &= m - 1
				}
				m = langHi[n]!
				while (m) {
					langCounts[63 - Math.clz32(m & -m)]!++
					m &= m - 1
				}
			}
			if (fails === 0 || failed === 3) counts.country[country[n]!]!++
			if (fails === 0 || failed === 4) hist.type[type[n]!]!++
			if (fails === 0 || failed === 5) hist.age[age[n]!]!++
			if (fails === 0 || failed === 6) hist.licence[licence[n]!]!++
			if (fails === 0 || failed === 7) hist.accessibility[accessibility[n]!]!++
		}
		return { counts, hist, passing, passed }
	}

	private compileFilters(filters: SearchFilters) {
		const mask = (param: Masked) => maskOf(selectedValues(filters, param), MASKED[param])
		let lang: [number, number] | null = null
		if (filters.lang.length) {
			lang = [0, 0]
			for (const l of filters.lang) {
				const i = LANGS.indexOf(l)
				if (i >= 0 && i < 32) lang[0] |= 1 << i
				else if (i >= 32) lang[1] |= 1 << (i - 32)
			}
			// A language no material has still filters: it matches nothing.
			if (!lang[0] && !lang[1]) lang = [0, 0]
		}
		const countrySet = filters.country.length
			? new Set(
					filters.country
						.map((c) => this.countryIndex.get(c))
						.filter((c): c is number => c !== undefined),
				)
			: null
		// null: no filter on that facet. A mask of 0 (values no material can
		// have) is still a filter, and matches nothing.
		return {
			audience: filters.audience.length ? mask('audience') : null,
			risk: filters.risk.length ? mask('risk') : null,
			age: filters.age.length ? mask('age') : null,
			type: filters.type.length ? mask('type') : null,
			licence: filters.licence.length ? mask('licence') : null,
			accessibility: filters.accessibility?.length ? mask('accessibility') : null,
			lang,
			country: countrySet,
		}
	}
}

function addBits(counts: Uint32Array, mask: number, offset = 0, times = 1) {
	let m = mask >>> 0
	while (m) {
		const bit = 31 - Math.clz32(m & -m)
		counts[bit + offset]! += times
		m &= m - 1
	}
}
