import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type StepHandle } from '#app/components/adaptation-flow.tsx'
import { isolate } from '#app/components/content-text.tsx'
import { useSegmentLabel } from '#app/components/segment-label.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import {
	adaptationStepPath,
	changedSegments,
	MAX_SEGMENT_LENGTH,
	segmentProgress,
} from '#app/domain/adaptation.ts'
import { directionOf } from '#app/domain/languages.ts'
import { findDiscouragedTerms } from '#app/domain/terminology.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	markAdaptationReviewed,
	saveAdaptationSegments,
} from '#app/models/material/adaptations.server.ts'
import { refreshRenderedPoster } from '#app/models/material/templates.server.ts'
import { readForm } from '#app/utils/request.server.ts'
import { loadAdaptation, posterTarget } from './__adaptation-flow.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * Step 2 of an adaptation: each segment of the source beside an editable
 * field in the target language, progress, discouraged terms flagged as one
 * types (Luxembourg Terminology Guidelines), and the segments whose source
 * changed since they were translated, with a way to say they were checked.
 */

export const handle: StepHandle = { step: 'translate' }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { adaptation, canEdit, canReview } = await loadAdaptation(request, params.id)
	const sourceChanged =
		adaptation.sourceRevisionAtAdaptation != null &&
		adaptation.source.revision > adaptation.sourceRevisionAtAdaptation
	return {
		title: getFixedT(lang, 'contribute')('translate.title'),
		lang,
		materialId: adaptation.material.id,
		targetLang: adaptation.version.lang,
		source: adaptation.source,
		segments: adaptation.segments,
		changed: changedSegments(adaptation.segments),
		sourceChanged,
		canEdit,
		canReview,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const loaded = await loadAdaptation(request, params.id)
	const { user, scope, adaptation, canEdit, canReview } = loaded
	const target = posterTarget(loaded)
	const here = adaptationStepPath(lang, scope.id, 'translate')
	const form = await readForm(request, 256 * 1024)
	const intent = form.get('intent')
	if (intent === 'mark-reviewed') {
		if (!canReview) throw new Response('Forbidden', { status: 403 })
		await markAdaptationReviewed(user, adaptation)
		// The layout may have followed the source's: the poster is made again.
		const rendered = canEdit ? await refreshRenderedPoster(user, target) : null
		throw redirect(
			`${here}?reviewed=1${rendered && !rendered.ok ? `&poster=${rendered.problem}` : ''}`,
		)
	}
	if (!canEdit) throw new Response('Forbidden', { status: 403 })
	const values: Record<string, string> = {}
	for (const segment of adaptation.segments) {
		const value = form.get(`segment:${segment.key}`)
		if (typeof value === 'string') values[segment.key] = value
	}
	// "Save and continue" leads to the preview; "Save" stays here.
	const step = intent === 'continue' ? 'preview' : 'translate'
	const result = await saveAdaptationSegments(user, scope.id, values, { step })
	if (!result.ok)
		return data(
			{ problem: `translate.errors.${result.problem}`, key: result.key ?? null },
			{ status: 400 },
		)
	// The poster is made again from the saved texts: what the preview shows
	// is what will be published and downloaded.
	const rendered = await refreshRenderedPoster(user, target)
	const problem = rendered.ok ? '' : `poster=${rendered.problem}`
	if (step === 'preview')
		throw redirect(
			`${adaptationStepPath(lang, scope.id, 'preview')}${problem ? `?${problem}` : ''}`,
		)
	throw redirect(`${here}?saved=1${problem ? `&${problem}` : ''}`)
}

