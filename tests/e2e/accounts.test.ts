import path from 'node:path'
import Database from 'better-sqlite3'
import { type Page } from 'playwright-core'
import sharp from 'sharp'
import { describe, expect, inject, test } from 'vitest'
import { totpCode } from '#app/auth/totp.server.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import { DEMO_PASSWORD, DEMO_USERS } from '#prisma/demo/accounts.ts'
import {
	browserSession,
	eventually,
	expectAccessible,
	signInAsDemo,
} from '#tests/support/browser.ts'

/**
 * The whole path of a material through the exchange, as people do it in a
 * browser: an administrator invites a coordinator, who accepts and invites a
 * contributor, who writes a draft and submits it; a reviewer asks for
 * changes, the contributor fixes and resubmits, the reviewer publishes, and
 * the material is then public.
 */

const baseURL = inject('baseURL')
const dataDir = inject('dataDir')
// Remix navigates on the client: wait for the URL, not for a page load that never comes.
const COMMIT = { waitUntil: 'commit' } as const
const { newPage } = browserSession(baseURL)

const signInWithCode = (page: Page, role: 'admin' | 'reviewer') =>
	signInAsDemo(page, role === 'admin' ? 'demo-u-admin' : 'demo-u-reviewer')

/** The newest link of a kind in the mail outbox, read as an administrator reads it. */
async function linkFromOutbox(adminPage: Page, to: string, kind: 'invitations') {
	await adminPage.goto('/en/admin/mail')
	const text = await adminPage
		.locator('.history li', { hasText: `To ${to}` })
		.first()
		.innerText()
	const match = new RegExp(`https?://[^\\s]+/${kind}/[A-Za-z0-9_-]{43}`).exec(text)
	expect(match, text).not.toBeNull()
	return new URL(match![0]).pathname
}

async function accept(page: Page, path: string, name: string, password: string) {
	await page.goto(path)
	await page.getByLabel('Your name').fill(name)
	await page.getByLabel('New password', { exact: true }).fill(password)
	await page.getByLabel('Repeat the new password').fill(password)
	await page.getByRole('button', { name: 'Accept the invitation' }).click()
	await page.waitForURL(/\/en\/(workspace|account)/, COMMIT)
}

