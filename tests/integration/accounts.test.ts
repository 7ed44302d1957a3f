import { describe, expect, test } from 'vitest'
import { generateToken } from '#app/auth/tokens.server.ts'
import { totpCode } from '#app/auth/totp.server.ts'
import { sessionCookieHeader } from '#app/auth/session.server.ts'
import {
	acceptInvitation,
	createInvitation,
	getInvitation,
	regenerateRecoveryCodes,
	requestPasswordReset,
	signIn,
} from '#app/models/account.server.ts'
import { renderMail } from '#app/mail/mail.server.ts'
import { ACCOUNT_THROTTLE } from '#app/models/login-throttle.server.ts'
import { action as loginAction, loader as loginLoader } from '#app/routes/$lang.login._index.tsx'
import { action as verifyAction } from '#app/routes/$lang.login.verify.tsx'
import { loader as workspaceLoader } from '#app/routes/$lang.workspace._index.tsx'
import {
	action as resetAction,
	loader as resetLoader,
} from '#app/routes/$lang.reset-password.$token.tsx'
import { action as invitationAction } from '#app/routes/$lang.invitations.$token.tsx'
import { action as forgotAction } from '#app/routes/$lang.forgot-password.tsx'
import { db } from '#app/utils/db.server.ts'
import { createUser, ensureCountries, TEST_PASSWORD } from '#tests/factories.ts'
import { REDIRECT_TARGETS } from '#tests/fixtures/hostile-requests.ts'
import { call } from '#tests/support/routes.ts'

const lang = { lang: 'en' }
const login = (email: string, password: string, cookie?: string, address = '198.51.100.1') =>
	call(loginAction, '/en/login', {
		params: lang,
		form: { email, password },
		cookie,
		context: { clientAddress: address },
	})

const setCookieOf = (result: unknown) =>
	((result as Response).headers.get('set-cookie') ?? '').split(';')[0]!

/** The known-browser cookie a full sign-in sets beside the session's. */
const deviceCookieOf = (result: unknown) =>
	(result as Response).headers
		.getSetCookie()
		.find((c) => c.startsWith('ax_device='))!
		.split(';')[0]!

async function snapshot(userId: string) {
	const user = await db.user.findUniqueOrThrow({ where: { id: userId } })
	return { user, sessions: await db.session.count({ where: { userId } }) }
}

