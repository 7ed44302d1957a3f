import net from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

/**
 * Mail through a real SMTP conversation: an in-process SMTP server
 * (smtp-server, from the nodemailer project) receives what the app sends.
 * When the server is down, messages wait in the outbox with the error and
 * go out on the next delivery.
 */

const received: { to: string[]; body: string }[] = []
let server: SMTPServer
let port: number

function startServer() {
	server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			let body = ''
			stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
			stream.on('end', () => {
				received.push({ to: session.envelope.rcptTo.map((r) => r.address), body })
				callback()
			})
		},
	})
	return new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
}

beforeAll(async () => {
	port = await new Promise<number>((resolve) => {
		const probe = net.createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address() as net.AddressInfo
			probe.close(() => resolve(address.port))
		})
	})
	// Before the app reads its environment (it is read once, on first use).
	process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
	await startServer()
})

afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('mail delivery', () => {
	test('a reset link is sent over SMTP in the reader’s language; an outage delays it, never loses it', async () => {
		const { db } = await import('#app/utils/db.server.ts')
		const { deliverPendingMail } = await import('#app/mail/mail.server.ts')
		const { requestPasswordReset } = await import('#app/models/account.server.ts')
		const { createUser } = await import('#tests/factories.ts')
		const user = await createUser('contributor')

		const mine = () => received.filter((m) => m.to.includes(user.email))
		// Queuing also starts a delivery in the background; an explicit one
		// overlapping it must not send anything twice.
		await requestPasswordReset({
			email: user.email,
			uiLang: 'fr',
			origin: 'https://exchange.example',
			address: 'x',
		})
		await Promise.all([deliverPendingMail(), deliverPendingMail()])
		expect(mine()).toHaveLength(1)
		const first = received.find((m) => m.to.includes(user.email))!
		expect(first.body).toMatch(/Subject: =\?UTF-8\?|Subject: R/)
		expect(first.body).toContain('https://exchange.example/fr/reset-password/')
		expect(
			(await db.mailMessage.findFirstOrThrow({ where: { to: user.email } })).sentAt,
		).not.toBeNull()

		// The SMTP server goes down: the next message waits with its error.
		await new Promise<void>((resolve) => server.close(() => resolve()))
		await requestPasswordReset({
			email: user.email,
			uiLang: 'en',
			origin: 'https://exchange.example',
			address: 'x',
		})
		await deliverPendingMail()
		const waiting = await db.mailMessage.findFirstOrThrow({
			where: { to: user.email, sentAt: null },
		})
		expect(waiting.attempts).toBeGreaterThanOrEqual(1)
		expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i)

		// Back up: it goes out, once.
		await startServer()
		// (The background delivery started when the message was queued may be
		// the one that succeeds; either way it goes out exactly once.)
		await deliverPendingMail()
		await new Promise((resolve) => setTimeout(resolve, 200))
		expect(await deliverPendingMail()).toEqual({ sent: 0, failed: 0 })
		expect(mine()).toHaveLength(2)
		expect(await db.mailMessage.count({ where: { to: user.email, sentAt: null } })).toBe(0)
	}, 30_000)
})
