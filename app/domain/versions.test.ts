import { describe, expect, test } from 'vitest'
import { HOSTILE_TITLES } from '#tests/fixtures/hostile.ts'
import { downloadFileName, pickVersion } from './versions.ts'

describe('picking the version to show', () => {
	const versions = [{ lang: 'de' }, { lang: 'fr' }, { lang: 'ar' }]
	test('prefers the reader language, then the original, then the first', () => {
		expect(pickVersion(versions, 'ar', 'fr')?.lang).toBe('ar')
		expect(pickVersion(versions, 'en', 'fr')?.lang).toBe('fr')
		expect(pickVersion(versions, 'en')?.lang).toBe('de')
		expect(pickVersion([], 'en')).toBeUndefined()
	})
})

describe('download file names', () => {
	test('are made of the title and language, in any script', () => {
		expect(downloadFileName('Stay safe online!', 'en', 'png')).toBe('stay-safe-online-en.png')
		expect(downloadFileName('لا تشارك صورك', 'ar', 'png')).toBe('لا-تشارك-صورك-ar.png')
		expect(downloadFileName('网上交友要小心', 'zh', 'txt')).toBe('网上交友要小心-zh.txt')
	})

	test('never carry path separators or control characters', () => {
		const name = downloadFileName('../../etc/passwd\u0000\r\n<x>', 'fr', 'pdf')
		expect(name).toBe('etc-passwd-x-fr.pdf')
		expect(downloadFileName('///', 'fr', 'pdf')).toBe('material-fr.pdf')
	})
})

describe('long titles', () => {
	const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

	test.each(HOSTILE_TITLES.map((h) => [h.why, h.title] as const))(
		'%s: cut between graphemes, never inside one',
		(_, title) => {
			const name = downloadFileName(title, 'fr', 'png')
			expect(name).not.toMatch(loneSurrogate)
			expect(() => encodeURIComponent(name)).not.toThrow()
			const slug = name.replace(/-fr\.png$/, '')
			expect(slug.length).toBeLessThanOrEqual(80)
			// What is kept is the start of the uncut slug, ending between two graphemes.
			const full = title
				.normalize('NFKC')
				.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
				.toLowerCase()
			expect(full.startsWith(slug)).toBe(true)
			const boundaries = [
				...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(full),
			].map((g) => g.index)
			expect([...boundaries, full.length]).toContain(slug.length)
		},
	)

	test('keep a letter with its vowel sign, or leave both out', () => {
		expect(downloadFileName('सुरक्षित रहें', 'hi', 'pdf')).toBe('सुरक्षित-रहें-hi.pdf')
		expect(downloadFileName(`${'b'.repeat(79)}कि`, 'hi', 'pdf')).toBe(`${'b'.repeat(79)}-hi.pdf`)
		expect(downloadFileName(`${'a'.repeat(79)}\u{2000B}`, 'zh', 'png')).toBe(
			`${'a'.repeat(79)}-zh.png`,
		)
		expect(downloadFileName(`x${'\u{20BB7}'.repeat(45)}`, 'zh', 'png')).toBe(
			`x${'\u{20BB7}'.repeat(39)}-zh.png`,
		)
	})

	test('a credit for files that cannot carry one inside follows the language, cut too', () => {
		expect(downloadFileName('Stay safe online', 'en', 'mp4', 'e-Enfance (France) CC BY 4.0')).toBe(
			'stay-safe-online-en-e-enfance-france-cc-by-4-0.mp4',
		)
		expect(downloadFileName('ابقَ آمنًا', 'ar', 'mp3', 'e-Enfance (فرنسا) CC BY 4.0')).toBe(
			'ابقَ-آمنًا-ar-e-enfance-فرنسا-cc-by-4-0.mp3',
		)
		const long = downloadFileName('x', 'fr', 'odt', `${'Ministère '.repeat(20)}(France)`)
		expect(long.length).toBeLessThanOrEqual('x-fr-'.length + 60 + '.odt'.length)
		expect(long).not.toMatch(/-\.odt$/)
	})
})
