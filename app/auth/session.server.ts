/**
 * Sessions. The cookie holds only a random token (signed, HttpOnly,
 * SameSite=Lax, Secure in production); the database holds its sha256, the
 * user and the expiry. Signing in always creates a new session (rotation),
 * so a token planted before sign-in is worthless after it.
 *
 * Every protected loader and action goes through `requireUser` or
 * `requirePermission`; both answer from the database on each request, so a
 * removed role or a "sign out everywhere" takes effect at once.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createCookie, redirect } from '@remix-run/node'
import {
	can,
	countriesWhere,
	requiresSecondFactor,
	type Action,
	type Actor,
	type Entity,
	type Target,
} from '#app/domain/permissions.ts'
import { isUiLanguage } from '#app/domain/languages.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { db } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { demoAccountsEnabled } from './demo.server.ts'
import { safeRedirectPath as checkRedirectPath } from './redirect.ts'
import { generateToken, hashToken, isWellFormedToken } from './tokens.server.ts'

/** A session lasts 30 days from sign-in, and ends after 7 days without use. */
export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000
/** lastSeenAt is written at most this often, so reading pages does not mean writing the database. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000
/** Between the password and the second factor, the half-signed session lives this long. */
export const PENDING_TOTP_MS = 10 * 60 * 1000

function sessionSecret() {
	const configured = getEnv().SESSION_SECRET
	if (configured) return configured
	// Kept beside the database: a fresh checkout works with no setting, and
	// restarting does not sign everybody out.
	const file = path.join(path.dirname(resolveDatabasePath()), 'session-secret')
	try {
		return fs.readFileSync(file, 'utf8').trim()
	} catch {
		const secret = crypto.randomBytes(32).toString('base64url')
		try {
			fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
			return secret
		} catch {
			// Another process created it first.
			return fs.readFileSync(file, 'utf8').trim()
		}
	}
}

let cookie: ReturnType<typeof createCookie> | undefined
function sessionCookie() {
	cookie ??= createCookie('ax_session', {
		httpOnly: true,
		sameSite: 'lax',
		secure: getEnv().NODE_ENV === 'production',
		path: '/',
		maxAge: SESSION_MAX_AGE_MS / 1000,
		secrets: [sessionSecret()],
	})
	return cookie
}

/** A browser stays known for a year after its last full sign-in. */
const KNOWN_DEVICE_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000

let deviceCookie: ReturnType<typeof createCookie> | undefined
function knownDeviceCookie() {
	deviceCookie ??= createCookie('ax_device', {
		httpOnly: true,
		sameSite: 'lax',
		secure: getEnv().NODE_ENV === 'production',
		path: '/',
		maxAge: KNOWN_DEVICE_MAX_AGE_MS / 1000,
		secrets: [sessionSecret()],
	})
	return deviceCookie
}

/**
 * Set-Cookie value marking this browser as one the user signed in from
 * fully (password and second factor): a random id and the user's id, signed
 * with the session secret. It grants nothing; failed sign-ins from it are
 * counted on its own key instead of the account's, so a lock caused by
 * guesses from elsewhere does not keep the account's holder out of it. It
 * outlives sign-out on purpose, and is renewed at every sign-in.
 */
export async function knownDeviceCookieHeader(userId: string) {
	const id = crypto.randomBytes(16).toString('base64url')
	return knownDeviceCookie().serialize({ u: userId, d: id, t: Date.now() })
}

/** The known browser in the request's cookie, or null when absent, forged, stale or malformed. */
export async function readKnownDevice(request: Request) {
	const header = request.headers.get('cookie')
	if (!header || header.length > 8192) return null
	const value = (await knownDeviceCookie()
		.parse(header)
		.catch(() => null)) as { u?: unknown; d?: unknown; t?: unknown } | null
	if (
		typeof value?.u !== 'string' ||
		typeof value.d !== 'string' ||
		!/^[A-Za-z0-9_-]{22}$/.test(value.d) ||
		typeof value.t !== 'number' ||
		Date.now() - value.t > KNOWN_DEVICE_MAX_AGE_MS
	)
		return null
	return { userId: value.u, id: value.d }
}

export const USER_SELECT = {
	id: true,
	email: true,
	name: true,
	uiLang: true,
	totpEnabledAt: true,
	disabledAt: true,
	memberships: { select: { role: true, countryCode: true } },
} as const

export type SessionUser = {
	id: string
	email: string
	name: string
	uiLang: string
	totpEnabledAt: Date | null
	memberships: { role: string; countryCode: string | null }[]
}

/** Starts a session for a user whose password (and, unless pending, second factor) was checked. */
export async function createSession(
	userId: string,
	options: { pendingTotp?: boolean; userAgent?: string } = {},
) {
	const token = generateToken()
	const now = Date.now()
	await db.session.create({
		data: {
			id: hashToken(token),
			userId,
			pendingTotp: options.pendingTotp ?? false,
			userAgent: (options.userAgent ?? '').slice(0, 200),
			expiresAt: new Date(now + (options.pendingTotp ? PENDING_TOTP_MS : SESSION_MAX_AGE_MS)),
		},
	})
	return token
}

/** Set-Cookie value for a new session token. */
export async function sessionCookieHeader(token: string) {
	return sessionCookie().serialize(token)
}

