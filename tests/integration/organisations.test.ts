import { describe, expect, test } from 'vitest'
import { insertCampaign } from '#app/models/campaign.server.ts'
import { loader as campaignPageLoader } from '#app/routes/$lang.campaigns.$id.tsx'
import { loader as materialPageLoader } from '#app/routes/$lang.materials.$id.tsx'
import { action as editCampaignAction } from '#app/routes/$lang.workspace.campaigns.$id.tsx'
import { action as newCampaignAction } from '#app/routes/$lang.workspace.campaigns.new.tsx'
import { action as editMaterialAction } from '#app/routes/$lang.workspace.materials.$id.tsx'
import { action as newMaterialAction } from '#app/routes/$lang.workspace.materials.new.tsx'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser, ensureCountries } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

/**
 * The producing organisation of campaigns and materials: checked on both
 * forms, stored, shown on the public pages, and a material without its
 * own takes its campaign's.
 */

let n = 0
const freshId = (prefix: string) =>
	`${prefix}org${String(++n).padStart(4, '0')}${Math.random().toString(36).slice(2, 12)}`

const campaignForm = (campaignId: string, overrides: Record<string, string | string[]> = {}) => ({
	campaignId,
	lang: 'fr',
	title: 'Parlons-en',
	summary: 'Une campagne pour les parents.',
	audiences: ['parents-carers'],
	risks: ['grooming'],
	...overrides,
})

const draftForm = (draftId: string, overrides: Record<string, string | string[]> = {}) => ({
	draftId,
	title: 'Un inconnu trop gentil',
	lang: 'fr',
	resourceType: 'poster',
	licence: 'cc-by-4.0',
	audiences: ['parents-carers'],
	risks: ['grooming'],
	...overrides,
})

const errorsOf = (result: unknown) =>
	(result as { data: { errors: Record<string, string> } }).data.errors

const frenchCampaign = async (organisation: string | null, contact: string | null = null) => {
	await ensureCountries('FR')
	return insertCampaign({
		countryCode: 'FR',
		originalLang: 'fr',
		organisation,
		organisationContact: contact,
		channels: [],
		audiences: ['parents-carers'],
		risks: ['grooming'],
		translations: [{ lang: 'fr', title: 'Parents, parlons-en', summary: 'Une campagne.' }],
	})
}

describe('the campaign form', () => {
	test('stores the organisation and its contact, and the audit names the change', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const id = freshId('c')
		const created = await call(newCampaignAction, '/fr/workspace/campaigns/new', {
			params: { lang: 'fr' },
			cookie: contributor.cookie,
			form: campaignForm(id, {
				organisation: '  e-Enfance ',
				organisationContact: 'https://www.e-enfance.example.org/',
			}),
		})
		expect(created.outcome).toBe('ok')
		expect(await db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({
			organisation: 'e-Enfance',
			organisationContact: 'https://www.e-enfance.example.org/',
		})

		const edited = await call(editCampaignAction, `/fr/workspace/campaigns/${id}`, {
			params: { lang: 'fr', id },
			cookie: contributor.cookie,
			form: campaignForm(id, {
				originalLang: 'fr',
				organisation: 'Ministère de l’Éducation',
				organisationContact: 'prevention@education.example.org',
			}),
		})
		expect(edited.outcome).toBe('ok')
		expect(await db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({
			organisation: 'Ministère de l’Éducation',
			organisationContact: 'prevention@education.example.org',
		})
		const audit = await db.auditEntry.findFirstOrThrow({
			where: { entityType: 'campaign', entityId: id, action: 'edit' },
		})
		expect(JSON.parse(audit.summary).changed).toEqual(['organisation', 'organisationContact'])
	})

	test.each([
		[{ organisation: 'x'.repeat(201) }, 'organisation', 'organisation-too-long'],
		[
			{ organisation: 'e-Enfance', organisationContact: 'javascript:alert(1)' },
			'organisationContact',
			'contact-invalid',
		],
		[
			{ organisation: 'e-Enfance', organisationContact: '+33 1 23 45 67 89' },
			'organisationContact',
			'contact-invalid',
		],
		[
			{
				organisation: 'e-Enfance',
				organisationContact: `https://e.example.org/${'a'.repeat(300)}`,
			},
			'organisationContact',
			'contact-too-long',
		],
		[
			{ organisationContact: 'contact@e-enfance.example.org' },
			'organisation',
			'contact-without-organisation',
		],
	])('refuses %j: %s says %s, and nothing is written', async (fields, field, problem) => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const id = freshId('c')
		const refused = await call(newCampaignAction, '/fr/workspace/campaigns/new', {
			params: { lang: 'fr' },
			cookie: contributor.cookie,
			form: campaignForm(id, fields),
		})
		expect(refused.outcome).toBe(400)
		expect(errorsOf(refused.result)[field]).toBe(`campaignForm.errors.${problem}`)
		expect(await db.campaign.count({ where: { id } })).toBe(0)
	})
})

