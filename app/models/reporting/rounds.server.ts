import {
	type ReportingActor,
	isLate,
	isRoundSecretariat,
	mayReadRound,
} from '#app/domain/reporting.ts'
import { isUiLanguage } from '#app/domain/languages.ts'
import { dashboardStatus, REMINDER_INTERVAL_MS } from '#app/domain/round-dashboard.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { queueMail } from '#app/mail/mail.server.ts'
import { cached, invalidateCache } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { FOUNDING_STRUCTURE } from '#app/domain/founding-structure.ts'
import { recordAudit } from '../audit.server.ts'
import { assembleFigures } from './joint-report.server.ts'

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
	const opened = await db.$transaction(async (tx) => {
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
	// After the commit, so a reader between the two cannot keep the old answer.
	invalidateCache('reporting:')
	return opened
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

/**
 * Whether any round is public, so the navigation offers "Reports" to
 * readers who are not signed in. Asked on every page: cached, and
 * forgotten when a round is opened.
 */
export function hasPublicRounds() {
	return cached(
		'reporting:public-rounds',
		60_000,
		async () =>
			!!(await db.reportingRound.findFirst({
				where: { visibility: 'public' },
				select: { id: true },
			})),
	)
}

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

/** Rounds a new round may follow: those no round follows yet, newest first. */
export async function listRoundsToFollow() {
	return db.reportingRound.findMany({
		where: { nextRound: { is: null } },
		orderBy: [{ periodEnd: 'desc' }, { openedAt: 'desc' }],
		select: { id: true, title: true, status: true },
	})
}

export type CloseProblem = 'not-found' | 'already-closed'

/**
 * Closes a round: it is archived with its reports as they are (nothing in
 * it changes any more) and its joint report is published, with the figures
 * assembled from the accepted reports frozen as they are now. The next
 * round starts from it (openRound with previousRoundId).
 */
export async function closeRound(
	actor: { id: string },
	roundId: string,
	now = new Date(),
): Promise<{ ok: true } | { ok: false; problem: CloseProblem }> {
	return db.$transaction(async (tx) => {
		const round = await tx.reportingRound.findUnique({ where: { id: roundId } })
		if (!round) return { ok: false, problem: 'not-found' }
		if (round.status !== 'open') return { ok: false, problem: 'already-closed' }
		const joint = await tx.jointReport.findUnique({ where: { roundId } })
		const bestPractices = (() => {
			try {
				const ids = JSON.parse(joint?.bestPractices ?? '[]') as unknown
				return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
			} catch {
				return []
			}
		})()
		const figures = JSON.stringify(await assembleFigures(tx, round, bestPractices))
		await tx.jointReport.upsert({
			where: { roundId },
			create: { roundId, figures, publishedAt: now },
			update: { figures, publishedAt: now, revision: { increment: 1 } },
		})
		await tx.reportingRound.update({
			where: { id: roundId },
			data: { status: 'closed', closedAt: now },
		})
		await recordAudit(tx, {
			userId: actor.id,
			action: 'close-round',
			entityType: 'reporting-round',
			entityId: roundId,
			countryCode: round.secretariatCountryCode,
			summary: { title: round.title },
		})
		return { ok: true }
	})
}

/**
 * The keys a goal agreed at a conference gets: the next goal of an
 * existing target ("t3-g3"), or the first goal of a new target ("t5-g1").
 */
export function nextStructureKeys(
	targets: readonly { key: string; goals: readonly { key: string }[] }[],
	targetKey: string | null,
) {
	const number = (key: string, pattern: RegExp) => Number(pattern.exec(key)?.[1] ?? 0)
	const target = targetKey ? targets.find((t) => t.key === targetKey) : undefined
	if (target) {
		const last = Math.max(0, ...target.goals.map((g) => number(g.key, /-g(\d+)$/)))
		return { targetKey: target.key, goalKey: `${target.key}-g${last + 1}`, isNew: false }
	}
	const last = Math.max(0, ...targets.map((t) => number(t.key, /^t(\d+)$/)))
	return { targetKey: `t${last + 1}`, goalKey: `t${last + 1}-g1`, isNew: true }
}

// ------------------------------------------------------------- dashboard

/**
 * Every Alliance country with its report's status in the round, whether it
 * is late, and when it was last reminded: the secretariat's dashboard.
 */
export async function getRoundDashboard(
	round: { id: string; dueDate: Date; status: string },
	now = new Date(),
) {
	const [countries, reports, reminders, coordinators] = await Promise.all([
		db.country.findMany({
			where: { allianceSince: { not: null } },
			select: { code: true, allianceSince: true },
			orderBy: { code: 'asc' },
		}),
		db.countryReport.findMany({
			where: { roundId: round.id },
			select: { countryCode: true, status: true, updatedAt: true, submittedAt: true },
		}),
		db.auditEntry.groupBy({
			by: ['countryCode'],
			where: { action: 'remind-report', entityType: 'reporting-round', entityId: round.id },
			_max: { at: true },
		}),
		db.membership.groupBy({
			by: ['countryCode'],
			where: { role: 'coordinator', user: { disabledAt: null } },
			_count: true,
		}),
	])
	const reportOf = new Map(reports.map((r) => [r.countryCode, r]))
	const remindedAt = new Map(reminders.map((r) => [r.countryCode, r._max.at]))
	const coordinatorCount = new Map(coordinators.map((c) => [c.countryCode, c._count]))
	return countries.map((country) => {
		const report = reportOf.get(country.code) ?? null
		const status = dashboardStatus(report)
		const lastReminder = remindedAt.get(country.code) ?? null
		return {
			countryCode: country.code,
			allianceSince: country.allianceSince!,
			status,
			late: isLate(report, round, now),
			updatedAt: report?.updatedAt ?? null,
			submittedAt: report?.submittedAt ?? null,
			lastReminder,
			mayRemind:
				round.status === 'open' &&
				(coordinatorCount.get(country.code) ?? 0) > 0 &&
				(!lastReminder || now.getTime() - lastReminder.getTime() >= REMINDER_INTERVAL_MS),
		}
	})
}

export interface ReminderOutcome {
	sent: { countryCode: string; recipients: number }[]
	/** Reminded less than a day ago: not again. */
	tooSoon: string[]
	/** No coordinator to write to. */
	noCoordinator: string[]
	/** Nothing to remind: the report reached the secretariat. */
	notNeeded: string[]
}

/**
 * Reminds the coordinators of the chosen countries that their report is
 * expected, through the mail outbox, in each one's language; one audit
 * entry per country. A country reminded in the last 24 hours is skipped,
 * and so is one whose report is already with the secretariat. The check
 * and the writes share one transaction, so two secretariat members
 * clicking at once remind a country once.
 */
export async function sendReminders(
	actor: ReportingActor,
	roundId: string,
	countryCodes: readonly string[],
	now = new Date(),
): Promise<
	| { ok: true; outcome: ReminderOutcome }
	| { ok: false; problem: 'not-secretariat' | 'round-closed' }
> {
	const wanted = [...new Set(countryCodes.filter((code) => /^[A-Z]{2}$/.test(code)))].sort()
	const outcome: ReminderOutcome = { sent: [], tooSoon: [], noCoordinator: [], notNeeded: [] }
	const result = await db.$transaction(async (tx) => {
		const round = await tx.reportingRound.findUnique({ where: { id: roundId } })
		if (!round || !isRoundSecretariat(actor, round))
			return { ok: false as const, problem: 'not-secretariat' as const }
		if (round.status !== 'open') return { ok: false as const, problem: 'round-closed' as const }
		const [alliance, reports, recent, coordinators] = await Promise.all([
			tx.country.findMany({
				where: { code: { in: wanted }, allianceSince: { not: null } },
				select: { code: true },
			}),
			tx.countryReport.findMany({
				where: { roundId, countryCode: { in: wanted } },
				select: { countryCode: true, status: true },
			}),
			tx.auditEntry.findMany({
				where: {
					action: 'remind-report',
					entityType: 'reporting-round',
					entityId: roundId,
					countryCode: { in: wanted },
					at: { gt: new Date(now.getTime() - REMINDER_INTERVAL_MS) },
				},
				select: { countryCode: true },
			}),
			tx.membership.findMany({
				where: { role: 'coordinator', countryCode: { in: wanted }, user: { disabledAt: null } },
				select: { countryCode: true, user: { select: { email: true, uiLang: true } } },
				orderBy: { createdAt: 'asc' },
			}),
		])
		const members = new Set(alliance.map((c) => c.code))
		const statusOf = new Map(reports.map((r) => [r.countryCode, r.status]))
		const reminded = new Set(recent.map((r) => r.countryCode))
		for (const code of wanted.filter((c) => members.has(c))) {
			const status = statusOf.get(code)
			if (status === 'submitted' || status === 'accepted') {
				outcome.notNeeded.push(code)
				continue
			}
			if (reminded.has(code)) {
				outcome.tooSoon.push(code)
				continue
			}
			const recipients = coordinators.filter((c) => c.countryCode === code)
			if (!recipients.length) {
				outcome.noCoordinator.push(code)
				continue
			}
			for (const { user } of recipients) {
				const lang = isUiLanguage(user.uiLang) ? user.uiLang : 'en'
				await queueMail(tx, {
					to: user.email,
					kind: 'report-reminder',
					lang,
					vars: {
						round: round.title,
						due: round.dueDate.toISOString().slice(0, 10),
						country: code,
						link: `${appOrigin()}/${lang}/reports/${round.id}/${code}`,
					},
				})
			}
			await recordAudit(tx, {
				userId: actor.id,
				action: 'remind-report',
				entityType: 'reporting-round',
				entityId: roundId,
				countryCode: code,
				summary: { recipients: recipients.length, status: status ?? 'not-started' },
			})
			outcome.sent.push({ countryCode: code, recipients: recipients.length })
		}
		return { ok: true as const }
	})
	return result.ok ? { ok: true, outcome } : result
}

export type OpenRoundProblem = 'not-alliance' | 'unknown-previous' | 'previous-followed'

/**
 * Opens a round from the administrators' form, after checking what the
 * form alone cannot: the secretariat is an Alliance participant, and the
 * round it follows exists and is not followed already (rounds form one line).
 */
export async function openRoundChecked(
	actor: { id: string },
	input: RoundInput,
): Promise<
	| { ok: true; round: { id: string } }
	| { ok: false; field: 'secretariatCountryCode' | 'previousRoundId'; problem: OpenRoundProblem }
> {
	const country = await db.country.findUnique({ where: { code: input.secretariatCountryCode } })
	if (!country?.allianceSince)
		return { ok: false, field: 'secretariatCountryCode', problem: 'not-alliance' }
	if (input.previousRoundId) {
		const previous = await db.reportingRound.findUnique({
			where: { id: input.previousRoundId },
			include: { nextRound: { select: { id: true } } },
		})
		if (!previous) return { ok: false, field: 'previousRoundId', problem: 'unknown-previous' }
		if (previous.nextRound)
			return { ok: false, field: 'previousRoundId', problem: 'previous-followed' }
	}
	try {
		return { ok: true, round: await openRound(actor, input) }
	} catch (error) {
		// Two administrators opening a follower of the same round at once.
		if ((error as { code?: string }).code === 'P2002')
			return { ok: false, field: 'previousRoundId', problem: 'previous-followed' }
		throw error
	}
}
