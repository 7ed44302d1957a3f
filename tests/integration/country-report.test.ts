import { afterAll, describe, expect, test } from 'vitest'
import { insertCampaign } from '#app/models/campaign.server.ts'
import { recordDownload } from '#app/models/material/queries.server.ts'
import { summarizeCountryActivity } from '#app/models/reporting/activity.server.ts'
import {
	addMeasure,
	ensureReport,
	removeMeasure,
	resolveConflict,
	saveActivityNarrative,
	saveCarriedState,
	saveGoalEntry,
	saveMeasure,
	transitionReport,
} from '#app/models/reporting/reports.server.ts'
import { openRound } from '#app/models/reporting/rounds.server.ts'
import * as reportRoute from '#app/routes/$lang.reports_.$roundId_.$countryCode.tsx'
import * as editRoute from '#app/routes/$lang.reports_.$roundId_.$countryCode_.edit.tsx'
import * as pdfRoute from '#app/routes/$lang.reports.$roundId.$countryCode_.report[.]pdf.ts'
import { closePdfBrowser } from '#app/reporting/pdf.server.ts'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser, ensureCountries, type TestUser } from '#tests/factories.ts'
import { asExtracted, pdfText } from '#tests/support/pdf-text.ts'
import { call } from '#tests/support/routes.ts'

/**
 * A country's report: who may read, write, submit and decide on it; that a
 * returned report keeps its text; that two people saving the same part at
 * once lose nothing; that measures announced in the previous round come
 * back with a state to give; that policy target 3 starts from the country's
 * activity in the exchange; and that each step is in the audit log.
 */

type RoundOptions = Partial<Parameters<typeof openRound>[1]>

let roundCount = 0
async function round(options: RoundOptions = {}) {
	await ensureCountries('FR', 'DE', 'BE', 'JP', 'US')
	roundCount++
	return openRound(null, {
		kind: 'biennial',
		title: `Biennial ${roundCount}`,
		periodStart: new Date('2025-01-01T00:00:00Z'),
		periodEnd: new Date('2026-06-30T23:59:59.999Z'),
		dueDate: new Date('2027-01-31T00:00:00Z'),
		secretariatCountryCode: 'BE',
		visibility: 'members',
		...options,
	})
}

const goalsOf = async (roundId: string) =>
	new Map(
		(await db.reportingGoal.findMany({ where: { target: { roundId } } })).map((g) => [g.key, g]),
	)

const entryOf = (reportId: string, goalId: string) =>
	db.reportGoalEntry.findUniqueOrThrow({ where: { reportId_goalId: { reportId, goalId } } })

let idCounter = 0
const measureId = () => `mtest${String(++idCounter).padStart(6, '0')}${Date.now().toString(36)}abc`

const measure = (title: string, lang = 'fr') => ({
	title,
	lang,
	description: `${title} : description.`,
	campaigns: [],
	materials: [],
})

function pageOf(roundId: string, country: string, tail = '') {
	return {
		url: `/fr/reports/${roundId}/${country}${tail}`,
		params: { lang: 'fr', roundId, countryCode: country },
	}
}

async function view(user: TestUser | null, roundId: string, country: string) {
	const page = pageOf(roundId, country)
	return call(reportRoute.loader as never, page.url, { cookie: user?.cookie, params: page.params })
}

async function edit(user: TestUser | null, roundId: string, country: string) {
	const page = pageOf(roundId, country, '/edit')
	return call(editRoute.loader as never, page.url, { cookie: user?.cookie, params: page.params })
}

async function post(
	route: 'report' | 'edit',
	user: TestUser | null,
	roundId: string,
	country: string,
	form: Record<string, string | string[]>,
) {
	const page = pageOf(roundId, country, route === 'edit' ? '/edit' : '')
	const handler = (route === 'edit' ? editRoute.action : reportRoute.action) as never
	return call(handler, page.url, { cookie: user?.cookie, params: page.params, form })
}

afterAll(closePdfBrowser)

const location = (result: unknown) =>
	result instanceof Response ? (result.headers.get('location') ?? '') : ''

