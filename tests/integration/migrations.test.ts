import { execFileSync } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from 'vitest'
import { createMigratedDatabase } from '#prisma/demo/synthetic.ts'
import { PROJECT_ROOT, TEST_ROOT } from '#tests/support/paths.ts'

function schemaObjects(db: Database.Database) {
	const rows = db
		.prepare(
			"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY name",
		)
		.all() as { type: string; name: string; sql: string }[]
	return new Map(rows.map((r) => [r.name, `${r.type}: ${r.sql.replace(/\s+/g, ' ').trim()}`]))
}

test('the committed migrations build exactly the schema in schema.prisma', () => {
	// What Prisma would create from the schema alone...
	const expectedSql = execFileSync(
		'npx',
		[
			'prisma',
			'migrate',
			'diff',
			'--from-empty',
			'--to-schema-datamodel',
			'prisma/schema.prisma',
			'--script',
		],
		{ cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
	)
	const expected = new Database(':memory:')
	expected.exec(expectedSql)
	// ...against what replaying every committed migration creates.
	const file = path.join(TEST_ROOT, `migrations-${process.pid}.db`)
	createMigratedDatabase(file)
	const actual = new Database(file, { readonly: true })

	const want = schemaObjects(expected)
	const have = schemaObjects(actual)
	expect(want.size).toBeGreaterThan(10)
	for (const [name, sql] of want) expect(have.get(name), name).toBe(sql)
	// Objects Prisma cannot describe are created by hand-written migrations
	// and listed here (FTS5 adds its own shadow tables, Membership a partial
	// unique index); anything else left behind is drift.
	const rawSqlObjects =
		/^(_prisma_migrations|SearchFts(_\w+)?|SearchVocab|Membership_userId_role_exchange_key)$/
	expect([...have.keys()].filter((name) => !want.has(name) && !rawSqlObjects.test(name))).toEqual(
		[],
	)
	expected.close()
	actual.close()
}, 60_000)
