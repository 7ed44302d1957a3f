import { type MeasureFields } from '#app/domain/report-form.ts'
import {
	addMeasure,
	ensureReport,
	saveGoalEntry,
	transitionReport,
} from '#app/models/reporting/reports.server.ts'
import { getRound, openRound, type RoundInput } from '#app/models/reporting/rounds.server.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * The demo's reporting rounds, as data: each round follows the one before it
 * (its structure copied, its announced measures carried forward), and each
 * country report is replayed through the same model functions the app uses
 * (so each step has its audit entry, by no user), then the round is closed
 * if it is. To add a round or a report, add it here.
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
	closed: boolean
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
		closed: true,
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
						goal: 't3-g1',
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
						title: '面向华人家长的传单',
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
		],
	},
	{
		kind: 'biennial',
		title: 'Biennial report 2026',
		periodStart: '2024-07-01',
		periodEnd: '2026-06-30',
		// Due a fortnight ago and still open, as rounds are while the last
		// reports come in: the dashboard shows who reported, who is drafting
		// late and who has not started (France among them, whose two announced
		// measures come back when its coordinators open the report).
		due: { inDays: -14 },
		secretariat: 'JP',
		visibility: 'members',
		closed: false,
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
const DAY_MS = 86_400_000

async function seedReport(roundId: string, report: DemoReport) {
	const row = await ensureReport(null, roundId, report.country)
	const round = (await getRound(roundId))!
	const goals = new Map(round.targets.flatMap((t) => t.goals).map((g) => [g.key, g.id]))
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
		await transitionReport(SEEDER, row.id, step, '', { origin: '', quiet: true })
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
		for (const report of demo.reports) await seedReport(round.id, report)
		if (demo.closed)
			// Closing a round is the secretariat's; the seed only replays that it happened.
			await db.reportingRound.update({
				where: { id: round.id },
				data: { status: 'closed', closedAt: new Date(`${demo.periodEnd}T23:59:59.999Z`) },
			})
		previousRoundId = round.id
		created++
	}
	return created
}