describe('who may do what with a country report', () => {
	test('the country writes it, a contributor drafts but does not submit, others see a 404', async () => {
		const r = await round()
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const contributor = await createUser('contributor', { country: 'FR' })
		const otherCoordinator = await createUser('coordinator', { country: 'DE' })
		const reviewer = await createUser('reviewer')

		// Opening it creates it, for the country's people.
		expect((await view(coordinator, r.id, 'FR')).outcome).toBe('ok')
		const report = await db.countryReport.findUniqueOrThrow({
			where: { roundId_countryCode: { roundId: r.id, countryCode: 'FR' } },
		})
		expect(report.status).toBe('draft')

		// Another country's coordinator, or anyone with a role elsewhere, sees nothing of a draft.
		expect((await view(otherCoordinator, r.id, 'FR')).outcome).toBe(404)
		expect((await edit(otherCoordinator, r.id, 'FR')).outcome).toBe(404)
		expect((await view(reviewer, r.id, 'FR')).outcome).toBe(404)
		expect((await view(null, r.id, 'FR')).outcome).toBe('login')
		expect((await edit(null, r.id, 'FR')).outcome).toBe('login')
		// A missing round or country answers the same.
		expect((await view(otherCoordinator, 'no-such-round', 'FR')).outcome).toBe(404)
		expect((await view(null, 'no-such-round', 'FR')).outcome).toBe('login')
		expect((await view(coordinator, r.id, 'ZZ')).outcome).toBe(404)

		const goals = await goalsOf(r.id)
		const goal = goals.get('t3-g1')!
		const save = (user: TestUser, text: string) =>
			post('edit', user, r.id, 'FR', {
				intent: 'save-goal',
				goalId: goal.id,
				revision: '1',
				assessment: 'some',
				assessmentText: text,
				followUp: '',
			})
		expect((await save(otherCoordinator, 'Pas le nôtre')).outcome).toBe(404)
		expect((await save(contributor, 'Brouillon de la contributrice')).outcome).toBe('ok')
		expect((await entryOf(report.id, goal.id)).assessmentText).toBe('Brouillon de la contributrice')

		// Submitting is the coordinators'.
		expect((await post('report', contributor, r.id, 'FR', { intent: 'submit' })).outcome).toBe(403)
		expect((await post('report', otherCoordinator, r.id, 'FR', { intent: 'submit' })).outcome).toBe(
			404,
		)
		expect((await post('report', coordinator, r.id, 'FR', { intent: 'submit' })).outcome).toBe('ok')
		// Once with the secretariat, it can no longer be changed.
		const late = await save(contributor, 'Trop tard')
		expect(late.outcome).toBe(409)
		expect((await entryOf(report.id, goal.id)).assessmentText).toBe('Brouillon de la contributrice')
	})

	test('the secretariat decides, but not on its own country’s report; another round’s secretariat sees nothing', async () => {
		const r = await round({ secretariatCountryCode: 'BE' })
		// Japan holds the secretariat of another round only.
		await round({ secretariatCountryCode: 'JP' })
		const fr = await createUser('coordinator', { country: 'FR' })
		const be = await createUser('coordinator', { country: 'BE' })
		const beContributor = await createUser('contributor', { country: 'BE' })
		const jp = await createUser('coordinator', { country: 'JP' })
		const admin = await createUser('admin')

		for (const country of ['FR', 'BE']) {
			const report = await ensureReport(null, r.id, country)
			await transitionReport({ id: null }, report.id, 'submit', '', { origin: '' })
		}
		// Belgium's people read France's report and decide on it...
		expect((await view(be, r.id, 'FR')).outcome).toBe('ok')
		expect((await view(beContributor, r.id, 'FR')).outcome).toBe('ok')
		expect((await edit(be, r.id, 'FR')).outcome).toBe(403)
		// ...but not on Belgium's own.
		expect((await view(be, r.id, 'BE')).outcome).toBe('ok')
		expect((await post('report', be, r.id, 'BE', { intent: 'accept' })).outcome).toBe(403)
		// Japan, secretariat of another round, neither reads nor decides here.
		expect((await view(jp, r.id, 'FR')).outcome).toBe(404)
		expect((await post('report', jp, r.id, 'FR', { intent: 'accept' })).outcome).toBe(404)
		// France cannot accept its own report.
		expect((await post('report', fr, r.id, 'FR', { intent: 'accept' })).outcome).toBe(403)
		expect((await post('report', null, r.id, 'FR', { intent: 'accept' })).outcome).toBe('login')
		// A return needs a comment.
		const empty = await post('report', be, r.id, 'FR', { intent: 'return', comment: '  ' })
		expect(empty.outcome).toBe(400)
		expect((await post('report', beContributor, r.id, 'FR', { intent: 'accept' })).outcome).toBe(
			'ok',
		)
		// The exchange's administrators act for every round's secretariat.
		expect((await post('report', admin, r.id, 'BE', { intent: 'accept' })).outcome).toBe('ok')
		// Accepted in a members-only round: anyone with a role reads it; anonymous readers sign in.
		expect((await view(jp, r.id, 'FR')).outcome).toBe('ok')
		expect((await view(null, r.id, 'FR')).outcome).toBe('login')
	})

	test('in a public round, an accepted report is public and a draft is not', async () => {
		const r = await round({ visibility: 'public' })
		const accepted = await ensureReport(null, r.id, 'FR')
		await transitionReport({ id: null }, accepted.id, 'submit', '', { origin: '' })
		await transitionReport({ id: null }, accepted.id, 'accept', '', { origin: '' })
		await ensureReport(null, r.id, 'DE')
		const fr = await view(null, r.id, 'FR')
		expect(fr.outcome).toBe('ok')
		// Readers see what the report says, not who did what.
		expect(fr.result).toMatchObject({ report: { status: 'accepted' }, history: [] })
		expect((await view(null, r.id, 'DE')).outcome).toBe('login')
	})
})

