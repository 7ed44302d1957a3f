import { describe, expect, test } from 'vitest'
import { insertCampaign } from '#app/models/campaign.server.ts'
import { loader as publicCampaignLoader } from '#app/routes/$lang.campaigns.$id.tsx'
import { loader as campaignsLoader } from '#app/routes/$lang.campaigns._index.tsx'
import { action as reviewAction } from '#app/routes/$lang.review.$id.tsx'
import { loader as workspaceCampaignLoader } from '#app/routes/$lang.workspace.campaigns.$id.tsx'
import {
	action as materialAction,
	loader as materialLoader,
} from '#app/routes/$lang.workspace.materials.$id.tsx'
import {
	action as newMaterialAction,
	loader as newMaterialLoader,
} from '#app/routes/$lang.workspace.materials.new.tsx'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser, ensureCountries, type TestUser } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

/**
 * Materials belong to a campaign of their own country: chosen on the new
 * and edit forms, refused (with nothing written) for another country's or
 * an unknown campaign, moved between campaigns while a draft or through a
 * revision. A campaign is public while one of its materials is published.
 */

let n = 0
const unique = () => `${++n}${Math.random().toString(36).slice(2, 8)}`

async function campaignIn(country: string, title = `Campagne ${unique()}`) {
	await ensureCountries(country)
	return insertCampaign({
		countryCode: country,
		originalLang: 'fr',
		startYear: 2024,
		channels: ['schools'],
		audiences: ['children'],
		risks: ['grooming'],
		translations: [{ lang: 'fr', title, summary: 'Une campagne.' }],
	})
}

const draftForm = (draftId: string, extra: Record<string, string> = {}) => ({
	draftId,
	title: 'Affiche de la campagne',
	description: 'Une affiche.',
	lang: 'fr',
	resourceType: 'poster',
	licence: 'cc-by-4.0',
	audiences: 'children',
	risks: 'grooming',
	ageMin: '',
	ageMax: '',
	...extra,
})

const newDraftId = () => `dcampaign${unique()}${'0'.repeat(6)}`

const createDraft = (user: TestUser, form: Record<string, string>) =>
	call(newMaterialAction, '/fr/workspace/materials/new', {
		params: { lang: 'fr' },
		cookie: user.cookie,
		form,
	})

const save = (user: TestUser, id: string, form: Record<string, string>) =>
	call(materialAction, `/fr/workspace/materials/${id}`, {
		params: { lang: 'fr', id },
		cookie: user.cookie,
		form: { intent: 'save', ...form },
	})

const errorsOf = (result: unknown) =>
	(result as { data: { errors: Record<string, string> } }).data.errors

const publicCampaign = (id: string) =>
	call(publicCampaignLoader, `/en/campaigns/${id}`, { params: { lang: 'en', id } })

const publicIndexIds = async () => {
	const data = await campaignsLoader({
		request: new Request('http://localhost/en/campaigns'),
		params: { lang: 'en' },
		context: {},
	})
	// Every page, so a campaign is not missed for being on the second.
	const ids = data.items.map((c) => c.id)
	for (let page = 2; page <= data.pageCount; page++) {
		const more = await campaignsLoader({
			request: new Request(`http://localhost/en/campaigns?page=${page}`),
			params: { lang: 'en' },
			context: {},
		})
		ids.push(...more.items.map((c) => c.id))
	}
	return ids
}

