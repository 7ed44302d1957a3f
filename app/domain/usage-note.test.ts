import { describe, expect, test } from 'vitest'
import ar from '../../locales/ar/common.json'
import en from '../../locales/en/common.json'
import fr from '../../locales/fr/common.json'
import {
	MAX_USAGE_NOTE_LENGTH,
	mayEditUsageNote,
	mayRemoveUsageNote,
	parseUsageNoteForm,
	usageCountriesFor,
	USAGE_NOTE_ERRORS,
} from './usage-note.ts'

function form(values: Record<string, string>) {
	const f = new FormData()
	for (const [k, v] of Object.entries(values)) f.append(k, v)
	return f
}

const valid = { countryCode: 'BE', note: '  Printed as it was for schools in Wallonia.  ' }

const errorsOf = (values: Record<string, string>) => {
	const result = parseUsageNoteForm(form(values))
	if (result.ok) throw new Error('expected the form to be refused')
	return result.errors
}

describe('the "used in our country" form', () => {
	test('a note alone is enough; it is trimmed and has no figure', () => {
		const result = parseUsageNoteForm(form(valid))
		expect(result).toEqual({
			ok: true,
			note: {
				countryCode: 'BE',
				note: 'Printed as it was for schools in Wallonia.',
				outcomeValue: null,
				outcomeUnit: null,
			},
		})
	})

	test('a figure with its unit, digit groups spaced as many languages write them', () => {
		const result = parseUsageNoteForm(
			form({ ...valid, outcomeValue: '12 000', outcomeUnit: 'copies' }),
		)
		expect(result.ok && [result.note.outcomeValue, result.note.outcomeUnit]).toEqual([
			12000,
			'copies',
		])
	})

	test('the note is required and at most 1,000 characters, a line break counting as one', () => {
		expect(errorsOf({ ...valid, note: '   ' }).note).toBe('usage.errors.note-required')
		expect(errorsOf({ countryCode: 'BE' }).note).toBe('usage.errors.note-required')
		expect(errorsOf({ ...valid, note: 'x'.repeat(MAX_USAGE_NOTE_LENGTH + 1) }).note).toBe(
			'usage.errors.note-too-long',
		)
		// What the browser counted as 1,000 characters (its CRLF as one) passes.
		const lines = `${'x'.repeat(499)}\r\n${'y'.repeat(500)}`
		expect(parseUsageNoteForm(form({ ...valid, note: lines })).ok).toBe(true)
	})

	test.each([
		['-1', 'a negative figure'],
		['2.5', 'a fraction'],
		['12,5', 'a decimal comma'],
		['lots', 'words'],
		['99999999999', 'more than a 32-bit integer holds'],
	])('the figure %s is refused (%s)', (outcomeValue) => {
		expect(errorsOf({ ...valid, outcomeValue, outcomeUnit: 'people' }).outcomeValue).toBe(
			'usage.errors.outcome-value',
		)
	})

	test('a figure needs what it counts; a unit alone is dropped', () => {
		expect(errorsOf({ ...valid, outcomeValue: '40' }).outcomeUnit).toBe('usage.errors.outcome-unit')
		expect(errorsOf({ ...valid, outcomeValue: '40', outcomeUnit: 'likes' }).outcomeUnit).toBe(
			'usage.errors.outcome-unit',
		)
		const unitAlone = parseUsageNoteForm(form({ ...valid, outcomeUnit: 'schools' }))
		expect(unitAlone.ok && unitAlone.note.outcomeUnit).toBeNull()
		const zero = parseUsageNoteForm(form({ ...valid, outcomeValue: '0', outcomeUnit: 'calls' }))
		expect(zero.ok && zero.note.outcomeValue).toBe(0)
	})

	test('the country is a code, not anything posted', () => {
		expect(errorsOf({ ...valid, countryCode: 'be' }).countryCode).toBe('usage.errors.country')
		expect(errorsOf({ ...valid, countryCode: '' }).countryCode).toBe('usage.errors.country')
	})

	test.each([
		['en', en],
		['fr', fr],
		['ar', ar],
	])('every message exists in %s', (_, strings) => {
		const errors = (strings as { usage: { errors: Record<string, string> } }).usage.errors
		for (const key of USAGE_NOTE_ERRORS) expect(errors[key], key).toBeTruthy()
	})
})

describe('who speaks for a country', () => {
	const person = (id: string, ...memberships: [string, string | null][]) => ({
		id,
		memberships: memberships.map(([role, countryCode]) => ({ role, countryCode })),
	})
	const beCoordinator = person('u-be-coord', ['coordinator', 'BE'])
	const beContributor = person('u-be-contrib', ['contributor', 'BE'])
	const reviewer = person('u-rev', ['reviewer', null])

	test('contributors and coordinators, for their countries other than the work’s own', () => {
		expect(usageCountriesFor(beCoordinator, 'FR')).toEqual(['BE'])
		expect(usageCountriesFor(beContributor, 'FR')).toEqual(['BE'])
		expect(usageCountriesFor(beCoordinator, 'BE')).toEqual([])
		expect(
			usageCountriesFor(person('u-two', ['coordinator', 'BE'], ['contributor', 'FR']), 'FR'),
		).toEqual(['BE'])
		expect(usageCountriesFor(reviewer, 'FR')).toEqual([])
		expect(usageCountriesFor(null, 'FR')).toEqual([])
	})

	test('the writer or the country’s coordinators change a note; only coordinators remove it', () => {
		const byContributor = { countryCode: 'BE', createdById: beContributor.id }
		const byColleague = { countryCode: 'BE', createdById: 'u-someone-else' }
		expect(mayEditUsageNote(beContributor, byContributor)).toBe(true)
		expect(mayEditUsageNote(beContributor, byColleague)).toBe(false)
		expect(mayEditUsageNote(beCoordinator, byColleague)).toBe(true)
		expect(mayRemoveUsageNote(beContributor, byContributor)).toBe(false)
		expect(mayRemoveUsageNote(beCoordinator, byColleague)).toBe(true)
		// Another country's coordinator, or the writer after leaving the country: no.
		const frCoordinator = person('u-fr', ['coordinator', 'FR'])
		expect(mayEditUsageNote(frCoordinator, byColleague)).toBe(false)
		expect(mayRemoveUsageNote(frCoordinator, byColleague)).toBe(false)
		const moved = person(beContributor.id, ['contributor', 'NL'])
		expect(mayEditUsageNote(moved, byContributor)).toBe(false)
		expect(mayEditUsageNote(reviewer, byColleague)).toBe(false)
	})
})
