import { type MeasureFields } from '#app/domain/report-form.ts'
import { saveJointNarrative, setBestPractice } from '#app/models/reporting/joint-report.server.ts'
import {
	addMeasure,
	ensureReport,
	saveCarriedState,
	saveGoalEntry,
	transitionReport,
} from '#app/models/reporting/reports.server.ts'
import {
	closeRound,
	getRound,
	openRound,
	type RoundInput,
} from '#app/models/reporting/rounds.server.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * The demo's reporting rounds, as data, in one chain: the 2013
 * stock-taking, the 2024 biennial round (closed, its joint report
 * published) and the 2026 biennial round, open and late for some. Each
 * round follows the one before it (its structure copied, its announced
 * measures carried forward), each country report is replayed through the
 * same model functions the app uses (so each step has its audit entry, by
 * no user), the carried measures are given the state the country reported,
 * and a past round is closed as the secretariat closed it. To add a round
 * or a report, add it here.
 *
 * Idempotent like the rest of the seed: a round is recognised by its title
 * among demo rounds and, once there, is left as it is.
 */

interface DemoMeasure {
	/** Fixed, so the seed can tell it is there: "m" and at least 20 lowercase letters or digits. */
	id: string
	goal: string
	kind: 'in-place' | 'announced'
	title: string
	lang: string
	description?: string
}

interface DemoReport {
	country: string
	/** Where the report stands when the seed leaves it. */
	status: 'draft' | 'submitted' | 'accepted'
	measures: DemoMeasure[]
	/** What became of the measures the country announced in the round before, found by title. */
	carried?: {
		title: string
		state: 'done' | 'in-progress' | 'not-started' | 'dropped'
		comment?: string
	}[]
	assessments?: { goal: string; assessment: string; assessmentText?: string; followUp?: string }[]
}

interface DemoRound {
	kind: RoundInput['kind']
	title: string
	periodStart: string
	periodEnd: string
	/** A date, or days from the day the seed runs (negative: already due). */
	due: string | { inDays: number }
	secretariat: string
	visibility: RoundInput['visibility']
	/** A past round: when its reports were submitted and accepted, and when it closed. */
	past?: { submitted: string; accepted: string; closed: string }
	/** The joint report of a past round, published when it closed. */
	joint?: { narratives: Record<string, string>; bestPractices: string[] }
	reports: DemoReport[]
}

