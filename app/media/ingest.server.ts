import fsp from 'node:fs/promises'
import {
	cleanOfficeDocument,
	cleanPdfFile,
	countPdfPages,
	extractPdf,
	probeMedia,
	stripMediaMetadata,
	videoPoster,
} from './documents.server.ts'
import { inspectImage, sanitizeWithRenditions, type Rendition } from './images.server.ts'
import { checkDeclaredType, safeFileName, sniffFile } from './sniff.server.ts'
import { newTempPath, tempRoot } from './storage.server.ts'
import { uploadLimits, type MediaKind, type ReceivedFile } from './upload.server.ts'

/**
 * Turns a received upload into what the exchange stores: the type decided
 * by the bytes, the per-type size limit, then per kind
 * - images: a sanitized master (auto-oriented, sRGB, no EXIF/GPS/XMP/IPTC)
 *   and its WebP/AVIF renditions; the uploaded bytes themselves are never
 *   stored, since they may carry a photo's location;
 * - PDFs: stored as a copy without their metadata, scripts, attachments
 *   and the EXIF of their pictures; the text of each page and a picture of
 *   the first page, both read from that copy;
 * - office documents: stored as a copy without their metadata, comment
 *   authors and the EXIF of their pictures; the text of that copy;
 * - video: duration, dimensions and a poster frame; audio: duration; both
 *   stored in a fresh container without their metadata (location, tags).
 * For PDFs and office documents as for images, the uploaded bytes are never
 * stored: what cannot be cleaned is refused.
 * Everything is written to temporary files; nothing reaches the store or
 * the database here.
 */

export type IngestRefusal =
	| 'empty'
	| 'svg'
	| 'html'
	| 'executable'
	| 'zip-not-office'
	| 'unknown'
	| 'mismatch'
	| 'too-large'
	| 'image-too-large'
	| 'too-many-pages'
	| 'too-complex'
	| 'corrupt'
	| 'encrypted'
	| 'timeout'
	| 'too-complex'

export interface IngestedImage {
	tempPath: string
	mediaType: string
	width: number
	height: number
	renditions: Rendition[]
}

export interface Ingested {
	kind: MediaKind
	fileName: string
	/** The file to store as the material itself. */
	main: {
		tempPath: string
		mediaType: string
		width: number | null
		height: number | null
		durationMs: number | null
		pageCount: number | null
	}
	/** For images the main file is its own picture; for PDFs and videos, a generated one. */
	mainRenditions: Rendition[]
	poster: IngestedImage | null
	/** Text for search: one entry per PDF page, one for a whole document. */
	pages: string[]
	/** Every temporary file this ingest made, so the caller can remove what it does not keep. */
	temp: string[]
}

/** A file 'too-large' always says the limit it is over: the message shows it. */
export type IngestResult =
	| { ok: true; ingested: Ingested }
	| { ok: false; reason: 'too-large'; limitBytes: number }
	| { ok: false; reason: Exclude<IngestRefusal, 'too-large'> }

export async function ingestUpload(file: ReceivedFile): Promise<IngestResult> {
	const temp: string[] = []
	try {
		const result = await ingest(file, temp)
		if (!result.ok) await removeAll(temp)
		return result
	} catch (error) {
		await removeAll(temp)
		throw error
	}
}

