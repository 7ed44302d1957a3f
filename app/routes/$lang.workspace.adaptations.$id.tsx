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
import { requireMaterialAccess } from '#app/auth/material-access.server.ts'
import { useSegmentLabel } from '#app/components/segment-label.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { FilePicker } from '#app/components/ui/file-picker.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { changedSegments, MAX_SEGMENT_LENGTH, segmentProgress } from '#app/domain/adaptation.ts'
import { directionOf } from '#app/domain/languages.ts'
import { isEditableStatus } from '#app/domain/moderation.ts'
import { can } from '#app/domain/permissions.ts'
import { findDiscouragedTerms } from '#app/domain/terminology.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	getAdaptationSegments,
	markAdaptationReviewed,
	saveAdaptationSegments,
} from '#app/models/material/adaptations.server.ts'
import {
	getTemplate,
	refreshRenderedPoster,
	setTemplateLogo,
} from '#app/models/material/templates.server.ts'
import { readForm } from '#app/utils/request.server.ts'
import { withIngestedUpload } from './__upload.server.ts'

/**
 * The side-by-side translation of an adaptation: each segment of the source
 * beside an editable field in the target language, progress, discouraged
 * terms flagged as one types (Luxembourg Terminology Guidelines), and the
 * segments whose source changed since they were translated.
 */
async function load(request: Request, id: string) {
	const { user, material: scope } = await requireMaterialAccess(request, id, 'read-draft')
	const adaptation = await getAdaptationSegments(scope.id)
	if (!adaptation) throw new Response('Not found', { status: 404 })
	const template = await getTemplate(adaptation.version.id)
	const mayEdit = can(user, 'edit', 'material', {
		countryCode: scope.countryCode,
		ownerId: scope.createdById,
	})
	// Content changes only outside review and publication; acknowledging a
	// change in the source changes no content, so it is allowed in any status.
	return {
		user,
		scope,
		adaptation,
		template,
		canEdit: isEditableStatus(scope.status) && mayEdit,
		canReview: mayEdit,
	}
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { adaptation, template, canEdit, canReview } = await load(request, params.id ?? '')
	const sourceChanged =
		adaptation.sourceRevisionAtAdaptation != null &&
		adaptation.source.revision > adaptation.sourceRevisionAtAdaptation
	return {
		sourceChanged,
		canReview,
		title: getFixedT(lang, 'contribute')('translate.title'),
		lang,
		materialId: adaptation.material.id,
		targetLang: adaptation.version.lang,
		source: adaptation.source,
		segments: adaptation.segments,
		changed: changedSegments(adaptation.segments),
		canEdit,
		poster: template
			? {
					previewUrl: `/template-preview/${adaptation.version.id}?v=${adaptation.version.updatedAt.getTime()}-${template.updatedAt.getTime()}-${template.logo?.id ?? ''}`,
					sourcePreviewUrl: `/template-preview/${adaptation.source.versionId}`,
					width: template.width,
					height: template.height,
					hasLogoSlot: template.slots.some((s) => s.kind === 'logo'),
				}
			: null,
	}
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, scope, adaptation, canEdit, canReview } = await load(request, params.id ?? '')
	const target = {
		materialId: scope.id,
		countryCode: scope.countryCode,
		versionId: adaptation.version.id,
		lang: adaptation.version.lang,
	}
	const back = `/${lang}/workspace/adaptations/${scope.id}`
	if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
		if (!canEdit) throw new Response('Forbidden', { status: 403 })
		const outcome = await withIngestedUpload(request, (_form, ingested) =>
			setTemplateLogo(user, target, ingested).then((r) =>
				r.ok
					? r
					: { ok: false as const, status: r.problem === 'not-image' ? 415 : 409, code: r.problem },
			),
		)
		if (!outcome.ok) {
			return data(
				{
					problem: null,
					key: null,
					logo: { code: outcome.code, limitMb: 'limitMb' in outcome ? (outcome.limitMb ?? 0) : 0 },
				},
				{ status: outcome.status },
			)
		}
		const rendered = await refreshRenderedPoster(user, target)
		throw redirect(`${back}?logo=1${rendered.ok ? '' : `&poster=${rendered.problem}`}`)
	}
	const form = await readForm(request, 256 * 1024)
	if (form.get('intent') === 'mark-reviewed') {
		if (!canReview) throw new Response('Forbidden', { status: 403 })
		await markAdaptationReviewed(user, adaptation)
		// The layout may have followed the source's: the poster is made again.
		const rendered = canEdit ? await refreshRenderedPoster(user, target) : null
		throw redirect(
			`${back}?reviewed=1${rendered && !rendered.ok ? `&poster=${rendered.problem}` : ''}`,
		)
	}
	if (!canEdit) throw new Response('Forbidden', { status: 403 })
	const values: Record<string, string> = {}
	for (const segment of adaptation.segments) {
		const value = form.get(`segment:${segment.key}`)
		if (typeof value === 'string') values[segment.key] = value
	}
	const result = await saveAdaptationSegments(user, scope.id, values)
	if (!result.ok)
		return data(
			{ problem: `translate.errors.${result.problem}`, key: result.key ?? null, logo: null },
			{ status: 400 },
		)
	// The poster is made again from the saved texts: what the preview shows
	// is what will be published and downloaded.
	const rendered = await refreshRenderedPoster(user, target)
	throw redirect(`${back}?saved=1${rendered.ok ? '' : `&poster=${rendered.problem}`}`)
}

