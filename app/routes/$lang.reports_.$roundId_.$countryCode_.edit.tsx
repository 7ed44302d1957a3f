import crypto from 'node:crypto'
import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LinksFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { requireReportAccess } from '#app/auth/report-access.server.ts'
import {
	ActivityForm,
	CarriedForm,
	ConflictPanel,
	GoalEntryForm,
	MeasureForm,
	SavedNote,
	measureTitle,
	type ConflictData,
	type Values,
} from '#app/components/reporting/report-forms.tsx'
import {
	ActivityFiguresView,
	CountryText,
	EvidenceLinks,
	PotentialActions,
	ReportStatus,
} from '#app/components/reporting/report-parts.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { countryName } from '#app/domain/countries.ts'
import {
	MAX_REPORT_FORM_BYTES,
	formValues,
	newMeasureId,
	parseId,
	parsePartFields,
	parseRevision,
	type PartForm,
	type ReportFormErrors,
} from '#app/domain/report-form.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	addMeasure,
	listEvidenceOptions,
	removeMeasure,
	resolveConflict,
	saveActivityNarrative,
	saveCarriedState,
	saveGoalEntry,
	saveMeasure,
	type SaveOutcome,
} from '#app/models/reporting/reports.server.ts'
import reportStyles from '#app/styles/report.css?url'
import { field, readForm } from '#app/utils/request.server.ts'
import { buildReportView } from './__report.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * Writing a country's report: goal by goal, the measures in place and
 * announced, the state of each measure carried from the previous round, the
 * assessment of progress and the follow-up, evidence from the exchange, and
 * for policy target 3 the narrative around the country's activity figures.
 * Its coordinators and contributors write it while the country holds it.
 *
 * Each part is a form of its own, saved with the revision it was loaded at;
 * a save that finds the part changed meanwhile keeps the text aside and the
 * page shows both versions side by side until someone settles it.
 */

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reportStyles }]

