import { describe, expect, test } from 'vitest'
import { summarizeActivity, type ActivityInput } from './reporting-activity.ts'
import {
	carryForward,
	checkReportTransition,
	isLate,
	mayReadRound,
	reportPermissions,
	structureText,
} from './reporting.ts'

describe('carrying announced measures forward', () => {
	const goals = new Map([
		['t3-g1', 'goal-a'],
		['t3-g2', 'goal-b'],
	])

	test('each announced measure arrives under the goal with the same key, in order, waiting for its state', () => {
		const { carried, orphans } = carryForward(
			[
				{
					id: 'm1',
					goalKey: 't3-g1',
					title: 'Campagne « Parle-moi »',
					lang: 'fr',
					description: 'Écoles',
				},
				{ id: 'm2', goalKey: 't3-g2', title: 'حملة للأهالي', lang: 'ar', description: '' },
				{ id: 'm3', goalKey: 't3-g1', title: '家長向けリーフレット', lang: 'ja', description: '' },
			],
			goals,
		)
		expect(carried).toEqual([
			{
				carriedFromId: 'm1',
				goalId: 'goal-a',
				title: 'Campagne « Parle-moi »',
				lang: 'fr',
				description: 'Écoles',
				position: 0,
			},
			{
				carriedFromId: 'm2',
				goalId: 'goal-b',
				title: 'حملة للأهالي',
				lang: 'ar',
				description: '',
				position: 0,
			},
			{
				carriedFromId: 'm3',
				goalId: 'goal-a',
				title: '家長向けリーフレット',
				lang: 'ja',
				description: '',
				position: 1,
			},
		])
		expect(orphans).toEqual([])
	})

	test('a measure whose goal the new round lacks is returned apart, not dropped', () => {
		const lost = { id: 'm9', goalKey: 't9-g1', title: 'Old goal', lang: 'en', description: '' }
		expect(carryForward([lost], goals)).toEqual({ carried: [], orphans: [lost] })
	})
})

describe('a report’s workflow', () => {
	const open = { roundStatus: 'open', comment: '' }
	test('draft → submitted → returned (with a reason) → submitted → accepted', () => {
		expect(checkReportTransition({ ...open, status: 'draft', action: 'submit' })).toEqual({
			ok: true,
			to: 'submitted',
		})
		expect(checkReportTransition({ ...open, status: 'submitted', action: 'return' })).toEqual({
			ok: false,
			problem: 'comment-required',
		})
		expect(
			checkReportTransition({
				...open,
				status: 'submitted',
				action: 'return',
				comment: 'Say more on goal 2.',
			}),
		).toEqual({ ok: true, to: 'returned' })
		expect(checkReportTransition({ ...open, status: 'returned', action: 'submit' })).toEqual({
			ok: true,
			to: 'submitted',
		})
		expect(checkReportTransition({ ...open, status: 'submitted', action: 'accept' })).toEqual({
			ok: true,
			to: 'accepted',
		})
	})

	test('nothing moves out of order, nor in a closed round', () => {
		expect(checkReportTransition({ ...open, status: 'accepted', action: 'submit' })).toMatchObject({
			ok: false,
		})
		expect(checkReportTransition({ ...open, status: 'draft', action: 'accept' })).toMatchObject({
			ok: false,
		})
		expect(checkReportTransition({ ...open, status: 'draft', action: 'publish' })).toMatchObject({
			ok: false,
		})
		expect(
			checkReportTransition({
				status: 'draft',
				action: 'submit',
				comment: '',
				roundStatus: 'closed',
			}),
		).toEqual({ ok: false, problem: 'round-closed' })
	})
})

describe('who may do what with a report', () => {
	const round = { secretariatCountryCode: 'JP' }
	const person = (...memberships: { role: string; countryCode: string | null }[]) => ({
		id: 'u',
		memberships,
	})

	test('a coordinator writes and submits; a contributor drafts parts; another country sees nothing', () => {
		expect(
			[
				...reportPermissions(person({ role: 'coordinator', countryCode: 'FR' }), round, 'FR'),
			].sort(),
		).toEqual(['draft', 'read', 'submit'])
		expect(
			[
				...reportPermissions(person({ role: 'contributor', countryCode: 'FR' }), round, 'FR'),
			].sort(),
		).toEqual(['draft', 'read'])
		expect(
			reportPermissions(person({ role: 'coordinator', countryCode: 'DE' }), round, 'FR').size,
		).toBe(0)
		expect(
			reportPermissions(person({ role: 'reviewer', countryCode: null }), round, 'FR').size,
		).toBe(0)
	})

	test('the round’s secretariat reads and decides, but not on its own country’s report; another round’s does not', () => {
		const japan = person({ role: 'contributor', countryCode: 'JP' })
		expect([...reportPermissions(japan, round, 'FR')].sort()).toEqual(['decide', 'read'])
		expect([...reportPermissions(japan, round, 'JP')].sort()).toEqual(['draft', 'read'])
		expect(reportPermissions(japan, { secretariatCountryCode: 'US' }, 'FR').size).toBe(0)
		const admin = person({ role: 'admin', countryCode: null })
		expect([...reportPermissions(admin, round, 'FR')].sort()).toEqual(['decide', 'read'])
	})

	test('a round for members only is closed to readers without a role', () => {
		expect(mayReadRound(null, { visibility: 'public', secretariatCountryCode: 'JP' })).toBe(true)
		expect(mayReadRound(null, { visibility: 'members', secretariatCountryCode: 'JP' })).toBe(false)
		expect(
			mayReadRound(person({ role: 'contributor', countryCode: 'FR' }), {
				visibility: 'members',
				secretariatCountryCode: 'JP',
			}),
		).toBe(true)
	})
})