export default function TranslateSideBySide() {
	const {
		materialId,
		targetLang,
		source,
		segments,
		changed,
		sourceChanged,
		canEdit,
		canReview,
		lang,
	} = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const [params] = useSearchParams()
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	const [texts, setTexts] = useState(() => Object.fromEntries(segments.map((s) => [s.key, s.text])))
	const progress = segmentProgress(segments.map((s) => ({ ...s, text: texts[s.key] ?? '' })))
	const segmentLabel = useSegmentLabel()
	const problemPart = segments.find((s) => s.key === result?.key)
	return (
		<section aria-labelledby="step-title">
			<h2 id="step-title">{t('adaptFlow.translate.title')}</h2>
			<p>
				{t('translate.intro', {
					from: labels.language(source.lang),
					to: labels.language(targetLang),
					country: labels.country(source.countryCode),
				})}
			</p>
			<p role="status" aria-live="polite">
				<progress max={progress.total || 1} value={progress.done} aria-hidden="true" />{' '}
				{t('translate.progress', { done: progress.done, count: progress.total })}
			</p>
			<p>
				<Link to={`/${lang}/compare/${materialId}`}>{t('translate.compare')}</Link>
			</p>
			{params.get('saved') ? <FormMessage tone="ok">{t('translate.saved')}</FormMessage> : null}
			{params.get('reviewed') ? (
				<FormMessage tone="ok">{t('translate.reviewed')}</FormMessage>
			) : null}
			{params.get('poster') ? (
				<FormMessage tone="error">
					{t('translate.posterProblem', {
						reason: t(`translate.posterProblems.${params.get('poster')}`, {
							defaultValue: t('translate.posterProblems.bad-image'),
						}),
					})}
				</FormMessage>
			) : null}
			{result?.problem ? (
				<FormMessage tone="error">
					{t(result.problem, { part: problemPart ? segmentLabel(problemPart) : '' })}
				</FormMessage>
			) : null}
			{sourceChanged ? (
				<div className="notice">
					<p className="notice__title">
						{changed.length
							? t('translate.sourceChanged', { count: changed.length })
							: t('translate.sourceRevised')}
					</p>
					{canReview ? (
						<Form method="post">
							<input type="hidden" name="intent" value="mark-reviewed" />
							<button type="submit" className="button button--secondary button--small">
								{t('translate.markReviewed')}
							</button>
						</Form>
					) : null}
				</div>
			) : null}
			<Form method="post" className="translate">
				{segments.map((s) => {
					const id = `segment-${s.key.replace(':', '-')}`
					const flags = findDiscouragedTerms(texts[s.key] ?? '', targetLang)
					return (
						<div key={s.key} className="translate__row">
							<div className="translate__source">
								<p className="translate__label">{segmentLabel(s)}</p>
								<blockquote lang={source.lang} dir={directionOf(source.lang)}>
									{s.source || <em>{t('translate.emptySource')}</em>}
								</blockquote>
								{changed.includes(s.key) ? (
									<p className="hint">
										{t('translate.wasBefore')}{' '}
										<del lang={source.lang} dir={directionOf(source.lang)}>
											{s.sourceAtTranslation}
										</del>
									</p>
								) : null}
							</div>
							<div className="field translate__target">
								<label htmlFor={id}>
									{segmentLabel(s)} ({labels.language(targetLang)})
								</label>
								<textarea
									id={id}
									name={`segment:${s.key}`}
									lang={targetLang}
									dir={directionOf(targetLang)}
									value={texts[s.key] ?? ''}
									onChange={(e) => {
										const value = e.currentTarget.value
										setTexts((prev) => ({ ...prev, [s.key]: value }))
									}}
									maxLength={MAX_SEGMENT_LENGTH}
									readOnly={!canEdit}
									rows={s.key === 'description' ? 6 : 2}
									aria-describedby={flags.length ? `${id}-terms` : undefined}
								/>
								{flags.length ? (
									<ul id={`${id}-terms`} className="field__error" aria-live="polite">
										{flags.map((f) => (
											<li key={`${f.start}-${f.term}`}>
												{t('translate.discouraged', {
													found: isolate(f.found),
													preferred: isolate(f.preferred),
												})}
											</li>
										))}
									</ul>
								) : null}
							</div>
						</div>
					)
				})}
				{canEdit ? (
					<div className="flow-actions">
						{/* The first submit button is the form's default: continuing is what most want. */}
						<button type="submit" name="intent" value="continue" className="button">
							{t('adaptFlow.translate.continue')}
						</button>
						<button type="submit" name="intent" value="save" className="button button--secondary">
							{t('translate.save')}
						</button>
						<span className="hint">{t('translate.resume')}</span>
					</div>
				) : (
					<p className="flow-actions">
						<Link className="button" to={adaptationStepPath(lang, materialId, 'preview')}>
							{t('adaptFlow.next')}
						</Link>
					</p>
				)}
			</Form>
		</section>
	)
}
