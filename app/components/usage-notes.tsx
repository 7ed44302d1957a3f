import { Form, useNavigation, useSearchParams } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_USAGE_NOTE_LENGTH } from '#app/domain/usage-note-limits.ts'
import { type UsageNoteValues } from '#app/domain/usage-note.ts'
import { isVocabularyValue, REACH_UNITS } from '#app/domain/vocabularies.ts'
import { FormMessage } from './ui/field.tsx'
import { describedBy, SelectField, TextAreaField } from './ui/form-controls.tsx'
import { useLabels } from './vocab.tsx'

/**
 * "Used in other countries": what other countries said of a material or a
 * campaign they used, for every reader, and for someone who contributes for
 * another country, the form that says their country used it (without
 * JavaScript: a plain post to the page's action, which answers with a
 * redirect or the form as typed with its errors).
 */

export interface UsageNoteView {
	id: string
	countryCode: string
	note: string
	outcomeValue: number | null
	outcomeUnit: string | null
	createdAt: string
	updatedAt: string
}

export interface UsageFormView {
	countryCode: string
	existing: { note: string; outcomeValue: number | null; outcomeUnit: string | null } | null
	canEdit: boolean
	canRemove: boolean
}

export interface UsageRefusal {
	countryCode: string
	errors: Partial<Record<string, string>>
	values: UsageNoteValues
}

/** "3,000 copies distributed", with the number in the reader's digits and the unit agreeing with it. */
export function useOutcomeText() {
	const { t } = useTranslation()
	const labels = useLabels()
	return (value: number | null, unit: string | null) =>
		value === null
			? null
			: t(`campaign.reached.${isVocabularyValue('reach', unit) ? unit : 'people'}`, {
					count: value,
					formatted: labels.number(value),
				})
}

/**
 * One note of use: a first line naming who used the work, or which work
 * was used (`head`), with the date; a line under it (`detail`); what the
 * country wrote; its figure.
 */
export function UsageNoteItem({
	head,
	detail,
	note,
}: {
	head: ReactNode
	detail?: ReactNode
	note: Pick<UsageNoteView, 'note' | 'outcomeValue' | 'outcomeUnit' | 'createdAt'>
}) {
	const { t } = useTranslation()
	const labels = useLabels()
	const figure = useOutcomeText()(note.outcomeValue, note.outcomeUnit)
	return (
		<li className="usage__note">
			<p className="usage__head">
				{head} <time dateTime={note.createdAt}>{labels.date(note.createdAt)}</time>
			</p>
			{detail}
			{/* Written in whatever language the country chose: its direction from its first letter. */}
			<p className="prose" dir="auto">
				{note.note}
			</p>
			{figure ? <p className="usage__outcome">{t('usage.outcome', { figure })}</p> : null}
		</li>
	)
}

export function UsageNotes({
	notes,
	forms,
	refusal,
}: {
	notes: UsageNoteView[]
	forms: UsageFormView[]
	/** What the action answered when it refused a form. */
	refusal: UsageRefusal | null
}) {
	const { t } = useTranslation()
	const labels = useLabels()
	const [params] = useSearchParams()
	const done = params.get('usage')
	return (
		<section className="usage" aria-labelledby="usage-notes">
			<h2 id="usage-notes">{t('usage.title')}</h2>
			{done === 'added' || done === 'saved' || done === 'removed' ? (
				<FormMessage tone="ok">{t(`usage.done.${done}`)}</FormMessage>
			) : null}
			{notes.length ? (
				<ul className="usage__list">
					{notes.map((n) => (
						<UsageNoteItem
							key={n.id}
							head={<strong>{labels.country(n.countryCode)}</strong>}
							note={n}
						/>
					))}
				</ul>
			) : (
				<p>{t('usage.none')}</p>
			)}
			{forms.map((form) => (
				<UsageForm
					key={form.countryCode}
					form={form}
					several={forms.length > 1}
					refusal={refusal?.countryCode === form.countryCode ? refusal : null}
				/>
			))}
		</section>
	)
}