const freshId = () => newMeasureId(() => crypto.randomBytes(15).toString('hex'))

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const access = await requireReportAccess(request, params, 'draft')
	const view = await buildReportView(access, lang)
	if (!view.report) throw new Response('Not found', { status: 404 })
	const t = getFixedT(lang, 'reporting')
	const goals = view.targets.flatMap((target) => target.goals)
	return {
		...view,
		title: `${t('report.edit.pageTitle')} · ${t('report.pageTitle', {
			country: countryName(access.countryCode, lang),
			round: access.round.title,
		})}`,
		evidenceOptions: await listEvidenceOptions(access.countryCode, lang),
		// Each "add" form carries the id its measure will have: posted twice, it adds one.
		newIds: Object.fromEntries(
			goals.flatMap((g) => [
				[`in-place:${g.id}`, freshId()],
				[`announced:${g.id}`, freshId()],
			]),
		) as Record<string, string>,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

/** Where on the page a part is: the page comes back there after a save. */
function anchorOf(formKey: string) {
	return formKey.replace(/[^A-Za-z0-9_-]/g, '-')
}

type ActionData = {
	formKey: string
	values?: Values
	errors?: ReportFormErrors
	problem?: string
}

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, report, round, countryCode } = await requireReportAccess(request, params, 'draft')
	const form = await readForm(request, MAX_REPORT_FORM_BYTES)
	const intent = field(form, 'intent', 30)
	const page = `/${lang}/reports/${round.id}/${countryCode}/edit`
	const actor = user!
	const reportId = report!.id
	const resolves = parseId(form, 'resolves')

	/** Sends the page back to the part, or says what went wrong beside it. */
	const answer = (outcome: SaveOutcome, formKey: string, part?: PartForm) => {
		const anchor = anchorOf(formKey)
		if (outcome.ok) throw redirect(`${page}?saved=${anchor}#${anchor}`)
		if (outcome.problem === 'conflict')
			throw redirect(`${page}?conflict=${outcome.conflictId}#conflict-${outcome.conflictId}`)
		return data<ActionData>(
			{
				formKey,
				values: part ? formValues(form, part) : undefined,
				problem: `report.edit.problems.${outcome.problem}`,
			},
			{ status: 409 },
		)
	}
	/** A form that does not read: its fields again, with the errors beside them. */
	const refuse = (formKey: string, part: PartForm, errors: ReportFormErrors) =>
		data<ActionData>({ formKey, values: formValues(form, part), errors }, { status: 400 })

	switch (intent) {
		case 'save-goal': {
			const goalId = parseId(form, 'goalId')
			const revision = parseRevision(form)
			if (!goalId) throw new Response('Bad request', { status: 400 })
			const formKey = `goal-${goalId}`
			const parsed = parsePartFields(form, 'goal')
			if (!parsed.ok) return refuse(formKey, 'goal', parsed.errors)
			if (revision === null) return refuse(formKey, 'goal', { form: 'report.errors.form-expired' })
			return answer(
				await saveGoalEntry(actor, reportId, goalId, { fields: parsed.fields, revision, resolves }),
				formKey,
				'goal',
			)
		}
		case 'save-carried': {
			const measureId = parseId(form, 'measureId')
			const revision = parseRevision(form)
			if (!measureId) throw new Response('Bad request', { status: 400 })
			const formKey = `measure-${measureId}`
			const parsed = parsePartFields(form, 'carried')
			if (!parsed.ok) return refuse(formKey, 'carried', parsed.errors)
			if (revision === null)
				return refuse(formKey, 'carried', { form: 'report.errors.form-expired' })
			return answer(
				await saveCarriedState(actor, reportId, measureId, {
					fields: parsed.fields,
					revision,
					resolves,
				}),
				formKey,
				'carried',
			)
		}
		case 'add-measure': {
			const measureId = parseId(form, 'measureId')
			const goalId = parseId(form, 'goalId')
			const kind = field(form, 'kind', 20)
			if (!measureId || !goalId || (kind !== 'in-place' && kind !== 'announced'))
				throw new Response('Bad request', { status: 400 })
			const formKey = `add-${kind}-${goalId}`
			const parsed = parsePartFields(form, 'measure')
			if (!parsed.ok) return refuse(formKey, 'measure', parsed.errors)
			const outcome = await addMeasure(actor, reportId, {
				id: measureId,
				goalId,
				kind,
				fields: parsed.fields,
			})
			// Once added, the page goes to the new measure.
			if (outcome.ok && outcome.measureId) return answer(outcome, `measure-${outcome.measureId}`)
			return answer(outcome, formKey, 'measure')
		}
		case 'save-measure': {
			const measureId = parseId(form, 'measureId')
			const revision = parseRevision(form)
			if (!measureId) throw new Response('Bad request', { status: 400 })
			const formKey = `measure-${measureId}`
			const parsed = parsePartFields(form, 'measure')
			if (!parsed.ok) return refuse(formKey, 'measure', parsed.errors)
			if (revision === null)
				return refuse(formKey, 'measure', { form: 'report.errors.form-expired' })
			return answer(
				await saveMeasure(actor, reportId, measureId, {
					fields: parsed.fields,
					revision,
					resolves,
					kind: field(form, 'kind', 20),
					goalId: parseId(form, 'goalId') ?? undefined,
				}),
				formKey,
				'measure',
			)
		}
		case 'remove-measure': {
			const measureId = parseId(form, 'measureId')
			const revision = parseRevision(form)
			if (!measureId || revision === null) throw new Response('Bad request', { status: 400 })
			const outcome = await removeMeasure(actor, reportId, measureId, revision)
			const goalId = parseId(form, 'goalId')
			if (outcome.ok) throw redirect(`${page}?removed=1#${anchorOf(`goal-${goalId ?? ''}`)}`)
			return answer(outcome, `measure-${measureId}`)
		}
		case 'save-activity': {
			const revision = parseRevision(form)
			const parsed = parsePartFields(form, 'activity')
			if (!parsed.ok) return refuse('activity', 'activity', parsed.errors)
			if (revision === null)
				return refuse('activity', 'activity', { form: 'report.errors.form-expired' })
			return answer(
				await saveActivityNarrative(actor, reportId, {
					fields: parsed.fields,
					revision,
					resolves,
				}),
				'activity',
				'activity',
			)
		}
		case 'keep-mine':
		case 'keep-current': {
			const conflictId = parseId(form, 'conflictId')
			if (!conflictId) throw new Response('Bad request', { status: 400 })
			const outcome = await resolveConflict(
				actor,
				reportId,
				conflictId,
				intent === 'keep-mine' ? 'mine' : 'theirs',
				parseRevision(form),
			)
			if (outcome.ok) throw redirect(`${page}?settled=1#conflicts`)
			return answer(outcome, `conflict-${conflictId}`)
		}
		default:
			throw new Response(`Invalid intent "${intent}"`, { status: 400 })
	}
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>
type Goal = LoaderData['targets'][number]['goals'][number]
type Measure = Goal['inPlace'][number]

