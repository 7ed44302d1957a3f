import {
	type ArchiveAsset,
	type ArchiveCampaign,
	type ArchiveMaterial,
} from '#app/archive/schemas.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { db } from '#app/utils/db.server.ts'
import { recordAudit } from './audit.server.ts'

/**
 * What a country archive (app/archive/export.server.ts) reads of the
 * database, beyond the API's own answer for each material: the rows another
 * instance needs to store the material as it is here.
 */

const PUBLISHED = 'published'

/** A country's published materials and the campaigns they belong to, by id. */
export async function listCountryArchiveContents(countryCode: string) {
	const materials = await db.material.findMany({
		where: { countryCode, status: PUBLISHED },
		select: { id: true, campaignId: true },
		orderBy: { id: 'asc' },
	})
	const campaignIds = [...new Set(materials.flatMap((m) => (m.campaignId ? [m.campaignId] : [])))]
	return { materialIds: materials.map((m) => m.id), campaignIds: campaignIds.sort() }
}

/** How many published materials each country has (for the export page). */
export async function countPublishedByCountry(countryCodes?: string[]) {
	const rows = await db.material.groupBy({
		by: ['countryCode'],
		where: {
			status: PUBLISHED,
			...(countryCodes ? { countryCode: { in: countryCodes } } : {}),
		},
		_count: { _all: true },
	})
	return new Map(rows.map((r) => [r.countryCode, r._count._all]))
}

export async function getArchiveCampaign(id: string): Promise<ArchiveCampaign | null> {
	const c = await db.campaign.findUnique({
		where: { id },
		include: {
			translations: { orderBy: { lang: 'asc' } },
			channels: true,
			audiences: true,
			risks: true,
		},
	})
	if (!c) return null
	return {
		id: c.id,
		countryCode: c.countryCode,
		originalLang: c.originalLang,
		startYear: c.startYear,
		endYear: c.endYear,
		reachCount: c.reachCount,
		reachUnit: c.reachUnit as ArchiveCampaign['reachUnit'],
		evaluationMethod: c.evaluationMethod as ArchiveCampaign['evaluationMethod'],
		costAmount: c.costAmount,
		costCurrency: c.costCurrency as ArchiveCampaign['costCurrency'],
		durationMonths: c.durationMonths,
		organisation: c.organisation,
		organisationContact: c.organisationContact,
		isDemo: c.isDemo,
		channels: c.channels.map((x) => x.channel).sort() as ArchiveCampaign['channels'],
		audiences: c.audiences.map((x) => x.audience).sort() as ArchiveCampaign['audiences'],
		risks: c.risks.map((x) => x.risk).sort() as ArchiveCampaign['risks'],
		translations: c.translations.map(({ campaignId: _, ...t }) => t),
	}
}

const ASSET_SELECT = {
	id: true,
	sha256: true,
	storageKey: true,
	mediaType: true,
	byteSize: true,
	width: true,
	height: true,
	kind: true,
	durationMs: true,
	pageCount: true,
	posterId: true,
	pages: { select: { page: true, text: true }, orderBy: { page: 'asc' } },
	renditions: {
		select: { id: true, format: true, width: true, height: true, byteSize: true, storageKey: true },
		orderBy: [{ format: 'asc' }, { width: 'asc' }],
	},
} satisfies Prisma.AssetSelect

type AssetRow = Prisma.AssetGetPayload<{ select: typeof ASSET_SELECT }>

/** A stored file an archive carries, and where its bytes are. */
export interface ArchiveFile {
	sha256: string
	storageKey: string
	byteSize: number
}

/** The sha256 a content-addressed storage key ends with (`ab/cd/<sha256>`). */
const sha256OfKey = (storageKey: string) => storageKey.slice(storageKey.lastIndexOf('/') + 1)

/**
 * The `archive` member of a published material's record, and the stored
 * files it uses. Null when the material is not published.
 */
