import { type Prisma } from '#app/generated/prisma/client.ts'
import { type IngestedImage } from '#app/media/ingest.server.ts'
import { renderRenditions, renditionWidthsFor, type Rendition } from '#app/media/images.server.ts'
import {
	newTempPath,
	pathForKey,
	registerStorageProcess,
	releaseStoredFiles,
	storeBytes,
	storeTempFile,
	sweepStorage,
	type StoredFile,
} from '#app/media/storage.server.ts'
import fsp from 'node:fs/promises'
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
 * the materials it belongs to decide.
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
		select: { status: true, countryCode: true, createdById: true },
	})
	return {
		rendition,
		isPublic: materials.some((m) => m.status === 'published'),
		materials,
	}
}

/**
 * Gives renditions to the images shown to readers that have none: the demo
 * library's pictures are stored as drawn, without them, so that the first
 * start is not kept waiting. Run in the background once the server listens,
 * one image at a time through the image work queue; an image that fails is
 * logged and left as it is (served from its master, as before). Running it
 * again does nothing: an image that got renditions meanwhile is skipped.
 * Template backgrounds and logos, drawn on and never shown, get none.
 */
export async function addMissingRenditions(log: (line: string) => void = console.log) {
	const started = Date.now()
	const images = await db.asset.findMany({
		where: {
			kind: 'image',
			width: { not: null },
			renditions: { none: {} },
			OR: [{ files: { some: {} } }, { posterOf: { some: { files: { some: {} } } } }],
		},
		select: { id: true, storageKey: true, width: true },
		orderBy: { createdAt: 'asc' },
	})
	let done = 0
	let failed = 0
	for (const image of images) {
		if (!renditionWidthsFor(image.width!).length) continue
		const outDir = await newTempPath('.renditions')
		let stored: (Rendition & { stored: StoredFile })[] = []
		try {
			await fsp.mkdir(outDir, { recursive: true })
			stored = await storeRenditions(await renderRenditions(pathForKey(image.storageKey), outDir))
			const added = await db.$transaction(async (tx) => {
				if (await tx.rendition.count({ where: { assetId: image.id } })) return false
				if (!(await tx.asset.count({ where: { id: image.id } }))) return false
				for (const r of stored) {
					await tx.rendition.create({
						data: {
							assetId: image.id,
							format: r.format,
							width: r.width,
							height: r.height,
							byteSize: r.stored.byteSize,
							storageKey: r.stored.storageKey,
						},
					})
				}
				return true
			})
			if (added) done++
		} catch (error) {
			failed++
			log(`renditions: image ${image.id} kept without renditions: ${String(error)}`)
		} finally {
			await releaseStoredFiles(stored.map((r) => r.stored))
			await fsp.rm(outDir, { recursive: true, force: true })
		}
	}
	if (done || failed)
		log(
			`renditions: ${done} images given renditions in ${Math.round((Date.now() - started) / 1000)} s` +
				(failed ? `, ${failed} failed` : ''),
		)
	return { done, failed }
}
