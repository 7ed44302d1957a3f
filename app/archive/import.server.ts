import { createHash } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import tar from 'tar-stream'
import { type z } from 'zod'
import { inspectImage } from '#app/media/images.server.ts'
import { sniffFile } from '#app/media/sniff.server.ts'
import {
	discardStoredFiles,
	newTempPath,
	releaseStoredFiles,
	storageKeyFor,
	storedFileExists,
	storeTempFile,
	type StoredFile,
} from '#app/media/storage.server.ts'
import { maxUploadBytes } from '#app/media/upload.server.ts'
import { storageKeysInUse } from '#app/models/asset.server.ts'
import {
	findArchiveRowsHere,
	findMaterialsAwaiting,
	insertArchive,
} from '#app/models/material/import.server.ts'
import {
	ARCHIVE_FORMAT,
	ARCHIVE_FORMAT_VERSION,
	ArchiveCampaignSchema,
	ArchiveManifestSchema,
	ArchiveMaterialSchema,
	type ArchiveAsset,
	type ArchiveCampaign,
	type ArchiveManifest,
	type ArchiveMaterial,
} from './schemas.ts'

/**
 * Loads a country archive (app/archive/schemas.ts) into this instance.
 *
 * Nothing is trusted: the archive is read as a stream, entry by entry, with
 * every name, type and size checked before its bytes are read, and every
 * byte inflated counted; records must pass the archive's schemas (the API's
 * own); each file must hash to its name and be what its record says it is,
 * by the upload pipeline's checks. Only then is anything written: the new
 * files are moved into the store (leased, so no sweeper takes them), and
 * every new row goes in one transaction through the material unit of work.
 * If that fails, the files it stored are taken back. A refusal is an
 * ArchiveRefused with a message that says what is wrong and where.
 *
 * What is already here (a material, a campaign, by id; a file, by sha256)
 * is left as it is: importing an archive twice changes nothing the second
 * time, and says so.
 */

export class ArchiveRefused extends Error {}

export interface ImportLimits {
	/** Entries in one archive. */
	maxEntries: number
	/** One JSON record, in bytes. */
	maxRecordBytes: number
	/** One file, in bytes: the largest upload this instance accepts. */
	maxFileBytes: number
	/** Everything the archive inflates to, in bytes. */
	maxTotalBytes: number
	/**
	 * Inflated bytes per compressed byte. Media are compressed already and JSON
	 * compresses about ten to one; a far higher ratio is a decompression bomb.
	 */
	maxRatio: number
}

export function defaultImportLimits(): ImportLimits {
	return {
		maxEntries: 200_000,
		maxRecordBytes: 32 * 1024 * 1024,
		maxFileBytes: maxUploadBytes(),
		maxTotalBytes: 64 * 1024 * 1024 * 1024,
		maxRatio: 100,
	}
}

/** The ratio is judged only past this much output: small archives of JSON may exceed it honestly. */
const RATIO_GRACE_BYTES = 16 * 1024 * 1024

const ENTRY_NAME =
	/^(?:(manifest)\.json|(campaigns)\/([A-Za-z0-9_-]{1,64})\.json|(materials)\/([A-Za-z0-9_-]{1,64})\.json|(files)\/([0-9a-f]{64}))$/

export interface ImportReport {
	country: string
	origin: string | null
	exportedAt: string
	created: { materials: string[]; campaigns: string[]; files: number }
	/** Already here, left as they are. */
	skipped: { materials: string[]; campaigns: string[] }
	/**
	 * Derivatives whose source is neither here nor in the archive: imported
	 * without the link, which the import that brings the source makes
	 * (docs/decisions/024-country-archives.md).
	 */
	unresolvedSources: { materialId: string; sourceMaterialId: string; sourceVersionId: string }[]
	/** Materials here that were waiting for a source this archive brought: linked now. */
	linked: { materialId: string; sourceMaterialId: string }[]
}

