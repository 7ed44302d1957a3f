import { scryptSync } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import {
	burnPasswordCheck,
	checkPasswordPolicy,
	COMMON_PASSWORDS,
	DUMMY_PASSWORD_HASH,
	hashPassword,
	needsRehash,
	verifyPassword,
} from './password.server.ts'

// Real scrypt runs take a few hundred milliseconds each, more when other test
// files share the two cores.
const SLOW = 30_000

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '')

/** A hash built with node:crypto directly, with cheap parameters, to test the format. */
function handMadeHash(
	password: string,
	{ ln = 10, r = 8, p = 1, saltBytes = 32, keyBytes = 64 } = {},
) {
	const salt = Buffer.alloc(saltBytes, 7)
	const key = scryptSync(password, salt, keyBytes, {
		N: 2 ** ln,
		r,
		p,
		maxmem: 256 * 1024 * 1024,
	})
	return `scrypt$ln=${ln},r=${r},p=${p}$${b64(salt)}$${b64(key)}`
}

const FORMAT = /^scrypt\$ln=17,r=8,p=1\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/

describe('hashPassword and verifyPassword', () => {
	const password = 'violet staircase under the moon'
	let stored: string

	beforeAll(async () => {
		stored = await hashPassword(password)
	}, SLOW)

	test('produces a self-describing scrypt string with a 32-byte salt and a 64-byte key', () => {
		const match = FORMAT.exec(stored)
		expect(match).not.toBeNull()
		expect(Buffer.from(match![1]!, 'base64')).toHaveLength(32)
		expect(Buffer.from(match![2]!, 'base64')).toHaveLength(64)
		expect(stored).not.toContain(password)
		// Unpadded base64, as in the PHC string format.
		expect(stored.split('$').slice(2).join('')).not.toContain('=')
	})

	test('is standard scrypt: node:crypto recomputes the stored key', () => {
		const [, salt, key] = FORMAT.exec(stored)!
		const recomputed = scryptSync(password, Buffer.from(salt!, 'base64'), 64, {
			N: 2 ** 17,
			r: 8,
			p: 1,
			maxmem: 256 * 1024 * 1024,
		})
		expect(b64(recomputed)).toBe(key)
	})

	test(
		'accepts the password and refuses anything else',
		async () => {
			expect(await verifyPassword(password, stored)).toBe(true)
			expect(await verifyPassword('violet staircase under the moon ', stored)).toBe(false)
			expect(await verifyPassword('Violet staircase under the moon', stored)).toBe(false)
			expect(await verifyPassword('', stored)).toBe(false)
		},
		SLOW,
	)

	test(
		'salts every hash: the same password never gives the same string',
		async () => {
			expect(await hashPassword(password)).not.toBe(stored)
		},
		SLOW,
	)

	test('the current parameters need no rehash', () => {
		expect(needsRehash(stored)).toBe(false)
	})

	test(
		'hashing runs off the event loop',
		async () => {
			let ticks = 0
			const timer = setInterval(() => ticks++, 5)
			await hashPassword('a password that takes a while')
			clearInterval(timer)
			expect(ticks).toBeGreaterThan(0)
		},
		SLOW,
	)
})