/** What the page knows while it renders: the action's answer and the address's flags. */
function usePageState() {
	const result = useActionData<typeof action>() as ActionData | undefined
	const [params] = useSearchParams()
	const view = useLoaderData<typeof loader>()
	return {
		view,
		result,
		saved: params.get('saved'),
		merge: params.get('merge'),
		/** The values a form shows: what was sent, if the server refused it; else what is saved. */
		valuesFor(formKey: string, saved: Values) {
			return result?.formKey === formKey && result.values ? result.values : saved
		},
		errorsFor(formKey: string) {
			return result?.formKey === formKey ? result.errors : undefined
		},
		problemFor(formKey: string) {
			return result?.formKey === formKey ? result.problem : undefined
		},
	}
}

function PartMessages({ formKey }: { formKey: string }) {
	const { t } = useTranslation('reporting')
	const state = usePageState()
	const problem = state.problemFor(formKey)
	const errors = state.errorsFor(formKey)
	return (
		<>
			<SavedNote shown={state.saved === anchorOf(formKey)} />
			{problem ? <FormMessage tone="error">{t(problem)}</FormMessage> : null}
			{errors?.form ? <FormMessage tone="error">{t(errors.form)}</FormMessage> : null}
			{errors && !errors.form ? (
				<FormMessage tone="error">{t('report.edit.fixBelow')}</FormMessage>
			) : null}
		</>
	)
}

export default function EditCountryReport() {
	const { view, result } = usePageState()
	const [params] = useSearchParams()
	const { t } = useTranslation('reporting')
	const labels = useLabels()
	const { lang, round, countryCode, report, can } = view
	const country = labels.country(countryCode)
	const reportPage = `/${lang}/reports/${round.id}/${countryCode}`
	return (
		<article className="report report--edit">
			<p>
				<Link to={reportPage}>{t('report.edit.back')}</Link>
			</p>
			<p className="report-meta">{round.title}</p>
			<h1>
				{t('report.edit.heading', { country })} <ReportStatus status={report.status} />
			</h1>
			<p className="report-meta">
				{t('report.period', {
					start: labels.date(round.periodStart),
					end: labels.date(round.periodEnd),
				})}
				{' · '}
				{t('report.due', { date: labels.date(round.dueDate) })}
			</p>
			{report.status === 'returned' && report.returnComment ? (
				<section className="notice report-returned" aria-labelledby="returned-title">
					<h2 id="returned-title" className="notice__title">
						{t('report.returned.title')}
					</h2>
					<p className="reason" dir="auto">
						{report.returnComment}
					</p>
					<p>{t('report.returned.keep')}</p>
				</section>
			) : null}
			{!can.draft ? (
				<NotEditable reportPage={reportPage} result={result} />
			) : (
				<>
					<p>{t('report.edit.intro')}</p>
					<p>
						<Link to={reportPage}>{t('report.edit.toSubmit')}</Link>
					</p>
					{params.get('removed') ? (
						<FormMessage tone="ok">{t('report.edit.removed')}</FormMessage>
					) : null}
					<ConflictSummary />
					<nav aria-labelledby="contents-title" className="report-contents">
						<h2 id="contents-title">{t('report.contents')}</h2>
						<ol>
							{view.targets.map((target) => (
								<li key={target.key}>
									<a href={`#target-${target.key}`}>{target.text}</a>
									<ol>
										{target.goals.map((goal) => (
											<li key={goal.id}>
												<a href={`#${anchorOf(`goal-${goal.id}`)}`}>{goal.text}</a>
											</li>
										))}
									</ol>
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
							{target.hasActivity ? <ActivitySection /> : null}
							{target.goals.map((goal) => (
								<GoalSection key={goal.id} goal={goal} />
							))}
						</section>
					))}
				</>
			)}
		</article>
	)
}

