import crypto from 'node:crypto'
import { newDraftId } from '#app/domain/material-draft.ts'
import {
	diffRevision,
	type ComparableMaterial,
	type RevisionChange,
} from '#app/domain/revision-diff.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { type Actor } from '#app/domain/permissions.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { queueMail } from '#app/mail/mail.server.ts'
import { db } from '#app/utils/db.server.ts'
import { deleteAssetIfUnused } from '../asset.server.ts'
import { answerTemplateRequests } from './templates.server.ts'
import {
	changeMaterial,
	MaterialChangeRefused,
	startMaterial,
	type MaterialTx,
} from './unit-of-work.server.ts'

/**
 * Revising published work without taking it offline (the model of
 * InvenioRDM's drafts of published records). "Revise" makes a draft copy of
 * the published material, a revision, that its country edits and submits
 * like any draft while the published material stays as it is. Publishing the
 * revision writes its content into the published material in place, in one
 * transaction: the ids stay, so links, lineage and the credits of the
 * adaptations made from it stay; the revision row is then deleted.
 *
 * A revision keeps every language version of the original (a language is
 * never removed by a revision: adaptations point at it) and may add new ones.
 */

const randomId = () => newDraftId(() => crypto.randomBytes(15).toString('hex'))

/**
 * The revision of a published material, opened now or found open: its id.
 * Refused (MaterialChangeRefused 'not-editable') unless the material is
 * published and is not itself a revision.
 */
export async function openRevision(
	actor: { id: string },
	materialId: string,
): Promise<{ id: string; created: boolean }> {
	const existing = await db.material.findUnique({
		where: { revisionOfId: materialId },
		select: { id: true },
	})
	if (existing) return { id: existing.id, created: false }
	const id = randomId()
	try {
		await startMaterial({
			actor,
			materialId: id,
			action: 'open-revision',
			create: async ({ tx, note }) => {
				const original = await tx.material.findUnique({
					where: { id: materialId },
					include: {
						audiences: true,
						risks: true,
						accessibility: true,
						versions: { include: { files: true, segments: true, template: true } },
					},
				})
				if (!original) throw new MaterialChangeRefused('not-found')
				if (original.status !== 'published' || original.revisionOfId)
					throw new MaterialChangeRefused('not-editable', original.status)
				await tx.material.create({
					data: {
						id,
						revisionOfId: original.id,
						campaignId: original.campaignId,
						countryCode: original.countryCode,
						createdById: actor.id,
						resourceType: original.resourceType,
						licence: original.licence,
						status: 'draft',
						originalLang: original.originalLang,
						ageMin: original.ageMin,
						ageMax: original.ageMax,
						organisation: original.organisation,
						organisationContact: original.organisationContact,
						derivedFromVersionId: original.derivedFromVersionId,
						derivedFromRevision: original.derivedFromRevision,
						derivationKind: original.derivationKind,
						isDemo: original.isDemo,
						audiences: { create: original.audiences.map(({ audience }) => ({ audience })) },
						risks: { create: original.risks.map(({ risk }) => ({ risk })) },
						accessibility: {
							create: original.accessibility.map(({ feature }) => ({ feature })),
						},
					},
				})
				for (const version of original.versions) {
					const copy = await tx.materialVersion.create({
						data: {
							materialId: id,
							lang: version.lang,
							title: version.title,
							description: version.description,
							extractedText: version.extractedText,
							revision: version.revision,
						},
					})
					await tx.versionFile.createMany({
						data: version.files.map((f) => ({
							versionId: copy.id,
							assetId: f.assetId,
							role: f.role,
							position: f.position,
							fileName: f.fileName,
							rendered: f.rendered,
						})),
					})
					await tx.versionSegment.createMany({
						data: version.segments.map((s) => ({
							versionId: copy.id,
							key: s.key,
							text: s.text,
							sourceText: s.sourceText,
						})),
					})
					if (version.template)
						await tx.posterTemplate.create({
							data: {
								versionId: copy.id,
								backgroundId: version.template.backgroundId,
								logoId: version.template.logoId,
								slots: version.template.slots,
							},
						})
				}
				note({ of: original.id })
			},
		})
		return { id, created: true }
	} catch (error) {
		// Two "revise" clicks raced: the other one opened it.
		if ((error as { code?: string }).code === 'P2002') {
			const raced = await db.material.findUnique({
				where: { revisionOfId: materialId },
				select: { id: true },
			})
			if (raced) return { id: raced.id, created: false }
		}
		throw error
	}
}

