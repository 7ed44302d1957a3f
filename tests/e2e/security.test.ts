import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import Database from 'better-sqlite3'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { DEMO_USERS } from '#prisma/demo/accounts.ts'
import { HOSTILE_HOSTS } from '#tests/fixtures/hostile-requests.ts'
import { eventually, launchBrowser, withoutIsolates } from '#tests/support/browser.ts'
import { PROJECT_ROOT } from '#tests/support/paths.ts'

const baseURL = inject('baseURL')
const dataDir = inject('dataDir')

const STACK_LINE = /at .*\.(ts|js|tsx|mjs):\d+/

function nonceOf(policy: string | null) {
	return /'nonce-([^']+)'/.exec(policy ?? '')?.[1]
}

describe('the headers of every response', () => {
	// A page rendered for each request (sign-in; pages kept for anonymous
	// readers list script hashes instead: tests/e2e/page-cache.test.ts).
	test('a page has the hardening headers and a policy whose nonce is on every script', async () => {
		const [first, second] = await Promise.all([
			fetch(`${baseURL}/en/login`),
			fetch(`${baseURL}/en/login`),
		])
		expect(first.status).toBe(200)
		expect(first.headers.get('x-content-type-options')).toBe('nosniff')
		expect(first.headers.get('x-frame-options')).toBe('DENY')
		expect(first.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
		expect(first.headers.get('cross-origin-opener-policy')).toBe('same-origin')
		expect(first.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=()')
		// Plain HTTP here: HSTS would mean nothing, and is not sent.
		expect(first.headers.get('strict-transport-security')).toBeNull()

		const policy = first.headers.get('content-security-policy')!
		expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/)
		expect(policy).toContain("object-src 'none'")
		expect(policy).toContain("frame-ancestors 'none'")
		const nonce = nonceOf(policy)!
		const html = await first.text()
		const scripts = html.match(/<script\b[^>]*>/g) ?? []
		expect(scripts.length).toBeGreaterThan(2)
		for (const tag of scripts) expect(tag).toContain(` nonce="${nonce}"`)

		const otherNonce = nonceOf(second.headers.get('content-security-policy'))
		expect(otherNonce).toBeDefined()
		expect(otherNonce).not.toBe(nonce)
		expect(await second.text()).toContain(` nonce="${otherNonce}"`)
	})

	test('files, API answers and assets carry the headers too', async () => {
		const api = await fetch(`${baseURL}/api/v1/materials?pageSize=1`)
		expect(api.headers.get('content-security-policy')).toContain("default-src 'self'")
		expect(api.headers.get('x-frame-options')).toBe('DENY')
		const html = await (await fetch(`${baseURL}/en`)).text()
		const asset = /href="(\/assets\/[^"]+\.css)"/.exec(html)![1]!
		const css = await fetch(`${baseURL}${asset}`)
		expect(css.status).toBe(200)
		expect(css.headers.get('x-content-type-options')).toBe('nosniff')
	})
})

describe('posts from another site', () => {
	test('are refused with a message in the reader language', async () => {
		const refused = await fetch(`${baseURL}/en/materials`, {
			method: 'POST',
			headers: {
				origin: 'https://evil.example',
				'accept-language': 'fr',
				'content-type': 'application/x-www-form-urlencoded',
			},
			body: 'q=x',
		})
		expect(refused.status).toBe(403)
		expect(refused.headers.get('cache-control')).toBe('no-store')
		const body = await refused.text()
		expect(body).toContain(
			'Ce formulaire a été envoyé depuis un autre site ; il a donc été refusé.',
		)
		expect(body).toContain('<html lang="fr" dir="ltr">')

		const english = await fetch(`${baseURL}/en/materials.data`, {
			method: 'POST',
			headers: { 'sec-fetch-site': 'cross-site' },
		})
		expect(english.status).toBe(403)
		expect(await english.text()).toContain(
			'This form was sent from another site, so it was refused.',
		)
	})

	test('while posts from the app itself go through to the app', async () => {
		const cases: Record<string, string>[] = [
			{ origin: baseURL },
			{ 'sec-fetch-site': 'same-origin' },
			{},
		]
		for (const headers of cases) {
			const response = await fetch(`${baseURL}/en/materials`, { method: 'POST', headers })
			// The catalog has no action, so the app answers 405; what matters is
			// that the origin check let it through.
			expect(response.status, JSON.stringify(headers)).not.toBe(403)
			// (The page carries every UI string for the browser, the refusal's
			// included: what must be missing is the refusal page itself.)
			expect(await response.text()).not.toContain('<h1>Request refused</h1>')
		}
	})
})

describe('links in mail', () => {
	/** A form post with headers fetch would refuse to send (Host among them). */
	function post(pathname: string, form: Record<string, string>, headers: Record<string, string>) {
		const body = new URLSearchParams(form).toString()
		return new Promise<number>((resolve, reject) => {
			const request = http.request(
				`${baseURL}${pathname}`,
				{
					method: 'POST',
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						'content-length': Buffer.byteLength(body),
						...headers,
					},
				},
				(response) => {
					response.resume()
					response.on('end', () => resolve(response.statusCode ?? 0))
				},
			)
			request.on('error', reject)
			request.end(body)
		})
	}

	test('a reset asked with a forged Host or forwarding headers is mailed with the server’s own origin', async () => {
		const { email } = DEMO_USERS.find((u) => u.id === 'demo-u-jp-coord')!
		const db = new Database(path.join(dataDir, 'e2e.db'))
		const newest = () =>
			db
				.prepare('SELECT text FROM MailMessage WHERE "to" = ? ORDER BY rowid DESC LIMIT 1')
				.get(email) as { text: string } | undefined
		// The server was started without APP_ORIGIN, on this port.
		const own = `http://localhost:${new URL(baseURL).port}`
		try {
			for (const host of HOSTILE_HOSTS) {
				// At most three live links per account: the earlier ones go.
				db.prepare(
					'DELETE FROM PasswordReset WHERE userId = (SELECT id FROM User WHERE email = ?)',
				).run(email)
				const before = newest()?.text
				expect(await post('/en/forgot-password', { email }, host.headers), host.why).toBe(200)
				const text = newest()?.text ?? ''
				expect(text, host.why).not.toBe(before)
				const links = text.match(/https?:\/\/\S+/g) ?? []
				expect(
					links.map((link) => new URL(link).origin),
					host.why,
				).toEqual([own])
			}
		} finally {
			db.close()
		}
	})
})

