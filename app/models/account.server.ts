import {
	burnPasswordCheck,
	checkPasswordPolicy,
	hashPassword,
	needsRehash,
	verifyPassword,
} from '#app/auth/password.server.ts'
import { createSession } from '#app/auth/session.server.ts'
import {
	generateRecoveryCodes,
	generateToken,
	hashRecoveryCode,
	hashToken,
	isWellFormedToken,
	normalizeRecoveryCode,
} from '#app/auth/tokens.server.ts'
import { generateTotpSecret, verifyTotp } from '#app/auth/totp.server.ts'
import { can, isCountryRole, requiresSecondFactor, type Actor } from '#app/domain/permissions.ts'
import { ROLES, type Role } from '#app/domain/vocabularies.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { deliverPendingMailSoon, queueMail } from '#app/mail/mail.server.ts'
import { db } from '#app/utils/db.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { recordAudit } from './audit.server.ts'
import {
	ACCOUNT_THROTTLE,
	ADDRESS_THROTTLE,
	DEVICE_THROTTLE,
	accountThrottleKey,
	addressThrottleKey,
	clearThrottle,
	deviceThrottleKey,
	releaseAttempt,
	reserveAttempt,
	type Reservation,
} from './login-throttle.server.ts'

/**
 * Accounts: sign-in with throttling, the second factor, invitations,
 * password resets and memberships. Messages never reveal whether an address
 * has an account: sign-in says "wrong e-mail or password", a reset request
 * always says "if an account exists, we sent a link".
 */

type Tx = Prisma.TransactionClient

export function normalizeEmail(email: string) {
	return email.trim().toLowerCase()
}

/** Practical e-mail check; the real proof is the link that arrives. */
export function isPlausibleEmail(email: string) {
	return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
}

// ---------------------------------------------------------------- throttling

/**
 * A browser the account fully signed in from before, as its signed cookie
 * says (app/auth/session.server.ts). It counts its own attempts, so failures
 * from everywhere else, which lock the account, do not lock its holder out
 * of the browsers they use: a lockout cannot be turned into a denial of
 * service against someone whose address an attacker knows.
 */
export interface KnownDevice {
	userId: string
	id: string
}

/**
 * The keys an attempt is counted on: the client address, and the account,
 * or instead the browser when it is one the account signed in from. The
 * account key exists whether or not the account does, so being locked out
 * says nothing about who has an account.
 */
function throttleKeys(
	email: string,
	address: string,
	user: { id: string } | null,
	device: KnownDevice | null | undefined,
) {
	const known = !!user && device?.userId === user.id
	return {
		address: addressThrottleKey(address),
		target: known ? deviceThrottleKey(device.id) : accountThrottleKey(normalizeEmail(email)),
		policy: known ? DEVICE_THROTTLE : ACCOUNT_THROTTLE,
		accountWide: !known,
	}
}

type Gate =
	| { ok: false; retryAfterMinutes: number }
	| {
			ok: true
			keys: ReturnType<typeof throttleKeys>
			address: Extract<Reservation, { ok: true }>
			target: Extract<Reservation, { ok: true }>
	  }

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))

/**
 * Counts the attempt on its address, then on its account or browser, before
 * anything is checked. A locked address costs the account nothing (an
 * attacker's locked address cannot lock someone else's account), and an
 * attempt refused by the account does not count against its address.
 */
async function passThrottle(keys: ReturnType<typeof throttleKeys>, now: Date): Promise<Gate> {
	const address = await reserveAttempt(keys.address, ADDRESS_THROTTLE, now)
	if (!address.ok) return { ok: false, retryAfterMinutes: minutes(address.retryAfterMs) }
	const target = await reserveAttempt(keys.target, keys.policy, now)
	if (!target.ok) {
		await releaseAttempt(keys.address)
		return { ok: false, retryAfterMinutes: minutes(target.retryAfterMs) }
	}
	return { ok: true, keys, address, target }
}

