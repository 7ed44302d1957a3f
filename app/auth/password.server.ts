/**
 * Password hashing and password policy.
 *
 * scrypt because it is memory-hard (a GPU or ASIC farm pays for memory, not
 * only for cycles) and ships with Node, so no native dependency. N=2^17, r=8,
 * p=1 are OWASP's recommended scrypt parameters: 128 MiB and a few hundred
 * milliseconds per hash here, which is invisible at sign-in but makes an
 * offline guess expensive. The async `crypto.scrypt` runs on libuv's thread
 * pool, so a sign-in does not stall every other request.
 *
 * Hashes are stored as `scrypt$ln=17,r=8,p=1$<salt>$<hash>` (PHC-like,
 * unpadded standard base64), so the parameters travel with each hash: they
 * can be raised later and old hashes still verify, then get replaced at the
 * next sign-in (`needsRehash`). Parameters read back from the database are
 * bounded, so a tampered row cannot make one verification eat gigabytes.
 *
 * Passwords are NFKC-normalized before hashing and measuring (NIST 800-63B),
 * so the same password typed on two keyboards that compose accents
 * differently is the same password.
 *
 * The policy follows NIST 800-63B: length rather than composition rules, and
 * a refusal of passwords that are common or derived from the account itself.
 */
import {
	randomBytes,
	scrypt as scryptCallback,
	timingSafeEqual,
	type ScryptOptions,
} from 'node:crypto'

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
	new Promise<Buffer>((resolve, reject) => {
		scryptCallback(password, salt, keylen, options, (error, key) =>
			error ? reject(error) : resolve(key),
		)
	})

interface ScryptParams {
	/** log2 of N, the CPU and memory cost. */
	ln: number
	/** Block size. */
	r: number
	/** Parallelism. */
	p: number
}

const CURRENT: ScryptParams = { ln: 17, r: 8, p: 1 }
const SALT_BYTES = 32
const KEY_BYTES = 64

// scrypt needs 128·r·(N + p + 2) bytes (OpenSSL's own reckoning); Node's
// default ceiling of 32 MiB is below the current parameters. The same ceiling
// bounds what a stored hash may ask for: raise it together with CURRENT.
const MAX_MEMORY = 256 * 1024 * 1024

// Upper bounds on parameters read back from the database. With the memory
// ceiling, the worst accepted row costs about eight current verifications.
const MAX_LN = 20
const MAX_R = 32
const MAX_P = 4

interface ParsedHash extends ScryptParams {
	salt: Buffer
	hash: Buffer
}

function memoryNeeded({ ln, r, p }: ScryptParams) {
	return 128 * r * (2 ** ln + p + 2)
}

function toBase64(bytes: Buffer) {
	return bytes.toString('base64').replace(/=+$/, '')
}

/** Strict unpadded base64: Buffer.from ignores junk, so re-encode and compare. */
function fromBase64(text: string): Buffer | null {
	if (!/^[A-Za-z0-9+/]+$/.test(text)) return null
	const bytes = Buffer.from(text, 'base64')
	return toBase64(bytes) === text ? bytes : null
}

function encode({ ln, r, p }: ScryptParams, salt: Buffer, hash: Buffer) {
	return `scrypt$ln=${ln},r=${r},p=${p}$${toBase64(salt)}$${toBase64(hash)}`
}

function parse(encoded: string): ParsedHash | null {
	if (typeof encoded !== 'string') return null
	const match = /^scrypt\$ln=([1-9]\d?),r=([1-9]\d?),p=([1-9]\d?)\$([^$]+)\$([^$]+)$/.exec(encoded)
	if (!match) return null
	const [, ln, r, p, salt64, hash64] = match
	const params = { ln: Number(ln), r: Number(r), p: Number(p) }
	if (params.ln > MAX_LN || params.r > MAX_R || params.p > MAX_P) return null
	if (memoryNeeded(params) > MAX_MEMORY) return null
	const salt = fromBase64(salt64 ?? '')
	const hash = fromBase64(hash64 ?? '')
	// An empty hash would compare equal to an empty key: demand real lengths.
	if (!salt || salt.length < 16 || salt.length > 64) return null
	if (!hash || hash.length < 32 || hash.length > 128) return null
	return { ...params, salt, hash }
}

