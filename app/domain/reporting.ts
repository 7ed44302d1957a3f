/**
 * The Alliance's light reporting mechanism (annex to the 2012 declaration,
 * "Governance and reporting"), as rules without I/O:
 *
 * - a round is a stock-taking (what is in place, what will be done) or a
 *   biennial report (the state of what was announced, progress, follow-up);
 * - a country report goes draft → submitted → accepted, or back to the
 *   country as "returned" with the secretariat's comments, then submitted
 *   again;
 * - the secretariat of a round is the participant that holds it then (it
 *   rotates), plus the exchange's administrators;
 * - measures announced in a round are carried forward into the country's
 *   report of the next round, to say what became of them.
 */

export const ROUND_KINDS = ['stock-taking', 'biennial'] as const
export type RoundKind = (typeof ROUND_KINDS)[number]

export const ROUND_VISIBILITIES = ['public', 'members'] as const
export type RoundVisibility = (typeof ROUND_VISIBILITIES)[number]

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export const MEASURE_KINDS = ['in-place', 'announced', 'carried'] as const
export type MeasureKind = (typeof MEASURE_KINDS)[number]

/** What became of a measure announced in the previous round. */
export const MEASURE_STATES = ['done', 'in-progress', 'not-started', 'dropped'] as const
export type MeasureState = (typeof MEASURE_STATES)[number]

/** A country's own assessment of its progress towards a goal. */
export const ASSESSMENTS = ['achieved', 'substantial', 'some', 'none'] as const
export type Assessment = (typeof ASSESSMENTS)[number]

/** Limits of what a report holds: a paragraph per field, enough measures for any goal. */
export const MAX_MEASURE_TITLE = 300
export const MAX_REPORT_TEXT = 10_000
export const MAX_MEASURES_PER_GOAL = 50
export const MAX_RETURN_COMMENT = 5_000

// ------------------------------------------------------------------ workflow

export const REPORT_TRANSITIONS = [
	{ action: 'submit', from: ['draft', 'returned'], to: 'submitted', by: 'country' },
	{ action: 'return', from: ['submitted'], to: 'returned', by: 'secretariat' },
	{ action: 'accept', from: ['submitted'], to: 'accepted', by: 'secretariat' },
] as const satisfies readonly {
	action: string
	from: readonly ReportStatus[]
	to: ReportStatus
	by: 'country' | 'secretariat'
}[]

export type ReportAction = (typeof REPORT_TRANSITIONS)[number]['action']

/** A report's content may change only while its country holds it. */
export function isReportEditable(status: string) {
	return status === 'draft' || status === 'returned'
}

export type ReportTransitionProblem =
	'not-allowed-from-status' | 'comment-required' | 'round-closed'

export function checkReportTransition(input: {
	status: string
	action: string
	comment: string
	roundStatus: string
}): { ok: true; to: ReportStatus } | { ok: false; problem: ReportTransitionProblem } {
	if (input.roundStatus !== 'open') return { ok: false, problem: 'round-closed' }
	const transition = REPORT_TRANSITIONS.find((t) => t.action === input.action)
	if (!transition || !(transition.from as readonly string[]).includes(input.status))
		return { ok: false, problem: 'not-allowed-from-status' }
	// The country has to know what to change.
	if (transition.action === 'return' && !input.comment.trim())
		return { ok: false, problem: 'comment-required' }
	return { ok: true, to: transition.to }
}

// -------------------------------------------------------------- who may act

export interface ReportingActor {
	id: string
	memberships: readonly { role: string; countryCode: string | null }[]
}

const COUNTRY_ROLES = new Set(['contributor', 'coordinator'])

function isAdmin(actor: ReportingActor) {
	return actor.memberships.some((m) => m.role === 'admin')
}

/**
 * Whether the actor acts for the secretariat of this round: the people of
 * the participant that holds it (its coordinators and contributors), for
 * this round alone, and the exchange's administrators.
 */
