import net from 'node:net'
import { getEnv, type Env } from '#app/utils/env.server.ts'
import { clientAddress } from '#app/utils/request.server.ts'

/**
 * Demo accounts (prisma/demo/accounts.ts) have a password and second-factor
 * secrets published in the repository, so that `npm install && npm start`
 * gives a demo anyone can try on their own computer. On any other machine
 * they would be an open door, administrator included. So they work only
 * when all of these hold:
 *
 * - the app serves this computer: APP_ORIGIN is unset or names a loopback
 *   host (localhost, 127.0.0.1, [::1]). A deployment sets APP_ORIGIN to its
 *   public address, since its mail links need it, and that alone switches
 *   demo accounts off: they are neither seeded nor able to sign in, and
 *   their existing sessions end;
 * - the browser signing in is on this computer: a loopback client address
 *   (as Express sees it, so behind a trusted proxy the real client's);
 * - and it came straight to the app: a request that carried forwarding
 *   headers from an untrusted peer came through a proxy nobody declared, on
 *   this machine, for clients that are not.
 *
 * A proxy on this machine that sends no forwarding headers looks local on
 * every count, so one more rule closes that door: creating a real
 * administrator (`npm run admin:create`, createAdministrator) disables the
 * demo accounts for good and ends their sessions, and seeding never brings
 * them back once one exists.
 */

/** Whether an address (as Express gives it, IPv4-mapped IPv6 included) is this computer's. */
export function isLoopbackAddress(address: string) {
	const plain = address.startsWith('::ffff:') ? address.slice(7) : address
	if (net.isIPv4(plain)) return plain.startsWith('127.')
	return plain === '::1'
}

/** Whether an origin (undefined: APP_ORIGIN unset) names this computer. */
export function isLocalOrigin(origin: string | undefined) {
	if (!origin) return true
	let hostname: string
	try {
		hostname = new URL(origin).hostname
	} catch {
		return false
	}
	if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true
	if (hostname === '[::1]') return true
	return net.isIPv4(hostname) && hostname.startsWith('127.')
}

/** Whether demo accounts may exist and keep their sessions: the app serves this computer. */
export function demoAccountsEnabled(env: Env = getEnv()) {
	return isLocalOrigin(env.APP_ORIGIN)
}

/** Whether a demo account may sign in from this request (its load context). */
export function mayUseDemoAccounts(context: unknown, env: Env = getEnv()) {
	const forwarded = (context as { forwarded?: unknown } | undefined)?.forwarded === true
	return demoAccountsEnabled(env) && !forwarded && isLoopbackAddress(clientAddress(context))
}
