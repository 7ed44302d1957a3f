import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import {
	base32Decode,
	base32Encode,
	generateTotpSecret,
	hotp,
	otpauthUri,
	totpCode,
	totpStep,
	verifyTotp,
} from './totp.server.ts'

// The shared secret of RFC 4226 Appendix D and RFC 6238 Appendix B (SHA-1).
const RFC_KEY = Buffer.from('12345678901234567890', 'ascii')
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

describe('base32', () => {
	// RFC 4648 §10, without padding.
	const vectors: [string, string][] = [
		['', ''],
		['f', 'MY'],
		['fo', 'MZXQ'],
		['foo', 'MZXW6'],
		['foob', 'MZXW6YQ'],
		['fooba', 'MZXW6YTB'],
		['foobar', 'MZXW6YTBOI'],
	]

	test('encodes the RFC 4648 test vectors', () => {
		for (const [plain, encoded] of vectors) expect(base32Encode(Buffer.from(plain))).toBe(encoded)
		expect(base32Encode(RFC_KEY)).toBe(RFC_SECRET)
	})

	test('decodes the RFC 4648 test vectors, padded or not', () => {
		for (const [plain, encoded] of vectors) {
			expect(base32Decode(encoded).toString()).toBe(plain)
			const padded = encoded + '='.repeat((8 - (encoded.length % 8)) % 8)
			expect(base32Decode(padded).toString()).toBe(plain)
		}
	})

	test('decoding tolerates lower case and spaces, as people copy secrets', () => {
		expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(RFC_KEY)
		expect(base32Decode(' MzXw6YtBoI ')).toEqual(Buffer.from('foobar'))
		expect(base32Decode('mzxw\t6yq=\n')).toEqual(Buffer.from('foob'))
	})

	test('decoding throws on characters outside the alphabet', () => {
		for (const bad of ['MZXW1', 'MZXW0', 'MZXW8', 'MZXW9', 'MZ-XW', 'MZXW6!', 'MZ=XW6', 'MZXWé']) {
			expect(() => base32Decode(bad), bad).toThrow()
		}
	})

	test('decoding throws on lengths no byte string encodes to', () => {
		for (const bad of ['M', 'MZX', 'MZXW6Y', 'MZXW6YTBO', 'MZXW6YTBOIM'])
			expect(() => base32Decode(bad), bad).toThrow()
	})

	test('round-trips random bytes of every length up to 64', () => {
		for (let length = 0; length <= 64; length++) {
			const bytes = randomBytes(length)
			const encoded = base32Encode(bytes)
			expect(encoded).toMatch(/^[A-Z2-7]*$/)
			expect(encoded).toHaveLength(Math.ceil((length * 8) / 5))
			expect(base32Decode(encoded)).toEqual(bytes)
			expect(base32Decode(encoded.toLowerCase())).toEqual(bytes)
		}
	})
})

describe('generateTotpSecret', () => {
	test('is 20 random bytes in unpadded base32', () => {
		const secret = generateTotpSecret()
		expect(secret).toMatch(/^[A-Z2-7]{32}$/)
		expect(base32Decode(secret)).toHaveLength(20)
	})

	test('is different every time', () => {
		const secrets = new Set(Array.from({ length: 100 }, generateTotpSecret))
		expect(secrets.size).toBe(100)
	})
})

describe('hotp', () => {
	test('matches RFC 4226 Appendix D', () => {
		const expected = [
			'755224',
			'287082',
			'359152',
			'969429',
			'338314',
			'254676',
			'287922',
			'162583',
			'399871',
			'520489',
		]
		expected.forEach((code, counter) => expect(hotp(RFC_KEY, counter), String(counter)).toBe(code))
	})

	test('accepts a bigint counter and pads with leading zeros', () => {
		expect(hotp(RFC_KEY, 1n)).toBe('287082')
		// 1111111109 s is step 37037036, whose 8-digit code starts with a zero.
		expect(hotp(RFC_KEY, 37037036, 8)).toBe('07081804')
	})
})