/**
 * The revision's copy of one language version of the original, by its
 * language (a version keeps its language in the copy): where an edit that
 * started on the published version continues.
 */
export async function getRevisionVersionId(revisionId: string, lang: string) {
	const version = await db.materialVersion.findFirst({
		where: { materialId: revisionId, lang },
		select: { id: true },
	})
	return version?.id ?? null
}

const versionContent = {
	include: {
		files: { orderBy: [{ role: 'asc' as const }, { position: 'asc' as const }] },
		segments: { orderBy: { key: 'asc' as const } },
		template: true,
	},
}

type VersionWithContent = Awaited<ReturnType<typeof loadVersions>>[number]

async function loadVersions(tx: MaterialTx, materialId: string) {
	return tx.materialVersion.findMany({ where: { materialId }, ...versionContent })
}

/** What a reader of the version would see differ: its texts, its files, its poster. */
function versionDiffers(a: VersionWithContent, b: VersionWithContent) {
	const files = (v: VersionWithContent) =>
		JSON.stringify(v.files.map((f) => [f.assetId, f.role, f.position, f.fileName]))
	const segments = (v: VersionWithContent) => JSON.stringify(v.segments.map((s) => [s.key, s.text]))
	const template = (v: VersionWithContent) =>
		JSON.stringify(
			v.template ? [v.template.backgroundId, v.template.logoId, v.template.slots] : null,
		)
	return (
		a.title !== b.title ||
		a.description !== b.description ||
		a.extractedText !== b.extractedText ||
		files(a) !== files(b) ||
		segments(a) !== segments(b) ||
		template(a) !== template(b)
	)
}

export type PublishRevisionResult =
	{ ok: true; materialId: string } | { ok: false; problem: 'changed-meanwhile' }

/**
 * Publishes a submitted revision: its content replaces the published
 * material's, in place and in one transaction, and the revision is deleted.
 * Each language version whose content changed gets a new revision number;
 * every country that adapted one of those is told, with a link to the
 * comparison of its adaptation with the new original. Called by
 * `transitionMaterial` for a reviewer's "publish" of a revision.
 */