/**
 * After a wrong password or code: the answer, and when this attempt locked
 * the account after a quiet time, the audit entry and a notice to its
 * holder, by mail and in the inbox, once per lock.
 */
async function answerFailure(
	gate: Extract<Gate, { ok: true }>,
	user: { id: string; email: string; uiLang: string } | null,
	address: string,
	now: Date,
): Promise<{ status: 'invalid' } | { status: 'locked'; retryAfterMinutes: number }> {
	const lockMs = Math.max(gate.address.lockMs, gate.target.lockMs)
	if (gate.target.startsLock) {
		const until = new Date(now.getTime() + gate.target.lockMs)
		await db.$transaction(async (tx) => {
			await recordAudit(tx, {
				userId: null,
				action: 'sign-in-locked',
				entityType: 'account',
				entityId: user?.id ?? 'unknown',
				summary: { address, until: until.toISOString(), device: !gate.keys.accountWide },
			})
			if (user && gate.keys.accountWide) {
				await tx.inboxMessage.create({
					data: { userId: user.id, kind: 'account-locked', createdAt: now },
				})
				await queueMail(tx, {
					to: user.email,
					kind: 'account-locked',
					lang: user.uiLang,
					vars: {
						count: minutes(gate.target.lockMs),
						link: `${appOrigin()}/${user.uiLang}/forgot-password`,
					},
				})
			}
		})
		deliverPendingMailSoon()
	}
	if (lockMs > 0) return { status: 'locked', retryAfterMinutes: minutes(lockMs) }
	return { status: 'invalid' }
}

// ------------------------------------------------------------------- sign-in

export type SignInResult =
	| { status: 'signed-in'; token: string; userId: string }
	| { status: 'needs-totp'; token: string; userId: string }
	| { status: 'invalid' }
	| { status: 'locked'; retryAfterMinutes: number }
	| { status: 'demo-disabled' }

export async function signIn(input: {
	email: string
	password: string
	address: string
	device?: KnownDevice | null
	/** Whether demo accounts may sign in from this request (app/auth/demo.server.ts). */
	demoAllowed?: boolean
	userAgent?: string
	now?: Date
}): Promise<SignInResult> {
	const now = input.now ?? new Date()
	const email = normalizeEmail(input.email)
	const user = await db.user.findUnique({
		where: { email },
		select: {
			id: true,
			email: true,
			uiLang: true,
			passwordHash: true,
			disabledAt: true,
			totpEnabledAt: true,
			isDemo: true,
		},
	})
	// The demo's password is public: whatever was typed, it opens nothing
	// outside a demo on this computer, nor once a real administrator has
	// switched the demo accounts off. Demo addresses are public too, so
	// saying so reveals nothing, and it is no guess to count.
	if (user?.isDemo && (!input.demoAllowed || user.disabledAt)) return { status: 'demo-disabled' }
	const gate = await passThrottle(throttleKeys(email, input.address, user, input.device), now)
	if (!gate.ok) return { status: 'locked', retryAfterMinutes: gate.retryAfterMinutes }

	const ok =
		user?.passwordHash && !user.disabledAt
			? await verifyPassword(input.password, user.passwordHash)
			: await burnPasswordCheck(input.password)
	if (!user || !ok) return answerFailure(gate, user, input.address, now)

	const pendingTotp = !!user.totpEnabledAt
	await releaseAttempt(gate.keys.address)
	// With a second factor still to give, the password's attempt is given
	// back but earlier failures stay: wrong codes count on the same key, and
	// knowing the password must not reset the count of guesses at the code.
	if (pendingTotp) await releaseAttempt(gate.keys.target)
	else await clearThrottle(gate.keys.target)
	await db.$transaction(async (tx) => {
		if (user.passwordHash && needsRehash(user.passwordHash)) {
			await tx.user.update({
				where: { id: user.id },
				data: { passwordHash: await hashPassword(input.password) },
			})
		}
		if (!pendingTotp) {
			await recordAudit(tx, {
				userId: user.id,
				action: 'sign-in',
				entityType: 'account',
				entityId: user.id,
				summary: {},
			})
		}
	})
	const session = await createSession(user.id, { pendingTotp, userAgent: input.userAgent })
	return { status: pendingTotp ? 'needs-totp' : 'signed-in', token: session, userId: user.id }
}