describe('the workflow', () => {
	test('a returned report keeps all its text, the country sees the comments, fixes and resubmits', async () => {
		const r = await round()
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const be = await createUser('coordinator', { country: 'BE' })
		const report = await ensureReport(null, r.id, 'FR')
		const goal = (await goalsOf(r.id)).get('t3-g1')!
		await saveGoalEntry({ id: coordinator.id }, report.id, goal.id, {
			fields: {
				assessment: 'substantial',
				assessmentText: 'Deux campagnes.',
				followUp: 'Une troisième.',
			},
			revision: 1,
		})
		const added = await addMeasure({ id: coordinator.id }, report.id, {
			id: measureId(),
			goalId: goal.id,
			kind: 'in-place',
			fields: measure('Ligne d’écoute 3018'),
		})
		await saveActivityNarrative({ id: coordinator.id }, report.id, {
			fields: { narrative: 'Une année chargée.' },
			revision: 1,
		})
		const snapshot = async () => {
			const row = await db.countryReport.findUniqueOrThrow({
				where: { id: report.id },
				include: { entries: true, measures: true },
			})
			return {
				narrative: row.activityNarrative,
				entries: row.entries.map((e) => [e.goalId, e.assessment, e.assessmentText, e.followUp]),
				measures: row.measures.map((m) => [m.id, m.title, m.description]),
			}
		}
		const before = await snapshot()
		expect((await post('report', coordinator, r.id, 'FR', { intent: 'submit' })).outcome).toBe('ok')
		const comment = 'Précisez le public de la ligne d’écoute.'
		const returned = await post('report', be, r.id, 'FR', { intent: 'return', comment })
		expect(returned.outcome).toBe('ok')
		expect(location(returned.result)).toMatch(/\?done=returned$/)
		expect(await snapshot()).toEqual(before)

		// The country sees the comments at the top, and can edit again.
		const page = await view(coordinator, r.id, 'FR')
		expect(page.result).toMatchObject({
			report: { status: 'returned', returnComment: comment },
			can: { draft: true, submit: true, decide: false },
		})
		expect((await edit(coordinator, r.id, 'FR')).result).toMatchObject({ can: { draft: true } })
		// Its coordinators were told, in the inbox and by mail, with the comments.
		const inbox = await db.inboxMessage.findMany({ where: { userId: coordinator.id } })
		expect(inbox).toEqual([
			expect.objectContaining({ kind: 'report-returned', reportId: report.id, body: comment }),
		])
		const mail = await db.mailMessage.findFirstOrThrow({
			where: { to: coordinator.email, kind: 'report-returned' },
		})
		expect(mail.text).toContain(comment)
		expect(mail.text).toContain(`/reports/${r.id}/FR`)

		await saveMeasure({ id: coordinator.id }, report.id, added.ok ? added.measureId! : '', {
			fields: {
				...measure('Ligne d’écoute 3018'),
				description: 'Pour les enfants et les parents.',
			},
			revision: 1,
		})
		expect((await post('report', coordinator, r.id, 'FR', { intent: 'submit' })).outcome).toBe('ok')
		expect((await post('report', be, r.id, 'FR', { intent: 'accept' })).outcome).toBe('ok')
		const accepted = await db.countryReport.findUniqueOrThrow({ where: { id: report.id } })
		expect(accepted.status).toBe('accepted')
		expect(accepted.acceptedAt).not.toBeNull()
		expect(
			await db.inboxMessage.count({ where: { userId: coordinator.id, kind: 'report-accepted' } }),
		).toBe(1)
		// Accepted, it no longer changes: not by the country, not by a second decision.
		const goalSave = await saveGoalEntry({ id: coordinator.id }, report.id, goal.id, {
			fields: { assessment: 'achieved', assessmentText: '', followUp: '' },
			revision: 2,
		})
		expect(goalSave).toEqual({ ok: false, problem: 'not-editable' })
		expect(
			(await post('report', be, r.id, 'FR', { intent: 'return', comment: 'Non.' })).outcome,
		).toBe(409)
	})

	test('every step is in the audit log', async () => {
		const r = await round()
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const be = await createUser('coordinator', { country: 'BE' })
		const actor = { id: coordinator.id }
		const report = await ensureReport(actor, r.id, 'FR')
		const goal = (await goalsOf(r.id)).get('t3-g2')!
		await saveGoalEntry(actor, report.id, goal.id, {
			fields: { assessment: 'some', assessmentText: 'A', followUp: '' },
			revision: 1,
		})
		await saveGoalEntry(actor, report.id, goal.id, {
			fields: { assessment: 'some', assessmentText: 'B', followUp: '' },
			revision: 1,
		})
		const conflict = await db.reportConflict.findFirstOrThrow({ where: { reportId: report.id } })
		await resolveConflict(actor, report.id, conflict.id, 'theirs', null)
		const added = await addMeasure(actor, report.id, {
			id: measureId(),
			goalId: goal.id,
			kind: 'announced',
			fields: measure('Brochure'),
		})
		const id = added.ok ? added.measureId! : ''
		await saveMeasure(actor, report.id, id, { fields: measure('Brochure illustrée'), revision: 1 })
		await removeMeasure(actor, report.id, id, 2)
		await saveActivityNarrative(actor, report.id, { fields: { narrative: 'Récit' }, revision: 1 })
		await transitionReport(actor, report.id, 'submit', '', { origin: '' })
		await transitionReport({ id: be.id }, report.id, 'return', 'À compléter', { origin: '' })
		await transitionReport(actor, report.id, 'submit', '', { origin: '' })
		await transitionReport({ id: be.id }, report.id, 'accept', '', { origin: '' })
		const entries = await db.auditEntry.findMany({
			where: { entityType: 'country-report', entityId: report.id },
			orderBy: { id: 'asc' },
		})
		expect(entries.map((e) => [e.action, e.userId, e.countryCode])).toEqual([
			['start-report', coordinator.id, 'FR'],
			['save-report-goal', coordinator.id, 'FR'],
			['report-conflict', coordinator.id, 'FR'],
			['resolve-report-conflict', coordinator.id, 'FR'],
			['add-report-measure', coordinator.id, 'FR'],
			['save-report-measure', coordinator.id, 'FR'],
			['remove-report-measure', coordinator.id, 'FR'],
			['save-report-activity', coordinator.id, 'FR'],
			['submit-report', coordinator.id, 'FR'],
			['return-report', be.id, 'FR'],
			['submit-report', coordinator.id, 'FR'],
			['accept-report', be.id, 'FR'],
		])
		expect(JSON.parse(entries[9]!.summary)).toMatchObject({
			from: 'submitted',
			to: 'returned',
			comment: 'À compléter',
		})
		// A removed measure's text stays readable in the log.
		expect(JSON.parse(entries[6]!.summary)).toMatchObject({
			title: 'Brochure illustrée',
			description: 'Brochure illustrée : description.',
		})
	})
})