describe('a material’s campaign', () => {
	test('a new material joins a campaign of its country', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const campaign = await campaignIn('FR')
		const draftId = newDraftId()
		const created = await createDraft(contributor, draftForm(draftId, { campaignId: campaign.id }))
		expect(created.outcome).toBe('ok')
		expect((await db.material.findUniqueOrThrow({ where: { id: draftId } })).campaignId).toBe(
			campaign.id,
		)
		// Without a campaign, none.
		const alone = newDraftId()
		await createDraft(contributor, draftForm(alone, { campaignId: '' }))
		expect((await db.material.findUniqueOrThrow({ where: { id: alone } })).campaignId).toBe(null)
	})

	test.each([
		['another country’s campaign', async () => (await campaignIn('DE')).id],
		['an unknown campaign', async () => 'no-such-campaign'],
		['an id that is not one', async () => '../../etc/passwd'],
	])('a new material in %s is refused with a message, and nothing is written', async (_, id) => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const campaignId = await id()
		const draftId = newDraftId()
		const auditBefore = await db.auditEntry.count()
		const refused = await createDraft(contributor, draftForm(draftId, { campaignId }))
		expect(refused.outcome).toBe(400)
		expect(errorsOf(refused.result)).toEqual({ campaignId: 'draft.errors.campaign' })
		expect(await db.material.count({ where: { id: draftId } })).toBe(0)
		expect(await db.materialVersion.count({ where: { materialId: draftId } })).toBe(0)
		expect(await db.auditEntry.count()).toBe(auditBefore)
	})

	test('the form from a campaign’s page starts in that campaign, when it is one of the user’s', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const own = await campaignIn('FR', 'Campagne à nous')
		const other = await campaignIn('DE', 'Kampagne')
		const page = (campaign: string) =>
			call(newMaterialLoader, `/fr/workspace/materials/new?campaign=${campaign}`, {
				params: { lang: 'fr' },
				cookie: contributor.cookie,
			})
		const ownPage = (await page(own.id)).result as {
			campaignId: string
			campaigns: { id: string; title: string }[]
		}
		expect(ownPage.campaignId).toBe(own.id)
		expect(ownPage.campaigns).toContainEqual(
			expect.objectContaining({ id: own.id, title: 'Campagne à nous' }),
		)
		// Only its own country's campaigns are offered; another's is not preselected.
		expect(ownPage.campaigns.map((c) => c.id)).not.toContain(other.id)
		expect(((await page(other.id)).result as { campaignId: string }).campaignId).toBe('')
		// The workspace page of the campaign links to it.
		const workspace = await call(workspaceCampaignLoader, `/fr/workspace/campaigns/${own.id}`, {
			params: { lang: 'fr', id: own.id },
			cookie: contributor.cookie,
		})
		expect(workspace.result).toMatchObject({ canAddMaterial: true, materials: [] })
	})

	test('a draft moves between its country’s campaigns; another country’s is refused and nothing changes', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const first = await campaignIn('FR')
		const second = await campaignIn('FR')
		const german = await campaignIn('DE')
		const draft = await createMaterial({
			countryCode: 'FR',
			status: 'draft',
			publishedAt: null,
			campaignId: first.id,
		})
		const campaignOf = async () =>
			(await db.material.findUniqueOrThrow({ where: { id: draft.id } })).campaignId

		expect(
			(await save(contributor, draft.id, draftForm(draft.id, { campaignId: second.id }))).outcome,
		).toBe('ok')
		expect(await campaignOf()).toBe(second.id)
		const audit = await db.auditEntry.findFirstOrThrow({
			where: { entityId: draft.id, action: 'edit' },
			orderBy: { id: 'desc' },
		})
		expect(JSON.parse(audit.summary)).toMatchObject({
			changed: expect.arrayContaining(['campaign']),
			campaign: { from: first.id, to: second.id },
		})

		// Another country's campaign: refused, and the title typed with it is not saved either.
		const refused = await save(
			contributor,
			draft.id,
			draftForm(draft.id, { campaignId: german.id, title: 'Titre qui ne doit pas rester' }),
		)
		expect(refused.outcome).toBe(400)
		expect(errorsOf(refused.result)).toEqual({ campaignId: 'draft.errors.campaign' })
		expect(await campaignOf()).toBe(second.id)
		expect(
			(await db.materialVersion.findFirstOrThrow({ where: { materialId: draft.id } })).title,
		).not.toBe('Titre qui ne doit pas rester')

		// A form without the field leaves the campaign; "none" takes the material out of it.
		expect('campaignId' in draftForm(draft.id)).toBe(false)
		expect((await save(contributor, draft.id, draftForm(draft.id))).outcome).toBe('ok')
		expect(await campaignOf()).toBe(second.id)
		expect(
			(await save(contributor, draft.id, draftForm(draft.id, { campaignId: '' }))).outcome,
		).toBe('ok')
		expect(await campaignOf()).toBe(null)
	})

	test('the edit form offers the material’s country’s campaigns only', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const own = await campaignIn('FR')
		const german = await campaignIn('DE')
		const draft = await createMaterial({ countryCode: 'FR', status: 'draft', publishedAt: null })
		const page = await call(materialLoader, `/fr/workspace/materials/${draft.id}`, {
			params: { lang: 'fr', id: draft.id },
			cookie: contributor.cookie,
		})
		const ids = (page.result as { campaigns: { id: string }[] }).campaigns.map((c) => c.id)
		expect(ids).toContain(own.id)
		expect(ids).not.toContain(german.id)
	})
})

