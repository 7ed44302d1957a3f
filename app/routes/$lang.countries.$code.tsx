import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ContentText } from '#app/components/content-text.tsx'
import { MaterialCards } from '#app/components/material-card.tsx'
import { UsageNoteItem } from '#app/components/usage-notes.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { countryName, isCountryCode } from '#app/domain/countries.ts'
import { titleIn } from '#app/domain/joint-report.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listPublicCampaignsByCountry } from '#app/models/campaign.server.ts'
import { getCountry, getCountryReuse } from '#app/models/country.server.ts'
import { listMaterialsByCountry } from '#app/models/material/queries.server.ts'
import { listCountryUsage } from '#app/models/usage-note.server.ts'
import { invariantResponse } from '#app/utils/http.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'
import { feedLink } from './__atom-feed.server.ts'

// The same page for every reader without a session: kept by the page cache.
export const handle = { sharedPage: true }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const code = params.code?.toUpperCase()
	invariantResponse(isCountryCode(code), 404)
	const country = await getCountry(code)
	invariantResponse(country, 404)
	const [campaigns, materials, reuse, usage] = await Promise.all([
		listPublicCampaignsByCountry(code, lang),
		listMaterialsByCountry(code, lang),
		getCountryReuse(code),
		listCountryUsage(code),
	])
	const t = getFixedT(lang)
	return {
		country,
		campaigns,
		materials,
		reuse,
		used: usage.map((u) => ({
			kind: u.kind,
			id: u.id,
			ownerCountryCode: u.ownerCountryCode,
			...titleIn(u.titles, lang, u.originalLang),
			note: u.note,
			outcomeValue: u.outcomeValue,
			outcomeUnit: u.outcomeUnit,
			createdAt: u.createdAt.toISOString(),
		})),
		title: `${countryName(code, lang)} · ${t('app.name')}`,
		feed: feedLink(lang, '', { ...emptyFilters(), country: [code] }),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title, feeds: args.data ? [args.data.feed] : [] })

export default function CountryPage() {
	const { country, campaigns, materials, reuse, used } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	return (
		<>
			<h1>{labels.country(country.code)}</h1>
			<p>
				{country.allianceSince
					? t('country.member', { year: country.allianceSince })
					: t('country.notMember')}
			</p>
			<p>
				{t('country.reuse', {
					adaptedByOthers: reuse.adaptedByOthers,
					adaptedFromOthers: reuse.adaptedFromOthers,
				})}
			</p>
			<h2>{t('country.campaigns', { count: campaigns.length })}</h2>
			{campaigns.length ? (
				<ul>
					{campaigns.map((c) => (
						<li key={c.id}>
							<Link to={`/${i18n.language}/campaigns/${c.id}`}>
								<ContentText lang={c.lang}>{c.title}</ContentText>
							</Link>{' '}
							({c.startYear ?? ''}, {t('countries.materials', { count: c.materialCount })})
						</li>
					))}
				</ul>
			) : (
				<p>{t('country.noCampaigns')}</p>
			)}
			<h2>{t('country.materials', { count: materials.length })}</h2>
			{materials.length ? <MaterialCards items={materials} /> : <p>{t('country.noMaterials')}</p>}
			<section className="usage" aria-labelledby="country-used">
				<h2 id="country-used">{t('country.usedTitle')}</h2>
				{used.length ? (
					<ul className="usage__list">
						{used.map((u) => (
							<UsageNoteItem
								key={`${u.kind}:${u.id}`}
								head={
									<Link
										to={`/${i18n.language}/${u.kind === 'material' ? 'materials' : 'campaigns'}/${u.id}`}
									>
										<ContentText lang={u.lang}>{u.title}</ContentText>
									</Link>
								}
								detail={
									<p className="usage__from">
										{t(
											u.kind === 'material'
												? 'country.usedMaterialFrom'
												: 'country.usedCampaignFrom',
											{ country: labels.country(u.ownerCountryCode) },
										)}
									</p>
								}
								note={u}
							/>
						))}
					</ul>
				) : (
					<p>{t('country.usedNone')}</p>
				)}
			</section>
		</>
	)
}
