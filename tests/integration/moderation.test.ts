import { describe, expect, test } from 'vitest'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { listAuditEntries } from '#app/models/audit.server.ts'
import { searchMaterials } from '#app/models/search.server.ts'
import { loader as inboxLoader } from '#app/routes/$lang.inbox.tsx'
import { loader as publicLoader } from '#app/routes/$lang.materials.$id.tsx'
import { action as reviewAction, loader as reviewLoader } from '#app/routes/$lang.review.$id.tsx'
import { loader as queueLoader } from '#app/routes/$lang.review._index.tsx'
import { action as materialAction } from '#app/routes/$lang.workspace.materials.$id.tsx'
import { action as newAction } from '#app/routes/$lang.workspace.materials.new.tsx'
import { db } from '#app/utils/db.server.ts'
import { insertMaterial } from '#app/models/material/drafts.server.ts'
import { createMaterial, createUser, ensureCountries } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

const form = (draftId: string, title: string) => ({
	draftId,
	title,
	description: 'Des signes qui doivent alerter les parents.',
	lang: 'fr',
	resourceType: 'leaflet',
	licence: 'cc-by-sa-4.0',
	audiences: ['parents-carers'],
	risks: ['grooming', 'sextortion'],
	ageMin: '9',
	ageMax: '17',
})

const search = async (q: string) =>
	(
		await searchMaterials({ q, filters: emptyFilters(), page: 1, pageSize: 10, uiLang: 'fr' })
	).items.map((item) => item.id)

