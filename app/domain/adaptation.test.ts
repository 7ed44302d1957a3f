import { describe, expect, test } from 'vitest'
import { adaptationGate, changedSegments, isSegmentKey, segmentProgress } from './adaptation.ts'
import { LICENCES } from './vocabularies.ts'

describe('the licence gate', () => {
	test.each(LICENCES.map((l) => [l] as const))('%s', (licence) => {
		const without = adaptationGate(licence, { permissionGranted: false })
		const withPermission = adaptationGate(licence, { permissionGranted: true })
		const needsPermission = ['cc-by-nd-4.0', 'cc-by-nc-nd-4.0', 'all-rights-reserved'].includes(
			licence,
		)
		expect(without.allowed).toBe(!needsPermission)
		expect(withPermission.allowed).toBe(true)
		if (needsPermission) {
			expect(without).toEqual({
				allowed: false,
				reason: licence === 'all-rights-reserved' ? 'all-rights-reserved' : 'no-derivatives',
			})
			// Permission lets the country adapt; the source's licence stays on the adaptation.
			expect(withPermission).toEqual({ allowed: true, licences: [licence], byPermission: true })
		} else {
			expect(withPermission).toEqual(without)
			// The source's own licence is offered first (the form's default).
			expect(without.allowed && without.licences[0]).toBe(licence)
		}
	})
})

describe('segments', () => {
	test('progress counts only parts that have something to translate', () => {
		expect(
			segmentProgress([
				{ key: 'title', source: 'Parle-moi', text: 'Talk to me' },
				{ key: 'description', source: 'Texte', text: ' ' },
				{ key: 'legal', source: '', text: '' },
			]),
		).toEqual({ done: 1, total: 2 })
	})

	test('a part whose source changed since it was translated is listed', () => {
		expect(
			changedSegments([
				{ key: 'title', source: 'Parle-moi vite', text: 'x', sourceAtTranslation: 'Parle-moi' },
				{ key: 'helpline', source: '3018', text: 'y', sourceAtTranslation: '3018' },
				{ key: 'legal', source: 'Loi', text: '', sourceAtTranslation: null },
			]),
		).toEqual(['title'])
	})

	test('only known keys and poster slots are segment keys', () => {
		expect(['title', 'description', 'helpline', 'legal', 'slot:headline'].every(isSegmentKey)).toBe(
			true,
		)
		expect(['bogus', 'slot:', 'slot:../x', 'slot:' + 'a'.repeat(41)].some(isSegmentKey)).toBe(false)
	})
})