describe('the material form', () => {
	test('stores the organisation of a new draft, and a save changes it', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const id = freshId('d')
		const created = await call(newMaterialAction, '/fr/workspace/materials/new', {
			params: { lang: 'fr' },
			cookie: contributor.cookie,
			form: draftForm(id, {
				organisation: 'Association Jeunes & Écrans',
				organisationContact: 'ecoute@jeunes-ecrans.example.org',
			}),
		})
		expect(created.outcome).toBe('ok')
		expect(await db.material.findUniqueOrThrow({ where: { id } })).toMatchObject({
			organisation: 'Association Jeunes & Écrans',
			organisationContact: 'ecoute@jeunes-ecrans.example.org',
		})

		const saved = await call(editMaterialAction, `/fr/workspace/materials/${id}`, {
			params: { lang: 'fr', id },
			cookie: contributor.cookie,
			form: { ...draftForm(id), intent: 'save' },
		})
		expect(saved.outcome).toBe('ok')
		// Emptied: the material now takes its campaign's organisation, if any.
		expect(await db.material.findUniqueOrThrow({ where: { id } })).toMatchObject({
			organisation: null,
			organisationContact: null,
		})
		const audit = await db.auditEntry.findFirstOrThrow({
			where: { entityType: 'material', entityId: id, action: 'edit' },
		})
		expect(JSON.parse(audit.summary).changed).toEqual(['organisation'])
	})

	test('refuses a name over 200 characters and a contact that is neither address', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const id = freshId('d')
		const refused = await call(newMaterialAction, '/fr/workspace/materials/new', {
			params: { lang: 'fr' },
			cookie: contributor.cookie,
			form: draftForm(id, {
				organisation: 'x'.repeat(201),
				organisationContact: 'www.e-enfance.org',
			}),
		})
		expect(refused.outcome).toBe(400)
		expect(errorsOf(refused.result)).toMatchObject({
			organisation: 'draft.errors.organisation-too-long',
			organisationContact: 'draft.errors.contact-invalid',
		})
		expect(await db.material.count({ where: { id } })).toBe(0)
	})
})

describe('the public pages', () => {
	const materialPage = async (id: string, lang = 'en') => {
		const { outcome, result } = await call(materialPageLoader, `/${lang}/materials/${id}`, {
			params: { lang, id },
		})
		expect(outcome).toBe('ok')
		return (result as Awaited<ReturnType<typeof materialPageLoader>>).material
	}

	test('a material shows its own organisation, else its campaign’s, else none', async () => {
		const campaign = await frenchCampaign('e-Enfance', 'https://www.e-enfance.example.org/')
		const own = await createMaterial({
			campaignId: campaign.id,
			organisation: 'Association Jeunes & Écrans',
			organisationContact: null,
		})
		const inherits = await createMaterial({ campaignId: campaign.id })
		const alone = await createMaterial()

		// Its own name, and not the campaign's contact: a contact belongs to its organisation.
		expect((await materialPage(own.id)).organisation).toEqual({
			name: 'Association Jeunes & Écrans',
			contact: null,
			from: 'material',
		})
		expect((await materialPage(inherits.id)).organisation).toEqual({
			name: 'e-Enfance',
			contact: 'https://www.e-enfance.example.org/',
			from: 'campaign',
		})
		expect((await materialPage(alone.id)).organisation).toBeNull()
	})

	test('a campaign page shows its organisation and contact', async () => {
		const campaign = await frenchCampaign('e-Enfance', 'contact@e-enfance.example.org')
		await createMaterial({ campaignId: campaign.id })
		const { outcome, result } = await call(campaignPageLoader, `/fr/campaigns/${campaign.id}`, {
			params: { lang: 'fr', id: campaign.id },
		})
		expect(outcome).toBe('ok')
		expect((result as Awaited<ReturnType<typeof campaignPageLoader>>).campaign).toMatchObject({
			organisation: 'e-Enfance',
			organisationContact: 'contact@e-enfance.example.org',
		})
	})
})
