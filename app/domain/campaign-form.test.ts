import { describe, expect, test } from 'vitest'
import ar from '../../locales/ar/contribute.json'
import en from '../../locales/en/contribute.json'
import fr from '../../locales/fr/contribute.json'
import {
	CAMPAIGN_FORM_ERRORS,
	CAMPAIGN_ID_PATTERN,
	maxCampaignYear,
	newCampaignId,
	parseCampaignForm,
} from './campaign-form.ts'

function form(values: Record<string, string | string[]>) {
	const f = new FormData()
	for (const [k, v] of Object.entries(values)) for (const one of [v].flat()) f.append(k, one)
	return f
}

const valid = {
	campaignId: 'cabcdefghijklmnopqrstuvwx',
	lang: 'en',
	title: '  Stop sextortion  ',
	summary: 'A national campaign for teenagers.',
	objectives: 'Make reporting known.',
	startYear: '2021',
	endYear: '2023',
	organisation: '  Ministry of  Education ',
	organisationContact: 'prevention@education.example.org',
	reachCount: '1 250 000',
	evaluationMethod: 'survey',
	channels: ['schools', 'social-media'],
	audiences: 'young-people',
	risks: ['sextortion', 'reporting-help'],
	reach: 'School assemblies and paid social media.',
	results: 'Calls to the helpline doubled.',
	lessonsLearned: 'Involve young people early.',
}

const errorsOf = (values: Record<string, string | string[]>) => {
	const result = parseCampaignForm(form(values))
	if (result.ok) throw new Error('expected errors')
	return result.errors
}

