import { describe, expect, test } from 'vitest'
import { countryNamesOf, findCountries } from '#app/domain/country-names.ts'
import { parseQuery } from '#app/search/text.ts'

const countries = (query: string) =>
	findCountries(parseQuery(query).terms.map((t) => t.text)).map((c) => c.code)

describe('findCountries', () => {
	test.each([
		['japan sextortion', ['JP']],
		['México sextorsión', ['MX']],
		['Belgique grooming', ['BE']],
		['Україна грумінг', ['UA']],
		['한국 그루밍', ['KR']],
		['ישראל סחיטה', ['IL']],
		['Moldova șantaj', ['MD']],
		['Deutschland Cybergrooming', ['DE']],
	])('%s names %j', (query, codes) => {
		expect(countries(query)).toEqual(codes)
	})

	test('a name of several words is one country, at its longest', () => {
		expect(findCountries(['costa', 'rica', 'grooming'])).toEqual([
			{ code: 'CR', tokens: ['costa', 'rica'] },
		])
		expect(countries('New Zealand and Australia')).toEqual(['NZ', 'AU'])
	})

	test('a short word of one language is not a country of another', () => {
		// Vietnamese names the United States "Mỹ" and Italy "Ý", which fold to "my" and "y".
		expect(countries('how do I talk to my child')).toEqual([])
		expect(countryNamesOf('US')).not.toContain('Mỹ')
		expect(countries('Hoa Kỳ')).toEqual(['US'])
	})

	test('a country is named in the interface languages and in its own', () => {
		expect(countryNamesOf('JP')).toEqual(
			expect.arrayContaining(['Japan', 'Japon', 'اليابان', '日本']),
		)
	})
})