describe('sessions', () => {
	test('forged, tampered and unknown session cookies are anonymous and change nothing', async () => {
		const user = await createUser('contributor')
		const before = await snapshot(user.id)
		const [name, value] = user.cookie.split('=') as [string, string]
		const tampered = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`
		const unsigned = `${name}=${encodeURIComponent(btoa(JSON.stringify(generateToken())))}`
		const unknown = (await sessionCookieHeader(generateToken())).split(';')[0]!
		for (const cookie of [tampered, unsigned, unknown, `${name}=`, `${name}=${'x'.repeat(9000)}`]) {
			const { outcome } = await call(workspaceLoader, '/en/workspace', { params: lang, cookie })
			expect(outcome).toBe('login')
		}
		expect(await snapshot(user.id)).toEqual(before)
		expect(
			(await call(workspaceLoader, '/en/workspace', { params: lang, cookie: user.cookie })).outcome,
		).toBe('ok')
	})

	test('signing in rotates the session: the old one ends, a new token is issued', async () => {
		const user = await createUser('contributor')
		const { outcome, result } = await login(user.email, TEST_PASSWORD, user.cookie)
		expect(outcome).toBe('ok')
		const fresh = setCookieOf(result)
		expect(fresh).not.toBe(user.cookie)
		expect(
			(await call(workspaceLoader, '/en/workspace', { params: lang, cookie: user.cookie })).outcome,
		).toBe('login')
		expect(
			(await call(workspaceLoader, '/en/workspace', { params: lang, cookie: fresh })).outcome,
		).toBe('ok')
	})
})

describe('where signing in leads', () => {
	// Parsed as a browser resolves a Location header, on two origins: a
	// same-origin path resolves to each; anything naming a host does not.
	const staysHome = (location: string) =>
		new URL(location, 'http://localhost:3000').origin === 'http://localhost:3000' &&
		new URL(location, 'https://awareness.example.org').origin === 'https://awareness.example.org'

	test('the Location of the sign-in action stays on the exchange for every hostile redirectTo', async () => {
		const user = await createUser('contributor')
		for (const target of REDIRECT_TARGETS) {
			const { outcome, result } = await call(loginAction, '/en/login', {
				params: lang,
				form: { email: user.email, password: TEST_PASSWORD, redirectTo: target.value },
			})
			expect(outcome, target.why).toBe('ok')
			const location = (result as Response).headers.get('location')!
			expect(staysHome(location), `${target.why}: ${location}`).toBe(true)
			expect(location, target.why).toBe(target.expect ?? '/en/workspace')
		}
	}, 120_000)

	test('a signed-in visitor sent to the sign-in page is sent on to the same safe place', async () => {
		const user = await createUser('contributor')
		for (const target of REDIRECT_TARGETS) {
			const url = `/en/login?redirectTo=${encodeURIComponent(target.value)}`
			const { result } = await call(loginLoader, url, { params: lang, cookie: user.cookie })
			const location = (result as Response).headers.get('location')!
			expect(staysHome(location), `${target.why}: ${location}`).toBe(true)
		}
	})
})

describe('sign-in throttling', () => {
	test('20 wrong passwords: refused, then locked, the right password refused while locked, data unchanged', async () => {
		const user = await createUser('contributor')
		const before = await snapshot(user.id)
		const outcomes = []
		for (let i = 0; i < 20; i++)
			outcomes.push((await login(user.email, `wrong password ${i}!`)).outcome)
		expect(outcomes.slice(0, 4)).toEqual([401, 401, 401, 401])
		expect(outcomes.slice(4)).toEqual(Array(16).fill(429))
		expect((await login(user.email, TEST_PASSWORD)).outcome).toBe(429)
		expect(await snapshot(user.id)).toEqual(before)
		expect(
			await db.auditEntry.count({ where: { action: 'sign-in-locked', entityId: user.id } }),
		).toBe(1)
	}, 60_000)

	test('an address that does not exist gets exactly the same answers (no enumeration)', async () => {
		const outcomes = []
		for (let i = 0; i < 6; i++)
			outcomes.push((await login('nobody-here@test.example', `wrong password ${i}!`)).outcome)
		expect(outcomes).toEqual([401, 401, 401, 401, 429, 429])
	}, 60_000)

	test('a lock on one account does not lock another account from the same address', async () => {
		const a = await createUser('contributor')
		const b = await createUser('contributor')
		for (let i = 0; i < 5; i++) await login(a.email, 'wrong password!!', undefined, '192.0.2.50')
		expect((await login(b.email, TEST_PASSWORD, undefined, '192.0.2.50')).outcome).toBe('ok')
	}, 60_000)
})

describe('sign-in throttling under concurrency and from many places', () => {
	test('100 wrong passwords and the right one, sent at once: only the first 5 are checked, none signs in', async () => {
		const user = await createUser('contributor')
		const sessionsBefore = await db.session.count({ where: { userId: user.id } })
		const attempt = (password: string) =>
			signIn({ email: user.email, password, address: '198.51.100.100' })
		const wrong = Array.from({ length: 100 }, (_, i) => attempt(`wrong password ${i}!`))
		const results = await Promise.all([...wrong, attempt(TEST_PASSWORD)])
		const statuses = results.map((r) => r.status)
		expect(statuses).not.toContain('signed-in')
		// 4 refused as wrong; the 5th locked the account; the rest were never checked.
		expect(statuses.filter((s) => s === 'invalid')).toHaveLength(ACCOUNT_THROTTLE.lockAt - 1)
		expect(statuses.filter((s) => s === 'locked')).toHaveLength(101 - ACCOUNT_THROTTLE.lockAt + 1)
		expect(await db.session.count({ where: { userId: user.id } })).toBe(sessionsBefore)
		// The holder is told once, however many attempts hit the lock.
		expect(await db.mailMessage.count({ where: { to: user.email, kind: 'account-locked' } })).toBe(
			1,
		)
		expect(
			await db.inboxMessage.count({ where: { userId: user.id, kind: 'account-locked' } }),
		).toBe(1)
	}, 60_000)

	test('an account locked by guesses from many addresses still signs in from a browser it used before', async () => {
		const user = await createUser('contributor')
		// The holder signed in from this browser last week.
		const first = await login(user.email, TEST_PASSWORD, undefined, '192.0.2.10')
		const device = deviceCookieOf(first.result)
		expect(device).toMatch(/^ax_device=/)
		// Then guesses arrive from five addresses.
		for (let i = 0; i < 5; i++)
			await login(user.email, `a wrong guess ${i}!`, undefined, `203.0.113.${50 + i}`)
		// A new browser, even at the holder's own address, is locked out...
		expect((await login(user.email, TEST_PASSWORD, undefined, '192.0.2.10')).outcome).toBe(429)
		// ...the known one is not, and the right password signs in.
		expect((await login(user.email, TEST_PASSWORD, device, '192.0.2.10')).outcome).toBe('ok')
		// The lock on the account was not lifted for the others.
		expect((await login(user.email, TEST_PASSWORD, undefined, '192.0.2.11')).outcome).toBe(429)
		const mail = await db.mailMessage.findFirstOrThrow({
			where: { to: user.email, kind: 'account-locked' },
		})
		expect(mail.text).toContain('http://localhost:3000/en/forgot-password')
		expect(mail.text).toContain('is paused for 15 minutes.')
	}, 60_000)

	test('the lock mail gives its minutes the plural form of the reader’s language', () => {
		const body = (lang: string, count: number) =>
			renderMail({ to: 'a@example.org', kind: 'account-locked', lang, vars: { count, link: '' } })
				.text
		expect(body('en', 1)).toContain('is paused for 1 minute.')
		expect(body('fr', 1)).toContain('est donc suspendue pendant 1 minute.')
		expect(body('fr', 30)).toContain('pendant 30 minutes.')
		// Arabic: the dual for two, the plural for three to ten, the singular from eleven.
		expect(body('ar', 2)).toContain('لمدة دقيقتين.')
		expect(body('ar', 5)).toContain('لمدة 5 دقائق.')
		expect(body('ar', 15)).toContain('لمدة 15 دقيقة.')
	})

	test('a known browser cookie of another account, forged or stale, is just an unknown browser', async () => {
		const holder = await createUser('contributor')
		const other = await createUser('contributor')
		const otherDevice = deviceCookieOf((await login(other.email, TEST_PASSWORD)).result)
		for (let i = 0; i < 5; i++)
			await login(holder.email, `a wrong guess ${i}!`, undefined, `203.0.113.${60 + i}`)
		const [name, value] = otherDevice.split('=') as [string, string]
		const forged = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`
		for (const cookie of [otherDevice, forged, 'ax_device=x'])
			expect((await login(holder.email, TEST_PASSWORD, cookie)).outcome).toBe(429)
	}, 60_000)

	test('an address that keeps failing waits longer each time: 20 free, then 2 s, 4 s, 8 s', async () => {
		const address = '198.51.100.200'
		const t0 = Date.parse('2026-12-06T10:00:00Z')
		const at = (ms: number, n: number) =>
			signIn({
				email: `nobody-${n}@test.example`,
				password: 'not the password',
				address,
				now: new Date(t0 + ms),
			})
		for (let n = 0; n < 20; n++) expect((await at(0, n)).status).toBe('invalid')
		// The 21st is checked, and locks the address for 2 seconds.
		expect(await at(0, 20)).toEqual({ status: 'locked', retryAfterMinutes: 1 })
		expect((await at(1_999, 21)).status).toBe('locked')
		// After it, one more try, which locks it for 4 seconds; then 8.
		expect((await at(2_000, 22)).status).toBe('locked')
		const throttle = () =>
			db.loginThrottle.findUniqueOrThrow({ where: { key: `address:${address}` } })
		expect((await throttle()).lockedUntil).toEqual(new Date(t0 + 2_000 + 4_000))
		expect((await at(5_999, 23)).status).toBe('locked')
		expect((await throttle()).failures).toBe(22)
		expect((await at(6_000, 24)).status).toBe('locked')
		expect((await throttle()).lockedUntil).toEqual(new Date(t0 + 6_000 + 8_000))
		// Another address is not slowed by it.
		const elsewhere = await signIn({
			email: 'nobody-else@test.example',
			password: 'not the password',
			address: '198.51.100.201',
			now: new Date(t0 + 6_000),
		})
		expect(elsewhere.status).toBe('invalid')
		// After an hour of quiet once the lock ends, the address starts afresh.
		expect((await at(14_000 + 60 * 60_000, 25)).status).toBe('invalid')
	}, 180_000)
})

