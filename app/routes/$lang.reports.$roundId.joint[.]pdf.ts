import { type LoaderFunctionArgs } from '@remix-run/node'
import { downloadFileName } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { renderJointPrint } from '#app/reporting/print.server.tsx'
import { loadJointView, pdfResponse, requireRoundReader, roundFacts } from './__reporting.server.ts'

/** The joint report as PDF in the reader's language, for whoever may read it on its page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const viewer = await requireRoundReader(request, params.roundId ?? '', lang)
	const joint = await loadJointView(viewer, lang)
	if (!joint) throw new Response('Not found', { status: 404 })
	const html = renderJointPrint(lang, {
		round: roundFacts(viewer.round, lang),
		figures: joint.figures,
		charts: joint.charts,
		targets: joint.targets,
		narratives: joint.narratives,
		publishedAt: joint.publishedAt,
	})
	return pdfResponse(
		lang,
		html,
		downloadFileName(`${viewer.round.title} joint report`, lang, 'pdf'),
	)
}