function UsageForm({
	form,
	several,
	refusal,
}: {
	form: UsageFormView
	several: boolean
	refusal: UsageRefusal | null
}) {
	const { t } = useTranslation()
	const labels = useLabels()
	const navigation = useNavigation()
	const busy = navigation.state === 'submitting'
	const prefix = `usage-${form.countryCode}`
	const country = labels.country(form.countryCode)
	const heading = several
		? t('usage.formTitleIn', { country })
		: t(form.existing ? 'usage.formTitleEdit' : 'usage.formTitle')
	const errors = refusal?.errors ?? {}
	const error = (name: string) => (errors[name] ? t(errors[name]) : null)
	const values = refusal?.values ?? {
		countryCode: form.countryCode,
		note: form.existing?.note ?? '',
		outcomeValue: form.existing?.outcomeValue?.toString() ?? '',
		outcomeUnit: form.existing?.outcomeUnit ?? '',
	}
	if (!form.canEdit) {
		return (
			<div className="panel usage__form">
				<h3 style={{ marginBlockStart: 0 }}>{heading}</h3>
				<p>{t('usage.colleague', { country })}</p>
			</div>
		)
	}
	return (
		<div className="panel usage__form">
			<h3 id={`${prefix}-title`} style={{ marginBlockStart: 0 }}>
				{heading}
			</h3>
			<p className="hint">{t('usage.formHint', { country })}</p>
			{errors.form ? <FormMessage tone="error">{t(errors.form)}</FormMessage> : null}
			<Form method="post" className="form" aria-labelledby={`${prefix}-title`}>
				<input type="hidden" name="intent" value="save-usage" />
				<input type="hidden" name="countryCode" value={form.countryCode} />
				<TextAreaField
					idPrefix={prefix}
					label={t('usage.note')}
					name="note"
					value={values.note}
					maxLength={MAX_USAGE_NOTE_LENGTH}
					error={error('note')}
					required
					textProps={{ dir: 'auto' }}
				/>
				<div className="actions actions--fields">
					<div className="field">
						<label htmlFor={`${prefix}-outcomeValue`}>{t('usage.outcomeValue')}</label>
						<input
							id={`${prefix}-outcomeValue`}
							name="outcomeValue"
							inputMode="numeric"
							defaultValue={values.outcomeValue}
							maxLength={16}
							aria-invalid={error('outcomeValue') ? true : undefined}
							aria-describedby={describedBy(
								`${prefix}-outcomeValue-hint`,
								error('outcomeValue') && `${prefix}-outcomeValue-error`,
							)}
						/>
						<p id={`${prefix}-outcomeValue-hint`} className="hint">
							{t('usage.outcomeHint')}
						</p>
						{error('outcomeValue') ? (
							<p id={`${prefix}-outcomeValue-error`} className="field__error">
								{error('outcomeValue')}
							</p>
						) : null}
					</div>
					<SelectField
						idPrefix={prefix}
						label={t('usage.outcomeUnit')}
						name="outcomeUnit"
						value={values.outcomeUnit}
						options={REACH_UNITS.map((unit) => [unit, labels.vocab('reach', unit)] as const)}
						error={error('outcomeUnit')}
					/>
				</div>
				<p className="actions">
					<button type="submit" className="button" disabled={busy}>
						{t(form.existing ? 'usage.saveEdit' : 'usage.save')}
					</button>
				</p>
			</Form>
			{form.canRemove ? (
				<Form method="post">
					<input type="hidden" name="intent" value="remove-usage" />
					<input type="hidden" name="countryCode" value={form.countryCode} />
					<button type="submit" className="button button--secondary" disabled={busy}>
						{t('usage.remove', { country })}
					</button>
				</Form>
			) : null}
		</div>
	)
}
