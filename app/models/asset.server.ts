import { type Prisma } from '#app/generated/prisma/client.ts'
import { type IngestedImage } from '#app/media/ingest.server.ts'
import { type Rendition } from '#app/media/images.server.ts'
import { storeBytes, storeTempFile, type StoredFile } from '#app/media/storage.server.ts'
import { db } from '#app/utils/db.server.ts'

type Tx = Prisma.TransactionClient

export interface StoredImage {
	stored: StoredFile
	mediaType: string
	width: number
	height: number
	renditions: (Rendition & { stored: StoredFile })[]
}

export async function storeImage(image: IngestedImage): Promise<StoredImage> {
	return {
		stored: await storeTempFile(image.tempPath),
		mediaType: image.mediaType,
		width: image.width,
		height: image.height,
		renditions: await storeRenditions(image.renditions),
	}
}

export async function storeRenditions(renditions: Rendition[]) {
	const out = []
	for (const r of renditions) out.push({ ...r, stored: await storeTempFile(r.path) })
	return out
}

export async function upsertAsset(
	tx: Tx,
	input: {
		stored: StoredFile
		mediaType: string
		kind: string
		width?: number | null
		height?: number | null
		durationMs?: number | null
		pageCount?: number | null
		posterId?: string | null
		renditions: (Rendition & { stored: StoredFile })[]
		pages?: string[]
	},
) {
	const existing = await tx.asset.findUnique({ where: { sha256: input.stored.sha256 } })
	if (existing) return existing
	const asset = await tx.asset.create({
		data: {
			sha256: input.stored.sha256,
			storageKey: input.stored.storageKey,
			byteSize: input.stored.byteSize,
			mediaType: input.mediaType,
			kind: input.kind,
			width: input.width ?? null,
			height: input.height ?? null,
			durationMs: input.durationMs ?? null,
			pageCount: input.pageCount ?? null,
			posterId: input.posterId ?? null,
		},
	})
	for (const r of input.renditions) {
		await tx.rendition.create({
			data: {
				assetId: asset.id,
				format: r.format,
				width: r.width,
				height: r.height,
				byteSize: r.stored.byteSize,
				storageKey: r.stored.storageKey,
			},
		})
	}
	if (input.pages?.length) {
		await tx.assetPage.createMany({
			data: input.pages.map((text, i) => ({ assetId: asset.id, page: i + 1, text })),
		})
	}
	return asset
}

/**
 * Deletes an asset row that no file, poster or template uses any more (its
 * renditions go with it); the sweeper then removes the bytes.
 */
export async function deleteAssetIfUnused(tx: Tx, assetId: string) {
	const [files, posterOf, templates] = await Promise.all([
		tx.versionFile.count({ where: { assetId } }),
		tx.asset.count({ where: { posterId: assetId, files: { some: {} } } }),
		tx.posterTemplate.count({ where: { OR: [{ backgroundId: assetId }, { logoId: assetId }] } }),
	])
	if (!files && !posterOf && !templates) await tx.asset.deleteMany({ where: { id: assetId } })
}

/**
 * Stores an image as an asset of its own, attached to no version: a
 * template's background or logo, or a demo template's background. Only the
 * master is kept: these are drawn on, never shown through renditions.
 * Returns the asset (an existing one for bytes already stored).
 */
export async function storeImageAsset(
	image: { tempPath: string } | { bytes: Uint8Array },
	meta: { mediaType: string; width: number | null; height: number | null },
) {
	const stored =
		'bytes' in image ? await storeBytes(image.bytes) : await storeTempFile(image.tempPath)
	return db.$transaction((tx) =>
		upsertAsset(tx, { stored, kind: 'image', renditions: [], ...meta }),
	)
}

/** Every storage key a row references: what the sweeper must keep. */
export async function referencedStorageKeys() {
	const [assets, renditions, conversions] = await Promise.all([
		db.asset.findMany({ select: { storageKey: true } }),
		db.rendition.findMany({ select: { storageKey: true } }),
		db.conversion.findMany({ select: { storageKey: true } }),
	])
	return new Set([...assets, ...renditions, ...conversions].map((r) => r.storageKey))
}

/**
 * A rendition and who may see it: public when its image belongs (directly,
 * or as the poster of a document or video) to a published material; else
 * the countries of the materials it belongs to.
 */
export async function getRenditionForServing(id: string) {
	const rendition = await db.rendition.findUnique({ where: { id } })
	if (!rendition) return null
	const materials = await db.material.findMany({
		where: {
			versions: {
				some: {
					files: {
						some: {
							OR: [{ assetId: rendition.assetId }, { asset: { posterId: rendition.assetId } }],
						},
					},
				},
			},
		},
		select: { status: true, countryCode: true },
	})
	return {
		rendition,
		isPublic: materials.some((m) => m.status === 'published'),
		countries: [...new Set(materials.map((m) => m.countryCode))],
	}
}
