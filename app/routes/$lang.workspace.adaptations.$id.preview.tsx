import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { TemplateMissing, type StepHandle } from '#app/components/adaptation-flow.tsx'
import { ResponsiveImage } from '#app/components/responsive-image.tsx'
import { TerminologyNotice } from '#app/components/terminology-notice.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { FilePicker } from '#app/components/ui/file-picker.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { adaptationStepPath } from '#app/domain/adaptation.ts'
import { directionOf } from '#app/domain/languages.ts'
import { LICENCE_TERMS } from '#app/domain/licence.ts'
import { terminologyAdvice } from '#app/domain/terminology.ts'
import { type Licence } from '#app/domain/vocabularies.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { recordAdaptationStep } from '#app/models/material/adaptations.server.ts'
import { getVersionPreview } from '#app/models/material/queries.server.ts'
import {
	getPendingTemplateRequest,
	getTemplate,
	refreshRenderedPoster,
	requestTemplate,
	setTemplateLogo,
} from '#app/models/material/templates.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { loadAdaptation, posterTarget } from './__adaptation-flow.server.ts'
import { withIngestedUpload } from './__upload.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * Step 3 of an adaptation: the poster and the page as the public will see
 * them (the rendered poster beside the original, the title, description,
 * licence and credit laid out as on the public page), the country's logo,
 * and, for a poster that is not a template, what can be done about it.
 */

export const handle: StepHandle = { step: 'preview' }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { adaptation, canEdit, scope } = await loadAdaptation(request, params.id)
	const { material, version, source } = adaptation
	const [template, stored, sourcePreview, templateRequest] = await Promise.all([
		getTemplate(version.id),
		getVersionPreview(version.id),
		source.hasTemplate ? null : getVersionPreview(source.versionId),
		source.hasTemplate ? null : getPendingTemplateRequest(source.id, scope.countryCode),
	])
	const texts = [version.title, version.description, ...adaptation.segments.map((s) => s.text)]
	return {
		title: getFixedT(lang, 'contribute')('adaptFlow.preview.title'),
		lang,
		materialId: material.id,
		countryCode: material.countryCode,
		licence: material.licence as Licence,
		canEdit,
		version: {
			id: version.id,
			lang: version.lang,
			title: version.title,
			description: version.description,
		},
		source: {
			id: source.id,
			versionId: source.versionId,
			title: source.title,
			lang: source.lang,
			countryCode: source.countryCode,
			hasTemplate: source.hasTemplate,
			isPicture: source.isPicture,
			preview: sourcePreview,
		},
		templateRequestedAt: templateRequest?.createdAt.toISOString() ?? null,
		poster: template
			? {
					previewUrl: `/template-preview/${version.id}?v=${version.updatedAt.getTime()}-${template.updatedAt.getTime()}-${template.logo?.id ?? ''}`,
					sourcePreviewUrl: source.hasTemplate ? `/template-preview/${source.versionId}` : null,
					width: template.width,
					height: template.height,
					hasLogoSlot: template.slots.some((s) => s.kind === 'logo'),
				}
			: null,
		// What the public page will show: the version's stored preview (an
		// adaptation's poster is rendered into it at every save).
		stored,
		terminology: terminologyAdvice(version.lang, texts),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const loaded = await loadAdaptation(request, params.id)
	const { user, scope, adaptation, canEdit } = loaded
	const target = posterTarget(loaded)
	const here = adaptationStepPath(lang, scope.id, 'preview')
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
					logo: { code: outcome.code, limitMb: 'limitMb' in outcome ? (outcome.limitMb ?? 0) : 0 },
				},
				{ status: outcome.status },
			)
		}
		const rendered = await refreshRenderedPoster(user, target)
		throw redirect(`${here}?logo=1${rendered.ok ? '' : `&poster=${rendered.problem}`}`)
	}
	const form = await readForm(request)
	const intent = field(form, 'intent', 40)
	if (intent === 'request-template') {
		const result = await requestTemplate(user, {
			versionId: adaptation.source.versionId,
			countryCode: scope.countryCode,
			message: field(form, 'message', 2000),
		})
		if (!result.ok) {
			if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
			return data(
				{
					problem: `adaptFlow.template.${result.problem === 'not-found' ? 'gone' : 'notNeeded'}`,
					logo: null,
				},
				{ status: 409 },
			)
		}
		throw redirect(`${here}?requested=1`)
	}
	if (intent === 'continue') {
		// Content in review or public changes no more: the next step only shows where it stands.
		if (canEdit) await recordAdaptationStep(user, scope.id, 'submit')
		throw redirect(adaptationStepPath(lang, scope.id, 'submit'))
	}
	return data({ problem: 'adapt.errors.unknown', logo: null }, { status: 400 })
}

