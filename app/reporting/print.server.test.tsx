import { describe, expect, test } from 'vitest'
import { summarizeActivity } from '#app/domain/reporting-activity.ts'
import { renderReportPrint, type PrintReport } from './print.server.tsx'

const period = {
	start: new Date('2025-01-01T00:00:00Z'),
	end: new Date('2026-06-30T23:59:59.999Z'),
}

const report: PrintReport = {
	countryName: 'Israel',
	status: 'submitted',
	activity: {
		figures: summarizeActivity({
			period,
			campaigns: [],
			materials: [],
			adaptationsOfOurs: [],
			downloads: [],
		}),
		frozen: true,
		narrative: 'הפוסטרים שלנו עובדו בשלוש מדינות.',
	},
	targets: [
		{
			key: 't3',
			title: 'Enhancing efforts to increase public awareness',
			lang: 'en',
			hasActivity: true,
			goals: [
				{
					key: 't3-g1',
					title: 'Public awareness campaigns',
					lang: 'en',
					assessment: 'some',
					assessmentText: 'התקדמות בבתי הספר.',
					followUp: 'הרחבה לגני ילדים.',
					measures: [
						{
							kind: 'carried',
							state: 'in-progress',
							title: 'סדנאות להורים',
							lang: 'he',
							description: 'סדנאות בכל הארץ.',
							stateComment: 'הושקו בחיפה.',
							evidence: [],
						},
					],
				},
			],
		},
	],
}

const html = renderReportPrint('en', {
	round: {
		title: 'Biennial report 2026',
		periodStart: period.start.toISOString(),
		periodEnd: period.end.toISOString(),
		secretariatName: 'Japan',
	},
	report,
})

/** The opening tag of the element whose text is `text`. */
const tagOf = (text: string) =>
	new RegExp(`<([a-z0-9]+)([^>]*)>${text}</\\1>`).exec(html)?.[2] ?? null

describe('a country report printed in English', () => {
	test('the texts the country wrote without a language take their direction from their letters', () => {
		for (const text of [
			report.activity.narrative,
			'התקדמות בבתי הספר.',
			'הרחבה לגני ילדים.',
			'הושקו בחיפה.',
		])
			expect(tagOf(text), text).toContain('dir="auto"')
	})

	test('a measure keeps the language it was written in', () => {
		expect(html).toMatch(/<div lang="he" dir="rtl"><strong>סדנאות להורים<\/strong>/)
		expect(tagOf('סדנאות בכל הארץ.')).toContain('lang="he" dir="rtl"')
	})
})