export function isRoundSecretariat(
	actor: ReportingActor,
	round: { secretariatCountryCode: string },
) {
	return (
		isAdmin(actor) ||
		actor.memberships.some(
			(m) => COUNTRY_ROLES.has(m.role) && m.countryCode === round.secretariatCountryCode,
		)
	)
}

export type ReportPermission =
	| 'read' // see the report as it is, drafts included
	| 'draft' // change its texts and measures while the country holds it
	| 'submit' // send it to the secretariat
	| 'decide' // accept it or return it

/**
 * What the actor may do with one country's report. A country's
 * coordinators write and submit it; its contributors draft parts. The
 * secretariat reads every report and decides on them, except on its own
 * country's: a participant does not accept its own report.
 */
export function reportPermissions(
	actor: ReportingActor,
	round: { secretariatCountryCode: string },
	countryCode: string,
): Set<ReportPermission> {
	const can = new Set<ReportPermission>()
	const roles = actor.memberships.filter((m) => m.countryCode === countryCode).map((m) => m.role)
	if (roles.includes('coordinator')) can.add('read').add('draft').add('submit')
	if (roles.includes('contributor')) can.add('read').add('draft')
	if (isRoundSecretariat(actor, round)) {
		can.add('read')
		if (!roles.some((r) => COUNTRY_ROLES.has(r)) || isAdmin(actor)) can.add('decide')
	}
	return can
}

/** Whether the actor may read a round's accepted reports and joint report. */
export function mayReadRound(
	actor: ReportingActor | null,
	round: { visibility: string; secretariatCountryCode: string },
) {
	if (round.visibility === 'public') return true
	// "Members only": anyone with a role in the exchange, i.e. the Alliance's people.
	return !!actor && actor.memberships.length > 0
}

/** The countries the actor writes reports for (coordinators and contributors). */
export function reportingCountries(actor: ReportingActor) {
	return [
		...new Set(
			actor.memberships
				.filter((m) => COUNTRY_ROLES.has(m.role) && m.countryCode)
				.map((m) => m.countryCode!),
		),
	]
}

// -------------------------------------------------------- carrying forward

export interface AnnouncedMeasure {
	id: string
	goalKey: string
	title: string
	lang: string
	description: string
}

export interface CarriedMeasure {
	carriedFromId: string
	goalId: string
	title: string
	lang: string
	description: string
	position: number
}

/**
 * The measures a country announced in its previous report, carried into its
 * new report under the goal with the same key, in the order announced, each
 * waiting for its state. A goal that the new round no longer has cannot
 * receive them: they are returned apart, so nothing is dropped silently.
 */
export function carryForward(
	announced: readonly AnnouncedMeasure[],
	goalIdsByKey: ReadonlyMap<string, string>,
): { carried: CarriedMeasure[]; orphans: AnnouncedMeasure[] } {
	const carried: CarriedMeasure[] = []
	const orphans: AnnouncedMeasure[] = []
	const positions = new Map<string, number>()
	for (const measure of announced) {
		const goalId = goalIdsByKey.get(measure.goalKey)
		if (!goalId) {
			orphans.push(measure)
			continue
		}
		const position = positions.get(goalId) ?? 0
		positions.set(goalId, position + 1)
		carried.push({
			carriedFromId: measure.id,
			goalId,
			title: measure.title,
			lang: measure.lang,
			description: measure.description,
			position,
		})
	}
	return { carried, orphans }
}

// ------------------------------------------------------------------ texts

/** A text of the structure in the reader's language, else English. */
export function structureText(json: string, lang: string): string {
	try {
		const texts = JSON.parse(json) as Record<string, unknown>
		const pick = texts[lang] ?? texts.en
		return typeof pick === 'string' ? pick : ''
	} catch {
		return ''
	}
}

/** Whether the report is late: due, open, and not yet with the secretariat. */
export function isLate(
	report: { status: string } | null,
	round: { dueDate: Date | string; status: string },
	now: Date,
) {
	if (round.status !== 'open') return false
	if (new Date(round.dueDate).getTime() > now.getTime()) return false
	return !report || report.status === 'draft' || report.status === 'returned'
}
