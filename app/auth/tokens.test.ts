import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import {
	generateRecoveryCodes,
	generateToken,
	hashRecoveryCode,
	hashToken,
	isWellFormedToken,
	normalizeRecoveryCode,
	RECOVERY_CODE_ALPHABET,
} from './tokens.server.ts'

describe('tokens', () => {
	test('are 32 random bytes in base64url: 43 characters, no padding', () => {
		const token = generateToken()
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
		expect(Buffer.from(token, 'base64url')).toHaveLength(32)
		expect(Buffer.from(token, 'base64url').toString('base64url')).toBe(token)
	})

	test('are different every time', () => {
		const tokens = new Set(Array.from({ length: 1000 }, generateToken))
		expect(tokens.size).toBe(1000)
	})

	test('generated tokens are well formed', () => {
		for (let i = 0; i < 200; i++) expect(isWellFormedToken(generateToken())).toBe(true)
	})

	test('malformed input is recognized before any lookup', () => {
		const token = generateToken()
		const malformed: unknown[] = [
			'',
			token.slice(1),
			`${token}A`,
			`${token}=`,
			` ${token.slice(1)}`,
			`${token.slice(1)}\n`,
			`${token.slice(1)}+`,
			`${token.slice(1)}/`,
			`${token.slice(1)}.`,
			`${token.slice(1)}é`,
			hashToken(token),
			null,
			undefined,
			43,
			[token],
			{ toString: () => token },
		]
		for (const value of malformed) expect(isWellFormedToken(value), String(value)).toBe(false)
	})

	test('the stored hash is sha256 in hex', () => {
		expect(hashToken('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
		)
		const token = generateToken()
		expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/)
		expect(hashToken(token)).toBe(hashToken(token))
		expect(hashToken(token)).not.toContain(token)
		expect(hashToken(generateToken())).not.toBe(hashToken(token))
	})
})

describe('recovery codes', () => {
	const CODE = new RegExp(`^[${RECOVERY_CODE_ALPHABET}]{5}-[${RECOVERY_CODE_ALPHABET}]{5}$`)

	test('the alphabet has no look-alike characters', () => {
		expect(RECOVERY_CODE_ALPHABET).toHaveLength(31)
		expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(31)
		for (const ambiguous of ['0', 'o', '1', 'l', 'i'])
			expect(RECOVERY_CODE_ALPHABET).not.toContain(ambiguous)
		expect(RECOVERY_CODE_ALPHABET).toMatch(/^[a-z2-9]+$/)
	})

	test('ten of them by default, formatted xxxxx-xxxxx', () => {
		const codes = generateRecoveryCodes()
		expect(codes).toHaveLength(10)
		for (const code of codes) expect(code).toMatch(CODE)
	})

	test('as many as asked, all different', () => {
		expect(generateRecoveryCodes(0)).toEqual([])
		expect(generateRecoveryCodes(1)).toHaveLength(1)
		const codes = generateRecoveryCodes(500)
		expect(new Set(codes).size).toBe(500)
		for (const code of codes) expect(code).toMatch(CODE)
	})

	test('each carries about 49.5 bits', () => {
		const bits = 10 * Math.log2(RECOVERY_CODE_ALPHABET.length)
		expect(bits).toBeGreaterThan(49.5)
	})

	test('use every symbol of the alphabet, in every position', () => {
		const codes = generateRecoveryCodes(3000).map((code) => code.replace('-', ''))
		for (let position = 0; position < 10; position++) {
			const seen = new Set(codes.map((code) => code[position]))
			expect(seen.size, `position ${position}`).toBe(RECOVERY_CODE_ALPHABET.length)
		}
	})

	test('are normalized: lower case, no spaces or dashes', () => {
		expect(normalizeRecoveryCode('abcde-fghjk')).toBe('abcdefghjk')
		expect(normalizeRecoveryCode('ABCDE-FGHJK')).toBe('abcdefghjk')
		expect(normalizeRecoveryCode('  abcde fghjk\n')).toBe('abcdefghjk')
		expect(normalizeRecoveryCode('ab cde - fg hjk')).toBe('abcdefghjk')
		expect(normalizeRecoveryCode('abcde\u2013fghjk')).toBe('abcdefghjk')
		expect(normalizeRecoveryCode('abcde\u2212fghjk')).toBe('abcdefghjk')
		expect(normalizeRecoveryCode('abcdefghjk')).toBe('abcdefghjk')
	})

	test('the stored hash is sha256 of the normalized code, whatever way it is typed', () => {
		const [code] = generateRecoveryCodes(1) as [string]
		const expected = createHash('sha256').update(code.replace('-', '')).digest('hex')
		expect(hashRecoveryCode(code)).toBe(expected)
		expect(hashRecoveryCode(code.toUpperCase())).toBe(expected)
		expect(hashRecoveryCode(` ${code.replace('-', ' ')} `)).toBe(expected)
		expect(hashRecoveryCode(code.replace('-', ''))).toBe(expected)
		expect(hashRecoveryCode(code)).toMatch(/^[0-9a-f]{64}$/)
	})

	test('different codes have different hashes', () => {
		const hashes = new Set(generateRecoveryCodes(100).map(hashRecoveryCode))
		expect(hashes.size).toBe(100)
	})
})