describe('campaign form', () => {
	test('accepts a complete campaign, trims text and reads numbers and lists', () => {
		const result = parseCampaignForm(form(valid))
		expect(result).toEqual({
			ok: true,
			campaign: {
				campaignId: valid.campaignId,
				lang: 'en',
				// The "new" form has no original-language field: the first text is the original.
				originalLang: 'en',
				title: 'Stop sextortion',
				summary: valid.summary,
				objectives: valid.objectives,
				startYear: 2021,
				endYear: 2023,
				organisation: 'Ministry of Education',
				organisationContact: 'prevention@education.example.org',
				reachCount: 1_250_000,
				// A count sent without its unit counts people, as before units existed.
				reachUnit: 'people',
				durationMonths: null,
				costAmount: null,
				costCurrency: null,
				evaluationMethod: 'survey',
				channels: ['schools', 'social-media'],
				audiences: ['young-people'],
				risks: ['sextortion', 'reporting-help'],
				reach: valid.reach,
				results: valid.results,
				lessonsLearned: valid.lessonsLearned,
			},
		})
	})

	test('optional facts may be left empty; a value ticked twice counts once', () => {
		const result = parseCampaignForm(
			form({
				campaignId: valid.campaignId,
				lang: 'ar',
				originalLang: 'fr',
				title: 'حملة',
				summary: 'ملخص',
				startYear: '',
				endYear: '',
				reachCount: '',
				evaluationMethod: '',
				audiences: ['children', 'children'],
				risks: 'grooming',
			}),
		)
		expect(result).toMatchObject({
			ok: true,
			campaign: {
				lang: 'ar',
				originalLang: 'fr',
				startYear: null,
				endYear: null,
				reachCount: null,
				evaluationMethod: null,
				channels: [],
				audiences: ['children'],
				objectives: '',
				lessonsLearned: '',
			},
		})
	})

	test('names the field of each problem with a translation key', () => {
		expect(
			errorsOf({
				campaignId: '../x',
				lang: 'xx',
				originalLang: 'klingon',
				title: ' ',
				summary: '',
				objectives: 'x'.repeat(5001),
				startYear: '1989',
				endYear: String(maxCampaignYear() + 1),
				reachCount: '-1',
				evaluationMethod: 'guesswork',
				channels: ['schools', 'carrier-pigeon'],
				audiences: [],
				risks: [],
				reach: 'x'.repeat(5001),
				results: 'x'.repeat(5001),
				lessonsLearned: 'x'.repeat(5001),
			}),
		).toEqual({
			campaignId: 'campaignForm.errors.form-expired',
			lang: 'campaignForm.errors.lang',
			originalLang: 'campaignForm.errors.original-lang',
			title: 'campaignForm.errors.title-required',
			summary: 'campaignForm.errors.summary-required',
			objectives: 'campaignForm.errors.text-too-long',
			startYear: 'campaignForm.errors.year',
			endYear: 'campaignForm.errors.year',
			reachCount: 'campaignForm.errors.reach-count',
			evaluationMethod: 'campaignForm.errors.evaluation',
			channels: 'campaignForm.errors.invalid-choice',
			audiences: 'campaignForm.errors.audience-required',
			risks: 'campaignForm.errors.risk-required',
			reach: 'campaignForm.errors.text-too-long',
			results: 'campaignForm.errors.text-too-long',
			lessonsLearned: 'campaignForm.errors.text-too-long',
		})
	})

	test('refuses texts over their limits', () => {
		expect(errorsOf({ ...valid, title: 'x'.repeat(201) }).title).toBe(
			'campaignForm.errors.title-too-long',
		)
		expect(errorsOf({ ...valid, title: 'x'.repeat(10_000) }).title).toBe(
			'campaignForm.errors.title-too-long',
		)
		expect(errorsOf({ ...valid, summary: 'x'.repeat(2001) }).summary).toBe(
			'campaignForm.errors.summary-too-long',
		)
		// The limits are the browser's: a line break counts once, even sent as CRLF.
		const lines = Array.from({ length: 1000 }, () => 'x').join('\r\n')
		expect(lines.length).toBeGreaterThan(2000)
		expect(parseCampaignForm(form({ ...valid, summary: lines })).ok).toBe(true)
		expect(parseCampaignForm(form({ ...valid, title: 'x'.repeat(200) })).ok).toBe(true)
	})

	test('years run from 1990 to five years ahead, the end not before the start', () => {
		const max = maxCampaignYear()
		expect(max).toBe(new Date().getUTCFullYear() + 5)
		expect(parseCampaignForm(form({ ...valid, startYear: '1990', endYear: String(max) })).ok).toBe(
			true,
		)
		expect(errorsOf({ ...valid, startYear: '3000' }).startYear).toBe('campaignForm.errors.year')
		expect(errorsOf({ ...valid, startYear: '2020.5' }).startYear).toBe('campaignForm.errors.year')
		expect(errorsOf({ ...valid, startYear: 'soon' }).startYear).toBe('campaignForm.errors.year')
		expect(errorsOf({ ...valid, startYear: '2023', endYear: '2021' })).toEqual({
			endYear: 'campaignForm.errors.year-order',
		})
		// The order is reported together with other problems, not after they are fixed.
		expect(errorsOf({ ...valid, title: '', startYear: '2023', endYear: '2021' })).toEqual({
			title: 'campaignForm.errors.title-required',
			endYear: 'campaignForm.errors.year-order',
		})
		// One year alone is fine; the same year twice is a one-year campaign.
		expect(parseCampaignForm(form({ ...valid, startYear: '', endYear: '2022' })).ok).toBe(true)
		expect(parseCampaignForm(form({ ...valid, startYear: '2022', endYear: '2022' })).ok).toBe(true)
	})

	test('the number of people reached is a whole number, zero or more', () => {
		expect(parseCampaignForm(form({ ...valid, reachCount: '0' }))).toMatchObject({
			ok: true,
			campaign: { reachCount: 0 },
		})
		for (const bad of ['-1', '1.5', '1e6', 'many', '99999999999'])
			expect(errorsOf({ ...valid, reachCount: bad }).reachCount).toBe(
				'campaignForm.errors.reach-count',
			)
	})

	test('reach names what it counts; a unit without a number is dropped', () => {
		expect(parseCampaignForm(form({ ...valid, reachUnit: 'views' }))).toMatchObject({
			ok: true,
			campaign: { reachCount: 1_250_000, reachUnit: 'views' },
		})
		// The form preselects "people": with no number there is no reach to qualify.
		expect(
			parseCampaignForm(form({ ...valid, reachCount: '', reachUnit: 'schools' })),
		).toMatchObject({ ok: true, campaign: { reachCount: null, reachUnit: null } })
		expect(errorsOf({ ...valid, reachUnit: 'likes' }).reachUnit).toBe(
			'campaignForm.errors.reach-unit',
		)
	})

	test('a cost is a whole amount in a listed currency; group separators of any language are read', () => {
		const cost = (costAmount: string, costCurrency = 'EUR') =>
			parseCampaignForm(form({ ...valid, costAmount, costCurrency }))
		for (const [typed, amount] of [
			['120000', 120_000],
			['120 000', 120_000],
			['120\u00a0000', 120_000],
			['120,000', 120_000],
			['120.000', 120_000],
			['1’500’000', 1_500_000],
			['0', 0],
			// A currency with small units: billions of dong, above a 32-bit integer.
			['1,500,000,000', 1_500_000_000],
		] as const)
			expect(cost(typed), typed).toMatchObject({ ok: true, campaign: { costAmount: amount } })
		expect(cost('1 500 000 000', 'VND')).toMatchObject({
			ok: true,
			campaign: { costAmount: 1_500_000_000, costCurrency: 'VND' },
		})
		for (const bad of [
			'12.50',
			'1,5',
			'-3',
			'1e6',
			'lots',
			'1,000.000',
			'12,34,567',
			'9'.repeat(17),
		])
			expect(errorsOf({ ...valid, costAmount: bad }).costAmount, bad).toBe(
				'campaignForm.errors.cost-amount',
			)
		expect(errorsOf({ ...valid, costAmount: '5000', costCurrency: 'XBT' }).costCurrency).toBe(
			'campaignForm.errors.cost-currency',
		)
		// The currency alone (the form preselects the country's) is no cost.
		expect(cost('', 'GBP')).toMatchObject({
			ok: true,
			campaign: { costAmount: null, costCurrency: null },
		})
		expect(errorsOf({ ...valid, costAmount: '5000', costCurrency: '' }).costCurrency).toBe(
			'campaignForm.errors.cost-currency',
		)
	})

	test('a duration is whole months, no longer than the years the campaign ran', () => {
		expect(parseCampaignForm(form({ ...valid, durationMonths: '36' }))).toMatchObject({
			ok: true,
			campaign: { durationMonths: 36 },
		})
		for (const bad of ['0', '-2', '1.5', '601', 'six'])
			expect(errorsOf({ ...valid, durationMonths: bad }).durationMonths, bad).toBe(
				'campaignForm.errors.duration',
			)
		// 2021–2023 is at most 36 months, whatever the waves.
		expect(errorsOf({ ...valid, durationMonths: '37' })).toEqual({
			durationMonths: 'campaignForm.errors.duration-years',
		})
		// Without both years there is nothing to check it against.
		expect(parseCampaignForm(form({ ...valid, endYear: '', durationMonths: '60' })).ok).toBe(true)
		// Reported together with other problems, but not over a wrong year.
		expect(errorsOf({ ...valid, title: '', durationMonths: '40' })).toEqual({
			title: 'campaignForm.errors.title-required',
			durationMonths: 'campaignForm.errors.duration-years',
		})
		expect(errorsOf({ ...valid, endYear: 'soon', durationMonths: '40' })).toEqual({
			endYear: 'campaignForm.errors.year',
		})
	})

	test('ids: the new form’s random id is accepted, anything that could be a path is not', () => {
		const id = newCampaignId(() => 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5')
		expect(id).toMatch(CAMPAIGN_ID_PATTERN)
		expect(parseCampaignForm(form({ ...valid, campaignId: id })).ok).toBe(true)
		for (const bad of [
			'',
			'short',
			'-abcdefghijk',
			'ABCDEFGHIJKL',
			'../../etc/passwd',
			'a'.repeat(65),
		])
			expect(errorsOf({ ...valid, campaignId: bad }).campaignId).toBe(
				'campaignForm.errors.form-expired',
			)
	})

	test('the organisation: optional, at most 200 characters, its contact a web or e-mail address', () => {
		const none = parseCampaignForm(form({ ...valid, organisation: '', organisationContact: '' }))
		expect(none).toMatchObject({
			ok: true,
			campaign: { organisation: null, organisationContact: null },
		})
		expect(errorsOf({ ...valid, organisation: 'x'.repeat(201) }).organisation).toBe(
			'campaignForm.errors.organisation-too-long',
		)
		expect(
			errorsOf({ ...valid, organisationContact: 'javascript:alert(1)' }).organisationContact,
		).toBe('campaignForm.errors.contact-invalid')
		expect(errorsOf({ ...valid, organisation: '' }).organisation).toBe(
			'campaignForm.errors.contact-without-organisation',
		)
	})

	test('every message exists in every UI language', () => {
		for (const messages of [en, fr, ar]) {
			const errors = (messages as { campaignForm: { errors: Record<string, string> } }).campaignForm
				.errors
			for (const key of CAMPAIGN_FORM_ERRORS) expect(errors[key], key).toBeTruthy()
		}
	})
})
