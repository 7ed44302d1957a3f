import { storeBytes } from '#app/media/storage.server.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * Stores bytes and attaches them to a language version. The file is on disk
 * (flushed and renamed) before the row that references it is written, so a
 * row never points at a missing file; identical bytes share one asset.
 */
export async function attachFile(input: {
	versionId: string
	bytes: Uint8Array
	mediaType: string
	role: 'primary' | 'preview'
	width?: number | null
	height?: number | null
	position?: number
}) {
	const stored = await storeBytes(input.bytes)
	return db.$transaction(async (tx) => {
		const asset = await tx.asset.upsert({
			where: { sha256: stored.sha256 },
			create: {
				sha256: stored.sha256,
				storageKey: stored.storageKey,
				byteSize: stored.byteSize,
				mediaType: input.mediaType,
				width: input.width ?? null,
				height: input.height ?? null,
			},
			update: {},
		})
		return tx.versionFile.upsert({
			where: {
				versionId_assetId_role: { versionId: input.versionId, assetId: asset.id, role: input.role },
			},
			create: {
				versionId: input.versionId,
				assetId: asset.id,
				role: input.role,
				position: input.position ?? 0,
			},
			update: {},
		})
	})
}
