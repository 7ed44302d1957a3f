import {
	type ActionFunctionArgs,
	type LinksFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { campaignStyles, EvidenceFacts } from '#app/components/campaign-evidence.tsx'
import { MaterialCards } from '#app/components/material-card.tsx'
import { OrganisationLink } from '#app/components/organisation-link.tsx'
import { UsageNotes } from '#app/components/usage-notes.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { campaignYears } from '#app/domain/campaign-evidence.ts'
import { countryName } from '#app/domain/countries.ts'
import { directionOf } from '#app/domain/languages.ts'
import { describeCampaign, shareImage } from '#app/domain/linked-data.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { getPublicCampaign } from '#app/models/campaign.server.ts'
import { listMaterialsByCampaign } from '#app/models/material/queries.server.ts'
import { invariantResponse } from '#app/utils/http.server.ts'
import { articleMeta } from '#app/utils/page-meta.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { loadUsage, usageAction } from './__usage-note.server.ts'

// The same page for every reader without a session: kept by the page cache.
export const handle = { sharedPage: true }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	invariantResponse(params.id && params.id.length <= 64, 404)
	const campaign = await getPublicCampaign(params.id, lang)
	invariantResponse(campaign, 404)
	const [materials, usage] = await Promise.all([
		listMaterialsByCampaign(campaign.id, lang),
		loadUsage(request, { kind: 'campaign', id: campaign.id }, campaign.countryCode),
	])
	const t = getFixedT(lang)
	const origin = appOrigin()
	// Machines read the linked data in English, whatever the page's language.
	const en = getFixedT('en', 'vocab')
	return {
		campaign,
		materials,
		usage,
		title: `${campaign.shown?.title ?? ''} · ${t('app.name')}`,
		shareTitle: campaign.shown?.title,
		description: campaign.shown?.summary.slice(0, 200),
		image: campaignImage(origin, materials, t),
		linkedData: describeCampaign({
			origin,
			campaign,
			materials,
			pageUrl: `${origin}/${lang}/campaigns/${campaign.id}`,
			countryName: countryName(campaign.countryCode, 'en'),
			label: (vocabulary, key) => en(`${vocabulary}.${key}`),
		}),
	}
}

/** Another country says it used this campaign (the "Used in other countries" section). */
export async function action({ request, params }: ActionFunctionArgs) {
	invariantResponse(params.id && params.id.length <= 64, 404)
	return usageAction(request, { kind: 'campaign', id: params.id })
}

/** The campaign's newest material with a picture stands for it in link previews. */
function campaignImage(
	origin: string,
	materials: Awaited<ReturnType<typeof listMaterialsByCampaign>>,
	t: ReturnType<typeof getFixedT>,
) {
	for (const material of materials) {
		const image = shareImage(origin, material.preview)
		if (image) return { ...image, alt: t('material.previewAlt', { title: material.title }) }
	}
	return null
}

export const meta: MetaFunction<typeof loader> = (args) => articleMeta(args)

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: campaignStyles }]

export default function CampaignPage() {
	const { campaign, materials, usage } = useLoaderData<typeof loader>()
	const refused = useActionData<typeof action>()
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	const shown = campaign.shown
	const textLang = shown?.lang ?? campaign.originalLang
	const years = campaignYears(campaign.startYear, campaign.endYear)
	const others = campaign.translations.filter((tr) => tr.lang !== textLang)
	return (
		<article>
			<p>
				<Link to={`/${i18n.language}/campaigns`}>{t('campaign.allCampaigns')}</Link>
			</p>
			<p>{t('campaign.label')}</p>
			<h1 lang={textLang} dir={directionOf(textLang)}>
				{shown?.title}
			</h1>
			<p>
				<Link to={`/${i18n.language}/countries/${campaign.countryCode}`}>
					{labels.country(campaign.countryCode)}
				</Link>
				{years ? ` · ${years}` : null}{' '}
				{campaign.isDemo ? <span className="demo-badge">{t('material.demo')}</span> : null}
			</p>
			{campaign.organisation ? (
				<dl className="facts">
					<dt>{t('organisation.producedBy')}</dt>
					<dd>
						<OrganisationLink
							organisation={{ name: campaign.organisation, contact: campaign.organisationContact }}
						/>
					</dd>
				</dl>
			) : null}
			<div className="material">
				<div lang={textLang} dir={directionOf(textLang)}>
					<p>{shown?.summary}</p>
					{shown?.objectives ? (
						<>
							<h2>{t('campaign.objectives')}</h2>
							<p>{shown.objectives}</p>
						</>
					) : null}
				</div>
				<aside>
					<section className="panel" aria-labelledby="evidence-title">
						<h2 id="evidence-title" style={{ marginBlockStart: 0 }}>
							{t('campaign.evidence')}
						</h2>
						<dl className="facts">
							<EvidenceFacts evidence={campaign} />
							<dt>{t('campaign.channels')}</dt>
							<dd>
								{campaign.channels.length ? (
									labels.list(campaign.channels.map((c) => labels.vocab('channel', c)))
								) : (
									<span className="not-reported">{t('campaign.notReported')}</span>
								)}
							</dd>
							<dt>{t('filters.audience')}</dt>
							<dd>{labels.list(campaign.audiences.map((a) => labels.vocab('audience', a)))}</dd>
							<dt>{t('filters.risk')}</dt>
							<dd>{labels.list(campaign.risks.map((r) => labels.vocab('risk', r)))}</dd>
						</dl>
						<div lang={textLang} dir={directionOf(textLang)}>
							{shown?.reach ? (
								<>
									<h3>{t('campaign.reachNote')}</h3>
									<p>{shown.reach}</p>
								</>
							) : null}
							{shown?.results ? (
								<>
									<h3>{t('campaign.results')}</h3>
									<p>{shown.results}</p>
								</>
							) : null}
							{shown?.lessonsLearned ? (
								<>
									<h3>{t('campaign.lessons')}</h3>
									<p>{shown.lessonsLearned}</p>
								</>
							) : null}
						</div>
					</section>
					{others.length ? (
						<section className="panel">
							<h2 style={{ marginBlockStart: 0 }}>{t('campaign.otherLanguages')}</h2>
							<ul>
								{others.map((tr) => (
									<li key={tr.lang}>
										{labels.language(tr.lang)}:{' '}
										<span lang={tr.lang} dir={directionOf(tr.lang)}>
											{tr.title}
										</span>
									</li>
								))}
							</ul>
						</section>
					) : null}
				</aside>
			</div>
			<h2>{t('campaign.materials', { count: materials.length })}</h2>
			<MaterialCards items={materials} />
			<UsageNotes notes={usage.notes} forms={usage.forms} refusal={refused?.usage ?? null} />
		</article>
	)
}