describe('two people writing the same part at once', () => {
	test('the second save from the same revision becomes a conflict: nothing is overwritten, both texts are kept', async () => {
		const r = await round()
		const claire = await createUser('coordinator', { country: 'FR' })
		const camille = await createUser('contributor', { country: 'FR' })
		const report = await ensureReport(null, r.id, 'FR')
		const goal = (await goalsOf(r.id)).get('t3-g1')!
		// Both opened the page at revision 1.
		const form = (text: string) => ({
			intent: 'save-goal',
			goalId: goal.id,
			revision: '1',
			assessment: 'some',
			assessmentText: text,
			followUp: '',
		})
		const first = await post('edit', claire, r.id, 'FR', form('Le texte de Claire.'))
		expect(location(first.result)).toMatch(/\?saved=/)
		const second = await post('edit', camille, r.id, 'FR', form('Le texte de Camille.'))
		expect(location(second.result)).toMatch(/\?conflict=/)

		const entry = await entryOf(report.id, goal.id)
		expect(entry).toMatchObject({ assessmentText: 'Le texte de Claire.', revision: 2 })
		const conflicts = await db.reportConflict.findMany({ where: { reportId: report.id } })
		expect(conflicts).toHaveLength(1)
		expect(conflicts[0]).toMatchObject({
			part: `goal:${goal.id}`,
			userId: camille.id,
			resolvedAt: null,
		})
		expect(JSON.parse(conflicts[0]!.theirs)).toMatchObject({
			assessmentText: 'Le texte de Camille.',
			baseRevision: 1,
		})

		// Camille's page shows her text beside Claire's, named as hers.
		const page = (await edit(camille, r.id, 'FR')).result as {
			conflicts: { id: string; mine: boolean; fields: Record<string, string> }[]
			targets: { goals: { id: string; entry: { assessmentText: string } }[] }[]
		}
		expect(page.conflicts).toEqual([
			expect.objectContaining({
				mine: true,
				fields: expect.objectContaining({ assessmentText: 'Le texte de Camille.' }),
			}),
		])
		const shown = page.targets.flatMap((t) => t.goals).find((g) => g.id === goal.id)!
		expect(shown.entry.assessmentText).toBe('Le texte de Claire.')
		// Claire sees it too, as Camille's.
		const claires = (await edit(claire, r.id, 'FR')).result as typeof page
		expect(claires.conflicts[0]).toMatchObject({ mine: false })

		// A report with a text still waiting is not submitted: it would be lost to it.
		const refused = await post('report', claire, r.id, 'FR', { intent: 'submit' })
		expect(refused.outcome).toBe(409)
		expect(refused.result).toMatchObject({
			data: { problem: 'report.problems.unresolved-conflicts' },
		})

		// "Keep mine", explicitly over the version Camille saw beside hers.
		const kept = await post('edit', camille, r.id, 'FR', {
			intent: 'keep-mine',
			conflictId: conflicts[0]!.id,
			revision: '2',
		})
		expect(location(kept.result)).toMatch(/\?settled=1/)
		expect(await entryOf(report.id, goal.id)).toMatchObject({
			assessmentText: 'Le texte de Camille.',
			revision: 3,
		})
		expect(
			await db.reportConflict.findUniqueOrThrow({ where: { id: conflicts[0]!.id } }),
		).toMatchObject({ resolvedAt: expect.any(Date) })
	})

	test('keeping the other version discards the set-aside text; a merge saves both and settles the conflict', async () => {
		const r = await round()
		const a = { id: (await createUser('coordinator', { country: 'FR' })).id }
		const b = { id: (await createUser('contributor', { country: 'FR' })).id }
		const report = await ensureReport(null, r.id, 'FR')
		const narrative = (text: string, revision = 1, resolves?: string) => ({
			fields: { narrative: text },
			revision,
			resolves,
		})

		await saveActivityNarrative(a, report.id, narrative('Version A'))
		const late = await saveActivityNarrative(b, report.id, narrative('Version B'))
		expect(late).toMatchObject({ ok: false, problem: 'conflict' })
		const conflictId = late.ok || late.problem !== 'conflict' ? '' : late.conflictId
		await resolveConflict(b, report.id, conflictId, 'theirs', null)
		expect(await db.countryReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
			activityNarrative: 'Version A',
			activityRevision: 2,
		})

		const again = await saveActivityNarrative(b, report.id, narrative('Version B2'))
		const againId = again.ok || again.problem !== 'conflict' ? '' : again.conflictId
		// The merge is written against the version saved now (revision 2).
		const merged = await saveActivityNarrative(
			b,
			report.id,
			narrative('Version A, puis B2', 2, againId),
		)
		expect(merged).toEqual({ ok: true, changed: true })
		expect(await db.countryReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
			activityNarrative: 'Version A, puis B2',
			activityRevision: 3,
		})
		expect(
			await db.reportConflict.count({ where: { reportId: report.id, resolvedAt: null } }),
		).toBe(0)
		// Saving what is already there is no conflict, whatever the revision.
		expect(await saveActivityNarrative(a, report.id, narrative('Version A, puis B2'))).toEqual({
			ok: true,
			changed: false,
		})
	})

	test('a measure edited while someone removed it is kept, and can be added again', async () => {
		const r = await round()
		const a = { id: (await createUser('coordinator', { country: 'FR' })).id }
		const b = { id: (await createUser('contributor', { country: 'FR' })).id }
		const report = await ensureReport(null, r.id, 'FR')
		const goal = (await goalsOf(r.id)).get('t3-g2')!
		const added = await addMeasure(a, report.id, {
			id: measureId(),
			goalId: goal.id,
			kind: 'announced',
			fields: measure('Affiches en gare'),
		})
		const id = added.ok ? added.measureId! : ''
		// Removing a measure someone changed since is refused: its new text was not seen.
		await saveMeasure(b, report.id, id, {
			fields: measure('Affiches en gare et métro'),
			revision: 1,
		})
		expect(await removeMeasure(a, report.id, id, 1)).toEqual({
			ok: false,
			problem: 'changed-meanwhile',
		})
		expect(await removeMeasure(a, report.id, id, 2)).toEqual({ ok: true, changed: true })
		// Meanwhile b was still editing revision 2.
		const late = await saveMeasure(b, report.id, id, {
			fields: measure('Affiches en gare, métro et bus'),
			revision: 2,
			kind: 'announced',
			goalId: goal.id,
		})
		expect(late).toMatchObject({ ok: false, problem: 'conflict' })
		const conflictId = late.ok || late.problem !== 'conflict' ? '' : late.conflictId
		expect(await resolveConflict(b, report.id, conflictId, 'mine', null)).toMatchObject({
			ok: true,
		})
		const measures = await db.reportMeasure.findMany({ where: { reportId: report.id } })
		expect(measures.map((m) => [m.kind, m.goalId, m.title])).toEqual([
			['announced', goal.id, 'Affiches en gare, métro et bus'],
		])
	})

	test('a form posted twice adds one measure', async () => {
		const r = await round()
		const claire = await createUser('coordinator', { country: 'FR' })
		await ensureReport(null, r.id, 'FR')
		const goal = (await goalsOf(r.id)).get('t4-g1')!
		const form = {
			intent: 'add-measure',
			measureId: measureId(),
			goalId: goal.id,
			kind: 'in-place',
			title: 'Signalement en ligne',
			lang: 'fr',
			description: '',
		}
		expect((await post('edit', claire, r.id, 'FR', form)).outcome).toBe('ok')
		expect((await post('edit', claire, r.id, 'FR', form)).outcome).toBe('ok')
		expect(await db.reportMeasure.count({ where: { goalId: goal.id } })).toBe(1)
		// A measure without a title is refused, with the text sent kept in the answer.
		const refused = await post('edit', claire, r.id, 'FR', {
			...form,
			measureId: measureId(),
			title: ' ',
			description: 'Rien ne se perd.',
		})
		expect(refused.outcome).toBe(400)
		expect(refused.result).toMatchObject({
			data: {
				errors: { title: 'report.errors.title-required' },
				values: { description: 'Rien ne se perd.' },
			},
		})
	})
})

