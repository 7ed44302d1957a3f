import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useLabels } from '#app/components/vocab.tsx'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listAllianceCountries } from '#app/models/country.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

// The same page for every reader without a session: kept by the page cache.
export const handle = { sharedPage: true }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const t = getFixedT(lang)
	return {
		countries: await listAllianceCountries(),
		title: `${t('countries.title')} · ${t('app.name')}`,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export default function Countries() {
	const { countries } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	const sorted = [...countries].sort((a, b) =>
		labels.compare(labels.country(a.code), labels.country(b.code)),
	)
	return (
		<>
			<h1>{t('countries.title')}</h1>
			<p>{t('countries.intro', { count: countries.length })}</p>
			<ul className="country-list">
				{sorted.map((c) => (
					<li key={c.code}>
						<Link to={`/${i18n.language}/countries/${c.code}`}>{labels.country(c.code)}</Link>{' '}
						<span className="card__meta">
							({t('countries.materials', { count: c.materialCount })})
						</span>
					</li>
				))}
			</ul>
		</>
	)
}