interface ReadArchive {
	manifest: ArchiveManifest
	campaigns: Map<string, ArchiveCampaign>
	materials: Map<string, ArchiveMaterial>
	/** Temporary file of each file entry, by sha256. */
	files: Map<string, { tempPath: string; byteSize: number }>
}

export async function importCountryArchive(
	archivePath: string,
	limits: ImportLimits = defaultImportLimits(),
): Promise<ImportReport> {
	const temps: string[] = []
	try {
		const read = await readArchive(archivePath, limits, temps)
		const assets = checkRecords(read)
		await checkFileTypes(read, assets)
		return await load(read, assets)
	} finally {
		await Promise.all(temps.map((t) => fsp.rm(t, { force: true })))
	}
}

// ------------------------------------------------------------------ reading

async function readArchive(
	archivePath: string,
	limits: ImportLimits,
	temps: string[],
): Promise<ReadArchive> {
	const stat = await fsp.stat(archivePath).catch(() => null)
	if (!stat?.isFile()) throw new ArchiveRefused(`${archivePath} is not a file`)
	const read: Partial<ReadArchive> & Omit<ReadArchive, 'manifest'> = {
		campaigns: new Map(),
		materials: new Map(),
		files: new Map(),
	}
	let compressed = 0
	let inflated = 0
	const countIn = counter((n) => void (compressed += n))
	const countOut = counter((n) => {
		inflated += n
		if (inflated > limits.maxTotalBytes)
			return `it inflates to more than ${limits.maxTotalBytes} bytes`
		if (inflated > RATIO_GRACE_BYTES && inflated > compressed * limits.maxRatio)
			return `it inflates more than ${limits.maxRatio} times (a decompression bomb)`
		return null
	})
	const extract = tar.extract()
	const seen = new Set<string>()
	const reading = pipeline(
		fs.createReadStream(archivePath),
		countIn,
		createGunzip(),
		countOut,
		extract,
	)
	// The entries are consumed below; a failure of the pipeline ends the loop too.
	reading.catch(() => {})
	try {
		for await (const entry of extract) {
			const { name, type, size } = entry.header
			if (seen.size >= limits.maxEntries)
				throw new ArchiveRefused(`it has more than ${limits.maxEntries} entries`)
			const match = ENTRY_NAME.exec(name)
			if (!match)
				throw new ArchiveRefused(
					`entry ${JSON.stringify(name)} is not one a country archive has (only manifest.json, campaigns/<id>.json, materials/<id>.json and files/<sha256>)`,
				)
			if (type !== 'file') throw new ArchiveRefused(`entry ${name} is a ${type}, not a file`)
			if (seen.has(name)) throw new ArchiveRefused(`entry ${name} appears twice`)
			if (!seen.size && !match[1]) throw new ArchiveRefused('manifest.json is not its first entry')
			seen.add(name)
			const byteSize = size ?? 0
			if (match[7]) {
				if (byteSize > limits.maxFileBytes)
					throw new ArchiveRefused(
						`${name} is ${byteSize} bytes, more than the ${limits.maxFileBytes} a file may be`,
					)
				const tempPath = await newTempPath('.import')
				temps.push(tempPath)
				const sha256 = await writeHashed(entry, tempPath)
				if (sha256 !== match[7])
					throw new ArchiveRefused(
						`${name} does not match its sha256 (its bytes hash to ${sha256})`,
					)
				read.files.set(sha256, { tempPath, byteSize })
				continue
			}
			if (byteSize > limits.maxRecordBytes)
				throw new ArchiveRefused(
					`${name} is ${byteSize} bytes, more than the ${limits.maxRecordBytes} a record may be`,
				)
			const value = parseJson(name, await readAll(entry))
			if (match[1]) {
				read.manifest = parseManifest(value)
			} else if (match[2]) {
				const campaign = parseRecord(name, ArchiveCampaignSchema, value)
				if (campaign.id !== match[3])
					throw new ArchiveRefused(`${name} holds campaign ${campaign.id}`)
				read.campaigns.set(campaign.id, campaign)
			} else {
				const material = parseRecord(name, ArchiveMaterialSchema, value)
				if (material.id !== match[5])
					throw new ArchiveRefused(`${name} holds material ${material.id}`)
				read.materials.set(material.id, material)
			}
		}
		await reading
	} catch (error) {
		extract.destroy()
		if (error instanceof ArchiveRefused) throw error
		throw new ArchiveRefused(`it is not a readable tar.gz: ${(error as Error).message}`)
	}
	if (!read.manifest) throw new ArchiveRefused('it has no manifest.json')
	const { counts } = read.manifest
	const found = {
		materials: read.materials.size,
		campaigns: read.campaigns.size,
		files: read.files.size,
	}
	for (const key of ['materials', 'campaigns', 'files'] as const)
		if (counts[key] !== found[key])
			throw new ArchiveRefused(
				`its manifest counts ${counts[key]} ${key} but it holds ${found[key]}: it is incomplete or altered`,
			)
	return read as ReadArchive
}