describe('a campaign’s visibility', () => {
	test('public once one of its materials is published, with its published materials; hidden again when withdrawn', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const reviewer = await createUser('reviewer')
		const campaign = await campaignIn('FR', 'Campagne du test de visibilité')
		const draftId = newDraftId()
		await createDraft(contributor, draftForm(draftId, { campaignId: campaign.id }))
		const other = await createMaterial({
			countryCode: 'FR',
			status: 'draft',
			publishedAt: null,
			campaignId: campaign.id,
		})

		// A draft does not make it public.
		expect((await publicCampaign(campaign.id)).outcome).toBe(404)
		expect(await publicIndexIds()).not.toContain(campaign.id)
		// Its country sees every material with its status.
		const workspace = await call(
			workspaceCampaignLoader,
			`/fr/workspace/campaigns/${campaign.id}`,
			{ params: { lang: 'fr', id: campaign.id }, cookie: contributor.cookie },
		)
		expect(
			(workspace.result as { materials: { id: string; status: string }[] }).materials
				.map((m) => [m.id, m.status])
				.sort(),
		).toEqual(
			[
				[draftId, 'draft'],
				[other.id, 'draft'],
			].sort(),
		)

		await save(contributor, draftId, { ...draftForm(draftId), intent: 'submit' })
		const decided = await call(reviewAction, `/en/review/${draftId}`, {
			params: { lang: 'en', id: draftId },
			cookie: reviewer.cookie,
			form: { decision: 'publish', confirmed: 'yes' },
		})
		expect(decided.outcome).toBe('ok')

		const page = await publicCampaign(campaign.id)
		expect(page.outcome).toBe('ok')
		const data = page.result as { materials: { id: string }[]; campaign: { id: string } }
		// The public page lists the published material, not the draft.
		expect(data.materials.map((m) => m.id)).toEqual([draftId])
		expect(await publicIndexIds()).toContain(campaign.id)

		const withdrawn = await call(reviewAction, `/en/review/${draftId}`, {
			params: { lang: 'en', id: draftId },
			cookie: reviewer.cookie,
			form: { decision: 'withdraw', reason: 'Le numéro a changé.' },
		})
		expect(withdrawn.outcome).toBe('ok')
		expect((await publicCampaign(campaign.id)).outcome).toBe(404)
		expect(await publicIndexIds()).not.toContain(campaign.id)
	})

	test('a revision moves a published material to another campaign; the review names the campaigns', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const reviewer = await createUser('reviewer')
		const before = await campaignIn('FR', 'Première campagne')
		const after = await campaignIn('FR', 'Seconde campagne')
		const material = await createMaterial({ countryCode: 'FR', campaignId: before.id })
		expect((await publicCampaign(before.id)).outcome).toBe('ok')

		const opened = await save(contributor, material.id, { intent: 'revise' })
		const revisionId = new URL(
			(opened.result as Response).headers.get('location')!,
			'http://localhost',
		).pathname
			.split('/')
			.pop()!
		const version = await db.materialVersion.findFirstOrThrow({
			where: { materialId: revisionId },
		})
		expect(
			(
				await save(contributor, revisionId, {
					...draftForm(revisionId, { campaignId: after.id }),
					title: version.title,
					description: version.description,
					ageMin: '9',
					ageMax: '12',
				})
			).outcome,
		).toBe('ok')
		const page = await call(materialLoader, `/en/workspace/materials/${revisionId}`, {
			params: { lang: 'en', id: revisionId },
			cookie: contributor.cookie,
		})
		expect((page.result as { revisionChanges: unknown[] }).revisionChanges).toEqual([
			{
				kind: 'fact',
				fact: 'campaign',
				before: ['Première campagne'],
				after: ['Seconde campagne'],
			},
		])
		// While in review, the published material stays in its campaign.
		expect((await publicCampaign(after.id)).outcome).toBe(404)

		await save(contributor, revisionId, { intent: 'submit' })
		await call(reviewAction, `/en/review/${revisionId}`, {
			params: { lang: 'en', id: revisionId },
			cookie: reviewer.cookie,
			form: { decision: 'publish', confirmed: 'yes' },
		})
		expect((await db.material.findUniqueOrThrow({ where: { id: material.id } })).campaignId).toBe(
			after.id,
		)
		expect((await publicCampaign(after.id)).outcome).toBe('ok')
		// The first campaign had no other published material: it is no longer public.
		expect((await publicCampaign(before.id)).outcome).toBe(404)
	})
})
