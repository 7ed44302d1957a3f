import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { getUser } from '#app/auth/session.server.ts'
import { countryName } from '#app/domain/countries.ts'
import { mayReadRound, reportPermissions, structureText } from '#app/domain/reporting.ts'
import { downloadFileName } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getReportForPrint } from '#app/models/reporting/joint-report.server.ts'
import { getRound } from '#app/models/reporting/rounds.server.ts'
import { renderReportPrint } from '#app/reporting/print.server.tsx'
import { pdfResponse, roundFacts } from './__reporting.server.ts'

/**
 * One country's report as PDF, in the print layout of the joint report.
 * Its country's people and the round's secretariat may print it at any
 * stage; readers of the round once it is accepted. Anyone else: 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const round = await getRound(params.roundId ?? '')
	const countryCode = params.countryCode ?? ''
	const report = round ? await getReportForPrint(round.id, countryCode) : null
	if (!round || !report) throw new Response('Not found', { status: 404 })
	const user = await getUser(request)
	const allowed =
		(!!user && reportPermissions(user, round, countryCode).has('read')) ||
		(report.status === 'accepted' && mayReadRound(user, round))
	if (!allowed) {
		if (!user) {
			const url = new URL(request.url)
			throw redirect(`/${lang}/login?redirectTo=${encodeURIComponent(url.pathname)}`)
		}
		throw new Response('Not found', { status: 404 })
	}
	const entryOf = new Map(report.entries.map((e) => [e.goalId, e]))
	const textLang = (json: string) => {
		try {
			return (JSON.parse(json) as Record<string, string>)[lang] ? lang : 'en'
		} catch {
			return 'en'
		}
	}
	const name = countryName(countryCode, lang)
	const html = renderReportPrint(lang, {
		round: roundFacts(round, lang),
		report: {
			countryName: name,
			status: report.status,
			activityNarrative: report.activityNarrative,
			targets: round.targets.map((target) => ({
				key: target.key,
				title: structureText(target.texts, lang),
				lang: textLang(target.texts),
				goals: target.goals.map((goal) => {
					const entry = entryOf.get(goal.id)
					return {
						key: goal.key,
						title: structureText(goal.texts, lang),
						lang: textLang(goal.texts),
						assessment: entry?.assessment ?? '',
						assessmentText: entry?.assessmentText ?? '',
						followUp: entry?.followUp ?? '',
						measures: report.measures
							.filter((m) => m.goalId === goal.id)
							.map((m) => ({
								kind: m.kind,
								state: m.state,
								title: m.title,
								lang: m.lang,
								description: m.description,
								stateComment: m.stateComment,
							})),
					}
				}),
			})),
		},
	})
	return pdfResponse(lang, html, downloadFileName(`${round.title} ${name}`, lang, 'pdf'))
}
