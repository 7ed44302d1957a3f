import { describe, expect, test } from 'vitest'
import { ensureReport } from '#app/models/reporting/reports.server.ts'
import { addGoal, getRound, openRound } from '#app/models/reporting/rounds.server.ts'
import { db } from '#app/utils/db.server.ts'
import { ensureCountries } from '#tests/factories.ts'

const round = (overrides: Partial<Parameters<typeof openRound>[1]> = {}) =>
	openRound(null, {
		kind: 'stock-taking',
		title: 'Stock-taking 2013',
		periodStart: new Date('2012-12-05T00:00:00Z'),
		periodEnd: new Date('2013-04-01T00:00:00Z'),
		dueDate: new Date('2013-04-01T00:00:00Z'),
		secretariatCountryCode: 'BE',
		visibility: 'members',
		...overrides,
	})

describe('reporting rounds', () => {
	test('the first round takes the founding structure: four policy targets, seven operational goals, their actions', async () => {
		await ensureCountries('BE')
		const first = await round()
		const structure = (await getRound(first.id))!
		expect(structure.targets.map((t) => t.key)).toEqual(['t1', 't2', 't3', 't4'])
		expect(structure.targets.flatMap((t) => t.goals.map((g) => g.key))).toEqual([
			't1-g1',
			't2-g1',
			't2-g2',
			't3-g1',
			't3-g2',
			't4-g1',
			't4-g2',
		])
		const t3 = structure.targets[2]!
		expect(JSON.parse(t3.goals[1]!.actions)).toEqual([
			expect.objectContaining({
				en: expect.stringContaining('commonly-used languages that can be tailored'),
			}),
		])
		expect(JSON.parse(t3.texts)).toMatchObject({
			fr: expect.any(String),
			ar: expect.any(String),
		})
	})

	test('a goal agreed at a conference joins the new round only; the earlier round keeps its structure', async () => {
		await ensureCountries('BE', 'US')
		const first = await round()
		const second = await round({
			kind: 'biennial',
			title: 'Biennial 2014',
			secretariatCountryCode: 'US',
			previousRoundId: first.id,
		})
		await addGoal({ id: 'system' }, second.id, {
			targetKey: 't3',
			goalKey: 't3-g3',
			texts: { en: 'Reach children with disabilities' },
			agreedAt: 'Conference, Washington, 2014',
		})
		const keys = async (id: string) =>
			(await getRound(id))!.targets.flatMap((t) => t.goals.map((g) => g.key))
		expect(await keys(second.id)).toContain('t3-g3')
		expect(await keys(first.id)).not.toContain('t3-g3')
	})
})

describe('a country report', () => {
	test('starts with an entry per goal, and carries forward the measures announced in the previous round', async () => {
		await ensureCountries('BE', 'US', 'FR')
		const first = await round()
		const previous = await ensureReport(null, first.id, 'FR')
		const goals = await db.reportingGoal.findMany({ where: { target: { roundId: first.id } } })
		const goal = (key: string) => goals.find((g) => g.key === key)!.id
		await db.reportMeasure.createMany({
			data: [
				{
					reportId: previous.id,
					goalId: goal('t3-g1'),
					kind: 'announced',
					title: 'حملة للأهالي الناطقين بالعربية',
					lang: 'ar',
					position: 0,
				},
				{
					reportId: previous.id,
					goalId: goal('t3-g1'),
					kind: 'in-place',
					title: 'Déjà fait',
					lang: 'fr',
					position: 1,
				},
				{
					reportId: previous.id,
					goalId: goal('t3-g2'),
					kind: 'announced',
					title: '面向华人家长的传单',
					lang: 'zh',
					position: 0,
				},
			],
		})
		const second = await round({
			kind: 'biennial',
			title: 'Biennial 2014',
			secretariatCountryCode: 'US',
			previousRoundId: first.id,
		})
		// Opened twice at once: one report.
		const [report, again] = await Promise.all([
			ensureReport(null, second.id, 'FR'),
			ensureReport(null, second.id, 'FR'),
		])
		expect(again.id).toBe(report.id)
		expect(await db.reportGoalEntry.count({ where: { reportId: report.id } })).toBe(7)
		const carried = await db.reportMeasure.findMany({
			where: { reportId: report.id },
			include: { goal: true, carriedFrom: true },
			orderBy: { title: 'asc' },
		})
		expect(
			carried.map((m) => [m.kind, m.goal.key, m.title, m.lang, m.state, m.carriedFrom?.reportId]),
		).toEqual([
			['carried', 't3-g1', 'حملة للأهالي الناطقين بالعربية', 'ar', '', previous.id],
			['carried', 't3-g2', '面向华人家长的传单', 'zh', '', previous.id],
		])
		// Goals of the new round, not the old one.
		expect(carried.every((m) => m.goal.id !== goal('t3-g1') && m.goal.id !== goal('t3-g2'))).toBe(
			true,
		)
	})
})