/** The report left the country meanwhile: nothing is saved, and what was sent is shown to copy. */
function NotEditable({ reportPage, result }: { reportPage: string; result?: ActionData }) {
	const { t } = useTranslation('reporting')
	// Only texts: a choice or an id is quickly made again.
	const unsaved = result?.values
		? ['title', 'description', 'assessmentText', 'followUp', 'stateComment', 'narrative']
				.map((name) => result.values?.[name])
				.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
		: []
	return (
		<section className="panel" aria-labelledby="locked-title">
			<h2 id="locked-title">{t('report.edit.lockedTitle')}</h2>
			<p>{t('report.edit.locked')}</p>
			{unsaved.length ? (
				<>
					<p>{t('report.edit.unsaved')}</p>
					{unsaved.map((text, i) => (
						<p key={i} className="reason" dir="auto">
							{text}
						</p>
					))}
				</>
			) : null}
			<p>
				<Link to={reportPage}>{t('report.edit.back')}</Link>
			</p>
		</section>
	)
}

function ConflictSummary() {
	const { t } = useTranslation('reporting')
	const { view } = usePageState()
	const [params] = useSearchParams()
	const count = view.conflicts.length
	return (
		<div id="conflicts">
			{params.get('settled') ? (
				<FormMessage tone="ok">{t('report.conflict.settled')}</FormMessage>
			) : null}
			{count ? (
				<section className="notice report-conflicts" aria-labelledby="conflicts-title">
					<h2 id="conflicts-title" className="notice__title">
						{t('report.conflict.summaryTitle', { count })}
					</h2>
					<p>{t('report.conflict.summary', { count })}</p>
					<ul>
						{view.conflicts.map((c) => (
							<li key={c.id}>
								<a href={`#conflict-${c.id}`}>
									{c.mine
										? t('report.conflict.linkMine')
										: t('report.conflict.linkOther', { name: c.by })}
								</a>
							</li>
						))}
					</ul>
				</section>
			) : null}
		</div>
	)
}

/**
 * A part of the report: its conflicts if it has any (each with the way to
 * settle it, a merge form when asked), else its form.
 */
function Part({
	partKey,
	formKey,
	current,
	currentRevision,
	renderForm,
}: {
	partKey: string
	formKey: string
	current: { values: Values; by: string; at: string } | null
	currentRevision: number | null
	renderForm: (props: {
		values: Values
		errors?: ReportFormErrors
		resolves?: string
		cancel?: ReactNode
	}) => ReactNode
}) {
	const { t } = useTranslation('reporting')
	const state = usePageState()
	const { view } = state
	const conflicts = view.conflicts.filter((c) => c.part === partKey)
	const errors = state.errorsFor(formKey)
	const here = `/${view.lang}/reports/${view.round.id}/${view.countryCode}/edit`
	const anchor = anchorOf(formKey)
	if (conflicts.length === 0)
		return (
			<div id={anchor} className="report-part">
				<PartMessages formKey={formKey} />
				{renderForm({ values: state.valuesFor(formKey, current?.values ?? {}), errors })}
			</div>
		)
	return (
		<div id={anchor} className="report-part">
			<PartMessages formKey={formKey} />
			{conflicts.map((conflict) => {
				const merging = state.merge === conflict.id
				return (
					<ConflictPanel
						key={conflict.id}
						conflict={conflict}
						current={current}
						currentRevision={currentRevision}
						evidenceOptions={view.evidenceOptions}
						mergeHref={`${here}?merge=${conflict.id}#conflict-${conflict.id}`}
						merging={merging}
					>
						{merging
							? renderForm({
									values: state.valuesFor(formKey, conflict.fields),
									errors,
									resolves: conflict.id,
									cancel: (
										<Link to={`${here}#conflict-${conflict.id}`}>
											{t('report.conflict.cancelMerge')}
										</Link>
									),
								})
							: null}
					</ConflictPanel>
				)
			})}
		</div>
	)
}