describe('moderation', () => {
	test('draft → submitted → changes requested → resubmitted → published, public only at the end', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const reviewer = await createUser('reviewer')
		const draftId = `dmoderation${Date.now()}`
		const title = 'Dépliant zèbre orchidée'

		// A double click posts the form twice: one material.
		for (let i = 0; i < 2; i++) {
			const created = await call(newAction, '/fr/workspace/materials/new', {
				params: { lang: 'fr' },
				cookie: contributor.cookie,
				form: form(draftId, title),
			})
			expect(created.outcome).toBe('ok')
		}
		expect(await db.material.count({ where: { id: draftId } })).toBe(1)
		const params = { lang: 'fr', id: draftId }
		const isPublic = async () =>
			(await call(publicLoader, `/fr/materials/${draftId}`, { params })).outcome === 'ok'
		expect(await isPublic()).toBe(false)

		expect(
			(
				await call(materialAction, '/x', {
					params,
					cookie: contributor.cookie,
					form: { intent: 'submit' },
				})
			).outcome,
		).toBe('ok')
		// Submitting twice is refused with a reason, not a second transition.
		expect(
			(
				await call(materialAction, '/x', {
					params,
					cookie: contributor.cookie,
					form: { intent: 'submit' },
				})
			).outcome,
		).toBe(409)
		const queue = await call(queueLoader, '/fr/review', {
			params: { lang: 'fr' },
			cookie: reviewer.cookie,
		})
		expect((queue.result as { queue: { id: string }[] }).queue.map((m) => m.id)).toContain(draftId)

		const noReason = await call(reviewAction, '/x', {
			params,
			cookie: reviewer.cookie,
			form: { decision: 'request-changes', reason: '  ' },
		})
		expect(noReason.outcome).toBe(400)
		expect((await db.material.findUniqueOrThrow({ where: { id: draftId } })).status).toBe(
			'submitted',
		)
		const reason = 'Ajoutez le numéro du 3018, s’il vous plaît.'
		expect(
			(
				await call(reviewAction, '/x', {
					params,
					cookie: reviewer.cookie,
					form: { decision: 'request-changes', reason },
				})
			).outcome,
		).toBe('ok')

		// The contributor sees the reason in the inbox, and a mail in their language was queued.
		const inbox = await call(inboxLoader, '/fr/inbox', {
			params: { lang: 'fr' },
			cookie: contributor.cookie,
		})
		expect(
			(inbox.result as { messages: { kind: string; body: string }[] }).messages[0],
		).toMatchObject({ kind: 'request-changes', body: reason })
		const mail = await db.mailMessage.findFirstOrThrow({
			where: { to: contributor.email, kind: 'review-decision' },
		})
		expect(mail.text).toContain(reason)
		expect(await isPublic()).toBe(false)
		expect(await search('zèbre orchidée')).not.toContain(draftId)

		const fixed = await call(materialAction, '/x', {
			params,
			cookie: contributor.cookie,
			form: { intent: 'save', ...form(draftId, `${title} 3018`) },
		})
		expect(fixed.outcome).toBe('ok')
		expect(
			(
				await call(materialAction, '/x', {
					params,
					cookie: contributor.cookie,
					form: { intent: 'submit' },
				})
			).outcome,
		).toBe('ok')
		expect(
			(
				await call(reviewAction, '/x', {
					params,
					cookie: reviewer.cookie,
					form: { decision: 'publish', confirmed: 'yes' },
				})
			).outcome,
		).toBe('ok')
		// A second reviewer's click on the same decision finds it already made.
		expect(
			(
				await call(reviewAction, '/x', {
					params,
					cookie: reviewer.cookie,
					form: { decision: 'publish', confirmed: 'yes' },
				})
			).outcome,
		).toBe(409)

		expect(await isPublic()).toBe(true)
		expect(await search('zèbre orchidée')).toContain(draftId)

		const events = await db.moderationEvent.findMany({
			where: { materialId: draftId },
			orderBy: { createdAt: 'asc' },
		})
		expect(events.map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual([
			'draft>submitted',
			'submitted>changes-requested',
			'changes-requested>submitted',
			'submitted>published',
		])
		expect(events[1]).toMatchObject({ userId: reviewer.id, reason })

		const log = await listAuditEntries({ countryCode: 'FR', userId: null })
		const mine = log.entries.filter((e) => e.entityId === draftId).map((e) => e.action)
		expect(mine.reverse()).toEqual([
			'create',
			'submit',
			'request-changes',
			'edit',
			'submit',
			'publish',
		])
		const byReviewer = await listAuditEntries({ userId: reviewer.id })
		expect(byReviewer.entries.every((e) => e.user?.id === reviewer.id)).toBe(true)
		const today = new Date().toISOString().slice(0, 10)
		expect(
			(await listAuditEntries({ from: today, to: today, countryCode: 'FR' })).total,
		).toBeGreaterThanOrEqual(6)
		expect((await listAuditEntries({ from: '2000-01-01', to: '2000-01-02' })).total).toBe(0)

		// Withdrawn: gone from the public page and from search at once.
		expect(
			(
				await call(reviewAction, '/x', {
					params,
					cookie: reviewer.cookie,
					form: { decision: 'withdraw', reason: 'Numéro obsolète.' },
				})
			).outcome,
		).toBe('ok')
		expect(await isPublic()).toBe(false)
		expect(await search('zèbre orchidée')).not.toContain(draftId)
	}, 60_000)

	test('a failed write leaves no audit entry (same transaction)', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const before = await db.auditEntry.count()
		const bad = await call(newAction, '/fr/workspace/materials/new', {
			params: { lang: 'fr' },
			cookie: contributor.cookie,
			form: { ...form(`dbad${Date.now()}xxxxxx`, ''), licence: 'stolen' },
		})
		expect(bad.outcome).toBe(400)
		expect(await db.auditEntry.count()).toBe(before)
	})
})