/** Counts what passes; `check` may stop the stream with a refusal. */
function counter(check: (bytes: number) => string | null | void) {
	return new Transform({
		transform(chunk: Buffer, _encoding, callback: TransformCallback) {
			const problem = check(chunk.byteLength)
			if (problem) callback(new ArchiveRefused(`it is refused: ${problem}`))
			else callback(null, chunk)
		},
	})
}

async function writeHashed(entry: AsyncIterable<Buffer>, tempPath: string) {
	const hash = createHash('sha256')
	const out = fs.createWriteStream(tempPath, { flags: 'wx' })
	try {
		for await (const chunk of entry) {
			hash.update(chunk)
			if (!out.write(chunk))
				await new Promise<void>((resolve) => out.once('drain', () => resolve()))
		}
	} finally {
		await new Promise<void>((resolve, reject) =>
			out.end((error?: Error | null) => (error ? reject(error) : resolve())),
		)
	}
	return hash.digest('hex')
}

async function readAll(entry: AsyncIterable<Buffer>) {
	const chunks: Buffer[] = []
	for await (const chunk of entry) chunks.push(chunk)
	return Buffer.concat(chunks).toString('utf8')
}

function parseJson(name: string, text: string): unknown {
	try {
		return JSON.parse(text)
	} catch {
		throw new ArchiveRefused(`${name} is not valid JSON`)
	}
}

function parseManifest(value: unknown) {
	const head = value as { format?: unknown; formatVersion?: unknown } | null
	if (head?.format !== ARCHIVE_FORMAT)
		throw new ArchiveRefused(
			`manifest.json does not name the format ${ARCHIVE_FORMAT}: this is not a country archive`,
		)
	if (head.formatVersion !== ARCHIVE_FORMAT_VERSION)
		throw new ArchiveRefused(
			`its format version is ${JSON.stringify(head.formatVersion)}; this instance reads version ${ARCHIVE_FORMAT_VERSION} only`,
		)
	return parseRecord('manifest.json', ArchiveManifestSchema, value)
}

function parseRecord<T>(name: string, schema: z.ZodType<T>, value: unknown): T {
	const parsed = schema.safeParse(value)
	if (parsed.success) return parsed.data
	const issue = parsed.error.issues[0]!
	const where = issue.path.length ? ` at ${issue.path.join('.')}` : ''
	throw new ArchiveRefused(`${name} does not follow the archive's schema${where}: ${issue.message}`)
}

// ------------------------------------------------------------------ checking

/**
 * Checks that the records agree with the manifest, with each other and with
 * the files; returns every asset by id.
 */