/**
 * Completes a sign-in with a TOTP code or a recovery code. The half-signed
 * session is replaced by a new one (the token changes again). Wrong codes
 * count against the same throttle as wrong passwords.
 *
 * The code and the half-signed session are each spent by a conditional
 * update that only one request can win: the same code sent six times at
 * once, or from six half-signed sessions, signs in once.
 */
export async function completeSecondFactor(input: {
	sessionId: string
	userId: string
	code: string
	address: string
	device?: KnownDevice | null
	userAgent?: string
	now?: Date
}): Promise<
	| { status: 'signed-in'; token: string }
	| { status: 'invalid' }
	| { status: 'locked'; retryAfterMinutes: number }
> {
	const now = input.now ?? new Date()
	const user = await db.user.findUnique({ where: { id: input.userId } })
	if (!user?.totpSecret || !user.totpEnabledAt) return { status: 'invalid' }
	const gate = await passThrottle(throttleKeys(user.email, input.address, user, input.device), now)
	if (!gate.ok) {
		await db.session.deleteMany({ where: { id: input.sessionId } })
		return { status: 'locked', retryAfterMinutes: gate.retryAfterMinutes }
	}

	const code = input.code.trim()
	const totp = verifyTotp(user.totpSecret, code, {
		time: now.getTime(),
		lastUsedStep: user.totpLastStep,
	})
	const recovery = totp.ok
		? null
		: await db.recoveryCode.findFirst({
				where: {
					userId: user.id,
					codeHash: hashRecoveryCode(normalizeRecoveryCode(code)),
					usedAt: null,
				},
			})
	const spent =
		(totp.ok || recovery) &&
		(await db
			.$transaction(async (tx) => {
				const session = await tx.session.deleteMany({
					where: { id: input.sessionId, userId: user.id, pendingTotp: true },
				})
				const used = totp.ok
					? await tx.user.updateMany({
							where: {
								id: user.id,
								OR: [{ totpLastStep: null }, { totpLastStep: { lt: totp.step } }],
							},
							data: { totpLastStep: totp.step },
						})
					: await tx.recoveryCode.updateMany({
							where: { id: recovery!.id, usedAt: null },
							data: { usedAt: now },
						})
				if (session.count !== 1 || used.count !== 1) throw new CodeSpent()
				await recordAudit(tx, {
					userId: user.id,
					action: 'sign-in',
					entityType: 'account',
					entityId: user.id,
					summary: { secondFactor: totp.ok ? 'totp' : 'recovery-code' },
				})
				return true
			})
			.catch((error: unknown) => {
				if (error instanceof CodeSpent) return false
				throw error
			}))
	if (!spent) {
		const answer = await answerFailure(gate, user, input.address, now)
		if (answer.status === 'locked') await db.session.deleteMany({ where: { id: input.sessionId } })
		return answer
	}
	await releaseAttempt(gate.keys.address)
	await clearThrottle(gate.keys.target)
	const token = await createSession(user.id, { userAgent: input.userAgent })
	return { status: 'signed-in', token }
}

/** Another request spent the code or the half-signed session first. */
class CodeSpent extends Error {}

export async function signOutEverywhere(userId: string) {
	await db.$transaction(async (tx) => {
		const { count } = await tx.session.deleteMany({ where: { userId } })
		await recordAudit(tx, {
			userId,
			action: 'sign-out-everywhere',
			entityType: 'account',
			entityId: userId,
			summary: { sessions: count },
		})
	})
}

export async function listSessions(userId: string) {
	return db.session.findMany({
		where: { userId, pendingTotp: false, expiresAt: { gt: new Date() } },
		select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
		orderBy: { lastSeenAt: 'desc' },
	})
}

