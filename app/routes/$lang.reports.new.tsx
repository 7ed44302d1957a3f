import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/auth/session.server.ts'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { ROUND_KINDS, ROUND_VISIBILITIES } from '#app/domain/reporting.ts'
import { MAX_ROUND_TITLE, parseRoundForm, type RoundFormErrors } from '#app/domain/round-form.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listAllianceCountries } from '#app/models/country.server.ts'
import { listRoundsToFollow, openRoundChecked } from '#app/models/reporting/rounds.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * Administrators open a round: stock-taking or biennial, its period and due
 * date, the participant that holds its secretariat, who may read it, and
 * the round it follows (its structure is copied and its announced measures
 * carried forward into each country's new report).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	await requirePermission(request, 'manage', 'reporting-round')
	const [countries, previous] = await Promise.all([listAllianceCountries(), listRoundsToFollow()])
	return {
		title: getFixedT(lang, 'reporting')('open.title'),
		countries: countries.map((c) => c.code),
		previous,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

const FIELDS = [
	'kind',
	'title',
	'periodStart',
	'periodEnd',
	'dueDate',
	'secretariatCountryCode',
	'visibility',
	'previousRoundId',
] as const

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requirePermission(request, 'manage', 'reporting-round')
	const form = await readForm(request)
	const values = Object.fromEntries(FIELDS.map((name) => [name, field(form, name, 400)]))
	const parsed = parseRoundForm(values)
	if (!parsed.ok) return data({ errors: parsed.errors as RoundFormErrors, values }, { status: 400 })
	const opened = await openRoundChecked(user, parsed.value)
	if (!opened.ok)
		return data(
			{ errors: { [opened.field]: opened.problem } as RoundFormErrors, values },
			{ status: 400 },
		)
	return redirect(`/${lang}/reports/${opened.round.id}`)
}

export default function OpenRound() {
	const { countries, previous } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation('reporting')
	const labels = useLabels()
	const errors: RoundFormErrors = result?.errors ?? {}
	const values: Record<string, string> = result?.values ?? {}
	const error = (name: keyof RoundFormErrors) =>
		errors[name] ? t(`open.errors.${errors[name]}`) : null
	const sorted = [...countries].sort((a, b) => labels.compare(labels.country(a), labels.country(b)))
	return (
		<>
			<h1>{t('open.title')}</h1>
			<p>{t('open.intro')}</p>
			{Object.keys(errors).length ? (
				<FormMessage tone="error">{t('open.errors.summary')}</FormMessage>
			) : null}
			<Form method="post" className="form panel">
				<Field id="round-kind" label={t('open.kind')} error={error('kind')}>
					<select id="round-kind" name="kind" defaultValue={values.kind ?? 'biennial'} required>
						{ROUND_KINDS.map((kind) => (
							<option key={kind} value={kind}>
								{t(`kinds.${kind}`)}
							</option>
						))}
					</select>
				</Field>
				<Field
					label={t('open.roundTitle')}
					name="title"
					required
					maxLength={MAX_ROUND_TITLE}
					defaultValue={values.title}
					error={error('title')}
					hint={t('open.roundTitleHint')}
				/>
				<Field
					label={t('open.periodStart')}
					name="periodStart"
					type="date"
					required
					defaultValue={values.periodStart}
					error={error('periodStart')}
				/>
				<Field
					label={t('open.periodEnd')}
					name="periodEnd"
					type="date"
					required
					defaultValue={values.periodEnd}
					error={error('periodEnd')}
				/>
				<Field
					label={t('open.dueDate')}
					name="dueDate"
					type="date"
					required
					defaultValue={values.dueDate}
					error={error('dueDate')}
				/>
				<Field
					id="round-secretariat"
					label={t('open.secretariat')}
					error={error('secretariatCountryCode')}
					hint={t('open.secretariatHint')}
				>
					<select
						id="round-secretariat"
						name="secretariatCountryCode"
						defaultValue={values.secretariatCountryCode ?? ''}
						required
						aria-describedby="round-secretariat-hint"
					>
						<option value="">{t('open.choose')}</option>
						{sorted.map((code) => (
							<option key={code} value={code}>
								{labels.country(code)}
							</option>
						))}
					</select>
				</Field>
				<fieldset>
					<legend>{t('open.visibility')}</legend>
					{ROUND_VISIBILITIES.map((visibility) => (
						<label key={visibility}>
							<input
								type="radio"
								name="visibility"
								value={visibility}
								defaultChecked={(values.visibility ?? 'members') === visibility}
							/>{' '}
							{t(`visibility.${visibility}`)}
						</label>
					))}
					{error('visibility') ? <p className="field__error">{error('visibility')}</p> : null}
				</fieldset>
				<Field
					id="round-previous"
					label={t('open.previous')}
					error={error('previousRoundId')}
					hint={t('open.previousHint')}
				>
					<select
						id="round-previous"
						name="previousRoundId"
						defaultValue={values.previousRoundId ?? previous[0]?.id ?? ''}
						aria-describedby="round-previous-hint"
					>
						<option value="">{t('open.noPrevious')}</option>
						{previous.map((round) => (
							<option key={round.id} value={round.id}>
								{round.title} ({t(`roundStatus.${round.status}`)})
							</option>
						))}
					</select>
				</Field>
				<button type="submit" className="button">
					{t('open.submit')}
				</button>
			</Form>
		</>
	)
}
