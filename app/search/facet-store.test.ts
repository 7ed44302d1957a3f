import { describe, expect, test } from 'vitest'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import {
	ACCESSIBILITY_FEATURES,
	AGE_BAND_KEYS,
	AUDIENCES,
	LICENCES,
	RESOURCE_TYPES,
	RISKS,
} from '#app/domain/vocabularies.ts'
import { FacetStore } from './facet-store.ts'

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number) {
	let state = seed
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31
		return state / 2 ** 31
	}
}

function library(size: number) {
	const next = random(42)
	const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!
	const some = <T>(values: readonly T[]) => values.filter(() => next() < 0.3)
	const store = new FacetStore()
	for (let i = 0; i < size; i++) {
		store.upsert({
			materialId: `m${i}`,
			countryCode: pick(['FR', 'DE', 'IL', 'JP', 'BR', 'KE']),
			resourceType: pick(RESOURCE_TYPES),
			licence: pick(LICENCES),
			audiences: some(AUDIENCES),
			risks: some(RISKS),
			ageBands: some(AGE_BAND_KEYS),
			accessibility: some(ACCESSIBILITY_FEATURES),
			langs: some(['en', 'fr', 'ar', 'ja', 'ru', 'zh', 'he']),
			publishedAt: i,
			adaptationCount: 0,
		})
	}
	return store
}

describe('facet counts', () => {
	test('a match set holding most of the library counts the same as visiting every match', () => {
		const store = library(3_000)
		store.remove('m7')
		const next = random(7)
		const members: number[] = []
		const stamp = new Uint32Array(store.size)
		for (let n = 0; n < store.size; n++) {
			if (next() < 0.8) {
				members.push(n)
				stamp[n] = 5
			}
		}
		const candidates = Int32Array.from(members)
		const counted = (membership?: { stamp: Uint32Array; generation: number }) => {
			const { passing, passed, facets } = store.filterAndCount(
				candidates,
				candidates.length,
				emptyFilters(),
				membership,
			)
			return { passing: [...passing.subarray(0, passed)], facets }
		}
		const visited = counted()
		const complement = counted({ stamp, generation: 5 })
		expect(complement).toEqual(visited)
		expect(visited.passing).not.toContain(7)
		expect(Object.values(visited.facets.country).reduce((a, b) => a + b, 0)).toBe(
			visited.passing.length,
		)
		expect(Object.keys(visited.facets.accessibility).sort()).toEqual(
			[...ACCESSIBILITY_FEATURES].sort(),
		)

		// A change to the library is reflected in the next count.
		store.upsert({
			materialId: 'm1',
			countryCode: 'NZ',
			resourceType: RESOURCE_TYPES[0],
			licence: LICENCES[0],
			audiences: [],
			risks: [],
			ageBands: [],
			accessibility: [],
			langs: ['mi'],
			publishedAt: 1,
			adaptationCount: 0,
		})
		const after = counted({ stamp, generation: 5 })
		expect(after).toEqual(counted())
		expect(after.facets.country.NZ).toBe(stamp[1] === 5 ? 1 : undefined)
	})
})

describe('the accessibility facet', () => {
	test('keeps a material with any feature named, and counts the others as if unselected', () => {
		const store = new FacetStore()
		const add = (materialId: string, accessibility: string[], risks: string[]) =>
			store.upsert({
				materialId,
				countryCode: 'FR',
				resourceType: RESOURCE_TYPES[0],
				licence: LICENCES[0],
				audiences: [],
				risks,
				ageBands: [],
				accessibility,
				langs: ['fr'],
				publishedAt: 1,
				adaptationCount: 0,
			})
		add('captioned', ['captions', 'alt-text'], ['grooming'])
		add('easy', ['easy-read'], ['sextortion'])
		add('none', [], ['grooming'])
		const ids = (filters: Parameters<FacetStore['filterAndCount']>[2]) => {
			const { passing, passed, facets } = store.filterAndCount(null, 0, filters)
			return { ids: [...passing.subarray(0, passed)].map((n) => store.idOf(n)), facets }
		}
		const everything = ids(emptyFilters())
		expect(everything.facets.accessibility).toEqual({
			captions: 1,
			'alt-text': 1,
			'easy-read': 1,
		})
		const either = ids({ ...emptyFilters(), accessibility: ['captions', 'easy-read'] })
		expect(either.ids.sort()).toEqual(['captioned', 'easy'])
		expect(either.facets.accessibility).toEqual(everything.facets.accessibility)
		expect(either.facets.risk).toEqual({ grooming: 1, sextortion: 1 })
		const grooming = ids({ ...emptyFilters(), risk: ['grooming'], accessibility: ['easy-read'] })
		expect(grooming.ids).toEqual([])
		expect(grooming.facets.accessibility).toEqual({ captions: 1, 'alt-text': 1 })
		expect(grooming.facets.risk).toEqual({ sextortion: 1 })
		// No feature selected is no filter; a selection nobody has matches nothing.
		expect(ids({ ...emptyFilters(), accessibility: [] }).ids).toHaveLength(3)
		expect(ids({ ...emptyFilters(), accessibility: ['sign-language'] }).ids).toEqual([])
	})
})

describe('rows of a material', () => {
	test('rows a material no longer has are forgotten, its current and other materials’ rows kept', () => {
		const store = library(3)
		const [a, b] = [store.materialNumber('m0')!, store.materialNumber('m1')!]
		store.mapDoc(1, a)
		store.mapDoc(2, a)
		store.mapDoc(3, b)
		// Re-indexed: m0's text now lives in rows 4 and 5.
		store.unmapOldDocs(a, new Set([4, 5]))
		store.mapDoc(4, a)
		store.mapDoc(5, a)
		expect([...store.docMaterial.subarray(1, 6)]).toEqual([-1, -1, b, a, a])
		// Again, keeping one of them: only the other goes.
		store.unmapOldDocs(a, new Set([5, 6]))
		store.mapDoc(5, a)
		store.mapDoc(6, a)
		expect([...store.docMaterial.subarray(1, 7)]).toEqual([-1, -1, b, -1, a, a])
		store.unmapOldDocs(a, new Set())
		expect([...store.docMaterial.subarray(1, 7)]).toEqual([-1, -1, b, -1, -1, -1])
	})
})