function ActivitySection() {
	const { t } = useTranslation('reporting')
	const { view } = usePageState()
	const { activity } = view
	return (
		<section className="report-activity" aria-labelledby="activity-figures">
			<ActivityFiguresView
				headingId="activity-figures"
				figures={activity.figures}
				frozen={activity.frozen}
				publicCampaigns={activity.publicCampaigns}
			/>
			<div className="report-activity__narrative">
				<h4>{t('report.activity.narrativeTitle')}</h4>
				<Part
					partKey="activity"
					formKey="activity"
					current={{
						values: { narrative: activity.narrative },
						by: '',
						at: view.report.updatedAt,
					}}
					currentRevision={activity.revision}
					renderForm={({ values, errors, resolves, cancel }) => (
						<ActivityForm
							key={`activity:${activity.revision}:${resolves ?? ''}`}
							values={values}
							revision={activity.revision}
							resolves={resolves}
							errors={errors}
						>
							{cancel}
						</ActivityForm>
					)}
				/>
			</div>
		</section>
	)
}

const measureValues = (m: Measure): Values => ({
	title: m.title,
	lang: m.lang,
	description: m.description,
	campaigns: m.campaigns,
	materials: m.materials,
})

function GoalSection({ goal }: { goal: Goal }) {
	const { t } = useTranslation('reporting')
	const { view } = usePageState()
	const anchor = anchorOf(`goal-${goal.id}`)
	const removedConflicts = view.conflicts.filter((c) => c.removed && c.goalId === goal.id)
	return (
		<section className="report-goal" aria-labelledby={anchor}>
			<h3 id={anchor}>{goal.text}</h3>
			{goal.addedAt ? (
				<p className="hint">{t('report.goal.added', { when: goal.addedAt })}</p>
			) : null}
			<PotentialActions actions={goal.actions} />
			{goal.carried.length ? (
				<>
					<h4>{t('report.measures.carried')}</h4>
					<p className="hint">
						{t('report.measures.carriedHint', { round: goal.carried[0]!.announcedIn ?? '' })}
					</p>
					<ul className="report-measures">
						{goal.carried.map((m) => (
							<li key={m.id} className="report-measure">
								<CountryText lang={m.lang} as="h5" className="report-measure__title">
									{m.title}
								</CountryText>
								{m.description ? (
									<CountryText lang={m.lang} className="report-text">
										{m.description}
									</CountryText>
								) : null}
								<Part
									partKey={`measure:${m.id}`}
									formKey={`measure-${m.id}`}
									current={{
										values: { state: m.state, stateComment: m.stateComment },
										by: m.updatedBy,
										at: m.updatedAt,
									}}
									currentRevision={m.revision}
									renderForm={({ values, errors, resolves, cancel }) => (
										<CarriedForm
											key={`${m.id}:${m.revision}:${resolves ?? ''}`}
											idPrefix={`carried-${m.id}`}
											measureId={m.id}
											values={values}
											revision={m.revision}
											resolves={resolves}
											errors={errors}
										>
											{cancel}
										</CarriedForm>
									)}
								/>
							</li>
						))}
					</ul>
				</>
			) : null}
			{(['in-place', 'announced'] as const).map((kind) => (
				<MeasureKind
					key={kind}
					goal={goal}
					kind={kind}
					measures={kind === 'in-place' ? goal.inPlace : goal.announced}
					removedConflicts={removedConflicts.filter((c) => c.kind === kind)}
				/>
			))}
			<h4>{t('report.assessment.title')}</h4>
			<Part
				partKey={`goal:${goal.id}`}
				formKey={`goal-${goal.id}-entry`}
				current={
					goal.entry
						? {
								values: {
									assessment: goal.entry.assessment,
									assessmentText: goal.entry.assessmentText,
									followUp: goal.entry.followUp,
								},
								by: goal.entry.updatedBy,
								at: goal.entry.updatedAt,
							}
						: null
				}
				currentRevision={goal.entry?.revision ?? null}
				renderForm={({ values, errors, resolves, cancel }) =>
					goal.entry ? (
						<GoalEntryForm
							key={`${goal.id}:${goal.entry.revision}:${resolves ?? ''}`}
							idPrefix={`entry-${goal.id}`}
							goalId={goal.id}
							values={values}
							revision={goal.entry.revision}
							resolves={resolves}
							errors={errors}
						>
							{cancel}
						</GoalEntryForm>
					) : null
				}
			/>
		</section>
	)
}