describe('measures announced in the previous round', () => {
	test('come back in the next report, shown with their state to give', async () => {
		const first = await round({ kind: 'stock-taking', title: 'Stock-taking' })
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const previous = await ensureReport(null, first.id, 'FR')
		const goals = await goalsOf(first.id)
		for (const [key, title, lang] of [
			['t3-g1', 'حملة للأهالي الناطقين بالعربية', 'ar'],
			['t3-g2', '面向华人家长的传单', 'zh'],
		] as const)
			await addMeasure({ id: null }, previous.id, {
				id: measureId(),
				goalId: goals.get(key)!.id,
				kind: 'announced',
				fields: measure(title, lang),
			})
		await transitionReport({ id: null }, previous.id, 'submit', '', { origin: '' })
		const second = await round({ previousRoundId: first.id, secretariatCountryCode: 'JP' })

		const page = (await edit(coordinator, second.id, 'FR')).result as {
			targets: {
				key: string
				goals: {
					key: string
					carried: {
						id: string
						title: string
						lang: string
						state: string
						announcedIn: string
						revision: number
					}[]
				}[]
			}[]
		}
		const carried = page.targets.flatMap((t) =>
			t.goals.flatMap((g) => g.carried.map((m) => ({ goal: g.key, ...m }))),
		)
		expect(carried.map((m) => [m.goal, m.title, m.lang, m.state, m.announcedIn])).toEqual([
			['t3-g1', 'حملة للأهالي الناطقين بالعربية', 'ar', '', 'Stock-taking'],
			['t3-g2', '面向华人家长的传单', 'zh', '', 'Stock-taking'],
		])
		const saved = await post('edit', coordinator, second.id, 'FR', {
			intent: 'save-carried',
			measureId: carried[0]!.id,
			revision: String(carried[0]!.revision),
			state: 'in-progress',
			stateComment: 'Lancée à Marseille, Lyon à suivre.',
		})
		expect(saved.outcome).toBe('ok')
		// A state outside the scale is refused.
		const wrong = await post('edit', coordinator, second.id, 'FR', {
			intent: 'save-carried',
			measureId: carried[1]!.id,
			revision: '1',
			state: 'forgotten',
			stateComment: '',
		})
		expect(wrong.outcome).toBe(400)
		const read = (await view(coordinator, second.id, 'FR')).result as typeof page & {
			gaps: { carriedWithoutState: number }
		}
		const shown = read.targets.flatMap((t) => t.goals.flatMap((g) => g.carried))
		expect(shown.map((m) => [m.title, m.state])).toEqual([
			['حملة للأهالي الناطقين بالعربية', 'in-progress'],
			['面向华人家长的传单', ''],
		])
		expect(read.gaps.carriedWithoutState).toBe(1)
		// Carried measures are what was announced: they are given a state, not removed.
		const report = await ensureReport(null, second.id, 'FR')
		expect(await removeMeasure({ id: coordinator.id }, report.id, carried[0]!.id, 2)).toEqual({
			ok: false,
			problem: 'not-found',
		})
		expect(
			await saveCarriedState({ id: coordinator.id }, report.id, carried[0]!.id, {
				fields: { state: 'done', stateComment: '' },
				revision: 2,
			}),
		).toEqual({ ok: true, changed: true, measureId: carried[0]!.id })
	})
})

