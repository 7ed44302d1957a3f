import {
	NEW_MEASURE_ID,
	changedFields,
	partKey,
	readStoredFields,
	sameFields,
	type FieldsOf,
	type MeasureFields,
	type PartForm,
} from '#app/domain/report-form.ts'
import {
	carryForward,
	checkReportTransition,
	isReportEditable,
	MAX_MEASURES_PER_GOAL,
	type ReportTransitionProblem,
} from '#app/domain/reporting.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { deliverPendingMailSoon, queueMail } from '#app/mail/mail.server.ts'
import { db } from '#app/utils/db.server.ts'
import { recordAudit } from '../audit.server.ts'
import { summarizeCountryActivity } from './activity.server.ts'

/**
 * Country reports. A report is created the first time its country opens it
 * in a round: one entry per operational goal of the round's structure, and
 * the measures the country announced in its report of the previous round,
 * carried forward under the same goals to say what became of them.
 *
 * Every write goes through `changeReport`: one transaction (which takes the
 * write lock at once, decision 010) that checks the country still holds the
 * report in an open round, runs the change and writes its audit entry.
 *
 * A report is written by several people at once, part by part. Each part
 * (a goal's entry, a measure, the activity narrative) has a revision, raised
 * at every save; a save names the revision its form was loaded at. When the
 * stored revision is newer and the texts differ, nothing is overwritten: the
 * text sent is kept as a ReportConflict, shown to the people writing the
 * report beside the text saved meanwhile, until one of them keeps one, the
 * other, or a merge of both.
 */

type Tx = Prisma.TransactionClient

/** Who writes: a person, or nobody (the demo seed, which replays a history). */
type Writer = { id: string | null }

/**
 * The country's report in the round, created (with its carried measures)
 * if it does not exist yet. Two first openings at once create one report.
 */
