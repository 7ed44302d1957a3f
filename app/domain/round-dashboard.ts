/**
 * The secretariat's dashboard of a round, as rules without I/O: the status
 * each Alliance country shows, and how often a country may be reminded.
 */

/** A country gets at most one reminder per round in this long: a reminder, not a flood. */
export const REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000

export const DASHBOARD_STATUSES = [
	'not-started',
	'drafting',
	'submitted',
	'returned',
	'accepted',
] as const
export type DashboardStatus = (typeof DASHBOARD_STATUSES)[number]

/** What the dashboard says of a country's report: none yet is "not started", a draft is "drafting". */
export function dashboardStatus(report: { status: string } | null): DashboardStatus {
	if (!report) return 'not-started'
	if (report.status === 'draft') return 'drafting'
	return (DASHBOARD_STATUSES as readonly string[]).includes(report.status)
		? (report.status as DashboardStatus)
		: 'drafting'
}
