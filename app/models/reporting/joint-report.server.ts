import {
	assembleJointReport,
	MAX_BEST_PRACTICES,
	MAX_NARRATIVE,
	parseNarratives,
	saveNarrative,
	type JointCampaignRow,
	type JointFigures,
} from '#app/domain/joint-report.ts'
import { isRoundSecretariat, type ReportingActor } from '#app/domain/reporting.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { db } from '#app/utils/db.server.ts'
import { recordAudit } from '../audit.server.ts'
import { listPeriodUsage } from '../usage-note.server.ts'

/**
 * The secretariat's joint report: the rows the assembly needs (accepted
 * reports' measures, the exchange's materials, the highlighted campaigns),
 * the secretariat's narratives and best practices while the round is open,
 * and the figures frozen when it closes (closeRound, ./rounds.server.ts).
 * The country reports' tables are read here, never written.
 */

type Tx = Prisma.TransactionClient

const CAMPAIGN_EVIDENCE = {
	translations: {
		select: {
			lang: true,
			title: true,
			summary: true,
			reach: true,
			results: true,
			lessonsLearned: true,
		},
	},
} as const

type CampaignWithEvidence = Prisma.CampaignGetPayload<{ include: typeof CAMPAIGN_EVIDENCE }>

function toCampaignRow(c: CampaignWithEvidence): JointCampaignRow {
	return {
		id: c.id,
		countryCode: c.countryCode,
		originalLang: c.originalLang,
		startYear: c.startYear,
		endYear: c.endYear,
		reachCount: c.reachCount,
		reachUnit: c.reachUnit,
		evaluationMethod: c.evaluationMethod,
		translations: Object.fromEntries(
			c.translations.map(({ lang, ...evidence }) => [lang, evidence]),
		),
	}
}

function parseIds(json: string): string[] {
	try {
		const value = JSON.parse(json) as unknown
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
	} catch {
		return []
	}
}

/** The measures of a round's accepted reports, with their target and goal keys, in report order. */
export async function listAcceptedMeasures(roundId: string, client: Tx = db) {
	const rows = await client.reportMeasure.findMany({
		where: { report: { roundId, status: 'accepted' } },
		orderBy: [
			{ report: { countryCode: 'asc' } },
			{ goal: { target: { position: 'asc' } } },
			{ goal: { position: 'asc' } },
			{ position: 'asc' },
		],
		select: {
			kind: true,
			state: true,
			title: true,
			lang: true,
			report: { select: { countryCode: true } },
			goal: { select: { key: true, target: { select: { key: true } } } },
		},
	})
	return rows.map((m) => ({
		countryCode: m.report.countryCode,
		targetKey: m.goal.target.key,
		goalKey: m.goal.key,
		kind: m.kind,
		state: m.state,
		title: m.title,
		lang: m.lang,
	}))
}