describe('totpCode', () => {
	// RFC 6238 Appendix B, SHA-1 rows: time in seconds, 8-digit code.
	const vectors: [number, string, string][] = [
		[59, '0000000000000001', '94287082'],
		[1111111109, '00000000023523EC', '07081804'],
		[1111111111, '00000000023523ED', '14050471'],
		[1234567890, '000000000273EF07', '89005924'],
		[2000000000, '0000000003F940AA', '69279037'],
		[20000000000, '0000000027BC86AA', '65353130'],
	]

	test('matches the RFC 6238 Appendix B SHA-1 vectors (8 digits)', () => {
		for (const [seconds, step, code] of vectors) {
			expect(totpStep(seconds * 1000), String(seconds)).toBe(parseInt(step, 16))
			expect(hotp(RFC_KEY, totpStep(seconds * 1000), 8), String(seconds)).toBe(code)
		}
	})

	test('gives the last six digits of those vectors from the base32 secret', () => {
		for (const [seconds, , code] of vectors) {
			expect(totpCode(RFC_SECRET, seconds * 1000), String(seconds)).toBe(code.slice(-6))
		}
	})

	test('changes every 30 seconds, on the step boundary', () => {
		const start = 1_700_000_010_000 // a step boundary: 1700000010 is divisible by 30
		expect(totpCode(RFC_SECRET, start)).toBe(totpCode(RFC_SECRET, start + 29_999))
		expect(totpCode(RFC_SECRET, start - 1)).not.toBe(totpCode(RFC_SECRET, start))
	})

	test('defaults to now', () => {
		const before = totpCode(RFC_SECRET, Date.now())
		const now = totpCode(RFC_SECRET)
		const after = totpCode(RFC_SECRET, Date.now())
		expect([before, after]).toContain(now)
	})

	test('refuses a secret that is not base32 or is too short', () => {
		expect(() => totpCode('not base32!')).toThrow()
		expect(() => totpCode('')).toThrow()
		expect(() => totpCode(base32Encode(randomBytes(10)))).toThrow()
	})
})

describe('verifyTotp', () => {
	const secret = generateTotpSecret()
	const time = 1_700_000_020_000
	const step = totpStep(time)
	const codeAt = (offset: number) => totpCode(secret, time + offset * 30_000)

	test('accepts the current code and returns its step', () => {
		expect(verifyTotp(secret, codeAt(0), { time })).toEqual({ ok: true, step })
	})

	test('accepts one step either side for clock drift, and reports which', () => {
		expect(verifyTotp(secret, codeAt(-1), { time })).toEqual({ ok: true, step: step - 1 })
		expect(verifyTotp(secret, codeAt(1), { time })).toEqual({ ok: true, step: step + 1 })
	})

	test('refuses codes two steps away, unless the window is widened', () => {
		for (const offset of [-2, 2]) {
			// A code may collide with one inside the window by chance (1 in 10^6 per step).
			if ([-1, 0, 1].some((near) => codeAt(near) === codeAt(offset))) continue
			expect(verifyTotp(secret, codeAt(offset), { time })).toEqual({ ok: false })
			expect(verifyTotp(secret, codeAt(offset), { time, window: 2 })).toEqual({
				ok: true,
				step: step + offset,
			})
		}
	})

	test('with a zero window accepts only the current step', () => {
		expect(verifyTotp(secret, codeAt(0), { time, window: 0 })).toEqual({ ok: true, step })
		if (codeAt(1) !== codeAt(0)) {
			expect(verifyTotp(secret, codeAt(1), { time, window: 0 })).toEqual({ ok: false })
		}
	})

	test('refuses a wrong code', () => {
		const wrong = String((Number(codeAt(0)) + 1) % 1_000_000).padStart(6, '0')
		if (![-1, 0, 1].some((near) => codeAt(near) === wrong)) {
			expect(verifyTotp(secret, wrong, { time })).toEqual({ ok: false })
		}
		expect(verifyTotp(secret, codeAt(0), { time: time + 10 * 30_000 })).toEqual({ ok: false })
	})

	test('ignores spaces in the typed code', () => {
		const code = codeAt(0)
		const spaced = ` ${code.slice(0, 3)} ${code.slice(3)} `
		expect(verifyTotp(secret, spaced, { time })).toEqual({ ok: true, step })
	})

	test('refuses anything that is not six digits', () => {
		const code = codeAt(0)
		const malformed = [
			'',
			'      ',
			code.slice(0, 5),
			`${code}0`,
			`0${code}`,
			`${code.slice(0, 3)}-${code.slice(3)}`,
			`${code.slice(0, 5)}a`,
			'١٢٣٤٥٦', // Arabic-Indic digits are not \d
			`+${code.slice(1)}`,
			`${code}\u0000`,
		]
		for (const input of malformed)
			expect(verifyTotp(secret, input, { time }), input).toEqual({ ok: false })
		expect(verifyTotp(secret, 123456 as unknown as string, { time })).toEqual({ ok: false })
		expect(verifyTotp(secret, null as unknown as string, { time })).toEqual({ ok: false })
	})

	test('refuses a replay: the step just used, or any earlier one', () => {
		const first = verifyTotp(secret, codeAt(0), { time })
		expect(first).toEqual({ ok: true, step })
		expect(verifyTotp(secret, codeAt(0), { time, lastUsedStep: step })).toEqual({ ok: false })
		expect(verifyTotp(secret, codeAt(-1), { time, lastUsedStep: step })).toEqual({ ok: false })
		// The same code a few seconds later is still a replay.
		expect(verifyTotp(secret, codeAt(0), { time: time + 20_000, lastUsedStep: step })).toEqual({
			ok: false,
		})
		// The next step's code is fresh.
		expect(verifyTotp(secret, codeAt(1), { time: time + 30_000, lastUsedStep: step })).toEqual({
			ok: true,
			step: step + 1,
		})
	})

	test('after a code from the next step (fast clock), the current one is refused', () => {
		expect(verifyTotp(secret, codeAt(1), { time })).toEqual({ ok: true, step: step + 1 })
		if (codeAt(0) !== codeAt(1)) {
			expect(verifyTotp(secret, codeAt(0), { time, lastUsedStep: step + 1 })).toEqual({ ok: false })
		}
	})

	test('a null or absent lastUsedStep means no code was used yet', () => {
		expect(verifyTotp(secret, codeAt(-1), { time, lastUsedStep: null })).toEqual({
			ok: true,
			step: step - 1,
		})
		expect(verifyTotp(secret, codeAt(-1), { time, lastUsedStep: step - 2 })).toEqual({
			ok: true,
			step: step - 1,
		})
	})

	test('defaults to now', () => {
		const result = verifyTotp(secret, totpCode(secret))
		expect(result.ok).toBe(true)
	})

	test('accepts the secret as a person typed it', () => {
		const typed = secret.toLowerCase().replace(/(.{4})/g, '$1 ')
		expect(verifyTotp(typed, codeAt(0), { time })).toEqual({ ok: true, step })
	})

	test('throws on a damaged stored secret or a nonsense window, which are bugs', () => {
		expect(() => verifyTotp('not base32!', codeAt(0), { time })).toThrow()
		expect(() => verifyTotp('MZXW6', codeAt(0), { time })).toThrow()
		expect(() => verifyTotp(secret, codeAt(0), { time, window: -1 })).toThrow()
		expect(() => verifyTotp(secret, codeAt(0), { time, window: 0.5 })).toThrow()
	})
})

