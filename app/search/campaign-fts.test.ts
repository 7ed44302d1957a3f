import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, test } from 'vitest'
import { HOSTILE_QUERIES } from '#tests/fixtures/hostile-queries.ts'
import { campaignMatch, CAMPAIGN_MATCH_SQL, writeCampaignSql } from './campaign-fts.ts'
import { sqliteRun } from './sqlite-fts-writer.ts'
import { MAX_QUERY_WORDS, parseQuery } from './text.ts'

/** The index exactly as the migration creates it. */
function migratedIndex() {
	const sql = fs.readFileSync(
		path.resolve(
			import.meta.dirname,
			'../../prisma/migrations/20261206150000_campaign_evidence_and_search/migration.sql',
		),
		'utf8',
	)
	const db = new Database(':memory:')
	db.exec(
		`CREATE TABLE "CampaignSearchDoc" ("docId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "campaignId" TEXT NOT NULL, "lang" TEXT NOT NULL)`,
	)
	db.exec(sql.slice(sql.indexOf('CREATE VIRTUAL TABLE "CampaignFts"')).split(';')[0]!)
	return db
}

const text = (lang: string, title: string, summary: string, results = '') => ({
	lang,
	title,
	summary,
	objectives: '',
	reach: '',
	results,
	lessonsLearned: '',
})

describe('the campaign index', async () => {
	const db = migratedIndex()
	afterAll(() => db.close())
	const run = sqliteRun(db)
	await writeCampaignSql(run, 'c-fr', [
		text('fr', 'Parents, parlons-en !', 'Aider les parents à parler du pédopiégeage.'),
		text('en', 'Parents, let’s talk about it!', 'Helping parents talk about grooming.'),
	])
	await writeCampaignSql(run, 'c-ar', [
		text('ar', 'لا تدفع', 'حملة ضد الابتزاز الجنسي', 'تضاعفت المكالمات إلى خط المساعدة'),
	])
	await writeCampaignSql(run, 'c-zh', [text('zh', '网络安全', '防止网络诱骗儿童')])
	const find = (q: string) => {
		const { expression } = campaignMatch(parseQuery(q).terms)
		if (!expression) return []
		const rows = db.prepare(CAMPAIGN_MATCH_SQL).all(expression) as { campaignId: string }[]
		return [...new Set(rows.map((r) => r.campaignId))].sort()
	}

	test('finds a campaign by the words of any of its texts, in any script or spelling', () => {
		expect(find('pedopiegeage')).toEqual(['c-fr'])
		expect(find('grooming')).toEqual(['c-fr'])
		// Light stems: "parent" reaches "parents", "talking" reaches "talk".
		expect(find('parent')).toEqual(['c-fr'])
		expect(find('talking')).toEqual(['c-fr'])
		// The word being typed is a prefix from its third letter.
		expect(find('groo')).toEqual(['c-fr'])
		expect(find('الابتزاز')).toEqual(['c-ar'])
		// Results are searched too.
		expect(find('المكالمات')).toEqual(['c-ar'])
		expect(find('诱骗')).toEqual(['c-zh'])
		expect(find('grooming sextortion')).toEqual([])
	})

	test('rewriting a campaign replaces its rows', async () => {
		await writeCampaignSql(run, 'c-zh', [text('zh', '保护儿童', '家长指南')])
		expect(find('诱骗')).toEqual([])
		expect(find('家长')).toEqual(['c-zh'])
		const docs = db.prepare('SELECT count(*) FROM "CampaignSearchDoc"').pluck().get()
		expect(docs).toBe(4)
	})

	test.each(HOSTILE_QUERIES.map((h) => [h.why, h.q] as const))(
		'hostile search text (%s) is only words: a valid expression, never syntax',
		(_, q) => {
			const { terms } = parseQuery(q)
			expect(terms.length).toBeLessThanOrEqual(MAX_QUERY_WORDS)
			const { expression } = campaignMatch(terms)
			// Outside quoted strings only our own syntax remains: AND, OR, *, parentheses.
			const bare = expression.replace(/"(?:[^"]|"")*"/g, '').replace(/\b(?:AND|OR)\b|[*()\s]/g, '')
			expect(bare).toBe('')
			if (expression) expect(() => db.prepare(CAMPAIGN_MATCH_SQL).all(expression)).not.toThrow()
		},
	)
})
