/**
 * Bearer secrets: session ids, invitation and password-reset links, and
 * second-factor recovery codes.
 *
 * Tokens are 256 random bits, so guessing one is hopeless and a fast hash is
 * enough: the database keeps only sha256(token), and the token itself exists
 * only in the cookie or the e-mail. A copy of the database (a backup, a leak)
 * therefore holds nothing that signs anyone in or resets a password. Lookups
 * are by the hash, so they need no constant-time comparison either.
 *
 * Input is checked for shape before any query: a malformed value is refused
 * without touching the database.
 *
 * Recovery codes are typed by people from paper, so they use an alphabet
 * without look-alikes (no 0/o, 1/l/i) and accept any case, spaces and
 * hyphens. Each is single use and only its sha256 is stored.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto'

const TOKEN_BYTES = 32

/** A new random token, 43 characters of base64url. */
export function generateToken(): string {
	return randomBytes(TOKEN_BYTES).toString('base64url')
}

/** What the database stores for a token: its sha256, in hex. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex')
}

/** Whether a value has the shape of a token from `generateToken`. */
export function isWellFormedToken(value: unknown): value is string {
	return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
}

// Digits and lower-case letters without 0, o, 1, l and i: 31 symbols.
export const RECOVERY_CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz'
const GROUP_LENGTH = 5

/**
 * New recovery codes, `xxxxx-xxxxx`. Ten symbols from 31 carry
 * 10·log2(31) ≈ 49.5 bits each; with single use and sign-in throttling,
 * far beyond online guessing.
 */
export function generateRecoveryCodes(count = 10): string[] {
	const codes = new Set<string>()
	while (codes.size < count) codes.add(`${randomGroup()}-${randomGroup()}`)
	return [...codes]
}

function randomGroup() {
	let group = ''
	// randomInt draws without modulo bias.
	for (let i = 0; i < GROUP_LENGTH; i++)
		group += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)]
	return group
}

/**
 * A recovery code as typed, reduced to the form that is hashed. Dashes
 * include the typographic ones a word processor or a password manager note
 * may have substituted.
 */
export function normalizeRecoveryCode(input: string): string {
	return input.toLowerCase().replace(/[\s\u002d\u2010-\u2015\u2212]+/g, '')
}

/** What the database stores for a recovery code: sha256 of its normalized form, in hex. */
export function hashRecoveryCode(code: string): string {
	return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex')
}