export async function publishRevision(
	actor: Actor,
	revisionId: string,
	options: { origin: string; now?: Date },
): Promise<PublishRevisionResult> {
	const now = options.now ?? new Date()
	const revision = await db.material.findUnique({
		where: { id: revisionId },
		select: { revisionOfId: true },
	})
	if (!revision?.revisionOfId) throw new MaterialChangeRefused('not-found')
	const originalId = revision.revisionOfId
	return changeMaterial({
		actor,
		materialId: originalId,
		action: 'publish-revision',
		when: ['published'],
		run: async ({ tx, note, revise, unchanged }) => {
			// Compare-and-set on the revision's status: a double post or two
			// reviewers at once publish it once.
			const claimed = await tx.material.updateMany({
				where: { id: revisionId, revisionOfId: originalId, status: 'submitted' },
				data: { status: 'published' },
			})
			if (claimed.count !== 1) {
				unchanged()
				return { ok: false, problem: 'changed-meanwhile' } as const
			}
			const draft = await tx.material.findUniqueOrThrow({
				where: { id: revisionId },
				include: {
					audiences: true,
					risks: true,
					accessibility: true,
					createdBy: { select: { id: true, email: true, uiLang: true } },
				},
			})
			await tx.material.update({
				where: { id: originalId },
				data: {
					campaignId: draft.campaignId,
					resourceType: draft.resourceType,
					licence: draft.licence,
					originalLang: draft.originalLang,
					ageMin: draft.ageMin,
					ageMax: draft.ageMax,
					organisation: draft.organisation,
					organisationContact: draft.organisationContact,
					audiences: {
						deleteMany: {},
						create: draft.audiences.map(({ audience }) => ({ audience })),
					},
					risks: { deleteMany: {}, create: draft.risks.map(({ risk }) => ({ risk })) },
					accessibility: {
						deleteMany: {},
						create: draft.accessibility.map(({ feature }) => ({ feature })),
					},
				},
			})

			const published = new Map((await loadVersions(tx, originalId)).map((v) => [v.lang, v]))
			const changedVersions: string[] = []
			const freedAssets = new Set<string>()
			for (const next of await loadVersions(tx, revisionId)) {
				const current = published.get(next.lang)
				if (!current) {
					// A language the revision added joins the published material as is.
					await tx.materialVersion.update({
						where: { id: next.id },
						data: { materialId: originalId },
					})
					changedVersions.push(next.lang)
					continue
				}
				if (!versionDiffers(current, next)) continue
				changedVersions.push(next.lang)
				revise(current.id)
				for (const f of current.files) freedAssets.add(f.assetId)
				if (current.template) {
					freedAssets.add(current.template.backgroundId)
					if (current.template.logoId) freedAssets.add(current.template.logoId)
				}
				await tx.materialVersion.update({
					where: { id: current.id },
					data: {
						title: next.title,
						description: next.description,
						extractedText: next.extractedText,
					},
				})
				// The revision's files, texts and template move to the published
				// version, whose id the adaptations and links know.
				await tx.versionFile.deleteMany({ where: { versionId: current.id } })
				await tx.versionFile.updateMany({
					where: { versionId: next.id },
					data: { versionId: current.id },
				})
				await tx.versionSegment.deleteMany({ where: { versionId: current.id } })
				await tx.versionSegment.updateMany({
					where: { versionId: next.id },
					data: { versionId: current.id },
				})
				await tx.posterTemplate.deleteMany({ where: { versionId: current.id } })
				await tx.posterTemplate.updateMany({
					where: { versionId: next.id },
					data: { versionId: current.id },
				})
			}
			// The history of the revision (submitted, changes requested...)
			// becomes the published material's, then this publication.
			await tx.moderationEvent.updateMany({
				where: { materialId: revisionId },
				data: { materialId: originalId },
			})
			await tx.moderationEvent.create({
				data: {
					materialId: originalId,
					fromStatus: 'submitted',
					toStatus: 'published',
					userId: actor.id,
					reason: '',
					createdAt: now,
				},
			})
			// Messages about the revision now lead to the published material.
			await tx.inboxMessage.updateMany({
				where: { materialId: revisionId },
				data: { materialId: originalId },
			})
			await tx.material.delete({ where: { id: revisionId } })
			for (const assetId of freedAssets) await deleteAssetIfUnused(tx, assetId)

			const submitter = draft.createdBy
			if (submitter && submitter.id !== actor.id) {
				await tx.inboxMessage.create({
					data: { userId: submitter.id, kind: 'publish', materialId: originalId, createdAt: now },
				})
				const titles = await tx.materialVersion.findMany({
					where: { materialId: originalId },
					select: { lang: true, title: true },
				})
				await queueMail(tx, {
					to: submitter.email,
					kind: 'review-decision',
					lang: submitter.uiLang,
					vars: {
						title: pickVersion(titles, submitter.uiLang, draft.originalLang)?.title ?? '',
						decision: 'publish',
						reason: '',
						link: `${options.origin}/${submitter.uiLang}/materials/${originalId}`,
					},
				})
			}
			await notifyAdapters(tx, originalId, changedVersions, options.origin, now)
			// A poster made a template in this revision answers the countries that asked for one.
			await answerTemplateRequests(tx, originalId, now)
			note({ revision: revisionId, changed: changedVersions })
			return { ok: true, materialId: originalId } as const
		},
	})
}

/**
 * Every country that adapted a language version this publication changed
 * hears of it: the adaptation's author and the country's coordinators get
 * an inbox message and an e-mail linking to the comparison of their
 * adaptation with the original as it is now.
 */
async function notifyAdapters(
	tx: MaterialTx,
	originalId: string,
	changedLangs: string[],
	origin: string,
	now: Date,
) {
	if (!changedLangs.length) return
	const adaptations = await tx.material.findMany({
		where: {
			derivedFromVersion: { materialId: originalId, lang: { in: changedLangs } },
			revisionOfId: null,
		},
		select: {
			id: true,
			countryCode: true,
			createdById: true,
			derivedFromVersion: {
				select: { title: true, material: { select: { countryCode: true } } },
			},
		},
	})
	for (const adaptation of adaptations) {
		const source = adaptation.derivedFromVersion!
		if (source.material.countryCode === adaptation.countryCode) continue
		const people = await tx.user.findMany({
			where: {
				disabledAt: null,
				OR: [
					{ memberships: { some: { countryCode: adaptation.countryCode, role: 'coordinator' } } },
					...(adaptation.createdById ? [{ id: adaptation.createdById }] : []),
				],
			},
			select: { id: true, email: true, uiLang: true },
		})
		for (const person of people) {
			await tx.inboxMessage.create({
				data: {
					userId: person.id,
					kind: 'source-revised',
					materialId: adaptation.id,
					createdAt: now,
				},
			})
			await queueMail(tx, {
				to: person.email,
				kind: 'source-revised',
				lang: person.uiLang,
				vars: {
					title: source.title,
					country: source.material.countryCode,
					link: `${origin}/${person.uiLang}/compare/${adaptation.id}`,
				},
			})
		}
	}
}