describe('in Chromium', () => {
	let browser: Browser

	beforeAll(async () => {
		browser = await launchBrowser()
	})

	afterAll(async () => {
		await browser?.close()
	})

	/** A page that records every Content-Security-Policy violation, reported as an event or in the console. */
	async function watchedPage() {
		const context = await browser.newContext({ baseURL, locale: 'en-GB' })
		const page = await context.newPage()
		const violations: string[] = []
		page.on('console', (message) => {
			if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(message.text())
		})
		await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				// @ts-expect-error exposed above
				window.reportViolation(
					`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
				)
			})
		})
		return { page, violations }
	}

	async function settle(page: Page) {
		await page.waitForLoadState('networkidle')
	}

	test('the catalog runs under the policy: no violation, and live search still works', async () => {
		const { page, violations } = await watchedPage()
		await page.goto('/en/materials')
		await settle(page)
		expect(violations).toEqual([])
		const field = page.getByLabel('Words, in any language')
		await field.click()
		await page.keyboard.type('sextortion', { delay: 30 })
		// Only hydrated JavaScript updates the URL while typing.
		await page.waitForURL((url) => url.searchParams.get('q') === 'sextortion')
		const heading = await eventually(
			async () => withoutIsolates(await page.locator('#results-title').textContent()),
			(text) => /for “sextortion”/.test(text ?? ''),
		)
		expect(heading, violations.join('\n')).toMatch(/for “sextortion”/)
		// A client-side navigation loads the route's code and data under the policy too.
		await page.locator('.card__title a').first().click()
		await page.waitForURL(/\/en\/materials\/[^/?]+$/)
		await settle(page)
		expect(violations).toEqual([])
		await page.context().close()
	})

	test('a material page loaded directly keeps its inline style attributes', async () => {
		const { page, violations } = await watchedPage()
		const response = await page.request.get('/api/v1/materials?pageSize=1')
		const { items } = (await response.json()) as { items: { id: string }[] }
		await page.goto(`/en/materials/${items[0]!.id}`)
		await settle(page)
		// The stylesheet gives h2 a top margin; the style attribute removes it.
		const styled = page.locator('h2[style]').first()
		await expect(styled.evaluate((el) => getComputedStyle(el).marginBlockStart)).resolves.toBe(
			'0px',
		)
		expect(violations).toEqual([])
		await page.context().close()
	})
})

async function freePort() {
	return new Promise<number>((resolve, reject) => {
		const server = net.createServer()
		server.listen(0, '127.0.0.1', () => {
			const address = server.address()
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port')),
			)
		})
	})
}

describe('a crash in production', () => {
	// A second production server whose database is not a database: every
	// loader that queries it throws an unexpected error.
	let server: ChildProcess | undefined
	let output = ''
	let brokenURL = ''

	beforeAll(async () => {
		const broken = path.join(dataDir, 'broken.db')
		fs.writeFileSync(broken, 'this is not a database'.repeat(100))
		const port = await freePort()
		server = spawn('node', ['server.js'], {
			cwd: PROJECT_ROOT,
			env: {
				...process.env,
				NODE_ENV: 'production',
				PORT: String(port),
				DATABASE_URL: `file:${broken}`,
				FILE_STORAGE_DIR: path.join(dataDir, 'broken-files'),
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		})
		server.stdout?.on('data', (chunk) => (output += chunk))
		server.stderr?.on('data', (chunk) => (output += chunk))
		brokenURL = `http://127.0.0.1:${port}`
		const deadline = Date.now() + 30_000
		for (;;) {
			try {
				await fetch(`${brokenURL}/healthz`)
				break
			} catch {
				// not listening yet
			}
			if (server.exitCode !== null || Date.now() > deadline) {
				throw new Error(`The broken server did not start:\n${output}`)
			}
			await new Promise((r) => setTimeout(r, 250))
		}
	})

	afterAll(() => {
		server?.kill('SIGTERM')
	})

	test('answers a generic translated page and data without the stack, and logs the stack', async () => {
		const page = await fetch(`${brokenURL}/fr/materials`)
		expect(page.status).toBe(500)
		const html = await page.text()
		expect(html).toContain('Une erreur s’est produite')
		const data = await fetch(`${brokenURL}/fr/materials.data`)
		expect(data.status).toBe(500)
		const payload = await data.text()
		expect(payload).toContain('Unexpected Server Error')
		for (const body of [html, payload]) {
			expect(body).not.toMatch(STACK_LINE)
			expect(body).not.toMatch(/SqliteError|SQLITE_|not a database|node_modules/)
		}
		// The reader sees nothing of it; the operator's log has all of it.
		const logged = await eventually(
			async () => output,
			(text) => STACK_LINE.test(text),
		)
		expect(logged).toMatch(/not a database/)
		expect(logged).toMatch(STACK_LINE)
	})
})
