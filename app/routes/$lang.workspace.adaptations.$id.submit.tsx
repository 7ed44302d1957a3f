import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type StepHandle } from '#app/components/adaptation-flow.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { adaptationStepPath, segmentProgress } from '#app/domain/adaptation.ts'
import { transitionsFrom } from '#app/domain/moderation.ts'
import { mayAccessMaterial } from '#app/auth/material-access.server.ts'
import { terminologyAdvice } from '#app/domain/terminology.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { getVersionPreview } from '#app/models/material/queries.server.ts'
import { transitionMaterial } from '#app/models/material/transitions.server.ts'
import { appOrigin, field, readForm } from '#app/utils/request.server.ts'
import { loadAdaptation } from './__adaptation-flow.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * Step 4 of an adaptation: what is ready and what deserves a second look
 * (parts left untranslated, the poster, terminology advice), then the
 * submission for review; once submitted, where it stands.
 */

export const handle: StepHandle = { step: 'submit' }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, scope, adaptation } = await loadAdaptation(request, params.id)
	const { material, version, source } = adaptation
	const texts = [version.title, version.description, ...adaptation.segments.map((s) => s.text)]
	return {
		title: getFixedT(lang, 'contribute')('adaptFlow.submit.title'),
		lang,
		materialId: material.id,
		status: material.status,
		licence: material.licence,
		progress: segmentProgress(adaptation.segments),
		needsPoster: source.isPicture,
		hasPoster: (await getVersionPreview(version.id)) !== null,
		terms: terminologyAdvice(version.lang, texts).length,
		canSubmit:
			transitionsFrom(material.status).some((tr) => tr.action === 'submit') &&
			mayAccessMaterial(user, scope, 'submit'),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, scope } = await loadAdaptation(request, params.id)
	const form = await readForm(request)
	if (field(form, 'intent', 40) !== 'submit')
		return data({ problem: 'adapt.errors.unknown' }, { status: 400 })
	const result = await transitionMaterial(user, scope.id, 'submit', '', { origin: appOrigin() })
	if (!result.ok) {
		if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
		return data({ problem: `moderation.${result.problem}` }, { status: 409 })
	}
	throw redirect(`${adaptationStepPath(lang, scope.id, 'submit')}?submitted=1`)
}

export default function SubmitAdaptation() {
	const { lang, materialId, status, licence, progress, needsPoster, hasPoster, terms, canSubmit } =
		useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const [params] = useSearchParams()
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	const translated = progress.total > 0 && progress.done >= progress.total
	const item = (ok: boolean, text: string, fix?: { to: string; label: string }) => (
		<li>
			<span className={`checklist__mark checklist__mark--${ok ? 'ok' : 'warn'}`} aria-hidden="true">
				{ok ? '✓' : '!'}
			</span>
			<span>
				<span className="visually-hidden">
					{ok ? t('adaptFlow.submit.ok') : t('adaptFlow.submit.check')}:{' '}
				</span>
				{text}
				{fix ? (
					<>
						{' '}
						<Link to={fix.to}>{fix.label}</Link>
					</>
				) : null}
			</span>
		</li>
	)
	return (
		<section aria-labelledby="step-title">
			<h2 id="step-title">{t('adaptFlow.submit.title')}</h2>
			{params.get('submitted') ? (
				<FormMessage tone="ok">{t('moderation.submitted', { ns: 'account' })}</FormMessage>
			) : null}
			{result?.problem ? (
				<FormMessage tone="error">{t(result.problem, { ns: 'account' })}</FormMessage>
			) : null}
			<ul className="checklist">
				{item(
					translated,
					t('translate.progress', { done: progress.done, count: progress.total }),
					translated
						? undefined
						: {
								to: adaptationStepPath(lang, materialId, 'translate'),
								label: t('adaptFlow.submit.finish'),
							},
				)}
				{needsPoster
					? item(
							hasPoster,
							hasPoster ? t('adaptFlow.submit.poster') : t('adaptFlow.submit.noPoster'),
							hasPoster
								? undefined
								: {
										to: adaptationStepPath(lang, materialId, 'preview'),
										label: t('adaptFlow.submit.seePreview'),
									},
						)
					: null}
				{item(
					terms === 0,
					terms === 0
						? t('adaptFlow.submit.noTerms')
						: t('adaptFlow.submit.terms', { count: terms }),
					terms === 0
						? undefined
						: {
								to: adaptationStepPath(lang, materialId, 'translate'),
								label: t('adaptFlow.submit.reviewTerms'),
							},
				)}
				{item(true, t('adaptFlow.submit.licence', { licence: labels.vocab('licence', licence) }))}
			</ul>
			{canSubmit ? (
				<Form method="post" className="panel">
					<input type="hidden" name="intent" value="submit" />
					<p>{t('adaptFlow.submit.intro')}</p>
					<button type="submit" className="button">
						{t('moderation.submit', { ns: 'account' })}
					</button>
				</Form>
			) : status === 'submitted' ? (
				<p className="notice">{t('adaptFlow.submit.inReview')}</p>
			) : status === 'published' ? (
				<p className="notice">
					{t('adaptFlow.submit.published')}{' '}
					<Link to={`/${lang}/materials/${materialId}`}>
						{t('workspace.publicPage', { ns: 'account' })}
					</Link>
				</p>
			) : null}
		</section>
	)
}
