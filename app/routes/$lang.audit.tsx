import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '#app/auth/session.server.ts'
import { ContentText, isolate } from '#app/components/content-text.tsx'
import { PageOutOfRange, Pagination } from '#app/components/pagination.tsx'
import { Field } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { ScrollRegion } from '#app/components/ui/scroll-region.tsx'
import { auditActionLabelKey, auditEntityLabelKey } from '#app/domain/audit-actions.ts'
import { isCountryCode } from '#app/domain/countries.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { AUDIT_PAGE_SIZE, listAuditEntries, listAuditUsers } from '#app/models/audit.server.ts'
import { listAllianceCountries } from '#app/models/country.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/** The audit log, newest first, filtered by country, user and date range. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	await requirePermission(request, 'read', 'audit-log')
	const url = new URL(request.url)
	const country = url.searchParams.get('country')
	const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10)
	const log = await listAuditEntries({
		countryCode: country && isCountryCode(country) ? country : null,
		userId: url.searchParams.get('user')?.slice(0, 64) || null,
		from: url.searchParams.get('from'),
		to: url.searchParams.get('to'),
		page: Number.isFinite(page) ? page : 1,
	})
	const [users, countries] = await Promise.all([listAuditUsers(), listAllianceCountries()])
	return {
		title: getFixedT(lang, 'account')('audit.title'),
		log,
		pageSize: AUDIT_PAGE_SIZE,
		users,
		countries: countries.map((c) => c.code),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export default function Audit() {
	const { log, users, countries, pageSize } = useLoaderData<typeof loader>()
	const [params] = useSearchParams()
	const { t, i18n } = useTranslation('account')
	const labels = useLabels()
	const dateTime = (iso: string) => labels.dateTime(iso, 'medium')
	const pages = Math.max(1, Math.ceil(log.total / pageSize))
	const pageLink = (page: number) => {
		const next = new URLSearchParams(params)
		next.set('page', String(page))
		return `?${next}`
	}
	const pastEnd = log.total > 0 && log.page > pages
	return (
		<>
			<h1>{t('audit.title')}</h1>
			<Form method="get" className="actions panel">
				<Field id="audit-country" label={t('fields.country')}>
					<select name="country" id="audit-country" defaultValue={params.get('country') ?? ''}>
						<option value="">{t('audit.all')}</option>
						{[...countries]
							.sort((a, b) => labels.compare(labels.country(a), labels.country(b)))
							.map((c) => (
								<option key={c} value={c}>
									{labels.country(c)}
								</option>
							))}
					</select>
				</Field>
				<Field id="audit-user" label={t('audit.user')}>
					<select name="user" id="audit-user" defaultValue={params.get('user') ?? ''}>
						<option value="">{t('audit.all')}</option>
						{users.map((u) => (
							<option key={u.id} value={u.id}>
								{isolate(u.name)} ({isolate(u.email)})
							</option>
						))}
					</select>
				</Field>
				<Field
					label={t('audit.from')}
					name="from"
					type="date"
					defaultValue={params.get('from') ?? ''}
				/>
				<Field label={t('audit.to')} name="to" type="date" defaultValue={params.get('to') ?? ''} />
				<button type="submit" className="button">
					{t('audit.filter')}
				</button>
			</Form>
			<p aria-live="polite">{t('audit.count', { count: log.total })}</p>
			{pastEnd ? <PageOutOfRange page={log.page} pageCount={pages} href={pageLink} /> : null}
			<ScrollRegion label={t('audit.title')}>
				<table className="table">
					<thead>
						<tr>
							<th scope="col">{t('audit.when')}</th>
							<th scope="col">{t('audit.who')}</th>
							<th scope="col">{t('audit.what')}</th>
							<th scope="col">{t('fields.country')}</th>
							<th scope="col">{t('audit.summary')}</th>
						</tr>
					</thead>
					<tbody>
						{log.entries.map((e) => (
							<tr key={e.id}>
								<td>{dateTime(e.at)}</td>
								<td>{e.user ? <ContentText>{e.user.name}</ContentText> : t('audit.anonymous')}</td>
								<td>
									{t(auditActionLabelKey(e.action))} · {t(auditEntityLabelKey(e.entityType))}{' '}
									{e.entityType === 'material' ? (
										<Link to={`/${i18n.language}/review/${e.entityId}`}>{e.entityId}</Link>
									) : (
										<code dir="ltr">{e.entityId}</code>
									)}
								</td>
								<td>{e.countryCode ? labels.country(e.countryCode) : '—'}</td>
								<td>
									{/* Data, written left to right whatever the page's direction. */}
									<code dir="ltr">{JSON.stringify(e.summary)}</code>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</ScrollRegion>
			<Pagination page={log.page} pageCount={pages} href={pageLink} />
		</>
	)
}
