import fs from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { totpCode } from '#app/auth/totp.server.ts'
import { DEMO_PASSWORD, DEMO_USERS } from '#prisma/demo/accounts.ts'

/** Debian's Chromium; the flags keep it from reaching for a network this machine does not have. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launchBrowser(): Promise<Browser> {
	if (!fs.existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium"`,
		)
	}
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-quic',
			'--no-first-run',
		],
	})
}

/**
 * One browser for a test file, launched before its tests and closed after
 * them (with every context opened on it). `newPage` opens a page in a
 * context of its own, so each person in a test has their own cookies.
 */
export function browserSession(baseURL: string) {
	let browser: Browser | undefined
	beforeAll(async () => {
		browser = await launchBrowser()
	})
	afterAll(async () => {
		await browser?.close()
	})
	return {
		/**
		 * `origin`: another address of the same server (http://localhost:port
		 * for 127.0.0.1:port); `javaScriptEnabled: false` reads the page as the
		 * server wrote it.
		 */
		async newPage(locale = 'en-GB', origin = baseURL, { javaScriptEnabled = true } = {}) {
			const context = await browser!.newContext({ baseURL: origin, locale, javaScriptEnabled })
			return context.newPage()
		},
	}
}

/** Runs axe-core in the page and returns violations of WCAG 2.1 A and AA. */
export async function checkAccessibility(page: Page) {
	const axePath = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)
	await page.addScriptTag({ content: fs.readFileSync(axePath, 'utf8') })
	const result = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const r = await window.axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
		})
		return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
			id: v.id,
			impact: v.impact,
			targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
		}))
	})
	return result as { id: string; impact: string; targets: string[] }[]
}

/** Fails the test with the list of axe violations, if any. */
export async function expectAccessible(page: Page) {
	const violations = await checkAccessibility(page)
	expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

/**
 * Signs a demo account in through the sign-in form, with its second factor
 * when it has one, and waits until the app has left the sign-in pages
 * (Remix navigates on the client: the URL is what changes).
 */
export async function signInAsDemo(page: Page, userId: (typeof DEMO_USERS)[number]['id']) {
	const user = DEMO_USERS.find((u) => u.id === userId)!
	await page.goto('/en/login')
	await page.getByLabel('E-mail address').fill(user.email)
	await page.getByLabel('Password').fill(DEMO_PASSWORD)
	await page.getByRole('button', { name: 'Sign in' }).click()
	if (user.totpSecret) {
		await page.waitForURL(/\/en\/login\/verify/, { waitUntil: 'commit' })
		// A code is accepted once: when another test signed the same demo
		// account in during this 30-second step, wait for the next code.
		for (let attempt = 0; ; attempt++) {
			const step = Math.floor(Date.now() / 30_000)
			await page.getByLabel('Code').fill(totpCode(user.totpSecret))
			await page.getByRole('button', { name: 'Confirm' }).click()
			const left = await page
				.waitForURL((url) => !url.pathname.includes('/login'), {
					waitUntil: 'commit',
					timeout: 5_000,
				})
				.then(() => true)
				.catch(() => false)
			if (left) return
			if (attempt === 2) break
			await page.waitForTimeout(Math.max(0, (step + 1) * 30_000 - Date.now()) + 200)
		}
	}
	await page.waitForURL((url) => !url.pathname.includes('/login'), { waitUntil: 'commit' })
}

/**
 * Polls `read` until `check` accepts its value (client-side navigation
 * renders a moment after the URL changes), then returns the value; after
 * `timeoutMs` returns the last value so the assertion that follows reports it.
 */
export async function eventually<T>(
	read: () => Promise<T>,
	check: (value: T) => boolean,
	timeoutMs = 10_000,
) {
	const deadline = Date.now() + timeoutMs
	let value = await read()
	while (!check(value) && Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 50))
		value = await read()
	}
	return value
}

/** Opens the header's language menu and follows the language named `autonym` ("français"). */
export async function switchLanguage(page: Page, autonym: string) {
	await page.locator('.lang-menu > summary').click()
	await page.locator('.lang-menu__list').getByRole('link', { name: autonym, exact: true }).click()
}

/**
 * A page's text without the invisible marks that isolate a reader's words
 * (U+2066 to U+2069): the interface wraps what was typed in them so that a
 * Latin query reads right on a right-to-left page.
 */
export function withoutIsolates(text: string | null | undefined) {
	return text?.replace(/[\u2066-\u2069]/g, '') ?? null
}
