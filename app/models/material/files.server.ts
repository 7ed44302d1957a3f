import { type Ingested } from '#app/media/ingest.server.ts'
import { releaseStoredFiles, storeBytes, storeTempFile } from '#app/media/storage.server.ts'
import { db } from '#app/utils/db.server.ts'
import { deleteAssetIfUnused, storeImage, storeRenditions, upsertAsset } from '../asset.server.ts'
import { changeMaterial, requireVersionOf, type MaterialTx } from './unit-of-work.server.ts'

/**
 * A material's files: attaching an upload to a language version (with the
 * picture that previews it and the text it gives to search), and removing
 * one. The bytes live in assets (../asset.server.ts), shared by every
 * version that uses the same file.
 */

type Target = { materialId: string; countryCode: string; versionId: string }

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
	/** The poster of the version's template, rendered from its texts (VersionFile.rendered). */
	rendered?: boolean
}) {
	const stored = await storeBytes(input.bytes)
	const { materialId } = await db.materialVersion.findUniqueOrThrow({
		where: { id: input.versionId },
		select: { materialId: true },
	})
	// The stored file is leased until its row commits, so no sweep takes it meanwhile.
	const committed = changeMaterial({
		actor: null,
		materialId,
		action: 'attach-file',
		// The demo library and tests attach files to materials in any status;
		// no route reaches this function.
		when: 'any',
		run: async ({ tx, note }) => {
			note({ versionId: input.versionId, mediaType: input.mediaType, byteSize: stored.byteSize })
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
					versionId_assetId_role: {
						versionId: input.versionId,
						assetId: asset.id,
						role: input.role,
					},
				},
				create: {
					versionId: input.versionId,
					assetId: asset.id,
					role: input.role,
					position: input.position ?? 0,
					rendered: input.rendered ?? false,
				},
				update: {},
			})
		},
	})
	return committed.finally(() => releaseStoredFiles([stored]))
}

/** The text kept for search from one upload; longer text is cut, the file is kept whole. */
const MAX_EXTRACTED_CHARS = 200_000
/**
 * Attaches an ingested upload to a language version. Every file is moved
 * into the store (flushed, renamed) before the transaction that references
 * it: a crash in between leaves an unreferenced file for the sweeper, never
 * a row pointing at nothing. Posting the same file twice finds the same
 * asset and the same attachment.
 */
export async function attachIngestedFile(
	actor: { id: string },
	target: Target,
	ingested: Ingested,
	options: { rendered?: boolean } = {},
) {
	const main = await storeTempFile(ingested.main.tempPath)
	const mainRenditions = await storeRenditions(ingested.mainRenditions)
	const poster = ingested.poster ? await storeImage(ingested.poster) : null
	// Leased until the rows below commit or fail (a failure while storing
	// leaves its leases to expire: see LEASE_MS).
	const leased = [
		main,
		...mainRenditions.map((r) => r.stored),
		...(poster ? [poster.stored, ...poster.renditions.map((r) => r.stored)] : []),
	]
	const committed = changeMaterial({
		actor,
		materialId: target.materialId,
		action: options.rendered ? 'render-poster' : 'attach-file',
		when: 'editable',
		run: async ({ tx, note, revise }) => {
			await requireVersionOf(tx, target)
			// A file the country chose is new content; a poster rendered from
			// the texts follows a change already counted.
			if (!options.rendered) revise(target.versionId)
			const posterAsset = poster
				? await upsertAsset(tx, {
						stored: poster.stored,
						mediaType: poster.mediaType,
						kind: 'image',
						width: poster.width,
						height: poster.height,
						renditions: poster.renditions,
					})
				: null
			const asset = await upsertAsset(tx, {
				stored: main,
				mediaType: ingested.main.mediaType,
				kind: ingested.kind,
				width: ingested.main.width,
				height: ingested.main.height,
				durationMs: ingested.main.durationMs,
				pageCount: ingested.main.pageCount,
				posterId: posterAsset?.id ?? null,
				renditions: mainRenditions,
				pages: ingested.pages,
			})
			// A poster made from the version's template replaces the one made
			// before it, and is the version's picture.
			const replaced = options.rendered
				? await replaceRenderedFiles(tx, target.versionId, asset.id)
				: []
			const position = options.rendered
				? 0
				: await tx.versionFile.count({ where: { versionId: target.versionId, role: 'primary' } })
			const file = await tx.versionFile.upsert({
				where: {
					versionId_assetId_role: {
						versionId: target.versionId,
						assetId: asset.id,
						role: 'primary',
					},
				},
				create: {
					versionId: target.versionId,
					assetId: asset.id,
					role: 'primary',
					position,
					fileName: ingested.fileName,
					rendered: options.rendered ?? false,
				},
				update: {},
			})
			const previewAssetId =
				ingested.kind === 'image' ? asset.id : (posterAsset?.id ?? asset.posterId)
			const hasPreview = await tx.versionFile.count({
				where: { versionId: target.versionId, role: 'preview' },
			})
			if (previewAssetId && !hasPreview) {
				await tx.versionFile.create({
					data: { versionId: target.versionId, assetId: previewAssetId, role: 'preview' },
				})
			}
			const text = (
				await tx.assetPage.findMany({ where: { assetId: asset.id }, orderBy: { page: 'asc' } })
			)
				.map((p) => p.text)
				.join('\n\f\n')
			if (text) {
				const version = await tx.materialVersion.findUniqueOrThrow({
					where: { id: target.versionId },
				})
				if (!version.extractedText.includes(text.slice(0, 200))) {
					await tx.materialVersion.update({
						where: { id: target.versionId },
						data: {
							extractedText: `${version.extractedText}\n${text}`
								.trim()
								.slice(0, MAX_EXTRACTED_CHARS),
						},
					})
				}
			}
			for (const assetId of replaced) await deleteAssetIfUnused(tx, assetId)
			note({
				versionId: target.versionId,
				fileName: ingested.fileName,
				mediaType: ingested.main.mediaType,
				byteSize: main.byteSize,
			})
			return file
		},
	})
	return committed.finally(() => releaseStoredFiles(leased))
}

