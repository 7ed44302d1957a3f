import { closeRound, openRound } from '#app/models/reporting/rounds.server.ts'
import { saveJointNarrative, setBestPractice } from '#app/models/reporting/joint-report.server.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * The secretariat's side of the demo: a closed biennial round (2023–2024,
 * public, Belgium's secretariat) with the accepted reports of France,
 * Japan, Belgium and Germany, and its joint report published with a
 * narrative per target and two best practices. The measures include
 * titles in Arabic and Chinese, so the PDF's shaping and fonts show.
 *
 * The round follows no other (the stock-taking round of the demo is
 * followed by the open 2026 round): its carried measures name their state
 * without a link to the measure they came from. Idempotent: nothing is
 * added when the round exists (found by its title among demo rounds).
 */

export const DEMO_JOINT_ROUND_TITLE = 'Biennial report 2024'

interface DemoMeasure {
	goal: string
	kind: 'in-place' | 'announced' | 'carried'
	state?: 'done' | 'in-progress' | 'not-started' | 'dropped'
	title: string
	lang: string
	description?: string
}

const REPORTS: { country: string; assessment: string; measures: DemoMeasure[] }[] = [
	{
		country: 'FR',
		assessment: 'substantial',
		measures: [
			{
				goal: 't3-g1',
				kind: 'in-place',
				title: 'Campagne nationale « Parle-moi » dans les écoles',
				lang: 'fr',
			},
			{
				goal: 't3-g2',
				kind: 'carried',
				state: 'done',
				title: 'حملة للأهالي الناطقين بالعربية',
				lang: 'ar',
				description: 'ملصقات ومنشورات للأهالي بالعربية، وُزعت في المراكز الاجتماعية.',
			},
			{
				goal: 't3-g2',
				kind: 'announced',
				title: 'Kit pour les parents en langue des signes',
				lang: 'fr',
			},
			{
				goal: 't1-g1',
				kind: 'in-place',
				title: 'Service d’identification des victimes',
				lang: 'fr',
			},
		],
	},
	{
		country: 'JP',
		assessment: 'some',
		measures: [
			{
				goal: 't3-g2',
				kind: 'carried',
				state: 'in-progress',
				title: '面向华人家长的传单',
				lang: 'zh',
				description: '为在日华人家庭准备的中文传单。',
			},
			{ goal: 't3-g1', kind: 'in-place', title: '保護者向けオンライン安全講座', lang: 'ja' },
			{
				goal: 't2-g1',
				kind: 'carried',
				state: 'not-started',
				title: '捜査官の国際研修',
				lang: 'ja',
			},
		],
	},
	{
		country: 'BE',
		assessment: 'achieved',
		measures: [
			{ goal: 't3-g1', kind: 'in-place', title: 'Campagne « Stop, praat erover »', lang: 'nl' },
			{
				goal: 't3-g2',
				kind: 'carried',
				state: 'done',
				title: 'Posters adapted from France',
				lang: 'en',
			},
			{
				goal: 't4-g1',
				kind: 'announced',
				title: 'Hotline reporting form in three languages',
				lang: 'en',
			},
		],
	},
	{
		country: 'DE',
		assessment: 'substantial',
		measures: [
			{
				goal: 't3-g1',
				kind: 'carried',
				state: 'dropped',
				title: 'Kinospot für Jugendliche',
				lang: 'de',
			},
			{ goal: 't3-g2', kind: 'in-place', title: 'Elternbriefe in fünf Sprachen', lang: 'de' },
			{
				goal: 't4-g2',
				kind: 'in-place',
				title: 'Meldestelle für Darstellungen im Netz',
				lang: 'de',
			},
		],
	},
]

const NARRATIVES: Record<string, string> = {
	t1: 'Victim identification improved where countries shared images through the international database.',
	t2: 'Training of investigators was announced more often than it was started.',
	t3: 'Awareness work travelled between countries: materials adapted from one country reached parents in several languages, Arabic and Chinese among them.',
	t4: 'Reporting hotlines now accept reports in more languages.',
}

const BEST_PRACTICES = ['demo-c-03', 'demo-c-28']

export async function seedDemoJointReport() {
	const existing = await db.reportingRound.findFirst({
		where: { isDemo: true, title: DEMO_JOINT_ROUND_TITLE },
		select: { id: true },
	})
	if (existing) return 0
	const countries = ['BE', ...REPORTS.map((r) => r.country)]
	const known = await db.country.count({ where: { code: { in: countries } } })
	if (known < new Set(countries).size) return 0
	const admin = { id: 'demo-u-admin', memberships: [{ role: 'admin', countryCode: null }] }
	const round = await openRound(admin, {
		kind: 'biennial',
		title: DEMO_JOINT_ROUND_TITLE,
		periodStart: new Date('2023-01-01T00:00:00.000Z'),
		periodEnd: new Date('2024-12-31T23:59:59.999Z'),
		dueDate: new Date('2025-03-31T23:59:59.999Z'),
		secretariatCountryCode: 'BE',
		visibility: 'public',
		isDemo: true,
	})
	const goals = await db.reportingGoal.findMany({ where: { target: { roundId: round.id } } })
	const goalId = (key: string) => goals.find((g) => g.key === key)!.id
	const submittedAt = new Date('2025-03-20T10:00:00.000Z')
	const acceptedAt = new Date('2025-04-15T10:00:00.000Z')
	for (const report of REPORTS) {
		await db.countryReport.create({
			data: {
				roundId: round.id,
				countryCode: report.country,
				status: 'accepted',
				submittedAt,
				acceptedAt,
				entries: {
					create: goals.map((goal) => ({
						goalId: goal.id,
						assessment: goal.key.startsWith('t3') ? report.assessment : '',
					})),
				},
				measures: {
					create: report.measures.map((m, position) => ({
						goalId: goalId(m.goal),
						kind: m.kind,
						state: m.state ?? '',
						title: m.title,
						lang: m.lang,
						description: m.description ?? '',
						position,
					})),
				},
			},
		})
	}
	for (const [target, text] of Object.entries(NARRATIVES)) {
		const joint = await db.jointReport.findUnique({ where: { roundId: round.id } })
		await saveJointNarrative(admin, round.id, {
			targetKey: target,
			seenRevision: joint?.revision ?? 0,
			base: '',
			text,
		})
	}
	for (const campaignId of BEST_PRACTICES)
		await setBestPractice(admin, round.id, { campaignId, highlight: true })
	await closeRound(admin, round.id, new Date('2025-06-30T12:00:00.000Z'))
	return 1
}
