import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LinksFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import { campaignStyles } from '#app/components/campaign-evidence.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import {
	campaignValuesFromForm,
	parseCampaignForm,
	type CampaignFormValues,
} from '#app/domain/campaign-form.ts'
import { currencyOfCountry } from '#app/domain/campaign-evidence.ts'
import { CONTENT_LANGUAGES, directionOf, isContentLanguage } from '#app/domain/languages.ts'
import { can, type Actor } from '#app/domain/permissions.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	getCampaignScope,
	getWorkspaceCampaign,
	saveCampaign,
} from '#app/models/campaign.server.ts'
import { listCampaignMaterials } from '#app/models/material/queries.server.ts'
import { readForm } from '#app/utils/request.server.ts'
import { CampaignForm } from './__campaign-form.tsx'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * The country a campaign belongs to, if the user may edit its campaigns.
 * Anyone else, whatever their role, gets a 404 exactly as if it did not
 * exist: the workspace does not reveal other countries' unpublished work.
 */
async function requireOwnCampaign(user: Actor, id: string | undefined) {
	const scope = await getCampaignScope(id ?? '')
	if (!scope || !can(user, 'edit', 'campaign', { countryCode: scope.countryCode })) {
		throw new Response('Not found', { status: 404 })
	}
	return scope
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	const scope = await requireOwnCampaign(user, params.id)
	const campaign = (await getWorkspaceCampaign(scope.id))!
	const existing = campaign.translations.map((t) => t.lang)
	// ?language=fr edits that text; ?language=new (or a language without a
	// text yet) adds one; by default, the text in the reader's language.
	const asked = new URL(request.url).searchParams.get('language') ?? ''
	let editing: string | null
	let adding = ''
	if (existing.includes(asked)) editing = asked
	else if (asked === 'new') editing = null
	else if (isContentLanguage(asked)) {
		editing = null
		adding = asked
	} else editing = pickVersion(campaign.translations, lang, campaign.originalLang)?.lang ?? null
	const shown = pickVersion(campaign.translations, lang, campaign.originalLang)
	return {
		title: `${shown?.title ?? ''} · ${getFixedT(lang, 'contribute')('campaignEdit.title')}`,
		lang,
		campaign,
		materials: await listCampaignMaterials(scope.id, lang),
		canAddMaterial: can(user, 'create', 'material', { countryCode: scope.countryCode }),
		editing,
		adding,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: campaignStyles }]

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	const scope = await requireOwnCampaign(user, params.id)
	const form = await readForm(request)
	// The URL names the campaign; a posted id cannot redirect the write elsewhere.
	form.set('campaignId', scope.id)
	const values = campaignValuesFromForm(form)
	const parsed = parseCampaignForm(form, 'existing')
	if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 })
	const saved = await saveCampaign(user, scope.id, parsed.campaign)
	if (!saved.ok) return data({ errors: saved.errors, values }, { status: 400 })
	const outcome = saved.added ? 'added' : 'saved'
	throw redirect(
		`/${lang}/workspace/campaigns/${scope.id}?${outcome}=1&language=${parsed.campaign.lang}`,
	)
}

