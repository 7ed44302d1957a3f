import { type LoaderFunctionArgs } from '@remix-run/node'
import { downloadFileName } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getJointReport, listAcceptedMeasures } from '#app/models/reporting/joint-report.server.ts'
import { downloadHeaders, requireRoundReader } from './__reporting.server.ts'

/**
 * The round's data as JSON (shape: README, "Reporting"): the round, the
 * joint report's figures (frozen once published; for the secretariat, as
 * assembled now while the round is open; null for readers before
 * publication), its narratives once published, and every measure of the
 * accepted reports.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const viewer = await requireRoundReader(request, params.roundId ?? '', lang)
	const { round } = viewer
	const [joint, measures] = await Promise.all([
		getJointReport(round),
		listAcceptedMeasures(round.id),
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
	}
	return new Response(JSON.stringify(body, null, 2), {
		headers: downloadHeaders(
			'application/json; charset=utf-8',
			downloadFileName(`${round.title} data`, 'all', 'json'),
		),
	})
}