export default function TranslateSideBySide() {
	const { materialId, targetLang, source, segments, changed, canEdit, lang, poster } =
		useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const [params] = useSearchParams()
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	const [texts, setTexts] = useState(() => Object.fromEntries(segments.map((s) => [s.key, s.text])))
	const progress = segmentProgress(segments.map((s) => ({ ...s, text: texts[s.key] ?? '' })))
	const segmentLabel = useSegmentLabel()
	const problemPart = segments.find((s) => s.key === result?.key)
	return (
		<>
			<p>
				<Link to={`/${lang}/workspace/materials/${materialId}`}>{t('translate.back')}</Link>
			</p>
			<h1>{t('translate.title')}</h1>
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
			{params.get('logo') ? <FormMessage tone="ok">{t('translate.logoSaved')}</FormMessage> : null}
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
			{changed.length ? (
				<p className="notice">{t('translate.sourceChanged', { count: changed.length })}</p>
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
												{t('translate.discouraged', { found: f.found, preferred: f.preferred })}
											</li>
										))}
									</ul>
								) : null}
							</div>
						</div>
					)
				})}
				{canEdit ? (
					<div className="actions">
						<button type="submit" className="button">
							{poster ? t('translate.saveAndPreview') : t('translate.save')}
						</button>
						<span className="hint">{t('translate.resume')}</span>
					</div>
				) : null}
			</Form>
			{poster ? (
				<section aria-labelledby="poster-title" className="poster-compare">
					<h2 id="poster-title">{t('translate.poster')}</h2>
					<p className="hint">{t('translate.posterHint')}</p>
					<div className="poster-compare__pair">
						<figure>
							<img
								src={poster.sourcePreviewUrl}
								width={poster.width}
								height={poster.height}
								alt={t('translate.posterSourceAlt', { language: labels.language(source.lang) })}
							/>
							<figcaption>{labels.language(source.lang)}</figcaption>
						</figure>
						<figure>
							<img
								src={poster.previewUrl}
								width={poster.width}
								height={poster.height}
								alt={t('translate.posterTargetAlt', { language: labels.language(targetLang) })}
							/>
							<figcaption>{labels.language(targetLang)}</figcaption>
						</figure>
					</div>
					{canEdit && poster.hasLogoSlot ? (
						<Form method="post" encType="multipart/form-data" className="form">
							<div className="field">
								<label htmlFor="poster-logo">{t('translate.logo')}</label>
								<FilePicker
									id="poster-logo"
									name="file"
									accept="image/png,image/jpeg,image/webp"
									invalid={!!result?.logo}
									describedBy={result?.logo ? 'poster-logo-error' : 'poster-logo-hint'}
								/>
								<p id="poster-logo-hint" className="hint">
									{t('translate.logoHint')}
								</p>
								{result?.logo ? (
									<p id="poster-logo-error" className="field__error">
										{t(`upload.errors.${result.logo.code}`, {
											ns: 'account',
											limit: result.logo.limitMb,
											defaultValue: t('translate.posterProblems.bad-image'),
										})}
									</p>
								) : null}
							</div>
							<button type="submit" className="button button--secondary">
								{t('translate.logoSave')}
							</button>
						</Form>
					) : null}
				</section>
			) : null}
		</>
	)
}
