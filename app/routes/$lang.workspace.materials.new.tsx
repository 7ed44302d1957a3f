import crypto from 'node:crypto'
import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireCountryPermission } from '#app/auth/session.server.ts'
import { newDraftId, parseMaterialDraft } from '#app/domain/material-draft.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listCampaignChoices } from '#app/models/campaign.server.ts'
import { createDraftMaterial } from '#app/models/material/drafts.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { MaterialForm } from './__material-form.tsx'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * A new draft, in one of the user's countries. `?campaign=<id>` (the link on
 * a campaign's page) starts it in that campaign, when it is one of theirs.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { countries } = await requireCountryPermission(request, 'create', 'material')
	const campaigns = await listCampaignChoices(countries, lang)
	const asked = new URL(request.url).searchParams.get('campaign')
	return {
		title: getFixedT(lang, 'account')('draft.newTitle'),
		countries,
		campaigns,
		campaignId: campaigns.find((c) => c.id === asked)?.id ?? '',
		draftId: newDraftId(() => crypto.randomBytes(15).toString('hex')),
		lang,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, countries } = await requireCountryPermission(request, 'create', 'material')
	const form = await readForm(request)
	const requested = field(form, 'countryCode', 2) || countries[0]!
	if (!countries.includes(requested)) throw new Response('Forbidden', { status: 403 })
	const parsed = parseMaterialDraft(form)
	if (!parsed.ok) return data({ errors: parsed.errors }, { status: 400 })
	const created = await createDraftMaterial(user, requested, parsed.draft)
	if (!created.ok) return data({ errors: { campaignId: 'draft.errors.campaign' } }, { status: 400 })
	throw redirect(`/${lang}/workspace/materials/${created.id}?saved=1`)
}

export default function NewMaterial() {
	const { countries, campaigns, campaignId, draftId, lang } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation('account')
	return (
		<>
			<h1>{t('draft.newTitle')}</h1>
			<p>{t('draft.newIntro')}</p>
			<MaterialForm
				countries={countries}
				campaigns={campaigns}
				serverErrors={result?.errors}
				submitLabel={t('draft.create')}
				values={{
					draftId,
					campaignId,
					title: '',
					description: '',
					lang,
					resourceType: '',
					licence: '',
					audiences: [],
					risks: [],
					accessibility: [],
					ageMin: null,
					ageMax: null,
					organisation: '',
					organisationContact: '',
				}}
			/>
		</>
	)
}
