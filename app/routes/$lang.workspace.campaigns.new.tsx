import crypto from 'node:crypto'
import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LinksFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireCountryPermission } from '#app/auth/session.server.ts'
import { campaignStyles } from '#app/components/campaign-evidence.tsx'
import {
	campaignValuesFromForm,
	newCampaignId,
	parseCampaignForm,
	type CampaignFormValues,
} from '#app/domain/campaign-form.ts'
import { currencyOfCountry } from '#app/domain/campaign-evidence.ts'
import { CONTENT_LANGUAGES } from '#app/domain/languages.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { createCampaign } from '#app/models/campaign.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { CampaignForm } from './__campaign-form.tsx'
import { pageMeta } from '#app/utils/page-meta.ts'

const freshId = () => newCampaignId(() => crypto.randomBytes(15).toString('hex'))

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { countries } = await requireCountryPermission(request, 'create', 'campaign')
	return {
		title: getFixedT(lang, 'contribute')('campaignNew.title'),
		countries,
		// A fresh id per form: posting the same form twice finds the first campaign.
		campaignId: freshId(),
		lang,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: campaignStyles }]

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, countries } = await requireCountryPermission(request, 'create', 'campaign')
	const form = await readForm(request)
	const requested = field(form, 'countryCode', 2) || countries[0]!
	if (!countries.includes(requested)) throw new Response('Forbidden', { status: 403 })
	// The first text is the original: a posted originalLang cannot point elsewhere.
	form.delete('originalLang')
	const values = campaignValuesFromForm(form)
	const parsed = parseCampaignForm(form)
	if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 })
	const created = await createCampaign(user, requested, parsed.campaign)
	if (!created.ok) {
		// The id belongs to another country's campaign: nothing is written, and
		// the form comes back with a fresh id so sending it again works.
		return data(
			{
				errors: { campaignId: 'campaignForm.errors.form-expired' },
				values: { ...values, campaignId: freshId() },
			},
			{ status: 409 },
		)
	}
	throw redirect(`/${lang}/workspace/campaigns/${created.id}?created=1`)
}

export default function NewCampaign() {
	const { countries, campaignId, lang } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation('contribute')
	const values: CampaignFormValues = result?.values ?? {
		campaignId,
		// Most countries describe their campaign in their own language; the UI
		// language is only a first guess.
		lang,
		originalLang: lang,
		title: '',
		summary: '',
		objectives: '',
		reach: '',
		results: '',
		lessonsLearned: '',
		startYear: '',
		endYear: '',
		organisation: '',
		organisationContact: '',
		reachCount: '',
		reachUnit: 'people',
		durationMonths: '',
		costAmount: '',
		// Most campaigns are paid in their country's currency.
		costCurrency: currencyOfCountry(countries[0] ?? ''),
		evaluationMethod: '',
		channels: [],
		audiences: [],
		risks: [],
	}
	return (
		<>
			<p>
				<Link to={`/${lang}/workspace/campaigns`}>{t('campaignEdit.back')}</Link>
			</p>
			<h1>{t('campaignNew.title')}</h1>
			<p>{t('campaignNew.intro')}</p>
			<CampaignForm
				countries={countries}
				serverErrors={result?.errors}
				submitLabel={t('campaignNew.submit')}
				language={{ kind: 'pick', options: CONTENT_LANGUAGES }}
				values={values}
			/>
		</>
	)
}
