import { Form, Link } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { FormMessage } from '#app/components/ui/field.tsx'
import { useClientValidation } from '#app/components/ui/form-controls.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { CONTENT_LANGUAGES, directionOf } from '#app/domain/languages.ts'
import {
	MAX_EVIDENCE_PER_MEASURE,
	parsePartFields,
	type ReportFormErrors,
} from '#app/domain/report-form.ts'
import {
	ASSESSMENTS,
	MAX_MEASURE_TITLE,
	MAX_REPORT_TEXT,
	MEASURE_STATES,
} from '#app/domain/reporting.ts'
import { CountryText } from './report-parts.tsx'

/**
 * The forms of a country report's edit page, one per part: a goal's
 * assessment and follow-up, the state of a carried measure, a measure in
 * place or announced (new or existing), the activity narrative. Each
 * carries the revision its texts were loaded at (see
 * app/models/reporting/reports.server.ts), and `resolves` when it settles a
 * conflict by a merge. Each works without JavaScript; with it, the browser
 * checks a measure's fields before sending.
 */

export type Values = Record<string, string | string[]>

export interface EvidenceOptions {
	campaigns: { id: string; title: string; lang: string }[]
	materials: { id: string; title: string; lang: string }[]
}

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '')
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : [])

function ErrorText({ id, error }: { id: string; error?: string }) {
	const { t } = useTranslation('reporting')
	if (!error) return null
	return (
		<p id={id} className="field__error">
			{t(error)}
		</p>
	)
}