export default function EditCampaign() {
	const { campaign, materials, canAddMaterial, editing, adding, lang } =
		useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const [params] = useSearchParams()
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	const existing = campaign.translations.map((tr) => tr.lang)
	const shown = pickVersion(campaign.translations, lang, campaign.originalLang)
	const text = campaign.translations.find((tr) => tr.lang === editing)
	// After a refusal, the form shows what was sent, in the mode it was sent in.
	const values: CampaignFormValues = result?.values ?? {
		campaignId: campaign.id,
		lang: text?.lang ?? adding,
		originalLang: campaign.originalLang,
		title: text?.title ?? '',
		summary: text?.summary ?? '',
		objectives: text?.objectives ?? '',
		reach: text?.reach ?? '',
		results: text?.results ?? '',
		lessonsLearned: text?.lessonsLearned ?? '',
		startYear: campaign.startYear?.toString() ?? '',
		endYear: campaign.endYear?.toString() ?? '',
		organisation: campaign.organisation ?? '',
		organisationContact: campaign.organisationContact ?? '',
		reachCount: campaign.reachCount?.toString() ?? '',
		reachUnit: campaign.reachUnit ?? 'people',
		durationMonths: campaign.durationMonths?.toString() ?? '',
		costAmount: campaign.costAmount?.toString() ?? '',
		costCurrency: campaign.costCurrency ?? currencyOfCountry(campaign.countryCode),
		evaluationMethod: campaign.evaluationMethod ?? '',
		channels: campaign.channels,
		audiences: campaign.audiences,
		risks: campaign.risks,
	}
	const isExisting = existing.includes(values.lang)
	const years = [campaign.startYear, campaign.endYear]
		.filter((y, i, all) => y != null && all.indexOf(y) === i)
		.join('–')
	const language = (code: string) => labels.language(code)
	return (
		<>
			<p>
				<Link to={`/${lang}/workspace/campaigns`}>{t('campaignEdit.back')}</Link>
			</p>
			<p>{t('campaignEdit.title')}</p>
			<h1 lang={shown?.lang} dir={shown ? directionOf(shown.lang) : undefined}>
				{shown?.title || t('campaignList.untitled')}
			</h1>
			<p>
				{labels.country(campaign.countryCode)}
				{years ? ` · ${years}` : null}
				{' · '}
				{t('campaignEdit.materials', { count: campaign.materialCount })}
				{' · '}
				{campaign.isPublic ? (
					<Link to={`/${lang}/campaigns/${campaign.id}`}>{t('campaignEdit.publicPage')}</Link>
				) : (
					t('campaignEdit.notPublic')
				)}
			</p>
			{params.get('created') ? (
				<FormMessage tone="ok">{t('campaignEdit.created')}</FormMessage>
			) : null}
			{params.get('saved') ? <FormMessage tone="ok">{t('campaignEdit.saved')}</FormMessage> : null}
			{params.get('added') && editing ? (
				<FormMessage tone="ok">
					{t('campaignEdit.added', { language: language(editing) })}
				</FormMessage>
			) : null}

			<section className="panel" aria-labelledby="campaign-materials-title">
				<div className="results-head">
					<h2 id="campaign-materials-title" style={{ marginBlockStart: 0 }}>
						{t('campaignEdit.materialsTitle')}
					</h2>
					{canAddMaterial ? (
						<Link
							className="button button--secondary"
							to={`/${lang}/workspace/materials/new?campaign=${encodeURIComponent(campaign.id)}`}
						>
							{t('campaignEdit.addMaterial')}
						</Link>
					) : null}
				</div>
				{materials.length === 0 ? (
					<p>{t('campaignEdit.noMaterials')}</p>
				) : (
					<ul className="history">
						{materials.map((m) => (
							<li key={m.id}>
								<Link
									to={`/${lang}/workspace/materials/${m.id}`}
									lang={m.lang}
									dir={directionOf(m.lang)}
								>
									{m.title || t('campaignList.untitled')}
								</Link>{' '}
								<span className={`status status--${m.status}`}>
									{labels.vocab('status', m.status)}
								</span>{' '}
								<span className="card__meta">
									{labels.vocab('type', m.resourceType)}
									{m.isRevision ? ` · ${t('campaignEdit.revision')}` : null}
								</span>
							</li>
						))}
					</ul>
				)}
			</section>

			<Form method="get" className="actions panel" aria-labelledby="campaign-language-label">
				<div className="field">
					<label id="campaign-language-label" htmlFor="campaign-language">
						{t('campaignEdit.chooseLanguage')}
					</label>
					<select
						id="campaign-language"
						name="language"
						key={editing ?? 'new'}
						defaultValue={editing ?? 'new'}
					>
						{existing.map((code) => (
							<option key={code} value={code}>
								{code === campaign.originalLang
									? t('campaignEdit.originalLanguage', { language: language(code) })
									: language(code)}
							</option>
						))}
						<option value="new">{t('campaignEdit.addLanguage')}</option>
					</select>
				</div>
				<button type="submit" className="button button--secondary">
					{t('campaignEdit.show')}
				</button>
			</Form>

			<p>
				{isExisting
					? t('campaignEdit.editing', { language: language(values.lang) })
					: t('campaignEdit.adding')}
			</p>
			<CampaignForm
				key={`${campaign.id}:${editing ?? `new:${adding}`}`}
				idRule="existing"
				serverErrors={result?.errors}
				submitLabel={isExisting ? t('campaignEdit.submit') : t('campaignEdit.submitAdd')}
				language={
					isExisting
						? { kind: 'fixed', originals: existing }
						: {
								kind: 'pick',
								options: CONTENT_LANGUAGES.filter((l) => !existing.includes(l)),
								originalLang: campaign.originalLang,
							}
				}
				values={values}
			/>
		</>
	)
}
