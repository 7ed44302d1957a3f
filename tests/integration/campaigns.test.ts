import { describe, expect, test } from 'vitest'
import { insertCampaign } from '#app/models/campaign.server.ts'
import {
	loader as editLoader,
	action as editAction,
} from '#app/routes/$lang.workspace.campaigns.$id.tsx'
import { loader as listLoader } from '#app/routes/$lang.workspace.campaigns._index.tsx'
import {
	loader as newLoader,
	action as newAction,
} from '#app/routes/$lang.workspace.campaigns.new.tsx'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser, ensureCountries } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

let n = 0
const newId = () => `ctest${String(++n).padStart(4, '0')}${Math.random().toString(36).slice(2, 12)}`

const form = (campaignId: string, overrides: Record<string, string | string[]> = {}) => ({
	campaignId,
	lang: 'en',
	title: 'Think before you share',
	summary: 'A national campaign about sharing intimate images.',
	objectives: 'Make young people aware of the risks.',
	startYear: '2021',
	endYear: '2022',
	reachCount: '350000',
	evaluationMethod: 'survey',
	channels: ['schools', 'social-media'],
	audiences: ['young-people', 'parents-carers'],
	risks: ['self-generated', 'non-consensual-sharing'],
	reach: 'Assemblies in 400 schools.',
	results: 'Twice as many calls to the helpline.',
	lessonsLearned: 'Young people wrote the best messages.',
	...overrides,
})

const newUrl = '/en/workspace/campaigns/new'
const editParams = (id: string) => ({ lang: 'en', id })

const snapshot = (id: string) =>
	db.campaign.findUnique({
		where: { id },
		include: { translations: true, channels: true, audiences: true, risks: true },
	})

const errorsOf = (result: unknown) =>
	(result as { data: { errors: Record<string, string> } }).data.errors

const germanCampaign = async () => {
	await ensureCountries('DE')
	return insertCampaign({
		countryCode: 'DE',
		originalLang: 'de',
		startYear: 2019,
		channels: ['radio'],
		audiences: ['parents-carers'],
		risks: ['grooming'],
		translations: [{ lang: 'de', title: 'Sicher online', summary: 'Eine Kampagne.' }],
	})
}