export const DEMO_ROUNDS: DemoRound[] = [
	{
		kind: 'stock-taking',
		title: 'Stock-taking 2013',
		periodStart: '2012-12-05',
		periodEnd: '2013-04-01',
		due: '2013-04-01',
		secretariat: 'BE',
		visibility: 'members',
		past: { submitted: '2013-03-25', accepted: '2013-04-10', closed: '2013-04-30' },
		reports: [
			{
				country: 'FR',
				status: 'accepted',
				measures: [
					{
						id: 'mdemo2013frinplace0000001',
						goal: 't3-g1',
						kind: 'in-place',
						title: 'Campagne nationale « Internet sans crainte »',
						lang: 'fr',
						description:
							'Programme national de sensibilisation des enfants et des parents aux risques en ligne, avec des ressources pour les écoles.',
					},
					{
						id: 'mdemo2013frannounced00001',
						goal: 't3-g2',
						kind: 'announced',
						title: 'حملة للأهالي الناطقين بالعربية',
						lang: 'ar',
						description:
							'حملة توعية موجّهة إلى الأهالي الناطقين بالعربية في فرنسا حول مخاطر استدراج الأطفال عبر الإنترنت.',
					},
					{
						id: 'mdemo2013frannounced00002',
						goal: 't3-g2',
						kind: 'announced',
						title: '面向在法华人家长的传单',
						lang: 'zh',
						description: '为在法国的华人家长编写的传单，介绍儿童上网的风险以及求助渠道。',
					},
				],
				assessments: [
					{
						goal: 't3-g1',
						assessment: 'some',
						assessmentText: 'Les campagnes existantes touchent surtout les familles francophones.',
					},
				],
			},
			{
				country: 'JP',
				status: 'accepted',
				measures: [
					{
						id: 'mdemo2013jpinplace0000001',
						goal: 't3-g1',
						kind: 'in-place',
						title: '学校でのネット安全教室',
						lang: 'ja',
					},
					{
						id: 'mdemo2013jpannounced00001',
						goal: 't3-g2',
						kind: 'announced',
						title: '面向华人家长的传单',
						lang: 'zh',
						description: '为在日华人家庭准备的中文传单。',
					},
					{
						id: 'mdemo2013jpannounced00002',
						goal: 't2-g1',
						kind: 'announced',
						title: '捜査官の国際研修',
						lang: 'ja',
					},
				],
			},
			{
				country: 'BE',
				status: 'accepted',
				measures: [
					{
						id: 'mdemo2013beannounced00001',
						goal: 't3-g2',
						kind: 'announced',
						title: 'Posters adapted from France',
						lang: 'en',
					},
				],
			},
			{
				country: 'DE',
				status: 'accepted',
				measures: [
					{
						id: 'mdemo2013deannounced00001',
						goal: 't3-g1',
						kind: 'announced',
						title: 'Kinospot für Jugendliche',
						lang: 'de',
					},
				],
			},
		],
	},
	{
		kind: 'biennial',
		title: 'Biennial report 2024',
		periodStart: '2022-07-01',
		periodEnd: '2024-06-30',
		due: '2024-09-30',
		secretariat: 'BE',
		visibility: 'public',
		past: { submitted: '2024-09-20', accepted: '2024-10-15', closed: '2024-12-15' },
		// The measures include titles in Arabic and Chinese, so the PDF's
		// shaping and fonts show.
		joint: {
			narratives: {
				t1: 'Victim identification improved where countries shared images through the international database.',
				t2: 'Training of investigators was announced more often than it was started.',
				t3: 'Awareness work travelled between countries: materials adapted from one country reached parents in several languages, Arabic and Chinese among them.',
				t4: 'Reporting hotlines now accept reports in more languages.',
			},
			bestPractices: ['demo-c-03', 'demo-c-28'],
		},
		reports: [
			{
				country: 'FR',
				status: 'accepted',
				carried: [
					{
						title: 'حملة للأهالي الناطقين بالعربية',
						state: 'done',
						comment: 'ملصقات ومنشورات للأهالي بالعربية، وُزعت في المراكز الاجتماعية.',
					},
					{ title: '面向在法华人家长的传单', state: 'done' },
				],
				measures: [
					{
						id: 'mdemo2024frinplace0000001',
						goal: 't3-g1',
						kind: 'in-place',
						title: 'Campagne nationale « Parle-moi » dans les écoles',
						lang: 'fr',
					},
					{
						id: 'mdemo2024frinplace0000002',
						goal: 't1-g1',
						kind: 'in-place',
						title: 'Service d’identification des victimes',
						lang: 'fr',
					},
					{
						id: 'mdemo2024frannounced00001',
						goal: 't3-g2',
						kind: 'announced',
						title: 'حملة إذاعية للأهالي الناطقين بالعربية',
						lang: 'ar',
						description:
							'برامج إذاعية قصيرة للأهالي الناطقين بالعربية حول الابتزاز الجنسي وطلب المساعدة.',
					},
					{
						id: 'mdemo2024frannounced00002',
						goal: 't3-g2',
						kind: 'announced',
						title: 'Kit pour les parents en langue des signes',
						lang: 'fr',
					},
				],
				assessments: [
					{ goal: 't3-g1', assessment: 'substantial' },
					{ goal: 't3-g2', assessment: 'substantial' },
				],
			},
			{
				country: 'JP',
				status: 'accepted',
				carried: [
					{ title: '面向华人家长的传单', state: 'in-progress' },
					{ title: '捜査官の国際研修', state: 'not-started' },
				],
				measures: [
					{
						id: 'mdemo2024jpinplace0000001',
						goal: 't3-g1',
						kind: 'in-place',
						title: '保護者向けオンライン安全講座',
						lang: 'ja',
					},
				],
				assessments: [
					{ goal: 't3-g1', assessment: 'some' },
					{ goal: 't3-g2', assessment: 'some' },
				],
			},
			{
				country: 'BE',
				status: 'accepted',
				carried: [{ title: 'Posters adapted from France', state: 'done' }],
				measures: [
					{
						id: 'mdemo2024beinplace0000001',
						goal: 't3-g1',
						kind: 'in-place',
						title: 'Campagne « Stop, praat erover »',
						lang: 'nl',
					},
					{
						id: 'mdemo2024beannounced00001',
						goal: 't4-g1',
						kind: 'announced',
						title: 'Hotline reporting form in three languages',
						lang: 'en',
					},
				],
				assessments: [
					{ goal: 't3-g1', assessment: 'achieved' },
					{ goal: 't3-g2', assessment: 'achieved' },
				],
			},
			{
				country: 'DE',
				status: 'accepted',
				carried: [{ title: 'Kinospot für Jugendliche', state: 'dropped' }],
				measures: [
					{
						id: 'mdemo2024deinplace0000001',
						goal: 't3-g2',
						kind: 'in-place',
						title: 'Elternbriefe in fünf Sprachen',
						lang: 'de',
					},
					{
						id: 'mdemo2024deinplace0000002',
						goal: 't4-g2',
						kind: 'in-place',
						title: 'Meldestelle für Darstellungen im Netz',
						lang: 'de',
					},
				],
				assessments: [
					{ goal: 't3-g1', assessment: 'substantial' },
					{ goal: 't3-g2', assessment: 'substantial' },
				],
			},
		],
	},
	{
		kind: 'biennial',
		title: 'Biennial report 2026',
		periodStart: '2024-07-01',
		periodEnd: '2026-06-30',
		// Due a fortnight ago and still open, as rounds are while the last
		// reports come in: the dashboard shows who reported, who is drafting
		// late and who has not started (France among them, whose two measures
		// announced in 2024 come back when its coordinators open the report).
		due: { inDays: -14 },
		secretariat: 'JP',
		visibility: 'members',
		reports: [
			{
				country: 'BE',
				status: 'accepted',
				measures: [
					{
						id: 'mdemo2026beinplace0000001',
						goal: 't3-g1',
						kind: 'in-place',
						title: 'Affiches « Sextorsion : parles-en » dans les écoles secondaires',
						lang: 'fr',
						description:
							'Affiches adaptées d’un modèle français, diffusées dans les écoles secondaires de la Fédération Wallonie-Bruxelles.',
					},
				],
				assessments: [
					{
						goal: 't3-g1',
						assessment: 'substantial',
						assessmentText: 'Adapting a poster from France took weeks rather than months.',
					},
				],
			},
			{
				country: 'DE',
				status: 'submitted',
				measures: [
					{
						id: 'mdemo2026deinplace0000001',
						goal: 't3-g1',
						kind: 'in-place',
						title: 'Elternabende zu Cybergrooming',
						lang: 'de',
						description:
							'Informationsabende für Eltern an Grundschulen über Cybergrooming und Hilfsangebote.',
					},
					{
						id: 'mdemo2026deannounced00001',
						goal: 't3-g2',
						kind: 'announced',
						title: 'Unterrichtsmaterial zu selbst erstellten Bildern',
						lang: 'de',
					},
				],
			},
			{
				country: 'ES',
				status: 'draft',
				measures: [
					{
						id: 'mdemo2026esinplace0000001',
						goal: 't3-g1',
						kind: 'in-place',
						title: 'Campaña «¿Te chantajean?» para adolescentes',
						lang: 'es',
					},
				],
			},
		],
	},
]

