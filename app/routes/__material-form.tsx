import { Form, useNavigation } from '@remix-run/react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { CONTENT_LANGUAGES } from '#app/domain/languages.ts'
import { parseMaterialDraft, type DraftErrors } from '#app/domain/material-draft.ts'
import {
	ACCESSIBILITY_FEATURES,
	AUDIENCES,
	LICENCES,
	RESOURCE_TYPES,
	RISKS,
} from '#app/domain/vocabularies.ts'

export interface DraftValues {
	draftId: string
	title: string
	description: string
	lang: string
	resourceType: string
	licence: string
	audiences: string[]
	risks: string[]
	accessibility: string[]
	ageMin: number | null
	ageMax: number | null
}

/**
 * The material draft form, for "new" and "edit". The browser checks it with
 * the same schema as the server before sending, so most mistakes are shown at
 * once; without JavaScript the server's answer shows the same messages.
 */
export function MaterialForm({
	values,
	serverErrors,
	submitLabel,
	countries,
	intent,
}: {
	values: DraftValues
	serverErrors?: DraftErrors | null
	submitLabel: string
	countries?: string[]
	/** The action's intent field, for routes with several actions. */
	intent?: string
}) {
	const { t } = useTranslation('account')
	const labels = useLabels()
	const [clientErrors, setClientErrors] = useState<DraftErrors | null>(null)
	// What the chosen licence allows, in plain words, as the contributor chooses.
	const [licence, setLicence] = useState(values.licence)
	const errors = clientErrors ?? serverErrors ?? {}
	const busy = useNavigation().state === 'submitting'
	const error = (name: keyof DraftErrors) => (errors[name] ? t(errors[name]!) : null)

	function check(event: FormEvent<HTMLFormElement>) {
		const result = parseMaterialDraft(new FormData(event.currentTarget))
		if (result.ok) {
			setClientErrors(null)
			return
		}
		event.preventDefault()
		setClientErrors(result.errors)
		const first = Object.keys(result.errors)[0]
		event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
	}

	const hasErrors = Object.keys(errors).length > 0
	return (
		<Form method="post" className="form form--wide" noValidate onSubmit={check}>
			{hasErrors ? <FormMessage tone="error">{t('draft.errors.summary')}</FormMessage> : null}
			{error('draftId') ? <FormMessage tone="error">{error('draftId')}</FormMessage> : null}
			<input type="hidden" name="draftId" value={values.draftId} />
			{intent ? <input type="hidden" name="intent" value={intent} /> : null}
			{countries && countries.length > 1 ? (
				<Field id="draft-country" label={t('fields.country')}>
					<select name="countryCode" id="draft-country">
						{countries.map((c) => (
							<option key={c} value={c}>
								{labels.country(c)}
							</option>
						))}
					</select>
				</Field>
			) : null}
			<Field
				id="draft-title"
				label={t('fields.title')}
				name="title"
				defaultValue={values.title}
				required
				maxLength={200}
				error={error('title')}
			/>
			<SelectField
				label={t('fields.lang')}
				name="lang"
				value={values.lang}
				error={error('lang')}
				options={CONTENT_LANGUAGES.map((l) => [l, labels.language(l)] as const).sort((a, b) =>
					a[1].localeCompare(b[1]),
				)}
			/>
			<TextAreaField
				label={t('fields.description')}
				name="description"
				value={values.description}
				error={error('description')}
			/>
			<SelectField
				label={t('fields.type')}
				name="resourceType"
				value={values.resourceType}
				error={error('resourceType')}
				options={RESOURCE_TYPES.map((v) => [v, labels.vocab('type', v)] as const)}
			/>
			<SelectField
				label={t('fields.licence')}
				name="licence"
				value={values.licence}
				error={error('licence')}
				options={LICENCES.map((v) => [v, labels.vocab('licence', v)] as const)}
				onChange={setLicence}
				hint={licence ? t(`common:licenceSummary.${licence}`) : t('draft.licenceHint')}
			/>
			<Checkboxes
				legend={t('fields.audiences')}
				name="audiences"
				values={values.audiences}
				error={error('audiences')}
				options={AUDIENCES.map((v) => [v, labels.vocab('audience', v)] as const)}
			/>
			<Checkboxes
				legend={t('fields.risks')}
				name="risks"
				values={values.risks}
				error={error('risks')}
				options={RISKS.map((v) => [v, labels.vocab('risk', v)] as const)}
			/>
			<Checkboxes
				legend={t('fields.accessibility')}
				name="accessibility"
				values={values.accessibility}
				error={error('accessibility')}
				options={ACCESSIBILITY_FEATURES.map((v) => [v, labels.vocab('accessibility', v)] as const)}
			/>
			<div className="actions">
				<Field
					label={t('fields.ageMin')}
					name="ageMin"
					type="number"
					min={0}
					max={120}
					defaultValue={values.ageMin ?? ''}
					error={error('ageMin')}
				/>
				<Field
					label={t('fields.ageMax')}
					name="ageMax"
					type="number"
					min={0}
					max={120}
					defaultValue={values.ageMax ?? ''}
					error={error('ageMax')}
				/>
			</div>
			<p className="hint">{t('draft.filesLater')}</p>
			<div className="actions">
				<button type="submit" className="button" disabled={busy}>
					{submitLabel}
				</button>
			</div>
		</Form>
	)
}

function SelectField({
	label,
	name,
	value,
	options,
	error,
	onChange,
	hint,
}: {
	label: string
	name: string
	value: string
	options: readonly (readonly [string, string])[]
	error: string | null
	onChange?: (value: string) => void
	hint?: string
}) {
	const id = `draft-${name}`
	return (
		<div className="field">
			<label htmlFor={id}>{label}</label>
			<select
				id={id}
				name={name}
				defaultValue={value}
				aria-invalid={error ? true : undefined}
				aria-describedby={
					[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
					undefined
				}
				onChange={onChange ? (e) => onChange(e.currentTarget.value) : undefined}
			>
				<option value="">—</option>
				{options.map(([key, text]) => (
					<option key={key} value={key}>
						{text}
					</option>
				))}
			</select>
			{hint ? (
				<p id={`${id}-hint`} className="hint" aria-live="polite">
					{hint}
				</p>
			) : null}
			{error ? (
				<p id={`${id}-error`} className="field__error">
					{error}
				</p>
			) : null}
		</div>
	)
}

function TextAreaField({
	label,
	name,
	value,
	error,
}: {
	label: string
	name: string
	value: string
	error: string | null
}) {
	const id = `draft-${name}`
	return (
		<div className="field">
			<label htmlFor={id}>{label}</label>
			<textarea
				id={id}
				name={name}
				defaultValue={value}
				maxLength={5000}
				aria-invalid={error ? true : undefined}
				aria-describedby={error ? `${id}-error` : undefined}
			/>
			{error ? (
				<p id={`${id}-error`} className="field__error">
					{error}
				</p>
			) : null}
		</div>
	)
}

function Checkboxes({
	legend,
	name,
	values,
	options,
	error,
}: {
	legend: string
	name: string
	values: string[]
	options: readonly (readonly [string, string])[]
	error: string | null
}) {
	const errorId = `draft-${name}-error`
	return (
		<fieldset aria-describedby={error ? errorId : undefined}>
			<legend>{legend}</legend>
			{options.map(([key, text]) => (
				<label key={key}>
					<input type="checkbox" name={name} value={key} defaultChecked={values.includes(key)} />
					{text}
				</label>
			))}
			{error ? (
				<p id={errorId} className="field__error">
					{error}
				</p>
			) : null}
		</fieldset>
	)
}
