import { describe, expect, test } from 'vitest'
import { action as adaptAction, loader as adaptLoader } from '#app/routes/$lang.adapt.$id.tsx'
import { action as reviewAction } from '#app/routes/$lang.review.$id.tsx'
import {
	action as translateAction,
	loader as translateLoader,
} from '#app/routes/$lang.workspace.adaptations.$id.translate.tsx'
import {
	action as materialAction,
	loader as materialLoader,
} from '#app/routes/$lang.workspace.materials.$id.tsx'
import { action as permissionsAction } from '#app/routes/$lang.workspace.permissions.tsx'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

let n = 0
const draftId = () => `dadapt${Date.now()}${++n}abcdef`

async function frenchPoster(licence: 'cc-by-sa-4.0' | 'cc-by-nd-4.0' = 'cc-by-sa-4.0') {
	const m = await createMaterial({
		countryCode: 'FR',
		licence,
		versions: [
			{ lang: 'fr', title: 'Parle-moi', description: 'Appelle le 3018 si quelqu’un te menace.' },
		],
	})
	await db.versionSegment.create({
		data: { versionId: m.versions[0]!.id, key: 'helpline', text: '3018' },
	})
	return m
}

function adaptForm(sourceVersionId: string, id: string, licence: string) {
	return {
		intent: 'adapt',
		draftId: id,
		countryCode: 'IL',
		sourceVersionId,
		lang: 'ar',
		licence,
		kind: 'adaptation',
	}
}