describe('second factor', () => {
	test('the password alone gives a half-signed session that opens nothing; a code completes it once', async () => {
		const reviewer = await createUser('reviewer')
		const step1 = await login(reviewer.email, TEST_PASSWORD)
		expect((step1.result as Response).headers.get('location')).toMatch(/^\/en\/login\/verify/)
		const pending = setCookieOf(step1.result)
		expect(
			(await call(workspaceLoader, '/en/workspace', { params: lang, cookie: pending })).outcome,
		).toBe('login')

		const wrong = await call(verifyAction, '/en/login/verify', {
			params: lang,
			cookie: pending,
			form: { code: '000000' },
		})
		expect(wrong.outcome).toBe(401)
		const code = totpCode(reviewer.totpSecret!)
		const right = await call(verifyAction, '/en/login/verify', {
			params: lang,
			cookie: pending,
			form: { code },
		})
		expect(right.outcome).toBe('ok')
		const full = setCookieOf(right.result)
		expect(full).not.toBe(pending)
		expect(
			(await call(workspaceLoader, '/en/workspace', { params: lang, cookie: full })).result,
		).toBeInstanceOf(Response)

		// The same code again (a replay) does not sign in a second time.
		const again = setCookieOf((await login(reviewer.email, TEST_PASSWORD)).result)
		expect(
			(
				await call(verifyAction, '/en/login/verify', {
					params: lang,
					cookie: again,
					form: { code },
				})
			).outcome,
		).toBe(401)
	}, 30_000)

	test('the same code sent six times at once, from one half-signed session: one session', async () => {
		const reviewer = await createUser('reviewer')
		const pending = setCookieOf((await login(reviewer.email, TEST_PASSWORD)).result)
		const code = totpCode(reviewer.totpSecret!)
		const before = await db.session.count({ where: { userId: reviewer.id, pendingTotp: false } })
		const results = await Promise.all(
			Array.from({ length: 6 }, () =>
				call(verifyAction, '/en/login/verify', { params: lang, cookie: pending, form: { code } }),
			),
		)
		expect(results.filter((r) => r.outcome === 'ok')).toHaveLength(1)
		expect(await db.session.count({ where: { userId: reviewer.id, pendingTotp: false } })).toBe(
			before + 1,
		)
	}, 30_000)

	test('the same code from six half-signed sessions at once: one session', async () => {
		const reviewer = await createUser('reviewer')
		const pending = []
		for (let i = 0; i < 6; i++)
			pending.push(setCookieOf((await login(reviewer.email, TEST_PASSWORD)).result))
		const code = totpCode(reviewer.totpSecret!)
		const before = await db.session.count({ where: { userId: reviewer.id, pendingTotp: false } })
		const results = await Promise.all(
			pending.map((cookie) =>
				call(verifyAction, '/en/login/verify', { params: lang, cookie, form: { code } }),
			),
		)
		expect(results.filter((r) => r.outcome === 'ok')).toHaveLength(1)
		expect(await db.session.count({ where: { userId: reviewer.id, pendingTotp: false } })).toBe(
			before + 1,
		)
	}, 60_000)

	test('a recovery code used from two half-signed sessions at once: one session', async () => {
		const reviewer = await createUser('reviewer')
		const [recovery] = await regenerateRecoveryCodes(reviewer.id)
		const pending = []
		for (let i = 0; i < 2; i++)
			pending.push(setCookieOf((await login(reviewer.email, TEST_PASSWORD)).result))
		const results = await Promise.all(
			pending.map((cookie) =>
				call(verifyAction, '/en/login/verify', {
					params: lang,
					cookie,
					form: { code: recovery! },
				}),
			),
		)
		expect(results.filter((r) => r.outcome === 'ok')).toHaveLength(1)
	}, 30_000)

	test('knowing the password does not reset the count of wrong codes', async () => {
		const reviewer = await createUser('reviewer')
		const outcomes = []
		for (let i = 0; i < 3; i++) {
			const pending = setCookieOf(
				(await login(reviewer.email, TEST_PASSWORD, undefined, `198.51.100.${70 + i}`)).result,
			)
			for (let j = 0; j < 2; j++) {
				const { outcome } = await call(verifyAction, '/en/login/verify', {
					params: lang,
					cookie: pending,
					form: { code: '000000' },
					context: { clientAddress: `198.51.100.${70 + i}` },
				})
				outcomes.push(outcome)
			}
		}
		// Five wrong codes lock the account, though the password was right three times.
		expect(outcomes.slice(0, 4)).toEqual([401, 401, 401, 401])
		expect(outcomes[4]).toBe('login')
		expect((await login(reviewer.email, TEST_PASSWORD)).outcome).toBe(429)
	}, 60_000)

	test('a reviewer without a second factor is sent to set one up before anything else', async () => {
		const reviewer = await createUser('reviewer', { totp: false })
		expect(
			(await call(workspaceLoader, '/en/workspace', { params: lang, cookie: reviewer.cookie }))
				.outcome,
		).toBe('totp')
	})
})