describe('countries', () => {
	test('administrators add countries with a valid code and year; bad input changes nothing', async () => {
		const { setCountryMembership } = await import('#app/models/country.server.ts')
		const admin = await createUser('admin')
		for (const [code, year] of [
			['ZZ', 2014],
			['XA', 2014],
			['12', 2014],
			['<script>', null],
			['NZ', 1999],
			['NZ', 2012.5],
		] as const) {
			const before = await db.country.findUnique({
				where: { code: code.slice(0, 2).toUpperCase() },
			})
			expect((await setCountryMembership(admin, { code, allianceSince: year })).ok).toBe(false)
			expect(
				await db.country.findUnique({ where: { code: code.slice(0, 2).toUpperCase() } }),
			).toEqual(before)
		}
		expect(await setCountryMembership(admin, { code: 'is', allianceSince: 2014 })).toEqual({
			ok: true,
		})
		expect(await db.country.findUniqueOrThrow({ where: { code: 'IS' } })).toMatchObject({
			allianceSince: 2014,
		})
		expect(
			await db.auditEntry.count({
				where: { entityType: 'country', entityId: 'IS', userId: admin.id },
			}),
		).toBe(1)
	})
})

describe('review pages to people who may not review', () => {
	test('an existing submission and a missing one get the same 404, read or posted to', async () => {
		const submitted = await createMaterial({
			countryCode: 'FR',
			status: 'submitted',
			publishedAt: null,
		})
		const missing = 'cmissing0000000000000000'
		const answer = async (result: unknown) => {
			expect(result).toBeInstanceOf(Response)
			const response = result as Response
			return { status: response.status, body: await response.text() }
		}
		for (const role of ['contributor', 'coordinator', 'admin'] as const) {
			const who = await createUser(role, { country: 'FR' })
			const answers = []
			for (const id of [submitted.id, missing]) {
				const params = { lang: 'en', id }
				answers.push(
					await answer(
						(await call(reviewLoader, `/en/review/${id}`, { params, cookie: who.cookie })).result,
					),
				)
				answers.push(
					await answer(
						(
							await call(reviewAction, `/en/review/${id}`, {
								params,
								cookie: who.cookie,
								form: { decision: 'publish', confirmed: 'yes' },
							})
						).result,
					),
				)
			}
			expect(answers[0], role).toEqual({ status: 404, body: 'Not found' })
			for (const other of answers) expect(other, role).toEqual(answers[0])
		}
		expect((await db.material.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe(
			'submitted',
		)
	})
})

describe('the reviewer sees what matters', () => {
	test('publishing asks for confirmation first, then says it is done with a link to the public page', async () => {
		const reviewer = await createUser('reviewer')
		const material = await createMaterial({ countryCode: 'FR', status: 'submitted' })
		const params = { lang: 'en', id: material.id }
		const first = await call(reviewAction, `/en/review/${material.id}`, {
			params,
			cookie: reviewer.cookie,
			form: { decision: 'publish' },
		})
		expect((first.result as Response).headers.get('location')).toBe(
			`/en/review/${material.id}?confirm=publish`,
		)
		expect((await db.material.findUniqueOrThrow({ where: { id: material.id } })).status).toBe(
			'submitted',
		)
		const page = await call(reviewLoader, `/en/review/${material.id}?confirm=publish`, {
			params,
			cookie: reviewer.cookie,
		})
		expect(page.result).toMatchObject({ confirming: true })

		const confirmed = await call(reviewAction, `/en/review/${material.id}`, {
			params,
			cookie: reviewer.cookie,
			form: { decision: 'publish', confirmed: 'yes' },
		})
		expect((confirmed.result as Response).headers.get('location')).toBe(
			`/en/review?done=published&material=${material.id}`,
		)
		expect((await db.material.findUniqueOrThrow({ where: { id: material.id } })).status).toBe(
			'published',
		)
	})

	test('requesting changes without a reason is refused and changes nothing', async () => {
		const reviewer = await createUser('reviewer')
		const material = await createMaterial({ countryCode: 'FR', status: 'submitted' })
		const refused = await call(reviewAction, `/en/review/${material.id}`, {
			params: { lang: 'en', id: material.id },
			cookie: reviewer.cookie,
			form: { decision: 'request-changes', reason: '   ' },
		})
		expect(refused.outcome).toBe(400)
		expect(refused.result).toMatchObject({ data: { problem: 'moderation.reason-required' } })
		expect((await db.material.findUniqueOrThrow({ where: { id: material.id } })).status).toBe(
			'submitted',
		)
	})

	test('a withdrawn material edited and sent back shows its reviewer what changed since it was public', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const reviewer = await createUser('reviewer')
		const draftId = `dwithdrawn${Date.now()}`
		const params = { lang: 'fr', id: draftId }
		const post = (
			action: typeof reviewAction | typeof materialAction,
			cookie: string,
			body: Record<string, string | string[]>,
		) => call(action, '/x', { params, cookie, form: body })
		await call(newAction, '/fr/workspace/materials/new', {
			params: { lang: 'fr' },
			cookie: contributor.cookie,
			form: form(draftId, 'Appelez le 0800 05 1234'),
		})
		expect((await post(materialAction, contributor.cookie, { intent: 'submit' })).outcome).toBe(
			'ok',
		)
		await post(reviewAction, reviewer.cookie, { decision: 'publish', confirmed: 'yes' })
		const review = async () =>
			(
				(await call(reviewLoader, `/fr/review/${draftId}`, { params, cookie: reviewer.cookie }))
					.result as { sinceWithdrawal: unknown }
			).sinceWithdrawal
		// Never withdrawn: nothing to compare with.
		expect(await review()).toBeNull()

		const withdrawn = await post(reviewAction, reviewer.cookie, {
			decision: 'withdraw',
			reason: 'Le numéro a changé.',
		})
		expect(withdrawn.outcome).toBe('ok')
		const fixed = await post(materialAction, contributor.cookie, {
			intent: 'save',
			...form(draftId, 'Appelez le 3018'),
			licence: 'cc-by-4.0',
		})
		expect(fixed.outcome).toBe('ok')
		expect((await post(materialAction, contributor.cookie, { intent: 'submit' })).outcome).toBe(
			'ok',
		)
		expect(await review()).toEqual(
			expect.arrayContaining([
				{ kind: 'fact', fact: 'licence', before: ['cc-by-sa-4.0'], after: ['cc-by-4.0'] },
				{
					kind: 'text',
					lang: 'fr',
					part: 'title',
					before: 'Appelez le 0800 05 1234',
					after: 'Appelez le 3018',
				},
			]),
		)
		// Published again, it is the public version: the kept state goes.
		await post(reviewAction, reviewer.cookie, { decision: 'publish', confirmed: 'yes' })
		expect(
			(await db.material.findUniqueOrThrow({ where: { id: draftId } })).lastPublished,
		).toBeNull()
		expect(await review()).toBeNull()
	})

	test('an adaptation shows what it adapts, with the comparison, and the terminology advice its country got', async () => {
		const reviewer = await createUser('reviewer')
		const source = await createMaterial({
			countryCode: 'FR',
			status: 'published',
			licence: 'cc-by-sa-4.0',
			versions: [{ lang: 'fr', title: 'Parle-moi', description: 'Une affiche.' }],
		})
		await ensureCountries('JP')
		const adaptation = await insertMaterial({
			countryCode: 'JP',
			status: 'submitted',
			resourceType: 'poster',
			licence: 'cc-by-sa-4.0',
			originalLang: 'ja',
			audiences: ['children'],
			risks: ['grooming'],
			derivedFrom: { versionId: source.versions[0]!.id, kind: 'adaptation' },
			versions: [
				{ lang: 'ja', title: '話して', description: '児童ポルノについて相談してください。' },
			],
		})
		const page = await call(reviewLoader, `/en/review/${adaptation.id}`, {
			params: { lang: 'en', id: adaptation.id },
			cookie: reviewer.cookie,
		})
		expect(page.result).toMatchObject({
			adaptedFrom: {
				kind: 'adaptation',
				materialId: source.id,
				countryCode: 'FR',
				title: 'Parle-moi',
				licence: 'cc-by-sa-4.0',
			},
			revision: null,
			material: {
				versions: [
					{
						lang: 'ja',
						terminology: [expect.objectContaining({ found: '児童ポルノ' })],
					},
				],
			},
		})
	})
})
