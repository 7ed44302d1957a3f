import {
	data,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import { ContentText } from '#app/components/content-text.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { countriesWhere } from '#app/domain/permissions.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	decideAdaptationPermission,
	listPermissionRequests,
} from '#app/models/material/adaptations.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/** Requests from other countries to adapt this country's materials whose licence needs permission. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	if (!countriesWhere(user, 'decide', 'adaptation-permission').length)
		throw new Response('Forbidden', { status: 403 })
	const requests = await listPermissionRequests(user)
	return {
		title: getFixedT(lang, 'contribute')('permissions.title'),
		requests: requests.map((r) => {
			const shown = pickVersion(r.material.versions, lang)
			return {
				id: r.id,
				materialId: r.material.id,
				title: shown?.title ?? '',
				titleLang: shown?.lang ?? '',
				countryCode: r.countryCode,
				message: r.message,
				status: r.status,
				createdAt: r.createdAt.toISOString(),
			}
		}),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const form = await readForm(request)
	const decision = field(form, 'decision', 10)
	if (decision !== 'grant' && decision !== 'refuse')
		return data({ ok: null, problem: 'permissions.errors.unknown' }, { status: 400 })
	const result = await decideAdaptationPermission(user, field(form, 'id', 64), decision === 'grant')
	if (!result.ok) {
		if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
		if (result.problem === 'not-found') throw new Response('Not found', { status: 404 })
		return data({ ok: null, problem: 'permissions.errors.decided' }, { status: 409 })
	}
	return { ok: decision === 'grant' ? 'permissions.granted' : 'permissions.refused', problem: null }
}

export default function Permissions() {
	const { requests } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t, i18n } = useTranslation('contribute')
	const labels = useLabels()
	return (
		<>
			<h1>{t('permissions.title')}</h1>
			<p>{t('permissions.intro')}</p>
			{result?.ok ? <FormMessage tone="ok">{t(result.ok)}</FormMessage> : null}
			{result?.problem ? <FormMessage tone="error">{t(result.problem)}</FormMessage> : null}
			{requests.length === 0 ? (
				<p className="empty">{t('permissions.empty')}</p>
			) : (
				<ul className="history">
					{requests.map((r) => (
						<li key={r.id}>
							<p>
								<Link to={`/${i18n.language}/materials/${r.materialId}`}>
									<ContentText lang={r.titleLang}>{r.title}</ContentText>
								</Link>{' '}
								·{' '}
								{t('permissions.from', {
									country: labels.country(r.countryCode),
									date: labels.date(r.createdAt),
								})}{' '}
								· <strong>{t(`permissions.status.${r.status}`)}</strong>
							</p>
							{r.message ? <p className="reason">{r.message}</p> : null}
							{r.status === 'pending' ? (
								<div className="actions">
									<Form method="post">
										<input type="hidden" name="id" value={r.id} />
										<input type="hidden" name="decision" value="grant" />
										<button type="submit" className="button">
											{t('permissions.grant')}
										</button>
									</Form>
									<Form method="post">
										<input type="hidden" name="id" value={r.id} />
										<input type="hidden" name="decision" value="refuse" />
										<button type="submit" className="button button--secondary">
											{t('permissions.refuse')}
										</button>
									</Form>
								</div>
							) : null}
						</li>
					))}
				</ul>
			)}
		</>
	)
}
