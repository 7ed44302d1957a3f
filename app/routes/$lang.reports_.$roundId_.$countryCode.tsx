import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LinksFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireReportAccess } from '#app/auth/report-access.server.ts'
import {
	ActivityFiguresView,
	MeasureView,
	PotentialActions,
	ReportStatus,
} from '#app/components/reporting/report-parts.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { countryName } from '#app/domain/countries.ts'
import { parseReturnComment } from '#app/domain/report-form.ts'
import { MAX_RETURN_COMMENT } from '#app/domain/reporting.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { transitionReport } from '#app/models/reporting/reports.server.ts'
import { pdfAvailable } from '#app/reporting/pdf.server.ts'
import reportStyles from '#app/styles/report.css?url'
import { appOrigin, field, readForm } from '#app/utils/request.server.ts'
import { buildReportView } from './__report.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * One country's report in one round: what it says, goal by goal, with the
 * activity figures of policy target 3, and what the reader may do with it:
 * the country edits and submits it, the round's secretariat accepts it or
 * returns it with comments. Readers of the round see it once accepted.
 */

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reportStyles }]

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const access = await requireReportAccess(request, params, 'view')
	const view = await buildReportView(access, lang)
	const t = getFixedT(lang, 'reporting')
	return {
		...view,
		pdf: pdfAvailable(),
		title: t('report.pageTitle', {
			country: countryName(access.countryCode, lang),
			round: access.round.title,
		}),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

const ACTIONS = { submit: 'submit', accept: 'decide', return: 'decide' } as const

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const form = await readForm(request)
	const intent = field(form, 'intent', 20)
	if (!(intent in ACTIONS)) throw new Response('Bad request', { status: 400 })
	const need = ACTIONS[intent as keyof typeof ACTIONS]
	const { user, report, round, countryCode } = await requireReportAccess(request, params, need)
	let comment = ''
	if (intent === 'return') {
		const parsed = parseReturnComment(form)
		if (!parsed.ok)
			return data(
				{ problem: parsed.error, comment: field(form, 'comment', MAX_RETURN_COMMENT + 1) },
				{ status: 400 },
			)
		comment = parsed.comment
	}
	const result = await transitionReport(user!, report!.id, intent, comment, { origin: appOrigin() })
	if (!result.ok)
		return data(
			{ problem: `report.problems.${result.problem}`, comment },
			{ status: result.problem === 'comment-required' ? 400 : 409 },
		)
	throw redirect(`/${lang}/reports/${round.id}/${countryCode}?done=${result.status}`)
}

export default function CountryReportPage() {
	const view = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const [params] = useSearchParams()
	const { t } = useTranslation('reporting')
	const labels = useLabels()
	const { lang, round, countryCode } = view
	const country = labels.country(countryCode)
	const done = params.get('done')
	return (
		<article className="report">
			<p>
				<Link to={`/${lang}/reports/${round.id}`}>{round.title}</Link>
			</p>
			<h1>{t('report.heading', { country })}</h1>
			<p className="report-meta">
				{view.report ? <ReportStatus status={view.report.status} /> : null}{' '}
				{t('report.period', {
					start: labels.date(round.periodStart),
					end: labels.date(round.periodEnd),
				})}
				{' · '}
				{t('report.due', { date: labels.date(round.dueDate) })}
				{' · '}
				{t('report.secretariat', { country: labels.country(round.secretariatCountryCode) })}
			</p>
			{done ? (
				<FormMessage tone="ok">{t(`report.done.${done}`, { defaultValue: '' })}</FormMessage>
			) : null}
			{result?.problem ? <FormMessage tone="error">{t(result.problem)}</FormMessage> : null}
			{!view.report ? (
				<p className="empty">{t('report.notStarted', { country })}</p>
			) : (
				<ReportBody view={view} />
			)}
		</article>
	)
}

type View = ReturnType<typeof useLoaderData<typeof loader>>
type StartedView = Extract<View, { report: { id: string } }>

