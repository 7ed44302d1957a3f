import crypto from 'node:crypto'
import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LinksFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import {
	AdaptationSteps,
	adaptationFlowStyles,
	TemplateMissing,
} from '#app/components/adaptation-flow.tsx'
import { ContentText, isolate } from '#app/components/content-text.tsx'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { SelectField } from '#app/components/ui/form-controls.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { defaultSourceVersion, defaultTargetLanguage, resumeStep } from '#app/domain/adaptation.ts'
import { CONTENT_LANGUAGES, directionOf } from '#app/domain/languages.ts'
import { DRAFT_ID_PATTERN, newDraftId } from '#app/domain/material-draft.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	createAdaptation,
	getAdaptationOptions,
	requestAdaptationPermission,
} from '#app/models/material/adaptations.server.ts'
import { requestTemplate } from '#app/models/material/templates.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * "Adapt this material", the first step of the guided flow: the licence
 * gate in plain words, then the version to start from, the language, the
 * licence the adaptation will carry and the kind of derivative; or, when
 * the licence requires it, a request for the owner's permission. An
 * adaptation of this material the country already has in progress is
 * offered to resume; a poster that is not a template says what can be done.
 */

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: adaptationFlowStyles }]

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	const options = await getAdaptationOptions(user, params.id ?? '')
	if (!options) throw new Response('Not found', { status: 404 })
	if (options.countries.length === 0) throw new Response('Forbidden', { status: 403 })
	const { source } = options
	const shown = pickVersion(source.versions, lang, source.originalLang)
	const country = options.countries[0]!
	const from = defaultSourceVersion(source.versions, lang, source.originalLang)
	const isPicture = source.resourceType === 'poster' || source.versions.some((v) => v.isPicture)
	return {
		title: getFixedT(lang, 'contribute')('adapt.title', { title: shown?.title ?? '' }),
		lang,
		source: {
			id: source.id,
			countryCode: source.countryCode,
			licence: source.licence,
			title: shown?.title ?? '',
			titleLang: shown?.lang ?? source.originalLang,
			versions: source.versions.map(({ id, lang, title, hasTemplate }) => ({
				id,
				lang,
				title,
				hasTemplate,
			})),
			// A poster none of whose versions is a template: its words cannot be replaced yet.
			needsTemplate: isPicture && !source.versions.some((v) => v.hasTemplate),
		},
		country: {
			countryCode: country.countryCode,
			gate: country.gate,
			request: country.request,
			templateRequest: country.templateRequest,
			inProgress: country.inProgress.map((a) => ({
				...a,
				step: a.adaptationStep === null ? '' : resumeStep(a),
			})),
		},
		defaults: {
			sourceVersionId: from?.id ?? '',
			lang: defaultTargetLanguage(country.countryCode, lang),
		},
		draftId: newDraftId(() => crypto.randomBytes(15).toString('hex')),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

type Posted = {
	sourceVersionId: string
	countryCode: string
	lang: string
	licence: string
	kind: string
	draftId: string
}

type ActionResult = {
	ok: string | null
	problem: string | null
	/** An adaptation into the same language already in progress, to resume instead. */
	exists?: { id: string; lang: string; posted: Posted }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	const form = await readForm(request)
	const intent = field(form, 'intent', 40)
	const countryCode = field(form, 'countryCode', 2)
	if (intent === 'request-permission') {
		const result = await requestAdaptationPermission(user, {
			materialId: params.id ?? '',
			countryCode,
			message: field(form, 'message', 2000),
		})
		if (!result.ok) {
			if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
			if (result.problem === 'not-found') throw new Response('Not found', { status: 404 })
			return data<ActionResult>(
				{ ok: null, problem: `adapt.errors.${result.problem}` },
				{ status: 409 },
			)
		}
		return data<ActionResult>({ ok: 'adapt.requested', problem: null })
	}
	if (intent === 'request-template') {
		const result = await requestTemplate(user, {
			versionId: field(form, 'versionId', 64),
			countryCode,
			message: field(form, 'message', 2000),
		})
		if (!result.ok) {
			if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
			if (result.problem === 'not-found') throw new Response('Not found', { status: 404 })
			return data<ActionResult>(
				{ ok: null, problem: 'adaptFlow.template.notNeeded' },
				{ status: 409 },
			)
		}
		return data<ActionResult>({ ok: 'adaptFlow.template.requested', problem: null })
	}
	if (intent === 'adapt') {
		const posted: Posted = {
			sourceVersionId: field(form, 'sourceVersionId', 64),
			countryCode,
			lang: field(form, 'lang', 10),
			licence: field(form, 'licence', 40),
			kind: field(form, 'kind', 20) === 'translation' ? 'translation' : 'adaptation',
			draftId: field(form, 'draftId', 70),
		}
		if (!DRAFT_ID_PATTERN.test(posted.draftId))
			return data<ActionResult>({ ok: null, problem: 'adapt.errors.form-expired' }, { status: 400 })
		const result = await createAdaptation(user, {
			...posted,
			kind: posted.kind === 'translation' ? 'translation' : 'adaptation',
			allowDuplicate: field(form, 'duplicate', 10) === 'yes',
		})
		if (!result.ok) {
			if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
			if (result.problem === 'not-found') throw new Response('Not found', { status: 404 })
			if (result.problem === 'exists')
				return data<ActionResult>(
					{ ok: null, problem: null, exists: { id: result.existingId, lang: posted.lang, posted } },
					{ status: 409 },
				)
			return data<ActionResult>(
				{ ok: null, problem: `adapt.errors.${result.problem}` },
				{ status: result.problem === 'licence' ? 403 : 400 },
			)
		}
		throw redirect(`/${lang}/workspace/adaptations/${result.id}/translate`)
	}
	return data<ActionResult>({ ok: null, problem: 'adapt.errors.unknown' }, { status: 400 })
}

export default function Adapt() {
	const { source, country, defaults, draftId, lang } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	const sortedLanguages = CONTENT_LANGUAGES.map((l) => [l, labels.language(l)] as const).sort(
		(a, b) => labels.compare(a[1], b[1]),
	)
	return (
		<>
			<p>
				<Link to={`/${lang}/materials/${source.id}`}>{t('adapt.back')}</Link>
			</p>
			<h1>{t('adapt.heading')}</h1>
			<AdaptationSteps current="languages" states={{}} />
			<p>
				<strong>{t('adaptFlow.youAdapt')}</strong>{' '}
				<ContentText lang={source.titleLang}>{source.title}</ContentText> ·{' '}
				{labels.country(source.countryCode)} · {labels.vocab('licence', source.licence)}
			</p>
			<p className="notice">{t(`common:licenceSummary.${source.licence}`)}</p>
			{result?.ok ? <FormMessage tone="ok">{t(result.ok)}</FormMessage> : null}
			{result?.problem ? <FormMessage tone="error">{t(result.problem)}</FormMessage> : null}

			{result?.exists ? (
				<section className="panel" aria-labelledby="exists-title" role="alert">
					<h2 id="exists-title" style={{ marginBlockStart: 0 }}>
						{t('adaptFlow.resume.existsTitle', { language: labels.language(result.exists.lang) })}
					</h2>
					<p>{t('adaptFlow.resume.existsIntro')}</p>
					<div className="flow-actions">
						<Link className="button" to={`/${lang}/workspace/adaptations/${result.exists.id}`}>
							{t('adaptFlow.resume.resume')}
						</Link>
						<Form method="post">
							{Object.entries(result.exists.posted).map(([name, value]) => (
								<input key={name} type="hidden" name={name} value={value} />
							))}
							<input type="hidden" name="intent" value="adapt" />
							<input type="hidden" name="duplicate" value="yes" />
							<button type="submit" className="button button--secondary">
								{t('adaptFlow.resume.second')}
							</button>
						</Form>
					</div>
				</section>
			) : country.inProgress.length ? (
				<section className="panel" aria-labelledby="in-progress-title">
					<h2 id="in-progress-title" style={{ marginBlockStart: 0 }}>
						{t('adaptFlow.resume.inProgressTitle')}
					</h2>
					<ul className="in-progress">
						{country.inProgress.map((a) => (
							<li key={a.id}>
								<span>
									<strong>{labels.language(a.lang)}</strong>
									{a.title ? (
										<>
											{' · '}
											<bdi lang={a.lang} dir={directionOf(a.lang)}>
												{a.title}
											</bdi>
										</>
									) : null}{' '}
									<span className={`status status--${a.status}`}>
										{labels.vocab('status', a.status)}
									</span>{' '}
									<span className="hint">
										{t('adaptFlow.resume.updated', { date: labels.date(a.updatedAt) })}
									</span>
								</span>
								<Link
									className="button button--secondary button--small"
									to={`/${lang}/workspace/adaptations/${a.id}${a.step ? `/${a.step}` : ''}`}
									aria-label={t('adaptFlow.resume.resumeIn', {
										language: labels.language(a.lang),
									})}
								>
									{t('adaptFlow.resume.resume')}
								</Link>
							</li>
						))}
					</ul>
				</section>
			) : null}

			{country.gate.allowed && source.needsTemplate ? (
				<TemplateMissing
					owner={source.countryCode}
					countryCode={country.countryCode}
					versionId={defaults.sourceVersionId}
					requestedAt={country.templateRequest?.createdAt ?? null}
					requested={result?.ok === 'adaptFlow.template.requested'}
				/>
			) : null}
			{country.gate.allowed ? (
				<Form method="post" className="form panel flow-form">
					<h2 style={{ marginBlockStart: 0 }}>{t('adaptFlow.languages.title')}</h2>
					<input type="hidden" name="intent" value="adapt" />
					<input type="hidden" name="draftId" value={draftId} />
					<input type="hidden" name="countryCode" value={country.countryCode} />
					{country.gate.byPermission ? <p className="hint">{t('adapt.byPermission')}</p> : null}
					<SelectField
						idPrefix="adapt"
						label={t('adapt.from')}
						name="sourceVersionId"
						value={defaults.sourceVersionId}
						emptyLabel={null}
						error={null}
						hint={
							source.versions.some((v) => v.hasTemplate) &&
							source.versions.some((v) => !v.hasTemplate)
								? t('adaptFlow.languages.templateVersions')
								: undefined
						}
						options={source.versions.map(
							(v) =>
								[
									v.id,
									`${labels.language(v.lang)}: ${isolate(v.title)}${
										v.hasTemplate && source.versions.some((o) => !o.hasTemplate)
											? ` (${t('adaptFlow.languages.isTemplate')})`
											: ''
									}`,
								] as const,
						)}
					/>
					<SelectField
						idPrefix="adapt"
						label={t('adapt.into')}
						name="lang"
						value={defaults.lang}
						required
						error={null}
						hint={t('adaptFlow.languages.intoHint', {
							country: labels.country(country.countryCode),
						})}
						options={sortedLanguages}
					/>
					<SelectField
						idPrefix="adapt"
						label={t('adapt.licence')}
						name="licence"
						value={country.gate.licences[0] ?? ''}
						emptyLabel={null}
						error={null}
						hint={
							country.gate.licences.length === 1
								? t('adapt.licenceForced')
								: t('adapt.licenceChoice')
						}
						options={country.gate.licences.map((l) => [l, labels.vocab('licence', l)] as const)}
					/>
					<SelectField
						idPrefix="adapt"
						label={t('adapt.kind')}
						name="kind"
						value="adaptation"
						emptyLabel={null}
						error={null}
						options={[
							['adaptation', t('adapt.kinds.adaptation')],
							['translation', t('adapt.kinds.translation')],
						]}
					/>
					<button type="submit" className="button">
						{t('adapt.start')}
					</button>
				</Form>
			) : (
				<section className="panel" aria-labelledby="permission-title">
					<h2 id="permission-title">{t(`adapt.gate.${country.gate.reason}`)}</h2>
					<p>{t('adapt.gate.explain')}</p>
					{country.request?.status === 'pending' ? (
						<p className="notice">{t('adapt.pending')}</p>
					) : (
						<Form method="post" className="form">
							<input type="hidden" name="intent" value="request-permission" />
							<input type="hidden" name="countryCode" value={country.countryCode} />
							{country.request?.status === 'refused' ? (
								<p className="hint">{t('adapt.refusedBefore')}</p>
							) : null}
							<Field label={t('adapt.message')} name="message" maxLength={2000} />
							<button type="submit" className="button">
								{t('adapt.ask')}
							</button>
						</Form>
					)}
				</section>
			)}
		</>
	)
}