function checkRecords(read: ReadArchive) {
	const { country } = read.manifest
	const assets = new Map<string, ArchiveAsset>()
	const used = new Set<string>()
	const claimFile = (sha256: string, byteSize: number, what: string) => {
		const file = read.files.get(sha256)
		if (!file) throw new ArchiveRefused(`${what} needs files/${sha256}, which the archive lacks`)
		if (file.byteSize !== byteSize)
			throw new ArchiveRefused(
				`${what} says files/${sha256} is ${byteSize} bytes; it is ${file.byteSize}`,
			)
		used.add(sha256)
	}
	for (const c of read.campaigns.values())
		if (c.countryCode !== country)
			throw new ArchiveRefused(`campaign ${c.id} is ${c.countryCode}'s, not ${country}'s`)
	for (const m of read.materials.values()) {
		const where = `material ${m.id}`
		if (m.countryCode !== country)
			throw new ArchiveRefused(`${where} is ${m.countryCode}'s, not ${country}'s`)
		if (m.campaign && !read.campaigns.has(m.campaign.id))
			throw new ArchiveRefused(
				`${where} belongs to campaign ${m.campaign.id}, which the archive lacks`,
			)
		if (!m.versions.length) throw new ArchiveRefused(`${where} has no language version`)
		if (!!m.derivationKind !== !!m.archive.derivedFrom)
			throw new ArchiveRefused(`${where} says it is derived but not from what, or the reverse`)
		if (m.adaptedFrom && m.adaptedFrom.materialId !== m.archive.derivedFrom?.materialId)
			throw new ArchiveRefused(`${where} names two different sources`)
		for (const a of m.archive.assets) {
			const known = assets.get(a.id)
			if (known && JSON.stringify(known) !== JSON.stringify(a))
				throw new ArchiveRefused(`asset ${a.id} is described two different ways`)
			assets.set(a.id, a)
		}
		const own = new Map(m.archive.assets.map((a) => [a.id, a]))
		const extras = new Map(m.archive.versions.map((v) => [v.id, v]))
		if (
			extras.size !== m.versions.length ||
			new Set(m.versions.map((v) => v.lang)).size !== m.versions.length
		)
			throw new ArchiveRefused(`${where} lists its language versions inconsistently`)
		for (const v of m.versions) {
			const extra = extras.get(v.id)
			if (!extra) throw new ArchiveRefused(`${where}: version ${v.id} has no archive member`)
			const files = new Map(extra.files.map((f) => [f.id, f]))
			if (files.size !== v.files.length)
				throw new ArchiveRefused(`${where}: version ${v.id} lists its files inconsistently`)
			for (const f of v.files) {
				const asset = own.get(files.get(f.id)?.assetId ?? '')
				if (!asset) throw new ArchiveRefused(`${where}: file ${f.id} has no asset in the record`)
				const renditionsOf = (list: { id: string; format: string; width: number }[]) =>
					list
						.map((r) => `${r.id}:${r.format}:${r.width}`)
						.sort()
						.join()
				if (
					asset.mediaType !== f.mediaType ||
					asset.byteSize !== f.byteSize ||
					asset.width !== f.width ||
					asset.height !== f.height ||
					renditionsOf(f.renditions) !== renditionsOf(asset.renditions)
				)
					throw new ArchiveRefused(`${where}: file ${f.id} and its asset ${asset.id} disagree`)
			}
			for (const id of [extra.template?.backgroundId, extra.template?.logoId])
				if (id && !own.has(id))
					throw new ArchiveRefused(
						`${where}: the template of version ${v.id} uses asset ${id}, which the record lacks`,
					)
		}
		for (const a of m.archive.assets)
			if (a.posterId && !own.has(a.posterId))
				throw new ArchiveRefused(
					`${where}: asset ${a.id} has poster ${a.posterId}, which the record lacks`,
				)
	}
	// A loop of sources within the archive: no order could store it.
	const versionOwner = new Map(
		[...read.materials.values()].flatMap((m) => m.versions.map((v) => [v.id, m.id] as const)),
	)
	for (const m of read.materials.values()) {
		const seen = new Set([m.id])
		let source = versionOwner.get(m.archive.derivedFrom?.versionId ?? '')
		while (source) {
			if (seen.has(source))
				throw new ArchiveRefused(`material ${m.id} is, through its sources, derived from itself`)
			seen.add(source)
			source = versionOwner.get(read.materials.get(source)!.archive.derivedFrom?.versionId ?? '')
		}
	}
	for (const a of assets.values()) {
		claimFile(a.sha256, a.byteSize, `asset ${a.id}`)
		for (const r of a.renditions) claimFile(r.sha256, r.byteSize, `rendition ${r.id}`)
	}
	for (const sha256 of read.files.keys())
		if (!used.has(sha256)) throw new ArchiveRefused(`files/${sha256} is used by no record`)
	return assets
}

