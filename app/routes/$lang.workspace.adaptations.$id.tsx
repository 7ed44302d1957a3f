import { type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node'
import { Link, Outlet, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import {
	AdaptationOf,
	AdaptationSteps,
	adaptationFlowStyles,
	useCurrentStep,
	type StepState,
} from '#app/components/adaptation-flow.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import {
	ADAPTATION_STEPS,
	adaptationStepPath,
	segmentProgress,
	type AdaptationStep,
} from '#app/domain/adaptation.ts'
import { directionOf } from '#app/domain/languages.ts'
import { isEditableStatus } from '#app/domain/moderation.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { loadAdaptation } from './__adaptation-flow.server.ts'

/**
 * An adaptation as one guided flow, one page per step (languages,
 * translation, preview, submission), each at its own address so that the
 * back button and a reload keep the place. This layout gives every step
 * what the draft adapts and the step indicator; the steps are its child
 * routes, and `/workspace/adaptations/:id` alone takes the country back to
 * where it left off.
 */

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: adaptationFlowStyles }]

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { adaptation } = await loadAdaptation(request, params.id)
	const { material, version, source } = adaptation
	const progress = segmentProgress(adaptation.segments)
	const inReview = !isEditableStatus(material.status)
	const states: Partial<Record<AdaptationStep, StepState>> = {
		languages: 'done',
		translate: progress.total > 0 && progress.done >= progress.total ? 'done' : 'todo',
		preview: material.adaptationStep === 'submit' || inReview ? 'done' : 'todo',
		submit: inReview && material.status !== 'withdrawn' ? 'done' : 'todo',
	}
	const reason = adaptation.material.moderationEvents[0]
	return {
		lang,
		materialId: material.id,
		status: material.status,
		title: version.title,
		targetLang: version.lang,
		states,
		from: {
			kind: material.derivationKind,
			materialId: source.id,
			isPublic: source.isPublic,
			title: source.title,
			lang: source.lang,
			countryCode: source.countryCode,
			targetLang: version.lang,
		},
		changesRequested:
			material.status === 'changes-requested' && reason ? { reason: reason.reason } : null,
	}
}

export default function AdaptationFlow() {
	const { lang, materialId, status, title, targetLang, states, from, changesRequested } =
		useLoaderData<typeof loader>()
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	const current = useCurrentStep()
	const hrefs = Object.fromEntries(
		ADAPTATION_STEPS.map((step) => [step, adaptationStepPath(lang, materialId, step)]),
	)
	return (
		<>
			<p>
				<Link to={`/${lang}/workspace`}>{t('adaptFlow.backToWorkspace')}</Link>
			</p>
			{title ? (
				<h1 lang={targetLang} dir={directionOf(targetLang)}>
					{title}
				</h1>
			) : (
				<h1>{t('adaptFlow.untitled')}</h1>
			)}
			<p>
				<span className={`status status--${status}`}>{labels.vocab('status', status)}</span>{' '}
				<Link to={`/${lang}/workspace/materials/${materialId}`}>{t('adaptFlow.allDetails')}</Link>
			</p>
			<AdaptationOf from={from} />
			{current ? <AdaptationSteps current={current} states={states} hrefs={hrefs} /> : null}
			{changesRequested ? (
				<section className="panel" aria-labelledby="changes-title">
					<h2 id="changes-title" style={{ marginBlockStart: 0 }}>
						{t('moderation.changesRequested', { ns: 'account' })}
					</h2>
					<p className="reason" dir="auto">
						{changesRequested.reason}
					</p>
				</section>
			) : null}
			<Outlet />
		</>
	)
}
