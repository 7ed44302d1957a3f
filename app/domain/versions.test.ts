import { describe, expect, test } from 'vitest'
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