describe('otpauthUri', () => {
	test('builds the key URI an authenticator app reads', () => {
		expect(otpauthUri({ secret: RFC_SECRET, account: 'jane@example.org' })).toBe(
			'otpauth://totp/Awareness%20Exchange:jane%40example.org' +
				`?secret=${RFC_SECRET}&issuer=Awareness%20Exchange&algorithm=SHA1&digits=6&period=30`,
		)
	})

	test('percent-encodes issuer and account, colons included', () => {
		const uri = otpauthUri({
			secret: RFC_SECRET,
			account: 'josé: a+b@example.org',
			issuer: 'AX & Co/Test',
		})
		const url = new URL(uri)
		expect(url.protocol).toBe('otpauth:')
		expect(url.host).toBe('totp')
		const label = url.pathname.slice(1)
		expect(label.split(':')).toHaveLength(2)
		const [issuer, account] = label.split(':').map(decodeURIComponent)
		expect(issuer).toBe('AX & Co/Test')
		expect(account).toBe('josé: a+b@example.org')
		expect(url.searchParams.get('issuer')).toBe('AX & Co/Test')
		expect(url.searchParams.get('secret')).toBe(RFC_SECRET)
		expect(uri).not.toContain(' ')
		expect(uri).not.toContain('+')
	})

	test('normalizes a secret written by hand, and refuses an invalid one', () => {
		const typed = 'gezd gnbv gy3t qojq gezd gnbv gy3t qojq'
		expect(otpauthUri({ secret: typed, account: 'a@b.c' })).toContain(`secret=${RFC_SECRET}&`)
		expect(() => otpauthUri({ secret: 'nope!', account: 'a@b.c' })).toThrow()
	})

	test('the URI carries a secret that produces the same codes', () => {
		const secret = generateTotpSecret()
		const fromUri = new URL(otpauthUri({ secret, account: 'a@b.c' })).searchParams.get('secret')!
		expect(totpCode(fromUri, 1_700_000_000_000)).toBe(totpCode(secret, 1_700_000_000_000))
	})
})