describe('campaigns in the workspace', () => {
	test('a contributor creates a campaign; a form posted twice creates one', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const page = await call(newLoader, newUrl, {
			params: { lang: 'en' },
			cookie: contributor.cookie,
		})
		expect(page.outcome).toBe('ok')
		const campaignId = (page.result as { campaignId: string }).campaignId
		expect(campaignId).toMatch(/^[a-z0-9][a-z0-9-]{9,63}$/)

		// A double click posts the same form twice: one campaign, one audit entry.
		for (let i = 0; i < 2; i++) {
			const created = await call(newAction, newUrl, {
				params: { lang: 'en' },
				cookie: contributor.cookie,
				form: form(campaignId, { originalLang: 'de' }),
			})
			expect(created.outcome).toBe('ok')
			expect((created.result as Response).headers.get('location')).toBe(
				`/en/workspace/campaigns/${campaignId}?created=1`,
			)
		}
		expect(await db.campaign.count({ where: { id: campaignId } })).toBe(1)
		const campaign = await snapshot(campaignId)
		expect(campaign).toMatchObject({
			countryCode: 'FR',
			// The first text is the original, whatever else was posted.
			originalLang: 'en',
			startYear: 2021,
			endYear: 2022,
			reachCount: 350_000,
			evaluationMethod: 'survey',
			translations: [
				{
					lang: 'en',
					title: 'Think before you share',
					lessonsLearned: 'Young people wrote the best messages.',
				},
			],
		})
		expect(campaign!.channels.map((c) => c.channel).sort()).toEqual(['schools', 'social-media'])
		expect(campaign!.audiences).toHaveLength(2)
		expect(campaign!.risks).toHaveLength(2)

		const audit = await db.auditEntry.findMany({
			where: { entityType: 'campaign', entityId: campaignId },
		})
		expect(audit).toHaveLength(1)
		expect(audit[0]).toMatchObject({ action: 'create', userId: contributor.id, countryCode: 'FR' })
		expect(JSON.parse(audit[0]!.summary)).toEqual({ title: 'Think before you share', lang: 'en' })

		// The list shows it, with its years and number of materials.
		const list = await call(listLoader, '/en/workspace/campaigns', {
			params: { lang: 'en' },
			cookie: contributor.cookie,
		})
		expect((list.result as { campaigns: unknown[] }).campaigns).toContainEqual(
			expect.objectContaining({
				id: campaignId,
				title: 'Think before you share',
				startYear: 2021,
				endYear: 2022,
				materialCount: 0,
			}),
		)
	})

	test('coordinators create too; the country must be one of theirs', async () => {
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const id = newId()
		const created = await call(newAction, newUrl, {
			params: { lang: 'en' },
			cookie: coordinator.cookie,
			form: form(id),
		})
		expect(created.outcome).toBe('ok')
		expect((await db.campaign.findUniqueOrThrow({ where: { id } })).countryCode).toBe('FR')

		const elsewhere = newId()
		const refused = await call(newAction, newUrl, {
			params: { lang: 'en' },
			cookie: coordinator.cookie,
			form: { ...form(elsewhere), countryCode: 'DE' },
		})
		expect(refused.outcome).toBe(403)
		expect(await db.campaign.count({ where: { id: elsewhere } })).toBe(0)
	})

	test('edit, add a French translation, then edit the French text', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const id = newId()
		await call(newAction, newUrl, {
			params: { lang: 'en' },
			cookie: contributor.cookie,
			form: form(id),
		})

		// The page opens the reader's language when it exists, and offers to add one.
		const page = await call(editLoader, `/en/workspace/campaigns/${id}`, {
			params: editParams(id),
			cookie: contributor.cookie,
		})
		expect(page.result).toMatchObject({ editing: 'en', adding: '' })
		const adding = await call(editLoader, `/en/workspace/campaigns/${id}?language=new`, {
			params: editParams(id),
			cookie: contributor.cookie,
		})
		expect(adding.result).toMatchObject({ editing: null })

		const edited = await call(editAction, `/en/workspace/campaigns/${id}`, {
			params: editParams(id),
			cookie: contributor.cookie,
			form: form('ignored-the-url-names-it', {
				originalLang: 'en',
				endYear: '2023',
				channels: ['schools'],
				title: 'Think before you share!',
			}),
		})
		expect(edited.outcome).toBe('ok')
		expect((edited.result as Response).headers.get('location')).toBe(
			`/en/workspace/campaigns/${id}?saved=1&language=en`,
		)

		const french = {
			originalLang: 'en',
			lang: 'fr',
			title: 'Réfléchis avant de partager',
			summary: 'Une campagne nationale sur le partage d’images intimes.',
			objectives: '',
			reach: '',
			results: '',
			lessonsLearned: 'Les jeunes ont écrit les meilleurs messages.',
			endYear: '2023',
			channels: ['schools'],
		}
		const added = await call(editAction, `/en/workspace/campaigns/${id}`, {
			params: editParams(id),
			cookie: contributor.cookie,
			form: form(id, french),
		})
		expect(added.outcome).toBe('ok')
		expect((added.result as Response).headers.get('location')).toBe(
			`/en/workspace/campaigns/${id}?added=1&language=fr`,
		)

		const campaign = await snapshot(id)
		expect(campaign).toMatchObject({ originalLang: 'en', endYear: 2023 })
		expect(campaign!.channels.map((c) => c.channel)).toEqual(['schools'])
		const texts = Object.fromEntries(campaign!.translations.map((t) => [t.lang, t]))
		expect(Object.keys(texts).sort()).toEqual(['en', 'fr'])
		expect(texts.en).toMatchObject({
			title: 'Think before you share!',
			objectives: 'Make young people aware of the risks.',
		})
		expect(texts.fr).toMatchObject({ title: 'Réfléchis avant de partager', objectives: '' })

		// Editing the French text changes only it; French may become the original.
		const again = await call(editAction, `/en/workspace/campaigns/${id}`, {
			params: editParams(id),
			cookie: contributor.cookie,
			form: form(id, { ...french, originalLang: 'fr', summary: 'Un résumé revu.' }),
		})
		expect(again.outcome).toBe('ok')
		const after = await snapshot(id)
		expect(after!.originalLang).toBe('fr')
		expect(after!.translations.find((t) => t.lang === 'fr')!.summary).toBe('Un résumé revu.')
		expect(after!.translations.find((t) => t.lang === 'en')!.title).toBe('Think before you share!')

		// The French page offers the French text; the list shows the French title to French readers.
		const frenchPage = await call(editLoader, `/fr/workspace/campaigns/${id}`, {
			params: { lang: 'fr', id },
			cookie: contributor.cookie,
		})
		expect(frenchPage.result).toMatchObject({ editing: 'fr' })
		const list = await call(listLoader, '/fr/workspace/campaigns', {
			params: { lang: 'fr' },
			cookie: contributor.cookie,
		})
		expect(
			(list.result as { campaigns: { id: string; title: string }[] }).campaigns.find(
				(c) => c.id === id,
			)!.title,
		).toBe('Réfléchis avant de partager')

		// Every write has its audit entry, naming what changed.
		const audit = await db.auditEntry.findMany({
			where: { entityType: 'campaign', entityId: id },
			orderBy: { id: 'asc' },
		})
		expect(audit.map((e) => e.action)).toEqual(['create', 'edit', 'edit', 'edit'])
		expect(audit.every((e) => e.countryCode === 'FR' && e.userId === contributor.id)).toBe(true)
		const summaries = audit.map(
			(e) => JSON.parse(e.summary) as { lang: string; changed: string[]; addedLanguage?: boolean },
		)
		expect(summaries[1]).toEqual({ lang: 'en', changed: ['endYear', 'channels', 'title'] })
		expect(summaries[2]).toMatchObject({ lang: 'fr', addedLanguage: true })
		expect(summaries[3]).toEqual({ lang: 'fr', changed: ['originalLang', 'summary'] })
	})

	test('a campaign whose id is short, as the demo library’s are, can be edited', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		await ensureCountries('FR')
		const id = `demo-c-${String(++n).padStart(2, '0')}`
		await insertCampaign({
			id,
			countryCode: 'FR',
			originalLang: 'en',
			channels: [],
			audiences: ['parents-carers'],
			risks: ['grooming'],
			translations: [{ lang: 'en', title: 'Seeded', summary: 'A seeded campaign.' }],
		})
		const edited = await call(editAction, `/en/workspace/campaigns/${id}`, {
			params: editParams(id),
			cookie: contributor.cookie,
			form: form(id, { originalLang: 'en', title: 'Seeded, then edited' }),
		})
		expect(edited.outcome).toBe('ok')
		expect((edited.result as Response).headers.get('location')).toBe(
			`/en/workspace/campaigns/${id}?saved=1&language=en`,
		)
		const saved = await snapshot(id)
		expect(saved!.translations[0]!.title).toBe('Seeded, then edited')
	})

	test('the original language must have a text', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const id = newId()
		await call(newAction, newUrl, {
			params: { lang: 'en' },
			cookie: contributor.cookie,
			form: form(id),
		})
		const before = await snapshot(id)
		const auditBefore = await db.auditEntry.count()
		const refused = await call(editAction, `/en/workspace/campaigns/${id}`, {
			params: editParams(id),
			cookie: contributor.cookie,
			form: form(id, { originalLang: 'de', title: 'Changed' }),
		})
		expect(refused.outcome).toBe(400)
		expect(errorsOf(refused.result)).toEqual({
			originalLang: 'campaignForm.errors.original-lang-untranslated',
		})
		expect(await snapshot(id)).toEqual(before)
		expect(await db.auditEntry.count()).toBe(auditBefore)
	})

	test('the edit page links to the public page once a material is published', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const id = newId()
		await call(newAction, newUrl, {
			params: { lang: 'en' },
			cookie: contributor.cookie,
			form: form(id),
		})
		const isPublic = async () =>
			(
				(
					await call(editLoader, `/en/workspace/campaigns/${id}`, {
						params: editParams(id),
						cookie: contributor.cookie,
					})
				).result as { campaign: { isPublic: boolean; materialCount: number } }
			).campaign
		await createMaterial({ countryCode: 'FR', campaignId: id, status: 'draft', publishedAt: null })
		expect(await isPublic()).toMatchObject({ isPublic: false, materialCount: 1 })
		await createMaterial({ countryCode: 'FR', campaignId: id })
		expect(await isPublic()).toMatchObject({ isPublic: true, materialCount: 2 })
	})

	test('another country’s campaign is a 404 and stays unchanged', async () => {
		const de = await germanCampaign()
		const before = await snapshot(de.id)
		const auditBefore = await db.auditEntry.count()
		for (const role of ['contributor', 'coordinator'] as const) {
			const user = await createUser(role, { country: 'FR' })
			const page = await call(editLoader, `/en/workspace/campaigns/${de.id}`, {
				params: editParams(de.id),
				cookie: user.cookie,
			})
			expect(page.outcome).toBe(404)
			const post = await call(editAction, `/en/workspace/campaigns/${de.id}`, {
				params: editParams(de.id),
				cookie: user.cookie,
				form: form(de.id, { lang: 'de', originalLang: 'de', title: 'Übernommen' }),
			})
			expect(post.outcome).toBe(404)
			// Adding a language is a write too.
			const add = await call(editAction, `/en/workspace/campaigns/${de.id}`, {
				params: editParams(de.id),
				cookie: user.cookie,
				form: form(de.id, { lang: 'fr', originalLang: 'de' }),
			})
			expect(add.outcome).toBe(404)
			// A "new" form reusing its id does not reach it either.
			const reuse = await call(newAction, newUrl, {
				params: { lang: 'en' },
				cookie: user.cookie,
				form: form(de.id),
			})
			expect(reuse.outcome).toBe(409)
			expect(errorsOf(reuse.result)).toEqual({ campaignId: 'campaignForm.errors.form-expired' })
			// The list shows only the user's country.
			const list = await call(listLoader, '/en/workspace/campaigns', {
				params: { lang: 'en' },
				cookie: user.cookie,
			})
			const ids = (list.result as { campaigns: { id: string }[] }).campaigns.map((c) => c.id)
			expect(ids).not.toContain(de.id)
		}
		expect(await snapshot(de.id)).toEqual(before)
		expect(await db.auditEntry.count()).toBe(auditBefore)

		// The country's own people do reach it.
		const german = await createUser('contributor', { country: 'DE' })
		const own = await call(editLoader, `/en/workspace/campaigns/${de.id}`, {
			params: editParams(de.id),
			cookie: german.cookie,
		})
		expect(own.outcome).toBe('ok')
	})

	test('unknown and oversized ids are 404', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		for (const id of ['cdoesnotexist000000000000', 'c'.repeat(65), '../../etc/passwd']) {
			for (const handler of [editLoader, editAction]) {
				const res = await call(handler, `/en/workspace/campaigns/x`, {
					params: editParams(id),
					cookie: contributor.cookie,
					form: handler === editAction ? form(id) : undefined,
				})
				expect(res.outcome).toBe(404)
			}
		}
	})

	test('reviewers and administrators may not create campaigns nor reach any', async () => {
		const fr = newId()
		const owner = await createUser('contributor', { country: 'FR' })
		await call(newAction, newUrl, { params: { lang: 'en' }, cookie: owner.cookie, form: form(fr) })
		const before = await snapshot(fr)
		const count = await db.campaign.count()
		for (const role of ['reviewer', 'admin'] as const) {
			const user = await createUser(role)
			expect(
				(await call(newLoader, newUrl, { params: { lang: 'en' }, cookie: user.cookie })).outcome,
			).toBe(403)
			const post = await call(newAction, newUrl, {
				params: { lang: 'en' },
				cookie: user.cookie,
				form: form(newId()),
			})
			expect(post.outcome).toBe(403)
			expect(
				(
					await call(listLoader, '/en/workspace/campaigns', {
						params: { lang: 'en' },
						cookie: user.cookie,
					})
				).outcome,
			).toBe(403)
			const edit = await call(editAction, `/en/workspace/campaigns/${fr}`, {
				params: editParams(fr),
				cookie: user.cookie,
				form: form(fr, { title: 'Changed by a reviewer' }),
			})
			expect(edit.outcome).toBe(404)
		}
		expect(await db.campaign.count()).toBe(count)
		expect(await snapshot(fr)).toEqual(before)

		// Signed out: sent to sign in.
		expect(
			(await call(newAction, newUrl, { params: { lang: 'en' }, form: form(newId()) })).outcome,
		).toBe('login')
		expect(
			(
				await call(editAction, `/en/workspace/campaigns/${fr}`, {
					params: editParams(fr),
					form: form(fr),
				})
			).outcome,
		).toBe('login')
	})

	test('bad input is refused with the right keys and nothing is written', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const campaigns = await db.campaign.count()
		const audit = await db.auditEntry.count()
		const id = newId()
		const bad = await call(newAction, newUrl, {
			params: { lang: 'en' },
			cookie: contributor.cookie,
			form: form(id, {
				startYear: '3000',
				reachCount: '-5',
				channels: ['schools', 'carrier-pigeon'],
				title: 'x'.repeat(10_000),
				audiences: [],
			}),
		})
		expect(bad.outcome).toBe(400)
		expect(errorsOf(bad.result)).toEqual({
			startYear: 'campaignForm.errors.year',
			reachCount: 'campaignForm.errors.reach-count',
			channels: 'campaignForm.errors.invalid-choice',
			title: 'campaignForm.errors.title-too-long',
			audiences: 'campaignForm.errors.audience-required',
		})
		// What was typed comes back, so the form shows it again without JavaScript.
		expect(
			(bad.result as { data: { values: { reachCount: string } } }).data.values.reachCount,
		).toBe('-5')
		expect(await db.campaign.count()).toBe(campaigns)
		expect(await db.auditEntry.count()).toBe(audit)

		// The same on the edit page: the campaign is left as it was.
		await call(newAction, newUrl, {
			params: { lang: 'en' },
			cookie: contributor.cookie,
			form: form(id),
		})
		const before = await snapshot(id)
		const auditBefore = await db.auditEntry.count()
		const badEdit = await call(editAction, `/en/workspace/campaigns/${id}`, {
			params: editParams(id),
			cookie: contributor.cookie,
			form: form(id, { startYear: '2023', endYear: '2020', lang: 'xx', summary: ' ' }),
		})
		expect(badEdit.outcome).toBe(400)
		expect(errorsOf(badEdit.result)).toMatchObject({
			lang: 'campaignForm.errors.lang',
			summary: 'campaignForm.errors.summary-required',
			endYear: 'campaignForm.errors.year-order',
		})
		expect(await snapshot(id)).toEqual(before)
		expect(await db.auditEntry.count()).toBe(auditBefore)
	})
})