export async function setUiLanguage(userId: string, uiLang: string) {
	await db.user.update({ where: { id: userId }, data: { uiLang } })
}

// ------------------------------------------------------------- second factor

/** Starts (or restarts) TOTP enrolment: a new secret, not active until a code confirms it. */
export async function beginTotpEnrolment(userId: string) {
	const user = await db.user.findUniqueOrThrow({
		where: { id: userId },
		select: { totpSecret: true, totpEnabledAt: true },
	})
	if (user.totpEnabledAt) return null
	if (user.totpSecret) return user.totpSecret
	const secret = generateTotpSecret()
	await db.user.update({ where: { id: userId }, data: { totpSecret: secret } })
	return secret
}

/** Confirms enrolment with a first code; returns the recovery codes, shown once. */
export async function confirmTotpEnrolment(userId: string, code: string, now = new Date()) {
	const user = await db.user.findUniqueOrThrow({ where: { id: userId } })
	if (user.totpEnabledAt || !user.totpSecret) return null
	const result = verifyTotp(user.totpSecret, code, {
		time: now.getTime(),
		lastUsedStep: user.totpLastStep,
	})
	if (!result.ok) return null
	const codes = generateRecoveryCodes()
	await db.$transaction(async (tx) => {
		await tx.user.update({
			where: { id: userId },
			data: { totpEnabledAt: now, totpLastStep: result.step },
		})
		await tx.recoveryCode.deleteMany({ where: { userId } })
		await tx.recoveryCode.createMany({
			data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })),
		})
		await recordAudit(tx, {
			userId,
			action: 'two-factor-enabled',
			entityType: 'account',
			entityId: userId,
			summary: {},
		})
	})
	return codes
}

export async function regenerateRecoveryCodes(userId: string) {
	const codes = generateRecoveryCodes()
	await db.$transaction(async (tx) => {
		await tx.recoveryCode.deleteMany({ where: { userId } })
		await tx.recoveryCode.createMany({
			data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })),
		})
		await recordAudit(tx, {
			userId,
			action: 'recovery-codes-renewed',
			entityType: 'account',
			entityId: userId,
			summary: {},
		})
	})
	return codes
}

/** Turns the second factor off, with a current code; refused for roles that must keep it. */
export async function disableTotp(actor: Actor, code: string, now = new Date()) {
	if (requiresSecondFactor(actor)) return 'required' as const
	const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } })
	if (!user.totpSecret || !user.totpEnabledAt) return 'not-enabled' as const
	const result = verifyTotp(user.totpSecret, code, {
		time: now.getTime(),
		lastUsedStep: user.totpLastStep,
	})
	if (!result.ok) return 'invalid-code' as const
	await db.$transaction(async (tx) => {
		await tx.user.update({
			where: { id: actor.id },
			data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
		})
		await tx.recoveryCode.deleteMany({ where: { userId: actor.id } })
		await recordAudit(tx, {
			userId: actor.id,
			action: 'two-factor-disabled',
			entityType: 'account',
			entityId: actor.id,
			summary: {},
		})
	})
	return 'ok' as const
}

export async function countUnusedRecoveryCodes(userId: string) {
	return db.recoveryCode.count({ where: { userId, usedAt: null } })
}

// --------------------------------------------------------------- invitations

/** An invitation link works for 7 days, once. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000
/** A password reset link works for 1 hour, once. */
export const RESET_TTL_MS = 60 * 60 * 1000

export type InvitationProblem =
	'invalid-email' | 'invalid-role' | 'country-required' | 'forbidden' | 'already-member'