describe('from invitation to publication', () => {
	test('admin → coordinator → contributor → reviewer → public', async () => {
		const stamp = Date.now()
		const coordinatorEmail = `coordinator.pt.${stamp}@example.org`
		const contributorEmail = `contributor.pt.${stamp}@example.org`
		const title = `Cartaz quiosque ${stamp}`

		// The administrator invites a coordinator for Portugal.
		const admin = await newPage()
		await signInWithCode(admin, 'admin')
		await admin.goto('/en/team')
		await expectAccessible(admin)
		await admin.getByLabel('E-mail address').fill(coordinatorEmail)
		await admin.locator('#invite-role').selectOption('coordinator')
		await admin.locator('#invite-country').selectOption('PT')
		await admin.getByRole('button', { name: 'Send the invitation' }).click()
		await expect(admin.getByRole('status').textContent()).resolves.toMatch(/Invitation sent/)

		// The coordinator accepts and invites a contributor.
		const coordinator = await newPage()
		await accept(
			coordinator,
			await linkFromOutbox(admin, coordinatorEmail, 'invitations'),
			'Inês Coordenadora',
			'a coordinator passphrase 2026',
		)
		await coordinator.goto('/en/team')
		// A coordinator can only invite contributors, only for Portugal.
		expect(await coordinator.locator('#invite-role').locator('option').allTextContents()).toEqual([
			'Contributor',
		])
		expect(
			await coordinator.locator('#invite-country').locator('option').allTextContents(),
		).toEqual(['Portugal'])
		await coordinator.getByLabel('E-mail address').fill(contributorEmail)
		await coordinator.getByRole('button', { name: 'Send the invitation' }).click()
		await expect(coordinator.getByRole('status').textContent()).resolves.toMatch(/Invitation sent/)

		// The contributor accepts, writes a draft and submits it.
		const contributor = await newPage()
		await accept(
			contributor,
			await linkFromOutbox(admin, contributorEmail, 'invitations'),
			'Rui Contribuidor',
			'a contributor passphrase 2026',
		)
		await contributor.goto('/en/workspace')
		await contributor.getByRole('link', { name: 'New material' }).click()
		await contributor.waitForURL(/materials\/new/, COMMIT)
		// The browser checks the form with the server's schema before sending it.
		await contributor.getByRole('button', { name: 'Save the draft' }).click()
		await expect(contributor.locator('.field__error').first().textContent()).resolves.toMatch(
			/title/i,
		)
		await contributor.getByLabel('Title').fill(title)
		await contributor.locator('#draft-lang').selectOption('pt')
		await contributor
			.locator('#draft-description')
			.fill('Um cartaz para as escolas sobre o aliciamento online.')
		await contributor.locator('#draft-resourceType').selectOption('poster')
		await contributor.locator('#draft-licence').selectOption('cc-by-4.0')
		await contributor.getByLabel('Teachers and educators').check()
		await contributor.getByLabel('Grooming').check()
		await expectAccessible(contributor)
		await contributor.getByRole('button', { name: 'Save the draft' }).click()
		await contributor.waitForURL(/\/en\/workspace\/materials\/[a-z0-9-]+\?saved=1/, COMMIT)
		const materialPath = new URL(contributor.url()).pathname
		const materialId = materialPath.split('/').pop()!
		// The poster itself, sent with the progress bar's XMLHttpRequest; a
		// PDF named like an image is refused with a clear message.
		const poster = await sharp({
			create: { width: 800, height: 1131, channels: 3, background: '#b8420f' },
		})
			.png()
			.toBuffer()
		await contributor.locator('input[type=file]').setInputFiles({
			name: 'not-a-poster.png',
			mimeType: 'image/png',
			buffer: Buffer.from('%PDF-1.4\n%fake\n'),
		})
		await contributor.getByRole('button', { name: 'Upload' }).click()
		await expect(contributor.getByRole('alert').textContent()).resolves.toMatch(
			/does not match its content|not accepted/,
		)
		await contributor
			.locator('input[type=file]')
			.setInputFiles({ name: 'cartaz.png', mimeType: 'image/png', buffer: poster })
		await contributor.getByRole('button', { name: 'Upload' }).click()
		await expect(
			contributor.getByRole('status').filter({ hasText: 'was added' }).textContent(),
		).resolves.toContain('cartaz.png')
		await eventually(
			() => contributor.locator('.version a[href^="/download/"]').allTextContents(),
			(names) => names.includes('cartaz.png'),
		)
		await contributor.getByRole('button', { name: 'Submit for review' }).click()
		await contributor.waitForURL(/submitted=1/, COMMIT)

		// Not public while in review.
		const reader = await newPage()
		expect((await reader.goto(`/en/materials/${materialId}`))!.status()).toBe(404)

		// The reviewer finds it in the queue and asks for changes.
		const reviewer = await newPage()
		await signInWithCode(reviewer, 'reviewer')
		await reviewer.goto('/en/review')
		await expectAccessible(reviewer)
		await reviewer.getByRole('link', { name: title }).click()
		await reviewer.waitForURL(new RegExp(`/en/review/${materialId}`), COMMIT)
		await reviewer
			.getByLabel('What should the country change?')
			.fill('Please add the national helpline number.')
		await reviewer.getByRole('button', { name: 'Request changes' }).click()
		await reviewer.waitForURL(/\/en\/review(\?|$)/, COMMIT)

		// The contributor reads the reason in the inbox, fixes and resubmits.
		await contributor.goto('/en/workspace')
		// The menu's button shows the unread count; the inbox is inside the menu.
		await expect(contributor.locator('.account-menu__toggle .badge').textContent()).resolves.toBe(
			'1',
		)
		await contributor.locator('.account-menu__toggle').click()
		await contributor.getByRole('link', { name: /Inbox/ }).click()
		await expect(contributor.locator('.reason').first().textContent()).resolves.toBe(
			'Please add the national helpline number.',
		)
		await contributor.getByRole('link', { name: 'Open the material' }).click()
		await contributor.locator('#draft-title').fill(`${title} · 116 111`)
		await contributor.getByRole('button', { name: 'Save changes' }).click()
		await contributor.waitForURL(/saved=1/, COMMIT)
		await contributor.getByRole('button', { name: 'Submit for review' }).click()
		await contributor.waitForURL(/submitted=1/, COMMIT)

		// The reviewer publishes.
		await reviewer.goto(`/en/review/${materialId}`)
		await reviewer.getByRole('button', { name: 'Publish' }).click()
		// Publishing asks for confirmation first.
		await reviewer.getByRole('button', { name: 'Yes, publish it' }).click()
		await reviewer.waitForURL(/\/en\/review(\?|$)/, COMMIT)

		// Now anyone can open it and find it.
		const response = await reader.goto(`/en/materials/${materialId}`)
		expect(response!.status()).toBe(200)
		await expect(reader.locator('h1').textContent()).resolves.toContain('116 111')
		// The uploaded poster is the preview, offered in AVIF and WebP sizes.
		expect(
			await reader.locator('picture source[type="image/avif"]').first().getAttribute('srcset'),
		).toMatch(/\/renditions\/\S+ 320w/)
		await reader.goto(`/en/materials?q=${encodeURIComponent(`quiosque ${stamp}`)}`)
		const found = await eventually(
			() => reader.locator('.cards .card__title').allTextContents(),
			(titles) => titles.some((t) => t.includes(String(stamp))),
		)
		expect(found.join(' ')).toContain(String(stamp))

		// The reviewer's audit log tells the story for Portugal.
		await reviewer.goto('/en/audit?country=PT')
		const actions = await reviewer.locator('tbody tr td:nth-child(3)').allTextContents()
		expect(actions.filter((a) => a.includes(materialId)).map((a) => a.split(' · ')[0])).toEqual([
			'Published',
			'Submitted',
			'Edited',
			'Asked for changes',
			'Submitted',
			'Added a file',
			'Created',
		])
		// Every action and kind of record is named in the page's language, never shown as its key.
		for (const lang of ['en', 'fr'] as const) {
			await reviewer.goto(`/${lang}/audit?country=PT`)
			const { actions: actionLabels, entities } = (
				RESOURCES[lang].account as {
					audit: { actions: Record<string, string>; entities: Record<string, string> }
				}
			).audit
			const cells = await reviewer.locator('tbody tr td:nth-child(3)').allTextContents()
			expect(cells.length).toBeGreaterThan(0)
			for (const cell of cells) {
				const [action, record] = cell.split(' · ')
				expect(Object.values(actionLabels)).toContain(action)
				expect(Object.values(entities).some((label) => record!.startsWith(`${label} `))).toBe(true)
			}
		}
		await expectAccessible(reviewer)
	}, 120_000)
})

