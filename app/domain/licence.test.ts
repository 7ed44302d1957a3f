import { createRequire } from 'node:module'
import { describe, expect, test } from 'vitest'
import {
	allowsDerivatives,
	attributionParts,
	LICENCE_IDENTIFIERS,
	LICENCE_TERMS,
	licencesAllowedForDerivative,
} from './licence.ts'
import { type Licence, LICENCES } from './vocabularies.ts'

describe('licences', () => {
	test('every licence in the vocabulary has terms', () => {
		for (const licence of LICENCES) expect(LICENCE_TERMS[licence]).toBeDefined()
	})

	test('NoDerivatives and all rights reserved forbid adaptation', () => {
		expect(LICENCES.filter((l) => !allowsDerivatives(l))).toEqual([
			'cc-by-nd-4.0',
			'cc-by-nc-nd-4.0',
			'all-rights-reserved',
		])
		expect(licencesAllowedForDerivative('cc-by-nd-4.0')).toEqual([])
	})

	test('ShareAlike forces the same licence', () => {
		expect(licencesAllowedForDerivative('cc-by-sa-4.0')).toEqual(['cc-by-sa-4.0'])
		expect(licencesAllowedForDerivative('cc-by-nc-sa-4.0')).toEqual(['cc-by-nc-sa-4.0'])
	})

	test('NonCommercial is carried forward and attribution cannot be dropped', () => {
		const fromNc = licencesAllowedForDerivative('cc-by-nc-4.0')
		expect(fromNc.length).toBeGreaterThan(0)
		for (const l of fromNc) expect(LICENCE_TERMS[l].nonCommercial).toBe(true)
		expect(licencesAllowedForDerivative('cc-by-4.0')).not.toContain('cc0-1.0')
		expect(licencesAllowedForDerivative('cc0-1.0')).toContain('cc0-1.0')
	})
})

/*
 * The rules as a table, written from the Creative Commons deeds and legal
 * codes rather than from licence.ts, so that a mistake in the terms or in the
 * helpers shows up as a disagreement instead of being checked against itself.
 * A translation is an adaptation under every CC licence.
 */

// Columns: translate, adapt, share unchanged, use commercially, credit the author.
// prettier-ignore
const ACTIONS: Record<Licence, string> = {
	'cc-by-4.0':           '✓ ✓ ✓ ✓ ✓',
	'cc-by-sa-4.0':        '✓ ✓ ✓ ✓ ✓',
	'cc-by-nc-4.0':        '✓ ✓ ✓ · ✓',
	'cc-by-nc-sa-4.0':     '✓ ✓ ✓ · ✓',
	'cc-by-nd-4.0':        '· · ✓ ✓ ✓',
	'cc-by-nc-nd-4.0':     '· · ✓ · ✓',
	'cc0-1.0':             '✓ ✓ ✓ ✓ ·',
	'all-rights-reserved': '· · · · ✓',
}
const ACTION_NAMES = [
	'translate',
	'adapt',
	'share-unchanged',
	'use-commercially',
	'credit',
] as const

/**
 * The licences a translation or adaptation may carry, as the licences
 * themselves allow: BY lets the adapter choose any licence that still credits
 * the author (so not CC0), BY-NC any that stays non-commercial, ShareAlike
 * only the same licence (BY-SA 4.0 §3(b)), ND and all rights reserved allow
 * no shared adaptation at all, CC0 anything.
 */
const TARGETS = [
	'cc-by-4.0',
	'cc-by-sa-4.0',
	'cc-by-nc-4.0',
	'cc-by-nc-sa-4.0',
	'cc-by-nd-4.0',
	'cc-by-nc-nd-4.0',
	'cc0-1.0',
	'all-rights-reserved',
] as const satisfies readonly Licence[]
// Rows: source licence; columns: TARGETS, in order.
// prettier-ignore
const LICENCES_ALLOW: Record<Licence, string> = {
	//                     BY SA NC NCSA ND NCND CC0 ARR
	'cc-by-4.0':           '✓  ✓  ✓  ✓    ✓  ✓    ·   ✓',
	'cc-by-sa-4.0':        '·  ✓  ·  ·    ·  ·    ·   ·',
	'cc-by-nc-4.0':        '·  ·  ✓  ✓    ·  ✓    ·   ✓',
	'cc-by-nc-sa-4.0':     '·  ·  ·  ✓    ·  ·    ·   ·',
	'cc-by-nd-4.0':        '·  ·  ·  ·    ·  ·    ·   ·',
	'cc-by-nc-nd-4.0':     '·  ·  ·  ·    ·  ·    ·   ·',
	'cc0-1.0':             '✓  ✓  ✓  ✓    ✓  ✓    ✓   ✓',
	'all-rights-reserved': '·  ·  ·  ·    ·  ·    ·   ·',
}
/**
 * The exchange's own rule on top of the licences: a derivative is published
 * to be reused, so it is never offered "all rights reserved" even where the
 * source's licence would allow it (BY, BY-NC, CC0).
 */