test('structure texts fall back to English', () => {
	const json = JSON.stringify({ en: 'Share best practices', fr: 'Partager les bonnes pratiques' })
	expect(structureText(json, 'fr')).toBe('Partager les bonnes pratiques')
	expect(structureText(json, 'ar')).toBe('Share best practices')
	expect(structureText('not json', 'fr')).toBe('')
})

test('late: past the due date, the round open, the report not with the secretariat', () => {
	const round = { dueDate: '2026-07-01T00:00:00Z', status: 'open' }
	const after = new Date('2026-07-02T00:00:00Z')
	expect(isLate(null, round, after)).toBe(true)
	expect(isLate({ status: 'returned' }, round, after)).toBe(true)
	expect(isLate({ status: 'submitted' }, round, after)).toBe(false)
	expect(isLate({ status: 'draft' }, round, new Date('2026-06-30T00:00:00Z'))).toBe(false)
	expect(isLate({ status: 'draft' }, { ...round, status: 'closed' }, after)).toBe(false)
})

describe('a country’s activity in the period, from the exchange', () => {
	// Period: 2024-07-01 to 2026-06-30. Hand-computed figures below.
	const input: ActivityInput = {
		period: { start: new Date('2024-07-01T00:00:00Z'), end: new Date('2026-06-30T23:59:59.999Z') },
		campaigns: [
			{
				id: 'c-old',
				title: 'Old',
				lang: 'fr',
				startYear: 2019,
				endYear: 2021,
				reachCount: 10,
				evaluationMethod: null,
				results: '',
			},
			{
				id: 'c-run',
				title: 'Running',
				lang: 'fr',
				startYear: 2023,
				endYear: null,
				reachCount: null,
				evaluationMethod: null,
				results: '',
			},
			{
				id: 'c-span',
				title: 'Spanning',
				lang: 'fr',
				startYear: 2023,
				endYear: 2025,
				reachCount: 350000,
				evaluationMethod: 'survey',
				results: '+61%',
			},
			{
				id: 'c-new',
				title: 'New',
				lang: 'fr',
				startYear: 2026,
				endYear: 2026,
				reachCount: null,
				evaluationMethod: null,
				results: '',
			},
		],
		materials: [
			// In the period: fr+ar poster for parents; fr leaflet for children and teachers, adapted from BE.
			{
				id: 'm1',
				publishedAt: new Date('2024-07-01T00:00:00Z'),
				languages: ['fr', 'ar'],
				audiences: ['parents-carers'],
				adaptedFromCountry: null,
			},
			{
				id: 'm2',
				publishedAt: new Date('2026-06-30T12:00:00Z'),
				languages: ['fr'],
				audiences: ['children', 'teachers'],
				adaptedFromCountry: 'BE',
			},
			// Before and after the period, and never published.
			{
				id: 'm3',
				publishedAt: new Date('2024-06-30T23:59:59Z'),
				languages: ['fr'],
				audiences: ['children'],
				adaptedFromCountry: 'JP',
			},
			{
				id: 'm4',
				publishedAt: new Date('2026-07-01T00:00:00Z'),
				languages: ['en'],
				audiences: ['children'],
				adaptedFromCountry: null,
			},
			{
				id: 'm5',
				publishedAt: null,
				languages: ['de'],
				audiences: ['children'],
				adaptedFromCountry: null,
			},
		],
		adaptationsOfOurs: [
			{ id: 'x1', countryCode: 'BE', publishedAt: new Date('2025-01-10T00:00:00Z') },
			{ id: 'x2', countryCode: 'CA', publishedAt: new Date('2025-03-10T00:00:00Z') },
			{ id: 'x3', countryCode: 'BE', publishedAt: new Date('2025-05-10T00:00:00Z') },
			{ id: 'x4', countryCode: 'IL', publishedAt: new Date('2026-08-01T00:00:00Z') },
		],
		downloads: [
			{ day: '2024-06-30', count: 100 },
			{ day: '2024-07-01', count: 3 },
			{ day: '2025-12-31', count: 40 },
			{ day: '2026-06-30', count: 7 },
			{ day: '2026-07-01', count: 1000 },
		],
	}

	test('counts what happened within the period, boundaries included', () => {
		const figures = summarizeActivity(input)
		expect(figures.campaigns.map((c) => c.id)).toEqual(['c-run', 'c-span', 'c-new'])
		expect(figures.materialsPublished).toBe(2)
		expect(figures.byLanguage).toEqual([
			{ key: 'fr', count: 2 },
			{ key: 'ar', count: 1 },
		])
		expect(figures.byAudience).toEqual([
			{ key: 'children', count: 1 },
			{ key: 'parents-carers', count: 1 },
			{ key: 'teachers', count: 1 },
		])
		expect(figures.adaptationsMade).toEqual({ count: 1, fromCountries: [{ key: 'BE', count: 1 }] })
		expect(figures.adaptationsReceived).toEqual({
			count: 3,
			byCountries: [
				{ key: 'BE', count: 2 },
				{ key: 'CA', count: 1 },
			],
		})
		expect(figures.downloads).toBe(50)
	})

	test('an empty period is all zeros, not an error', () => {
		const figures = summarizeActivity({
			...input,
			materials: [],
			adaptationsOfOurs: [],
			downloads: [],
			campaigns: [],
		})
		expect(figures).toMatchObject({
			materialsPublished: 0,
			downloads: 0,
			byLanguage: [],
			campaigns: [],
		})
	})
})
