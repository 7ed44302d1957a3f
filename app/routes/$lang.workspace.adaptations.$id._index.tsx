import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { adaptationStepPath, resumeStep, segmentProgress } from '#app/domain/adaptation.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { loadAdaptation } from './__adaptation-flow.server.ts'

/**
 * An adaptation without a step in its address: the step its country left
 * off at (app/domain/adaptation.ts, resumeStep), so a link from the inbox
 * or a bookmark resumes the work.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { adaptation } = await loadAdaptation(request, params.id)
	const step = resumeStep(adaptation.material, segmentProgress(adaptation.segments))
	throw redirect(adaptationStepPath(lang, adaptation.material.id, step))
}
