import crypto from 'node:crypto'
import { db } from '#app/utils/db.server.ts'

/**
 * Sign-in throttling, per key: an account (the hash of the typed address,
 * whether or not an account has it), a known browser, or a client address.
 *
 * An attempt is counted before its password is checked, by one SQL statement
 * that refuses it when the key is locked, adds it to the count, and locks
 * the key when the count calls for it; a success gives the attempt back.
 * Checking and counting separately around the slow password hash let a
 * burst of simultaneous guesses all be checked before any was counted.
 *
 * A key's failures are forgotten once it has been quiet, with no attempt and
 * no lock, for its policy's `quietMs`. Until then, the attempt that brings
 * the count to `lockAt` locks the key for `lockMs`, and each attempt after
 * that lock ends locks it again for twice as long as the one before, up to
 * `maxLockMs`: a patient guesser is slowed exponentially.
 */

export interface ThrottlePolicy {
	lockAt: number
	lockMs: number
	maxLockMs: number
	quietMs: number
}

const MINUTE_MS = 60_000

/**
 * An account, from browsers it was never signed in from: 5 attempts, then
 * 15 minutes, again after each further failure until 15 quiet minutes.
 */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
	lockAt: 5,
	lockMs: 15 * MINUTE_MS,
	maxLockMs: 15 * MINUTE_MS,
	quietMs: 15 * MINUTE_MS,
}

/** A browser the account signed in from before: the same room, its own count. */
export const DEVICE_THROTTLE: ThrottlePolicy = ACCOUNT_THROTTLE

/**
 * A client address: 20 attempts for anything (several people may share one
 * address, a ministry's proxy), then 2 seconds, 4, 8... up to an hour, until
 * it has been quiet for an hour.
 */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
	lockAt: 21,
	lockMs: 2000,
	maxLockMs: 60 * MINUTE_MS,
	quietMs: 60 * MINUTE_MS,
}

/** How long the attempt that made the count `failures` locks its key (0: not at all). */
export function lockMsFor(policy: ThrottlePolicy, failures: number) {
	if (failures < policy.lockAt) return 0
	return Math.min(policy.maxLockMs, policy.lockMs * 2 ** Math.min(failures - policy.lockAt, 32))
}

export function accountThrottleKey(email: string) {
	return `account:${crypto.createHash('sha256').update(email).digest('hex')}`
}

export function deviceThrottleKey(deviceId: string) {
	return `device:${deviceId}`
}

export function addressThrottleKey(address: string) {
	return `address:${address || 'unknown'}`
}

export type Reservation =
	| {
			ok: true
			key: string
			/** The count with this attempt. */
			failures: number
			/** How long this attempt locked the key (0: it did not). */
			lockMs: number
			/** This attempt started a lock after a quiet time: the moment to tell the account holder. */
			startsLock: boolean
	  }
	| { ok: false; key: string; retryAfterMs: number }

/**
 * Counts an attempt on `key` unless the key is locked, in one statement, so
 * that no two simultaneous attempts can both see the count before the other.
 */
export async function reserveAttempt(
	key: string,
	policy: ThrottlePolicy,
	now: Date,
): Promise<Reservation> {
	const quietSince = new Date(now.getTime() - policy.quietMs)
	const firstLock = policy.lockAt <= 1 ? new Date(now.getTime() + lockMsFor(policy, 1)) : null
	// SET expressions all read the row as it was, so the new count is spelled
	// out where the lock needs it. Times are compared as the ISO text Prisma's
	// adapter stores; the lock end is written in that same form.
	const rows = await db.$queryRaw<{ failures: number | bigint }[]>`
		INSERT INTO "LoginThrottle" ("key", "failures", "lastAttemptAt", "lockedUntil")
		VALUES (${key}, 1, ${now}, ${firstLock})
		ON CONFLICT ("key") DO UPDATE SET
			"failures" = CASE
				WHEN MAX("lastAttemptAt", COALESCE("lockedUntil", '')) <= ${quietSince} THEN 1
				ELSE "failures" + 1 END,
			"lockedUntil" = CASE
				WHEN (CASE
					WHEN MAX("lastAttemptAt", COALESCE("lockedUntil", '')) <= ${quietSince} THEN 1
					ELSE "failures" + 1 END) >= ${policy.lockAt}
				THEN strftime('%Y-%m-%dT%H:%M:%f+00:00', (${now.getTime()} + MIN(${policy.maxLockMs},
					${policy.lockMs} << MIN((CASE
						WHEN MAX("lastAttemptAt", COALESCE("lockedUntil", '')) <= ${quietSince} THEN 1
						ELSE "failures" + 1 END) - ${policy.lockAt}, 32))) / 1000.0, 'unixepoch')
				ELSE NULL END,
			"lastAttemptAt" = ${now}
		WHERE "lockedUntil" IS NULL OR "lockedUntil" <= ${now}
		RETURNING "failures"`
	const row = rows[0]
	if (!row) {
		const locked = await db.loginThrottle.findUnique({
			where: { key },
			select: { lockedUntil: true },
		})
		const until = locked?.lockedUntil?.getTime() ?? now.getTime()
		return { ok: false, key, retryAfterMs: Math.max(until - now.getTime(), 1000) }
	}
	const failures = Number(row.failures)
	return {
		ok: true,
		key,
		failures,
		lockMs: lockMsFor(policy, failures),
		startsLock: failures === policy.lockAt,
	}
}

/** Gives back an attempt that turned out not to be a failure (it succeeded, or was never checked). */
export async function releaseAttempt(key: string) {
	await db.loginThrottle.updateMany({
		where: { key, failures: { gt: 0 } },
		data: { failures: { decrement: 1 } },
	})
}

/** Forgets a key's failures and lifts its lock: the right person proved who they are. */
export async function clearThrottle(key: string) {
	await db.loginThrottle.deleteMany({ where: { key } })
}
