import { type LoaderFunctionArgs } from '@remix-run/node'
import { titleIn } from '#app/domain/joint-report.ts'
import { toCsv, USAGE_COLUMNS } from '#app/domain/reporting-export.ts'
import { downloadFileName } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { listPeriodUsage } from '#app/models/usage-note.server.ts'
import { downloadHeaders, requireRoundReader } from './__reporting.server.ts'

/**
 * The notes of use written in the round's period, one row each: the data
 * behind the joint report's "used in other countries", for a spreadsheet.
 * The notes are public on their works' pages; withdrawn works' are not listed.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { round } = await requireRoundReader(request, params.roundId ?? '', lang)
	const notes = await listPeriodUsage({ start: round.periodStart, end: round.periodEnd })
	const csv = toCsv(
		USAGE_COLUMNS,
		notes.map((n) => {
			const title = titleIn(n.titles, lang, n.originalLang)
			return {
				round: round.title,
				country: n.countryCode,
				kind: n.kind,
				id: n.id,
				from: n.ownerCountryCode,
				title: title.title,
				language: title.lang,
				written: n.createdAt.toISOString(),
				outcome: n.outcomeValue === null ? '' : String(n.outcomeValue),
				unit: n.outcomeUnit ?? '',
				note: n.note,
			}
		}),
	)
	return new Response(csv, {
		headers: downloadHeaders(
			'text/csv; charset=utf-8',
			downloadFileName(`${round.title} notes of use`, 'all', 'csv'),
		),
	})
}
