import { type ReportAccess } from '#app/auth/report-access.server.ts'
import { ACTIVITY_TARGET_KEY, reportGaps } from '#app/domain/report-form.ts'
import { isReportEditable, structureText } from '#app/domain/reporting.ts'
import { type UiLanguage } from '#app/domain/languages.ts'
import {
	readFrozenActivity,
	summarizeCountryActivity,
} from '#app/models/reporting/activity.server.ts'
import {
	describeEvidence,
	getReportContent,
	listReportHistory,
	readConflict,
} from '#app/models/reporting/reports.server.ts'

/**
 * The country report as its two pages show it (the read view and the edit
 * page): the round's structure with, under each goal, the report's entry
 * and measures, the activity figures of policy target 3 (as the data says
 * now while the country writes, as frozen at submission after), the
 * conflicts waiting, and what the reader may do.
 */

export type ReportView = Awaited<ReturnType<typeof buildReportView>>

function actionsOf(json: string, lang: string) {
	try {
		const actions = JSON.parse(json) as unknown
		if (!Array.isArray(actions)) return []
		return actions.map((a) => structureText(JSON.stringify(a), lang)).filter(Boolean)
	} catch {
		return []
	}
}

export async function buildReportView(access: ReportAccess, lang: UiLanguage) {
	const { round, countryCode, permissions, report, user } = access
	const editable = !!report && isReportEditable(report.status) && round.status === 'open'
	const can = {
		read: permissions.has('read'),
		draft: permissions.has('draft') && editable,
		submit: permissions.has('submit') && editable,
		decide: permissions.has('decide') && report?.status === 'submitted' && round.status === 'open',
	}
	const roundView = {
		id: round.id,
		title: round.title,
		kind: round.kind,
		status: round.status,
		visibility: round.visibility,
		periodStart: round.periodStart.toISOString(),
		periodEnd: round.periodEnd.toISOString(),
		dueDate: round.dueDate.toISOString(),
		secretariatCountryCode: round.secretariatCountryCode,
	}
	if (!report) return { lang, round: roundView, countryCode, can, report: null } as const

	const content = (await getReportContent(report.id))!
	const { names } = content
	const row = content.report
	const evidence = await describeEvidence(
		{
			campaigns: row.measures.flatMap((m) => m.evidence.flatMap((e) => e.campaignId ?? [])),
			materials: row.measures.flatMap((m) => m.evidence.flatMap((e) => e.materialId ?? [])),
		},
		lang,
	)
	const frozen = editable ? null : readFrozenActivity(row.activity)
	const figures =
		frozen ??
		(await summarizeCountryActivity(countryCode, {
			start: round.periodStart,
			end: round.periodEnd,
		}))
	const publicCampaigns = await describeEvidence(
		{ campaigns: figures.campaigns.map((c) => c.id), materials: [] },
		lang,
	)

	const measures = row.measures.map((m) => ({
		id: m.id,
		goalId: m.goalId,
		kind: m.kind,
		title: m.title,
		lang: m.lang,
		description: m.description,
		state: m.state,
		stateComment: m.stateComment,
		revision: m.revision,
		announcedIn: m.carriedFrom?.report.round.title ?? null,
		updatedBy: m.updatedById ? (names.get(m.updatedById) ?? '') : '',
		updatedAt: m.updatedAt.toISOString(),
		campaigns: m.evidence.flatMap((e) => e.campaignId ?? []),
		materials: m.evidence.flatMap((e) => e.materialId ?? []),
		evidence: m.evidence.flatMap((e) => {
			const type = e.campaignId ? ('campaign' as const) : ('material' as const)
			const id = (e.campaignId ?? e.materialId)!
			const found = evidence.get(`${type}:${id}`)
			return found ? [{ type, id, ...found }] : []
		}),
	}))

	const conflicts = row.conflicts.flatMap((c) => {
		const stored = readConflict(c)
		if (!stored) return []
		return [
			{
				id: c.id,
				part: c.part,
				form: stored.form,
				partId: stored.id ?? null,
				fields: stored.fields as unknown as Record<string, string | string[]>,
				removed: stored.removed,
				kind: stored.kind,
				goalId: stored.goalId,
				by: c.userId ? (names.get(c.userId) ?? '') : '',
				mine: !!user && c.userId === user.id,
				at: c.createdAt.toISOString(),
			},
		]
	})

	const targets = round.targets.map((target) => ({
		key: target.key,
		text: structureText(target.texts, lang),
		hasActivity: target.key === ACTIVITY_TARGET_KEY,
		goals: target.goals.map((goal) => {
			const entry = row.entries.find((e) => e.goalId === goal.id)
			const mine = measures.filter((m) => m.goalId === goal.id)
			return {
				id: goal.id,
				key: goal.key,
				text: structureText(goal.texts, lang),
				addedAt: goal.addedAt,
				actions: actionsOf(goal.actions, lang),
				entry: entry
					? {
							assessment: entry.assessment,
							assessmentText: entry.assessmentText,
							followUp: entry.followUp,
							revision: entry.revision,
							updatedBy: entry.updatedById ? (names.get(entry.updatedById) ?? '') : '',
							updatedAt: entry.updatedAt.toISOString(),
						}
					: null,
				carried: mine.filter((m) => m.kind === 'carried'),
				inPlace: mine.filter((m) => m.kind === 'in-place'),
				announced: mine.filter((m) => m.kind === 'announced'),
			}
		}),
	}))

	return {
		lang,
		round: roundView,
		countryCode,
		can,
		report: {
			id: row.id,
			status: row.status,
			returnComment: row.returnComment,
			submittedAt: row.submittedAt?.toISOString() ?? null,
			acceptedAt: row.acceptedAt?.toISOString() ?? null,
			updatedAt: row.updatedAt.toISOString(),
		},
		targets,
		activity: {
			figures,
			frozen: !!frozen,
			narrative: row.activityNarrative,
			revision: row.activityRevision,
			publicCampaigns: [...publicCampaigns.entries()]
				.filter(([, c]) => c.isPublic)
				.map(([key]) => key.slice('campaign:'.length)),
		},
		conflicts,
		gaps: reportGaps(row),
		// The workflow's steps name people: for the country and the secretariat only.
		history: can.read ? await listReportHistory(row.id) : [],
	} as const
}