describe('invitations', () => {
	async function invite(email: string, role = 'coordinator') {
		await ensureCountries('FR')
		const admin = await createUser('admin')
		const actor = { id: admin.id, memberships: [{ role: 'admin', countryCode: null }] }
		const result = await createInvitation(actor, {
			email,
			role,
			countryCode: role === 'coordinator' || role === 'contributor' ? 'FR' : null,
			uiLang: 'fr',
			origin: 'http://localhost',
		})
		expect(result.ok).toBe(true)
		const mail = await db.mailMessage.findFirstOrThrow({
			where: { to: email },
			orderBy: { createdAt: 'desc' },
		})
		const token = /invitations\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!
		return { token, mail }
	}

	test('the mail is written in the inviter’s language and the link works once', async () => {
		const { token, mail } = await invite('new.coordinator@test.example')
		expect(mail.subject).toMatch(/vous invite/)
		const form = { name: 'Nouvelle Coordinatrice', password: TEST_PASSWORD, confirm: TEST_PASSWORD }
		const first = await call(invitationAction, '/en/invitations/x', {
			params: { lang: 'en', token },
			form,
		})
		expect(first.outcome).toBe('ok')
		const user = await db.user.findUniqueOrThrow({
			where: { email: 'new.coordinator@test.example' },
			include: { memberships: true },
		})
		expect(user.memberships).toMatchObject([{ role: 'coordinator', countryCode: 'FR' }])
		const second = await call(invitationAction, '/en/invitations/x', {
			params: { lang: 'en', token },
			form,
		})
		expect(second.outcome).toBe(410)
		expect(await db.user.count({ where: { email: 'new.coordinator@test.example' } })).toBe(1)
	}, 30_000)

	test('an expired invitation is refused and creates no account', async () => {
		const { token } = await invite('late@test.example')
		await db.invitation.updateMany({
			where: { email: 'late@test.example' },
			data: { expiresAt: new Date(Date.now() - 1000) },
		})
		expect(await getInvitation(token)).toEqual({ state: 'expired' })
		const result = await call(invitationAction, '/en/invitations/x', {
			params: { lang: 'en', token },
			form: { name: 'Late', password: TEST_PASSWORD, confirm: TEST_PASSWORD },
		})
		expect(result.outcome).toBe(410)
		expect(await db.user.count({ where: { email: 'late@test.example' } })).toBe(0)
	}, 30_000)

	test('two acceptances racing: one account, one membership', async () => {
		const { token } = await invite('race@test.example')
		const input = { name: 'Race', password: TEST_PASSWORD, uiLang: 'en' }
		const results = await Promise.all([
			acceptInvitation(token, input),
			acceptInvitation(token, input),
		])
		expect(results.filter((r) => r.ok)).toHaveLength(1)
		expect(await db.membership.count({ where: { user: { email: 'race@test.example' } } })).toBe(1)
	}, 30_000)

	test.each(['reviewer', 'admin'])(
		'an invitation to the whole exchange as %s is accepted, and the role is held',
		async (role) => {
			const email = `new.${role}@test.example`
			const { token } = await invite(email, role)
			const { outcome } = await call(invitationAction, '/en/invitations/x', {
				params: { lang: 'en', token },
				form: { name: 'Nouvelle Personne', password: TEST_PASSWORD, confirm: TEST_PASSWORD },
			})
			expect(outcome).toBe('ok')
			const user = await db.user.findUniqueOrThrow({
				where: { email },
				include: { memberships: true },
			})
			expect(user.memberships).toMatchObject([{ role, countryCode: null }])
		},
		30_000,
	)

	test('two invitations to the same exchange-wide role, accepted at once: one membership', async () => {
		const email = 'twice.reviewer@test.example'
		const first = await invite(email, 'reviewer')
		const second = await invite(email, 'reviewer')
		const input = { name: 'Twice', password: TEST_PASSWORD, uiLang: 'en' }
		// Whichever creates the account, the other joins it with the same password.
		const results = await Promise.all([
			acceptInvitation(first.token, input),
			acceptInvitation(second.token, input),
		])
		expect(results.map((r) => r.ok)).toEqual([true, true])
		expect(await db.user.count({ where: { email } })).toBe(1)
		expect(
			await db.membership.count({
				where: { user: { email }, role: 'reviewer', countryCode: null },
			}),
		).toBe(1)
	}, 30_000)

	test('the database itself refuses a second copy of an exchange-wide role', async () => {
		const user = await createUser('reviewer')
		await expect(
			db.membership.create({ data: { userId: user.id, role: 'reviewer', countryCode: null } }),
		).rejects.toThrow()
		// A country role is still one per country.
		await ensureCountries('FR', 'DE')
		await db.membership.create({
			data: { userId: user.id, role: 'coordinator', countryCode: 'FR' },
		})
		await db.membership.create({
			data: { userId: user.id, role: 'coordinator', countryCode: 'DE' },
		})
		await expect(
			db.membership.create({ data: { userId: user.id, role: 'coordinator', countryCode: 'FR' } }),
		).rejects.toThrow()
	})

	test('an existing account with a second factor gives its code before the new role signs it in', async () => {
		const existing = await createUser('contributor', { totp: true })
		const { token } = await invite(existing.email, 'coordinator')
		const accepted = await call(invitationAction, '/en/invitations/x', {
			params: { lang: 'en', token },
			form: { password: TEST_PASSWORD },
		})
		const location = (accepted.result as Response).headers.get('location')
		expect(location).toMatch(/^\/en\/login\/verify\?redirectTo=/)
		const pending = setCookieOf(accepted.result)
		// The password alone opened nothing, and the role is held all the same.
		expect(
			(await call(workspaceLoader, '/en/workspace', { params: lang, cookie: pending })).outcome,
		).toBe('login')
		expect(await db.membership.count({ where: { userId: existing.id, role: 'coordinator' } })).toBe(
			1,
		)
		const verified = await call(verifyAction, `/en/login/verify?redirectTo=%2Fen%2Fworkspace`, {
			params: lang,
			cookie: pending,
			form: { code: totpCode(existing.totpSecret!) },
		})
		expect((verified.result as Response).headers.get('location')).toBe('/en/workspace')
		const full = setCookieOf(verified.result)
		expect(
			(await call(workspaceLoader, '/en/workspace', { params: lang, cookie: full })).outcome,
		).toBe('ok')
	}, 30_000)

	test('a weak password is refused with its reason and the invitation stays usable', async () => {
		const { token } = await invite('weak@test.example')
		const weak = await call(invitationAction, '/en/invitations/x', {
			params: { lang: 'en', token },
			form: { name: 'Weak', password: 'short', confirm: 'short' },
		})
		expect(weak.outcome).toBe(400)
		expect((await getInvitation(token)).state).toBe('valid')
	}, 30_000)
})

