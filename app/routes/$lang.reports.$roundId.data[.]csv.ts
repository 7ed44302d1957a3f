import { type LoaderFunctionArgs } from '@remix-run/node'
import { MEASURE_COLUMNS, toCsv } from '#app/domain/reporting-export.ts'
import { downloadFileName } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { listAcceptedMeasures } from '#app/models/reporting/joint-report.server.ts'
import { downloadHeaders, requireRoundReader } from './__reporting.server.ts'

/**
 * Every measure of the round's accepted reports, one row each: the data
 * behind the joint report, for a spreadsheet (UTF-8 with a byte order mark).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { round } = await requireRoundReader(request, params.roundId ?? '', lang)
	const measures = await listAcceptedMeasures(round.id)
	const csv = toCsv(
		MEASURE_COLUMNS,
		measures.map((m) => ({
			round: round.title,
			country: m.countryCode,
			target: m.targetKey,
			goal: m.goalKey,
			kind: m.kind,
			state: m.state,
			title: m.title,
			language: m.lang,
		})),
	)
	return new Response(csv, {
		headers: downloadHeaders(
			'text/csv; charset=utf-8',
			downloadFileName(`${round.title} measures`, 'all', 'csv'),
		),
	})
}