describe('a new reviewer', () => {
	test('invited from the People page, accepts, sets up two-step sign-in, and publishes a submission', async () => {
		const stamp = Date.now()
		const reviewerEmail = `reviewer.${stamp}@example.org`
		const title = `Affiche relecture ${stamp}`

		// A French contributor submits a draft.
		const contributor = await newPage()
		await signInAsDemo(contributor, 'demo-u-fr-contrib')
		await contributor.goto('/en/workspace/materials/new')
		await contributor.getByLabel('Title').fill(title)
		await contributor.locator('#draft-lang').selectOption('fr')
		await contributor.locator('#draft-description').fill('Une affiche pour les collèges.')
		await contributor.locator('#draft-resourceType').selectOption('poster')
		await contributor.locator('#draft-licence').selectOption('cc-by-4.0')
		await contributor.getByLabel('Parents and carers').check()
		await contributor.getByLabel('Grooming').check()
		await contributor.getByRole('button', { name: 'Save the draft' }).click()
		await contributor.waitForURL(/\/en\/workspace\/materials\/[a-z0-9-]+\?saved=1/, COMMIT)
		const materialId = new URL(contributor.url()).pathname.split('/').pop()!
		await contributor.getByRole('button', { name: 'Submit for review' }).click()
		await contributor.waitForURL(/submitted=1/, COMMIT)

		// The administrator invites a reviewer for the whole exchange.
		const admin = await newPage()
		await signInWithCode(admin, 'admin')
		await admin.goto('/en/team')
		await admin.getByLabel('E-mail address').fill(reviewerEmail)
		await admin.locator('#invite-role').selectOption('reviewer')
		await admin.getByRole('button', { name: 'Send the invitation' }).click()
		await expect(admin.getByRole('status').textContent()).resolves.toMatch(/Invitation sent/)

		// The mailed link is on the origin the server was started with
		// (APP_ORIGIN unset: http://localhost and its port), whatever address
		// the administrator's browser used.
		await admin.goto('/en/admin/mail')
		const mail = await admin
			.locator('.history li', { hasText: `To ${reviewerEmail}` })
			.first()
			.innerText()
		const link = /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/.exec(mail)?.[0]
		expect(link, mail).toBeDefined()
		const origin = `http://localhost:${new URL(baseURL).port}`
		expect(new URL(link!).origin).toBe(origin)

		// The reviewer opens it in their own browser, chooses a name and a password...
		const reviewer = await newPage('en-GB', origin)
		await reviewer.goto(link!)
		await reviewer.getByLabel('Your name').fill('Rita Relectrice')
		await reviewer.getByLabel('New password', { exact: true }).fill('a reviewer passphrase 2026')
		await reviewer.getByLabel('Repeat the new password').fill('a reviewer passphrase 2026')
		await reviewer.getByRole('button', { name: 'Accept the invitation' }).click()
		// ...and must set up two-step sign-in before anything else.
		await reviewer.waitForURL(/\/en\/account\/two-factor\?required=1/, COMMIT)
		await expect(reviewer.getByRole('alert').first().textContent()).resolves.toMatch(
			/must use two-step sign-in/,
		)
		await reviewer.goto('/en/review')
		await reviewer.waitForURL(/\/en\/account\/two-factor/, COMMIT)
		const secret = (await reviewer.getByTestId('totp-secret').textContent())!.trim()
		await reviewer.getByLabel('Code').fill(totpCode(secret))
		await reviewer.getByRole('button', { name: 'Turn on two-step sign-in' }).click()
		const codes = await eventually(
			() => reviewer.getByTestId('recovery-codes').locator('li').count(),
			(count) => count === 10,
		)
		expect(codes).toBe(10)

		// Now the submission is in the queue, and the new reviewer publishes it.
		await reviewer.goto('/en/review')
		await reviewer.getByRole('link', { name: title }).click()
		await reviewer.waitForURL(new RegExp(`/en/review/${materialId}`), COMMIT)
		await reviewer.getByRole('button', { name: 'Publish' }).click()
		// Publishing asks for confirmation first.
		await reviewer.getByRole('button', { name: 'Yes, publish it' }).click()
		await reviewer.waitForURL(/\/en\/review\?done=published/, COMMIT)

		const reader = await newPage()
		const response = await reader.goto(`/en/materials/${materialId}`)
		expect(response!.status()).toBe(200)
		await expect(reader.locator('h1').textContent()).resolves.toContain(title)
		// The contributor hears of it, from the new reviewer.
		await contributor.goto('/en/inbox')
		await expect(contributor.locator('.history').innerText()).resolves.toMatch(
			/Your material was published/,
		)
	}, 120_000)
})

