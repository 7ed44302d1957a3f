import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, test } from 'vitest'
import {
	summarizeActivity,
	type ActivityCampaign,
	type ActivityFigures,
} from '#app/domain/reporting-activity.ts'
import { createI18n } from '#app/i18n/config.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import { ActivityFiguresView } from './report-parts.tsx'

const campaign = (
	id: string,
	reachCount: number | null,
	reachUnit: string | null,
): ActivityCampaign => ({
	id,
	title: `Campaign ${id}`,
	lang: 'en',
	startYear: 2025,
	endYear: 2025,
	reachCount,
	reachUnit,
	evaluationMethod: null,
	results: '',
})

// Period 2025. Each campaign ran in 2025 and counts its reach in its own unit.
const figures = summarizeActivity({
	period: { start: new Date('2025-01-01T00:00:00Z'), end: new Date('2025-12-31T23:59:59.999Z') },
	campaigns: [
		campaign('a', 420_000, 'students'),
		campaign('b', 310_000, 'copies'),
		campaign('c', 2_400_000, 'views'),
		campaign('d', 1, 'schools'),
		campaign('e', 5_000, null),
		campaign('f', null, 'people'),
	],
	materials: [],
	adaptationsOfOurs: [],
	downloads: [],
})

function render(shown: ActivityFigures, uiLang: 'en' | 'fr' = 'en') {
	const i18n = createI18n(uiLang, RESOURCES[uiLang], RESOURCES.en)
	return renderToString(
		<I18nextProvider i18n={i18n}>
			<ActivityFiguresView figures={shown} frozen publicCampaigns={[]} headingId="activity" />
		</I18nextProvider>,
	)
}

/** Each campaign's reach line, tags removed, in the order shown. */
const reachLines = (html: string) =>
	[...html.matchAll(/<ul class="report-campaigns__facts">([\s\S]*?)<\/ul>/g)].map((m) =>
		m[1]!
			.replace(/<!-- -->/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim(),
	)

describe('the reach of each campaign in the figures of policy target 3', () => {
	test('is counted in the campaign’s own unit, as on its page', () => {
		expect(figures.campaigns.map((c) => c.reachUnit)).toEqual([
			'students',
			'copies',
			'views',
			'schools',
			null,
			'people',
		])
		expect(reachLines(render(figures))).toEqual([
			'Reach: 420,000 pupils and students',
			'Reach: 310,000 copies distributed',
			'Reach: 2,400,000 views',
			'Reach: 1 school',
			// No unit given: people, as the campaign's page says.
			'Reach: 5,000 people',
			// No figure, no line.
			'',
		])
		expect(reachLines(render(figures, 'fr'))[1]).toMatch(
			/^Portée : 310\s000 exemplaires diffusés$/u,
		)
	})

	test('figures frozen before the unit was carried read as people', () => {
		const frozenEarlier = JSON.parse(
			JSON.stringify({
				...figures,
				campaigns: figures.campaigns.map(({ reachUnit: _, ...c }) => c),
			}),
		) as ActivityFigures
		expect(frozenEarlier.campaigns[0]).not.toHaveProperty('reachUnit')
		expect(reachLines(render(frozenEarlier))[0]).toBe('Reach: 420,000 people')
	})
})
