import { type LoaderFunctionArgs } from '@remix-run/node'
import { requireReportAccess } from '#app/auth/report-access.server.ts'
import { countryName } from '#app/domain/countries.ts'
import { downloadFileName } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { renderReportPrint } from '#app/reporting/print.server.tsx'
import { buildReportView } from './__report.server.ts'
import { pdfResponse, roundFacts } from './__reporting.server.ts'

/**
 * One country's report as PDF, in the print layout of the joint report,
 * saying what its page says: the measures with their evidence, and policy
 * target 3's figures of the period with the narrative around them. Who may
 * print it is who may read its page (requireReportAccess): its country's
 * people and the round's secretariat at any stage, the round's readers
 * once it is accepted.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const access = await requireReportAccess(request, params, 'view')
	const view = await buildReportView(access, lang)
	if (!view.report) throw new Response('Not found', { status: 404 })
	const { round, countryCode } = access
	// A structure text falls back to English when the round has none in the reader's language.
	const textLang = (json: string) => {
		try {
			return (JSON.parse(json) as Record<string, string>)[lang] ? lang : 'en'
		} catch {
			return 'en'
		}
	}
	const langOf = new Map(
		round.targets.flatMap((target) => [
			[target.key, textLang(target.texts)],
			...target.goals.map((goal) => [goal.key, textLang(goal.texts)] as const),
		]),
	)
	const name = countryName(countryCode, lang)
	const html = renderReportPrint(lang, {
		round: roundFacts(round, lang),
		report: {
			countryName: name,
			status: view.report.status,
			activity: {
				figures: view.activity.figures,
				frozen: view.activity.frozen,
				narrative: view.activity.narrative,
			},
			targets: view.targets.map((target) => ({
				key: target.key,
				title: target.text,
				lang: langOf.get(target.key) ?? 'en',
				hasActivity: target.hasActivity,
				goals: target.goals.map((goal) => ({
					key: goal.key,
					title: goal.text,
					lang: langOf.get(goal.key) ?? 'en',
					assessment: goal.entry?.assessment ?? '',
					assessmentText: goal.entry?.assessmentText ?? '',
					followUp: goal.entry?.followUp ?? '',
					measures: [...goal.carried, ...goal.inPlace, ...goal.announced].map((m) => ({
						kind: m.kind,
						state: m.state,
						title: m.title,
						lang: m.lang,
						description: m.description,
						stateComment: m.stateComment,
						evidence: m.evidence,
					})),
				})),
			})),
		},
	})
	return pdfResponse(lang, html, downloadFileName(`${round.title} ${name}`, lang, 'pdf'))
}