export async function ensureReport(actor: Writer | null, roundId: string, countryCode: string) {
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

/** A report's row, without its parts, or null. */
export async function findReport(roundId: string, countryCode: string) {
	if (roundId.length > 64 || !/^[A-Z]{2}$/.test(countryCode)) return null
	return db.countryReport.findUnique({
		where: { roundId_countryCode: { roundId, countryCode } },
	})
}

// ------------------------------------------------------------------ reads

/**
 * Everything the report's pages show: its entries, measures with their
 * evidence, the round its carried measures were announced in, unresolved
 * conflicts, and the names of the people who saved each part last.
 */
export async function getReportContent(reportId: string) {
	const report = await db.countryReport.findUnique({
		where: { id: reportId },
		include: {
			entries: true,
			measures: {
				orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
				include: {
					evidence: true,
					carriedFrom: {
						select: { report: { select: { round: { select: { id: true, title: true } } } } },
					},
				},
			},
			conflicts: { where: { resolvedAt: null }, orderBy: { createdAt: 'asc' } },
		},
	})
	if (!report) return null
	const userIds = new Set<string>()
	for (const e of report.entries) if (e.updatedById) userIds.add(e.updatedById)
	for (const m of report.measures) if (m.updatedById) userIds.add(m.updatedById)
	for (const c of report.conflicts) if (c.userId) userIds.add(c.userId)
	const users = await db.user.findMany({
		where: { id: { in: [...userIds] } },
		select: { id: true, name: true },
	})
	return { report, names: new Map(users.map((u) => [u.id, u.name])) }
}

export type ReportContent = NonNullable<Awaited<ReturnType<typeof getReportContent>>>

/**
 * What the country may point at as evidence: its public campaigns and its
 * published materials, each titled in the reader's language when it can be.
 * Only what readers of the report can open.
 */
export async function listEvidenceOptions(countryCode: string, uiLang: string) {
	const [campaigns, materials] = await Promise.all([
		db.campaign.findMany({
			where: { countryCode, materials: { some: { status: 'published' } } },
			orderBy: [{ startYear: 'desc' }, { id: 'asc' }],
			take: 200,
			select: {
				id: true,
				originalLang: true,
				translations: { select: { lang: true, title: true } },
			},
		}),
		db.material.findMany({
			where: { countryCode, status: 'published' },
			orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
			take: 300,
			select: {
				id: true,
				originalLang: true,
				versions: { select: { lang: true, title: true } },
			},
		}),
	])
	return {
		campaigns: campaigns.map((c) => titled(c.id, c.translations, c.originalLang, uiLang)),
		materials: materials.map((m) => titled(m.id, m.versions, m.originalLang, uiLang)),
	}
}

/** A campaign's or material's title in the reader's language, else its original one. */
function titled(
	id: string,
	texts: readonly { lang: string; title: string }[],
	originalLang: string,
	uiLang: string,
) {
	const shown =
		texts.find((t) => t.lang === uiLang) ?? texts.find((t) => t.lang === originalLang) ?? texts[0]
	return { id, title: shown?.title ?? '', lang: shown?.lang ?? originalLang }
}

/**
 * Titles of the campaigns and materials a report points at, and whether
 * they are public now (a material withdrawn since is named, not linked).
 */
export async function describeEvidence(
	ids: { campaigns: string[]; materials: string[] },
	uiLang: string,
) {
	const [campaigns, materials] = await Promise.all([
		db.campaign.findMany({
			where: { id: { in: ids.campaigns } },
			select: {
				id: true,
				originalLang: true,
				translations: { select: { lang: true, title: true } },
				_count: { select: { materials: { where: { status: 'published' } } } },
			},
		}),
		db.material.findMany({
			where: { id: { in: ids.materials } },
			select: {
				id: true,
				status: true,
				originalLang: true,
				versions: { select: { lang: true, title: true } },
			},
		}),
	])
	const found = new Map<string, { title: string; lang: string; isPublic: boolean }>()
	for (const c of campaigns)
		found.set(`campaign:${c.id}`, {
			...titled(c.id, c.translations, c.originalLang, uiLang),
			isPublic: c._count.materials > 0,
		})
	for (const m of materials)
		found.set(`material:${m.id}`, {
			...titled(m.id, m.versions, m.originalLang, uiLang),
			isPublic: m.status === 'published',
		})
	return found
}

/** The workflow's steps on a report, oldest first, from the audit log. */
export async function listReportHistory(reportId: string) {
	const entries = await db.auditEntry.findMany({
		where: {
			entityType: 'country-report',
			entityId: reportId,
			action: { in: ['submit-report', 'return-report', 'accept-report'] },
		},
		orderBy: { id: 'asc' },
		take: 100,
	})
	const userIds = [...new Set(entries.map((e) => e.userId).filter((id): id is string => !!id))]
	const users = await db.user.findMany({
		where: { id: { in: userIds } },
		select: { id: true, name: true },
	})
	const names = new Map(users.map((u) => [u.id, u.name]))
	return entries.map((e) => {
		let comment = ''
		try {
			const summary = JSON.parse(e.summary) as { comment?: unknown }
			if (typeof summary.comment === 'string') comment = summary.comment
		} catch {
			// An entry cut for length keeps no comment.
		}
		return {
			id: e.id,
			action: e.action.replace(/-report$/, ''),
			by: e.userId ? (names.get(e.userId) ?? '') : '',
			at: e.at.toISOString(),
			comment,
		}
	})
}

/** The reports of the given countries in open rounds, for their people's workspace. */
export async function listOpenRoundsFor(countryCodes: string[]) {
	if (countryCodes.length === 0) return []
	const rounds = await db.reportingRound.findMany({
		where: { status: 'open' },
		orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
		take: 20,
		select: {
			id: true,
			title: true,
			dueDate: true,
			reports: {
				where: { countryCode: { in: countryCodes } },
				select: { countryCode: true, status: true },
			},
		},
	})
	return rounds.flatMap((round) =>
		countryCodes.map((countryCode) => ({
			roundId: round.id,
			title: round.title,
			dueDate: round.dueDate.toISOString(),
			countryCode,
			status: round.reports.find((r) => r.countryCode === countryCode)?.status ?? null,
		})),
	)
}

// ----------------------------------------------------------------- writes

export type SaveProblem =
	'not-found' | 'not-editable' | 'invalid-evidence' | 'too-many-measures' | 'changed-meanwhile'

export type SaveOutcome =
	| { ok: true; changed: boolean; measureId?: string }
	| { ok: false; problem: SaveProblem }
	| { ok: false; problem: 'conflict'; conflictId: string }

interface Step {
	outcome: SaveOutcome
	audit?: { action: string; summary: Record<string, unknown> }
}

type EditableReport = { id: string; countryCode: string; roundId: string }

/**
 * The unit of work of a report's content: opens the transaction, checks
 * that its country holds the report (draft or returned) in an open round,
 * runs the change, and writes the audit entry the change describes. A
 * refused change writes nothing.
 */
async function changeReport(
	actor: Writer,
	reportId: string,
	run: (tx: Tx, report: EditableReport) => Promise<Step>,
): Promise<SaveOutcome> {
	return db.$transaction(async (tx) => {
		const report = await tx.countryReport.findUnique({
			where: { id: reportId },
			select: {
				id: true,
				countryCode: true,
				roundId: true,
				status: true,
				round: { select: { status: true } },
			},
		})
		if (!report) return { ok: false, problem: 'not-found' } as const
		if (!isReportEditable(report.status) || report.round.status !== 'open')
			return { ok: false, problem: 'not-editable' } as const
		const { outcome, audit } = await run(tx, report)
		if (audit) {
			await recordAudit(tx, {
				userId: actor.id,
				action: audit.action,
				entityType: 'country-report',
				entityId: report.id,
				countryCode: report.countryCode,
				summary: audit.summary,
			})
			// The report's own row says when it last changed (the round's dashboard shows it).
			await tx.countryReport.update({ where: { id: report.id }, data: { updatedAt: new Date() } })
		}
		return outcome
	})
}

interface SaveInput<P extends PartForm> {
	fields: FieldsOf[P]
	/** The revision the form was loaded at. */
	revision: number
	/** The conflict this save settles (a merge, or "keep mine"). */
	resolves?: string | null
}

/** Marks a conflict of this part resolved; anything else named is ignored. */
async function settleConflict(
	tx: Tx,
	report: EditableReport,
	part: string,
	conflictId: string | null | undefined,
) {
	if (!conflictId) return false
	const { count } = await tx.reportConflict.updateMany({
		where: { id: conflictId, reportId: report.id, part, resolvedAt: null },
		data: { resolvedAt: new Date() },
	})
	return count === 1
}

/**
 * Keeps a save that came too late: nothing is overwritten, the text sent is
 * stored for the people writing the report to compare and settle. A merge
 * that itself came too late replaces the conflict it was settling.
 */
async function keepConflict<P extends PartForm>(
	tx: Tx,
	actor: Writer,
	report: EditableReport,
	form: P,
	id: string | undefined,
	input: SaveInput<P>,
	extra: Record<string, unknown> = {},
): Promise<Step> {
	const part = partKey(form, id)
	await settleConflict(tx, report, part, input.resolves)
	const conflict = await tx.reportConflict.create({
		data: {
			reportId: report.id,
			part,
			theirs: JSON.stringify({ form, ...input.fields, baseRevision: input.revision, ...extra }),
			userId: actor.id,
		},
	})
	return {
		outcome: { ok: false, problem: 'conflict', conflictId: conflict.id },
		audit: {
			action: 'report-conflict',
			summary: { part, conflict: conflict.id, baseRevision: input.revision },
		},
	}
}

const goalFieldsOf = (e: { assessment: string; assessmentText: string; followUp: string }) => ({
	assessment: e.assessment,
	assessmentText: e.assessmentText,
	followUp: e.followUp,
})

async function applyGoal(
	tx: Tx,
	actor: Writer,
	report: EditableReport,
	goalId: string,
	input: SaveInput<'goal'>,
): Promise<Step> {
	const entry = await tx.reportGoalEntry.findUnique({
		where: { reportId_goalId: { reportId: report.id, goalId } },
		include: { goal: { select: { key: true } } },
	})
	if (!entry) return { outcome: { ok: false, problem: 'not-found' } }
	const part = partKey('goal', goalId)
	const current = goalFieldsOf(entry)
	if (sameFields('goal', current, input.fields)) {
		await settleConflict(tx, report, part, input.resolves)
		return { outcome: { ok: true, changed: false } }
	}
	if (entry.revision !== input.revision)
		return keepConflict(tx, actor, report, 'goal', goalId, input)
	await tx.reportGoalEntry.update({
		where: { id: entry.id },
		data: { ...input.fields, revision: entry.revision + 1, updatedById: actor.id },
	})
	const settled = await settleConflict(tx, report, part, input.resolves)
	return {
		outcome: { ok: true, changed: true },
		audit: {
			action: 'save-report-goal',
			summary: {
				goal: entry.goal.key,
				fields: changedFields('goal', current, input.fields),
				revision: entry.revision + 1,
				...(settled ? { resolved: input.resolves } : {}),
			},
		},
	}
}

/** A goal's assessment and follow-up. */
export function saveGoalEntry(
	actor: Writer,
	reportId: string,
	goalId: string,
	input: SaveInput<'goal'>,
) {
	return changeReport(actor, reportId, (tx, report) => applyGoal(tx, actor, report, goalId, input))
}

/**
 * Evidence must be the report's country's own, and something readers can
 * open: its public campaigns, its published materials.
 */
async function checkEvidence(tx: Tx, countryCode: string, fields: MeasureFields) {
	const [campaigns, materials] = await Promise.all([
		fields.campaigns.length
			? tx.campaign.count({
					where: {
						id: { in: fields.campaigns },
						countryCode,
						materials: { some: { status: 'published' } },
					},
				})
			: 0,
		fields.materials.length
			? tx.material.count({
					where: { id: { in: fields.materials }, countryCode, status: 'published' },
				})
			: 0,
	])
	return campaigns === fields.campaigns.length && materials === fields.materials.length
}

const evidenceRows = (fields: MeasureFields) => [
	...fields.campaigns.map((campaignId) => ({ campaignId })),
	...fields.materials.map((materialId) => ({ materialId })),
]

async function createMeasure(
	tx: Tx,
	actor: Writer,
	report: EditableReport,
	input: { id?: string; goalId: string; kind: 'in-place' | 'announced'; fields: MeasureFields },
): Promise<Step> {
	const goal = await tx.reportingGoal.findFirst({
		where: { id: input.goalId, target: { roundId: report.roundId } },
		select: { id: true, key: true },
	})
	if (!goal) return { outcome: { ok: false, problem: 'not-found' } }
	const existing = await tx.reportMeasure.count({
		where: { reportId: report.id, goalId: goal.id, kind: input.kind },
	})
	if (existing >= MAX_MEASURES_PER_GOAL)
		return { outcome: { ok: false, problem: 'too-many-measures' } }
	if (!(await checkEvidence(tx, report.countryCode, input.fields)))
		return { outcome: { ok: false, problem: 'invalid-evidence' } }
	const last = await tx.reportMeasure.findFirst({
		where: { reportId: report.id, goalId: goal.id, kind: input.kind },
		orderBy: { position: 'desc' },
		select: { position: true },
	})
	const { campaigns: _c, materials: _m, ...text } = input.fields
	const measure = await tx.reportMeasure.create({
		data: {
			id: input.id,
			reportId: report.id,
			goalId: goal.id,
			kind: input.kind,
			...text,
			position: (last?.position ?? -1) + 1,
			updatedById: actor.id,
			evidence: { create: evidenceRows(input.fields) },
		},
	})
	return {
		outcome: { ok: true, changed: true, measureId: measure.id },
		audit: {
			action: 'add-report-measure',
			summary: { goal: goal.key, kind: input.kind, measure: measure.id, title: text.title },
		},
	}
}

/**
 * Adds a measure in place or announced under a goal. The form carries the
 * new measure's id: posted twice, it adds one measure.
 */
export function addMeasure(
	actor: Writer,
	reportId: string,
	input: { id: string; goalId: string; kind: 'in-place' | 'announced'; fields: MeasureFields },
) {
	return changeReport(actor, reportId, async (tx, report) => {
		if (!NEW_MEASURE_ID.test(input.id)) return { outcome: { ok: false, problem: 'not-found' } }
		const again = await tx.reportMeasure.findUnique({
			where: { id: input.id },
			select: { reportId: true },
		})
		if (again)
			return {
				outcome:
					again.reportId === report.id
						? { ok: true, changed: false, measureId: input.id }
						: { ok: false, problem: 'not-found' },
			}
		return createMeasure(tx, actor, report, input)
	})
}

const measureFieldsOf = (m: {
	title: string
	lang: string
	description: string
	evidence: { campaignId: string | null; materialId: string | null }[]
}): MeasureFields => ({
	title: m.title,
	lang: m.lang,
	description: m.description,
	campaigns: m.evidence.flatMap((e) => (e.campaignId ? [e.campaignId] : [])),
	materials: m.evidence.flatMap((e) => (e.materialId ? [e.materialId] : [])),
})

async function applyMeasure(
	tx: Tx,
	actor: Writer,
	report: EditableReport,
	measureId: string,
	input: SaveInput<'measure'> & { kind?: string; goalId?: string },
): Promise<Step> {
	const measure = await tx.reportMeasure.findFirst({
		where: { id: measureId, reportId: report.id },
		include: { evidence: true },
	})
	if (measure && measure.kind === 'carried') return { outcome: { ok: false, problem: 'not-found' } }
	if (!(await checkEvidence(tx, report.countryCode, input.fields)))
		return { outcome: { ok: false, problem: 'invalid-evidence' } }
	if (!measure) {
		// Removed by someone else meanwhile: the text sent is kept all the same.
		if (input.kind !== 'in-place' && input.kind !== 'announced')
			return { outcome: { ok: false, problem: 'not-found' } }
		return keepConflict(tx, actor, report, 'measure', measureId, input, {
			kind: input.kind,
			goalId: input.goalId,
			removed: true,
		})
	}
	const part = partKey('measure', measureId)
	const current = measureFieldsOf(measure)
	if (sameFields('measure', current, input.fields)) {
		await settleConflict(tx, report, part, input.resolves)
		return { outcome: { ok: true, changed: false, measureId } }
	}
	if (measure.revision !== input.revision)
		return keepConflict(tx, actor, report, 'measure', measureId, input, {
			kind: measure.kind,
			goalId: measure.goalId,
		})
	const { campaigns: _c, materials: _m, ...text } = input.fields
	await tx.reportMeasure.update({
		where: { id: measure.id },
		data: { ...text, revision: measure.revision + 1, updatedById: actor.id },
	})
	await tx.reportEvidence.deleteMany({ where: { measureId: measure.id } })
	await tx.reportEvidence.createMany({
		data: evidenceRows(input.fields).map((row) => ({ ...row, measureId: measure.id })),
	})
	const settled = await settleConflict(tx, report, part, input.resolves)
	return {
		outcome: { ok: true, changed: true, measureId },
		audit: {
			action: 'save-report-measure',
			summary: {
				measure: measure.id,
				fields: changedFields('measure', current, input.fields),
				revision: measure.revision + 1,
				...(settled ? { resolved: input.resolves } : {}),
			},
		},
	}
}

/**
 * A measure in place or announced: its title, language, description and
 * evidence. `kind` and `goalId` say where it was, should it have been
 * removed meanwhile.
 */
export function saveMeasure(
	actor: Writer,
	reportId: string,
	measureId: string,
	input: SaveInput<'measure'> & { kind?: string; goalId?: string },
) {
	return changeReport(actor, reportId, (tx, report) =>
		applyMeasure(tx, actor, report, measureId, input),
	)
}

/**
 * Removes a measure in place or announced, as loaded at `revision`: one
 * changed by someone else since is not removed (its new text has not been
 * seen by the person removing it).
 */
export function removeMeasure(
	actor: Writer,
	reportId: string,
	measureId: string,
	revision: number,
) {
	return changeReport(actor, reportId, async (tx, report) => {
		const measure = await tx.reportMeasure.findFirst({
			where: { id: measureId, reportId: report.id },
			include: { goal: { select: { key: true } } },
		})
		if (!measure) return { outcome: { ok: true, changed: false } }
		if (measure.kind === 'carried') return { outcome: { ok: false, problem: 'not-found' } }
		if (measure.revision !== revision)
			return { outcome: { ok: false, problem: 'changed-meanwhile' } }
		await tx.reportMeasure.delete({ where: { id: measure.id } })
		// Its conflicts are moot: nobody can keep a text for a measure that is gone.
		await tx.reportConflict.updateMany({
			where: { reportId: report.id, part: partKey('measure', measure.id), resolvedAt: null },
			data: { resolvedAt: new Date() },
		})
		return {
			outcome: { ok: true, changed: true },
			audit: {
				action: 'remove-report-measure',
				// The text goes with it; the audit log keeps what it said.
				summary: {
					goal: measure.goal.key,
					kind: measure.kind,
					measure: measure.id,
					title: measure.title,
					lang: measure.lang,
					description: measure.description,
				},
			},
		}
	})
}

async function applyCarried(
	tx: Tx,
	actor: Writer,
	report: EditableReport,
	measureId: string,
	input: SaveInput<'carried'>,
): Promise<Step> {
	const measure = await tx.reportMeasure.findFirst({
		where: { id: measureId, reportId: report.id, kind: 'carried' },
	})
	if (!measure) return { outcome: { ok: false, problem: 'not-found' } }
	const part = partKey('carried', measureId)
	const current = { state: measure.state, stateComment: measure.stateComment }
	if (sameFields('carried', current, input.fields)) {
		await settleConflict(tx, report, part, input.resolves)
		return { outcome: { ok: true, changed: false, measureId } }
	}
	if (measure.revision !== input.revision)
		return keepConflict(tx, actor, report, 'carried', measureId, input)
	await tx.reportMeasure.update({
		where: { id: measure.id },
		data: { ...input.fields, revision: measure.revision + 1, updatedById: actor.id },
	})
	const settled = await settleConflict(tx, report, part, input.resolves)
	return {
		outcome: { ok: true, changed: true, measureId },
		audit: {
			action: 'save-report-measure-state',
			summary: {
				measure: measure.id,
				state: input.fields.state,
				fields: changedFields('carried', current, input.fields),
				revision: measure.revision + 1,
				...(settled ? { resolved: input.resolves } : {}),
			},
		},
	}
}

/** What became of a measure announced in the previous round: its state and a comment. */
export function saveCarriedState(
	actor: Writer,
	reportId: string,
	measureId: string,
	input: SaveInput<'carried'>,
) {
	return changeReport(actor, reportId, (tx, report) =>
		applyCarried(tx, actor, report, measureId, input),
	)
}

async function applyActivity(
	tx: Tx,
	actor: Writer,
	report: EditableReport,
	input: SaveInput<'activity'>,
): Promise<Step> {
	const row = await tx.countryReport.findUniqueOrThrow({
		where: { id: report.id },
		select: { activityNarrative: true, activityRevision: true },
	})
	const part = partKey('activity')
	const current = { narrative: row.activityNarrative }
	if (sameFields('activity', current, input.fields)) {
		await settleConflict(tx, report, part, input.resolves)
		return { outcome: { ok: true, changed: false } }
	}
	if (row.activityRevision !== input.revision)
		return keepConflict(tx, actor, report, 'activity', undefined, input)
	await tx.countryReport.update({
		where: { id: report.id },
		data: { activityNarrative: input.fields.narrative, activityRevision: row.activityRevision + 1 },
	})
	const settled = await settleConflict(tx, report, part, input.resolves)
	return {
		outcome: { ok: true, changed: true },
		audit: {
			action: 'save-report-activity',
			summary: {
				revision: row.activityRevision + 1,
				...(settled ? { resolved: input.resolves } : {}),
			},
		},
	}
}

/** The narrative the country writes around its activity figures (policy target 3). */
export function saveActivityNarrative(
	actor: Writer,
	reportId: string,
	input: SaveInput<'activity'>,
) {
	return changeReport(actor, reportId, (tx, report) => applyActivity(tx, actor, report, input))
}

/** A conflict's stored text and where it belongs, read back. */
export function readConflict(conflict: { part: string; theirs: string }) {
	let stored: Record<string, unknown>
	try {
		stored = JSON.parse(conflict.theirs) as Record<string, unknown>
	} catch {
		return null
	}
	const form = stored.form
	if (form !== 'goal' && form !== 'measure' && form !== 'carried' && form !== 'activity')
		return null
	const fields = readStoredFields(form, stored)
	if (!fields) return null
	const [, id] = conflict.part.split(':')
	return {
		form,
		id,
		fields,
		kind: typeof stored.kind === 'string' ? stored.kind : null,
		goalId: typeof stored.goalId === 'string' ? stored.goalId : null,
		removed: stored.removed === true,
	} as { form: PartForm; id?: string; fields: FieldsOf[PartForm] } & {
		kind: string | null
		goalId: string | null
		removed: boolean
	}
}

/**
 * Settles a conflict. "theirs" keeps the text saved now and discards the
 * one kept aside. "mine" saves the kept text over the current one,
 * explicitly: `revision` is the current version's, as shown beside it, so
 * a version saved after that is not overwritten either (a new conflict is
 * kept instead). A measure removed meanwhile comes back as a new measure.
 */
export function resolveConflict(
	actor: Writer,
	reportId: string,
	conflictId: string,
	how: 'mine' | 'theirs',
	revision: number | null,
) {
	return changeReport(actor, reportId, async (tx, report) => {
		const conflict = await tx.reportConflict.findFirst({
			where: { id: conflictId, reportId: report.id, resolvedAt: null },
		})
		if (!conflict) return { outcome: { ok: true, changed: false } }
		const stored = readConflict(conflict)
		if (how === 'theirs' || !stored) {
			await settleConflict(tx, report, conflict.part, conflict.id)
			return {
				outcome: { ok: true, changed: true },
				audit: {
					action: 'resolve-report-conflict',
					summary: { part: conflict.part, conflict: conflict.id, kept: 'saved-now' },
				},
			}
		}
		if (revision === null && !stored.removed)
			return { outcome: { ok: false, problem: 'changed-meanwhile' } }
		const input = { fields: stored.fields, revision: revision ?? 0, resolves: conflict.id }
		let step: Step
		if (stored.form === 'goal')
			step = await applyGoal(tx, actor, report, stored.id!, input as SaveInput<'goal'>)
		else if (stored.form === 'carried')
			step = await applyCarried(tx, actor, report, stored.id!, input as SaveInput<'carried'>)
		else if (stored.form === 'activity')
			step = await applyActivity(tx, actor, report, input as SaveInput<'activity'>)
		else {
			const gone = !(await tx.reportMeasure.count({
				where: { id: stored.id!, reportId: report.id },
			}))
			if (gone && (stored.kind === 'in-place' || stored.kind === 'announced') && stored.goalId) {
				await settleConflict(tx, report, conflict.part, conflict.id)
				step = await createMeasure(tx, actor, report, {
					goalId: stored.goalId,
					kind: stored.kind,
					fields: stored.fields as MeasureFields,
				})
			} else
				step = await applyMeasure(tx, actor, report, stored.id!, {
					...(input as SaveInput<'measure'>),
				})
		}
		if (!step.outcome.ok) return step
		return {
			outcome: step.outcome,
			audit: {
				action: 'resolve-report-conflict',
				summary: {
					part: conflict.part,
					conflict: conflict.id,
					kept: 'set-aside',
					...(step.audit?.summary ?? {}),
				},
			},
		}
	})
}

// --------------------------------------------------------------- workflow

export type TransitionOutcome =
	| { ok: true; status: string }
	| {
			ok: false
			problem: ReportTransitionProblem | 'changed-meanwhile' | 'unresolved-conflicts' | 'not-found'
	  }

const WORKFLOW_MAIL = { return: 'report-returned', accept: 'report-accepted' } as const

/**
 * Moves a report along its workflow (the caller has checked who may:
 * reportPermissions 'submit' or 'decide'). Submitting freezes the activity
 * figures as the data says then, so what the secretariat accepts never
 * changes; a report with texts still waiting in a conflict is not
 * submitted, since they would be lost to it. Returning and accepting tell
 * the country's coordinators, in the inbox and by mail. Compare-and-set on
 * the status: a double post or two secretariat members at once make one
 * step, and the second is told.
 */
export async function transitionReport(
	actor: Writer,
	reportId: string,
	action: string,
	comment: string,
	options: { origin: string; now?: Date; quiet?: boolean },
): Promise<TransitionOutcome> {
	const now = options.now ?? new Date()
	const outcome = await db.$transaction(async (tx): Promise<TransitionOutcome> => {
		const report = await tx.countryReport.findUnique({
			where: { id: reportId },
			include: { round: true },
		})
		if (!report) return { ok: false, problem: 'not-found' }
		const trimmed = comment.trim()
		const check = checkReportTransition({
			status: report.status,
			action,
			comment: trimmed,
			roundStatus: report.round.status,
		})
		if (!check.ok) return check
		let data: Prisma.CountryReportUpdateManyMutationInput
		if (action === 'submit') {
			const waiting = await tx.reportConflict.count({
				where: { reportId: report.id, resolvedAt: null },
			})
			if (waiting) return { ok: false, problem: 'unresolved-conflicts' }
			const figures = await summarizeCountryActivity(
				report.countryCode,
				{ start: report.round.periodStart, end: report.round.periodEnd },
				tx,
			)
			data = { status: check.to, submittedAt: now, activity: JSON.stringify(figures) }
		} else if (action === 'return') {
			data = { status: check.to, returnComment: trimmed }
		} else {
			data = { status: check.to, acceptedAt: now }
		}
		const { count } = await tx.countryReport.updateMany({
			where: { id: report.id, status: report.status },
			data,
		})
		if (count !== 1) return { ok: false, problem: 'changed-meanwhile' }
		await recordAudit(tx, {
			userId: actor.id,
			action: `${action}-report`,
			entityType: 'country-report',
			entityId: report.id,
			countryCode: report.countryCode,
			summary: {
				roundId: report.roundId,
				from: report.status,
				to: check.to,
				...(trimmed ? { comment: trimmed } : {}),
			},
		})
		// The demo seed replays past rounds: nobody is told of them again.
		if ((action === 'return' || action === 'accept') && !options.quiet) {
			const kind = WORKFLOW_MAIL[action]
			const coordinators = await tx.user.findMany({
				where: {
					disabledAt: null,
					memberships: { some: { countryCode: report.countryCode, role: 'coordinator' } },
				},
				select: { id: true, email: true, uiLang: true },
			})
			for (const person of coordinators) {
				await tx.inboxMessage.create({
					data: { userId: person.id, kind, reportId: report.id, body: trimmed, createdAt: now },
				})
				await queueMail(tx, {
					to: person.email,
					kind,
					lang: person.uiLang,
					vars: {
						round: report.round.title,
						country: report.countryCode,
						comment: trimmed,
						link: `${options.origin}/${person.uiLang}/reports/${report.roundId}/${report.countryCode}`,
					},
				})
			}
		}
		return { ok: true, status: check.to }
	})
	if (outcome.ok) deliverPendingMailSoon()
	return outcome
}
