import {
	data,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { targetLabel } from '#app/components/joint-report-view.tsx'
import { directionOf } from '#app/domain/languages.ts'
import { can } from '#app/domain/permissions.ts'
import {
	DASHBOARD_STATUSES,
	REMINDER_INTERVAL_MS,
	type DashboardStatus,
} from '#app/domain/round-dashboard.ts'
import { isRoundSecretariat, mayReadRound, structureText } from '#app/domain/reporting.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { listAcceptedReports } from '#app/models/reporting/joint-report.server.ts'
import {
	addGoal,
	closeRound,
	getRound,
	getRoundDashboard,
	nextStructureKeys,
	sendReminders,
} from '#app/models/reporting/rounds.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { requireRoundReader, roundFacts } from './__reporting.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * A reporting round. Readers (as the round's visibility allows) see its
 * structure and the accepted country reports; its secretariat also sees
 * every Alliance country's progress, reminds the late ones, and adds goals
 * agreed at a conference while the round is open; administrators close it.
 */

const SORTS = ['country', 'status', 'updated'] as const
type Sort = (typeof SORTS)[number]

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const viewer = await requireRoundReader(request, params.roundId ?? '', lang)
	const { round } = viewer
	const url = new URL(request.url)
	const filter = url.searchParams.get('status') ?? ''
	const sortParam = url.searchParams.get('sort') ?? 'country'
	const sort: Sort = (SORTS as readonly string[]).includes(sortParam)
		? (sortParam as Sort)
		: 'country'
	const accepted = await listAcceptedReports(round.id)
	let dashboard = null
	if (viewer.secretariat) {
		const rows = await getRoundDashboard(round)
		const counts = Object.fromEntries(
			DASHBOARD_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]),
		) as Record<DashboardStatus, number>
		const shown = rows.filter((r) =>
			filter === 'late'
				? r.late
				: (DASHBOARD_STATUSES as readonly string[]).includes(filter)
					? r.status === filter
					: true,
		)
		dashboard = {
			total: rows.length,
			counts,
			late: rows.filter((r) => r.late).length,
			sort,
			filter,
			rows: shown.map((r) => ({
				countryCode: r.countryCode,
				allianceSince: r.allianceSince,
				status: r.status,
				late: r.late,
				updatedAt: r.updatedAt?.toISOString() ?? null,
				lastReminder: r.lastReminder?.toISOString() ?? null,
				mayRemind: r.mayRemind,
			})),
		}
	}
	return {
		title: `${round.title} · ${getFixedT(lang)('app.name')}`,
		round: roundFacts(round, lang),
		secretariat: viewer.secretariat,
		mayClose: viewer.admin && round.status === 'open',
		mayAddGoal: viewer.secretariat && round.status === 'open',
		structure: round.targets.map((target) => ({
			key: target.key,
			title: structureText(target.texts, lang),
			goals: target.goals.map((goal) => ({
				key: goal.key,
				title: structureText(goal.texts, lang),
				addedAt: goal.addedAt,
			})),
		})),
		accepted: accepted.map((r) => ({
			countryCode: r.countryCode,
			acceptedAt: r.acceptedAt?.toISOString() ?? null,
		})),
		dashboard,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

type ActionResult =
	| {
			ok: 'reminded'
			sent: string[]
			tooSoon: string[]
			noCoordinator: string[]
			notNeeded: string[]
	  }
	| { ok: 'goal-added' | 'closed' }
	| { error: string; errors?: Record<string, string> }

export async function action({ request, params }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const round = await getRound(params.roundId ?? '')
	if (!round) throw new Response('Not found', { status: 404 })
	const secretariat = isRoundSecretariat(user, round)
	const admin = can(user, 'manage', 'reporting-round')
	const form = await readForm(request)
	const intent = field(form, 'intent', 20)
	// Whoever may not see the round learns nothing of it; a reader who may is refused.
	if (!secretariat && !admin)
		throw mayReadRound(user, round)
			? new Response('Forbidden', { status: 403 })
			: new Response('Not found', { status: 404 })
	const refuse = (status: number, error: string, errors?: Record<string, string>) =>
		data<ActionResult>({ error, errors }, { status })
	switch (intent) {
		case 'remind': {
			const countries = form.getAll('countries').filter((v): v is string => typeof v === 'string')
			if (!countries.length) return refuse(400, 'dashboard.errors.noneChosen')
			const result = await sendReminders(user, round.id, countries.slice(0, 100))
			if (!result.ok)
				return refuse(result.problem === 'round-closed' ? 409 : 403, `errors.${result.problem}`)
			const { sent, tooSoon, noCoordinator, notNeeded } = result.outcome
			return data<ActionResult>({
				ok: 'reminded',
				sent: sent.map((s) => s.countryCode),
				tooSoon,
				noCoordinator,
				notNeeded,
			})
		}
		case 'add-goal': {
			if (!secretariat) throw new Response('Forbidden', { status: 403 })
			if (round.status !== 'open') return refuse(409, 'errors.round-closed')
			const target = field(form, 'target', 20)
			const texts = textsFrom(form, 'goal')
			const targetTexts = textsFrom(form, 'targetTitle')
			const agreedAt = field(form, 'agreedAt', 300).trim()
			const errors: Record<string, string> = {}
			if (!texts.en) errors.goal = 'structure.errors.goalRequired'
			if (!agreedAt) errors.agreedAt = 'structure.errors.agreedRequired'
			const known = round.targets.some((t) => t.key === target)
			if (!known && target !== 'new') errors.target = 'structure.errors.targetRequired'
			if (target === 'new' && !targetTexts.en)
				errors.targetTitle = 'structure.errors.targetTitleRequired'
			if (Object.keys(errors).length) return refuse(400, 'structure.errors.summary', errors)
			const keys = nextStructureKeys(round.targets, known ? target : null)
			try {
				await addGoal(user, round.id, {
					targetKey: keys.targetKey,
					targetTexts: keys.isNew ? targetTexts : undefined,
					goalKey: keys.goalKey,
					texts,
					agreedAt,
				})
			} catch (error) {
				// Another goal took the same key a moment before: the form can be sent again.
				if ((error as { code?: string }).code === 'P2002')
					return refuse(409, 'structure.errors.tryAgain')
				throw error
			}
			return data<ActionResult>({ ok: 'goal-added' })
		}
		case 'close': {
			if (!admin) throw new Response('Forbidden', { status: 403 })
			const closed = await closeRound(user, round.id)
			if (!closed.ok) return refuse(409, 'errors.round-closed')
			return data<ActionResult>({ ok: 'closed' })
		}
		default:
			throw new Response('Bad request', { status: 400 })
	}
}

/** A text of the structure in the three UI languages; English is required, the others optional. */
function textsFrom(form: FormData, prefix: string) {
	const texts: Record<string, string> = {}
	for (const lang of ['en', 'fr', 'ar']) {
		const text = field(form, `${prefix}-${lang}`, 2000).trim()
		if (text) texts[lang] = text
	}
	return texts
}

export default function Round() {
	const { round, mayClose, mayAddGoal, structure, accepted, dashboard } =
		useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as ActionResult | undefined
	const { t, i18n } = useTranslation('reporting')
	const labels = useLabels()
	const lang = i18n.language
	const countries = (codes: string[]) => labels.list(codes.map((c) => labels.country(c)))
	return (
		<>
			<p>
				<Link to={`/${lang}/reports`}>{t('rounds.title')}</Link>
			</p>
			<h1>{round.title}</h1>
			<dl className="facts">
				<dt>{t('round.kind')}</dt>
				<dd>{t(`kinds.${round.kind}`)}</dd>
				<dt>{t('round.period')}</dt>
				<dd>
					{t('rounds.period', {
						start: labels.date(round.periodStart),
						end: labels.date(round.periodEnd),
					})}
				</dd>
				<dt>{t('round.due')}</dt>
				<dd>{labels.date(round.dueDate)}</dd>
				<dt>{t('round.secretariat')}</dt>
				<dd>{round.secretariatName}</dd>
				<dt>{t('round.visibility')}</dt>
				<dd>{t(`visibility.${round.visibility}`)}</dd>
				<dt>{t('round.status')}</dt>
				<dd>
					{t(`roundStatus.${round.status}`)}
					{round.closedAt ? ` (${labels.date(round.closedAt)})` : null}
				</dd>
			</dl>
			{round.status === 'closed' ? <p className="notice">{t('round.archived')}</p> : null}

			{result && 'error' in result ? (
				<FormMessage tone="error">{t(result.error)}</FormMessage>
			) : null}
			{result && 'ok' in result && result.ok === 'reminded' ? (
				<div className="form-message" role="status">
					{result.sent.length ? (
						<p>{t('dashboard.reminded', { countries: countries(result.sent) })}</p>
					) : null}
					{result.tooSoon.length ? (
						<p>{t('dashboard.tooSoon', { countries: countries(result.tooSoon) })}</p>
					) : null}
					{result.noCoordinator.length ? (
						<p>{t('dashboard.noCoordinator', { countries: countries(result.noCoordinator) })}</p>
					) : null}
					{result.notNeeded.length ? (
						<p>{t('dashboard.notNeeded', { countries: countries(result.notNeeded) })}</p>
					) : null}
				</div>
			) : null}
			{result && 'ok' in result && result.ok === 'goal-added' ? (
				<FormMessage tone="ok">{t('structure.added')}</FormMessage>
			) : null}
			{result && 'ok' in result && result.ok === 'closed' ? (
				<FormMessage tone="ok">{t('round.closedNow')}</FormMessage>
			) : null}

			<section aria-labelledby="round-joint" className="panel">
				<h2 id="round-joint">{t('round.jointTitle')}</h2>
				<p className="actions">
					<Link to={`/${lang}/reports/${round.id}/joint`}>{t('round.jointLink')}</Link>
					<a href={`/${lang}/reports/${round.id}/data.csv`} download>
						{t('exports.csv')}
					</a>
					<a href={`/${lang}/reports/${round.id}/data.json`} download>
						{t('exports.json')}
					</a>
				</p>
			</section>

			{dashboard ? (
				<Dashboard dashboard={dashboard} roundId={round.id} open={round.status === 'open'} />
			) : null}

			<section aria-labelledby="round-accepted">
				<h2 id="round-accepted">{t('round.acceptedTitle')}</h2>
				{accepted.length ? (
					<ul className="country-list">
						{accepted.map((r) => (
							<li key={r.countryCode}>
								<Link to={`/${lang}/reports/${round.id}/${r.countryCode}`}>
									{labels.country(r.countryCode)}
								</Link>{' '}
								<span className="card__meta">
									{r.acceptedAt ? t('round.acceptedOn', { date: labels.date(r.acceptedAt) }) : null}{' '}
									·{' '}
									<a href={`/${lang}/reports/${round.id}/${r.countryCode}/report.pdf`} download>
										{t('exports.pdf')}
									</a>
								</span>
							</li>
						))}
					</ul>
				) : (
					<p>{t('round.noneAccepted')}</p>
				)}
			</section>

			<section aria-labelledby="round-structure">
				<h2 id="round-structure">{t('structure.title')}</h2>
				<ol className="structure">
					{structure.map((target) => (
						<li key={target.key}>
							<h3>
								{targetLabel(t, target.key)}: {target.title}
							</h3>
							<ul>
								{target.goals.map((goal) => (
									<li key={goal.key}>
										{goal.title}
										{goal.addedAt ? (
											<span className="card__meta">
												{' '}
												({t('structure.agreedAt', { where: goal.addedAt })})
											</span>
										) : null}
									</li>
								))}
							</ul>
						</li>
					))}
				</ol>
				{mayAddGoal ? (
					<AddGoal
						targets={structure.map((s) => ({ key: s.key, title: s.title }))}
						errors={result && 'errors' in result ? result.errors : undefined}
					/>
				) : null}
			</section>

			{mayClose ? (
				<section aria-labelledby="round-close" className="panel">
					<h2 id="round-close">{t('round.closeTitle')}</h2>
					<p>{t('round.closeExplain')}</p>
					<Form method="post">
						<input type="hidden" name="intent" value="close" />
						<button type="submit" className="button button--danger">
							{t('round.close')}
						</button>
					</Form>
				</section>
			) : null}
		</>
	)
}

function Dashboard({
	dashboard,
	roundId,
	open,
}: {
	dashboard: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['dashboard']>
	roundId: string
	open: boolean
}) {
	const { t, i18n } = useTranslation('reporting')
	const labels = useLabels()
	const [params] = useSearchParams()
	const lang = i18n.language
	const order = (status: string) => DASHBOARD_STATUSES.indexOf(status as DashboardStatus)
	const rows = [...dashboard.rows].sort((a, b) => {
		const byCountry = labels.compare(labels.country(a.countryCode), labels.country(b.countryCode))
		if (dashboard.sort === 'status') return order(a.status) - order(b.status) || byCountry
		if (dashboard.sort === 'updated')
			return (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || byCountry
		return byCountry
	})
	const hours = REMINDER_INTERVAL_MS / 3_600_000
	return (
		<section aria-labelledby="dashboard-title">
			<h2 id="dashboard-title">{t('dashboard.title')}</h2>
			<ul className="figures figures--compact">
				<li>
					<strong>{labels.number(dashboard.total)}</strong> {t('dashboard.alliance')}
				</li>
				{DASHBOARD_STATUSES.map((s) => (
					<li key={s}>
						<strong>{labels.number(dashboard.counts[s])}</strong> {t(`dashboard.status.${s}`)}
					</li>
				))}
				<li>
					<strong>{labels.number(dashboard.late)}</strong> {t('dashboard.status.late')}
				</li>
			</ul>
			<Form method="get" className="actions panel">
				<Field id="dashboard-filter" label={t('dashboard.filter')}>
					<select id="dashboard-filter" name="status" defaultValue={params.get('status') ?? ''}>
						<option value="">{t('dashboard.all')}</option>
						{[...DASHBOARD_STATUSES, 'late'].map((s) => (
							<option key={s} value={s}>
								{t(`dashboard.status.${s}`)}
							</option>
						))}
					</select>
				</Field>
				<Field id="dashboard-sort" label={t('dashboard.sort')}>
					<select id="dashboard-sort" name="sort" defaultValue={dashboard.sort}>
						{SORTS.map((s) => (
							<option key={s} value={s}>
								{t(`dashboard.sortBy.${s}`)}
							</option>
						))}
					</select>
				</Field>
				<button type="submit" className="button button--secondary">
					{t('dashboard.apply')}
				</button>
			</Form>
			<p aria-live="polite">{t('dashboard.shown', { count: rows.length })}</p>
			<Form method="post">
				<input type="hidden" name="intent" value="remind" />
				<div className="table-scroll">
					<table className="table">
						<caption>{t('dashboard.caption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('dashboard.remind')}</th>
								<th scope="col">{t('dashboard.country')}</th>
								<th scope="col">{t('dashboard.joined')}</th>
								<th scope="col">{t('dashboard.statusColumn')}</th>
								<th scope="col">{t('dashboard.updated')}</th>
								<th scope="col">{t('dashboard.lastReminder')}</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((row) => {
								const name = labels.country(row.countryCode)
								return (
									<tr key={row.countryCode}>
										<td>
											<input
												type="checkbox"
												name="countries"
												value={row.countryCode}
												id={`remind-${row.countryCode}`}
												aria-label={t('dashboard.remindCountry', { country: name })}
												defaultChecked={row.mayRemind && (row.late || row.status === 'not-started')}
												disabled={!row.mayRemind}
											/>
										</td>
										<th scope="row">
											<Link to={`/${lang}/reports/${roundId}/${row.countryCode}`}>{name}</Link>
										</th>
										<td>{row.allianceSince}</td>
										<td>
											<span className={`status status--report-${row.status}`}>
												{t(`dashboard.status.${row.status}`)}
											</span>
											{row.late ? (
												<>
													{' '}
													<span className="status status--late">{t('dashboard.status.late')}</span>
												</>
											) : null}
										</td>
										<td>{row.updatedAt ? labels.date(row.updatedAt) : '—'}</td>
										<td>{row.lastReminder ? labels.dateTime(row.lastReminder) : '—'}</td>
									</tr>
								)
							})}
						</tbody>
					</table>
				</div>
				{open ? (
					<div className="panel">
						<p className="hint" id="remind-hint">
							{t('dashboard.remindHint', { hours })}
						</p>
						<button type="submit" className="button" aria-describedby="remind-hint">
							{t('dashboard.send')}
						</button>
					</div>
				) : null}
			</Form>
		</section>
	)
}

function AddGoal({
	targets,
	errors,
}: {
	targets: { key: string; title: string }[]
	errors?: Record<string, string>
}) {
	const { t } = useTranslation('reporting')
	const error = (name: string) => (errors?.[name] ? t(errors[name]) : null)
	return (
		<details className="panel" open={!!errors}>
			<summary>{t('structure.add')}</summary>
			<p>{t('structure.addExplain')}</p>
			<Form method="post" className="form">
				<input type="hidden" name="intent" value="add-goal" />
				<Field id="goal-target" label={t('structure.target')} error={error('target')}>
					<select id="goal-target" name="target" defaultValue={targets[2]?.key ?? targets[0]?.key}>
						{targets.map((target) => (
							<option key={target.key} value={target.key}>
								{targetLabel(t, target.key)}: {target.title.slice(0, 80)}
							</option>
						))}
						<option value="new">{t('structure.newTarget')}</option>
					</select>
				</Field>
				<fieldset>
					<legend>{t('structure.newTargetTitle')}</legend>
					<p className="hint">{t('structure.newTargetHint')}</p>
					{error('targetTitle') ? <p className="field__error">{error('targetTitle')}</p> : null}
					{(['en', 'fr', 'ar'] as const).map((lang) => (
						<Field
							key={lang}
							label={t(`structure.in.${lang}`)}
							name={`targetTitle-${lang}`}
							lang={lang}
							dir={directionOf(lang)}
							maxLength={2000}
						/>
					))}
				</fieldset>
				<fieldset>
					<legend>{t('structure.goal')}</legend>
					{error('goal') ? <p className="field__error">{error('goal')}</p> : null}
					{(['en', 'fr', 'ar'] as const).map((lang) => (
						<Field
							key={lang}
							label={t(`structure.in.${lang}`)}
							name={`goal-${lang}`}
							lang={lang}
							dir={directionOf(lang)}
							maxLength={2000}
							required={lang === 'en'}
						/>
					))}
				</fieldset>
				<Field
					label={t('structure.agreedAtLabel')}
					name="agreedAt"
					required
					maxLength={300}
					hint={t('structure.agreedAtHint')}
					error={error('agreedAt')}
				/>
				<button type="submit" className="button">
					{t('structure.submit')}
				</button>
			</Form>
		</details>
	)
}