export async function getArchiveExtras(
	materialId: string,
): Promise<{ archive: ArchiveMaterial['archive']; files: ArchiveFile[] } | null> {
	const m = await db.material.findFirst({
		where: { id: materialId, status: PUBLISHED },
		select: {
			createdAt: true,
			organisation: true,
			organisationContact: true,
			derivedFromRevision: true,
			derivedFromVersion: { select: { id: true, materialId: true } },
			awaitedVersionId: true,
			awaitedMaterialId: true,
			versions: {
				orderBy: { lang: 'asc' },
				select: {
					id: true,
					createdAt: true,
					extractedText: true,
					segments: {
						select: { key: true, text: true, sourceText: true },
						orderBy: { key: 'asc' },
					},
					template: { select: { backgroundId: true, logoId: true, slots: true } },
					files: {
						orderBy: [{ role: 'asc' }, { position: 'asc' }],
						select: { id: true, assetId: true, position: true, fileName: true },
					},
				},
			},
		},
	})
	if (!m) return null
	const wanted = new Set<string>()
	for (const v of m.versions) {
		for (const f of v.files) wanted.add(f.assetId)
		if (v.template) {
			wanted.add(v.template.backgroundId)
			if (v.template.logoId) wanted.add(v.template.logoId)
		}
	}
	const assets = new Map<string, AssetRow>()
	// Posters are assets too; a poster has none of its own, so two rounds find them all.
	for (let round = 0; round < 2 && wanted.size; round++) {
		const rows = await db.asset.findMany({
			where: { id: { in: [...wanted] } },
			select: ASSET_SELECT,
		})
		wanted.clear()
		for (const row of rows) {
			assets.set(row.id, row)
			if (row.posterId && !assets.has(row.posterId)) wanted.add(row.posterId)
		}
	}
	const rows = [...assets.values()].sort((a, b) => a.id.localeCompare(b.id))
	const files = new Map<string, ArchiveFile>()
	for (const a of rows) {
		files.set(a.sha256, { sha256: a.sha256, storageKey: a.storageKey, byteSize: a.byteSize })
		for (const r of a.renditions)
			files.set(sha256OfKey(r.storageKey), {
				sha256: sha256OfKey(r.storageKey),
				storageKey: r.storageKey,
				byteSize: r.byteSize,
			})
	}
	return {
		archive: {
			createdAt: m.createdAt.toISOString(),
			organisation: m.organisation,
			organisationContact: m.organisationContact,
			derivedFrom: m.derivedFromVersion
				? {
						materialId: m.derivedFromVersion.materialId,
						versionId: m.derivedFromVersion.id,
						revision: m.derivedFromRevision,
					}
				: // Imported before its source: the reference goes on with it.
					m.awaitedVersionId && m.awaitedMaterialId
					? {
							materialId: m.awaitedMaterialId,
							versionId: m.awaitedVersionId,
							revision: m.derivedFromRevision,
						}
					: null,
			versions: m.versions.map((v) => ({
				id: v.id,
				createdAt: v.createdAt.toISOString(),
				extractedText: v.extractedText,
				segments: v.segments,
				template: v.template,
				files: v.files.map((f) => ({
					id: f.id,
					assetId: f.assetId,
					position: f.position,
					fileName: f.fileName,
				})),
			})),
			assets: rows.map((a): ArchiveAsset => ({
				id: a.id,
				sha256: a.sha256,
				mediaType: a.mediaType,
				byteSize: a.byteSize,
				width: a.width,
				height: a.height,
				kind: a.kind as ArchiveAsset['kind'],
				durationMs: a.durationMs,
				pageCount: a.pageCount,
				posterId: a.posterId,
				pages: a.pages,
				renditions: a.renditions.map((r) => ({
					id: r.id,
					format: r.format as 'webp' | 'avif',
					width: r.width,
					height: r.height,
					byteSize: r.byteSize,
					sha256: sha256OfKey(r.storageKey),
				})),
			})),
		},
		files: [...files.values()],
	}
}

/** Records that someone took a country's data away, and how much of it. */
export async function recordCountryExport(
	actor: { id: string } | null,
	countryCode: string,
	counts: { materials: number; campaigns: number; files: number },
) {
	await recordAudit(db, {
		userId: actor?.id ?? null,
		action: 'country.export',
		entityType: 'country',
		entityId: countryCode,
		countryCode,
		summary: counts,
	})
}