describe('signing in', () => {
	test('the login page works right-to-left in Arabic and says nothing about who has an account', async () => {
		const page = await newPage('ar')
		await page.goto('/ar/login')
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		await expectAccessible(page)
		await page.getByLabel('البريد الإلكتروني').fill('nobody@example.org')
		await page.getByLabel('كلمة المرور').fill('not the password at all')
		await page.getByRole('button', { name: 'دخول' }).click()
		await expect(page.getByRole('alert').textContent()).resolves.toBe(
			'البريد الإلكتروني أو كلمة المرور غير صحيحين.',
		)
	})

	test('a form posted from another site with a valid session is refused and writes nothing', async () => {
		const page = await newPage()
		await page.goto('/en/login')
		await page
			.getByLabel('E-mail address')
			.fill(DEMO_USERS.find((u) => u.id === 'demo-u-fr-contrib')!.email)
		await page.getByLabel('Password').fill(DEMO_PASSWORD)
		await page.getByRole('button', { name: 'Sign in' }).click()
		await page.waitForURL(/\/en\/workspace/, COMMIT)
		const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
		const draftId = `dcrosssite${Date.now()}`
		const body = new URLSearchParams({
			draftId,
			title: 'Posted from elsewhere',
			lang: 'fr',
			resourceType: 'poster',
			licence: 'cc-by-4.0',
			audiences: 'children',
			risks: 'grooming',
		})
		const post = (origin: string) =>
			fetch(`${baseURL}/en/workspace/materials/new`, {
				method: 'POST',
				redirect: 'manual',
				headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
				body,
			})
		const forged = await post('https://evil.example')
		expect(forged.status).toBe(403)
		const db = new Database(path.join(dataDir, 'e2e.db'), { readonly: true })
		const count = () =>
			(db.prepare('SELECT COUNT(*) AS n FROM Material WHERE id = ?').get(draftId) as { n: number })
				.n
		expect(count()).toBe(0)
		// The same post from the app's own origin goes through: the refusal was the origin.
		const genuine = await post(new URL(baseURL).origin)
		expect(genuine.status).toBe(302)
		expect(count()).toBe(1)
		db.close()
	})

	test('a contributor never sees the review, people or audit menus', async () => {
		const page = await newPage()
		await page.goto('/en/login')
		await page
			.getByLabel('E-mail address')
			.fill(DEMO_USERS.find((u) => u.id === 'demo-u-fr-contrib')!.email)
		await page.getByLabel('Password').fill(DEMO_PASSWORD)
		await page.getByRole('button', { name: 'Sign in' }).click()
		await page.waitForURL(/\/en\/workspace/, COMMIT)
		// The work areas are in the person's menu, which lists only those their roles open.
		const nav = await page.locator('.account-menu__links a').allTextContents()
		expect(nav).toContain('Workspace')
		expect(nav).not.toContain('Review')
		expect(nav).not.toContain('People')
		expect(nav).not.toContain('Audit log')
		expect((await page.goto('/en/review'))!.status()).toBe(403)
	})
})
