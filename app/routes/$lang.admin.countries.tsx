import {
	data,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/auth/session.server.ts'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { ScrollRegion } from '#app/components/ui/scroll-region.tsx'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listAllCountries, setCountryMembership } from '#app/models/country.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/** Administrators keep the list of countries and when each joined the Alliance. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	await requirePermission(request, 'manage', 'country', {})
	const countries = await listAllCountries()
	return {
		title: getFixedT(lang, 'account')('countries.title'),
		countries: countries.map((c) => ({
			code: c.code,
			allianceSince: c.allianceSince,
			members: c._count.memberships,
			materials: c._count.materials,
		})),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request }: ActionFunctionArgs) {
	const user = await requirePermission(request, 'manage', 'country', {})
	const form = await readForm(request)
	const yearText = field(form, 'allianceSince', 10).trim()
	const year = yearText === '' ? null : Number(yearText)
	const result = await setCountryMembership(user, {
		code: field(form, 'code', 10),
		allianceSince: year,
	})
	if (!result.ok)
		return data({ ok: null, error: `countries.errors.${result.problem}` }, { status: 400 })
	return { ok: 'countries.saved', error: null }
}

export default function AdminCountries() {
	const { countries } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t, i18n } = useTranslation('account')
	const labels = useLabels()
	const sorted = [...countries].sort((a, b) =>
		labels.compare(labels.country(a.code), labels.country(b.code)),
	)
	return (
		<>
			<div className="results-head">
				<h1>{t('countries.title')}</h1>
				<div className="actions">
					<Link className="button button--secondary" to={`/${i18n.language}/workspace/export`}>
						{t('countries.export')}
					</Link>
				</div>
			</div>
			{result?.ok ? <FormMessage tone="ok">{t(result.ok)}</FormMessage> : null}
			{result?.error ? <FormMessage tone="error">{t(result.error)}</FormMessage> : null}
			<section className="panel" aria-labelledby="add-country-title">
				<h2 id="add-country-title">{t('countries.add')}</h2>
				<Form method="post" className="form">
					<Field
						label={t('countries.code')}
						name="code"
						required
						maxLength={2}
						autoComplete="off"
						hint={t('countries.codeHint')}
					/>
					<Field
						label={t('countries.since')}
						name="allianceSince"
						type="number"
						min={2012}
						hint={t('countries.sinceHint')}
					/>
					<button type="submit" className="button">
						{t('countries.save')}
					</button>
				</Form>
			</section>
			<ScrollRegion label={t('countries.title')}>
				<table className="table">
					<thead>
						<tr>
							<th scope="col">{t('fields.country')}</th>
							<th scope="col">{t('countries.since')}</th>
							<th scope="col">{t('countries.members')}</th>
							<th scope="col">{t('countries.materials')}</th>
						</tr>
					</thead>
					<tbody>
						{sorted.map((c) => (
							<tr key={c.code}>
								<td>
									{labels.country(c.code)} ({c.code})
								</td>
								<td>{c.allianceSince ?? t('countries.notMember')}</td>
								<td>{c.members}</td>
								<td>{c.materials}</td>
							</tr>
						))}
					</tbody>
				</table>
			</ScrollRegion>
		</>
	)
}
