import {
	type ArchiveAsset,
	type ArchiveCampaign,
	type ArchiveMaterial,
} from '#app/archive/schemas.ts'
import { storageKeyFor } from '#app/media/storage.server.ts'
import { db } from '#app/utils/db.server.ts'
import { recordAudit } from '../audit.server.ts'
import { indexCampaignInTransaction } from '../campaign-search.server.ts'
import { startMaterials } from './unit-of-work.server.ts'

/**
 * The database side of importing a country archive (app/archive/import.server.ts):
 * what is already here, and the one transaction that writes what is not.
 */

/** What of an archive this instance already holds, by id (and assets by sha256). */
export async function findArchiveRowsHere(archive: {
	country: string
	materialIds: string[]
	campaignIds: string[]
	versionIds: string[]
	fileIds: string[]
	assetShas: string[]
	assetIds: string[]
	renditionIds: string[]
	sourceVersionIds: string[]
}) {
	const [
		country,
		materials,
		campaigns,
		versions,
		files,
		assetsBySha,
		assetsById,
		renditions,
		sources,
	] = await Promise.all([
		db.country.findUnique({ where: { code: archive.country }, select: { code: true } }),
		db.material.findMany({
			where: { id: { in: archive.materialIds } },
			select: { id: true, countryCode: true, status: true },
		}),
		db.campaign.findMany({
			where: { id: { in: archive.campaignIds } },
			select: { id: true, countryCode: true },
		}),
		db.materialVersion.findMany({
			where: { id: { in: archive.versionIds } },
			select: { id: true, materialId: true },
		}),
		db.versionFile.findMany({
			where: { id: { in: archive.fileIds } },
			select: { id: true, version: { select: { materialId: true } } },
		}),
		db.asset.findMany({
			where: { sha256: { in: archive.assetShas } },
			select: { id: true, sha256: true },
		}),
		db.asset.findMany({
			where: { id: { in: archive.assetIds } },
			select: { id: true, sha256: true },
		}),
		db.rendition.findMany({
			where: { id: { in: archive.renditionIds } },
			select: { id: true, assetId: true },
		}),
		db.materialVersion.findMany({
			where: { id: { in: archive.sourceVersionIds } },
			select: { id: true, materialId: true },
		}),
	])
	return {
		countryExists: !!country,
		materials: new Map(materials.map((m) => [m.id, m])),
		campaigns: new Map(campaigns.map((c) => [c.id, c])),
		versions: new Map(versions.map((v) => [v.id, v.materialId])),
		files: new Map(files.map((f) => [f.id, f.version.materialId])),
		assetsBySha: new Map(assetsBySha.map((a) => [a.sha256, a.id])),
		assetsById: new Map(assetsById.map((a) => [a.id, a.sha256])),
		renditions: new Map(renditions.map((r) => [r.id, r.assetId])),
		sourceVersions: new Map(sources.map((v) => [v.id, v.materialId])),
	}
}

/** Materials here imported before their source, that waited for one of these versions. */
export async function findMaterialsAwaiting(versionIds: string[]) {
	if (!versionIds.length) return []
	return db.material.findMany({
		where: { awaitedVersionId: { in: versionIds } },
		select: { id: true, awaitedVersionId: true, awaitedMaterialId: true },
	})
}

export interface ArchiveInsert {
	country: string
	source: { origin: string | null; exportedAt: string }
	/** New campaigns only. */
	campaigns: ArchiveCampaign[]
	/** New assets only, each poster before the assets it stands for. */
	assets: ArchiveAsset[]
	/** An archive asset's id here: its own, or the id of the asset already holding its bytes. */
	assetIds: Map<string, string>
	/**
	 * New materials only, each source before its derivatives; `derivedFromVersionId`
	 * as resolved here, or else the source they wait for.
	 */
	materials: {
		record: ArchiveMaterial
		derivedFromVersionId: string | null
		awaited: { materialId: string; versionId: string } | null
	}[]
	/** Materials here that waited for a version this archive brings: now linked to it. */
	links: { materialId: string; versionId: string }[]
	/** Materials already here that gain a derivative (their reuse figures change). */
	sourcesHere: string[]
	/** What the import's audit entry says besides the counts. */
	summary: Record<string, unknown>
}

/**
 * Writes an archive's new rows in one transaction, through the material unit
 * of work (audit entry and search entry per material), with the campaigns'
 * search entries and one audit entry for the whole import.
 */
