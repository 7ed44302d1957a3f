import http from 'node:http'
import { type AddressInfo } from 'node:net'
import express from 'express'
import { afterEach, describe, expect, test } from 'vitest'
import { discardUnreadBodies } from './bodies.js'

/**
 * A route that reads the first 64 KB of a body and refuses the rest, as the
 * app's form reader does; then whether the connection still serves the
 * client's next request, and how much of a huge body the server reads.
 */
describe('a body refused before its end', () => {
	let close: (() => Promise<void>) | undefined
	afterEach(async () => {
		await close?.()
		close = undefined
	})

	async function serve(withMiddleware: boolean) {
		const app = express()
		const received = { bytes: 0 }
		if (withMiddleware) app.use(discardUnreadBodies({ lingerBytes: 1024 * 1024, lingerMs: 2000 }))
		app.use((req, _res, next) => {
			req.on('data', (chunk: Buffer) => (received.bytes += chunk.length))
			next()
		})
		app.post('/form', (req, res) => {
			let read = 0
			const onData = (chunk: Buffer) => {
				read += chunk.length
				if (read < 64 * 1024) return
				req.pause()
				req.off('data', onData)
				res.status(413).send('too large')
			}
			req.on('data', onData)
			req.on('end', () => {
				if (!res.headersSent) res.send('read')
			})
		})
		app.get('/next', (_req, res) => res.send('next'))
		const server = app.listen(0, '127.0.0.1')
		await new Promise((resolve) => server.once('listening', resolve))
		close = () =>
			new Promise((resolve) => {
				server.closeAllConnections()
				server.close(() => resolve())
			})
		return { port: (server.address() as AddressInfo).port, received }
	}

	/** Posts `bytes` on `agent`, without waiting for the client to finish sending; resolves with the answer. */
	function post(port: number, agent: http.Agent, bytes: number) {
		return new Promise<{ status: number; body: string }>((resolve, reject) => {
			const request = http.request({
				port,
				host: '127.0.0.1',
				method: 'POST',
				path: '/form',
				agent,
			})
			request.on('response', (response) => {
				let body = ''
				response.on('data', (chunk) => (body += chunk))
				response.on('end', () => resolve({ status: response.statusCode!, body }))
			})
			request.on('error', reject)
			const chunk = Buffer.alloc(64 * 1024, 'a')
			let sent = 0
			const pump = () => {
				while (sent < bytes) {
					sent += chunk.length
					if (!request.write(chunk)) return void request.once('drain', pump)
				}
				request.end()
			}
			pump()
		})
	}

	function get(port: number, agent: http.Agent) {
		return new Promise<string>((resolve, reject) => {
			http
				.get({ port, host: '127.0.0.1', path: '/next', agent }, (response) => {
					let body = ''
					response.on('data', (chunk) => (body += chunk))
					response.on('end', () => resolve(body))
				})
				.on('error', reject)
				.setTimeout(1500, function (this: http.ClientRequest) {
					this.destroy(new Error('the next request got no answer'))
				})
		})
	}

	test('the rest is discarded, so the same connection answers the next request', async () => {
		const { port } = await serve(true)
		const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
		expect(await post(port, agent, 512 * 1024)).toEqual({ status: 413, body: 'too large' })
		expect(await get(port, agent)).toBe('next')
		agent.destroy()
	})

	test('without it, the next request on that connection is never answered', async () => {
		const { port } = await serve(false)
		const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
		expect((await post(port, agent, 512 * 1024)).status).toBe(413)
		await expect(get(port, agent)).rejects.toThrow()
		agent.destroy()
	})

	test('a huge body is read only up to the limit, then the connection is closed', async () => {
		const { port, received } = await serve(true)
		const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
		// The client gets the refusal while still sending; then its connection is closed.
		expect(await post(port, agent, 200 * 1024 * 1024)).toEqual({ status: 413, body: 'too large' })
		await new Promise((r) => setTimeout(r, 300))
		expect(received.bytes).toBeLessThan(8 * 1024 * 1024)
		agent.destroy()
	})
})