/**
 * Each file must be what its record says, by the upload pipeline's own
 * checks: the type read from its bytes, and for an image its header's size
 * and pixel limit. A PDF declared as a PNG, or a script under any name, is
 * refused.
 */
async function checkFileTypes(read: ReadArchive, assets: Map<string, ArchiveAsset>) {
	const checkOne = async (
		sha256: string,
		mediaType: string,
		size: { width: number | null; height: number | null },
		what: string,
	) => {
		const { tempPath } = read.files.get(sha256)!
		const sniffed = await sniffFile(tempPath)
		// Plain text (a video's script) has no signature: it is what nothing else is, and UTF-8.
		if (mediaType === 'text/plain' && !sniffed.ok && sniffed.reason === 'unknown') {
			if (await isPlainText(tempPath)) return
			throw new ArchiveRefused(
				`${what} (files/${sha256}) is declared text/plain but is not UTF-8 text`,
			)
		}
		if (!sniffed.ok)
			throw new ArchiveRefused(
				`${what} (files/${sha256}) is refused as an upload would be: ${sniffed.reason}`,
			)
		if (sniffed.mediaType !== mediaType)
			throw new ArchiveRefused(
				`${what} (files/${sha256}) is declared ${mediaType} but its bytes are ${sniffed.mediaType}`,
			)
		if (sniffed.kind !== 'image') return
		const image = await inspectImage(tempPath)
		if (!image.ok)
			throw new ArchiveRefused(`${what} (files/${sha256}) is refused as an image: ${image.reason}`)
		if (
			(size.width !== null && size.width !== image.width) ||
			(size.height !== null && size.height !== image.height)
		)
			throw new ArchiveRefused(`${what} (files/${sha256}) is not the size its record says`)
	}
	for (const a of assets.values()) {
		await checkOne(a.sha256, a.mediaType, a, `asset ${a.id}`)
		for (const r of a.renditions)
			await checkOne(r.sha256, `image/${r.format}`, r, `rendition ${r.id}`)
	}
}

/** UTF-8 throughout, with no control character but tabs and line ends. */
async function isPlainText(filePath: string) {
	const decoder = new TextDecoder('utf-8', { fatal: true })
	try {
		for await (const chunk of fs.createReadStream(filePath)) {
			const text = decoder.decode(chunk as Buffer, { stream: true })
			if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return false
		}
		decoder.decode()
		return true
	} catch {
		return false
	}
}

// ------------------------------------------------------------------ loading

