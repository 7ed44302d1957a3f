import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { TEST_ROOT } from '#tests/support/paths.ts'

test('GET /healthz answers 503 when the database cannot answer', async () => {
	// A file that is not a SQLite database: every query fails.
	const broken = path.join(TEST_ROOT, `broken-${process.pid}-${Date.now()}.db`)
	fs.writeFileSync(broken, 'this is not a database'.repeat(100))
	process.env.DATABASE_URL = `file:${broken}`
	const { loader } = await import('#app/routes/healthz.ts')
	const errors: unknown[] = []
	const original = console.error
	console.error = (...args: unknown[]) => errors.push(args)
	try {
		const response = await loader()
		expect(response.status).toBe(503)
		expect(await response.json()).toEqual({ status: 'error' })
		expect(errors).toHaveLength(1)
	} finally {
		console.error = original
		fs.rmSync(broken, { force: true })
	}
})