function TextArea({
	id,
	name,
	label,
	value,
	error,
	hint,
}: {
	id: string
	name: string
	label: string
	value: string
	error?: string
	hint?: string
}) {
	return (
		<div className="field">
			<label htmlFor={id}>{label}</label>
			{hint ? (
				<p id={`${id}-hint`} className="hint">
					{hint}
				</p>
			) : null}
			<textarea
				id={id}
				name={name}
				defaultValue={value}
				maxLength={MAX_REPORT_TEXT}
				dir="auto"
				aria-invalid={error ? true : undefined}
				aria-describedby={
					[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
					undefined
				}
			/>
			<ErrorText id={`${id}-error`} error={error} />
		</div>
	)
}

/** Hidden fields every part's form carries. */
function PartFields({
	intent,
	revision,
	resolves,
	extra,
}: {
	intent: string
	revision?: number
	resolves?: string | null
	extra?: Record<string, string>
}) {
	return (
		<>
			<input type="hidden" name="intent" value={intent} />
			{revision != null ? <input type="hidden" name="revision" value={revision} /> : null}
			{resolves ? <input type="hidden" name="resolves" value={resolves} /> : null}
			{Object.entries(extra ?? {}).map(([name, value]) => (
				<input key={name} type="hidden" name={name} value={value} />
			))}
		</>
	)
}

function SaveButton({ label }: { label?: string }) {
	const { t } = useTranslation('reporting')
	return (
		<button type="submit" className="button">
			{label ?? t('report.edit.save')}
		</button>
	)
}

export function GoalEntryForm({
	idPrefix,
	goalId,
	values,
	revision,
	resolves,
	errors,
	children,
}: {
	idPrefix: string
	goalId: string
	values: Values
	revision: number
	resolves?: string | null
	errors?: ReportFormErrors
	children?: ReactNode
}) {
	const { t } = useTranslation('reporting')
	const chosen = str(values.assessment)
	return (
		<Form method="post" className="form report-form">
			<PartFields intent="save-goal" revision={revision} resolves={resolves} extra={{ goalId }} />
			<fieldset aria-describedby={errors?.assessment ? `${idPrefix}-assessment-error` : undefined}>
				<legend>{t('report.assessment.scale')}</legend>
				<div className="report-choices">
					{ASSESSMENTS.map((key) => (
						<label key={key}>
							<input type="radio" name="assessment" value={key} defaultChecked={chosen === key} />
							{t(`report.assessment.values.${key}`)}
						</label>
					))}
					<label>
						<input type="radio" name="assessment" value="" defaultChecked={chosen === ''} />
						{t('report.assessment.notYet')}
					</label>
				</div>
				<ErrorText id={`${idPrefix}-assessment-error`} error={errors?.assessment} />
			</fieldset>
			<TextArea
				id={`${idPrefix}-assessmentText`}
				name="assessmentText"
				label={t('report.assessment.text')}
				value={str(values.assessmentText)}
				error={errors?.assessmentText}
			/>
			<TextArea
				id={`${idPrefix}-followUp`}
				name="followUp"
				label={t('report.assessment.followUp')}
				hint={t('report.assessment.followUpHint')}
				value={str(values.followUp)}
				error={errors?.followUp}
			/>
			<div className="actions">
				<SaveButton />
				{children}
			</div>
		</Form>
	)
}

export function CarriedForm({
	idPrefix,
	measureId,
	values,
	revision,
	resolves,
	errors,
	children,
}: {
	idPrefix: string
	measureId: string
	values: Values
	revision: number
	resolves?: string | null
	errors?: ReportFormErrors
	children?: ReactNode
}) {
	const { t } = useTranslation('reporting')
	const chosen = str(values.state)
	return (
		<Form method="post" className="form report-form">
			<PartFields
				intent="save-carried"
				revision={revision}
				resolves={resolves}
				extra={{ measureId }}
			/>
			<fieldset aria-describedby={errors?.state ? `${idPrefix}-state-error` : undefined}>
				<legend>{t('report.measures.state')}</legend>
				<div className="report-choices">
					{MEASURE_STATES.map((key) => (
						<label key={key}>
							<input type="radio" name="state" value={key} defaultChecked={chosen === key} />
							{t(`report.states.${key}`)}
						</label>
					))}
				</div>
				<ErrorText id={`${idPrefix}-state-error`} error={errors?.state} />
			</fieldset>
			<TextArea
				id={`${idPrefix}-stateComment`}
				name="stateComment"
				label={t('report.measures.comment')}
				value={str(values.stateComment)}
				error={errors?.stateComment}
			/>
			<div className="actions">
				<SaveButton />
				{children}
			</div>
		</Form>
	)
}

function EvidenceChoice({
	idPrefix,
	values,
	options,
	error,
}: {
	idPrefix: string
	values: Values
	options: EvidenceOptions
	error?: string
}) {
	const { t } = useTranslation('reporting')
	const campaigns = list(values.campaigns)
	const materials = list(values.materials)
	const count = campaigns.length + materials.length
	const none = options.campaigns.length === 0 && options.materials.length === 0
	return (
		<details className="report-evidence-choice" open={!!error || undefined}>
			<summary>{t('report.edit.evidence', { count })}</summary>
			<p id={`${idPrefix}-evidence-hint`} className="hint">
				{none
					? t('report.edit.noEvidence')
					: t('report.edit.evidenceHint', { count: MAX_EVIDENCE_PER_MEASURE })}
			</p>
			{(
				[
					['campaigns', options.campaigns, 'report.edit.campaigns'],
					['materials', options.materials, 'report.edit.materials'],
				] as const
			).map(([name, items, legend]) =>
				items.length ? (
					<fieldset key={name} aria-describedby={`${idPrefix}-evidence-hint`}>
						<legend>{t(legend)}</legend>
						{items.map((item) => (
							<label key={item.id}>
								<input
									type="checkbox"
									name={name}
									value={item.id}
									defaultChecked={(name === 'campaigns' ? campaigns : materials).includes(item.id)}
								/>
								<bdi lang={item.lang}>{item.title}</bdi>
							</label>
						))}
					</fieldset>
				) : null,
			)}
			<ErrorText id={`${idPrefix}-evidence-error`} error={error} />
		</details>
	)
}

/** A measure in place or announced: new (with the id it will have) or existing. */
export function MeasureForm({
	idPrefix,
	measure,
	values,
	revision,
	resolves,
	errors,
	evidenceOptions,
	submitLabel,
	children,
}: {
	idPrefix: string
	measure:
		| { mode: 'new'; newId: string; goalId: string; kind: string }
		| { mode: 'edit'; id: string; goalId: string; kind: string }
	values: Values
	revision?: number
	resolves?: string | null
	errors?: ReportFormErrors
	evidenceOptions: EvidenceOptions
	submitLabel?: string
	children?: ReactNode
}) {
	const { t, i18n } = useTranslation('reporting')
	const labels = useLabels()
	const { errors: shown, check } = useClientValidation<ReportFormErrors>(
		(form) => parsePartFields(form, 'measure'),
		errors,
	)
	const lang = str(values.lang) || i18n.language
	const languages = CONTENT_LANGUAGES.map((l) => [l, labels.language(l)] as const).sort((a, b) =>
		labels.compare(a[1], b[1]),
	)
	const extra: Record<string, string> =
		measure.mode === 'new'
			? { measureId: measure.newId, goalId: measure.goalId, kind: measure.kind }
			: { measureId: measure.id, goalId: measure.goalId, kind: measure.kind }
	const field = (name: string) => `${idPrefix}-${name}`
	const described = (name: string) => (shown[name] ? `${field(name)}-error` : undefined)
	return (
		<Form method="post" className="form report-form" noValidate onSubmit={check}>
			<PartFields
				intent={measure.mode === 'new' ? 'add-measure' : 'save-measure'}
				revision={revision}
				resolves={resolves}
				extra={extra}
			/>
			<div className="field">
				<label htmlFor={field('title')}>{t('report.edit.fieldTitle')}</label>
				<input
					id={field('title')}
					name="title"
					defaultValue={str(values.title)}
					maxLength={MAX_MEASURE_TITLE}
					required
					dir="auto"
					aria-invalid={shown.title ? true : undefined}
					aria-describedby={described('title')}
				/>
				<ErrorText id={`${field('title')}-error`} error={shown.title} />
			</div>
			<div className="field">
				<label htmlFor={field('lang')}>{t('report.edit.lang')}</label>
				<select
					id={field('lang')}
					name="lang"
					defaultValue={lang}
					aria-invalid={shown.lang ? true : undefined}
					aria-describedby={described('lang')}
				>
					{languages.map(([code, name]) => (
						<option key={code} value={code}>
							{name}
						</option>
					))}
				</select>
				<ErrorText id={`${field('lang')}-error`} error={shown.lang} />
			</div>
			<TextArea
				id={field('description')}
				name="description"
				label={t('report.edit.description')}
				value={str(values.description)}
				error={shown.description}
			/>
			<EvidenceChoice
				idPrefix={idPrefix}
				values={values}
				options={evidenceOptions}
				error={shown.campaigns ?? shown.materials}
			/>
			<div className="actions">
				<SaveButton label={submitLabel} />
				{children}
			</div>
		</Form>
	)
}

export function ActivityForm({
	values,
	revision,
	resolves,
	errors,
	children,
}: {
	values: Values
	revision: number
	resolves?: string | null
	errors?: ReportFormErrors
	children?: ReactNode
}) {
	const { t } = useTranslation('reporting')
	return (
		<Form method="post" className="form report-form">
			<PartFields intent="save-activity" revision={revision} resolves={resolves} />
			<TextArea
				id="activity-narrative"
				name="narrative"
				label={t('report.activity.narrative')}
				hint={t('report.activity.narrativeHint')}
				value={str(values.narrative)}
				error={errors?.narrative}
			/>
			<div className="actions">
				<SaveButton />
				{children}
			</div>
		</Form>
	)
}

/** A part's fields, read only: each side of a conflict. */
export function PartFieldsView({
	form,
	values,
	other,
	evidenceOptions,
}: {
	form: string
	values: Values
	/** The other side: fields that differ from it are marked. */
	other?: Values
	evidenceOptions: EvidenceOptions
}) {
	const { t } = useTranslation('reporting')
	const labels = useLabels()
	const text = (v: string | string[] | undefined) =>
		str(v) ? (
			<span className="report-text" dir="auto">
				{str(v)}
			</span>
		) : (
			<span className="report-missing">{t('report.conflict.empty')}</span>
		)
	const titleOf = (kind: 'campaigns' | 'materials', id: string) =>
		evidenceOptions[kind].find((o) => o.id === id)?.title ?? id
	// Each row: its label, its value, and the fields it shows.
	const rows: [string, ReactNode, ...string[]][] = []
	if (form === 'goal') {
		rows.push([
			t('report.assessment.scale'),
			str(values.assessment) ? t(`report.assessment.values.${str(values.assessment)}`) : text(''),
			'assessment',
		])
		rows.push([t('report.assessment.text'), text(values.assessmentText), 'assessmentText'])
		rows.push([t('report.assessment.followUp'), text(values.followUp), 'followUp'])
	} else if (form === 'carried') {
		rows.push([
			t('report.measures.state'),
			str(values.state) ? t(`report.states.${str(values.state)}`) : text(''),
			'state',
		])
		rows.push([t('report.measures.comment'), text(values.stateComment), 'stateComment'])
	} else if (form === 'measure') {
		const lang = str(values.lang)
		rows.push([
			t('report.edit.fieldTitle'),
			<CountryText key="title" lang={lang} as="span">
				{str(values.title)}
			</CountryText>,
			'title',
		])
		rows.push([t('report.edit.lang'), labels.language(lang), 'lang'])
		rows.push([
			t('report.edit.description'),
			str(values.description) ? (
				<CountryText key="description" lang={lang} as="span" className="report-text">
					{str(values.description)}
				</CountryText>
			) : (
				text('')
			),
			'description',
		])
		const evidence = [
			...list(values.campaigns).map((id) => titleOf('campaigns', id)),
			...list(values.materials).map((id) => titleOf('materials', id)),
		]
		rows.push([
			t('report.measures.evidence'),
			evidence.length ? labels.list(evidence) : text(''),
			'campaigns',
			'materials',
		])
	} else {
		rows.push([t('report.activity.narrative'), text(values.narrative), 'narrative'])
	}
	const same = (field: string) =>
		JSON.stringify(values[field] ?? '') === JSON.stringify(other?.[field] ?? '')
	return (
		<dl className="report-fields">
			{rows.map(([label, value, ...fields], i) => {
				const differs = other !== undefined && fields.some((f) => !same(f))
				return (
					<div key={i} className={differs ? 'report-fields__differs' : undefined}>
						<dt>
							{label}
							{differs ? (
								<>
									{' '}
									<span className="report-fields__mark">({t('report.conflict.differs')})</span>
								</>
							) : null}
						</dt>
						<dd>{value}</dd>
					</div>
				)
			})}
		</dl>
	)
}

export interface ConflictData {
	id: string
	form: string
	fields: Values
	removed: boolean
	by: string
	mine: boolean
	at: string
}

/**
 * A save that came too late, beside what is saved now, with the ways to
 * settle it: keep the text that was set aside (saved over the current one,
 * explicitly), keep the current one, or write a merge of both.
 */
export function ConflictPanel({
	conflict,
	current,
	currentRevision,
	evidenceOptions,
	mergeHref,
	merging,
	children,
}: {
	conflict: ConflictData
	/** Null when the part is gone (a measure removed meanwhile). */
	current: { values: Values; by: string; at: string } | null
	currentRevision: number | null
	evidenceOptions: EvidenceOptions
	mergeHref: string
	merging: boolean
	/** The merge form, when merging. */
	children?: ReactNode
}) {
	const { t } = useTranslation('reporting')
	const labels = useLabels()
	const titleId = `conflict-${conflict.id}-title`
	const name = conflict.by
	return (
		<section className="report-conflict" aria-labelledby={titleId} id={`conflict-${conflict.id}`}>
			<h5 id={titleId} className="report-conflict__title">
				{conflict.mine ? t('report.conflict.titleMine') : t('report.conflict.titleOther', { name })}
			</h5>
			<p>{t(current ? 'report.conflict.explain' : 'report.conflict.explainRemoved')}</p>
			<div className="report-conflict__sides">
				<div className="report-conflict__side">
					<h6>
						{conflict.mine ? t('report.conflict.yours') : t('report.conflict.theirs', { name })}
					</h6>
					<p className="hint">
						{t('report.conflict.setAsideAt', { at: labels.dateTime(conflict.at) })}
					</p>
					<PartFieldsView
						form={conflict.form}
						values={conflict.fields}
						other={current?.values}
						evidenceOptions={evidenceOptions}
					/>
				</div>
				<div className="report-conflict__side">
					<h6>{t('report.conflict.current')}</h6>
					{current ? (
						<>
							<p className="hint">
								{current.by
									? t('report.conflict.savedBy', {
											name: current.by,
											at: labels.dateTime(current.at),
										})
									: t('report.conflict.savedAt', { at: labels.dateTime(current.at) })}
							</p>
							<PartFieldsView
								form={conflict.form}
								values={current.values}
								other={conflict.fields}
								evidenceOptions={evidenceOptions}
							/>
						</>
					) : (
						<p>{t('report.conflict.removed')}</p>
					)}
				</div>
			</div>
			{merging ? (
				<>
					<h6>{t('report.conflict.mergeTitle')}</h6>
					<p className="hint">{t('report.conflict.mergeHint')}</p>
					{children}
				</>
			) : (
				<div className="actions">
					<Form method="post" className="inline-form-block">
						<input type="hidden" name="intent" value="keep-mine" />
						<input type="hidden" name="conflictId" value={conflict.id} />
						{currentRevision != null ? (
							<input type="hidden" name="revision" value={currentRevision} />
						) : null}
						<button type="submit" className="button">
							{conflict.mine
								? t('report.conflict.keepMine')
								: t('report.conflict.keepTheirs', { name })}
						</button>
					</Form>
					<Form method="post" className="inline-form-block">
						<input type="hidden" name="intent" value="keep-current" />
						<input type="hidden" name="conflictId" value={conflict.id} />
						<button type="submit" className="button button--secondary">
							{conflict.mine ? t('report.conflict.keepOther') : t('report.conflict.keepCurrent')}
						</button>
					</Form>
					{current ? (
						<Link className="button button--secondary" to={mergeHref}>
							{t('report.conflict.merge')}
						</Link>
					) : null}
				</div>
			)}
		</section>
	)
}

/** A note that a part was saved, next to it. */
export function SavedNote({ shown }: { shown: boolean }) {
	const { t } = useTranslation('reporting')
	return shown ? <FormMessage tone="ok">{t('report.edit.saved')}</FormMessage> : null
}

/** The text of a measure in the language it is written in, for a summary line. */
export function measureTitle(measure: { title: string; lang: string }) {
	return (
		<bdi lang={measure.lang} dir={directionOf(measure.lang)}>
			{measure.title}
		</bdi>
	)
}