/** Everything the assembly counts, read in one client (a transaction when freezing). */
async function gatherJointInput(
	client: Tx,
	round: { id: string; periodStart: Date; periodEnd: Date },
	bestPracticeIds: string[],
) {
	const period = { start: round.periodStart, end: round.periodEnd }
	const [countries, reports, targets, measures, materials, campaigns, usage] = await Promise.all([
		client.country.findMany({
			where: { allianceSince: { not: null } },
			select: { code: true, allianceSince: true },
		}),
		client.countryReport.findMany({
			where: { roundId: round.id },
			select: { countryCode: true, status: true },
		}),
		client.reportingTarget.findMany({
			where: { roundId: round.id },
			orderBy: { position: 'asc' },
			select: { key: true },
		}),
		listAcceptedMeasures(round.id, client),
		client.material.findMany({
			where: { status: 'published', publishedAt: { gte: period.start, lte: period.end } },
			select: {
				id: true,
				countryCode: true,
				publishedAt: true,
				versions: { select: { lang: true } },
				derivedFromVersion: {
					select: { material: { select: { id: true, countryCode: true } } },
				},
			},
		}),
		bestPracticeIds.length
			? client.campaign.findMany({
					where: { id: { in: bestPracticeIds } },
					include: CAMPAIGN_EVIDENCE,
				})
			: Promise.resolve([]),
		listPeriodUsage(period, client),
	])
	const sourceIds = [
		...new Set(
			materials
				.map((m) => m.derivedFromVersion?.material)
				.filter((s): s is { id: string; countryCode: string } => !!s)
				.map((s) => s.id),
		),
	]
	const sources = await client.material.findMany({
		where: { id: { in: sourceIds } },
		select: { id: true, originalLang: true, versions: { select: { lang: true, title: true } } },
	})
	const materialTitles = Object.fromEntries(
		sources.map((m) => [
			m.id,
			{
				originalLang: m.originalLang,
				titles: Object.fromEntries(m.versions.map((v) => [v.lang, v.title])),
			},
		]),
	)
	const byId = new Map(campaigns.map((c) => [c.id, c]))
	return {
		period,
		countries: countries.map((c) => ({ code: c.code, allianceSince: c.allianceSince! })),
		reports,
		targetKeys: targets.map((t) => t.key),
		measures,
		materials: materials.map((m) => ({
			id: m.id,
			countryCode: m.countryCode,
			publishedAt: m.publishedAt,
			languages: m.versions.map((v) => v.lang),
			derivedFrom: m.derivedFromVersion
				? {
						materialId: m.derivedFromVersion.material.id,
						countryCode: m.derivedFromVersion.material.countryCode,
					}
				: null,
		})),
		materialTitles,
		bestPractices: bestPracticeIds
			.map((id) => byId.get(id))
			.filter((c): c is CampaignWithEvidence => !!c)
			.map(toCampaignRow),
		usageNotes: usage.map(({ note: _, outcomeValue: __, outcomeUnit: ___, ...row }) => row),
	}
}

/** Assembles the figures now (an open round) inside the caller's client. */
export async function assembleFigures(
	client: Tx,
	round: { id: string; periodStart: Date; periodEnd: Date },
	bestPracticeIds: string[],
) {
	return assembleJointReport(await gatherJointInput(client, round, bestPracticeIds))
}

/**
 * The joint report of a round as a reader or the secretariat sees it: the
 * frozen figures once published (the round closed), else assembled from
 * what is accepted now, with the narratives and the best practices chosen.
 */
export async function getJointReport(round: {
	id: string
	periodStart: Date
	periodEnd: Date
	status: string
}) {
	const joint = await db.jointReport.findUnique({ where: { roundId: round.id } })
	const bestPracticeIds = parseIds(joint?.bestPractices ?? '[]')
	let figures: JointFigures | null = null
	if (joint?.figures && joint.publishedAt) {
		try {
			figures = JSON.parse(joint.figures) as JointFigures
		} catch {
			figures = null
		}
	}
	figures ??= await assembleFigures(db, round, bestPracticeIds)
	return {
		figures,
		narratives: parseNarratives(joint?.narratives ?? '{}'),
		revision: joint?.revision ?? 0,
		publishedAt: joint?.publishedAt ?? null,
		bestPracticeIds,
	}
}

export type JointChangeProblem = 'not-secretariat' | 'round-closed' | 'unknown-target' | 'too-long'

async function lockJoint(
	tx: Tx,
	actor: ReportingActor,
	roundId: string,
): Promise<
	| { ok: false; problem: JointChangeProblem }
	| { ok: true; joint: { narratives: string; bestPractices: string; revision: number } }
> {
	const round = await tx.reportingRound.findUnique({
		where: { id: roundId },
		include: { targets: { select: { key: true } } },
	})
	if (!round || !isRoundSecretariat(actor, round)) return { ok: false, problem: 'not-secretariat' }
	// A closed round is archived: its joint report is what was published.
	if (round.status !== 'open') return { ok: false, problem: 'round-closed' }
	const joint =
		(await tx.jointReport.findUnique({ where: { roundId } })) ??
		(await tx.jointReport.create({ data: { roundId, revision: 0 } }))
	return { ok: true, joint }
}

/**
 * Saves the secretariat's narrative for one policy target, unless someone
 * changed the same text since the writer loaded it (revision check): then
 * nothing is written and the text now there comes back to be merged.
 */
export async function saveJointNarrative(
	actor: ReportingActor,
	roundId: string,
	input: { targetKey: string; seenRevision: number; base: string; text: string },
): Promise<
	| { ok: true; revision: number }
	| { ok: false; problem: JointChangeProblem }
	| { ok: false; problem: 'conflict'; current: string }
