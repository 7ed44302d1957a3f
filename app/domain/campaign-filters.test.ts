import { describe, expect, test } from 'vitest'
import {
	campaignSearchParams,
	emptyCampaignFilters,
	filterCampaigns,
	parseCampaignQuery,
	sortCampaigns,
	type CampaignFacts,
} from './campaign-filters.ts'

const campaign = (id: string, facts: Partial<CampaignFacts> = {}): CampaignFacts => ({
	id,
	countryCode: 'FR',
	startYear: 2022,
	endYear: null,
	reachCount: null,
	costAmount: null,
	durationMonths: null,
	evaluationMethod: null,
	hasResults: false,
	channels: [],
	audiences: ['parents-carers'],
	risks: ['grooming'],
	...facts,
})

const library = [
	campaign('fr-2022', {
		channels: ['television'],
		evaluationMethod: 'survey',
		reachCount: 1_800_000,
		costAmount: 450_000,
		hasResults: true,
	}),
	campaign('fr-2019', {
		startYear: 2019,
		endYear: 2024,
		risks: ['self-generated'],
		channels: ['schools'],
		evaluationMethod: 'pre-post-test',
		durationMonths: 24,
	}),
	campaign('de-2021', {
		countryCode: 'DE',
		startYear: 2021,
		audiences: ['children'],
		channels: ['print', 'schools'],
		evaluationMethod: 'none',
		reachCount: 310_000,
	}),
	campaign('jp-undated', { countryCode: 'JP', startYear: null, risks: ['grooming', 'sextortion'] }),
]

const params = (query: string) => parseCampaignQuery(new URLSearchParams(query))

describe('the campaigns index query', () => {
	test('reads filters, words, order and page; keeps what is valid and drops the rest', () => {
		const parsed = params(
			'q=+parents+&country=fr&country=XX1&risk=grooming,bogus&year=2022&year=1800&year=20x2&evaluation=survey&evidence=cost&evidence=cost&channel=carrier-pigeon&sort=evidence&page=3',
		)
		expect(parsed).toEqual({
			q: 'parents',
			filters: {
				...emptyCampaignFilters(),
				country: ['FR'],
				risk: ['grooming'],
				year: [2022],
				evaluation: ['survey'],
				evidence: ['cost'],
			},
			sort: 'evidence',
			page: 3,
		})
	})

	test('orders by relevance only when there are words; a bad page is the first', () => {
		expect(params('q=école').sort).toBe('relevance')
		expect(params('').sort).toBe('recent')
		expect(params('sort=relevance').sort).toBe('recent')
		expect(params('sort=<script>').sort).toBe('recent')
		for (const page of ['0', '-1', '1.5', 'x', '99999999999'])
			expect(params(`page=${page}`).page).toBe(1)
	})

	test('hostile values cost nothing: long words are cut, repeated filters are bounded', () => {
		const long = params(`q=${'a'.repeat(5000)}&${'country=FR&'.repeat(500)}year=${'9'.repeat(400)}`)
		expect(long.q).toHaveLength(1000)
		expect(long.filters.country).toEqual(['FR'])
		expect(long.filters.year).toEqual([])
		const many = params(Array.from({ length: 60 }, (_, i) => `year=${1990 + i}`).join('&'))
		expect(many.filters.year).toHaveLength(20)
	})

	test('a URL holds the whole search and reads back the same', () => {
		const filters = { ...emptyCampaignFilters(), country: ['FR', 'DE'], year: [2021] }
		const url = campaignSearchParams(filters, { q: 'sextortion', sort: 'evidence', page: 2 })
		expect(url.toString()).toBe('q=sextortion&country=FR&country=DE&year=2021&sort=evidence&page=2')
		expect(parseCampaignQuery(url)).toEqual({ q: 'sextortion', filters, sort: 'evidence', page: 2 })
		// The default order is left out.
		expect(campaignSearchParams(filters, { sort: 'recent' }).has('sort')).toBe(false)
	})
})

describe('filtering and counting campaigns', () => {
	test('values of one filter are OR-ed, filters AND-ed', () => {
		const ids = (query: string) =>
			filterCampaigns(library, params(query).filters).kept.map((c) => c.id)
		expect(ids('country=FR&country=DE')).toEqual(['fr-2022', 'fr-2019', 'de-2021'])
		expect(ids('country=FR&channel=schools')).toEqual(['fr-2019'])
		expect(ids('risk=sextortion')).toEqual(['jp-undated'])
	})

	test('a campaign runs in every year from its first to its last', () => {
		const ids = (year: number) =>
			filterCampaigns(library, { ...emptyCampaignFilters(), year: [year] }).kept.map((c) => c.id)
		expect(ids(2023)).toEqual(['fr-2019'])
		expect(ids(2022)).toEqual(['fr-2022', 'fr-2019'])
		expect(ids(2018)).toEqual([])
		const { facets } = filterCampaigns(library, emptyCampaignFilters())
		// fr-2019 counts in each of its six years; the undated one in none.
		expect(facets.year).toEqual({ 2019: 1, 2020: 1, 2021: 2, 2022: 2, 2023: 1, 2024: 1 })
	})

	test('each facet is counted without its own selection, so the other choices stay visible', () => {
		const { kept, facets } = filterCampaigns(library, {
			...emptyCampaignFilters(),
			country: ['FR'],
			channel: ['schools'],
		})
		expect(kept.map((c) => c.id)).toEqual(['fr-2019'])
		// Countries among the campaigns with a school channel; channels among French campaigns.
		expect(facets.country).toEqual({ FR: 1, DE: 1 })
		expect(facets.channel).toEqual({ television: 1, schools: 1 })
		expect(facets.evaluation).toEqual({ 'pre-post-test': 1 })
	})

	test('evidence: every kind ticked is required, and its counts say what would remain', () => {
		const none = filterCampaigns(library, emptyCampaignFilters())
		// "Not evaluated" is no evaluation.
		expect(none.facets.evidence).toEqual({
			evaluated: 2,
			results: 1,
			reach: 2,
			cost: 1,
			duration: 1,
		})
		const withReach = filterCampaigns(library, { ...emptyCampaignFilters(), evidence: ['reach'] })
		expect(withReach.kept.map((c) => c.id)).toEqual(['fr-2022', 'de-2021'])
		expect(withReach.facets.evidence).toEqual({ evaluated: 1, results: 1, reach: 2, cost: 1 })
		const both = filterCampaigns(library, {
			...emptyCampaignFilters(),
			evidence: ['reach', 'evaluated'],
		})
		expect(both.kept.map((c) => c.id)).toEqual(['fr-2022'])
	})
})

describe('ordering campaigns', () => {
	test('most recent first, by the last year they ran; undated ones last', () => {
		expect(sortCampaigns([...library], 'recent').map((c) => c.id)).toEqual([
			'fr-2019',
			'fr-2022',
			'de-2021',
			'jp-undated',
		])
	})

	test('strongest evidence first: the evaluation method, then how much is reported', () => {
		expect(sortCampaigns([...library], 'evidence').map((c) => c.id)).toEqual([
			'fr-2019',
			'fr-2022',
			'de-2021',
			'jp-undated',
		])
	})

	test('relevance follows the score, ties by recency', () => {
		const score = (id: string) => ({ 'de-2021': 3, 'jp-undated': 3 })[id] ?? 0
		expect(sortCampaigns([...library], 'relevance', score).map((c) => c.id)).toEqual([
			'de-2021',
			'jp-undated',
			'fr-2019',
			'fr-2022',
		])
	})
})