export async function createInvitation(
	actor: Actor,
	input: {
		email: string
		role: string
		countryCode: string | null
		uiLang: string
		origin: string
	},
): Promise<{ ok: true; id: string } | { ok: false; problem: InvitationProblem }> {
	const email = normalizeEmail(input.email)
	if (!isPlausibleEmail(email)) return { ok: false, problem: 'invalid-email' }
	if (!(ROLES as readonly string[]).includes(input.role))
		return { ok: false, problem: 'invalid-role' }
	const role = input.role as Role
	const countryCode = isCountryRole(role) ? input.countryCode : null
	if (isCountryRole(role)) {
		if (!countryCode || !(await db.country.findUnique({ where: { code: countryCode } }))) {
			return { ok: false, problem: 'country-required' }
		}
	}
	if (!can(actor, 'invite', role, { countryCode })) return { ok: false, problem: 'forbidden' }
	const existing = await db.membership.findFirst({ where: { user: { email }, role, countryCode } })
	if (existing) return { ok: false, problem: 'already-member' }

	const token = generateToken()
	const link = `${input.origin}/${input.uiLang}/invitations/${token}`
	const inviter = await db.user.findUniqueOrThrow({
		where: { id: actor.id },
		select: { name: true },
	})
	const invitation = await db.$transaction(async (tx) => {
		const created = await tx.invitation.create({
			data: {
				tokenHash: hashToken(token),
				email,
				role,
				countryCode,
				invitedById: actor.id,
				uiLang: input.uiLang,
				expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
			},
		})
		await queueMail(tx, {
			to: email,
			kind: 'invitation',
			lang: input.uiLang,
			vars: { link, inviter: inviter.name, role, country: countryCode ?? '' },
		})
		await recordAudit(tx, {
			userId: actor.id,
			action: 'invite',
			entityType: 'invitation',
			entityId: created.id,
			countryCode,
			summary: { email, role },
		})
		return created
	})
	deliverPendingMailSoon()
	return { ok: true, id: invitation.id }
}

export type InvitationState =
	| {
			state: 'valid'
			invitation: { id: string; email: string; role: string; countryCode: string | null }
			hasAccount: boolean
	  }
	| { state: 'expired' | 'used' | 'unknown' }

export async function getInvitation(token: string, now = new Date()): Promise<InvitationState> {
	if (!isWellFormedToken(token)) return { state: 'unknown' }
	const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) } })
	if (!invitation || invitation.revokedAt) return { state: 'unknown' }
	if (invitation.acceptedAt) return { state: 'used' }
	if (invitation.expiresAt <= now) return { state: 'expired' }
	const account = await db.user.findUnique({
		where: { email: invitation.email },
		select: { passwordHash: true },
	})
	return {
		state: 'valid',
		invitation: {
			id: invitation.id,
			email: invitation.email,
			role: invitation.role,
			countryCode: invitation.countryCode,
		},
		hasAccount: !!account?.passwordHash,
	}
}

export type AcceptProblem =
	'expired' | 'used' | 'unknown' | 'name-required' | 'wrong-password' | PasswordProblem
type PasswordProblem = NonNullable<ReturnType<typeof checkPasswordPolicy>>

/**
 * Accepts an invitation: a new account sets its name and password; an
 * existing account proves itself with its password and gains the role. The
 * token is spent in the same transaction (a second click finds it used).
 */
export async function acceptInvitation(
	token: string,
	input: { name: string; password: string; uiLang: string },
	now = new Date(),
	retried = false,
): Promise<
	{ ok: true; userId: string; secondFactor: boolean } | { ok: false; problem: AcceptProblem }
