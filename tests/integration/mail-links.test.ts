import { describe, expect, test } from 'vitest'
import { action as forgotAction } from '#app/routes/$lang.forgot-password.tsx'
import { action as reviewAction } from '#app/routes/$lang.review.$id.tsx'
import { action as teamAction } from '#app/routes/$lang.team.tsx'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser, ensureCountries } from '#tests/factories.ts'
import { HOSTILE_HOSTS } from '#tests/fixtures/hostile-requests.ts'
import { call } from '#tests/support/routes.ts'

/**
 * Links in mail carry tokens (a password reset, an invitation) or lead to
 * private pages. With APP_ORIGIN unset, as here, they are built on
 * http://localhost:$PORT, fixed at start-up, whatever Host or forwarding
 * headers the request that caused the mail came with. (With APP_ORIGIN set,
 * see public-origin.test.ts.)
 */

const FIXED = 'http://localhost:3000'

async function newestMailTo(to: string) {
	return db.mailMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: 'desc' } })
}

/** Every URL in a mail's text. */
const linksIn = (text: string) => text.match(/https?:\/\/\S+/g) ?? []

describe('links in mail ignore the Host and forwarding headers of the request', () => {
	test.each(HOSTILE_HOSTS.map((h) => [h.why, h] as const))(
		'password reset: %s',
		async (_, host) => {
			const user = await createUser('contributor')
			await call(forgotAction, '/en/forgot-password', {
				origin: host.believedOrigin,
				headers: host.headers,
				params: { lang: 'en' },
				form: { email: user.email },
			})
			const links = linksIn((await newestMailTo(user.email)).text)
			expect(links).toHaveLength(1)
			expect(links[0]).toMatch(new RegExp(`^${FIXED}/en/reset-password/[A-Za-z0-9_-]{43}$`))
		},
	)

	test.each(HOSTILE_HOSTS.map((h) => [h.why, h] as const))('invitation: %s', async (_, host) => {
		const admin = await createUser('admin')
		const email = `invited-${Math.random().toString(36).slice(2)}@test.example`
		const { outcome } = await call(teamAction, '/en/team', {
			origin: host.believedOrigin,
			headers: host.headers,
			cookie: admin.cookie,
			params: { lang: 'en' },
			form: { intent: 'invite', email, role: 'reviewer' },
		})
		expect(outcome).toBe('ok')
		const links = linksIn((await newestMailTo(email)).text)
		expect(links).toHaveLength(1)
		expect(links[0]).toMatch(new RegExp(`^${FIXED}/en/invitations/[A-Za-z0-9_-]{43}$`))
	})

	test('a reviewer’s decision mailed to the author', async () => {
		await ensureCountries('FR')
		const author = await createUser('contributor')
		const reviewer = await createUser('reviewer')
		const material = await createMaterial({ status: 'submitted', publishedAt: null })
		await db.material.update({ where: { id: material.id }, data: { createdById: author.id } })
		const [host] = HOSTILE_HOSTS
		const { outcome } = await call(reviewAction, `/en/review/${material.id}`, {
			origin: host!.believedOrigin,
			headers: host!.headers,
			cookie: reviewer.cookie,
			params: { lang: 'en', id: material.id },
			form: { decision: 'request-changes', reason: 'Add the helpline.' },
		})
		expect(outcome).toBe('ok')
		expect(linksIn((await newestMailTo(author.email)).text)).toEqual([
			`${FIXED}/en/workspace/materials/${material.id}`,
		])
	})
})
