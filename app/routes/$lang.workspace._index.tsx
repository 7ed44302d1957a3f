import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import { ContentText } from '#app/components/content-text.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { ScrollRegion } from '#app/components/ui/scroll-region.tsx'
import { ADAPTATION_STEPS, adaptationStepPath, resumeStep } from '#app/domain/adaptation.ts'
import { isEditableStatus } from '#app/domain/moderation.ts'
import { can, countriesWhere } from '#app/domain/permissions.ts'
import { reportingCountries } from '#app/domain/reporting.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listCountryMaterials } from '#app/models/material/queries.server.ts'
import { listOpenRoundsFor } from '#app/models/reporting/reports.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * A country's materials in every status: what is drafted, in review, sent
 * back, public; and its reports in the reporting rounds open now.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	const countries = countriesWhere(user, 'read-draft', 'material')
	if (countries.length === 0) {
		// People without a country land where their roles have work.
		if (can(user, 'read', 'review-queue')) throw redirect(`/${lang}/review`)
		if (can(user, 'invite', 'coordinator')) throw redirect(`/${lang}/team`)
		throw redirect(`/${lang}/account`)
	}
	return {
		title: getFixedT(lang, 'account')('workspace.title'),
		countries,
		canCreate: countriesWhere(user, 'create', 'material').length > 0,
		canExport: countriesWhere(user, 'export', 'country').length > 0,
		materials: await listCountryMaterials(countries, lang),
		reports: await listOpenRoundsFor(reportingCountries(user)),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export default function Workspace() {
	const { countries, canCreate, canExport, materials, reports } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation('account')
	const { t: tr } = useTranslation('reporting')
	const labels = useLabels()
	const lang = i18n.language
	return (
		<>
			<div className="results-head">
				<h1>{t('workspace.title')}</h1>
				{canCreate ? (
					<div className="actions">
						{canExport ? (
							<Link className="button button--secondary" to={`/${lang}/workspace/export`}>
								{t('workspace.export')}
							</Link>
						) : null}
						<Link className="button button--secondary" to={`/${lang}/workspace/campaigns`}>
							{t('workspace.campaigns')}
						</Link>
						<Link className="button" to={`/${lang}/workspace/materials/new`}>
							{t('workspace.new')}
						</Link>
					</div>
				) : null}
			</div>
			<p>
				{t('workspace.intro', { countries: labels.list(countries.map((c) => labels.country(c))) })}
			</p>
			{reports.length ? (
				<section className="panel" aria-labelledby="reporting-title">
					<h2 id="reporting-title">{tr('workspace.title')}</h2>
					<p>{tr('workspace.intro')}</p>
					<ul>
						{reports.map((r) => (
							<li key={`${r.roundId}:${r.countryCode}`}>
								<Link to={`/${lang}/reports/${r.roundId}/${r.countryCode}`}>
									{tr('workspace.report', { country: labels.country(r.countryCode) })}
								</Link>{' '}
								· {r.title} · {tr('workspace.due', { date: labels.date(r.dueDate) })} ·{' '}
								<span className="status">
									{r.status ? tr(`report.status.${r.status}`) : tr('workspace.notStarted')}
								</span>
							</li>
						))}
					</ul>
				</section>
			) : null}
			{materials.length === 0 ? (
				<p className="empty">{t('workspace.empty')}</p>
			) : (
				<ScrollRegion label={t('workspace.title')}>
					<table className="table">
						<caption className="visually-hidden">{t('workspace.title')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('fields.title')}</th>
								<th scope="col">{t('fields.type')}</th>
								<th scope="col">{t('workspace.status')}</th>
								<th scope="col">{t('workspace.updated')}</th>
							</tr>
						</thead>
						<tbody>
							{materials.map((m) => (
								<tr key={m.id}>
									<td>
										<Link to={workLink(lang, m)}>
											{m.title ? (
												<ContentText lang={m.lang}>{m.title}</ContentText>
											) : (
												t('workspace.untitled')
											)}
										</Link>
										{m.adaptation &&
										isEditableStatus(m.status) &&
										(m.adaptation.step !== null || m.status === 'changes-requested') ? (
											<AdaptationStepHint status={m.status} step={m.adaptation.step} />
										) : null}
									</td>
									<td>{labels.vocab('type', m.resourceType)}</td>
									<td>
										<span className={`status status--${m.status}`}>
											{labels.vocab('status', m.status)}
										</span>
									</td>
									<td>{labels.date(m.updatedAt)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</ScrollRegion>
			)}
		</>
	)
}

/**
 * Where a row leads: an adaptation being worked on, straight back into the
 * step of its guided flow where its country left off (or, for one from
 * before the step was kept, the flow's own address, which finds the step);
 * anything else, the material's workspace page.
 */
function workLink(
	lang: string,
	m: { id: string; status: string; adaptation: { step: string | null } | null },
) {
	if (!m.adaptation || !isEditableStatus(m.status)) return `/${lang}/workspace/materials/${m.id}`
	if (m.adaptation.step === null && m.status !== 'changes-requested')
		return `/${lang}/workspace/adaptations/${m.id}`
	return adaptationStepPath(
		lang,
		m.id,
		resumeStep({ status: m.status, adaptationStep: m.adaptation.step }),
	)
}

/** "Adaptation: step 3 of 4, preview", under an adaptation's title. */
function AdaptationStepHint({ status, step }: { status: string; step: string | null }) {
	const { t } = useTranslation('contribute')
	const current = resumeStep({ status, adaptationStep: step })
	return (
		<span className="hint" style={{ display: 'block' }}>
			{t('adaptFlow.workspaceHint', {
				n: ADAPTATION_STEPS.indexOf(current) + 1,
				steps: ADAPTATION_STEPS.length,
				step: t(`adaptFlow.steps.${current}`),
			})}
		</span>
	)
}
