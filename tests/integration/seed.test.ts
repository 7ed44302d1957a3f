import { describe, expect, test } from 'vitest'
import { db } from '#app/utils/db.server.ts'
import { isLate } from '#app/domain/reporting.ts'
import { ensureReport } from '#app/models/reporting/reports.server.ts'
import { DEMO_CAMPAIGNS } from '#prisma/demo/content.ts'
import { getJointReport } from '#app/models/reporting/joint-report.server.ts'
import { seedDemoReporting } from '#prisma/demo/reporting.ts'
import { DEMO_USAGE_NOTES, seedDemoUsage } from '#prisma/demo/usage.ts'
import { seedCountries, seedDemoLibrary } from '#prisma/seed.ts'
import { createMaterial } from '#tests/factories.ts'

describe('seed', () => {
	test('adds the Alliance countries and demo data once, and leaves real data alone', async () => {
		expect(await seedCountries()).toBe(55)
		const real = await createMaterial({
			countryCode: 'FR',
			versions: [{ lang: 'fr', title: 'Vraie affiche' }],
		})

		const sample = DEMO_CAMPAIGNS.slice(0, 2)
		const first = await seedDemoLibrary({ campaigns: sample })
		expect(first.campaigns).toBe(2)
		const expectedMaterials = sample.reduce((n, c) => n + c.materials.length, 0)
		expect(first.materials).toBe(expectedMaterials)

		const demoMaterials = await db.material.findMany({
			where: { isDemo: true },
			include: { versions: { include: { files: true } } },
		})
		expect(demoMaterials).toHaveLength(expectedMaterials)
		for (const m of demoMaterials) {
			expect(m.status).toBe('published')
			for (const v of m.versions)
				expect(v.files.map((f) => f.role).sort()).toEqual(['preview', 'primary'])
		}

		const second = await seedDemoLibrary({ campaigns: sample })
		expect(second).toEqual({ campaigns: 0, materials: 0 })
		expect(await seedCountries()).toBe(0)
		expect(await db.material.count({ where: { isDemo: true } })).toBe(expectedMaterials)

		const after = await db.material.findUniqueOrThrow({
			where: { id: real.id },
			include: { versions: true },
		})
		expect(after.isDemo).toBe(false)
		expect(after.versions[0]!.title).toBe('Vraie affiche')
		expect(after.updatedAt.getTime()).toBe(real.updatedAt.getTime())
	})

	test('adds the demo reporting rounds once, in one chain: the stock-taking, the closed 2024 round and the open round, late, each carrying the measures announced in the one before', async () => {
		await seedCountries()
		const now = new Date('2026-12-06T00:00:00Z')
		expect(await seedDemoReporting({ now })).toBe(3)
		expect(await seedDemoReporting({ now })).toBe(0)
		const rounds = await db.reportingRound.findMany({
			where: { isDemo: true },
			orderBy: { periodEnd: 'asc' },
			include: { reports: true },
		})
		expect(rounds.map((r) => [r.title, r.status, r.secretariatCountryCode, r.visibility])).toEqual([
			['Stock-taking 2013', 'closed', 'BE', 'members'],
			['Biennial report 2024', 'closed', 'BE', 'public'],
			['Biennial report 2026', 'open', 'JP', 'members'],
		])
		const [stockTaking, closed, biennial] = rounds
		expect(closed!.previousRoundId).toBe(stockTaking!.id)
		expect(biennial!.previousRoundId).toBe(closed!.id)
		// One period after the other, with no gap and no overlap.
		expect(closed!.periodStart.getTime()).toBeGreaterThan(stockTaking!.periodEnd.getTime())
		expect(biennial!.periodStart.getTime() - closed!.periodEnd.getTime()).toBe(1)
		// What the 2024 reports said of the measures announced in 2013, and its joint report published.
		const states = await db.reportMeasure.findMany({
			where: { kind: 'carried', report: { roundId: closed!.id } },
			include: { report: { select: { countryCode: true } } },
		})
		expect(
			states.map((m) => [m.report.countryCode, m.title, m.state, m.carriedFromId !== null]).sort(),
		).toEqual([
			['BE', 'Posters adapted from France', 'done', true],
			['DE', 'Kinospot für Jugendliche', 'dropped', true],
			['FR', 'حملة للأهالي الناطقين بالعربية', 'done', true],
			['FR', '面向在法华人家长的传单', 'done', true],
			['JP', '捜査官の国際研修', 'not-started', true],
			['JP', '面向华人家长的传单', 'in-progress', true],
		])
		expect(closed!.reports.map((r) => r.status)).toEqual(Array(4).fill('accepted'))
		const joint = await db.jointReport.findUniqueOrThrow({ where: { roundId: closed!.id } })
		expect(joint.publishedAt).not.toBeNull()
		expect(JSON.parse(joint.figures!)).toMatchObject({ participation: { accepted: 4 } })
		// Due a fortnight ago, still open: some have reported, some are late.
		expect(biennial!.dueDate.getTime()).toBeLessThan(now.getTime())
		const open = biennial!.reports
			.map((r) => [r.countryCode, r.status, isLate(r, biennial!, now)])
			.sort()
		expect(open).toEqual([
			['BE', 'accepted', false],
			['DE', 'submitted', false],
			['ES', 'draft', true],
		])
		expect(isLate(null, biennial!, now)).toBe(true)
		expect(stockTaking!.reports.map((r) => [r.countryCode, r.status]).sort()).toEqual([
			['BE', 'accepted'],
			['DE', 'accepted'],
			['FR', 'accepted'],
			['JP', 'accepted'],
		])
		// Nobody is told of a history the seed replays.
		expect(await db.inboxMessage.count()).toBe(0)
		expect(await db.mailMessage.count()).toBe(0)
		// France has not started the open round; opening it brings the two measures it announced in 2024 back.
		expect(biennial!.reports.some((r) => r.countryCode === 'FR')).toBe(false)
		const report = await ensureReport(null, biennial!.id, 'FR')
		const carried = await db.reportMeasure.findMany({
			where: { reportId: report.id },
			orderBy: { title: 'asc' },
		})
		expect(carried.map((m) => [m.kind, m.title, m.lang])).toEqual([
			['carried', 'Kit pour les parents en langue des signes', 'fr'],
			['carried', 'حملة إذاعية للأهالي الناطقين بالعربية', 'ar'],
		])
	})

	test('adds the demo notes of use once, by countries other than the work’s, counted by the open round', async () => {
		await seedCountries()
		const sample = DEMO_CAMPAIGNS.slice(0, 2)
		await seedDemoLibrary({ campaigns: sample })
		const held = new Set([
			...sample.map((c) => `campaign:${c.id}`),
			...sample.flatMap((c) => c.materials.map((m) => `material:${m.id}`)),
		])
		// Notes on works the sample does not hold are skipped, not failed.
		const expected = DEMO_USAGE_NOTES.filter((n) => held.has(`${n.target.kind}:${n.target.id}`))
		expect(expected.length).toBeGreaterThan(1)
		expect(expected.length).toBeLessThan(DEMO_USAGE_NOTES.length)
		expect(await seedDemoUsage()).toBe(expected.length)
		expect(await seedDemoUsage()).toBe(0)

		const notes = await db.usageNote.findMany()
		expect(notes).toHaveLength(expected.length)
		for (const note of notes) expect(note.countryCode).not.toBe('FR')
		// Dated within the open round's period: its draft joint report counts every one.
		await seedDemoReporting({ now: new Date('2026-12-06T00:00:00Z') })
		const open = await db.reportingRound.findFirstOrThrow({
			where: { isDemo: true, status: 'open' },
		})
		const { figures } = await getJointReport(open)
		expect(figures.usage?.notes).toBe(expected.length)
	})
})
