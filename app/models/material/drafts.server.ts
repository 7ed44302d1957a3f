import crypto from 'node:crypto'
import { newDraftId, type MaterialDraft } from '#app/domain/material-draft.ts'
import { type Licence, type ResourceType } from '#app/domain/vocabularies.ts'
import { db } from '#app/utils/db.server.ts'
import { changeMaterial, startMaterial, type MaterialTx } from './unit-of-work.server.ts'

/**
 * Drafts: a material is created, described, given language versions and
 * edited here, always through the unit of work (unit-of-work.server.ts).
 */

export interface NewMaterial {
	id?: string
	campaignId?: string | null
	countryCode: string
	resourceType: ResourceType
	audiences: string[]
	risks: string[]
	accessibility?: string[]
	ageMin?: number | null
	ageMax?: number | null
	organisation?: string | null
	organisationContact?: string | null
	licence: Licence
	status?: string
	originalLang: string
	isDemo?: boolean
	publishedAt?: Date | null
	derivedFrom?: { versionId: string; kind: 'translation' | 'adaptation' } | null
	versions: {
		id?: string
		lang: string
		title: string
		description?: string
		extractedText?: string
		/** Translatable pieces besides the title and description (VersionSegment: helpline, legal). */
		segments?: { key: string; text: string }[]
	}[]
}

const randomId = () => newDraftId(() => crypto.randomBytes(15).toString('hex'))

/** A material may belong only to a campaign of its own country; refused with nothing written. */
class CampaignRefused extends Error {
	constructor() {
		super('the campaign is not one of the material’s country')
	}
}

async function requireCampaignOf(tx: MaterialTx, campaignId: string, countryCode: string) {
	const campaign = await tx.campaign.findFirst({
		where: { id: campaignId, countryCode },
		select: { id: true },
	})
	if (!campaign) throw new CampaignRefused()
}

/** Why a draft form was refused by the model: its campaign is unknown or another country's. */
export type DraftRefusal = { ok: false; problem: 'campaign' }
const refusedCampaign: DraftRefusal = { ok: false, problem: 'campaign' }

/**
 * Creates a material with its tags and language versions, in any status:
 * the demo library and tests use it. Lineage records the exact source
 * version and its revision at that moment.
 */
export async function insertMaterial(input: NewMaterial) {
	const materialId = input.id ?? randomId()
	return startMaterial({
		actor: null,
		materialId,
		action: 'create',
		create: async ({ tx, note }) => {
			const source = input.derivedFrom
				? await tx.materialVersion.findUniqueOrThrow({
						where: { id: input.derivedFrom.versionId },
						select: { id: true, revision: true },
					})
				: null
			note({ status: input.status ?? 'draft', seeded: true })
			return tx.material.create({
				data: {
					id: materialId,
					campaignId: input.campaignId ?? null,
					countryCode: input.countryCode,
					resourceType: input.resourceType,
					ageMin: input.ageMin ?? null,
					ageMax: input.ageMax ?? null,
					organisation: input.organisation ?? null,
					organisationContact: input.organisationContact ?? null,
					licence: input.licence,
					status: input.status ?? 'draft',
					originalLang: input.originalLang,
					isDemo: input.isDemo ?? false,
					publishedAt: input.publishedAt ?? (input.status === 'published' ? new Date() : null),
					derivedFromVersionId: source?.id ?? null,
					derivedFromRevision: source?.revision ?? null,
					derivationKind: input.derivedFrom?.kind ?? null,
					audiences: { create: [...new Set(input.audiences)].map((audience) => ({ audience })) },
					risks: { create: [...new Set(input.risks)].map((risk) => ({ risk })) },
					accessibility: {
						create: [...new Set(input.accessibility ?? [])].map((feature) => ({ feature })),
					},
					versions: {
						create: input.versions.map((v) => ({
							id: v.id,
							lang: v.lang,
							title: v.title,
							description: v.description ?? '',
							extractedText: v.extractedText ?? '',
							segments: v.segments?.length ? { create: v.segments } : undefined,
						})),
					},
				},
				include: { versions: true },
			})
		},
	})
}

/**
 * Creates a draft in the actor's country from the draft form. The form's
 * draftId becomes the material's id, so a form posted twice (a double click,
 * a retried request) creates one material: the second post finds it.
 */