function derive(password: string, salt: Buffer, keylen: number, { ln, r, p }: ScryptParams) {
	return scrypt(password.normalize('NFKC'), salt, keylen, {
		N: 2 ** ln,
		r,
		p,
		maxmem: MAX_MEMORY,
	})
}

/** Hashes a password for storage, with the current parameters and a fresh salt. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(SALT_BYTES)
	const hash = await derive(password, salt, KEY_BYTES, CURRENT)
	return encode(CURRENT, salt, hash)
}

/**
 * Whether `password` matches a stored hash. False, never an exception, for a
 * malformed or out-of-bounds stored value: a bad row must not become a 500
 * page that tells an attacker something the login form would not.
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
	const parsed = parse(encoded)
	if (!parsed || typeof password !== 'string') return false
	try {
		const key = await derive(password, parsed.salt, parsed.hash.length, parsed)
		return timingSafeEqual(key, parsed.hash)
	} catch {
		return false
	}
}

/**
 * Whether a stored hash (just verified) should be replaced by a fresh
 * `hashPassword` of the same password: its parameters, salt or key are below
 * the current ones, or it is not a hash this module can read.
 */
export function needsRehash(encoded: string): boolean {
	const parsed = parse(encoded)
	if (!parsed) return true
	return (
		parsed.ln < CURRENT.ln ||
		parsed.r < CURRENT.r ||
		parsed.p < CURRENT.p ||
		parsed.salt.length < SALT_BYTES ||
		parsed.hash.length < KEY_BYTES
	)
}

/**
 * A well-formed hash with the current parameters that no password matches
 * (its key is random, not derived). Verifying against it costs exactly what
 * a real verification costs, and building it costs nothing, so it needs no
 * lazy scrypt run at start-up.
 */
export const DUMMY_PASSWORD_HASH = encode(CURRENT, randomBytes(SALT_BYTES), randomBytes(KEY_BYTES))

/**
 * Spends the time of a password check and fails. Call it when the e-mail is
 * unknown (or the account has no password yet), so the response time does
 * not tell whether an account exists.
 */
export async function burnPasswordCheck(password: string): Promise<false> {
	await verifyPassword(password, DUMMY_PASSWORD_HASH)
	return false
}

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 200

export type PasswordProblem = 'too-short' | 'too-long' | 'too-common' | 'contains-identity'

