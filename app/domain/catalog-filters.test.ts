import { describe, expect, test } from 'vitest'
import { catalogSearchParams, parseCatalogQuery, toggleFilter } from './catalog-filters.ts'

const parse = (query: string) => parseCatalogQuery(new URLSearchParams(query))

describe('catalog filters', () => {
	test('reads repeated and comma-separated values, normalizing case', () => {
		const { filters, problems } = parse(
			'risk=grooming&risk=Sextortion&country=fr,be&lang=AR&age=9-12',
		)
		expect(filters.risk).toEqual(['grooming', 'sextortion'])
		expect(filters.country).toEqual(['FR', 'BE'])
		expect(filters.lang).toEqual(['ar'])
		expect(filters.age).toEqual(['9-12'])
		expect(problems).toEqual([])
	})

	test('reports each invalid value with its parameter and leaves it out', () => {
		const { filters, problems } = parse(
			'audience=aliens&risk=grooming&country=France&type=<script>&page=-3',
		)
		expect(filters.audience).toEqual([])
		expect(filters.risk).toEqual(['grooming'])
		expect(problems.map((p) => p.param)).toEqual(['audience', 'country', 'type', 'page'])
	})

	test('pages are positive integers; page size is bounded', () => {
		expect(parse('page=3').page).toBe(3)
		expect(parse('page=2.5').problems[0]?.param).toBe('page')
		expect(parse('pageSize=1000').problems[0]?.param).toBe('pageSize')
		expect(parse('pageSize=50').pageSize).toBe(50)
	})

	test('hostile input is bounded', () => {
		const many = Array.from({ length: 500 }, () => 'risk=grooming&country=FR').join('&')
		const { filters } = parse(many)
		expect(filters.risk).toEqual(['grooming'])
		const long = parse(`audience=${'x'.repeat(100_000)}`)
		expect(long.problems[0]!.value.length).toBeLessThanOrEqual(64)
	})

	test('filters round-trip through a URL, and toggling adds or removes one value', () => {
		const { filters } = parse('risk=grooming&audience=children')
		const added = toggleFilter(filters, 'risk', 'sextortion')
		expect(parse(catalogSearchParams(added, 2).toString())).toMatchObject({
			filters: added,
			page: 2,
		})
		expect(toggleFilter(added, 'risk', 'grooming').risk).toEqual(['sextortion'])
	})
})
