import { spawnSync } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { startOwnServer } from '#tests/support/own-server.ts'

/**
 * A harvester no one here wrote: Debian's libhttp-oai-perl, whose oai_pmh
 * command follows resumption tokens to the end of a list, harvests the
 * demo library from the built app, in pages of 10 so that it has to.
 * It must bring back every record the database says is public or withdrawn,
 * each once, the withdrawn one as deleted.
 */
const HARVESTER = '/usr/bin/oai_pmh'
// Identifiers name the public origin's host (APP_ORIGIN, here unset: localhost).
const host = 'localhost'
const installed = spawnSync('test', ['-x', HARVESTER]).status === 0

let server: Awaited<ReturnType<typeof startOwnServer>>
let dbFile: string

beforeAll(async () => {
	const dir = path.join(inject('dataDir'), 'oai-harvester')
	dbFile = path.join(dir, 'app.db')
	server = await startOwnServer(dir, { SEED_DEMO: 'true', OAI_PAGE_SIZE: '10' })
	// A withdrawn material, as moderation leaves it (the server reads the same file).
	const db = new Database(dbFile)
	db.prepare(
		`UPDATE Material SET status = 'withdrawn', updatedAt = ? WHERE id = (SELECT id FROM Material WHERE status = 'published' ORDER BY id LIMIT 1)`,
	).run(new Date().toISOString())
	db.close()
})

afterAll(() => server?.stop())

function harvest(args: string[]) {
	const run = spawnSync(HARVESTER, [...args, `${server.url}/oai`], {
		encoding: 'utf8',
		timeout: 120_000,
		maxBuffer: 64 * 1024 * 1024,
	})
	// oai_pmh prints each record's header as "identifier: …", "status: …".
	const records = run.stdout
		.split('\f')
		.map((chunk) => ({
			identifier: /identifier: (\S+)/.exec(chunk)?.[1],
			deleted: /^status: deleted$/m.test(chunk),
		}))
		.filter((r) => r.identifier)
	return { status: run.status, stderr: run.stderr, records, stdout: run.stdout }
}

describe.runIf(installed)('oai_pmh (libhttp-oai-perl) harvests the running app', () => {
	test('every record through resumption tokens, in both formats, withdrawn ones as deleted', () => {
		const db = new Database(dbFile, { readonly: true })
		const expected = db
			.prepare(
				`SELECT id, status FROM Material WHERE revisionOfId IS NULL AND publishedAt IS NOT NULL ORDER BY id`,
			)
			.all() as { id: string; status: string }[]
		db.close()
		expect(expected.length).toBeGreaterThan(20)
		for (const prefix of ['oai_dc', 'lom']) {
			const result = harvest(['--metadataPrefix', prefix])
			expect(result.status, result.stderr).toBe(0)
			expect(result.stderr).not.toMatch(/error/i)
			const ids = result.records.map((r) => r.identifier)
			expect(new Set(ids).size).toBe(ids.length)
			expect([...ids].sort()).toEqual(expected.map((m) => `oai:${host}:${m.id}`))
			const deleted = result.records.filter((r) => r.deleted).map((r) => r.identifier)
			expect(deleted).toEqual(
				expected.filter((m) => m.status !== 'published').map((m) => `oai:${host}:${m.id}`),
			)
			expect(deleted).toHaveLength(1)
		}
	})

	test('selective harvesting by set: a country, with the same answer as the database', () => {
		const db = new Database(dbFile, { readonly: true })
		const french = db
			.prepare(
				`SELECT id FROM Material WHERE revisionOfId IS NULL AND publishedAt IS NOT NULL AND countryCode = 'FR' ORDER BY id`,
			)
			.all() as { id: string }[]
		db.close()
		const result = harvest([
			'-X',
			'ListIdentifiers',
			'--metadataPrefix',
			'oai_dc',
			'--set',
			'country:FR',
		])
		expect(result.status, result.stderr).toBe(0)
		expect(result.records.map((r) => r.identifier).sort()).toEqual(
			french.map((m) => `oai:${host}:${m.id}`),
		)
	})

	test('Identify through the harvester', () => {
		const result = spawnSync(HARVESTER, ['-X', 'Identify', `${server.url}/oai`], {
			encoding: 'utf8',
		})
		expect(result.status, result.stderr).toBe(0)
	})
})
