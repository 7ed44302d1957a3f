import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, test } from 'vitest'
import { assembleJointReport, type JointFigures } from '#app/domain/joint-report.ts'
import { createI18n } from '#app/i18n/config.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import { JointReportBody } from './joint-report-view.tsx'

const day = (iso: string) => new Date(`${iso}T12:00:00Z`)

const input: Parameters<typeof assembleJointReport>[0] = {
	period: { start: day('2025-01-01'), end: day('2025-12-31') },
	countries: [],
	reports: [],
	targetKeys: [],
	measures: [],
	materials: [],
	materialTitles: {},
	bestPractices: [],
	usageNotes: [
		...['BE', 'JP', 'US'].map((countryCode) => ({
			countryCode,
			kind: 'campaign' as const,
			id: 'c1',
			ownerCountryCode: 'FR',
			createdAt: day('2025-03-01'),
			titles: { fr: 'Parents, parlons-en !' },
			originalLang: 'fr',
		})),
		{
			countryCode: 'IL',
			kind: 'material' as const,
			id: 'm1',
			ownerCountryCode: 'FR',
			createdAt: day('2025-04-01'),
			titles: { ar: 'الابتزاز الجنسي' },
			originalLang: 'ar',
		},
	],
}
const figures = assembleJointReport(input)

function render(shown: JointFigures, uiLang: 'en' | 'fr' | 'ar' = 'en') {
	const i18n = createI18n(uiLang, RESOURCES[uiLang], RESOURCES.en)
	return renderToString(
		<I18nextProvider i18n={i18n}>
			<JointReportBody
				figures={shown}
				charts={{ participation: '', measuresByKind: '', carriedByState: '', languages: '' }}
				targets={[]}
				narrative={() => null}
			/>
		</I18nextProvider>,
	)
}

/** The text of the "Used in other countries" section, tags removed. */
const usageText = (html: string) =>
	(/<section aria-labelledby="joint-usage">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '')
		.replace(/<!-- -->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()

describe('use in other countries in the joint report', () => {
	test('the counts, the countries and the works used in most countries, each linked', () => {
		const html = render(figures)
		const text = usageText(html)
		expect(text).toContain('4 notes of use')
		expect(text).toContain('4 countries reported using another’s work')
		expect(text).toContain('Belgium, Israel, Japan, and United States')
		expect(text).toContain(
			'Parents, parlons-en ! Campaign France 3 (Belgium, Japan, and United States)',
		)
		expect(html).toContain('href="/en/campaigns/c1"')
		// A title in Arabic keeps its own language and direction on an English page.
		expect(html).toMatch(/href="\/en\/materials\/m1"><span lang="ar" dir="rtl">الابتزاز الجنسي/)
	})

	test('a work with no title in the reader’s language shows its own before English', () => {
		const html = render(
			assembleJointReport({
				...input,
				usageNotes: [
					{
						countryCode: 'BE',
						kind: 'material',
						id: 'm2',
						ownerCountryCode: 'JP',
						createdAt: day('2025-05-01'),
						titles: { en: 'Threatened over a pic?', ja: '写真で脅されたら' },
						originalLang: 'ja',
					},
				],
			}),
			'fr',
		)
		expect(html).toMatch(/href="\/fr\/materials\/m2"><span lang="ja" dir="ltr">写真で脅されたら/)
		expect(html).not.toContain('Threatened over a pic?')
	})

	test('a report published before use was counted says so instead of showing zeros', () => {
		const { usage: _, ...frozenEarlier } = figures
		const text = usageText(render(frozenEarlier))
		expect(text).toBe(
			'Used in other countries This report was published before use in other countries was counted.',
		)
		expect(usageText(render(frozenEarlier, 'fr'))).toContain(
			'Ce rapport a été publié avant que l’utilisation dans d’autres pays ne soit comptée.',
		)
	})
})

describe('a best practice’s reach', () => {
	const campaign = {
		id: 'c2',
		countryCode: 'DE',
		originalLang: 'de',
		startYear: 2024,
		endYear: 2025,
		reachCount: 310_000,
		reachUnit: 'copies',
		evaluationMethod: null,
		translations: {
			de: {
				title: 'Elternbrief',
				summary: '',
				reach: 'An alle Grundschulen verteilt.',
				results: '',
				lessonsLearned: '',
			},
		},
	}
	/** The text of the best practices section, tags removed. */
	const bestPracticesText = (html: string) =>
		(/<section aria-labelledby="joint-best-practices">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '')
			.replace(/<!-- -->/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()

	test('is counted in the campaign’s own unit, beside how it reached them', () => {
		const text = bestPracticesText(
			render(assembleJointReport({ ...input, usageNotes: [], bestPractices: [campaign] })),
		)
		expect(text).toContain('Reach 310,000 copies distributed')
		expect(text).toContain('How it reached people An alle Grundschulen verteilt.')
		expect(text).not.toContain('people reached')
	})

	test('in a joint report published before the unit was kept, it reads as people', () => {
		const { reachUnit: _, ...published } = campaign
		const text = bestPracticesText(
			render(assembleJointReport({ ...input, usageNotes: [], bestPractices: [published] })),
		)
		expect(text).toContain('Reach 310,000 people')
	})
})