describe('verifyPassword reads the parameters from the stored string', () => {
	test('a hash with older, cheaper parameters still verifies', async () => {
		const old = handMadeHash('an old but good password', { ln: 14 })
		expect(await verifyPassword('an old but good password', old)).toBe(true)
		expect(await verifyPassword('an old but bad password', old)).toBe(false)
	})

	test('other salt and key lengths within bounds verify', async () => {
		const odd = handMadeHash('odd sizes are fine', { saltBytes: 16, keyBytes: 32 })
		expect(await verifyPassword('odd sizes are fine', odd)).toBe(true)
	})

	test('passwords are compared after NFKC normalization', async () => {
		const composed = 'caf\u00e9 au lait, s\u2019il vous pla\u00eet'
		const decomposed = 'cafe\u0301 au lait, s\u2019il vous plai\u0302t'
		const stored = handMadeHash(composed.normalize('NFKC'))
		expect(await verifyPassword(decomposed, stored)).toBe(true)
		// Full-width letters fold to ASCII under NFKC.
		const ascii = handMadeHash('correct password')
		expect(await verifyPassword('ｃｏｒｒｅｃｔ password', ascii)).toBe(true)
	})

	test('returns false, never throws, on malformed stored values', async () => {
		const good = handMadeHash('whatever password')
		const [, params, salt, key] = good.split('$')
		const malformed = [
			'',
			'garbage',
			'$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234',
			`argon2id$${params}$${salt}$${key}`,
			`scrypt$${params}$${salt}`,
			`scrypt$${params}$${salt}$${key}$extra`,
			`scrypt$${params}$$${key}`,
			`scrypt$${params}$${salt}$`,
			`scrypt$ln=10,p=1,r=8$${salt}$${key}`,
			`scrypt$ln=10,r=8$${salt}$${key}`,
			`scrypt$ln=ten,r=8,p=1$${salt}$${key}`,
			`scrypt$ln=-10,r=8,p=1$${salt}$${key}`,
			`scrypt$ln=010,r=8,p=1$${salt}$${key}`,
			`scrypt$${params}$${salt}==$${key}`,
			`scrypt$${params}$${salt}$${key}==`,
			`scrypt$${params}$${salt}$${key!.replace(/.$/, '!')}`,
			`scrypt$${params}$${salt!.replace(/^./, '-')}$${key}`,
			`scrypt$${params}$${b64(Buffer.alloc(8))}$${key}`,
			`scrypt$${params}$${salt}$${b64(Buffer.alloc(16))}`,
			` ${good}`,
			`${good}\n`,
		]
		for (const stored of malformed) {
			await expect(verifyPassword('whatever password', stored), stored).resolves.toBe(false)
			expect(needsRehash(stored), stored).toBe(true)
		}
		for (const stored of [null, undefined, 42, {}]) {
			await expect(verifyPassword('whatever password', stored as unknown as string)).resolves.toBe(
				false,
			)
		}
		expect(await verifyPassword('whatever password', good)).toBe(true)
	})

	test('refuses absurd parameters at once instead of running them', async () => {
		const [, , salt, key] = handMadeHash('x').split('$')
		const absurd = [
			'ln=21,r=8,p=1',
			'ln=30,r=8,p=1',
			'ln=99,r=8,p=1',
			'ln=0,r=8,p=1',
			'ln=17,r=0,p=1',
			'ln=17,r=33,p=1',
			'ln=17,r=8,p=0',
			'ln=17,r=8,p=5',
			'ln=17,r=8,p=99',
			// Within each bound but 1 GiB of memory.
			'ln=20,r=8,p=1',
			'ln=18,r=16,p=1',
		]
		const started = performance.now()
		for (const params of absurd) {
			expect(await verifyPassword('x', `scrypt$${params}$${salt}$${key}`), params).toBe(false)
		}
		expect(performance.now() - started).toBeLessThan(200)
	})
})

describe('needsRehash', () => {
	test('is true when any parameter, the salt or the key is below the current ones', () => {
		expect(needsRehash(handMadeHash('p', { ln: 16 }))).toBe(true)
		expect(needsRehash(handMadeHash('p', { ln: 10 }))).toBe(true)
		expect(needsRehash(handMadeHash('p', { ln: 14, r: 4 }))).toBe(true)
		expect(needsRehash(handMadeHash('p', { ln: 10, saltBytes: 16 }))).toBe(true)
		expect(needsRehash(handMadeHash('p', { ln: 10, keyBytes: 32 }))).toBe(true)
	})

	test('is false for the current parameters and for stronger ones', () => {
		const salt = b64(Buffer.alloc(32, 1))
		const key = b64(Buffer.alloc(64, 2))
		expect(needsRehash(`scrypt$ln=17,r=8,p=1$${salt}$${key}`)).toBe(false)
		expect(needsRehash(`scrypt$ln=17,r=8,p=2$${salt}$${key}`)).toBe(false)
		expect(needsRehash(`scrypt$ln=18,r=8,p=1$${salt}$${key}`)).toBe(true) // beyond the memory ceiling: unreadable
		expect(needsRehash(`scrypt$ln=17,r=12,p=1$${salt}$${key}`)).toBe(false)
		expect(needsRehash(`scrypt$ln=20,r=1,p=1$${salt}$${key}`)).toBe(true) // r below current
	})

	test('is true for what this module cannot read', () => {
		expect(needsRehash('')).toBe(true)
		expect(needsRehash('$2b$12$somebcrypthash')).toBe(true)
	})
})

describe('DUMMY_PASSWORD_HASH and burnPasswordCheck', () => {
	test('the dummy hash has the current parameters, so checking it costs the same', () => {
		expect(DUMMY_PASSWORD_HASH).toMatch(FORMAT)
		expect(needsRehash(DUMMY_PASSWORD_HASH)).toBe(false)
	})

	test(
		'burning a check fails, and takes about as long as a real check',
		async () => {
			const stored = await hashPassword('the real password here')
			let started = performance.now()
			expect(await verifyPassword('a wrong password guess', stored)).toBe(false)
			const real = performance.now() - started
			started = performance.now()
			expect(await burnPasswordCheck('a wrong password guess')).toBe(false)
			const burnt = performance.now() - started
			// Loose bounds: other test files may be using the cores meanwhile.
			expect(burnt).toBeGreaterThan(real / 4)
			expect(burnt).toBeLessThan(real * 4)
		},
		SLOW,
	)

	test(
		'no password matches the dummy hash',
		async () => {
			for (const guess of ['', 'password', 'dummy', DUMMY_PASSWORD_HASH]) {
				expect(await verifyPassword(guess, DUMMY_PASSWORD_HASH)).toBe(false)
			}
		},
		SLOW,
	)
})

