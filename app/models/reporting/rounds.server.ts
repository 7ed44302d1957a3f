import { type ReportingActor, isRoundSecretariat, mayReadRound } from '#app/domain/reporting.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { db } from '#app/utils/db.server.ts'
import { FOUNDING_STRUCTURE } from '#app/domain/founding-structure.ts'
import { recordAudit } from '../audit.server.ts'

/**
 * Reporting rounds and their structure. A round gets its own copy of the
 * structure (policy targets, operational goals, potential actions): from
 * the round it follows, or from the founding texts for the first one; goals
 * agreed at a conference are added to the new round only, so earlier rounds
 * keep the structure their reports were written against.
 */

type Tx = Prisma.TransactionClient

export interface RoundInput {
	kind: 'stock-taking' | 'biennial'
	title: string
	periodStart: Date
	periodEnd: Date
	dueDate: Date
	secretariatCountryCode: string
	visibility: 'public' | 'members'
	/** The round this one follows: its structure is copied and its announced measures carried forward. */
	previousRoundId?: string | null
	isDemo?: boolean
}

async function copyFoundingStructure(tx: Tx, roundId: string) {
	for (const [t, target] of FOUNDING_STRUCTURE.entries()) {
		await tx.reportingTarget.create({
			data: {
				roundId,
				key: target.key,
				position: t,
				texts: JSON.stringify(target.texts),
				goals: {
					create: target.goals.map((goal, g) => ({
						key: goal.key,
						position: g,
						texts: JSON.stringify(goal.texts),
						actions: JSON.stringify(goal.actions),
					})),
				},
			},
		})
	}
}

async function copyStructureOf(tx: Tx, fromRoundId: string, roundId: string) {
	const targets = await tx.reportingTarget.findMany({
		where: { roundId: fromRoundId },
		include: { goals: { orderBy: { position: 'asc' } } },
		orderBy: { position: 'asc' },
	})
	for (const target of targets) {
		await tx.reportingTarget.create({
			data: {
				roundId,
				key: target.key,
				position: target.position,
				texts: target.texts,
				goals: {
					create: target.goals.map((goal) => ({
						key: goal.key,
						position: goal.position,
						texts: goal.texts,
						actions: goal.actions,
						addedAt: goal.addedAt,
					})),
				},
			},
		})
	}
}

/**
 * Opens a round with its structure. Only the exchange's administrators open
 * rounds (checked by the caller's permission); the participant named holds
 * its secretariat.
 */
export async function openRound(actor: { id: string } | null, input: RoundInput) {
	return db.$transaction(async (tx) => {
		const round = await tx.reportingRound.create({
			data: {
				kind: input.kind,
				title: input.title,
				periodStart: input.periodStart,
				periodEnd: input.periodEnd,
				dueDate: input.dueDate,
				secretariatCountryCode: input.secretariatCountryCode,
				visibility: input.visibility,
				previousRoundId: input.previousRoundId ?? null,
				isDemo: input.isDemo ?? false,
			},
		})
		if (input.previousRoundId) await copyStructureOf(tx, input.previousRoundId, round.id)
		else await copyFoundingStructure(tx, round.id)
		await recordAudit(tx, {
			userId: actor?.id ?? null,
			action: 'open-round',
			entityType: 'reporting-round',
			entityId: round.id,
			countryCode: input.secretariatCountryCode,
			summary: { title: input.title, kind: input.kind, previous: input.previousRoundId ?? null },
		})
		return round
	})
}

/**
 * Adds a goal agreed at a conference to an open round's structure, under a
 * policy target (a new target when `targetKey` is new, with `targetTexts`).
 */
export async function addGoal(
	actor: { id: string },
	roundId: string,
	input: {
		targetKey: string
		targetTexts?: Record<string, string>
		goalKey: string
		texts: Record<string, string>
		actions?: Record<string, string>[]
		agreedAt: string
	},
) {
	return db.$transaction(async (tx) => {
		const round = await tx.reportingRound.findUniqueOrThrow({ where: { id: roundId } })
		if (round.status !== 'open') throw new Error('round closed')
		let target = await tx.reportingTarget.findUnique({
			where: { roundId_key: { roundId, key: input.targetKey } },
		})
		if (!target) {
			const count = await tx.reportingTarget.count({ where: { roundId } })
			target = await tx.reportingTarget.create({
				data: {
					roundId,
					key: input.targetKey,
					position: count,
					texts: JSON.stringify(input.targetTexts ?? input.texts),
				},
			})
		}
		const goals = await tx.reportingGoal.count({ where: { targetId: target.id } })
		const goal = await tx.reportingGoal.create({
			data: {
				targetId: target.id,
				key: input.goalKey,
				position: goals,
				texts: JSON.stringify(input.texts),
				actions: JSON.stringify(input.actions ?? []),
				addedAt: input.agreedAt,
			},
		})
		await recordAudit(tx, {
			userId: actor.id,
			action: 'add-goal',
			entityType: 'reporting-round',
			entityId: roundId,
			summary: { target: input.targetKey, goal: input.goalKey, agreedAt: input.agreedAt },
		})
		return goal
	})
}

/** A round with its structure in order. */
export async function getRound(roundId: string) {
	if (roundId.length > 64) return null
	return db.reportingRound.findUnique({
		where: { id: roundId },
		include: {
			targets: {
				orderBy: { position: 'asc' },
				include: { goals: { orderBy: { position: 'asc' } } },
			},
		},
	})
}

export type RoundWithStructure = NonNullable<Awaited<ReturnType<typeof getRound>>>

/** The rounds the actor may see, newest first, with whether they act for their secretariat. */
export async function listRounds(actor: ReportingActor | null) {
	const rounds = await db.reportingRound.findMany({
		orderBy: [{ periodEnd: 'desc' }, { openedAt: 'desc' }],
		include: { _count: { select: { reports: true } } },
	})
	return rounds
		.filter((round) => mayReadRound(actor, round) || (actor && isRoundSecretariat(actor, round)))
		.map((round) => ({
			...round,
			isSecretariat: !!actor && isRoundSecretariat(actor, round),
		}))
}