export async function insertArchive(input: ArchiveInsert) {
	const assetId = (id: string) => input.assetIds.get(id) ?? id
	await startMaterials({
		actor: null,
		materialIds: input.materials.map((m) => m.record.id),
		action: 'material.import',
		create: async ({ tx, note, alsoIndex }) => {
			note({ origin: input.source.origin, exportedAt: input.source.exportedAt })
			for (const id of input.sourcesHere) alsoIndex(id)
			for (const c of input.campaigns) {
				await tx.campaign.create({
					data: {
						id: c.id,
						countryCode: c.countryCode,
						originalLang: c.originalLang,
						startYear: c.startYear,
						endYear: c.endYear,
						reachCount: c.reachCount,
						reachUnit: c.reachUnit,
						evaluationMethod: c.evaluationMethod,
						costAmount: c.costAmount,
						costCurrency: c.costCurrency,
						durationMonths: c.durationMonths,
						organisation: c.organisation,
						organisationContact: c.organisationContact,
						isDemo: c.isDemo,
						channels: { create: c.channels.map((channel) => ({ channel })) },
						audiences: { create: c.audiences.map((audience) => ({ audience })) },
						risks: { create: c.risks.map((risk) => ({ risk })) },
						translations: { create: c.translations },
					},
				})
				await indexCampaignInTransaction(tx, c.id)
			}
			for (const a of input.assets) {
				await tx.asset.create({
					data: {
						id: a.id,
						sha256: a.sha256,
						storageKey: storageKeyFor(a.sha256),
						mediaType: a.mediaType,
						byteSize: a.byteSize,
						width: a.width,
						height: a.height,
						kind: a.kind,
						durationMs: a.durationMs,
						pageCount: a.pageCount,
						posterId: a.posterId && assetId(a.posterId),
					},
				})
				for (const r of a.renditions)
					await tx.rendition.create({
						data: {
							id: r.id,
							assetId: a.id,
							format: r.format,
							width: r.width,
							height: r.height,
							byteSize: r.byteSize,
							storageKey: storageKeyFor(r.sha256),
						},
					})
				if (a.pages.length)
					await tx.assetPage.createMany({
						data: a.pages.map((p) => ({ assetId: a.id, page: p.page, text: p.text })),
					})
			}
			for (const { record: m, derivedFromVersionId, awaited } of input.materials) {
				await tx.material.create({
					data: {
						id: m.id,
						campaignId: m.campaign?.id ?? null,
						countryCode: m.countryCode,
						resourceType: m.resourceType,
						ageMin: m.ageMin,
						ageMax: m.ageMax,
						licence: m.licence,
						status: 'published',
						originalLang: m.originalLang,
						derivedFromVersionId,
						derivedFromRevision: m.archive.derivedFrom?.revision ?? null,
						awaitedVersionId: awaited?.versionId ?? null,
						awaitedMaterialId: awaited?.materialId ?? null,
						derivationKind: m.derivationKind,
						isDemo: m.isDemo,
						publishedAt: m.publishedAt ? new Date(m.publishedAt) : null,
						createdAt: new Date(m.archive.createdAt),
						organisation: m.archive.organisation,
						organisationContact: m.archive.organisationContact,
					},
				})
				if (m.audiences.length)
					await tx.materialAudience.createMany({
						data: m.audiences.map((audience) => ({ materialId: m.id, audience })),
					})
				if (m.risks.length)
					await tx.materialRisk.createMany({
						data: m.risks.map((risk) => ({ materialId: m.id, risk })),
					})
				if (m.accessibility.length)
					await tx.materialAccessibility.createMany({
						data: m.accessibility.map((feature) => ({ materialId: m.id, feature })),
					})
				const extras = new Map(m.archive.versions.map((v) => [v.id, v]))
				for (const v of m.versions) {
					const extra = extras.get(v.id)!
					const roles = new Map(v.files.map((f) => [f.id, f]))
					await tx.materialVersion.create({
						data: {
							id: v.id,
							materialId: m.id,
							lang: v.lang,
							title: v.title,
							description: v.description,
							extractedText: extra.extractedText,
							revision: v.revision,
							createdAt: new Date(extra.createdAt),
							updatedAt: new Date(v.updatedAt),
						},
					})
					for (const f of extra.files)
						await tx.versionFile.create({
							data: {
								id: f.id,
								versionId: v.id,
								assetId: assetId(f.assetId),
								role: roles.get(f.id)!.role,
								rendered: roles.get(f.id)!.rendered,
								position: f.position,
								fileName: f.fileName,
							},
						})
					if (extra.segments.length)
						await tx.versionSegment.createMany({
							data: extra.segments.map((s) => ({ versionId: v.id, ...s })),
						})
					if (extra.template)
						await tx.posterTemplate.create({
							data: {
								versionId: v.id,
								backgroundId: assetId(extra.template.backgroundId),
								logoId: extra.template.logoId && assetId(extra.template.logoId),
								slots: extra.template.slots,
							},
						})
				}
			}
			// After every version is in: a link may point at any of them.
			for (const link of input.links) {
				await tx.material.update({
					where: { id: link.materialId },
					data: {
						derivedFromVersionId: link.versionId,
						awaitedVersionId: null,
						awaitedMaterialId: null,
					},
				})
				alsoIndex(link.materialId)
			}
			await recordAudit(tx, {
				userId: null,
				action: 'country.import',
				entityType: 'country',
				entityId: input.country,
				countryCode: input.country,
				summary: {
					...input.summary,
					materials: input.materials.length,
					campaigns: input.campaigns.length,
					assets: input.assets.length,
					linked: input.links.map((l) => l.materialId),
				},
			})
		},
	})
}
