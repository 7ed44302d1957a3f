import { useState, type FormEvent, type ReactNode } from 'react'

/**
 * Form controls shared by the contribution forms: a select, a text area and
 * a group of checkboxes, each with its label, an optional hint and its error
 * tied to the control (aria-describedby, aria-invalid). Ids are
 * `${idPrefix}-${name}`, so a form's first wrong field can be focused by name.
 */

type Options = readonly (readonly [string, string])[]

export const describedBy = (...ids: (string | null | false | undefined)[]) =>
	ids.filter(Boolean).join(' ') || undefined

function FieldError({ id, children }: { id: string; children: ReactNode }) {
	return (
		<p id={id} className="field__error">
			{children}
		</p>
	)
}

export function SelectField({
	idPrefix,
	label,
	name,
	value,
	options,
	error,
	hint,
	liveHint,
	onChange,
	required,
	emptyLabel = '—',
}: {
	idPrefix: string
	label: string
	name: string
	value: string
	options: Options
	error: string | null
	hint?: string
	/** Announce the hint when it changes (it explains the current choice). */
	liveHint?: boolean
	onChange?: (value: string) => void
	required?: boolean
	/** The label of the "nothing chosen" option; null when a choice is always made. */
	emptyLabel?: string | null
}) {
	const id = `${idPrefix}-${name}`
	return (
		<div className="field">
			<label htmlFor={id}>{label}</label>
			<select
				id={id}
				name={name}
				defaultValue={value}
				required={required}
				aria-invalid={error ? true : undefined}
				aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
				onChange={onChange ? (e) => onChange(e.currentTarget.value) : undefined}
			>
				{emptyLabel === null ? null : <option value="">{emptyLabel}</option>}
				{options.map(([key, text]) => (
					<option key={key} value={key}>
						{text}
					</option>
				))}
			</select>
			{hint ? (
				<p id={`${id}-hint`} className="hint" aria-live={liveHint ? 'polite' : undefined}>
					{hint}
				</p>
			) : null}
			{error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
		</div>
	)
}

export function TextAreaField({
	idPrefix,
	label,
	name,
	value,
	maxLength,
	error,
	required,
	textProps,
}: {
	idPrefix: string
	label: string
	name: string
	value: string
	maxLength: number
	error: string | null
	required?: boolean
	/** The language and direction of the text typed here. */
	textProps?: { lang?: string; dir: string }
}) {
	const id = `${idPrefix}-${name}`
	return (
		<div className="field">
			<label htmlFor={id}>{label}</label>
			<textarea
				id={id}
				name={name}
				defaultValue={value}
				maxLength={maxLength}
				required={required}
				aria-invalid={error ? true : undefined}
				aria-describedby={error ? `${id}-error` : undefined}
				{...textProps}
			/>
			{error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
		</div>
	)
}

export function Checkboxes({
	idPrefix,
	legend,
	name,
	values,
	options,
	error,
	hint,
}: {
	idPrefix: string
	legend: string
	name: string
	values: string[]
	options: Options
	error: string | null
	hint?: string
}) {
	const id = `${idPrefix}-${name}`
	return (
		<fieldset aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
			<legend>{legend}</legend>
			{hint ? (
				<p id={`${id}-hint`} className="hint">
					{hint}
				</p>
			) : null}
			{options.map(([key, text]) => (
				<label key={key}>
					<input
						type="checkbox"
						name={name}
						value={key}
						defaultChecked={values.includes(key)}
						aria-invalid={error ? true : undefined}
					/>
					{text}
				</label>
			))}
			{error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
		</fieldset>
	)
}

/**
 * Checks a form in the browser with the same parser the server uses before
 * it is sent: on a problem, the submission stops, the errors show next to
 * their fields and the first wrong field gets the focus. Without JavaScript
 * the server answers with the same errors.
 */
export function useClientValidation<E extends Record<string, string | undefined>>(
	parse: (form: FormData) => { ok: true } | { ok: false; errors: E },
	serverErrors: E | null | undefined,
) {
	const [clientErrors, setClientErrors] = useState<E | null>(null)
	function check(event: FormEvent<HTMLFormElement>) {
		const result = parse(new FormData(event.currentTarget))
		if (result.ok) {
			setClientErrors(null)
			return
		}
		event.preventDefault()
		setClientErrors(result.errors)
		const first = Object.keys(result.errors)[0]
		event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
	}
	return { errors: (clientErrors ?? serverErrors ?? {}) as E, check }
}

/**
 * The country a new record belongs to, shown only to people who work for
 * more than one country (everyone else's records go to their one country).
 */
export function CountrySelect({
	id,
	label,
	countries,
	nameOf,
	value,
}: {
	id: string
	label: string
	countries: readonly string[] | undefined
	nameOf: (code: string) => string
	/** The country chosen at first (the first one when not given). */
	value?: string
}) {
	if (!countries || countries.length < 2) return null
	return (
		<div className="field">
			<label htmlFor={id}>{label}</label>
			<select name="countryCode" id={id} defaultValue={value}>
				{countries.map((c) => (
					<option key={c} value={c}>
						{nameOf(c)}
					</option>
				))}
			</select>
		</div>
	)
}