describe('policy target 3 starts from the country’s activity in the exchange', () => {
	test('the figures of the period, computed from the data, then frozen at submission', async () => {
		await ensureCountries('FR', 'DE', 'BE', 'JP', 'US')
		const r = await round({
			periodStart: new Date('2025-01-01T00:00:00Z'),
			periodEnd: new Date('2026-06-30T23:59:59.999Z'),
		})
		const inPeriod = new Date('2025-06-15T10:00:00Z')
		const before = new Date('2024-11-30T10:00:00Z')
		// Campaigns: one ran in the period and is public; one ended before; one is not public.
		const running = await insertCampaign({
			countryCode: 'FR',
			originalLang: 'fr',
			startYear: 2024,
			endYear: null,
			reachCount: 120_000,
			reachUnit: 'students',
			evaluationMethod: 'survey',
			channels: [],
			audiences: ['parents-carers'],
			risks: ['grooming'],
			translations: [
				{ lang: 'en', title: 'Talk to them', summary: '.', results: 'Calls doubled.' },
				{ lang: 'fr', title: 'Parlez-leur', summary: '.', results: 'Les appels ont doublé.' },
			],
		})
		const ended = await insertCampaign({
			countryCode: 'FR',
			originalLang: 'fr',
			startYear: 2019,
			endYear: 2023,
			channels: [],
			audiences: ['children'],
			risks: ['grooming'],
			translations: [{ lang: 'fr', title: 'Ancienne', summary: '.' }],
		})
		await insertCampaign({
			countryCode: 'FR',
			originalLang: 'fr',
			startYear: 2025,
			channels: [],
			audiences: ['children'],
			risks: ['grooming'],
			translations: [{ lang: 'fr', title: 'Pas encore publique', summary: '.' }],
		})
		// France's materials: two published in the period (one in two languages), one before, one draft.
		const poster = await createMaterial({
			countryCode: 'FR',
			campaignId: running.id,
			publishedAt: inPeriod,
			audiences: ['parents-carers', 'children'],
			versions: [
				{ lang: 'fr', title: 'Affiche' },
				{ lang: 'ar', title: 'ملصق' },
			],
		})
		await createMaterial({
			countryCode: 'FR',
			campaignId: ended.id,
			publishedAt: before,
			audiences: ['children'],
		})
		await createMaterial({ countryCode: 'FR', status: 'draft', publishedAt: null })
		// An adaptation France made of Germany's material, in the period.
		const german = await createMaterial({
			countryCode: 'DE',
			publishedAt: before,
			originalLang: 'de',
			versions: [{ lang: 'de', title: 'Plakat' }],
		})
		await createMaterial({
			countryCode: 'FR',
			publishedAt: new Date('2026-02-01T00:00:00Z'),
			audiences: ['educators'],
			derivedFrom: { versionId: german.versions[0]!.id, kind: 'adaptation' },
			versions: [{ lang: 'fr', title: 'Affiche adaptée' }],
		})
		// Adaptations of France's poster: Belgium and Germany in the period, the US after it.
		for (const [country, at] of [
			['BE', new Date('2025-09-01T00:00:00Z')],
			['DE', new Date('2026-03-01T00:00:00Z')],
			['US', new Date('2026-08-01T00:00:00Z')],
		] as const)
			await createMaterial({
				countryCode: country,
				publishedAt: at,
				derivedFrom: { versionId: poster.versions[0]!.id, kind: 'translation' },
				versions: [{ lang: country === 'US' ? 'en' : country === 'DE' ? 'de' : 'nl', title: 'x' }],
			})
		// Downloads: 3 + 2 in the period, 7 before it, 5 of another country's material.
		await recordDownload(poster.versions[0]!.id, inPeriod)
		await recordDownload(poster.versions[0]!.id, inPeriod)
		await recordDownload(poster.versions[1]!.id, new Date('2026-06-30T22:00:00Z'))
		await recordDownload(poster.versions[1]!.id, new Date('2025-01-01T00:30:00Z'))
		await recordDownload(poster.versions[1]!.id, new Date('2025-01-01T00:40:00Z'))
		for (let i = 0; i < 7; i++) await recordDownload(poster.versions[0]!.id, before)
		for (let i = 0; i < 5; i++) await recordDownload(german.versions[0]!.id, inPeriod)

		const period = { start: r.periodStart, end: r.periodEnd }
		const figures = await summarizeCountryActivity('FR', period)
		expect(figures).toEqual({
			periodStart: '2025-01-01T00:00:00.000Z',
			periodEnd: '2026-06-30T23:59:59.999Z',
			campaigns: [
				{
					id: running.id,
					title: 'Parlez-leur',
					lang: 'fr',
					startYear: 2024,
					endYear: null,
					reachCount: 120_000,
					reachUnit: 'students',
					evaluationMethod: 'survey',
					results: 'Les appels ont doublé.',
				},
			],
			materialsPublished: 2,
			byLanguage: [
				{ key: 'fr', count: 2 },
				{ key: 'ar', count: 1 },
			],
			byAudience: [
				{ key: 'children', count: 1 },
				{ key: 'educators', count: 1 },
				{ key: 'parents-carers', count: 1 },
			],
			adaptationsMade: { count: 1, fromCountries: [{ key: 'DE', count: 1 }] },
			adaptationsReceived: {
				count: 2,
				byCountries: [
					{ key: 'BE', count: 1 },
					{ key: 'DE', count: 1 },
				],
			},
			downloads: 5,
		})

		// The report shows them live while France writes...
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const live = (await edit(coordinator, r.id, 'FR')).result as {
			activity: { figures: typeof figures; frozen: boolean; publicCampaigns: string[] }
		}
		expect(live.activity).toMatchObject({ figures, frozen: false, publicCampaigns: [running.id] })
		// ...frozen when it is submitted: later downloads no longer change what was sent.
		expect((await post('report', coordinator, r.id, 'FR', { intent: 'submit' })).outcome).toBe('ok')
		await recordDownload(poster.versions[0]!.id, new Date('2026-01-10T00:00:00Z'))
		expect((await summarizeCountryActivity('FR', period)).downloads).toBe(6)
		const frozen = (await view(coordinator, r.id, 'FR')).result as typeof live
		expect(frozen.activity).toMatchObject({ frozen: true, figures: { downloads: 5 } })
		const stored = await db.countryReport.findUniqueOrThrow({
			where: { roundId_countryCode: { roundId: r.id, countryCode: 'FR' } },
		})
		expect(JSON.parse(stored.activity!)).toEqual(figures)
	})

	test('evidence is the country’s own public work, shown as links', async () => {
		const r = await round()
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const report = await ensureReport(null, r.id, 'FR')
		const goal = (await goalsOf(r.id)).get('t3-g1')!
		const own = await createMaterial({ countryCode: 'FR' })
		const draft = await createMaterial({ countryCode: 'FR', status: 'draft', publishedAt: null })
		const foreign = await createMaterial({ countryCode: 'DE' })
		const form = (materials: string[]) => ({
			intent: 'add-measure',
			measureId: measureId(),
			goalId: goal.id,
			kind: 'in-place',
			title: 'Affiches',
			lang: 'fr',
			description: '',
			materials,
		})
		for (const other of [draft.id, foreign.id]) {
			const refused = await post('edit', coordinator, r.id, 'FR', form([own.id, other]))
			expect(refused.outcome).toBe(409)
			expect(refused.result).toMatchObject({
				data: { problem: 'report.edit.problems.invalid-evidence' },
			})
		}
		expect((await post('edit', coordinator, r.id, 'FR', form([own.id]))).outcome).toBe('ok')
		const page = (await view(coordinator, r.id, 'FR')).result as {
			targets: { goals: { inPlace: { evidence: unknown[] }[] }[] }[]
		}
		expect(page.targets.flatMap((t) => t.goals.flatMap((g) => g.inPlace))[0]!.evidence).toEqual([
			{ type: 'material', id: own.id, title: own.versions[0]!.title, lang: 'fr', isPublic: true },
		])
		const options = (await edit(coordinator, r.id, 'FR')).result as {
			evidenceOptions: { materials: { id: string }[] }
		}
		const offered = options.evidenceOptions.materials.map((m) => m.id)
		expect(offered).toContain(own.id)
		expect(offered).not.toContain(draft.id)
		expect(offered).not.toContain(foreign.id)
		expect(await db.reportEvidence.count({ where: { measure: { reportId: report.id } } })).toBe(1)
	})
})

