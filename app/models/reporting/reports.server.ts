import { carryForward } from '#app/domain/reporting.ts'
import { db } from '#app/utils/db.server.ts'
import { recordAudit } from '../audit.server.ts'

/**
 * Country reports. A report is created the first time its country opens it
 * in a round: one entry per operational goal of the round's structure, and
 * the measures the country announced in its report of the previous round,
 * carried forward under the same goals to say what became of them.
 */

/**
 * The country's report in the round, created (with its carried measures)
 * if it does not exist yet. Two first openings at once create one report.
 */
export async function ensureReport(
	actor: { id: string } | null,
	roundId: string,
	countryCode: string,
) {
	const existing = await db.countryReport.findUnique({
		where: { roundId_countryCode: { roundId, countryCode } },
	})
	if (existing) return existing
	try {
		return await db.$transaction(async (tx) => {
			const round = await tx.reportingRound.findUniqueOrThrow({
				where: { id: roundId },
				include: { targets: { include: { goals: true } } },
			})
			const goals = round.targets.flatMap((t) => t.goals)
			const report = await tx.countryReport.create({
				data: {
					roundId,
					countryCode,
					entries: { create: goals.map((goal) => ({ goalId: goal.id })) },
				},
			})
			let carriedCount = 0
			if (round.previousRoundId) {
				const announced = await tx.reportMeasure.findMany({
					where: {
						kind: 'announced',
						report: { roundId: round.previousRoundId, countryCode },
					},
					orderBy: [{ goal: { position: 'asc' } }, { position: 'asc' }],
					include: { goal: { select: { key: true } } },
				})
				const { carried } = carryForward(
					announced.map((m) => ({
						id: m.id,
						goalKey: m.goal.key,
						title: m.title,
						lang: m.lang,
						description: m.description,
					})),
					new Map(goals.map((g) => [g.key, g.id])),
				)
				if (carried.length)
					await tx.reportMeasure.createMany({
						data: carried.map((m) => ({ ...m, reportId: report.id, kind: 'carried' })),
					})
				carriedCount = carried.length
			}
			await recordAudit(tx, {
				userId: actor?.id ?? null,
				action: 'start-report',
				entityType: 'country-report',
				entityId: report.id,
				countryCode,
				summary: { roundId, carried: carriedCount },
			})
			return report
		})
	} catch (error) {
		if ((error as { code?: string }).code === 'P2002')
			return db.countryReport.findUniqueOrThrow({
				where: { roundId_countryCode: { roundId, countryCode } },
			})
		throw error
	}
}
