import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { type StepHandle } from '#app/components/adaptation-flow.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { SelectField } from '#app/components/ui/form-controls.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { adaptationStepPath } from '#app/domain/adaptation.ts'
import { CONTENT_LANGUAGES, directionOf } from '#app/domain/languages.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	getAdaptationChoices,
	recordAdaptationStep,
	updateAdaptationChoices,
} from '#app/models/material/adaptations.server.ts'
import { refreshRenderedPoster } from '#app/models/material/templates.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { loadAdaptation, posterTarget } from './__adaptation-flow.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * Step 1 of an adaptation that has started: the version it translates, and
 * the language, licence and kind it was started with, which can still be
 * changed while it is a draft (a wrong language is an easy first mistake).
 */

export const handle: StepHandle = { step: 'languages' }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { scope, canEdit } = await loadAdaptation(request, params.id)
	const choices = (await getAdaptationChoices(scope.id))!
	return {
		title: getFixedT(lang, 'contribute')('adaptFlow.languages.title'),
		lang,
		canEdit,
		choices,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const loaded = await loadAdaptation(request, params.id)
	const { user, scope, adaptation, canEdit } = loaded
	if (!canEdit) throw new Response('Forbidden', { status: 403 })
	const form = await readForm(request)
	const wanted = field(form, 'lang', 10)
	const result = await updateAdaptationChoices(user, scope.id, {
		lang: wanted,
		licence: field(form, 'licence', 40),
		kind: field(form, 'kind', 20) === 'translation' ? 'translation' : 'adaptation',
	})
	if (!result.ok)
		return data(
			{
				problem: `adaptFlow.languages.errors.${result.problem}`,
				existingId: result.existingId ?? null,
			},
			{ status: result.problem === 'exists' ? 409 : 400 },
		)
	// The poster's words are drawn in the fonts and direction of its language.
	if (wanted !== adaptation.version.lang)
		await refreshRenderedPoster(user, { ...posterTarget(loaded), lang: wanted })
	await recordAdaptationStep(user, scope.id, 'translate')
	throw redirect(adaptationStepPath(lang, scope.id, 'translate'))
}

export default function AdaptationLanguages() {
	const { lang, canEdit, choices } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	return (
		<section aria-labelledby="step-title">
			<h2 id="step-title">{t('adaptFlow.languages.title')}</h2>
			<p>
				{t('adaptFlow.languages.from', { language: labels.language(choices.source.lang) })}{' '}
				<bdi lang={choices.source.lang} dir={directionOf(choices.source.lang)}>
					{choices.source.title}
				</bdi>
			</p>
			{result?.problem ? (
				<FormMessage tone="error">
					{t(result.problem)}{' '}
					{result.existingId ? (
						<Link to={`/${lang}/workspace/adaptations/${result.existingId}`}>
							{t('adaptFlow.resume.resume')}
						</Link>
					) : null}
				</FormMessage>
			) : null}
			{canEdit ? (
				<Form method="post" className="form panel flow-form">
					<SelectField
						idPrefix="choices"
						label={t('adapt.into')}
						name="lang"
						value={choices.lang}
						emptyLabel={null}
						error={null}
						options={CONTENT_LANGUAGES.map((l) => [l, labels.language(l)] as const).sort((a, b) =>
							labels.compare(a[1], b[1]),
						)}
					/>
					<SelectField
						idPrefix="choices"
						label={t('adapt.licence')}
						name="licence"
						value={choices.licence}
						emptyLabel={null}
						error={null}
						hint={
							choices.licences.length === 1 ? t('adapt.licenceForced') : t('adapt.licenceChoice')
						}
						options={(choices.licences.includes(choices.licence)
							? choices.licences
							: [choices.licence, ...choices.licences]
						).map((l) => [l, labels.vocab('licence', l)] as const)}
					/>
					<SelectField
						idPrefix="choices"
						label={t('adapt.kind')}
						name="kind"
						value={choices.kind}
						emptyLabel={null}
						error={null}
						options={[
							['adaptation', t('adapt.kinds.adaptation')],
							['translation', t('adapt.kinds.translation')],
						]}
					/>
					<button type="submit" className="button">
						{t('adaptFlow.languages.save')}
					</button>
				</Form>
			) : (
				<dl className="facts panel">
					<dt>{t('adapt.into')}</dt>
					<dd>{labels.language(choices.lang)}</dd>
					<dt>{t('adapt.licence')}</dt>
					<dd>{labels.vocab('licence', choices.licence)}</dd>
					<dt>{t('adapt.kind')}</dt>
					<dd>{t(`adapt.kinds.${choices.kind}`)}</dd>
				</dl>
			)}
		</section>
	)
}
