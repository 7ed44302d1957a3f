import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { cardFields, MaterialCards } from '#app/components/material-card.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { AUDIENCES, RISKS } from '#app/domain/vocabularies.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { getLibraryFigures, listRecentMaterials } from '#app/models/material/queries.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'
import { feedLink } from './__atom-feed.server.ts'

// The same page for every reader without a session: kept by the page cache.
export const handle = { sharedPage: true }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const t = getFixedT(lang)
	const [figures, recent] = await Promise.all([getLibraryFigures(), listRecentMaterials(lang, 8)])
	return {
		figures,
		recent: recent.map(cardFields),
		title: `${t('app.name')} · ${t('home.title')}`,
		feed: feedLink(lang, '', emptyFilters()),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title, feeds: args.data ? [args.data.feed] : [] })

export default function Home() {
	const { figures, recent } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	const lang = i18n.language
	return (
		<>
			<section className="hero" aria-labelledby="home-title">
				<h1 id="home-title">{t('home.title')}</h1>
				<p>{t('home.intro')}</p>
				<p className="actions">
					<Link className="button" to={`/${lang}/materials`}>
						{t('home.browse')}
					</Link>
					<Link className="button button--secondary" to={`/${lang}/campaigns`}>
						{t('home.compareCampaigns')}
					</Link>
				</p>
				<ul className="figures" aria-label={t('home.figuresLabel')}>
					<li>
						<strong>{labels.number(figures.materials)}</strong>
						{t('home.figures.materials', { count: figures.materials })}
					</li>
					<li>
						<strong>{labels.number(figures.countries)}</strong>
						{t('home.figures.countries', { count: figures.countries })}
					</li>
					<li>
						<strong>{labels.number(figures.languages)}</strong>
						{t('home.figures.languages', { count: figures.languages })}
					</li>
					<li>
						<strong>{labels.number(figures.adaptations)}</strong>
						{t('home.figures.adaptations', { count: figures.adaptations })}
					</li>
				</ul>
			</section>

			<h2>{t('home.byRisk')}</h2>
			<ul className="chips">
				{RISKS.map((risk) => (
					<li key={risk}>
						<Link className="chip chip--risk" to={`/${lang}/materials?risk=${risk}`}>
							{labels.vocab('risk', risk)}
						</Link>
					</li>
				))}
			</ul>

			<h2>{t('home.byAudience')}</h2>
			<ul className="chips">
				{AUDIENCES.map((audience) => (
					<li key={audience}>
						<Link className="chip" to={`/${lang}/materials?audience=${audience}`}>
							{labels.vocab('audience', audience)}
						</Link>
					</li>
				))}
			</ul>

			<h2>{t('home.recent')}</h2>
			{recent.length ? (
				<MaterialCards items={recent} />
			) : (
				<p className="empty">{t('catalog.emptyLibrary')}</p>
			)}
		</>
	)
}
