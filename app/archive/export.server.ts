import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { type Readable } from 'node:stream'
import { createGzip } from 'node:zlib'
import tar from 'tar-stream'
import { toApiMaterialDetail } from '#app/api/shapes.server.ts'
import { openStoredFile, storedFileExists } from '#app/media/storage.server.ts'
import {
	getArchiveCampaign,
	getArchiveExtras,
	listCountryArchiveContents,
	type ArchiveFile,
} from '#app/models/country-archive.server.ts'
import { getPublishedMaterial } from '#app/models/material/queries.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, type ArchiveManifest } from './schemas.ts'

/**
 * Writes a country archive (app/archive/schemas.ts) as a tar.gz stream: the
 * JSON records first, built one at a time, then each stored file read from
 * the store and written as it is read, so nothing but one record is ever
 * held in memory. Each file's sha256 is computed on the way out; a file
 * whose bytes no longer match its name stops the archive with an error (the
 * download fails) rather than hand over a damaged copy.
 */

/** Titles and URLs in the records are those of the English page: one archive for every reader. */
const ARCHIVE_UI_LANG = 'en'

export class ArchiveUnavailable extends Error {}

export interface CountryArchivePlan {
	manifest: ArchiveManifest
	materialIds: string[]
	campaignIds: string[]
	files: ArchiveFile[]
}

/**
 * Lists what a country's archive will hold, and checks that every file it
 * needs is in the store, before a byte is sent: a missing file is a clear
 * refusal, not a truncated download.
 */
export async function planCountryArchive(
	countryCode: string,
	now = new Date(),
): Promise<CountryArchivePlan> {
	const { materialIds, campaignIds } = await listCountryArchiveContents(countryCode)
	const files = new Map<string, ArchiveFile>()
	for (const id of materialIds) {
		const extras = await getArchiveExtras(id)
		for (const file of extras?.files ?? []) files.set(file.sha256, file)
	}
	const missing = [...files.values()].filter((f) => !storedFileExists(f.storageKey))
	if (missing.length)
		throw new ArchiveUnavailable(
			`${missing.length} stored file(s) are missing: ${missing.map((f) => f.sha256).join(', ')}`,
		)
	const sorted = [...files.values()].sort((a, b) => a.sha256.localeCompare(b.sha256))
	return {
		manifest: {
			format: ARCHIVE_FORMAT,
			formatVersion: ARCHIVE_FORMAT_VERSION,
			origin: getEnv().APP_ORIGIN ?? null,
			exportedAt: now.toISOString(),
			country: countryCode,
			counts: {
				materials: materialIds.length,
				campaigns: campaignIds.length,
				files: sorted.length,
			},
		},
		materialIds,
		campaignIds,
		files: sorted,
	}
}

/** The archive a plan describes, as a gzip stream; it ends in an error if the library changed meanwhile. */
export function streamCountryArchive(plan: CountryArchivePlan): Readable {
	const pack = tar.pack()
	const gzip = createGzip()
	pack.on('error', (error) => gzip.destroy(error))
	// A reader that goes away mid-download: stop reading the store for it.
	gzip.on('close', () => pack.destroy())
	pack.pipe(gzip)
	const mtime = new Date(plan.manifest.exportedAt)
	const addJson = async (name: string, value: unknown) => {
		const body = Buffer.from(`${JSON.stringify(value, null, '\t')}\n`)
		await new Promise<void>((resolve, reject) =>
			pack.entry({ name, size: body.byteLength, mtime, mode: 0o644 }, body, (error) =>
				error ? reject(error) : resolve(),
			),
		)
	}
	void (async () => {
		await addJson('manifest.json', plan.manifest)
		for (const id of plan.campaignIds) {
			const campaign = await getArchiveCampaign(id)
			if (!campaign) throw new ArchiveUnavailable(`campaign ${id} was deleted during the export`)
			await addJson(`campaigns/${id}.json`, campaign)
		}
		for (const id of plan.materialIds) {
			const [material, extras] = await Promise.all([
				getPublishedMaterial(id, ARCHIVE_UI_LANG),
				getArchiveExtras(id),
			])
			if (!material || !extras)
				throw new ArchiveUnavailable(`material ${id} was withdrawn during the export`)
			// Held to ArchiveMaterialSchema by the tests, as the API's answers are.
			const record = {
				...toApiMaterialDetail(material, ARCHIVE_UI_LANG),
				archive: extras.archive,
			}
			await addJson(`materials/${id}.json`, record)
		}
		for (const file of plan.files) await addFile(pack, file, mtime)
		pack.finalize()
	})().catch((error: unknown) => pack.destroy(error as Error))
	return gzip
}

async function addFile(pack: tar.Pack, file: ArchiveFile, mtime: Date) {
	const hash = createHash('sha256')
	let entry!: ReturnType<tar.Pack['entry']>
	const written = new Promise<void>((resolve, reject) => {
		entry = pack.entry(
			{ name: `files/${file.sha256}`, size: file.byteSize, mtime, mode: 0o644 },
			(error) => (error ? reject(error) : resolve()),
		)
		// A download cut mid-file ends the entry short ("Size mismatch"): an
		// error of this archive, never an uncaught one that stops the server.
		entry.on('error', reject)
	})
	// Awaited below; when the reading stops first, the rejection is this archive's end, not unhandled.
	written.catch(() => {})
	for await (const chunk of openStoredFile(file.storageKey)) {
		hash.update(chunk as Buffer)
		if (!entry.write(chunk)) await Promise.race([once(entry, 'drain'), once(pack, 'close')])
		if (pack.destroyed) throw new ArchiveUnavailable('the download was cut')
	}
	if (hash.digest('hex') !== file.sha256)
		throw new ArchiveUnavailable(`stored file ${file.sha256} is damaged`)
	entry.end()
	await written
}
