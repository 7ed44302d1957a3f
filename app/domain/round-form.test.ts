import { describe, expect, test } from 'vitest'
import { parseRoundForm } from './round-form.ts'

const valid = {
	kind: 'biennial',
	title: '  Biennial report 2026 ',
	periodStart: '2025-01-01',
	periodEnd: '2026-12-31',
	dueDate: '2027-03-31',
	secretariatCountryCode: 'JP',
	visibility: 'public',
	previousRoundId: '',
}

describe('the form that opens a round', () => {
	test('reads dates as whole UTC days: the period ends and the report is due at the end of their last day', () => {
		const result = parseRoundForm(valid)
		expect(result).toEqual({
			ok: true,
			value: {
				kind: 'biennial',
				title: 'Biennial report 2026',
				periodStart: new Date('2025-01-01T00:00:00.000Z'),
				periodEnd: new Date('2026-12-31T23:59:59.999Z'),
				dueDate: new Date('2027-03-31T23:59:59.999Z'),
				secretariatCountryCode: 'JP',
				visibility: 'public',
				previousRoundId: null,
			},
		})
	})

	test('says what is wrong beside each field', () => {
		const result = parseRoundForm({
			kind: 'annual',
			title: ' ',
			periodStart: '2026-02-31',
			periodEnd: '2026-13-01',
			dueDate: 'tomorrow',
			secretariatCountryCode: 'Japan',
			visibility: 'everyone',
		})
		expect(result).toEqual({
			ok: false,
			errors: {
				kind: 'required',
				title: 'required',
				periodStart: 'invalid-date',
				periodEnd: 'invalid-date',
				dueDate: 'invalid-date',
				secretariatCountryCode: 'required',
				visibility: 'required',
			},
		})
	})

	test('a period that ends before it starts is refused', () => {
		expect(parseRoundForm({ ...valid, periodEnd: '2024-12-31' })).toEqual({
			ok: false,
			errors: { periodEnd: 'period-order' },
		})
	})
})