> {
	if (input.text.length > MAX_NARRATIVE) return { ok: false, problem: 'too-long' }
	return db.$transaction(async (tx) => {
		const locked = await lockJoint(tx, actor, roundId)
		if (!locked.ok) return locked
		const target = await tx.reportingTarget.findUnique({
			where: { roundId_key: { roundId, key: input.targetKey } },
		})
		if (!target) return { ok: false, problem: 'unknown-target' }
		const saved = saveNarrative({
			narratives: parseNarratives(locked.joint.narratives),
			revision: locked.joint.revision,
			seenRevision: input.seenRevision,
			targetKey: input.targetKey,
			base: input.base,
			text: input.text,
		})
		if (!saved.ok) return saved
		const updated = await tx.jointReport.update({
			where: { roundId },
			data: { narratives: JSON.stringify(saved.narratives), revision: { increment: 1 } },
		})
		await recordAudit(tx, {
			userId: actor.id,
			action: 'save-joint-narrative',
			entityType: 'joint-report',
			entityId: roundId,
			summary: { target: input.targetKey, revision: updated.revision, length: input.text.length },
		})
		return { ok: true, revision: updated.revision }
	})
}

export type BestPracticeProblem = JointChangeProblem | 'unknown-campaign' | 'too-many'

/** Adds a campaign to the best practices the secretariat highlights, or takes it off. */
export async function setBestPractice(
	actor: ReportingActor,
	roundId: string,
	input: { campaignId: string; highlight: boolean },
): Promise<{ ok: true } | { ok: false; problem: BestPracticeProblem }> {
	return db.$transaction(async (tx) => {
		const locked = await lockJoint(tx, actor, roundId)
		if (!locked.ok) return locked
		const ids = parseIds(locked.joint.bestPractices)
		let next = ids.filter((id) => id !== input.campaignId)
		if (input.highlight) {
			const campaign = await tx.campaign.findFirst({
				where: { id: input.campaignId, materials: { some: { status: 'published' } } },
				select: { id: true },
			})
			if (!campaign) return { ok: false, problem: 'unknown-campaign' }
			if (!ids.includes(input.campaignId) && ids.length >= MAX_BEST_PRACTICES)
				return { ok: false, problem: 'too-many' }
			next = ids.includes(input.campaignId) ? ids : [...ids, input.campaignId]
		}
		await tx.jointReport.update({
			where: { roundId },
			data: { bestPractices: JSON.stringify(next), revision: { increment: 1 } },
		})
		await recordAudit(tx, {
			userId: actor.id,
			action: input.highlight ? 'highlight-best-practice' : 'remove-best-practice',
			entityType: 'joint-report',
			entityId: roundId,
			summary: { campaign: input.campaignId },
		})
		return { ok: true }
	})
}

/**
 * The campaigns the secretariat may highlight: public ones (a published
 * material) that ran during the round's period, by year, newest first.
 */
export async function listBestPracticeCandidates(round: { periodStart: Date; periodEnd: Date }) {
	const from = round.periodStart.getUTCFullYear()
	const to = round.periodEnd.getUTCFullYear()
	const campaigns = await db.campaign.findMany({
		where: {
			materials: { some: { status: 'published' } },
			startYear: { not: null, lte: to },
			OR: [{ endYear: null }, { endYear: { gte: from } }],
		},
		include: CAMPAIGN_EVIDENCE,
		orderBy: [{ startYear: 'desc' }, { id: 'asc' }],
		take: 200,
	})
	return campaigns.map(toCampaignRow)
}

/** The round's accepted reports, by country, for the round page's list. */
export async function listAcceptedReports(roundId: string) {
	return db.countryReport.findMany({
		where: { roundId, status: 'accepted' },
		select: { countryCode: true, acceptedAt: true, submittedAt: true },
		orderBy: { countryCode: 'asc' },
	})
}

/**
 * One country's report with everything printed of it: the goals in order,
 * the country's entry under each, and its measures.
 */
export async function getReportForPrint(roundId: string, countryCode: string) {
	if (roundId.length > 64 || !/^[A-Z]{2}$/.test(countryCode)) return null
	return db.countryReport.findUnique({
		where: { roundId_countryCode: { roundId, countryCode } },
		include: {
			entries: true,
			measures: { orderBy: { position: 'asc' } },
		},
	})
}
