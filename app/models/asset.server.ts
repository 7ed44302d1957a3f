import { type Prisma } from '#app/generated/prisma/client.ts'
import { type IngestedImage, type Ingested } from '#app/media/ingest.server.ts'
import { type Rendition } from '#app/media/images.server.ts'
import {
	registerStorageProcess,
	releaseStoredFiles,
	storeBytes,
	storeTempFile,
	sweepStorage,
	type StoredFile,
} from '#app/media/storage.server.ts'
import { invalidateCache } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'
import { recordAudit } from './audit.server.ts'
import { indexMaterialInTransaction } from './search-index.server.ts'

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
	const committed = db.$transaction(async (tx) => {
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
	return committed.finally(() => releaseStoredFiles([stored]))
}

/** The text kept for search from one upload; longer text is cut, the file is kept whole. */
const MAX_EXTRACTED_CHARS = 200_000

type Tx = Prisma.TransactionClient

interface StoredImage {
	stored: StoredFile
	mediaType: string
	width: number
	height: number
	renditions: (Rendition & { stored: StoredFile })[]
}

async function storeImage(image: IngestedImage): Promise<StoredImage> {
	return {
		stored: await storeTempFile(image.tempPath),
		mediaType: image.mediaType,
		width: image.width,
		height: image.height,
		renditions: await storeRenditions(image.renditions),
	}
}

async function storeRenditions(renditions: Rendition[]) {
	const out = []
	for (const r of renditions) out.push({ ...r, stored: await storeTempFile(r.path) })
	return out
}

async function upsertAsset(
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
 * Attaches an ingested upload to a language version. Every file is moved
 * into the store (flushed, renamed) before the transaction that references
 * it: a crash in between leaves an unreferenced file for the sweeper, never
 * a row pointing at nothing. Posting the same file twice finds the same
 * asset and the same attachment.
 */
export async function attachIngestedFile(
	actor: { id: string },
	target: { materialId: string; countryCode: string; versionId: string },
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
	const committed = db.$transaction(async (tx) => {
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
				versionId_assetId_role: { versionId: target.versionId, assetId: asset.id, role: 'primary' },
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
						extractedText: `${version.extractedText}\n${text}`.trim().slice(0, MAX_EXTRACTED_CHARS),
					},
				})
			}
		}
		for (const assetId of replaced) await deleteAssetIfUnused(tx, assetId)
		await recordAudit(tx, {
			userId: actor.id,
			action: options.rendered ? 'render-poster' : 'attach-file',
			entityType: 'material',
			entityId: target.materialId,
			countryCode: target.countryCode,
			summary: {
				versionId: target.versionId,
				fileName: ingested.fileName,
				mediaType: ingested.main.mediaType,
				byteSize: main.byteSize,
			},
		})
		await indexMaterialInTransaction(tx, target.materialId)
		return file
	})
	const result = await committed.finally(() => releaseStoredFiles(leased))
	invalidateCache('catalog:')
	return result
}

/**
 * Removes the version's earlier rendered posters and its preview (the new
 * poster becomes the preview); returns the assets they used, to be deleted
 * once nothing else uses them.
 */
async function replaceRenderedFiles(tx: Tx, versionId: string, keepAssetId: string) {
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
	return db
		.$transaction((tx) => upsertAsset(tx, { stored, kind: 'image', renditions: [], ...meta }))
		.finally(() => releaseStoredFiles([stored]))
}

/**
 * The tables that reference stored files: every one with a `storageKey`
 * column (Asset, Rendition, and any added later), read from the schema
 * itself, so a new kind of stored file is never swept for being unknown here.
 */
export const STORAGE_KEY_TABLES_SQL = `SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
	WHERE m.type = 'table' AND c.name = 'storageKey' ORDER BY m.name`

/** Every storage key the tables name (SQL for a direct connection). */
export function referencedStorageKeysSql(tables: readonly string[]) {
	return tables.map((table) => `SELECT "storageKey" FROM "${table}"`).join(' UNION ')
}

async function storageKeyTables() {
	return (await db.$queryRawUnsafe<{ name: string }[]>(STORAGE_KEY_TABLES_SQL)).map((r) => r.name)
}

/**
 * Which of `storageKeys` a row references: what the sweeper must keep. Asked
 * a folder of the store at a time, so a sweep in a running server reads a
 * few rows at once instead of every key of the library.
 */
export async function storageKeysInUse(storageKeys: string[], knownTables?: readonly string[]) {
	const tables = knownTables ?? (await storageKeyTables())
	const placeholders = storageKeys.map(() => '?').join(', ')
	const rows = await db.$queryRawUnsafe<{ storageKey: string }[]>(
		tables
			.map((table) => `SELECT "storageKey" FROM "${table}" WHERE "storageKey" IN (${placeholders})`)
			.join(' UNION '),
		...tables.flatMap(() => storageKeys),
	)
	return new Set(rows.map((r) => r.storageKey))
}

/** Removes stored and temporary files nothing can use any more (see sweepStorage). */
export async function sweepUnusedFiles(options: { tempAgeMs?: number } = {}) {
	// Read once a sweep: the schema does not change while the app runs.
	const tables = await storageKeyTables()
	return sweepStorage((keys) => storageKeysInUse(keys, tables), options)
}

/** How often a running server sweeps: what an interrupted upload left waits at most this long. */
const SWEEP_EVERY_MS = 15 * 60_000

/**
 * Sweeps the store every SWEEP_EVERY_MS while the server runs (start-up
 * sweeps once before it listens). The timer never keeps the process alive.
 */
export function startFileSweeper(log: (line: string) => void = console.log) {
	// Known in the store from now on, so that a restore sees the server runs.
	registerStorageProcess().catch((error) =>
		console.error('files: the store could not be written', error),
	)
	const timer = setInterval(() => {
		sweepUnusedFiles()
			.then(({ files, temp }) => {
				if (files || temp) log(`files: ${files} unreferenced and ${temp} temporary files removed`)
			})
			.catch((error) => console.error('files: sweeping the store failed', error))
	}, SWEEP_EVERY_MS)
	timer.unref()
	return () => clearInterval(timer)
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
	await db.$transaction(async (tx) => {
		const { asset, version } = file
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
		await recordAudit(tx, {
			userId: actor.id,
			action: 'detach-file',
			entityType: 'material',
			entityId: target.materialId,
			countryCode: target.countryCode,
			summary: { versionId: version.id, fileName: file.fileName, mediaType: asset.mediaType },
		})
		await indexMaterialInTransaction(tx, target.materialId)
	})
	invalidateCache('catalog:')
	return true
}