const comparableSelect = {
	resourceType: true,
	licence: true,
	ageMin: true,
	ageMax: true,
	campaignId: true,
	organisation: true,
	organisationContact: true,
	audiences: { select: { audience: true } },
	risks: { select: { risk: true } },
	accessibility: { select: { feature: true } },
	versions: {
		select: {
			lang: true,
			title: true,
			description: true,
			files: { select: { assetId: true, role: true } },
			segments: { select: { key: true, text: true } },
			template: { select: { backgroundId: true, logoId: true, slots: true } },
		},
	},
} as const

type ComparableRow = Prisma.MaterialGetPayload<{ select: typeof comparableSelect }>

function comparable(row: ComparableRow): ComparableMaterial {
	return {
		resourceType: row.resourceType,
		licence: row.licence,
		ageMin: row.ageMin,
		ageMax: row.ageMax,
		campaignId: row.campaignId,
		organisation: row.organisation,
		organisationContact: row.organisationContact,
		audiences: row.audiences.map((a) => a.audience),
		risks: row.risks.map((r) => r.risk),
		accessibility: row.accessibility.map((a) => a.feature),
		versions: row.versions.map((v) => ({
			lang: v.lang,
			title: v.title,
			description: v.description,
			files: v.files,
			segments: v.segments,
			template: v.template
				? JSON.stringify([v.template.backgroundId, v.template.logoId, v.template.slots])
				: null,
		})),
	}
}

/**
 * A revision beside the published material it revises: what it changes, for
 * the reviewer and for its country. Null when the material is not a revision.
 * A change of campaign names the campaigns by their titles in `uiLang`.
 */
export async function describeRevision(revisionId: string, uiLang = 'en') {
	const revision = await db.material.findUnique({
		where: { id: revisionId },
		select: { ...comparableSelect, revisionOfId: true },
	})
	if (!revision?.revisionOfId) return null
	const published = await db.material.findUniqueOrThrow({
		where: { id: revision.revisionOfId },
		select: { ...comparableSelect, id: true, originalLang: true },
	})
	return {
		publishedId: published.id,
		publishedTitles: published.versions.map((v) => ({ lang: v.lang, title: v.title })),
		originalLang: published.originalLang,
		changes: await nameCampaigns(diffRevision(comparable(published), comparable(revision)), uiLang),
	}
}

/**
 * What a material says now, as the JSON a withdrawal keeps in
 * `lastPublished` (read in the withdrawal's transaction).
 */
export async function snapshotForWithdrawal(tx: MaterialTx, materialId: string) {
	const row = await tx.material.findUniqueOrThrow({
		where: { id: materialId },
		select: comparableSelect,
	})
	return JSON.stringify(comparable(row))
}

/**
 * A withdrawn material edited in place, beside what it said when it was
 * last public: what changed, for its reviewer and its country. Null when it
 * was never withdrawn from publication, or when its kept state cannot be
 * read.
 */
export async function describeChangesSinceWithdrawal(materialId: string, uiLang = 'en') {
	const material = await db.material.findUnique({
		where: { id: materialId },
		select: { ...comparableSelect, lastPublished: true, revisionOfId: true },
	})
	if (!material?.lastPublished || material.revisionOfId) return null
	let before: ComparableMaterial
	try {
		before = JSON.parse(material.lastPublished) as ComparableMaterial
	} catch {
		return null
	}
	return nameCampaigns(diffRevision(before, comparable(material)), uiLang)
}

/** Campaign ids in a diff become their titles: a reviewer reads titles, not ids. */
async function nameCampaigns(changes: RevisionChange[], uiLang: string) {
	const ids = changes.flatMap((c) =>
		c.kind === 'fact' && c.fact === 'campaign' ? [...c.before, ...c.after] : [],
	)
	if (!ids.length) return changes
	const campaigns = await db.campaign.findMany({
		where: { id: { in: ids } },
		select: { id: true, originalLang: true, translations: { select: { lang: true, title: true } } },
	})
	const titles = new Map(
		campaigns.map((c) => [
			c.id,
			pickVersion(c.translations, uiLang, c.originalLang)?.title || c.id,
		]),
	)
	return changes.map((c) =>
		c.kind === 'fact' && c.fact === 'campaign'
			? {
					...c,
					before: c.before.map((id) => titles.get(id) ?? id),
					after: c.after.map((id) => titles.get(id) ?? id),
				}
			: c,
	)
}
