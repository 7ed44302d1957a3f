import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
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
		/^(_prisma_migrations|SearchFts(_\w+)?|SearchVocab|CampaignFts(_\w+)?|Membership_userId_role_exchange_key)$/
	expect([...have.keys()].filter((name) => !want.has(name) && !rawSqlObjects.test(name))).toEqual(
		[],
	)
	expected.close()
	actual.close()
}, 60_000)

test('campaigns keep their data through the evidence migration; old reach counts count people', () => {
	const dir = path.join(PROJECT_ROOT, 'prisma', 'migrations')
	const migrations = fs
		.readdirSync(dir)
		.filter((name) => fs.existsSync(path.join(dir, name, 'migration.sql')))
		.sort()
	const target = '20261206150000_campaign_evidence_and_search'
	const file = path.join(TEST_ROOT, `migrations-evidence-${process.pid}.db`)
	fs.rmSync(file, { force: true })
	const sqlite = new Database(file)
	const apply = (name: string) =>
		sqlite.exec(fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8'))
	for (const name of migrations.filter((m) => m < target)) apply(name)
	const now = new Date().toISOString()
	sqlite.exec(`INSERT INTO "Country" ("code") VALUES ('FR')`)
	const campaign = sqlite.prepare(
		`INSERT INTO "Campaign" ("id", "countryCode", "originalLang", "startYear", "reachCount", "evaluationMethod", "isDemo", "updatedAt") VALUES (?, 'FR', 'fr', 2022, ?, 'survey', ?, ?)`,
	)
	campaign.run('old-with-reach', 250_000, 0, now)
	campaign.run('old-without-reach', null, 0, now)
	campaign.run('demo-c-01', 1_800_000, 1, now)
	sqlite.exec(
		`INSERT INTO "CampaignTranslation" ("campaignId", "lang", "title", "summary") VALUES ('old-with-reach', 'fr', 'Ancienne', 'Résumé')`,
	)
	sqlite.exec(
		`INSERT INTO "Material" ("id", "campaignId", "countryCode", "resourceType", "licence", "originalLang", "updatedAt") VALUES ('m-old', 'old-with-reach', 'FR', 'poster', 'cc-by-4.0', 'fr', '${now}')`,
	)
	apply(target)
	const rows = sqlite
		.prepare(
			`SELECT "id", "reachCount", "reachUnit", "evaluationMethod", "costAmount", "costCurrency", "durationMonths" FROM "Campaign" ORDER BY "id"`,
		)
		.all()
	expect(rows).toEqual([
		{
			id: 'demo-c-01',
			reachCount: 1_800_000,
			reachUnit: 'people',
			evaluationMethod: 'survey',
			costAmount: 450_000,
			costCurrency: 'EUR',
			durationMonths: 3,
		},
		{
			id: 'old-with-reach',
			reachCount: 250_000,
			reachUnit: 'people',
			evaluationMethod: 'survey',
			costAmount: null,
			costCurrency: null,
			durationMonths: null,
		},
		{
			id: 'old-without-reach',
			reachCount: null,
			reachUnit: null,
			evaluationMethod: 'survey',
			costAmount: null,
			costCurrency: null,
			durationMonths: null,
		},
	])
	// Its texts and materials still point at it; the index waits for start-up.
	expect(sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([])
	expect(sqlite.prepare(`SELECT "campaignId" FROM "Material"`).pluck().get()).toBe('old-with-reach')
	expect(sqlite.prepare(`SELECT count(*) FROM "CampaignTranslation"`).pluck().get()).toBe(1)
	expect(sqlite.prepare(`SELECT "campaignAnalyzer" FROM "SearchState"`).pluck().get()).toBe(0)
	sqlite.close()
	fs.rmSync(file, { force: true })
})
