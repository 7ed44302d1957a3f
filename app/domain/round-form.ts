/**
 * The form an administrator fills to open a reporting round, read and
 * checked without I/O: the route then checks what needs the database (the
 * secretariat is an Alliance member, the round followed exists and nothing
 * follows it yet).
 */
import {
	ROUND_KINDS,
	ROUND_VISIBILITIES,
	type RoundKind,
	type RoundVisibility,
} from './reporting.ts'

export const MAX_ROUND_TITLE = 200

export interface RoundForm {
	kind: RoundKind
	title: string
	periodStart: Date
	/** The last moment of the period's last day (UTC). */
	periodEnd: Date
	/** The end of the due day (UTC): a report sent that day is on time. */
	dueDate: Date
	secretariatCountryCode: string
	visibility: RoundVisibility
	previousRoundId: string | null
}

export type RoundFormField = keyof RoundForm
export type RoundFormErrors = Partial<Record<RoundFormField, string>>

const DAY = /^\d{4}-\d{2}-\d{2}$/

function day(value: string, end: boolean) {
	if (!DAY.test(value)) return null
	const date = new Date(`${value}T${end ? '23:59:59.999' : '00:00:00.000'}Z`)
	// 2026-02-31 parses to March: refused rather than moved.
	return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date
}

export function parseRoundForm(
	values: Record<string, string>,
): { ok: true; value: RoundForm } | { ok: false; errors: RoundFormErrors } {
	const errors: RoundFormErrors = {}
	const kind = values.kind as RoundKind
	if (!(ROUND_KINDS as readonly string[]).includes(kind)) errors.kind = 'required'
	const title = (values.title ?? '').trim()
	if (!title) errors.title = 'required'
	else if (title.length > MAX_ROUND_TITLE) errors.title = 'too-long'
	const periodStart = day(values.periodStart ?? '', false)
	const periodEnd = day(values.periodEnd ?? '', true)
	const dueDate = day(values.dueDate ?? '', true)
	if (!periodStart) errors.periodStart = 'invalid-date'
	if (!periodEnd) errors.periodEnd = 'invalid-date'
	else if (periodStart && periodEnd < periodStart) errors.periodEnd = 'period-order'
	if (!dueDate) errors.dueDate = 'invalid-date'
	const secretariat = values.secretariatCountryCode ?? ''
	if (!/^[A-Z]{2}$/.test(secretariat)) errors.secretariatCountryCode = 'required'
	const visibility = values.visibility as RoundVisibility
	if (!(ROUND_VISIBILITIES as readonly string[]).includes(visibility))
		errors.visibility = 'required'
	const previous = (values.previousRoundId ?? '').trim()
	if (previous.length > 64) errors.previousRoundId = 'invalid'
	if (Object.keys(errors).length) return { ok: false, errors }
	return {
		ok: true,
		value: {
			kind,
			title,
			periodStart: periodStart!,
			periodEnd: periodEnd!,
			dueDate: dueDate!,
			secretariatCountryCode: secretariat,
			visibility,
			previousRoundId: previous || null,
		},
	}
}