const SEEDER = { id: null }
/** The secretariat's writes to a past round's joint report, replayed as an administrator's. */
const ADMIN = { id: 'demo-u-admin', memberships: [{ role: 'admin', countryCode: null }] }
const DAY_MS = 86_400_000
const day = (iso: string) => new Date(`${iso}T10:00:00.000Z`)

async function seedReport(roundId: string, report: DemoReport, past: DemoRound['past']) {
	const row = await ensureReport(null, roundId, report.country)
	const round = (await getRound(roundId))!
	const goals = new Map(round.targets.flatMap((t) => t.goals).map((g) => [g.key, g.id]))
	// What became of the measures carried from the round before.
	const carried = await db.reportMeasure.findMany({ where: { reportId: row.id, kind: 'carried' } })
	for (const said of report.carried ?? []) {
		const measure = carried.find((m) => m.title === said.title)
		if (!measure) throw new Error(`demo: ${report.country} carries no measure "${said.title}"`)
		await saveCarriedState(SEEDER, row.id, measure.id, {
			fields: { state: said.state, stateComment: said.comment ?? '' },
			revision: measure.revision,
		})
	}
	for (const measure of report.measures) {
		const fields: MeasureFields = {
			title: measure.title,
			lang: measure.lang,
			description: measure.description ?? '',
			campaigns: [],
			materials: [],
		}
		await addMeasure(SEEDER, row.id, {
			id: measure.id,
			goalId: goals.get(measure.goal)!,
			kind: measure.kind,
			fields,
		})
	}
	for (const a of report.assessments ?? []) {
		const goalId = goals.get(a.goal)!
		const entry = await db.reportGoalEntry.findUniqueOrThrow({
			where: { reportId_goalId: { reportId: row.id, goalId } },
		})
		await saveGoalEntry(SEEDER, row.id, goalId, {
			fields: {
				assessment: a.assessment,
				assessmentText: a.assessmentText ?? '',
				followUp: a.followUp ?? '',
			},
			revision: entry.revision,
		})
	}
	const steps = { draft: [], submitted: ['submit'], accepted: ['submit', 'accept'] }[report.status]
	for (const step of steps)
		await transitionReport(SEEDER, row.id, step, '', {
			origin: '',
			quiet: true,
			// A past round's reports came in on its dates.
			...(past ? { now: day(step === 'submit' ? past.submitted : past.accepted) } : {}),
		})
}

