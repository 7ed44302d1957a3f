import { describe, expect, test } from 'vitest'
import {
	ancestorsOf,
	buildLineageTree,
	classifyDerivation,
	MAX_LINEAGE_DEPTH,
	summarizeReuse,
	wouldCreateCycle,
	type LineageNode,
} from './lineage.ts'

// A French poster adapted by Belgium, whose version the Netherlands adapted;
// France also translated it into Arabic.
const nodes: LineageNode[] = [
	{ id: 'fr', parentId: null, countryCode: 'FR', lang: 'fr' },
	{ id: 'fr-ar', parentId: 'fr', countryCode: 'FR', lang: 'ar' },
	{ id: 'be', parentId: 'fr', countryCode: 'BE', lang: 'nl' },
	{ id: 'nl', parentId: 'be', countryCode: 'NL', lang: 'nl' },
]
const parentOf = (id: string) => nodes.find((n) => n.id === id)?.parentId

describe('lineage', () => {
	test('ancestors are listed nearest first', () => {
		expect(ancestorsOf('nl', parentOf)).toEqual(['be', 'fr'])
		expect(ancestorsOf('fr', parentOf)).toEqual([])
	})

	test('a material cannot derive from itself or from its own descendant', () => {
		expect(wouldCreateCycle('fr', 'fr', parentOf)).toBe(true)
		expect(wouldCreateCycle('fr', 'nl', parentOf)).toBe(true)
		expect(wouldCreateCycle('nl', 'fr-ar', parentOf)).toBe(false)
	})

	test('corrupt data with a cycle does not loop forever', () => {
		const cyclic = (id: string) => ({ a: 'b', b: 'c', c: 'a' })[id]
		expect(ancestorsOf('a', cyclic)).toEqual(['b', 'c'])
		const deep = (id: string) => `n${Number(id.slice(1)) + 1}`
		expect(ancestorsOf('n0', deep)).toHaveLength(MAX_LINEAGE_DEPTH)
		expect(wouldCreateCycle('x', 'n0', deep)).toBe(true)
	})

	test('same country, new language is a translation; another country is an adaptation', () => {
		expect(
			classifyDerivation({ countryCode: 'FR', lang: 'fr' }, { countryCode: 'FR', lang: 'ar' }),
		).toBe('translation')
		expect(
			classifyDerivation({ countryCode: 'FR', lang: 'fr' }, { countryCode: 'BE', lang: 'fr' }),
		).toBe('adaptation')
		expect(
			classifyDerivation({ countryCode: 'FR', lang: 'fr' }, { countryCode: 'FR', lang: 'fr' }),
		).toBe('adaptation')
	})

	test('the family tree holds every descendant in a stable order', () => {
		const tree = buildLineageTree('fr', nodes)!
		expect(tree.children.map((c) => c.id)).toEqual(['be', 'fr-ar'])
		expect(tree.children[0]!.children.map((c) => c.id)).toEqual(['nl'])
		expect(tree.children[0]!.children[0]!.depth).toBe(2)
	})

	test('reuse counts other countries and other languages', () => {
		expect(summarizeReuse(buildLineageTree('fr', nodes))).toEqual({
			derivatives: 3,
			countries: 2,
			languages: 2,
		})
		expect(summarizeReuse(buildLineageTree('nl', nodes))).toEqual({
			derivatives: 0,
			countries: 0,
			languages: 0,
		})
		expect(summarizeReuse(null)).toEqual({ derivatives: 0, countries: 0, languages: 0 })
	})

	test('an unknown root gives no tree', () => {
		expect(buildLineageTree('missing', nodes)).toBeNull()
	})
})