function ReportBody({ view }: { view: StartedView }) {
	const { t } = useTranslation('reporting')
	const labels = useLabels()
	const { lang, round, countryCode, can, report } = view
	const returned = report.status === 'returned'
	return (
		<>
			{report.returnComment && (returned || can.decide) ? (
				<section className="notice report-returned" aria-labelledby="returned-title">
					<h2 id="returned-title" className="notice__title">
						{t(returned ? 'report.returned.title' : 'report.returned.earlier')}
					</h2>
					<p className="reason" dir="auto">
						{report.returnComment}
					</p>
					{returned && can.draft ? <p>{t('report.returned.keep')}</p> : null}
				</section>
			) : null}
			{report.acceptedAt ? (
				<p>{t('report.acceptedOn', { date: labels.date(report.acceptedAt) })}</p>
			) : report.submittedAt && report.status === 'submitted' ? (
				<p>{t('report.submittedOn', { date: labels.date(report.submittedAt) })}</p>
			) : null}
			{can.draft || can.submit || can.decide ? (
				<section className="panel report-actions-panel" aria-labelledby="next-title">
					<h2 id="next-title">{t('report.next.title')}</h2>
					{can.draft ? (
						<p>
							<Link className="button" to={`/${lang}/reports/${round.id}/${countryCode}/edit`}>
								{t('report.editButton')}
							</Link>
						</p>
					) : null}
					{can.submit ? (
						<SubmitForm view={view} />
					) : can.draft ? (
						<p>{t('report.submit.onlyCoordinators')}</p>
					) : null}
					{can.decide ? <DecideForms /> : null}
				</section>
			) : null}
			<section aria-labelledby="report-exports" className="panel">
				<h2 id="report-exports">{t('exports.title')}</h2>
				<ul className="inline-list">
					<li>
						{view.pdf ? (
							<a href={`/${lang}/reports/${round.id}/${countryCode}/report.pdf`} download>
								{t('exports.pdf')}
							</a>
						) : (
							<span>{t('exports.pdfUnavailable')}</span>
						)}
					</li>
				</ul>
			</section>
			<nav aria-labelledby="contents-title" className="report-contents">
				<h2 id="contents-title">{t('report.contents')}</h2>
				<ol>
					{view.targets.map((target) => (
						<li key={target.key}>
							<a href={`#target-${target.key}`}>{target.text}</a>
						</li>
					))}
				</ol>
			</nav>
			{view.targets.map((target) => (
				<section
					key={target.key}
					className="report-target"
					aria-labelledby={`target-${target.key}`}
				>
					<h2 id={`target-${target.key}`}>{target.text}</h2>
					{target.hasActivity ? (
						<section className="report-activity" aria-labelledby="activity-figures">
							<ActivityFiguresView
								headingId="activity-figures"
								figures={view.activity.figures}
								frozen={view.activity.frozen}
								publicCampaigns={view.activity.publicCampaigns}
							/>
							<div className="report-activity__narrative">
								<h4>{t('report.activity.narrative')}</h4>
								{view.activity.narrative ? (
									<p className="report-text" dir="auto">
										{view.activity.narrative}
									</p>
								) : (
									<p className="report-missing">{t('report.nothingYet')}</p>
								)}
							</div>
						</section>
					) : null}
					{target.goals.map((goal) => (
						<section key={goal.id} className="report-goal" aria-labelledby={`goal-${goal.key}`}>
							<h3 id={`goal-${goal.key}`}>{goal.text}</h3>
							{goal.addedAt ? (
								<p className="hint">{t('report.goal.added', { when: goal.addedAt })}</p>
							) : null}
							<PotentialActions actions={goal.actions} />
							{goal.carried.length ? (
								<MeasureGroup
									title={t('report.measures.carried')}
									hint={t('report.measures.carriedHint', {
										round: goal.carried[0]!.announcedIn ?? '',
									})}
									measures={goal.carried}
								/>
							) : null}
							<MeasureGroup title={t('report.measures.inPlace')} measures={goal.inPlace} />
							<MeasureGroup title={t('report.measures.announced')} measures={goal.announced} />
							<h4>{t('report.assessment.title')}</h4>
							{goal.entry?.assessment ? (
								<p>
									<span className={`report-assessment report-assessment--${goal.entry.assessment}`}>
										{t(`report.assessment.values.${goal.entry.assessment}`)}
									</span>
								</p>
							) : (
								<p className="report-missing">{t('report.assessment.none')}</p>
							)}
							{goal.entry?.assessmentText ? (
								<p className="report-text" dir="auto">
									{goal.entry.assessmentText}
								</p>
							) : null}
							<h4>{t('report.assessment.followUp')}</h4>
							{goal.entry?.followUp ? (
								<p className="report-text" dir="auto">
									{goal.entry.followUp}
								</p>
							) : (
								<p className="report-missing">{t('report.nothingYet')}</p>
							)}
						</section>
					))}
				</section>
			))}
			{view.history.length ? (
				<section className="panel" aria-labelledby="history-title">
					<h2 id="history-title">{t('report.history.title')}</h2>
					<ol className="history">
						{view.history.map((step) => (
							<li key={step.id}>
								{t(`report.history.${step.action}`, {
									by: step.by,
									at: labels.dateTime(step.at),
								})}
								{step.comment ? (
									<p className="reason" dir="auto">
										{step.comment}
									</p>
								) : null}
							</li>
						))}
					</ol>
				</section>
			) : null}
		</>
	)
}

