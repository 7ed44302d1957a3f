import { describe, expect, test } from 'vitest'
import {
	assembleJointReport,
	evidenceIn,
	MOST_REUSED_LIMIT,
	parseNarratives,
	saveNarrative,
	type JointInput,
	type JointMeasureRow,
} from './joint-report.ts'

const measure = (
	countryCode: string,
	targetKey: string,
	kind: string,
	state = '',
	title = `${countryCode} ${kind} ${state}`,
): JointMeasureRow => ({
	countryCode,
	targetKey,
	goalKey: `${targetKey}-g1`,
	kind,
	state,
	title,
	lang: 'en',
})

const day = (iso: string) => new Date(`${iso}T12:00:00Z`)

/**
 * Five Alliance countries (three of 2012, two of 2014) and one that is not a
 * member; reports: FR accepted, JP accepted, BE submitted, DE returned, IL
 * accepted, US (not a member) accepted, CA none.
 */
const input: JointInput = {
	period: { start: new Date('2023-01-01T00:00:00Z'), end: new Date('2024-12-31T23:59:59.999Z') },
	countries: [
		{ code: 'FR', allianceSince: 2012 },
		{ code: 'JP', allianceSince: 2012 },
		{ code: 'BE', allianceSince: 2012 },
		{ code: 'DE', allianceSince: 2012 },
		{ code: 'IL', allianceSince: 2014 },
		{ code: 'CA', allianceSince: 2014 },
	],
	reports: [
		{ countryCode: 'FR', status: 'accepted' },
		{ countryCode: 'JP', status: 'accepted' },
		{ countryCode: 'BE', status: 'submitted' },
		{ countryCode: 'DE', status: 'returned' },
		{ countryCode: 'IL', status: 'accepted' },
		{ countryCode: 'ZZ', status: 'accepted' },
	],
	targetKeys: ['t1', 't3'],
	measures: [
		measure('FR', 't3', 'in-place'),
		measure('FR', 't3', 'in-place'),
		measure('JP', 't3', 'in-place'),
		measure('FR', 't3', 'announced'),
		measure('IL', 't1', 'announced'),
		measure('FR', 't3', 'carried', 'done'),
		measure('JP', 't3', 'carried', 'done'),
		measure('JP', 't3', 'carried', 'dropped'),
		measure('IL', 't3', 'carried', 'in-progress'),
		measure('IL', 't3', 'carried', ''),
		// Not accepted (submitted, returned, or not an Alliance member): never counted.
		measure('BE', 't3', 'in-place'),
		measure('DE', 't3', 'carried', 'done'),
		measure('ZZ', 't3', 'in-place'),
	],
	materials: [
		// In the period: FR's poster in fr+en, JP's leaflet, BE's and DE's
		// adaptations of FR's poster, IL's of JP's, FR's own translation of its poster.
		{
			id: 'fr-poster',
			countryCode: 'FR',
			publishedAt: day('2023-03-01'),
			languages: ['fr', 'en', 'fr'],
			derivedFrom: null,
		},
		{
			id: 'jp-leaflet',
			countryCode: 'JP',
			publishedAt: day('2024-06-01'),
			languages: ['ja'],
			derivedFrom: null,
		},
		{
			id: 'be-poster',
			countryCode: 'BE',
			publishedAt: day('2023-09-01'),
			languages: ['nl', 'fr'],
			derivedFrom: { materialId: 'fr-poster', countryCode: 'FR' },
		},
		{
			id: 'de-poster',
			countryCode: 'DE',
			publishedAt: day('2024-01-15'),
			languages: ['de'],
			derivedFrom: { materialId: 'fr-poster', countryCode: 'FR' },
		},
		{
			id: 'de-poster-2',
			countryCode: 'DE',
			publishedAt: day('2024-02-15'),
			languages: ['de'],
			derivedFrom: { materialId: 'fr-poster', countryCode: 'FR' },
		},
		{
			id: 'il-leaflet',
			countryCode: 'IL',
			publishedAt: day('2024-12-31'),
			languages: ['he', 'ar'],
			derivedFrom: { materialId: 'jp-leaflet', countryCode: 'JP' },
		},
		{
			id: 'fr-poster-ar',
			countryCode: 'FR',
			publishedAt: day('2023-05-01'),
			languages: ['ar'],
			derivedFrom: { materialId: 'fr-poster', countryCode: 'FR' },
		},
		// Outside the period, or never published: not counted.
		{
			id: 'old',
			countryCode: 'FR',
			publishedAt: day('2022-12-31'),
			languages: ['fr'],
			derivedFrom: null,
		},
		{
			id: 'late',
			countryCode: 'CA',
			publishedAt: day('2025-01-01'),
			languages: ['en'],
			derivedFrom: { materialId: 'fr-poster', countryCode: 'FR' },
		},
		{
			id: 'draft',
			countryCode: 'CA',
			publishedAt: null,
			languages: ['en'],
			derivedFrom: { materialId: 'jp-leaflet', countryCode: 'JP' },
		},
	],
	materialTitles: {
		'fr-poster': { originalLang: 'fr', titles: { fr: 'Parle-moi', en: 'Talk to me' } },
	},
	bestPractices: [],
}