describe('adapting another country’s material', () => {
	test('the derivative is a draft of the adapting country, linked to the exact source version, once', async () => {
		const source = await frenchPoster()
		const israeli = await createUser('contributor', { country: 'IL' })
		const options = await call(adaptLoader, `/en/adapt/${source.id}`, {
			params: { lang: 'en', id: source.id },
			cookie: israeli.cookie,
		})
		expect(options.outcome).toBe('ok')
		const id = draftId()
		const form = adaptForm(source.versions[0]!.id, id, 'cc-by-sa-4.0')
		for (let i = 0; i < 2; i++) {
			const created = await call(adaptAction, '/x', {
				params: { lang: 'en', id: source.id },
				cookie: israeli.cookie,
				form,
			})
			expect(created.outcome).toBe('ok')
		}
		const derivative = await db.material.findUniqueOrThrow({
			where: { id },
			include: { versions: { include: { segments: true } } },
		})
		expect(derivative).toMatchObject({
			countryCode: 'IL',
			status: 'draft',
			licence: 'cc-by-sa-4.0',
			derivedFromVersionId: source.versions[0]!.id,
			derivedFromRevision: 1,
			derivationKind: 'adaptation',
			originalLang: 'ar',
		})
		expect(derivative.versions[0]!.segments.map((s) => [s.key, s.sourceText]).sort()).toEqual(
			[
				['description', 'Appelle le 3018 si quelqu’un te menace.'],
				['helpline', '3018'],
				['legal', ''],
				['title', 'Parle-moi'],
			].sort(),
		)
		// ShareAlike: no other licence may be chosen.
		const other = await call(adaptAction, '/x', {
			params: { lang: 'en', id: source.id },
			cookie: israeli.cookie,
			form: adaptForm(source.versions[0]!.id, draftId(), 'cc-by-4.0'),
		})
		expect(other.outcome).toBe(400)
	})

	test('side by side: progress, save and resume, discouraged terms flagged, changes in the source shown', async () => {
		const source = await frenchPoster()
		const israeli = await createUser('contributor', { country: 'IL' })
		const id = draftId()
		await call(adaptAction, '/x', {
			params: { lang: 'en', id: source.id },
			cookie: israeli.cookie,
			form: adaptForm(source.versions[0]!.id, id, 'cc-by-sa-4.0'),
		})
		const params = { lang: 'en', id }
		const before = (await call(translateLoader, '/x', { params, cookie: israeli.cookie }))
			.result as {
			segments: { key: string; text: string }[]
		}
		expect(before.segments.map((s) => s.key)).toEqual(['title', 'description', 'helpline', 'legal'])

		const saved = await call(translateAction, '/x', {
			params,
			cookie: israeli.cookie,
			form: { 'segment:title': 'تحدّث معي', 'segment:helpline': '1202', 'segment:bogus': 'ignored' },
		})
		expect(saved.outcome).toBe('ok')
		const version = await db.materialVersion.findFirstOrThrow({
			where: { materialId: id },
			include: { segments: true },
		})
		expect(version.title).toBe('تحدّث معي')
		expect(version.segments.find((s) => s.key === 'helpline')?.text).toBe('1202')

		// The owner changes the source: the adaptation shows which parts changed.
		await db.materialVersion.update({
			where: { id: source.versions[0]!.id },
			data: { title: 'Parle-moi vite', revision: { increment: 1 } },
		})
		const after = (await call(translateLoader, '/x', { params, cookie: israeli.cookie }))
			.result as {
			changed: string[]
			sourceChanged: boolean
		}
		expect(after).toMatchObject({ changed: ['title'], sourceChanged: true })

		// Once the adapting country has checked the change, the notice goes, until the next one.
		const reviewed = await call(translateAction, '/x', {
			params,
			cookie: israeli.cookie,
			form: { intent: 'mark-reviewed' },
		})
		expect(reviewed.outcome).toBe('ok')
		const later = (await call(translateLoader, '/x', { params, cookie: israeli.cookie }))
			.result as {
			changed: string[]
			sourceChanged: boolean
		}
		expect(later).toMatchObject({ changed: [], sourceChanged: false })
		expect(await db.material.findUniqueOrThrow({ where: { id } })).toMatchObject({
			derivedFromRevision: 2,
		})
		// Another country cannot acknowledge it for them.
		const german = await createUser('contributor', { country: 'DE' })
		expect(
			(
				await call(translateAction, '/x', {
					params,
					cookie: german.cookie,
					form: { intent: 'mark-reviewed' },
				})
			).outcome,
		).toBe(404)
	})

	test('a NoDerivatives material: a crafted request is refused; permission is asked, granted, then adapting works', async () => {
		const source = await frenchPoster('cc-by-nd-4.0')
		const israeli = await createUser('contributor', { country: 'IL' })
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const params = { lang: 'en', id: source.id }
		const id = draftId()
		const crafted = await call(adaptAction, '/x', {
			params,
			cookie: israeli.cookie,
			form: adaptForm(source.versions[0]!.id, id, 'cc-by-nd-4.0'),
		})
		expect(crafted.outcome).toBe(403)
		expect(await db.material.count({ where: { id } })).toBe(0)

		const asked = await call(adaptAction, '/x', {
			params,
			cookie: israeli.cookie,
			form: { intent: 'request-permission', countryCode: 'IL', message: 'For our schools.' },
		})
		expect(asked.outcome).toBe('ok')
		const request = await db.adaptationPermission.findFirstOrThrow({
			where: { materialId: source.id },
		})
		expect(
			await db.inboxMessage.count({
				where: { userId: coordinator.id, kind: 'permission-requested' },
			}),
		).toBe(1)
		// Another country's coordinator cannot decide for France.
		const german = await createUser('coordinator', { country: 'DE' })
		expect(
			(
				await call(permissionsAction, '/x', {
					params: { lang: 'en' },
					cookie: german.cookie,
					form: { id: request.id, decision: 'grant' },
				})
			).outcome,
		).toBe(403)
		expect(
			(
				await call(permissionsAction, '/x', {
					params: { lang: 'en' },
					cookie: coordinator.cookie,
					form: { id: request.id, decision: 'grant' },
				})
			).outcome,
		).toBe('ok')
		expect(
			await db.inboxMessage.count({ where: { userId: israeli.id, kind: 'permission-granted' } }),
		).toBe(1)

		const allowed = await call(adaptAction, '/x', {
			params,
			cookie: israeli.cookie,
			form: adaptForm(source.versions[0]!.id, id, 'cc-by-nd-4.0'),
		})
		expect(allowed.outcome).toBe('ok')
		expect(await db.material.findUniqueOrThrow({ where: { id } })).toMatchObject({
			licence: 'cc-by-nd-4.0',
			countryCode: 'IL',
		})
	})

	test('when the adaptation is published, the owning country is told in its inbox and by mail', async () => {
		const source = await frenchPoster()
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const israeli = await createUser('contributor', { country: 'IL' })
		const reviewer = await createUser('reviewer')
		const id = draftId()
		await call(adaptAction, '/x', {
			params: { lang: 'en', id: source.id },
			cookie: israeli.cookie,
			form: adaptForm(source.versions[0]!.id, id, 'cc-by-sa-4.0'),
		})
		await call(translateAction, '/x', {
			params: { lang: 'en', id },
			cookie: israeli.cookie,
			form: { 'segment:title': 'تحدّث معي' },
		})
		expect(
			(
				await call(materialAction, '/x', {
					params: { lang: 'en', id },
					cookie: israeli.cookie,
					form: { intent: 'submit' },
				})
			).outcome,
		).toBe('ok')
		expect(
			await db.inboxMessage.count({ where: { userId: coordinator.id, kind: 'adapted' } }),
		).toBe(0)
		expect(
			(
				await call(reviewAction, '/x', {
					params: { lang: 'en', id },
					cookie: reviewer.cookie,
					form: { decision: 'publish', confirmed: 'yes' },
				})
			).outcome,
		).toBe('ok')
		expect(
			await db.inboxMessage.count({
				where: { userId: coordinator.id, kind: 'adapted', materialId: id },
			}),
		).toBe(1)
		const mail = await db.mailMessage.findFirstOrThrow({
			where: { to: coordinator.email, kind: 'adapted' },
		})
		expect(mail.subject).toContain('Parle-moi')
		expect(mail.subject).toContain('Israel')
	})

	test('the terminology check runs on every material’s text: its advice is shown after each save', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const m = await createMaterial({
			countryCode: 'FR',
			status: 'draft',
			publishedAt: null,
			versions: [
				{
					lang: 'fr',
					title: 'Prévenir la prostitution infantile',
					description: 'Ce que dit la loi sur la pédopornographie.',
				},
			],
		})
		const page = await call(materialLoader, `/en/workspace/materials/${m.id}`, {
			params: { lang: 'en', id: m.id },
			cookie: contributor.cookie,
		})
		expect(page.outcome).toBe('ok')
		const advice = (
			page.result as {
				material: { versions: { terminology: { found: string; preferred: string }[] }[] }
			}
		).material.versions[0]!.terminology
		expect(advice.map((a) => a.found)).toEqual(['prostitution infantile', 'pédopornographie'])
		expect(advice.every((a) => a.preferred.length > 0)).toBe(true)
	})
})
