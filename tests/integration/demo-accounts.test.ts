import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { verifyPassword } from '#app/auth/password.server.ts'
import { createAdministrator } from '#app/models/account.server.ts'
import { action as loginAction } from '#app/routes/$lang.login._index.tsx'
import { loader as workspaceLoader } from '#app/routes/$lang.workspace._index.tsx'
import { db } from '#app/utils/db.server.ts'
import { DEMO_PASSWORD, DEMO_USERS } from '#prisma/demo/accounts.ts'
import { seedCountries, seedDemoAccounts } from '#prisma/seed.ts'
import { createUser, TEST_PASSWORD } from '#tests/factories.ts'
import { PROJECT_ROOT, TEST_ROOT } from '#tests/support/paths.ts'
import { call } from '#tests/support/routes.ts'

/**
 * Demo accounts have a published password. Here APP_ORIGIN is unset, as on
 * a laptop running `npm start`: they are seeded, and sign in only from a
 * browser on this computer that reached the app directly.
 * (public-origin.test.ts: with APP_ORIGIN set to a public address.)
 */

const contributor = DEMO_USERS.find((u) => u.id === 'demo-u-fr-contrib')!

const signIn = (email: string, password: string, context: Record<string, unknown>) =>
	call(loginAction, '/en/login', { params: { lang: 'en' }, form: { email, password }, context })

describe('demo accounts on this computer', () => {
	test('are seeded once', async () => {
		await seedCountries()
		expect(await seedDemoAccounts()).toBe(DEMO_USERS.length)
		expect(await seedDemoAccounts()).toBe(0)
		expect(await db.user.count({ where: { isDemo: true } })).toBe(DEMO_USERS.length)
	}, 30_000)

	test('sign in from a browser on this computer, and from nowhere else', async () => {
		await seedCountries()
		await seedDemoAccounts()
		for (const clientAddress of ['127.0.0.1', '::1', '::ffff:127.0.0.1'])
			expect(
				(await signIn(contributor.email, DEMO_PASSWORD, { clientAddress })).outcome,
				clientAddress,
			).toBe('ok')
		for (const context of [
			{ clientAddress: '203.0.113.7' },
			{ clientAddress: '192.168.1.20' },
			// A proxy on this machine that TRUST_PROXY does not name: the
			// address is the proxy's, the browser is elsewhere.
			{ clientAddress: '127.0.0.1', forwarded: true },
			{},
		]) {
			const { outcome, result } = await signIn(contributor.email, DEMO_PASSWORD, context)
			expect(outcome, JSON.stringify(context)).toBe(403)
			expect(result).toMatchObject({ data: { error: 'login.errors.demo' } })
		}
	}, 60_000)

	test('a real account signs in from anywhere', async () => {
		const user = await createUser('contributor')
		expect(
			(await signIn(user.email, TEST_PASSWORD, { clientAddress: '203.0.113.7' })).outcome,
		).toBe('ok')
	})
})

