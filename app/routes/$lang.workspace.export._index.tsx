import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import { useLabels } from '#app/components/vocab.tsx'
import { ScrollRegion } from '#app/components/ui/scroll-region.tsx'
import { can, countriesWhere } from '#app/domain/permissions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { countPublishedByCountry } from '#app/models/country-archive.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * The countries whose published library the user may take away as an
 * archive: a coordinator's own, or for an administrator every country that
 * has published something.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	const own = countriesWhere(user, 'export', 'country')
	// A target of no country is granted only by a permission over every country.
	const everywhere = can(user, 'export', 'country', { countryCode: null })
	if (!own.length && !everywhere) throw new Response('Forbidden', { status: 403 })
	const counts = await countPublishedByCountry(everywhere ? undefined : own)
	const codes = [...new Set([...own, ...counts.keys()])].sort()
	return {
		title: getFixedT(lang, 'account')('export.title'),
		countries: codes.map((code) => ({ code, materials: counts.get(code) ?? 0 })),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export default function ExportCountries() {
	const { countries } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation('account')
	const labels = useLabels()
	const sorted = [...countries].sort((a, b) =>
		labels.compare(labels.country(a.code), labels.country(b.code)),
	)
	return (
		<>
			<h1>{t('export.title')}</h1>
			<p>{t('export.intro')}</p>
			<p>{t('export.import')}</p>
			<p dir="ltr">
				<code>npm run import -- archive.tar.gz</code>
			</p>
			<p>{t('export.audit')}</p>
			<ScrollRegion label={t('export.title')}>
				<table className="table">
					<caption className="visually-hidden">{t('export.title')}</caption>
					<thead>
						<tr>
							<th scope="col">{t('fields.country')}</th>
							<th scope="col">{t('export.materials')}</th>
							<th scope="col">{t('export.archive')}</th>
						</tr>
					</thead>
					<tbody>
						{sorted.map((c) => (
							<tr key={c.code}>
								<td>{labels.country(c.code)}</td>
								<td>{labels.number(c.materials)}</td>
								<td>
									<a href={`/${i18n.language}/workspace/export/${c.code}`} download>
										{t('export.download', { country: labels.country(c.code) })}
									</a>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</ScrollRegion>
		</>
	)
}