describe('the joint report, assembled from accepted reports', () => {
	const figures = assembleJointReport(input)

	test('participation: Alliance countries that reported (submitted or accepted) and were accepted, by year of joining', () => {
		expect(figures.participation).toEqual({
			alliance: 6,
			reported: 4, // FR, JP, BE, IL (DE was returned, CA has none, ZZ is not a member)
			accepted: 3, // FR, JP, IL
			byYear: [
				{ year: 2012, alliance: 4, reported: 3, accepted: 2 },
				{ year: 2014, alliance: 2, reported: 1, accepted: 1 },
			],
			acceptedCountries: ['FR', 'IL', 'JP'],
		})
	})

	test('measures per policy target: in place, announced, and carried by state, with their countries; only accepted reports count', () => {
		const none = { count: 0, countries: [] }
		expect(figures.targets.map(({ measures: _, ...counts }) => counts)).toEqual([
			{
				key: 't1',
				inPlace: none,
				announced: { count: 1, countries: ['IL'] },
				carried: {
					done: none,
					'in-progress': none,
					'not-started': none,
					dropped: none,
					unstated: none,
				},
			},
			{
				key: 't3',
				inPlace: { count: 3, countries: ['FR', 'JP'] },
				announced: { count: 1, countries: ['FR'] },
				carried: {
					done: { count: 2, countries: ['FR', 'JP'] },
					'in-progress': { count: 1, countries: ['IL'] },
					'not-started': none,
					dropped: { count: 1, countries: ['JP'] },
					unstated: { count: 1, countries: ['IL'] },
				},
			},
		])
	})

	test('each target lists its measures by country, as written, from accepted reports only', () => {
		expect(figures.targets[0]!.measures.map((m) => m.title)).toEqual(['IL announced '])
		expect(figures.targets[1]!.measures.map((m) => [m.countryCode, m.kind, m.state])).toEqual([
			['FR', 'in-place', ''],
			['FR', 'in-place', ''],
			['FR', 'announced', ''],
			['FR', 'carried', 'done'],
			['IL', 'carried', 'in-progress'],
			['IL', 'carried', ''],
			['JP', 'in-place', ''],
			['JP', 'carried', 'done'],
			['JP', 'carried', 'dropped'],
		])
		expect(figures.targets[1]!.measures[0]).toEqual({
			countryCode: 'FR',
			goalKey: 't3-g1',
			kind: 'in-place',
			state: '',
			title: 'FR in-place ',
			lang: 'en',
		})
	})

	test("the exchange's figures for the period: materials, languages, adaptations by other countries, the most reused", () => {
		expect(figures.exchange.materialsPublished).toBe(7)
		// fr: fr-poster, be-poster (a language counted once per material); ar: il-leaflet, fr-poster-ar.
		expect(figures.exchange.byLanguage).toEqual([
			{ key: 'ar', count: 2 },
			{ key: 'de', count: 2 },
			{ key: 'fr', count: 2 },
			{ key: 'en', count: 1 },
			{ key: 'he', count: 1 },
			{ key: 'ja', count: 1 },
			{ key: 'nl', count: 1 },
		])
		// be-poster, de-poster, de-poster-2, il-leaflet: FR's own translation is not reuse.
		expect(figures.exchange.adaptations).toBe(4)
		expect(figures.exchange.mostReused).toEqual([
			{
				materialId: 'fr-poster',
				countryCode: 'FR',
				titles: { fr: 'Parle-moi', en: 'Talk to me' },
				originalLang: 'fr',
				countries: ['BE', 'DE'],
			},
			{
				materialId: 'jp-leaflet',
				countryCode: 'JP',
				titles: {},
				originalLang: undefined,
				countries: ['IL'],
			},
		])
	})

	test('the period is inclusive at both ends, and dates are kept as ISO strings', () => {
		expect(figures.periodStart).toBe('2023-01-01T00:00:00.000Z')
		expect(figures.periodEnd).toBe('2024-12-31T23:59:59.999Z')
		const edge = assembleJointReport({
			...input,
			materials: [
				{
					id: 'a',
					countryCode: 'FR',
					publishedAt: new Date('2023-01-01T00:00:00Z'),
					languages: ['fr'],
					derivedFrom: null,
				},
				{
					id: 'b',
					countryCode: 'FR',
					publishedAt: new Date('2024-12-31T23:59:59.999Z'),
					languages: ['fr'],
					derivedFrom: null,
				},
				{
					id: 'c',
					countryCode: 'FR',
					publishedAt: new Date('2025-01-01T00:00:00Z'),
					languages: ['fr'],
					derivedFrom: null,
				},
			],
		})
		expect(edge.exchange.materialsPublished).toBe(2)
	})

	test(`the most reused list keeps the top ${MOST_REUSED_LIMIT}, by number of countries, then by id`, () => {
		const sources = Array.from({ length: 12 }, (_, i) => `src-${String(i).padStart(2, '0')}`)
		const adapters = ['AT', 'BE', 'DE']
		const many = assembleJointReport({
			...input,
			materials: sources.flatMap((id, i) =>
				adapters.slice(0, (i % 3) + 1).map((country, j) => ({
					id: `${id}-${j}`,
					countryCode: country,
					publishedAt: day('2024-01-01'),
					languages: ['en'],
					derivedFrom: { materialId: id, countryCode: 'FR' },
				})),
			),
		})
		expect(many.exchange.mostReused).toHaveLength(MOST_REUSED_LIMIT)
		expect(
			many.exchange.mostReused.slice(0, 5).map((m) => [m.materialId, m.countries.length]),
		).toEqual([
			['src-02', 3],
			['src-05', 3],
			['src-08', 3],
			['src-11', 3],
			['src-01', 2],
		])
	})

	test('no reports at all: zeros, not a failure', () => {
		const empty = assembleJointReport({ ...input, reports: [], measures: [], materials: [] })
		expect(empty.participation.reported).toBe(0)
		expect(empty.participation.accepted).toBe(0)
		expect(empty.targets[1]!.inPlace).toEqual({ count: 0, countries: [] })
		expect(empty.exchange).toEqual({
			materialsPublished: 0,
			byLanguage: [],
			adaptations: 0,
			mostReused: [],
		})
	})
})