describe('checkPasswordPolicy', () => {
	test('requires 12 to 200 characters', () => {
		expect(checkPasswordPolicy('')).toBe('too-short')
		expect(checkPasswordPolicy('plum-kettle')).toBe('too-short')
		expect(checkPasswordPolicy('plum-kettles')).toBeNull()
		expect(checkPasswordPolicy('plum kettle '.repeat(17).slice(0, 200))).toBeNull()
		expect(checkPasswordPolicy('plum kettle '.repeat(17).slice(0, 201))).toBe('too-long')
	})

	test('counts code points after normalization, not UTF-16 units', () => {
		// Eleven emoji are 22 UTF-16 units but eleven characters.
		expect(checkPasswordPolicy('🦊🐢🌵🍋🎻🚲🧭🪁🌋🐙🍄')).toBe('too-short')
		expect(checkPasswordPolicy('🦊🐢🌵🍋🎻🚲🧭🪁🌋🐙🍄🎈')).toBeNull()
		// Five decomposed "é" and six letters: 16 code points before NFKC, 11 after.
		expect(checkPasswordPolicy('e\u0301'.repeat(5) + 'abcdef')).toBe('too-short')
		expect(checkPasswordPolicy('e\u0301'.repeat(6) + 'abcdef')).toBeNull()
		expect(checkPasswordPolicy('очень длинный')).toBeNull()
	})

	test('refuses common passwords whatever their case', () => {
		expect(checkPasswordPolicy('password1234')).toBe('too-common')
		expect(checkPasswordPolicy('Password1234')).toBe('too-common')
		expect(checkPasswordPolicy('QWERTY123456')).toBe('too-common')
		expect(checkPasswordPolicy('1q2w3e4r5t6y')).toBe('too-common')
		expect(checkPasswordPolicy('AwarenessExchange')).toBe('too-common')
		expect(checkPasswordPolicy('  password1234  ')).toBe('too-common')
	})

	test('refuses a short pattern repeated', () => {
		expect(checkPasswordPolicy('aaaaaaaaaaaa')).toBe('too-common')
		expect(checkPasswordPolicy('abababababab')).toBe('too-common')
		expect(checkPasswordPolicy('123123123123')).toBe('too-common')
		expect(checkPasswordPolicy('AbcdAbcdAbcd')).toBe('too-common')
		expect(checkPasswordPolicy('            ')).toBe('too-common')
		// A five-character unit is not a short pattern.
		expect(checkPasswordPolicy('plumsplumsplums')).toBeNull()
	})

	test('the built-in list is about a hundred lower-case entries the length rule lets through', () => {
		expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(90)
		for (const entry of COMMON_PASSWORDS) {
			expect(entry, entry).toBe(entry.toLowerCase())
			expect([...entry].length, entry).toBeGreaterThanOrEqual(12)
			expect([...entry].length, entry).toBeLessThanOrEqual(200)
			expect(checkPasswordPolicy(entry), entry).toBe('too-common')
			expect(checkPasswordPolicy(entry.toUpperCase()), entry).toBe('too-common')
		}
	})

	test("refuses a password containing the e-mail's local part", () => {
		const email = 'Jane.Doe@example.org'
		expect(checkPasswordPolicy('my jane.doe secret', { email })).toBe('contains-identity')
		expect(checkPasswordPolicy('JANE.DOE rules 2024', { email })).toBe('contains-identity')
		expect(checkPasswordPolicy('jane doe is not in it', { email })).toBeNull()
		// With a sub-address, the base alone is identity too.
		expect(checkPasswordPolicy('hello maria 1987!', { email: 'maria+ax@example.org' })).toBe(
			'contains-identity',
		)
	})

	test('ignores local parts shorter than four characters', () => {
		expect(checkPasswordPolicy('bob loves blue tea', { email: 'bob@example.org' })).toBeNull()
		expect(checkPasswordPolicy('the annals of time', { email: 'ann@example.org' })).toBeNull()
		expect(checkPasswordPolicy('the annals of time', { email: 'anna@example.org' })).toBe(
			'contains-identity',
		)
	})

	test('refuses a password equal to the name, ignoring case and spaces', () => {
		const name = 'Maria Fernanda Souza'
		expect(checkPasswordPolicy('maria fernanda souza', { name })).toBe('contains-identity')
		expect(checkPasswordPolicy('MariaFernandaSouza', { name })).toBe('contains-identity')
		expect(checkPasswordPolicy('maria fernanda souza!', { name })).toBeNull()
		expect(checkPasswordPolicy('maria fernanda souza', { name: '' })).toBeNull()
		expect(checkPasswordPolicy('maria fernanda souza', { name: null, email: null })).toBeNull()
	})

	test('reports length before anything else', () => {
		expect(checkPasswordPolicy('jane.doe', { email: 'jane.doe@example.org' })).toBe('too-short')
		expect(checkPasswordPolicy('password')).toBe('too-short')
	})
})