export async function clearedSessionCookieHeader() {
	return sessionCookie().serialize('', { maxAge: 0 })
}

/** The token in the request's cookie, or null when absent, unsigned, tampered with or malformed. */
async function readToken(request: Request): Promise<string | null> {
	const header = request.headers.get('cookie')
	if (!header || header.length > 8192) return null
	const value = (await sessionCookie()
		.parse(header)
		.catch(() => null)) as unknown
	return typeof value === 'string' && isWellFormedToken(value) ? value : null
}

type SessionState =
	| { kind: 'anonymous' }
	| { kind: 'pending'; sessionId: string; userId: string }
	| { kind: 'signed-in'; sessionId: string; user: SessionUser }

export async function getSessionState(request: Request): Promise<SessionState> {
	const token = await readToken(request)
	if (!token) return { kind: 'anonymous' }
	const id = hashToken(token)
	const session = await db.session.findUnique({
		where: { id },
		include: { user: { select: { ...USER_SELECT, isDemo: true } } },
	})
	const now = Date.now()
	if (!session || session.expiresAt.getTime() <= now || session.user.disabledAt)
		return { kind: 'anonymous' }
	// A demo account's session from before APP_ORIGIN named a public address.
	if (session.user.isDemo && !demoAccountsEnabled()) return { kind: 'anonymous' }
	if (now - session.lastSeenAt.getTime() > SESSION_IDLE_MS) {
		await db.session.delete({ where: { id } }).catch(() => {})
		return { kind: 'anonymous' }
	}
	if (session.pendingTotp) return { kind: 'pending', sessionId: id, userId: session.userId }
	if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
		await db.session.update({ where: { id }, data: { lastSeenAt: new Date(now) } }).catch(() => {})
	}
	return { kind: 'signed-in', sessionId: id, user: session.user }
}

/**
 * Whether the request carries a session cookie at all, valid or not. Without
 * one it is certainly anonymous, and a page rendered for it may be shared
 * with every other anonymous reader (decision record 022).
 */
export function hasSessionCookie(request: Request) {
	return /(?:^|;\s*)ax_session=/.test(request.headers.get('cookie') ?? '')
}

/** The signed-in user, or null (anonymous, pending second factor, expired). */
export async function getUser(request: Request): Promise<SessionUser | null> {
	const state = await getSessionState(request)
	return state.kind === 'signed-in' ? state.user : null
}

function langOf(request: Request) {
	const first = new URL(request.url).pathname.split('/')[1]
	return isUiLanguage(first) ? first : 'en'
}

/** A same-origin path to come back to after signing in (see ./redirect.ts); anything else is `fallback`. */
export function safeRedirectPath(
	to: FormDataEntryValue | string | null | undefined,
	fallback: string,
) {
	return checkRedirectPath(to, fallback, appOrigin())
}

/**
 * The signed-in user, or a redirect to the sign-in page (then back here).
 * Reviewers and administrators without a second factor are sent to set one up first.
 */
export async function requireUser(request: Request, options: { allowWithoutTotp?: boolean } = {}) {
	const state = await getSessionState(request)
	const lang = langOf(request)
	const url = new URL(request.url)
	const here = `${url.pathname}${url.search}`
	if (state.kind === 'pending')
		throw redirect(`/${lang}/login/verify?redirectTo=${encodeURIComponent(here)}`)
	if (state.kind === 'anonymous')
		throw redirect(`/${lang}/login?redirectTo=${encodeURIComponent(here)}`)
	const { user } = state
	if (!options.allowWithoutTotp && !user.totpEnabledAt && requiresSecondFactor(user)) {
		throw redirect(`/${lang}/account/two-factor?required=1`)
	}
	return { ...user, sessionId: state.sessionId }
}

/**
 * The user, if allowed to do `action` on `entity` (and `target`); otherwise
 * 403. The one permission check every protected route goes through.
 */
export async function requirePermission(
	request: Request,
	action: Action,
	entity: Entity,
	target?: Target,
) {
	const user = await requireUser(request)
	if (!can(user, action, entity, target)) {
		throw new Response('Forbidden', { status: 403, headers: { 'content-type': 'text/plain' } })
	}
	return user
}

/**
 * The user and the countries where they may do `action` on `entity` (create
 * a material, a campaign...); 403 for a signed-in user with none.
 */
export async function requireCountryPermission(request: Request, action: Action, entity: Entity) {
	const user = await requireUser(request)
	const countries = countriesWhere(user, action, entity)
	if (countries.length === 0) throw new Response('Forbidden', { status: 403 })
	return { user, countries }
}

/** What the browser needs to mirror permissions: the user's roles, never secrets. */
export function publicActor(user: SessionUser | null): (Actor & { name: string }) | null {
	if (!user) return null
	return { id: user.id, name: user.name, memberships: user.memberships }
}

export async function deleteSession(sessionId: string) {
	await db.session.deleteMany({ where: { id: sessionId } })
}

/** Removes expired sessions; run at start-up and now and then, never on the request path. */
export async function sweepExpiredSessions(now = new Date()) {
	const { count } = await db.session.deleteMany({
		where: {
			OR: [
				{ expiresAt: { lte: now } },
				{ lastSeenAt: { lte: new Date(now.getTime() - SESSION_IDLE_MS) } },
			],
		},
	})
	return count
}
