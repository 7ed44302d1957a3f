/**
 * Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226): HMAC-SHA-1,
 * six digits, 30-second steps. Those are the only settings every
 * authenticator app understands; SHA-1's collision weakness does not touch
 * HMAC, and a six-digit code is only worth guessing without rate limiting.
 *
 * Secrets are 20 random bytes (160 bits, the size RFC 4226 recommends) in
 * unpadded base32, the form authenticator apps import.
 *
 * A code is accepted one step either side of now, for clock drift, and the
 * caller stores the accepted step (User.totpLastStep): a code for that step
 * or an earlier one is then refused, so a code seen over a shoulder or in a
 * proxy log cannot be used a second time.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

const STEP_SECONDS = 30
const DIGITS = 6
const SECRET_BYTES = 20
// RFC 4226 §4 requires at least 128 bits of shared secret.
const MIN_SECRET_BYTES = 16

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** RFC 4648 base32, upper case, without padding. */
export function base32Encode(bytes: Uint8Array): string {
	let out = ''
	let buffer = 0
	let bits = 0
	for (const byte of bytes) {
		buffer = ((buffer << 8) | byte) & 0xffff
		bits += 8
		while (bits >= 5) {
			bits -= 5
			out += BASE32_ALPHABET[(buffer >> bits) & 31]
		}
	}
	if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31]
	return out
}

/**
 * RFC 4648 base32 to bytes. People copy secrets by hand, so lower case,
 * spaces and padding are accepted; any other character, or a length no byte
 * string encodes to (a truncated copy), throws.
 */
export function base32Decode(text: string): Buffer {
	const cleaned = text.replace(/\s+/g, '').replace(/=+$/, '').toUpperCase()
	// 1, 3 or 6 leftover characters carry less than a whole byte.
	if ([1, 3, 6].includes(cleaned.length % 8)) throw new Error('Invalid base32 length')
	const out: number[] = []
	let buffer = 0
	let bits = 0
	for (const char of cleaned) {
		const value = BASE32_ALPHABET.indexOf(char)
		if (value === -1) throw new Error('Invalid base32 character')
		buffer = ((buffer << 5) | value) & 0xffff
		bits += 5
		if (bits >= 8) {
			bits -= 8
			out.push((buffer >> bits) & 0xff)
		}
	}
	return Buffer.from(out)
}

/** A new shared secret for an authenticator app, in base32. */
export function generateTotpSecret(): string {
	return base32Encode(randomBytes(SECRET_BYTES))
}

/**
 * RFC 4226 HOTP value of `counter` under a raw key. Internal (TOTP is
 * `hotp(key, step)`), exported so tests can check the RFCs' 8-digit vectors.
 */
export function hotp(key: Uint8Array, counter: number | bigint, digits = DIGITS): string {
	const message = Buffer.alloc(8)
	message.writeBigUInt64BE(BigInt(counter))
	const mac = createHmac('sha1', key).update(message).digest()
	// Dynamic truncation (RFC 4226 §5.3): four bytes at an offset the MAC chooses.
	const offset = mac[mac.length - 1]! & 0x0f
	const binary = mac.readUInt32BE(offset) & 0x7fffffff
	return String(binary % 10 ** digits).padStart(digits, '0')
}

/** The 30-second step `time` (milliseconds since the epoch) falls in. */
export function totpStep(time: number = Date.now()): number {
	return Math.floor(time / 1000 / STEP_SECONDS)
}

function secretKey(secret: string) {
	const key = base32Decode(secret)
	if (key.length < MIN_SECRET_BYTES) throw new Error('TOTP secret is too short')
	return key
}

/** The code an authenticator app shows at `time` (milliseconds since the epoch). */
export function totpCode(secret: string, time: number = Date.now()): string {
	return hotp(secretKey(secret), totpStep(time))
}

export type TotpResult = { ok: true; step: number } | { ok: false }

/**
 * Checks a code typed by the user. On success the caller must store `step`
 * as the user's last used step and pass it back next time as `lastUsedStep`.
 *
 * Malformed input is an ordinary refusal; a malformed stored secret throws,
 * because that is a bug or a damaged row, not a wrong code.
 */
export function verifyTotp(
	secret: string,
	code: string,
	options: { time?: number; window?: number; lastUsedStep?: number | null } = {},
): TotpResult {
	const { time = Date.now(), window = 1, lastUsedStep = null } = options
	if (!Number.isInteger(window) || window < 0) throw new Error('Invalid TOTP window')
	const key = secretKey(secret)
	const typed = typeof code === 'string' ? code.replace(/\s+/g, '') : ''
	if (!new RegExp(`^\\d{${DIGITS}}$`).test(typed)) return { ok: false }

	const typedBytes = Buffer.from(typed)
	const now = totpStep(time)
	let accepted: number | null = null
	// Every step in the window is computed and compared, matched or not, so
	// the time taken does not say which step (if any) matched.
	for (let step = now - window; step <= now + window; step++) {
		const matches = timingSafeEqual(Buffer.from(hotp(key, step)), typedBytes)
		const fresh = lastUsedStep === null || step > lastUsedStep
		if (matches && fresh && accepted === null) accepted = step
	}
	return accepted === null ? { ok: false } : { ok: true, step: accepted }
}

/**
 * The `otpauth://` URI an authenticator app reads from a QR code (Google's
 * Key Uri Format). Issuer and account are percent-encoded, spaces as %20:
 * some apps show a `+` literally.
 */
export function otpauthUri({
	secret,
	account,
	issuer = 'Awareness Exchange',
}: {
	secret: string
	account: string
	issuer?: string
}): string {
	const normalizedSecret = base32Encode(secretKey(secret))
	const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`
	const query = [
		`secret=${normalizedSecret}`,
		`issuer=${encodeURIComponent(issuer)}`,
		'algorithm=SHA1',
		`digits=${DIGITS}`,
		`period=${STEP_SECONDS}`,
	].join('&')
	return `otpauth://totp/${label}?${query}`
}