/**
 * Removes the version's earlier rendered posters and its preview (the new
 * poster becomes the preview); returns the assets they used, to be deleted
 * once nothing else uses them.
 */
async function replaceRenderedFiles(tx: MaterialTx, versionId: string, keepAssetId: string) {
	const old = await tx.versionFile.findMany({
		where: { versionId, rendered: true, assetId: { not: keepAssetId } },
		select: { id: true, assetId: true },
	})
	await tx.versionFile.deleteMany({ where: { id: { in: old.map((f) => f.id) } } })
	await tx.versionFile.deleteMany({ where: { versionId, role: 'preview' } })
	await tx.versionFile.create({ data: { versionId, assetId: keepAssetId, role: 'preview' } })
	return old.map((f) => f.assetId)
}

/**
 * Removes a file from a draft's language version: its attachment, the
 * preview it gave (another file's picture takes over), its text in search,
 * and the stored asset itself when nothing else uses it (the sweeper then
 * deletes the bytes). Returns false when the file is not one of this
 * material's.
 */
export async function detachFile(
	actor: { id: string },
	target: { materialId: string; countryCode: string },
	fileId: string,
) {
	const file = await db.versionFile.findFirst({
		where: { id: fileId, role: 'primary', version: { materialId: target.materialId } },
		include: { asset: { include: { pages: { orderBy: { page: 'asc' } } } }, version: true },
	})
	if (!file) return false
	await changeMaterial({
		actor,
		materialId: target.materialId,
		action: 'detach-file',
		when: 'editable',
		run: async ({ tx, note, revise }) => {
			const { asset, version } = file
			revise(version.id)
			await tx.versionFile.delete({ where: { id: file.id } })
			const pictures = [asset.id, asset.posterId].filter((id): id is string => !!id)
			await tx.versionFile.deleteMany({
				where: { versionId: version.id, role: 'preview', assetId: { in: pictures } },
			})
			if (!(await tx.versionFile.count({ where: { versionId: version.id, role: 'preview' } }))) {
				const next = await tx.versionFile.findFirst({
					where: { versionId: version.id, role: 'primary' },
					orderBy: { position: 'asc' },
					include: { asset: { select: { id: true, kind: true, posterId: true } } },
				})
				const picture = next
					? next.asset.kind === 'image'
						? next.asset.id
						: next.asset.posterId
					: null
				if (picture)
					await tx.versionFile.create({
						data: { versionId: version.id, assetId: picture, role: 'preview' },
					})
			}
			const text = asset.pages.map((p) => p.text).join('\n\f\n')
			if (text && version.extractedText.includes(text)) {
				await tx.materialVersion.update({
					where: { id: version.id },
					data: { extractedText: version.extractedText.replace(text, '').trim() },
				})
			}
			for (const id of pictures) await deleteAssetIfUnused(tx, id)
			note({ versionId: version.id, fileName: file.fileName, mediaType: asset.mediaType })
		},
	})
	return true
}
