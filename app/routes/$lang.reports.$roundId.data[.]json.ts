import { type LoaderFunctionArgs } from '@remix-run/node'
import { downloadFileName } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getJointReport, listAcceptedMeasures } from '#app/models/reporting/joint-report.server.ts'
import { listPeriodUsage } from '#app/models/usage-note.server.ts'
import { downloadHeaders, requireRoundReader } from './__reporting.server.ts'

/**
 * The round's data as JSON (shape: README, "Reporting"): the round, the
 * joint report's figures (frozen once published; for the secretariat, as
 * assembled now while the round is open; null for readers before
 * publication), its narratives once published, every measure of the
 * accepted reports, and the notes of use written in the period (public on
 * their works' pages).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const viewer = await requireRoundReader(request, params.roundId ?? '', lang)
	const { round } = viewer
	const [joint, measures, usage] = await Promise.all([
		getJointReport(round),
		listAcceptedMeasures(round.id),
		listPeriodUsage({ start: round.periodStart, end: round.periodEnd }),
	])
	const shown = joint.publishedAt || viewer.secretariat
	const body = {
		format: 'awareness-exchange/reporting-round',
		version: 1,
		round: {
			id: round.id,
			kind: round.kind,
			title: round.title,
			periodStart: round.periodStart.toISOString(),
			periodEnd: round.periodEnd.toISOString(),
			dueDate: round.dueDate.toISOString(),
			secretariat: round.secretariatCountryCode,
			visibility: round.visibility,
			status: round.status,
			closedAt: round.closedAt?.toISOString() ?? null,
			previousRoundId: round.previousRoundId,
		},
		jointReport: {
			publishedAt: joint.publishedAt?.toISOString() ?? null,
			figures: shown ? joint.figures : null,
			narratives: joint.publishedAt ? joint.narratives : null,
		},
		measures: measures.map((m) => ({
			country: m.countryCode,
			target: m.targetKey,
			goal: m.goalKey,
			kind: m.kind,
			state: m.state || null,
			title: m.title,
			lang: m.lang,
		})),
		usageNotes: usage.map((n) => ({
			country: n.countryCode,
			kind: n.kind,
			id: n.id,
			from: n.ownerCountryCode,
			titles: n.titles,
			written: n.createdAt.toISOString(),
			outcomeValue: n.outcomeValue,
			outcomeUnit: n.outcomeUnit,
			note: n.note,
		})),
	}
	return new Response(JSON.stringify(body, null, 2), {
		headers: downloadHeaders(
			'application/json; charset=utf-8',
			downloadFileName(`${round.title} data`, 'all', 'json'),
		),
	})
}