// The most common passwords in public breach corpora that are long enough to
// pass the length rule (shorter ones are refused anyway), plus the obvious
// words of this service. Lower case; compared with the lower-cased password.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
	// digit runs and keyboard walks
	'123456789012',
	'1234567890123',
	'12345678901234',
	'123456789123',
	'1234567891011',
	'123456123456',
	'112233445566',
	'098765432109',
	'987654321098',
	'1q2w3e4r5t6y',
	'1q2w3e4r5t6y7u8i',
	'1qaz2wsx3edc',
	'1qaz2wsx3edc4rfv',
	'qazwsxedcrfv',
	'qazwsxedcrfvtgb',
	'zaq12wsxcde3',
	'zaq1xsw2cde3',
	'!qaz@wsx#edc',
	'qwertyuiop12',
	'qwertyuiop123',
	'qwertyuiop!@#',
	'qwertyuiopasdf',
	'qwertyuiopasdfghjkl',
	'qwertyuiopasdfghjklzxcvbnm',
	'asdfghjklzxcvbnm',
	'zxcvbnmasdfghjkl',
	'asdfghjkl123',
	'qwerty123456',
	'qwerty1234567',
	'qwerty12345678',
	'123456qwerty',
	'1234qwerasdf',
	'1234qwerasdfzxcv',
	'qwer1234asdf',
	'1234567890qwerty',
	'qwertyqwerty',
	'abcdefghijkl',
	'abcdefghijklm',
	'abcdefghijklmnop',
	'abcdefghijklmnopqrstuvwxyz',
	'abc123abc123',
	'abcd1234abcd',
	'abcd12345678',
	'a1b2c3d4e5f6',
	'1234567890abc',
	'!@#$%^&*()_+',
	// "password" and friends
	'password1234',
	'password12345',
	'password123456',
	'password123!',
	'password1234!',
	'password@123',
	'password#123',
	'password2020',
	'password2021',
	'password2022',
	'password2023',
	'password2024',
	'password2025',
	'password2026',
	'passwordpassword',
	'passw0rd1234',
	'p@ssw0rd1234',
	'p@ssword1234',
	'p@$$w0rd1234',
	'1234password',
	'12345password',
	'mypassword12',
	'mypassword123',
	'newpassword1',
	'newpassword123',
	'changeme1234',
	'changemenow!',
	'administrator',
	'administrator1',
	'admin1234567',
	'admin@123456',
	'adminadmin123',
	// words and phrases
	'iloveyou1234',
	'iloveyou12345',
	'iloveyou123456',
	'iloveyouiloveyou',
	'iloveyouforever',
	'letmein12345',
	'letmeinletmein',
	'welcome12345',
	'welcome123456',
	'welcome@1234',
	'welcome2024!',
	'summer2024!!',
	'winter2024!!',
	'trustno1trustno1',
	'superman1234',
	'football1234',
	'baseball1234',
	'basketball12',
	'basketball123',
	'monkey123456',
	'dragon123456',
	'sunshine1234',
	'princess1234',
	'starwars1234',
	'michael12345',
	'charlie12345',
	'jennifer1234',
	'thequickbrownfox',
	'the quick brown fox',
	'correcthorsebatterystaple',
	'correct horse battery staple',
	// this service
	'awarenessexchange',
	'awareness exchange',
	'awarenessexchange1',
	'awarenessexchange123',
	'awareness123',
	'awareness1234',
	'globalalliance',
	'global alliance',
	'globalalliance1',
	'childprotection',
	'child protection',
	'childprotection1',
	'safeguarding1',
	'safeguarding123',
])

/**
 * Why a new password is refused, or null when it is acceptable. Length is
 * counted in Unicode code points after normalization, so "é" is one
 * character however it was typed.
 */
export function checkPasswordPolicy(
	password: string,
	identity: { email?: string | null; name?: string | null } = {},
): PasswordProblem | null {
	const normalized = password.normalize('NFKC')
	const length = [...normalized].length
	if (length < PASSWORD_MIN_LENGTH) return 'too-short'
	if (length > PASSWORD_MAX_LENGTH) return 'too-long'

	const lower = normalized.toLowerCase()
	if (COMMON_PASSWORDS.has(lower.trim()) || isShortPatternRepeated(lower)) return 'too-common'

	for (const part of emailParts(identity.email))
		if (lower.includes(part)) return 'contains-identity'
	const name = squash(identity.name ?? '')
	if (name && squash(lower) === name) return 'contains-identity'
	return null
}

// "aaaaaaaaaaaa", "abababababab", "123123123123": long enough, guessed at once.
function isShortPatternRepeated(text: string) {
	return /^([\s\S]{1,4})\1+$/u.test(text)
}

// The local part of the address and, for "jane+exchange@", its base; parts
// shorter than four characters would refuse too many good passwords.
function emailParts(email: string | null | undefined) {
	if (!email) return []
	const at = email.lastIndexOf('@')
	const local = (at === -1 ? email : email.slice(0, at)).normalize('NFKC').toLowerCase().trim()
	const base = local.split('+')[0] ?? ''
	return [...new Set([local, base])].filter((part) => [...part].length >= 4)
}

function squash(text: string) {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}
