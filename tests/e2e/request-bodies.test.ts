import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { startOwnServer } from '#tests/support/own-server.ts'

/**
 * A form body sent chunked (no Content-Length) is counted as it arrives:
 * 100 MB to the password-reset form is refused at the form's limit with a
 * translated page, and the server's memory does not grow with the body.
 * Measured on a server of its own, so other tests' pages do not move it.
 */

let server: Awaited<ReturnType<typeof startOwnServer>>

beforeAll(async () => {
	server = await startOwnServer(path.join(inject('dataDir'), 'request-bodies'))
})

afterAll(() => server?.stop())

/** Sends `bytes` of one urlencoded field in 64 KB chunks, chunked; resolves with the answer. */
function sendChunked(pathname: string, bytes: number, onProgress: () => void = () => {}) {
	return new Promise<{ status: number; html: string; sentBytes: number }>((resolve, reject) => {
		const url = new URL(pathname, server.url)
		const request = http.request({
			host: url.hostname,
			port: url.port,
			path: url.pathname,
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
		})
		const chunk = Buffer.alloc(64 * 1024, 'a')
		let sent = 0
		let answered = false
		request.on('response', (response) => {
			answered = true
			let html = ''
			response.setEncoding('utf8')
			response.on('data', (text: string) => (html += text))
			response.on('end', () => {
				resolve({ status: response.statusCode!, html, sentBytes: sent })
				request.destroy()
			})
		})
		request.on('error', (error) => (answered ? undefined : reject(error)))
		request.write('email=')
		const pump = () => {
			while (sent < bytes && !answered) {
				sent += chunk.length
				onProgress()
				if (!request.write(chunk)) return void request.once('drain', pump)
			}
			if (!answered) request.end()
		}
		pump()
	})
}

describe('a chunked form body', () => {
	test('100 MB to the password-reset form: 413 with a translated page, memory bounded', async () => {
		// Warm up the paths the refusal takes, so their first use is not counted.
		expect((await sendChunked('/fr/forgot-password', 256 * 1024)).status).toBe(413)
		await new Promise((r) => setTimeout(r, 200))

		const before = server.rss()
		let peak = before
		const sample = setInterval(() => (peak = Math.max(peak, server.rss())), 10)
		const answer = await sendChunked('/fr/forgot-password', 100 * 1024 * 1024, () => {
			peak = Math.max(peak, server.rss())
		})
		clearInterval(sample)
		peak = Math.max(peak, server.rss())

		expect(answer.status).toBe(413)
		expect(answer.html).toContain('Envoi trop volumineux')
		expect(answer.html).toContain('<html lang="fr"')
		// The server stopped reading long before the client was done.
		expect(answer.sentBytes).toBeLessThan(100 * 1024 * 1024)
		const growthMb = (peak - before) / 1024 / 1024
		expect(growthMb).toBeLessThan(64)
	})
})