async function load(read: ReadArchive, assets: Map<string, ArchiveAsset>): Promise<ImportReport> {
	const { manifest } = read
	const materials = [...read.materials.values()]
	const here = await findArchiveRowsHere({
		country: manifest.country,
		materialIds: materials.map((m) => m.id),
		campaignIds: [...read.campaigns.keys()],
		versionIds: materials.flatMap((m) => m.versions.map((v) => v.id)),
		fileIds: materials.flatMap((m) => m.versions.flatMap((v) => v.files.map((f) => f.id))),
		assetShas: [...assets.values()].map((a) => a.sha256),
		assetIds: [...assets.keys()],
		renditionIds: [...assets.values()].flatMap((a) => a.renditions.map((r) => r.id)),
		sourceVersionIds: materials.flatMap((m) =>
			m.archive.derivedFrom ? [m.archive.derivedFrom.versionId] : [],
		),
	})
	if (!here.countryExists)
		throw new ArchiveRefused(`country ${manifest.country} is not known to this instance`)

	const skippedMaterials = materials.filter((m) => here.materials.has(m.id))
	const fresh = materials.filter((m) => !here.materials.has(m.id))
	const freshIds = new Set(fresh.map((m) => m.id))
	// Ids a new material brings must be free: the same id elsewhere is another row.
	for (const m of fresh) {
		for (const v of m.versions) {
			if (here.versions.has(v.id))
				throw new ArchiveRefused(
					`version ${v.id} of material ${m.id} is already another material's here`,
				)
			for (const f of v.files)
				if (here.files.has(f.id))
					throw new ArchiveRefused(
						`file ${f.id} of material ${m.id} is already another material's here`,
					)
		}
	}
	for (const c of read.campaigns.values()) {
		const existing = here.campaigns.get(c.id)
		if (existing && existing.countryCode !== c.countryCode)
			throw new ArchiveRefused(`campaign ${c.id} is already here, as ${existing.countryCode}'s`)
	}
	const campaigns = [...read.campaigns.values()].filter(
		(c) => !here.campaigns.has(c.id) && fresh.some((m) => m.campaign?.id === c.id),
	)

	// Assets whose bytes are here already are used as they are, under their own id.
	const assetIds = new Map<string, string>()
	const newAssets: ArchiveAsset[] = []
	const neededAssets = new Set<string>()
	for (const m of fresh) for (const a of m.archive.assets) neededAssets.add(a.id)
	for (const id of neededAssets) {
		const a = assets.get(id)!
		const localId = here.assetsBySha.get(a.sha256)
		if (localId) {
			assetIds.set(a.id, localId)
			continue
		}
		if (here.assetsById.has(a.id))
			throw new ArchiveRefused(`asset ${a.id} is already here with other bytes`)
		for (const r of a.renditions)
			if (here.renditions.has(r.id)) throw new ArchiveRefused(`rendition ${r.id} is already here`)
		newAssets.push(a)
	}
	// A poster first, then what it stands for (posters have none of their own).
	newAssets.sort((a, b) => Number(!!a.posterId) - Number(!!b.posterId))

	// Lineage: a source in the archive or here keeps the link; any other is reported.
	const archiveVersions = new Map(
		materials.flatMap((m) => m.versions.map((v) => [v.id, m.id] as const)),
	)
	const unresolvedSources: ImportReport['unresolvedSources'] = []
	const sourcesHere = new Set<string>()
	const resolved = new Map<string, string | null>()
	for (const m of fresh) {
		const from = m.archive.derivedFrom
		if (!from) {
			resolved.set(m.id, null)
			continue
		}
		const owner = archiveVersions.get(from.versionId) ?? here.sourceVersions.get(from.versionId)
		if (owner === from.materialId) {
			resolved.set(m.id, from.versionId)
			if (!freshIds.has(owner)) sourcesHere.add(owner)
		} else {
			resolved.set(m.id, null)
			unresolvedSources.push({
				materialId: m.id,
				sourceMaterialId: from.materialId,
				sourceVersionId: from.versionId,
			})
		}
	}
	const ordered = orderSourcesFirst(fresh, resolved, archiveVersions)

	const toStore = new Set<string>()
	for (const a of newAssets) {
		toStore.add(a.sha256)
		for (const r of a.renditions) toStore.add(r.sha256)
	}
	const stored: StoredFile[] = []
	const movedIn: StoredFile[] = []
	const report: ImportReport = {
		country: manifest.country,
		origin: manifest.origin,
		exportedAt: manifest.exportedAt,
		created: {
			materials: ordered.map((m) => m.id),
			campaigns: campaigns.map((c) => c.id),
			files: 0,
		},
		skipped: {
			materials: skippedMaterials.map((m) => m.id),
			campaigns: [...read.campaigns.keys()].filter((id) => here.campaigns.has(id)),
		},
		unresolvedSources,
		linked: [],
	}
	if (!ordered.length && !campaigns.length) return report
	const newVersions = new Map(ordered.flatMap((m) => m.versions.map((v) => [v.id, m.id] as const)))
	const links = (await findMaterialsAwaiting([...newVersions.keys()]))
		.filter((m) => newVersions.get(m.awaitedVersionId!) === m.awaitedMaterialId)
		.map((m) => ({ materialId: m.id, versionId: m.awaitedVersionId! }))
	report.linked = links.map((l) => ({
		materialId: l.materialId,
		sourceMaterialId: newVersions.get(l.versionId)!,
	}))
	try {
		for (const sha256 of toStore) {
			const { tempPath } = read.files.get(sha256)!
			// A file already in the store is kept as it is; only what this import moved in is taken back on failure.
			const existed = storedFileExists(storageKeyFor(sha256))
			const file = await storeTempFile(tempPath, sha256)
			stored.push(file)
			if (!existed) movedIn.push(file)
		}
		await insertArchive({
			country: manifest.country,
			source: { origin: manifest.origin, exportedAt: manifest.exportedAt },
			campaigns,
			assets: newAssets,
			assetIds,
			materials: ordered.map((record) => {
				const derivedFromVersionId = resolved.get(record.id) ?? null
				const from = record.archive.derivedFrom
				return {
					record,
					derivedFromVersionId,
					awaited:
						from && !derivedFromVersionId
							? { materialId: from.materialId, versionId: from.versionId }
							: null,
				}
			}),
			links,
			sourcesHere: [...sourcesHere],
			summary: {
				origin: manifest.origin,
				exportedAt: manifest.exportedAt,
				skipped: report.skipped.materials.length,
				unresolvedSources: unresolvedSources.length,
				linked: links.length,
			},
		})
	} catch (error) {
		const kept = stored.filter((f) => !movedIn.includes(f))
		await releaseStoredFiles(kept)
		await discardStoredFiles(movedIn, (keys) => storageKeysInUse(keys))
		// The database is the last judge of ids: one used twice within the archive.
		if ((error as { code?: string }).code === 'P2002')
			throw new ArchiveRefused(
				`an id it brings is used twice, or is already here (${(error as Error).message.split('\n').at(-1)}); nothing was written`,
			)
		throw error
	}
	await releaseStoredFiles(stored)
	report.created.files = movedIn.length
	return report
}