> {
	const found = await getInvitation(token, now)
	if (found.state !== 'valid') return { ok: false, problem: found.state }
	const { invitation } = found
	const existing = await db.user.findUnique({ where: { email: invitation.email } })
	let passwordHash: string | null = null
	const name = input.name.trim().slice(0, 120)
	if (existing?.passwordHash) {
		if (!(await verifyPassword(input.password, existing.passwordHash)))
			return { ok: false, problem: 'wrong-password' }
	} else {
		if (!name) return { ok: false, problem: 'name-required' }
		const problem = checkPasswordPolicy(input.password, { email: invitation.email, name })
		if (problem) return { ok: false, problem }
		passwordHash = await hashPassword(input.password)
	}
	try {
		const userId = await db.$transaction(async (tx) => {
			// Spend the token first: if two requests race, only one update matches.
			const spent = await tx.invitation.updateMany({
				where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
				data: { acceptedAt: now },
			})
			if (spent.count !== 1) throw new InvitationSpent()
			const user = existing
				? passwordHash
					? await tx.user.update({
							where: { id: existing.id },
							data: { passwordHash, name: name || existing.name },
						})
					: existing
				: await tx.user.create({
						data: { email: invitation.email, name, passwordHash, uiLang: input.uiLang },
					})
			await grantMembership(tx, {
				userId: user.id,
				countryCode: invitation.countryCode,
				role: invitation.role,
			})
			await recordAudit(tx, {
				userId: user.id,
				action: 'accept-invitation',
				entityType: 'invitation',
				entityId: invitation.id,
				countryCode: invitation.countryCode,
				summary: { role: invitation.role, newAccount: !existing },
			})
			return user.id
		})
		// An account that has a second factor must give its code before the
		// password it just typed signs it in, as at every sign-in.
		return { ok: true, userId, secondFactor: !!existing?.totpEnabledAt }
	} catch (error) {
		if (error instanceof InvitationSpent) return { ok: false, problem: 'used' }
		// Another invitation to the same address created the account meanwhile
		// (two links, both clicked): this one now joins that account, which
		// means knowing its password, as for any existing account.
		if (!existing && !retried && isUniqueViolation(error))
			return acceptInvitation(token, input, now, true)
		throw error
	}
}

class InvitationSpent extends Error {}

/**
 * Gives a role, unless it is already held. Not an upsert: Prisma's compound
 * unique key cannot name a NULL country, which exchange-wide roles have. A
 * concurrent grant that wins the race trips the unique index (for NULL
 * countries, the partial one), which means the role is held: done as well.
 */
async function grantMembership(
	tx: Tx,
	membership: { userId: string; countryCode: string | null; role: string },
) {
	const held = await tx.membership.findFirst({ where: membership, select: { id: true } })
	if (held) return
	try {
		await tx.membership.create({ data: membership })
	} catch (error) {
		if (!isUniqueViolation(error)) throw error
	}
}

function isUniqueViolation(error: unknown) {
	return (error as { code?: unknown } | null)?.code === 'P2002'
}

export async function listInvitations(filter: { countryCode?: string | null; roles?: string[] }) {
	return db.invitation.findMany({
		where: {
			acceptedAt: null,
			revokedAt: null,
			...(filter.countryCode !== undefined ? { countryCode: filter.countryCode } : {}),
			...(filter.roles ? { role: { in: filter.roles } } : {}),
		},
		orderBy: { createdAt: 'desc' },
		take: 200,
		select: {
			id: true,
			email: true,
			role: true,
			countryCode: true,
			createdAt: true,
			expiresAt: true,
		},
	})
}

export async function revokeInvitation(actor: Actor, invitationId: string) {
	const invitation = await db.invitation.findUnique({ where: { id: invitationId } })
	if (!invitation || invitation.acceptedAt || invitation.revokedAt) return 'not-found' as const
	if (!can(actor, 'invite', invitation.role as Role, { countryCode: invitation.countryCode }))
		return 'forbidden' as const
	await db.$transaction(async (tx) => {
		await tx.invitation.update({ where: { id: invitationId }, data: { revokedAt: new Date() } })
		await recordAudit(tx, {
			userId: actor.id,
			action: 'revoke-invitation',
			entityType: 'invitation',
			entityId: invitationId,
			countryCode: invitation.countryCode,
			summary: { email: invitation.email, role: invitation.role },
		})
	})
	return 'ok' as const
}

// ---------------------------------------------------------------- memberships