export async function seedDemoReporting({ now = new Date(), rounds = DEMO_ROUNDS } = {}) {
	let created = 0
	let previousRoundId: string | null = null
	for (const demo of rounds) {
		const existing: { id: string } | null = await db.reportingRound.findFirst({
			where: { isDemo: true, title: demo.title },
			select: { id: true },
		})
		if (existing) {
			previousRoundId = existing.id
			continue
		}
		const round = await openRound(null, {
			kind: demo.kind,
			title: demo.title,
			periodStart: new Date(`${demo.periodStart}T00:00:00Z`),
			periodEnd: new Date(`${demo.periodEnd}T23:59:59.999Z`),
			dueDate:
				typeof demo.due === 'string'
					? new Date(`${demo.due}T23:59:59.999Z`)
					: new Date(now.getTime() + demo.due.inDays * DAY_MS),
			secretariatCountryCode: demo.secretariat,
			visibility: demo.visibility,
			previousRoundId,
			isDemo: true,
		})
		for (const report of demo.reports) await seedReport(round.id, report, demo.past)
		if (demo.past && demo.joint) {
			// Closed as the secretariat closes a round: the joint report is
			// published with the figures frozen then.
			for (const [targetKey, text] of Object.entries(demo.joint.narratives)) {
				const joint = await db.jointReport.findUnique({ where: { roundId: round.id } })
				await saveJointNarrative(ADMIN, round.id, {
					targetKey,
					seenRevision: joint?.revision ?? 0,
					base: '',
					text,
				})
			}
			// Best practices the library holds (a seed without it has none).
			for (const campaignId of demo.joint.bestPractices)
				await setBestPractice(ADMIN, round.id, { campaignId, highlight: true })
			await closeRound(ADMIN, round.id, day(demo.past.closed))
		} else if (demo.past)
			// A round closed without a joint report: the seed only replays that it happened.
			await db.reportingRound.update({
				where: { id: round.id },
				data: { status: 'closed', closedAt: day(demo.past.closed) },
			})
		previousRoundId = round.id
		created++
	}
	return created
}
