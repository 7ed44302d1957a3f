import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { PROJECT_ROOT } from '#tests/support/paths.ts'
import { startOwnServer } from '#tests/support/own-server.ts'

/**
 * The production server limits the search API (and conversions, zips,
 * uploads) per address, with the standard headers; measured on a server of
 * its own with a small limit, so the shared server's tests are not counted.
 */

let server: Awaited<ReturnType<typeof startOwnServer>>

beforeAll(async () => {
	server = await startOwnServer(path.join(inject('dataDir'), 'rate-limits'), {
		RATE_LIMIT_SEARCH: '3',
	})
})

afterAll(() => server?.stop())

describe('rate limits', () => {
	test('the search API answers 3 times a minute here, then 429 in JSON with Retry-After', async () => {
		for (let i = 0; i < 3; i++) {
			const answer = await fetch(`${server.url}/api/v1/search?q=safe`)
			expect(answer.status).toBe(200)
			expect(answer.headers.get('ratelimit-policy')).toMatch(/^"search"; q=3; w=60/)
			expect(answer.headers.get('ratelimit')).toContain(`r=${2 - i}`)
		}
		const refused = await fetch(`${server.url}/api/v1/search?q=safe&ui=ar`)
		expect(refused.status).toBe(429)
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
		const body = (await refused.json()) as { error: { code: string; message: string } }
		expect(body.error.code).toBe('rate_limited')
		expect(body.error.message).toBe(
			'وصلت طلبات كثيرة جدًا من اتصالك في وقت قصير. انتظر قليلًا ثم حاول مرة أخرى.',
		)
		// Pages and the rest of the API are not limited.
		expect((await fetch(`${server.url}/en/materials`)).status).toBe(200)
		expect((await fetch(`${server.url}/api/v1/materials`)).status).toBe(200)
	})

	test('a limit that is not a number stops start-up with a clear message', () => {
		const started = spawnSync('node', ['server.js'], {
			cwd: PROJECT_ROOT,
			env: { ...process.env, NODE_ENV: 'production', PORT: '0', RATE_LIMIT_ZIPS: 'lots' },
			encoding: 'utf8',
			timeout: 30_000,
		})
		expect(started.status).not.toBe(0)
		expect(started.stderr).toContain(
			'Invalid environment: RATE_LIMIT_ZIPS must be a whole number of requests per minute',
		)
	})
})