export async function listMembers(filter: { countryCode?: string | null; roles?: string[] }) {
	return db.membership.findMany({
		where: {
			...(filter.countryCode !== undefined ? { countryCode: filter.countryCode } : {}),
			...(filter.roles ? { role: { in: filter.roles } } : {}),
		},
		orderBy: [{ countryCode: 'asc' }, { role: 'asc' }, { createdAt: 'asc' }],
		select: {
			id: true,
			role: true,
			countryCode: true,
			user: { select: { id: true, name: true, email: true } },
		},
	})
}

/** Removes a role from someone; their sessions end, so the change takes effect at once. */
export async function removeMembership(actor: Actor, membershipId: string) {
	const membership = await db.membership.findUnique({ where: { id: membershipId } })
	if (!membership) return 'not-found' as const
	if (!can(actor, 'remove', membership.role as Role, { countryCode: membership.countryCode }))
		return 'forbidden' as const
	if (membership.userId === actor.id) return 'self' as const
	await db.$transaction(async (tx) => {
		await tx.membership.delete({ where: { id: membershipId } })
		await tx.session.deleteMany({ where: { userId: membership.userId } })
		await recordAudit(tx, {
			userId: actor.id,
			action: 'remove-member',
			entityType: 'membership',
			entityId: membershipId,
			countryCode: membership.countryCode,
			summary: { userId: membership.userId, role: membership.role },
		})
	})
	return 'ok' as const
}

/**
 * An administrator created from the server's command line (npm run
 * admin:create), for a deployment with nobody to invite anyone yet. The
 * second factor is set up at the first sign-in, as for every administrator.
 */
/** Whether an administrator who is not a demo account exists: the exchange is deployed for real. */
export async function realAdministratorExists() {
	const admin = await db.membership.findFirst({
		where: { role: 'admin', user: { isDemo: false } },
		select: { id: true },
	})
	return admin !== null
}

export async function createAdministrator(input: {
	email: string
	name: string
	password: string
}): Promise<
	| { ok: true; userId: string }
	| { ok: false; problem: 'invalid-email' | 'name-required' | 'exists' | PasswordProblem }
> {
	const email = normalizeEmail(input.email)
	if (!isPlausibleEmail(email)) return { ok: false, problem: 'invalid-email' }
	const name = input.name.trim().slice(0, 120)
	if (!name) return { ok: false, problem: 'name-required' }
	const problem = checkPasswordPolicy(input.password, { email, name })
	if (problem) return { ok: false, problem }
	if (await db.user.findUnique({ where: { email }, select: { id: true } }))
		return { ok: false, problem: 'exists' }
	const passwordHash = await hashPassword(input.password)
	try {
		const userId = await db.$transaction(async (tx) => {
			const user = await tx.user.create({
				data: { email, name, passwordHash, memberships: { create: { role: 'admin' } } },
			})
			await recordAudit(tx, {
				userId: null,
				action: 'create-administrator',
				entityType: 'account',
				entityId: user.id,
				summary: { email },
			})
			// A real administrator means a real deployment: the demo accounts,
			// whose password and second factors are published, end here, even
			// where the app still looks local (a proxy on the same machine that
			// sends no forwarding headers).
			await tx.session.deleteMany({ where: { user: { isDemo: true } } })
			await tx.user.updateMany({
				where: { isDemo: true, disabledAt: null },
				data: { disabledAt: new Date() },
			})
			return user.id
		})
		return { ok: true, userId }
	} catch (error) {
		if (isUniqueViolation(error)) return { ok: false, problem: 'exists' }
		throw error
	}
}

// ------------------------------------------------------------ password reset

/**
 * Starts a reset. Always returns nothing: the page says the same thing
 * whether or not the address has an account.
 */