const exchangeAllows = (source: Licence, target: Licence) =>
	target !== 'all-rights-reserved' && cell(LICENCES_ALLOW[source], TARGETS.indexOf(target))

function cell(row: string, index: number) {
	const symbol = row.split(/\s+/)[index]
	if (symbol !== '✓' && symbol !== '·') throw new Error(`bad table cell ${index} in "${row}"`)
	return symbol === '✓'
}
const can = (licence: Licence, action: (typeof ACTION_NAMES)[number]) =>
	cell(ACTIONS[licence], ACTION_NAMES.indexOf(action))

describe('licence rules table', () => {
	test('the table covers every licence, and only those', () => {
		expect(Object.keys(ACTIONS).sort()).toEqual([...LICENCES].sort())
		expect(Object.keys(LICENCES_ALLOW).sort()).toEqual([...LICENCES].sort())
		expect([...TARGETS].sort()).toEqual([...LICENCES].sort())
		for (const licence of LICENCES) {
			expect(ACTIONS[licence].split(/\s+/)).toHaveLength(ACTION_NAMES.length)
			expect(LICENCES_ALLOW[licence].split(/\s+/)).toHaveLength(TARGETS.length)
		}
	})

	// The table checked against the rules in words, so a typo in it is caught too.
	test('the table follows ShareAlike, NonCommercial, attribution, NoDerivatives and CC0', () => {
		const nonCommercial = (l: Licence) => l.includes('-nc-')
		for (const source of LICENCES) {
			const row = TARGETS.filter((t) => cell(LICENCES_ALLOW[source], TARGETS.indexOf(t)))
			const inWords = !can(source, 'adapt')
				? []
				: source.includes('-sa-')
					? [source]
					: TARGETS.filter(
							(t) =>
								(!nonCommercial(source) || nonCommercial(t) || t === 'all-rights-reserved') &&
								(!can(source, 'credit') || can(t, 'credit')),
						)
			expect(row, source).toEqual(inWords)
			expect(can(source, 'translate'), source).toBe(can(source, 'adapt'))
			const commercialUse = can(source, 'use-commercially')
			expect(commercialUse, source).toBe(!nonCommercial(source) && can(source, 'share-unchanged'))
		}
		expect(TARGETS.filter((t) => cell(LICENCES_ALLOW['cc0-1.0'], TARGETS.indexOf(t)))).toEqual([
			...TARGETS,
		])
	})

	test.each(
		LICENCES.flatMap((licence) => ACTION_NAMES.map((action) => [licence, action] as const)),
	)('%s: %s', (licence, action) => {
		const expected = can(licence, action)
		const terms = LICENCE_TERMS[licence]
		switch (action) {
			case 'translate':
			case 'adapt':
				expect(allowsDerivatives(licence)).toBe(expected)
				expect(licencesAllowedForDerivative(licence).length > 0).toBe(expected)
				break
			case 'share-unchanged':
				expect(!terms.allRightsReserved).toBe(expected)
				break
			case 'use-commercially':
				// All rights reserved is not flagged nonCommercial: both flags must be read.
				expect(!terms.nonCommercial && !terms.allRightsReserved).toBe(expected)
				break
			case 'credit':
				expect(terms.attribution).toBe(expected)
				expect(attributionParts({ title: 't', ownerName: 'o', licence }).needsAttribution).toBe(
					expected,
				)
				break
		}
	})

	test.each(LICENCES.flatMap((source) => TARGETS.map((target) => [source, target] as const)))(
		'a derivative of %s may be relicensed as %s',
		(source, target) => {
			expect(licencesAllowedForDerivative(source).includes(target)).toBe(
				exchangeAllows(source, target),
			)
		},
	)

	test('all rights reserved is never offered for a derivative, though some licences would allow it', () => {
		const legallyAllowed = LICENCES.filter((s) =>
			cell(LICENCES_ALLOW[s], TARGETS.indexOf('all-rights-reserved')),
		)
		expect(legallyAllowed).toEqual(['cc-by-4.0', 'cc-by-nc-4.0', 'cc0-1.0'])
		for (const source of LICENCES)
			expect(licencesAllowedForDerivative(source)).not.toContain('all-rights-reserved')
	})

	test('the allowed licences are listed once each', () => {
		for (const source of LICENCES) {
			const allowed = licencesAllowedForDerivative(source)
			expect(new Set(allowed).size).toBe(allowed.length)
		}
	})
})

describe('licence identifiers', () => {
	test('every SPDX identifier is on the SPDX licence list, and every licence has a URI', async () => {
		const spdxIds = createRequire(import.meta.url)('spdx-license-ids') as string[]
		for (const licence of LICENCES) {
			const { spdx, uri } = LICENCE_IDENTIFIERS[licence]
			expect(new URL(uri).protocol, licence).toMatch(/^https?:$/)
			if (spdx !== null) expect(spdxIds, licence).toContain(spdx)
		}
		expect(LICENCE_IDENTIFIERS['all-rights-reserved']).toEqual({
			spdx: null,
			uri: 'http://rightsstatements.org/vocab/InC/1.0/',
		})
	})
})