describe('password reset', () => {
	test('the answer is the same for an unknown address, and no mail is written', async () => {
		const before = await db.mailMessage.count()
		const unknown = await call(forgotAction, '/en/forgot-password', {
			params: lang,
			form: { email: 'ghost@test.example' },
		})
		expect(unknown.result).toEqual({ sent: true })
		expect(await db.mailMessage.count()).toBe(before)
	})

	test('a reset link sets the password once, ends every session, and cannot be reused or used late', async () => {
		const user = await createUser('contributor')
		await requestPasswordReset({
			email: user.email,
			uiLang: 'en',
			origin: 'http://localhost',
			address: 'x',
		})
		const mail = await db.mailMessage.findFirstOrThrow({ where: { to: user.email } })
		const token = /reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!
		const params = { lang: 'en', token }
		const next = 'a brand new passphrase'
		expect(
			(
				await call(resetAction, '/en/reset-password/x', {
					params,
					form: { password: next, confirm: next },
				})
			).outcome,
		).toBe('ok')
		expect(await db.session.count({ where: { userId: user.id } })).toBe(0)
		expect((await login(user.email, next)).outcome).toBe('ok')
		const reused = await call(resetAction, '/en/reset-password/x', {
			params,
			form: { password: 'yet another passphrase', confirm: 'yet another passphrase' },
		})
		expect(reused.outcome).toBe(410)
		expect((await login(user.email, next)).outcome).toBe('ok')

		await requestPasswordReset({
			email: user.email,
			uiLang: 'en',
			origin: 'http://localhost',
			address: 'x',
		})
		const late = await db.mailMessage.findFirstOrThrow({
			where: { to: user.email },
			orderBy: { createdAt: 'desc' },
		})
		const lateToken = /reset-password\/([A-Za-z0-9_-]{43})/.exec(late.text)![1]!
		await db.passwordReset.updateMany({
			where: { userId: user.id, usedAt: null },
			data: { expiresAt: new Date(Date.now() - 1) },
		})
		expect(
			(
				await call(resetLoader, '/en/reset-password/x', {
					params: { lang: 'en', token: lateToken },
				})
			).outcome,
		).toBe(410)
		expect(
			(
				await call(resetAction, '/en/reset-password/x', {
					params: { lang: 'en', token: lateToken },
					form: { password: 'late passphrase 12', confirm: 'late passphrase 12' },
				})
			).outcome,
		).toBe(410)
		expect((await login(user.email, next)).outcome).toBe('ok')
	}, 60_000)
})