async function ingest(file: ReceivedFile, temp: string[]): Promise<IngestResult> {
	if (file.byteSize === 0) return { ok: false, reason: 'empty' }
	const sniffed = await sniffFile(file.tempPath)
	if (!sniffed.ok) return { ok: false, reason: sniffed.reason }
	if (checkDeclaredType(file.fileName, file.declaredType, sniffed.mediaType) === 'mismatch') {
		return { ok: false, reason: 'mismatch' }
	}
	const kind = sniffed.kind as MediaKind
	const limit = uploadLimits()[kind]
	if (file.byteSize > limit) return { ok: false, reason: 'too-large', limitBytes: limit }
	const fileName = safeFileName(file.fileName)
	const base = { kind, fileName, temp }

	if (kind === 'image') {
		const image = await prepareImage(file.tempPath, temp)
		if (!image.ok) return image
		const { tempPath, mediaType, width, height, renditions } = image.image
		return {
			ok: true,
			ingested: {
				...base,
				main: { tempPath, mediaType, width, height, durationMs: null, pageCount: null },
				mainRenditions: renditions,
				poster: null,
				pages: [],
			},
		}
	}

	const main = {
		tempPath: file.tempPath,
		mediaType: sniffed.mediaType,
		width: null,
		height: null,
		durationMs: null,
		pageCount: null,
	}
	if (kind === 'pdf') {
		const cleanPath = await newTempPath('.pdf')
		temp.push(cleanPath)
		const cleaned = await cleanPdfFile(file.tempPath, cleanPath)
		if (!cleaned.ok) return { ok: false, reason: cleaned.reason }
		const pdf = await extractPdf(cleanPath)
		if (!pdf.ok) return { ok: false, reason: pdf.reason }
		// The copy must be the whole document as poppler reads the upload, not
		// what was left of a file pdf-lib only partly understood.
		const uploaded = await countPdfPages(file.tempPath)
		if (!uploaded.ok) return { ok: false, reason: uploaded.reason }
		if (uploaded.pageCount !== pdf.pageCount) return { ok: false, reason: 'corrupt' }
		const poster = await imageFromBuffer(pdf.preview, temp)
		return {
			ok: true,
			ingested: {
				...base,
				main: { ...main, tempPath: cleanPath, pageCount: pdf.pageCount },
				mainRenditions: [],
				poster,
				pages: pdf.pages,
			},
		}
	}
	if (kind === 'document') {
		const cleanPath = await newTempPath('.document')
		temp.push(cleanPath)
		const office = await cleanOfficeDocument(file.tempPath, cleanPath, sniffed.mediaType)
		if (!office.ok) return { ok: false, reason: office.reason }
		return {
			ok: true,
			ingested: {
				...base,
				main: { ...main, tempPath: cleanPath },
				mainRenditions: [],
				poster: null,
				pages: office.text ? [office.text] : [],
			},
		}
	}
	const probe = await probeMedia(file.tempPath)
	if (!probe.ok) return { ok: false, reason: probe.reason }
	if (kind === 'video' && !probe.hasVideo) return { ok: false, reason: 'corrupt' }
	if (kind === 'audio' && !probe.hasAudio) return { ok: false, reason: 'corrupt' }
	// Stored without its metadata (a phone's video says where it was filmed).
	const strippedPath = await newTempPath('.media')
	temp.push(strippedPath)
	if (!(await stripMediaMetadata(file.tempPath, strippedPath, sniffed.mediaType)))
		return { ok: false, reason: 'corrupt' }
	main.tempPath = strippedPath
	const frame = kind === 'video' ? await videoPoster(strippedPath) : null
	const poster = frame ? await imageFromBuffer(frame, temp) : null
	return {
		ok: true,
		ingested: {
			...base,
			main: { ...main, width: probe.width, height: probe.height, durationMs: probe.durationMs },
			mainRenditions: [],
			poster,
			pages: [],
		},
	}
}

async function prepareImage(
	inputPath: string,
	temp: string[],
): Promise<
	{ ok: true; image: IngestedImage } | { ok: false; reason: 'image-too-large' | 'corrupt' }
> {
	const inspected = await inspectImage(inputPath)
	if (!inspected.ok) {
		return { ok: false, reason: inspected.reason === 'too-large' ? 'image-too-large' : 'corrupt' }
	}
	const masterPath = await newTempPath('.master')
	temp.push(masterPath)
	const renditionDir = await newTempPath('.renditions')
	temp.push(renditionDir)
	await fsp.mkdir(renditionDir, { recursive: true })
	// One decode feeds the stored master and every rendition (about 30%
	// faster than re-reading the master; see bench/media.ts).
	let made: Awaited<ReturnType<typeof sanitizeWithRenditions>>
	try {
		made = await sanitizeWithRenditions(inputPath, masterPath, renditionDir)
	} catch {
		return { ok: false, reason: 'corrupt' }
	}
	const { master, renditions } = made
	return {
		ok: true,
		image: {
			tempPath: masterPath,
			mediaType: master.mediaType,
			width: master.width,
			height: master.height,
			renditions,
		},
	}
}

/** A picture the exchange made itself (a PDF page, a video frame), prepared like an upload. */
async function imageFromBuffer(bytes: Buffer, temp: string[]) {
	const rawPath = await newTempPath('.png')
	temp.push(rawPath)
	await fsp.writeFile(rawPath, bytes)
	const image = await prepareImage(rawPath, temp)
	return image.ok ? image.image : null
}

/** Removes the temporary files an ingest made (those not moved into the store). */
export async function discardIngested(ingested: Ingested) {
	await removeAll(ingested.temp)
}

async function removeAll(paths: string[]) {
	const root = tempRoot()
	await Promise.all(
		paths.filter((p) => p.startsWith(root)).map((p) => fsp.rm(p, { force: true, recursive: true })),
	)
}
