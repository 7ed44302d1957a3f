import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireCountryPermission } from '#app/auth/session.server.ts'
import { useLabels } from '#app/components/vocab.tsx'
import { ScrollRegion } from '#app/components/ui/scroll-region.tsx'
import { directionOf } from '#app/domain/languages.ts'
import { countriesWhere } from '#app/domain/permissions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listCountryCampaigns } from '#app/models/campaign.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * A country's campaigns, public or not, for its contributors and
 * coordinators. People without a country (reviewers, administrators) edit
 * no campaign, so the page is refused to them.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, countries } = await requireCountryPermission(request, 'edit', 'campaign')
	return {
		title: getFixedT(lang, 'contribute')('campaignList.title'),
		countries,
		canCreate: countriesWhere(user, 'create', 'campaign').length > 0,
		campaigns: await listCountryCampaigns(countries, lang),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export default function WorkspaceCampaigns() {
	const { countries, canCreate, campaigns } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation('contribute')
	const labels = useLabels()
	const lang = i18n.language
	const severalCountries = countries.length > 1
	return (
		<>
			<div className="results-head">
				<h1>{t('campaignList.title')}</h1>
				{canCreate ? (
					<Link className="button" to={`/${lang}/workspace/campaigns/new`}>
						{t('campaignList.new')}
					</Link>
				) : null}
			</div>
			<p>
				{t('campaignList.intro', {
					countries: labels.list(countries.map((c) => labels.country(c))),
				})}
			</p>
			{campaigns.length === 0 ? (
				<p className="empty">{t('campaignList.empty')}</p>
			) : (
				<ScrollRegion label={t('campaignList.title')}>
					<table className="table">
						<caption className="visually-hidden">
							{t('campaignList.count', { count: campaigns.length })}
						</caption>
						<thead>
							<tr>
								<th scope="col">{t('campaignList.columns.title')}</th>
								{severalCountries ? <th scope="col">{t('campaignList.columns.country')}</th> : null}
								<th scope="col">{t('campaignList.columns.years')}</th>
								<th scope="col">{t('campaignList.columns.languages')}</th>
								<th scope="col">{t('campaignList.columns.materials')}</th>
							</tr>
						</thead>
						<tbody>
							{campaigns.map((c) => {
								const years = [c.startYear, c.endYear]
									.filter((y, i, all) => y != null && all.indexOf(y) === i)
									.join('–')
								return (
									<tr key={c.id}>
										<td>
											<Link
												to={`/${lang}/workspace/campaigns/${c.id}`}
												lang={c.lang}
												dir={directionOf(c.lang)}
											>
												{c.title || t('campaignList.untitled')}
											</Link>
										</td>
										{severalCountries ? <td>{labels.country(c.countryCode)}</td> : null}
										<td>{years || t('campaignList.noYears')}</td>
										<td>{labels.list(c.languages.map((l) => labels.language(l)))}</td>
										<td>{labels.number(c.materialCount)}</td>
									</tr>
								)
							})}
						</tbody>
					</table>
				</ScrollRegion>
			)}
		</>
	)
}
