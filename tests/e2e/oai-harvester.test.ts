import { spawnSync } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

/**
 * A harvester no one here wrote: Debian's libhttp-oai-perl, whose oai_pmh
 * command follows resumption tokens to the end of a list, harvests the
 * demo library from the built app, which the browser tests' server serves
 * in OAI-PMH pages of 10 so that it has to. It must bring back every record
 * the database holds, each once, a withdrawn one as deleted.
 *
 * Other test files may publish materials while this one runs, so the
 * harvest is compared with the records before it (all must come) and after
 * it (nothing else may).
 */
const HARVESTER = '/usr/bin/oai_pmh'
const installed = spawnSync('test', ['-x', HARVESTER]).status === 0
// Identifiers name the public origin's host (APP_ORIGIN, here unset: localhost).
const host = 'localhost'
// A demo material no other browser test looks at, withdrawn for the harvest.
const WITHDRAWN = 'demo-m-090'

const dbFile = () => path.join(inject('dataDir'), 'e2e.db')
let before: { status: string; updatedAt: string } | undefined

beforeAll(() => {
	if (!installed) return
	// Withdrawn as moderation leaves it (the server reads the same file).
	const db = new Database(dbFile())
	before = db.prepare(`SELECT status, updatedAt FROM Material WHERE id = ?`).get(WITHDRAWN) as
		{ status: string; updatedAt: string } | undefined
	db.prepare(`UPDATE Material SET status = 'withdrawn', updatedAt = ? WHERE id = ?`).run(
		new Date().toISOString(),
		WITHDRAWN,
	)
	db.close()
})

afterAll(() => {
	if (!before) return
	const db = new Database(dbFile())
	db.prepare(`UPDATE Material SET status = ?, updatedAt = ? WHERE id = ?`).run(
		before.status,
		before.updatedAt,
		WITHDRAWN,
	)
	db.close()
})

function exposed(where = '') {
	const db = new Database(dbFile(), { readonly: true })
	const rows = db
		.prepare(
			`SELECT id, status FROM Material WHERE revisionOfId IS NULL AND publishedAt IS NOT NULL ${where} ORDER BY id`,
		)
		.all() as { id: string; status: string }[]
	db.close()
	return rows.map((m) => ({ identifier: `oai:${host}:${m.id}`, deleted: m.status !== 'published' }))
}

function harvest(args: string[]) {
	const run = spawnSync(HARVESTER, [...args, `${inject('baseURL')}/oai`], {
		encoding: 'utf8',
		timeout: 120_000,
		maxBuffer: 64 * 1024 * 1024,
	})
	// oai_pmh prints each record's header ("identifier: …", "status: …"), records parted by a form feed.
	const records = run.stdout
		.split('\f')
		.map((chunk) => ({
			identifier: /identifier: (\S+)/.exec(chunk)?.[1],
			deleted: /^status: deleted$/m.test(chunk),
		}))
		.filter((r) => r.identifier)
	return { status: run.status, stderr: run.stderr, records }
}

describe.runIf(installed)('oai_pmh (libhttp-oai-perl) harvests the running app', () => {
	test('every record through resumption tokens, in both formats, the withdrawn one as deleted', () => {
		for (const prefix of ['oai_dc', 'lom']) {
			const expected = exposed()
			expect(expected.length).toBeGreaterThan(20)
			const result = harvest(['--metadataPrefix', prefix])
			expect(result.status, result.stderr).toBe(0)
			const ids = result.records.map((r) => r.identifier!)
			expect(new Set(ids).size).toBe(ids.length)
			expect(ids).toEqual(expect.arrayContaining(expected.map((m) => m.identifier)))
			const after = new Set(exposed().map((m) => m.identifier))
			expect(ids.filter((id) => !after.has(id))).toEqual([])
			const deleted = result.records.filter((r) => r.deleted).map((r) => r.identifier)
			expect(deleted).toContain(`oai:${host}:${WITHDRAWN}`)
			const deletedAfter = new Set(
				exposed()
					.filter((m) => m.deleted)
					.map((m) => m.identifier),
			)
			expect(deleted.filter((id) => !deletedAfter.has(id!))).toEqual([])
		}
	})

	test('selective harvesting by set gives what the database holds for it', () => {
		const expected = exposed(`AND countryCode = 'FR'`).map((m) => m.identifier)
		const result = harvest([
			'-X',
			'ListIdentifiers',
			'--metadataPrefix',
			'oai_dc',
			'--set',
			'country:FR',
		])
		expect(result.status, result.stderr).toBe(0)
		expect(result.records.map((r) => r.identifier)).toEqual(expect.arrayContaining(expected))
		expect(result.records.length).toBeGreaterThan(0)
	})

	test('a bad request is an OAI-PMH error the harvester reports', () => {
		const result = spawnSync(
			HARVESTER,
			[
				'-X',
				'GetRecord',
				'--metadataPrefix',
				'oai_dc',
				'--identifier',
				'oai:localhost:none',
				`${inject('baseURL')}/oai`,
			],
			{ encoding: 'utf8' },
		)
		expect(result.status).not.toBe(0)
		expect(result.stderr).toMatch(/idDoesNotExist|not the identifier/)
	})
})