describe('the first real administrator', () => {
	test('ends the demo accounts and their sessions, for good, even where the app looks local', async () => {
		await seedCountries()
		await seedDemoAccounts()
		const local = { clientAddress: '127.0.0.1' }
		const before = await signIn(contributor.email, DEMO_PASSWORD, local)
		expect(before.outcome).toBe('ok')
		const cookie = ((before.result as Response).headers.get('set-cookie') ?? '').split(';')[0]!
		const workspace = () =>
			call(workspaceLoader, '/en/workspace', { params: { lang: 'en' }, cookie })
		expect((await workspace()).outcome).toBe('ok')

		const created = await createAdministrator({
			email: 'grace@example.org',
			name: 'Grace Hopper',
			password: 'a lighthouse keeper in Brest',
		})
		expect(created.ok).toBe(true)
		// The session open before is over, and the published password opens nothing.
		expect((await workspace()).outcome).not.toBe('ok')
		const after = await signIn(contributor.email, DEMO_PASSWORD, local)
		expect(after.outcome).not.toBe('ok')
		// Said as such, as on a deployed exchange, rather than as a wrong password.
		expect(after.result).toMatchObject({ data: { error: 'login.errors.demo' } })
		// A restart seeds nothing back, and brings no demo account back to life.
		expect(await seedDemoAccounts()).toBeNull()
		expect(await db.user.count({ where: { isDemo: true, disabledAt: null } })).toBe(0)
	}, 60_000)

	test('is created with the password policy, and sets up the second factor at first sign-in', async () => {
		const password = 'a lighthouse keeper in Brest'
		expect(
			await createAdministrator({ email: 'ada@example.org', name: 'Ada', password: 'short' }),
		).toEqual({ ok: false, problem: 'too-short' })
		const created = await createAdministrator({
			email: ' Ada@Example.org ',
			name: 'Ada Lovelace',
			password,
		})
		expect(created.ok).toBe(true)
		expect(await createAdministrator({ email: 'ada@example.org', name: 'Ada', password })).toEqual({
			ok: false,
			problem: 'exists',
		})
		const user = await db.user.findUniqueOrThrow({
			where: { email: 'ada@example.org' },
			include: { memberships: true },
		})
		expect(user.memberships).toMatchObject([{ role: 'admin', countryCode: null }])
		expect(user.isDemo).toBe(false)
		expect(user.totpEnabledAt).toBeNull()
		// Signing in from anywhere works, and leads to the second factor's setup first.
		const { result } = await signIn('ada@example.org', password, { clientAddress: '203.0.113.9' })
		const cookie = ((result as Response).headers.get('set-cookie') ?? '').split(';')[0]!
		expect(
			(await call(workspaceLoader, '/en/workspace', { params: { lang: 'en' }, cookie })).outcome,
		).toBe('totp')
	}, 30_000)

	test('npm run admin:create asks for what it needs and creates the account in a fresh database', async () => {
		const dir = fs.mkdtempSync(path.join(TEST_ROOT, 'admin-create-'))
		const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, 'fresh.db')}` }
		const run = (args: string[], input: string, extra: Record<string, string> = {}) =>
			new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
				const child = execFile(
					'npx',
					['tsx', 'scripts/admin-create.ts', ...args],
					{ cwd: PROJECT_ROOT, env: { ...env, ...extra } },
					(error, stdout, stderr) =>
						resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
				)
				child.stdin!.end(input)
			})
		try {
			const password = 'a lighthouse keeper in Brest'
			const asked = await run([], `grace@example.org\nGrace Hopper\n${password}\n${password}\n`)
			expect(asked.code, asked.stderr).toBe(0)
			expect(asked.stdout).toContain('Administrator created: Grace Hopper <grace@example.org>.')
			expect(asked.stdout).toMatch(/two-step sign-in/)

			const weak = await run(['--email', 'alan@example.org', '--name', 'Alan'], '', {
				ADMIN_PASSWORD: 'password1234',
			})
			expect(weak.code).toBe(1)
			expect(weak.stderr).toMatch(/Not created: this password is too common/)

			const mismatch = await run([], `alan@example.org\nAlan\n${password}\nsomething else\n`)
			expect(mismatch.code).toBe(1)
			expect(mismatch.stderr).toMatch(/not the same/)

			const Database = (await import('better-sqlite3')).default
			const fresh = new Database(path.join(dir, 'fresh.db'), { readonly: true })
			const users = fresh.prepare('SELECT id, email, passwordHash FROM User').all() as {
				id: string
				email: string
				passwordHash: string
			}[]
			expect(users.map((u) => u.email)).toEqual(['grace@example.org'])
			expect(await verifyPassword(password, users[0]!.passwordHash)).toBe(true)
			expect(
				fresh
					.prepare('SELECT role, countryCode FROM Membership WHERE userId = ?')
					.all(users[0]!.id),
			).toEqual([{ role: 'admin', countryCode: null }])
			fresh.close()
		} finally {
			fs.rmSync(dir, { recursive: true, force: true })
		}
	}, 120_000)
})
