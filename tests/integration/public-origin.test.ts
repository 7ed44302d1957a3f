import { describe, expect, test, vi } from 'vitest'
import { createSession, sessionCookieHeader } from '#app/auth/session.server.ts'
import { action as forgotAction } from '#app/routes/$lang.forgot-password.tsx'
import { action as loginAction } from '#app/routes/$lang.login._index.tsx'
import { loader as workspaceLoader } from '#app/routes/$lang.workspace._index.tsx'
import { db } from '#app/utils/db.server.ts'
import { DEMO_PASSWORD, DEMO_USERS } from '#prisma/demo/accounts.ts'
import { seedDemoAccounts } from '#prisma/seed.ts'
import { createUser } from '#tests/factories.ts'
import { HOSTILE_HOSTS } from '#tests/fixtures/hostile-requests.ts'
import { call } from '#tests/support/routes.ts'

/**
 * A deployment: APP_ORIGIN names the public address. Set before the app's
 * modules load (each test file has its own), as the server's environment is.
 */
vi.hoisted(() => {
	process.env.APP_ORIGIN = 'https://awareness.example.org'
})

const contributor = DEMO_USERS.find((u) => u.id === 'demo-u-fr-contrib')!

/** A demo account as one seeded before APP_ORIGIN was set would be. */
async function existingDemoAccount() {
	const { hashPassword } = await import('#app/auth/password.server.ts')
	return db.user.upsert({
		where: { email: contributor.email },
		create: {
			id: contributor.id,
			email: contributor.email,
			name: contributor.name,
			isDemo: true,
			passwordHash: await hashPassword(DEMO_PASSWORD),
		},
		update: {},
	})
}

describe('with APP_ORIGIN set to a public address', () => {
	test('demo accounts are not seeded', async () => {
		expect(await seedDemoAccounts()).toBeNull()
		expect(await db.user.count({ where: { isDemo: true } })).toBe(0)
	})

	test('a demo account cannot sign in, even from this computer, and says why', async () => {
		await existingDemoAccount()
		const { outcome, result } = await call(loginAction, '/en/login', {
			params: { lang: 'en' },
			form: { email: contributor.email, password: DEMO_PASSWORD },
			context: { clientAddress: '127.0.0.1' },
		})
		expect(outcome).toBe(403)
		expect(result).toMatchObject({ data: { error: 'login.errors.demo' } })
		expect(await db.session.count({ where: { user: { isDemo: true } } })).toBe(0)
	}, 30_000)

	test('a demo account’s session from before opens nothing', async () => {
		const demo = await existingDemoAccount()
		const cookie = (await sessionCookieHeader(await createSession(demo.id))).split(';')[0]!
		const { outcome } = await call(workspaceLoader, '/en/workspace', {
			params: { lang: 'en' },
			cookie,
		})
		expect(outcome).toBe('login')
	}, 30_000)

	test.each(HOSTILE_HOSTS.map((h) => [h.why, h] as const))(
		'links in mail use APP_ORIGIN: %s',
		async (_, host) => {
			const user = await createUser('contributor')
			await call(forgotAction, '/en/forgot-password', {
				origin: host.believedOrigin,
				headers: host.headers,
				params: { lang: 'en' },
				form: { email: user.email },
			})
			const mail = await db.mailMessage.findFirstOrThrow({ where: { to: user.email } })
			expect(mail.text).toMatch(
				/\nhttps:\/\/awareness\.example\.org\/en\/reset-password\/[A-Za-z0-9_-]{43}\n/,
			)
		},
	)
})