export default function PreviewAdaptation() {
	const {
		lang,
		materialId,
		countryCode,
		licence,
		canEdit,
		version,
		source,
		templateRequestedAt,
		poster,
		stored,
		terminology,
	} = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const [params] = useSearchParams()
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	const owner = labels.country(countryCode)
	const templateEditor = `/${lang}/workspace/templates/${version.id}`
	const posterAlt = t('translate.posterTargetAlt', { language: labels.language(version.lang) })
	// As the public page says it.
	const publicAlt = t('material.previewAlt', { ns: 'common', title: version.title })
	return (
		<section aria-labelledby="step-title">
			<h2 id="step-title">{t('adaptFlow.preview.title')}</h2>
			<p>{t('adaptFlow.preview.intro')}</p>
			{params.get('logo') ? <FormMessage tone="ok">{t('translate.logoSaved')}</FormMessage> : null}
			{params.get('requested') ? (
				<FormMessage tone="ok">{t('adaptFlow.template.requested')}</FormMessage>
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
			{result?.problem ? <FormMessage tone="error">{t(result.problem)}</FormMessage> : null}

			<div className="public-preview">
				<p className="public-preview__label">{t('adaptFlow.preview.asPublic')}</p>
				{version.title ? (
					<h3 lang={version.lang} dir={directionOf(version.lang)}>
						{version.title}
					</h3>
				) : (
					<h3>
						<em>{t('adaptFlow.preview.noTitle')}</em>
					</h3>
				)}
				<p>{t('material.byline', { ns: 'common', country: owner })}</p>
				<div className="material">
					<div>
						{stored ? (
							<ResponsiveImage
								className="preview"
								fileId={stored.fileId}
								renditions={stored.renditions}
								sizes="(max-width: 900px) 100vw, 780px"
								alt={publicAlt}
								width={stored.width ?? undefined}
								height={stored.height ?? undefined}
							/>
						) : poster ? (
							<img
								className="preview"
								src={poster.previewUrl}
								width={poster.width}
								height={poster.height}
								alt={publicAlt}
							/>
						) : (
							<p className="hint">{t('adaptFlow.preview.noPoster')}</p>
						)}
						{version.description ? (
							<p lang={version.lang} dir={directionOf(version.lang)}>
								{version.description}
							</p>
						) : null}
					</div>
					<div className="panel">
						<h4 style={{ marginBlockStart: 0 }}>{t('material.licence', { ns: 'common' })}</h4>
						<p>{labels.vocab('licence', licence)}</p>
						{LICENCE_TERMS[licence].attribution ? (
							<div className="attribution">
								<strong>{t('material.attributionLabel', { ns: 'common' })}</strong>
								<p style={{ margin: 0 }}>
									{t('attribution.adapted', {
										ns: 'common',
										title: version.title,
										owner,
										licence: labels.vocab('licence', licence),
										sourceTitle: source.title,
										sourceOwner: labels.country(source.countryCode),
									})}
								</p>
							</div>
						) : null}
					</div>
				</div>
			</div>

			{poster ? (
				<section aria-labelledby="poster-title" className="poster-compare">
					<h3 id="poster-title">{t('adaptFlow.preview.posterTitle')}</h3>
					<p className="hint">{t('translate.posterHint')}</p>
					<div className="poster-compare__pair">
						<figure>
							{poster.sourcePreviewUrl ? (
								<img
									src={poster.sourcePreviewUrl}
									width={poster.width}
									height={poster.height}
									alt={t('translate.posterSourceAlt', { language: labels.language(source.lang) })}
								/>
							) : source.preview ? (
								<ResponsiveImage
									fileId={source.preview.fileId}
									renditions={source.preview.renditions}
									sizes="(max-width: 600px) 100vw, 380px"
									alt={t('translate.posterSourceAlt', { language: labels.language(source.lang) })}
									width={source.preview.width ?? undefined}
									height={source.preview.height ?? undefined}
								/>
							) : null}
							<figcaption>{labels.language(source.lang)}</figcaption>
						</figure>
						<figure>
							<img
								src={poster.previewUrl}
								width={poster.width}
								height={poster.height}
								alt={posterAlt}
							/>
							<figcaption>{labels.language(version.lang)}</figcaption>
						</figure>
					</div>
					{canEdit ? (
						<p>
							<Link to={templateEditor}>{t('adaptFlow.preview.editBoxes')}</Link>{' '}
							<span className="hint">{t('adaptFlow.preview.editBoxesHint')}</span>
						</p>
					) : null}
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
			) : source.isPicture && canEdit ? (
				<TemplateMissing
					owner={source.countryCode}
					countryCode={countryCode}
					versionId={source.versionId}
					requestedAt={templateRequestedAt}
					requested={false}
					ownArtworkHref={templateEditor}
					level={3}
				/>
			) : null}

			<TerminologyNotice id={version.id} lang={version.lang} terms={terminology} />

			<Form method="post" className="flow-actions">
				<input type="hidden" name="intent" value="continue" />
				<button type="submit" className="button">
					{t('adaptFlow.preview.continue')}
				</button>
				<Link to={adaptationStepPath(lang, materialId, 'translate')}>
					{t('adaptFlow.preview.back')}
				</Link>
			</Form>
		</section>
	)
}