/** New materials with each source before its derivatives (checkRecords refused loops). */
function orderSourcesFirst(
	fresh: ArchiveMaterial[],
	resolved: Map<string, string | null>,
	archiveVersions: Map<string, string>,
) {
	const byId = new Map(fresh.map((m) => [m.id, m]))
	const ordered: ArchiveMaterial[] = []
	const done = new Set<string>()
	const visit = (m: ArchiveMaterial) => {
		if (done.has(m.id)) return
		done.add(m.id)
		const sourceVersion = resolved.get(m.id)
		const source = sourceVersion ? byId.get(archiveVersions.get(sourceVersion) ?? '') : undefined
		if (source) visit(source)
		ordered.push(m)
	}
	for (const m of fresh) visit(m)
	return ordered
}

/** What an import did, in a few lines for the person who ran it. */
export function describeImport(report: ImportReport): string[] {
	const from = `${report.country}'s archive from ${report.origin ?? 'an instance without a public origin'} (exported ${report.exportedAt})`
	const { created, skipped } = report
	if (!created.materials.length && !created.campaigns.length)
		return [
			`nothing to import from ${from}: its ${skipped.materials.length} material(s) and ${skipped.campaigns.length} campaign(s) are all here already; nothing was changed`,
		]
	const lines = [
		`imported ${from}: ${created.materials.length} material(s), ${created.campaigns.length} campaign(s), ${created.files} new file(s)`,
	]
	if (skipped.materials.length || skipped.campaigns.length)
		lines.push(
			`already here, left as they are: ${skipped.materials.length} material(s), ${skipped.campaigns.length} campaign(s)`,
		)
	for (const u of report.unresolvedSources)
		lines.push(
			`material ${u.materialId} was derived from version ${u.sourceVersionId} of material ${u.sourceMaterialId}, which is neither here nor in the archive: imported without that link for now; importing the archive that holds it makes the link`,
		)
	for (const l of report.linked)
		lines.push(
			`material ${l.materialId}, imported before its source, is now linked to material ${l.sourceMaterialId}`,
		)
	return lines
}