function MeasureKind({
	goal,
	kind,
	measures,
	removedConflicts,
}: {
	goal: Goal
	kind: 'in-place' | 'announced'
	measures: Measure[]
	removedConflicts: ConflictData[]
}) {
	const { t } = useTranslation('reporting')
	const state = usePageState()
	const { view } = state
	const options = view.evidenceOptions
	const addKey = `add-${kind}-${goal.id}`
	const addErrors = state.errorsFor(addKey)
	const newId = view.newIds[`${kind}:${goal.id}`]!
	return (
		<>
			<h4>{t(kind === 'in-place' ? 'report.measures.inPlace' : 'report.measures.announced')}</h4>
			{measures.length === 0 && removedConflicts.length === 0 ? (
				<p className="report-missing">{t('report.measures.none')}</p>
			) : null}
			<ul className="report-measures">
				{measures.map((m) => (
					<li key={m.id} className="report-measure">
						<Part
							partKey={`measure:${m.id}`}
							formKey={`measure-${m.id}`}
							current={{ values: measureValues(m), by: m.updatedBy, at: m.updatedAt }}
							currentRevision={m.revision}
							renderForm={({ values, errors, resolves, cancel }) => (
								<>
									<CountryText lang={m.lang} as="h5" className="report-measure__title">
										{m.title}
									</CountryText>
									{m.description ? (
										<CountryText lang={m.lang} className="report-text">
											{m.description}
										</CountryText>
									) : null}
									<EvidenceLinks evidence={m.evidence} />
									<details
										className="report-edit-measure"
										open={
											!!resolves || !!errors || !!state.problemFor(`measure-${m.id}`) || undefined
										}
									>
										<summary>
											{t('report.edit.editMeasure')}{' '}
											<span className="visually-hidden">{measureTitle(m)}</span>
										</summary>
										<MeasureForm
											key={`${m.id}:${m.revision}:${resolves ?? ''}`}
											idPrefix={`measure-${m.id}`}
											measure={{ mode: 'edit', id: m.id, goalId: goal.id, kind }}
											values={values}
											revision={m.revision}
											resolves={resolves}
											errors={errors}
											evidenceOptions={options}
										>
											{cancel}
										</MeasureForm>
										{resolves ? null : (
											<Form method="post" className="report-remove">
												<input type="hidden" name="intent" value="remove-measure" />
												<input type="hidden" name="measureId" value={m.id} />
												<input type="hidden" name="goalId" value={goal.id} />
												<input type="hidden" name="revision" value={m.revision} />
												<button type="submit" className="button button--danger">
													{t('report.edit.remove')}{' '}
													<span className="visually-hidden">{measureTitle(m)}</span>
												</button>
											</Form>
										)}
									</details>
								</>
							)}
						/>
					</li>
				))}
				{removedConflicts.map((conflict) => (
					<li key={conflict.id} className="report-measure">
						<ConflictPanel
							conflict={conflict}
							current={null}
							currentRevision={null}
							evidenceOptions={options}
							mergeHref=""
							merging={false}
						/>
					</li>
				))}
			</ul>
			<div id={anchorOf(addKey)} className="report-part">
				<PartMessages formKey={addKey} />
				<details
					className="report-add"
					open={!!addErrors || !!state.problemFor(addKey) || undefined}
				>
					<summary>
						{t(kind === 'in-place' ? 'report.edit.addInPlace' : 'report.edit.addAnnounced')}
					</summary>
					<MeasureForm
						key={newId}
						idPrefix={`new-${kind}-${goal.id}`}
						measure={{ mode: 'new', newId, goalId: goal.id, kind }}
						values={state.valuesFor(addKey, {})}
						errors={addErrors}
						evidenceOptions={options}
						submitLabel={t('report.edit.add')}
					/>
				</details>
			</div>
		</>
	)
}