export async function createDraftMaterial(
	actor: { id: string },
	countryCode: string,
	draft: MaterialDraft,
): Promise<{ ok: true; id: string; created: boolean } | DraftRefusal> {
	const existing = await db.material.findUnique({
		where: { id: draft.draftId },
		select: { id: true, countryCode: true },
	})
	if (existing) {
		if (existing.countryCode !== countryCode) throw new Response('Conflict', { status: 409 })
		return { ok: true, id: existing.id, created: false }
	}
	try {
		await startMaterial({
			actor,
			materialId: draft.draftId,
			action: 'create',
			create: async ({ tx, note }) => {
				if (draft.campaignId) await requireCampaignOf(tx, draft.campaignId, countryCode)
				await tx.material.create({
					data: {
						id: draft.draftId,
						campaignId: draft.campaignId ?? null,
						countryCode,
						createdById: actor.id,
						resourceType: draft.resourceType,
						licence: draft.licence,
						status: 'draft',
						originalLang: draft.lang,
						ageMin: draft.ageMin,
						ageMax: draft.ageMax,
						organisation: draft.organisation,
						organisationContact: draft.organisationContact,
						audiences: { create: draft.audiences.map((audience) => ({ audience })) },
						risks: { create: draft.risks.map((risk) => ({ risk })) },
						accessibility: { create: draft.accessibility.map((feature) => ({ feature })) },
						versions: {
							create: { lang: draft.lang, title: draft.title, description: draft.description },
						},
					},
				})
				note({
					title: draft.title,
					lang: draft.lang,
					resourceType: draft.resourceType,
					licence: draft.licence,
					...(draft.campaignId ? { campaignId: draft.campaignId } : {}),
				})
			},
		})
		return { ok: true, id: draft.draftId, created: true }
	} catch (error) {
		if (error instanceof CampaignRefused) return refusedCampaign
		// Two identical posts raced; the other one created it.
		if ((error as { code?: string }).code === 'P2002')
			return { ok: true, id: draft.draftId, created: false }
		throw error
	}
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
	[...a].sort().join() === [...b].sort().join()

/**
 * Saves a draft's fields; the audit entry lists the fields that changed. A
 * campaign that is not one of the material's country's is refused, with
 * nothing written; a form without the campaign field leaves it as it is.
 */
export async function updateDraftMaterial(
	actor: { id: string },
	materialId: string,
	draft: MaterialDraft,
): Promise<{ ok: true } | DraftRefusal> {
	try {
		await saveDraftFields(actor, materialId, draft)
		return { ok: true }
	} catch (error) {
		if (error instanceof CampaignRefused) return refusedCampaign
		throw error
	}
}

async function saveDraftFields(actor: { id: string }, materialId: string, draft: MaterialDraft) {
	await changeMaterial({
		actor,
		materialId,
		action: 'edit',
		when: 'editable',
		run: async ({ tx, note, revise, material }) => {
			if (draft.campaignId) await requireCampaignOf(tx, draft.campaignId, material.countryCode)
			const before = await tx.material.findUniqueOrThrow({
				where: { id: materialId },
				include: { audiences: true, risks: true, accessibility: true, versions: true },
			})
			const version =
				before.versions.find((v) => v.lang === before.originalLang) ?? before.versions[0]
			const changed: string[] = []
			if (version?.title !== draft.title) changed.push('title')
			if (version?.description !== draft.description) changed.push('description')
			if (before.originalLang !== draft.lang) changed.push('lang')
			if (before.resourceType !== draft.resourceType) changed.push('resourceType')
			if (before.licence !== draft.licence) changed.push('licence')
			if (before.ageMin !== draft.ageMin || before.ageMax !== draft.ageMax) changed.push('age')
			const campaignId = draft.campaignId === undefined ? before.campaignId : draft.campaignId
			if (before.campaignId !== campaignId) changed.push('campaign')
			if (
				before.organisation !== draft.organisation ||
				before.organisationContact !== draft.organisationContact
			)
				changed.push('organisation')
			const tags = {
				audiences: before.audiences.map((a) => a.audience),
				risks: before.risks.map((r) => r.risk),
				accessibility: before.accessibility.map((a) => a.feature),
			}
			for (const name of ['audiences', 'risks', 'accessibility'] as const)
				if (!sameSet(tags[name], draft[name])) changed.push(name)
			await tx.material.update({
				where: { id: materialId },
				data: {
					campaignId,
					resourceType: draft.resourceType,
					licence: draft.licence,
					originalLang: draft.lang,
					ageMin: draft.ageMin,
					ageMax: draft.ageMax,
					organisation: draft.organisation,
					organisationContact: draft.organisationContact,
					audiences: { deleteMany: {}, create: draft.audiences.map((audience) => ({ audience })) },
					risks: { deleteMany: {}, create: draft.risks.map((risk) => ({ risk })) },
					accessibility: {
						deleteMany: {},
						create: draft.accessibility.map((feature) => ({ feature })),
					},
				},
			})
			if (version) {
				await tx.materialVersion.update({
					where: { id: version.id },
					data: { lang: draft.lang, title: draft.title, description: draft.description },
				})
				if (changed.includes('title') || changed.includes('description')) revise(version.id)
			}
			note({
				changed,
				...(changed.includes('campaign')
					? { campaign: { from: before.campaignId, to: campaignId } }
					: {}),
			})
		},
	})
}

/**
 * Adds a language version (its own title and description; files follow) to
 * a material the actor may edit. A language a material already has is
 * refused, so a form posted twice adds one version.
 */
export async function addMaterialVersion(
	actor: { id: string },
	materialId: string,
	input: { lang: string; title: string; description: string },
): Promise<{ ok: true; versionId: string } | { ok: false; problem: 'version-exists' }> {
	try {
		const version = await changeMaterial({
			actor,
			materialId,
			action: 'add-version',
			when: 'editable',
			run: async ({ tx, note }) => {
				note({ lang: input.lang, title: input.title })
				return tx.materialVersion.create({
					data: {
						materialId,
						lang: input.lang,
						title: input.title,
						description: input.description,
					},
				})
			},
		})
		return { ok: true, versionId: version.id }
	} catch (error) {
		if ((error as { code?: string }).code === 'P2002')
			return { ok: false, problem: 'version-exists' }
		throw error
	}
}