describe('a best practice in the reader language', () => {
	const campaign = {
		id: 'c1',
		countryCode: 'JP',
		originalLang: 'ja',
		startYear: 2023,
		endYear: null,
		reachCount: 12000,
		evaluationMethod: 'survey',
		translations: {
			ja: { title: '親子で話そう', summary: '', reach: '', results: '', lessonsLearned: '' },
			en: { title: "Let's talk", summary: '', reach: '', results: '', lessonsLearned: '' },
		},
	}
	test("the reader's language, else the original, never a missing one", () => {
		expect(evidenceIn(campaign, 'en')).toMatchObject({
			lang: 'en',
			evidence: { title: "Let's talk" },
		})
		expect(evidenceIn(campaign, 'ar')).toMatchObject({
			lang: 'ja',
			evidence: { title: '親子で話そう' },
		})
	})
})

describe('saving a narrative', () => {
	const narratives = { t1: 'Ours', t3: 'Theirs' }

	test('from the current revision: saved', () => {
		expect(
			saveNarrative({
				narratives,
				revision: 4,
				seenRevision: 4,
				targetKey: 't3',
				base: 'Theirs',
				text: 'New',
			}),
		).toEqual({ ok: true, narratives: { t1: 'Ours', t3: 'New' } })
	})

	test('from an older revision, when only another target changed since: saved, the other kept', () => {
		expect(
			saveNarrative({
				narratives,
				revision: 5,
				seenRevision: 4,
				targetKey: 't1',
				base: 'Ours',
				text: 'Ours, longer',
			}),
		).toEqual({ ok: true, narratives: { t1: 'Ours, longer', t3: 'Theirs' } })
	})

	test('from an older revision, when this very text changed since: refused with the text now there', () => {
		expect(
			saveNarrative({
				narratives,
				revision: 5,
				seenRevision: 4,
				targetKey: 't3',
				base: 'Theirs (old)',
				text: 'Mine',
			}),
		).toEqual({ ok: false, problem: 'conflict', current: 'Theirs' })
	})

	test('stored narratives that are not an object of texts read as none', () => {
		expect(parseNarratives('not json')).toEqual({})
		expect(parseNarratives('[1,2]')).toEqual({})
		expect(parseNarratives('{"t1":"a","t2":3}')).toEqual({ t1: 'a' })
	})
})
