import { describe, expect, test } from 'vitest'
import { parseMaterialDraft } from './material-draft.ts'

function form(values: Record<string, string | string[]>) {
	const f = new FormData()
	for (const [k, v] of Object.entries(values)) for (const one of [v].flat()) f.append(k, one)
	return f
}

const valid = {
	draftId: 'dabcdefghijklmnopqrstuvwx',
	title: '  Say no  ',
	description: 'For parents.',
	lang: 'en',
	resourceType: 'poster',
	licence: 'cc-by-4.0',
	audiences: ['parents-carers', 'teachers-educators'],
	risks: 'grooming',
	ageMin: '9',
	ageMax: '',
}

describe('material draft form', () => {
	test('accepts a complete draft, trims text and reads repeated fields as lists', () => {
		const result = parseMaterialDraft(form(valid))
		expect(result).toMatchObject({
			ok: true,
			draft: {
				title: 'Say no',
				audiences: ['parents-carers', 'teachers-educators'],
				risks: ['grooming'],
				ageMin: 9,
				ageMax: null,
			},
		})
	})

	test('names the field of each problem with a translation key', () => {
		const result = parseMaterialDraft(
			form({
				...valid,
				title: ' ',
				lang: 'xx',
				licence: 'gpl',
				audiences: [],
				ageMin: '12',
				ageMax: '8',
				draftId: '../x',
			}),
		)
		expect(result.ok).toBe(false)
		if (result.ok) return
		expect(result.errors).toMatchObject({
			title: 'draft.errors.title-required',
			lang: 'draft.errors.lang',
			licence: 'draft.errors.licence',
			audiences: 'draft.errors.audience-required',
			draftId: 'draft.errors.form-expired',
		})
	})

	test('refuses ages out of order, non-numbers and unknown vocabulary values', () => {
		const order = parseMaterialDraft(form({ ...valid, ageMin: '12', ageMax: '8' }))
		expect(order.ok ? null : order.errors.ageMax).toBe('draft.errors.age-order')
		const nan = parseMaterialDraft(form({ ...valid, ageMin: 'ten' }))
		expect(nan.ok ? null : nan.errors.ageMin).toBe('draft.errors.age')
		const risk = parseMaterialDraft(form({ ...valid, risks: ['grooming', 'bogus'] }))
		expect(risk.ok ? null : risk.errors.risks).toBe('draft.errors.invalid-choice')
	})

	test('refuses a title longer than 200 characters', () => {
		const result = parseMaterialDraft(form({ ...valid, title: 'x'.repeat(201) }))
		expect(result.ok ? null : result.errors.title).toBe('draft.errors.title-too-long')
	})

	test('reads the producing organisation and its contact; a contact alone names nobody', () => {
		const result = parseMaterialDraft(
			form({ ...valid, organisation: ' e-Enfance ', organisationContact: 'https://e-enfance.org' }),
		)
		expect(result).toMatchObject({
			ok: true,
			draft: { organisation: 'e-Enfance', organisationContact: 'https://e-enfance.org' },
		})
		expect(parseMaterialDraft(form(valid))).toMatchObject({
			ok: true,
			draft: { organisation: null, organisationContact: null },
		})
		const alone = parseMaterialDraft(form({ ...valid, organisationContact: 'info@e-enfance.org' }))
		expect(alone.ok ? null : alone.errors.organisation).toBe(
			'draft.errors.contact-without-organisation',
		)
		const wrong = parseMaterialDraft(
			form({ ...valid, title: '', organisation: 'x'.repeat(201), organisationContact: 'call us' }),
		)
		expect(wrong.ok ? null : wrong.errors).toMatchObject({
			title: 'draft.errors.title-required',
			organisation: 'draft.errors.organisation-too-long',
			organisationContact: 'draft.errors.contact-invalid',
		})
	})
})
