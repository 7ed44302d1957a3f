import crypto from 'node:crypto'
import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import { ContentText, isolate } from '#app/components/content-text.tsx'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { SelectField } from '#app/components/ui/form-controls.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { CONTENT_LANGUAGES } from '#app/domain/languages.ts'
import { DRAFT_ID_PATTERN, newDraftId } from '#app/domain/material-draft.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	createAdaptation,
	getAdaptationOptions,
	requestAdaptationPermission,
} from '#app/models/material/adaptations.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'

/**
 * "Adapt this material": the licence gate in plain words, then the language,
 * the licence the adaptation will carry and the kind of derivative; or, when
 * the licence requires it, a request for the owner's permission.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	const options = await getAdaptationOptions(user, params.id ?? '')
	if (!options) throw new Response('Not found', { status: 404 })
	if (options.countries.length === 0) throw new Response('Forbidden', { status: 403 })
	const shown = pickVersion(options.source.versions, lang, options.source.originalLang)
	return {
		title: getFixedT(lang, 'contribute')('adapt.title', { title: shown?.title ?? '' }),
		lang,
		source: {
			id: options.source.id,
			countryCode: options.source.countryCode,
			licence: options.source.licence,
			title: shown?.title ?? '',
			titleLang: shown?.lang ?? options.source.originalLang,
			versions: options.source.versions,
		},
		countries: options.countries,
		draftId: newDraftId(() => crypto.randomBytes(15).toString('hex')),
	}
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

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
			return data({ ok: null, problem: `adapt.errors.${result.problem}` }, { status: 409 })
		}
		return { ok: 'adapt.requested', problem: null }
	}
	if (intent === 'adapt') {
		const draftId = field(form, 'draftId', 70)
		if (!DRAFT_ID_PATTERN.test(draftId))
			return data({ ok: null, problem: 'adapt.errors.form-expired' }, { status: 400 })
		const kind = field(form, 'kind', 20) === 'translation' ? 'translation' : 'adaptation'
		const result = await createAdaptation(user, {
			sourceVersionId: field(form, 'sourceVersionId', 64),
			countryCode,
			lang: field(form, 'lang', 10),
			licence: field(form, 'licence', 40),
			kind,
			draftId,
		})
		if (!result.ok) {
			if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
			if (result.problem === 'not-found') throw new Response('Not found', { status: 404 })
			return data(
				{ ok: null, problem: `adapt.errors.${result.problem}` },
				{ status: result.problem === 'licence' ? 403 : 400 },
			)
		}
		throw redirect(`/${lang}/workspace/adaptations/${result.id}`)
	}
	return data({ ok: null, problem: 'adapt.errors.unknown' }, { status: 400 })
}

export default function Adapt() {
	const { source, countries, draftId, lang } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	const country = countries[0]!
	return (
		<>
			<p>
				<Link to={`/${lang}/materials/${source.id}`}>{t('adapt.back')}</Link>
			</p>
			<h1>{t('adapt.heading')}</h1>
			<p>
				<ContentText lang={source.titleLang}>{source.title}</ContentText> ·{' '}
				{labels.country(source.countryCode)} · {labels.vocab('licence', source.licence)}
			</p>
			<p className="notice">{t(`common:licenceSummary.${source.licence}`)}</p>
			{result?.ok ? <FormMessage tone="ok">{t(result.ok)}</FormMessage> : null}
			{result?.problem ? <FormMessage tone="error">{t(result.problem)}</FormMessage> : null}
			{country.gate.allowed ? (
				<Form method="post" className="form panel">
					<input type="hidden" name="intent" value="adapt" />
					<input type="hidden" name="draftId" value={draftId} />
					<input type="hidden" name="countryCode" value={country.countryCode} />
					{country.gate.byPermission ? <p className="hint">{t('adapt.byPermission')}</p> : null}
					<SelectField
						idPrefix="adapt"
						label={t('adapt.from')}
						name="sourceVersionId"
						value={source.versions[0]?.id ?? ''}
						emptyLabel={null}
						error={null}
						options={source.versions.map(
							(v) => [v.id, `${labels.language(v.lang)}: ${isolate(v.title)}`] as const,
						)}
					/>
					<SelectField
						idPrefix="adapt"
						label={t('adapt.into')}
						name="lang"
						value=""
						required
						error={null}
						options={CONTENT_LANGUAGES.map((l) => [l, labels.language(l)] as const).sort((a, b) =>
							a[1].localeCompare(b[1]),
						)}
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