describe('a contributor changing the id in the URL', () => {
	test('cannot read, edit or submit another country’s material, and nothing changes', async () => {
		const { loader: materialLoader, action: materialAction } =
			await import('#app/routes/$lang.workspace.materials.$id.tsx')
		const { createMaterial } = await import('#tests/factories.ts')
		const german = await createMaterial({ countryCode: 'DE', status: 'draft', publishedAt: null })
		const before = await db.material.findUniqueOrThrow({
			where: { id: german.id },
			include: { versions: true, audiences: true },
		})
		const auditBefore = await db.auditEntry.count()
		const french = await createUser('contributor', { country: 'FR' })
		const params = { lang: 'en', id: german.id }
		expect(
			(
				await call(materialLoader, `/en/workspace/materials/${german.id}`, {
					params,
					cookie: french.cookie,
				})
			).outcome,
		).toBe(404)
		for (const form of [
			{
				intent: 'save',
				draftId: german.id,
				title: 'Hijacked',
				lang: 'fr',
				resourceType: 'poster',
				licence: 'cc0-1.0',
				audiences: 'children',
				risks: 'grooming',
			},
			{ intent: 'submit' },
		] as Record<string, string>[]) {
			expect(
				(
					await call(materialAction, `/en/workspace/materials/${german.id}`, {
						params,
						cookie: french.cookie,
						form,
					})
				).outcome,
			).toBe(404)
		}
		expect(
			await db.material.findUniqueOrThrow({
				where: { id: german.id },
				include: { versions: true, audiences: true },
			}),
		).toEqual(before)
		expect(await db.auditEntry.count()).toBe(auditBefore)
	})
})
