import { describe, expect, test } from 'vitest'
import { licenceUri } from './licence.ts'
import { accessibilityTerms, shareImage, typicalAgeRange } from './linked-data.ts'
import { ACCESSIBILITY_FEATURES, LICENCES } from './vocabularies.ts'

describe('linked data vocabularies', () => {
	test('every licence has a URI: the Creative Commons deed, or the In Copyright statement', () => {
		for (const licence of LICENCES) expect(licenceUri(licence)).toMatch(/^https?:\/\//)
		expect(licenceUri('cc-by-sa-4.0')).toBe('https://creativecommons.org/licenses/by-sa/4.0/')
		expect(licenceUri('cc0-1.0')).toBe('https://creativecommons.org/publicdomain/zero/1.0/')
		expect(licenceUri('all-rights-reserved')).toBe('http://rightsstatements.org/vocab/InC/1.0/')
	})

	test('accessibility features become the W3C terms, and easy read, which has none, is left out', () => {
		expect(accessibilityTerms([...ACCESSIBILITY_FEATURES])).toEqual([
			'captions',
			'audioDescription',
			'signLanguage',
			'taggedPDF',
			'alternativeText',
			'largePrint',
		])
		expect(accessibilityTerms(['easy-read', 'not-a-feature'])).toEqual([])
	})

	test('age ranges read as schema.org writes them', () => {
		expect(typicalAgeRange(9, 12)).toBe('9-12')
		expect(typicalAgeRange(13, null)).toBe('13-')
		expect(typicalAgeRange(null, 12)).toBe('0-12')
		expect(typicalAgeRange(null, null)).toBeUndefined()
	})
})

describe('the picture of a link preview', () => {
	const renditions = [
		{ id: 'a320', format: 'webp', width: 320 },
		{ id: 'b1280', format: 'avif', width: 1280 },
		{ id: 'c1280', format: 'webp', width: 1280 },
		{ id: 'd640', format: 'webp', width: 640 },
	]

	test('is the widest WebP rendition up to 1280 px, with the height of the picture', () => {
		expect(shareImage('https://x.example', { width: 2480, height: 3508, renditions })).toEqual({
			url: 'https://x.example/renditions/c1280',
			width: 1280,
			height: 1811,
			type: 'image/webp',
		})
	})

	test('is the preview itself when it is too small for renditions', () => {
		const small = { id: 'f1', width: 480, height: 679, renditions: [], byteSize: 90_000 }
		expect(shareImage('https://x.example', { ...small, mediaType: 'image/png' })).toEqual({
			url: 'https://x.example/files/f1',
			width: 480,
			height: 679,
			type: 'image/png',
		})
		expect(shareImage('https://x.example', { ...small, mediaType: 'image/avif' })).toBeNull()
		expect(
			shareImage('https://x.example', { ...small, mediaType: 'image/jpeg', byteSize: 6e6 }),
		).toBeNull()
		expect(
			shareImage('https://x.example', { ...small, mediaType: 'image/jpeg', width: 150 }),
		).toBeNull()
	})

	test('is none without a preview, its size, or a WebP rendition', () => {
		expect(shareImage('https://x.example', undefined)).toBeNull()
		expect(shareImage('https://x.example', { width: null, height: null, renditions })).toBeNull()
		expect(
			shareImage('https://x.example', {
				width: 100,
				height: 100,
				renditions: [renditions[1]!],
			}),
		).toBeNull()
	})
})