describe('the report as PDF', () => {
	test('says what the page says: measures in their own scripts, their evidence, the figures of policy target 3', async () => {
		const r = await round()
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const actor = { id: coordinator.id }
		const campaign = await insertCampaign({
			countryCode: 'FR',
			originalLang: 'fr',
			startYear: 2025,
			endYear: 2026,
			reachCount: 420_000,
			reachUnit: 'students',
			evaluationMethod: 'survey',
			channels: [],
			audiences: ['children'],
			risks: ['grooming'],
			translations: [
				{ lang: 'fr', title: 'Les écrans, parlons-en', summary: '.', results: 'Appels +30 %.' },
			],
		})
		await createMaterial({
			countryCode: 'FR',
			campaignId: campaign.id,
			publishedAt: new Date('2025-03-01T00:00:00Z'),
		})
		const report = await ensureReport(null, r.id, 'FR')
		const goals = await goalsOf(r.id)
		const hebrew = 'סדנאות להורים על פיתוי ברשת'
		const japanese = '保護者向けの出前講座'
		const arabicComment = 'نشرنا الملصقات في المدارس'
		await addMeasure(actor, report.id, {
			id: measureId(),
			goalId: goals.get('t3-g1')!.id,
			kind: 'in-place',
			fields: { ...measure(hebrew, 'he'), campaigns: [campaign.id] },
		})
		await addMeasure(actor, report.id, {
			id: measureId(),
			goalId: goals.get('t3-g2')!.id,
			kind: 'announced',
			fields: measure(japanese, 'ja'),
		})
		await saveGoalEntry(actor, report.id, goals.get('t3-g1')!.id, {
			fields: { assessment: 'some', assessmentText: arabicComment, followUp: '' },
			revision: 1,
		})
		await saveActivityNarrative(actor, report.id, {
			fields: { narrative: 'Trois pays ont adapté nos affiches.' },
			revision: 1,
		})

		const page = pageOf(r.id, 'FR', '/report.pdf')
		const pdf = await call(pdfRoute.loader as never, page.url.replace('/fr/', '/en/'), {
			cookie: coordinator.cookie,
			params: { ...page.params, lang: 'en' },
		})
		const response = pdf.result as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('content-type')).toBe('application/pdf')
		const text = pdfText(Buffer.from(await response.arrayBuffer()))
		expect(text).toContain(hebrew)
		expect(text).toContain(japanese)
		expect(text).toContain(asExtracted(arabicComment))
		// The figures of policy target 3, the campaign in its own unit, and the narrative.
		expect(text).toContain('Your country’s activity in the exchange, Jan 1, 2025 – Jun 30, 2026')
		expect(text).toContain(
			'Les écrans, parlons-en 2025–2026 Reach: 420,000 pupils and students Evaluation: Survey Results: Appels +30 %.',
		)
		expect(text).toContain('Trois pays ont adapté nos affiches.')
		// The Hebrew measure's evidence, named.
		expect(text).toMatch(new RegExp(`${hebrew}.*In the exchange Campaign: Les écrans, parlons-en`))
	})
})
