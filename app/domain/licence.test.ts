import { describe, expect, test } from 'vitest'
import { allowsDerivatives, LICENCE_TERMS, licencesAllowedForDerivative } from './licence.ts'
import { LICENCES } from './vocabularies.ts'

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
