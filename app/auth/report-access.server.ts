import { redirect } from '@remix-run/node'
import { mayReadRound, reportPermissions, type ReportPermission } from '#app/domain/reporting.ts'
import { isUiLanguage } from '#app/domain/languages.ts'
import { getCountry } from '#app/models/country.server.ts'
import { ensureReport, findReport } from '#app/models/reporting/reports.server.ts'
import { getRound, type RoundWithStructure } from '#app/models/reporting/rounds.server.ts'
import { getSessionState, requireUser, type SessionUser } from './session.server.ts'

/**
 * Who may do what with one country's report in one round, for every route
 * that names one (/reports/<round>/<country>...).
 *
 * - Its country's coordinators and contributors, and the round's
 *   secretariat, read it in any status; anyone may read it once accepted if
 *   the round's visibility lets them (public, or members only).
 * - A report someone may not read answers exactly as a missing one: a 404
 *   for the signed-in, the sign-in page for the anonymous (who may be
 *   allowed once signed in), whether or not it exists.
 * - Read but not allowed to do the thing asked (a contributor submitting, a
 *   coordinator accepting their own report): 403.
 *
 * The country's people create the report by opening it, while the round is
 * open (with the measures carried from the previous round).
 */

export type ReportNeed = 'view' | Exclude<ReportPermission, 'read'>

export interface ReportAccess {
	user: (SessionUser & { sessionId: string }) | null
	round: RoundWithStructure
	countryCode: string
	permissions: Set<ReportPermission>
	report: Awaited<ReturnType<typeof findReport>>
}

function langOf(request: Request) {
	const first = new URL(request.url).pathname.split('/')[1]
	return isUiLanguage(first) ? first : 'en'
}

function refuse(status: 404 | 403): never {
	throw new Response(status === 404 ? 'Not found' : 'Forbidden', {
		status,
		headers: { 'content-type': 'text/plain' },
	})
}

function toSignIn(request: Request): never {
	const url = new URL(request.url)
	const here = `${url.pathname}${url.search}`
	throw redirect(`/${langOf(request)}/login?redirectTo=${encodeURIComponent(here)}`)
}

export async function requireReportAccess(
	request: Request,
	params: { roundId?: string; countryCode?: string },
	need: ReportNeed,
): Promise<ReportAccess> {
	// Anyone signed in goes through requireUser, so a reviewer or an
	// administrator still without a second factor is sent to set one up.
	const state = await getSessionState(request)
	const user = state.kind === 'anonymous' ? null : await requireUser(request)
	const countryCode = params.countryCode ?? ''
	const [round, country] = await Promise.all([
		params.roundId && params.roundId.length <= 64 ? getRound(params.roundId) : null,
		/^[A-Z]{2}$/.test(countryCode) ? getCountry(countryCode) : null,
	])
	if (!round || !country?.allianceSince) return user ? refuse(404) : toSignIn(request)
	const permissions = user
		? reportPermissions(user, round, countryCode)
		: new Set<ReportPermission>()
	let report = await findReport(round.id, countryCode)
	if (!report && user && permissions.has('draft') && round.status === 'open')
		report = await ensureReport(user, round.id, countryCode)
	const readable =
		permissions.has('read') || (report?.status === 'accepted' && mayReadRound(user, round))
	if (!readable) return user ? refuse(404) : toSignIn(request)
	if (need !== 'view') {
		if (!user) toSignIn(request)
		if (!permissions.has(need)) refuse(403)
		if (!report) refuse(404)
	}
	return { user, round, countryCode, permissions, report }
}
