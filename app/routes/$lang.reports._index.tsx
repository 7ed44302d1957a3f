import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getUser } from '#app/auth/session.server.ts'
import { useLabels } from '#app/components/vocab.tsx'
import { can } from '#app/domain/permissions.ts'
import { reportingCountries } from '#app/domain/reporting.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listRounds } from '#app/models/reporting/rounds.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * The reporting rounds the reader may see, newest first: public rounds for
 * everyone, members-only rounds for the Alliance's people, and the rounds
 * whose secretariat the reader acts for. Administrators open rounds here.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await getUser(request)
	const rounds = await listRounds(user)
	const t = getFixedT(lang, 'reporting')
	return {
		title: `${t('rounds.title')} · ${getFixedT(lang)('app.name')}`,
		mayOpen: can(user, 'manage', 'reporting-round'),
		ownCountries: user ? reportingCountries(user) : [],
		rounds: rounds.map((r) => ({
			id: r.id,
			title: r.title,
			kind: r.kind,
			status: r.status,
			visibility: r.visibility,
			periodStart: r.periodStart.toISOString(),
			periodEnd: r.periodEnd.toISOString(),
			dueDate: r.dueDate.toISOString(),
			secretariatCountryCode: r.secretariatCountryCode,
			isSecretariat: r.isSecretariat,
		})),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export default function Rounds() {
	const { rounds, mayOpen, ownCountries } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation('reporting')
	const labels = useLabels()
	const lang = i18n.language
	return (
		<>
			<h1>{t('rounds.title')}</h1>
			<p>{t('rounds.intro')}</p>
			{mayOpen ? (
				<p>
					<Link className="button" to={`/${lang}/reports/new`}>
						{t('rounds.open')}
					</Link>
				</p>
			) : null}
			{rounds.length === 0 ? (
				<p className="empty">{t('rounds.none')}</p>
			) : (
				<ul className="cards cards--list">
					{rounds.map((round) => (
						<li key={round.id} className="card">
							<div className="card__body">
								<h2 className="card__title">
									<Link to={`/${lang}/reports/${round.id}`}>{round.title}</Link>
								</h2>
								<p className="card__meta">
									{t(`kinds.${round.kind}`)} ·{' '}
									{t('rounds.period', {
										start: labels.date(round.periodStart),
										end: labels.date(round.periodEnd),
									})}{' '}
									·{' '}
									<span
										className={`status status--${round.status === 'open' ? 'submitted' : 'published'}`}
									>
										{t(`roundStatus.${round.status}`)}
									</span>
								</p>
								<p className="card__meta">
									{t('rounds.secretariat', {
										country: labels.country(round.secretariatCountryCode),
									})}{' '}
									· {t(`visibility.${round.visibility}`)}
									{round.status === 'open' ? (
										<> · {t('rounds.due', { date: labels.date(round.dueDate) })}</>
									) : null}
								</p>
								{round.isSecretariat ? <p className="chip">{t('rounds.youHoldIt')}</p> : null}
								{round.status === 'open' && ownCountries.length ? (
									<ul className="inline-list">
										{ownCountries.map((code) => (
											<li key={code}>
												<Link to={`/${lang}/reports/${round.id}/${code}`}>
													{t('rounds.yourReport', { country: labels.country(code) })}
												</Link>
											</li>
										))}
									</ul>
								) : null}
							</div>
						</li>
					))}
				</ul>
			)}
		</>
	)
}