function MeasureGroup({
	title,
	hint,
	measures,
}: {
	title: string
	hint?: string
	measures: StartedView['targets'][number]['goals'][number]['inPlace']
}) {
	const { t } = useTranslation('reporting')
	return (
		<>
			<h4>{title}</h4>
			{hint ? <p className="hint">{hint}</p> : null}
			{measures.length === 0 ? (
				<p className="report-missing">{t('report.measures.none')}</p>
			) : (
				<ul className="report-measures">
					{measures.map((m) => (
						<li key={m.id} className="report-measure">
							<MeasureView measure={m} />
						</li>
					))}
				</ul>
			)}
		</>
	)
}

function SubmitForm({ view }: { view: StartedView }) {
	const { t } = useTranslation('reporting')
	const labels = useLabels()
	const { gaps } = view
	const waiting = view.conflicts.length
	return (
		<Form method="post" className="form">
			<h3>{t('report.submit.title')}</h3>
			<p>
				{t('report.submit.intro', { country: labels.country(view.round.secretariatCountryCode) })}
			</p>
			{gaps.unassessedGoals || gaps.carriedWithoutState ? (
				<ul className="report-gaps">
					{gaps.unassessedGoals ? (
						<li>{t('report.submit.unassessed', { count: gaps.unassessedGoals })}</li>
					) : null}
					{gaps.carriedWithoutState ? (
						<li>{t('report.submit.carriedWithoutState', { count: gaps.carriedWithoutState })}</li>
					) : null}
				</ul>
			) : (
				<p>{t('report.submit.complete')}</p>
			)}
			{waiting ? (
				<FormMessage tone="error">{t('report.submit.conflicts', { count: waiting })}</FormMessage>
			) : null}
			<input type="hidden" name="intent" value="submit" />
			<button type="submit" className="button">
				{t('report.submit.button')}
			</button>
		</Form>
	)
}

function DecideForms() {
	const { t } = useTranslation('reporting')
	const result = useActionData<typeof action>()
	return (
		<div className="report-decide">
			<Form method="post" className="form">
				<h3>{t('report.decide.acceptTitle')}</h3>
				<p>{t('report.decide.acceptHint')}</p>
				<input type="hidden" name="intent" value="accept" />
				<button type="submit" className="button">
					{t('report.decide.accept')}
				</button>
			</Form>
			<Form method="post" className="form">
				<h3>{t('report.decide.returnTitle')}</h3>
				<div className="field">
					<label htmlFor="return-comment">{t('report.decide.comment')}</label>
					<textarea
						id="return-comment"
						name="comment"
						required
						maxLength={MAX_RETURN_COMMENT}
						defaultValue={result?.comment ?? ''}
						dir="auto"
						aria-invalid={result?.problem === 'report.errors.comment-required' ? true : undefined}
					/>
				</div>
				<input type="hidden" name="intent" value="return" />
				<button type="submit" className="button button--secondary">
					{t('report.decide.return')}
				</button>
			</Form>
		</div>
	)
}