export async function requestPasswordReset(input: {
	email: string
	uiLang: string
	origin: string
	address: string
}) {
	const email = normalizeEmail(input.email)
	if (!isPlausibleEmail(email)) return
	const user = await db.user.findUnique({
		where: { email },
		select: { id: true, passwordHash: true, disabledAt: true },
	})
	if (!user?.passwordHash || user.disabledAt) return
	// At most 3 live links per account: a stranger cannot flood someone's inbox.
	const live = await db.passwordReset.count({
		where: { userId: user.id, usedAt: null, expiresAt: { gt: new Date() } },
	})
	if (live >= 3) return
	const token = generateToken()
	await db.$transaction(async (tx) => {
		const reset = await tx.passwordReset.create({
			data: {
				tokenHash: hashToken(token),
				userId: user.id,
				expiresAt: new Date(Date.now() + RESET_TTL_MS),
			},
		})
		await queueMail(tx, {
			to: email,
			kind: 'password-reset',
			lang: input.uiLang,
			vars: { link: `${input.origin}/${input.uiLang}/reset-password/${token}` },
		})
		await recordAudit(tx, {
			userId: null,
			action: 'password-reset-requested',
			entityType: 'account',
			entityId: user.id,
			summary: { resetId: reset.id, address: input.address },
		})
	})
	deliverPendingMailSoon()
}

export async function getPasswordReset(token: string, now = new Date()) {
	if (!isWellFormedToken(token)) return { state: 'unknown' as const }
	const reset = await db.passwordReset.findUnique({
		where: { tokenHash: hashToken(token) },
		include: { user: true },
	})
	if (!reset) return { state: 'unknown' as const }
	if (reset.usedAt) return { state: 'used' as const }
	if (reset.expiresAt <= now) return { state: 'expired' as const }
	return { state: 'valid' as const, reset }
}

/** Sets a new password from a reset link; every existing session ends. */
export async function resetPassword(token: string, password: string, now = new Date()) {
	const found = await getPasswordReset(token, now)
	if (found.state !== 'valid') return { ok: false as const, problem: found.state }
	const { reset } = found
	const problem = checkPasswordPolicy(password, { email: reset.user.email, name: reset.user.name })
	if (problem) return { ok: false as const, problem }
	const passwordHash = await hashPassword(password)
	const done = await db.$transaction(async (tx) => {
		const spent = await tx.passwordReset.updateMany({
			where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
			data: { usedAt: now },
		})
		if (spent.count !== 1) return false
		await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } })
		await tx.session.deleteMany({ where: { userId: reset.userId } })
		await tx.loginThrottle.deleteMany({ where: { key: accountThrottleKey(reset.user.email) } })
		await recordAudit(tx, {
			userId: reset.userId,
			action: 'password-reset',
			entityType: 'account',
			entityId: reset.userId,
			summary: {},
		})
		return true
	})
	return done
		? { ok: true as const, userId: reset.userId }
		: { ok: false as const, problem: 'used' as const }
}

/** Changes the password of a signed-in user who knows the current one; other sessions end. */
export async function changePassword(
	userId: string,
	current: string,
	next: string,
	keepSessionId: string,
) {
	const user = await db.user.findUniqueOrThrow({ where: { id: userId } })
	if (!user.passwordHash || !(await verifyPassword(current, user.passwordHash)))
		return 'wrong-password' as const
	const problem = checkPasswordPolicy(next, { email: user.email, name: user.name })
	if (problem) return problem
	const passwordHash = await hashPassword(next)
	await db.$transaction(async (tx) => {
		await tx.user.update({ where: { id: userId }, data: { passwordHash } })
		await tx.session.deleteMany({ where: { userId, id: { not: keepSessionId } } })
		await recordAudit(tx, {
			userId,
			action: 'password-changed',
			entityType: 'account',
			entityId: userId,
			summary: {},
		})
	})
	return 'ok' as const
}

// ------------------------------------------------------------------- inbox

export async function listInbox(userId: string) {
	return db.inboxMessage.findMany({
		where: { userId },
		orderBy: { createdAt: 'desc' },
		take: 100,
		include: { report: { select: { roundId: true, countryCode: true } } },
	})
}

export async function countUnread(userId: string) {
	return db.inboxMessage.count({ where: { userId, readAt: null } })
}

export async function markInboxRead(userId: string) {
	await db.inboxMessage.updateMany({
		where: { userId, readAt: null },
		data: { readAt: new Date() },
	})
}
