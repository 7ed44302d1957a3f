import fsp from 'node:fs/promises'
import path from 'node:path'
import sharp, { type Metadata, type OutputInfo, type Sharp, type SharpOptions } from 'sharp'
import { withImageWork } from './image-work.server.ts'

/**
 * The image pipeline for uploads: photos and scans that may show children,
 * so what the exchange stores is never the uploaded file itself.
 *
 * - `inspectImage` reads only the header: a decompression bomb (a small file
 *   declaring a huge image) is refused before a single pixel is decoded.
 * - `sanitizeImage` writes the stored master: auto-oriented, sRGB, with every
 *   metadata block dropped (EXIF with its GPS position, XMP, IPTC, comments,
 *   ICC profiles), re-encoded in the format family it came in.
 * - `renderRenditions` writes the WebP and AVIF sizes pages serve, decoding
 *   the master once for all of them.
 * - `sanitizeWithRenditions` does both at once, from one upload.
 *
 * sharp's thread and cache defaults are kept (on glibc without jemalloc it
 * uses one libvips thread per image; parallelism comes from libuv's pool).
 * Each of the three writers runs in the process-wide image work queue
 * (image-work.server.ts), so a burst of uploads waits its turn there
 * instead of taking every thread of the pool.
 */

/**
 * 100 megapixels: above any camera an uploader is likely to have, far below
 * what would exhaust memory (a decoded 100 MP RGBA image is 400 MB).
 */
export const MAX_INPUT_PIXELS = 100_000_000

export const RENDITION_WIDTHS = [320, 640, 1280] as const
export const RENDITION_FORMATS = ['webp', 'avif'] as const

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif'
export type RenditionFormat = (typeof RENDITION_FORMATS)[number]
export type ImageRefusal = 'too-large' | 'corrupt' | 'unsupported'

export type InspectedImage =
	| { ok: true; width: number; height: number; format: ImageFormat; hasAlpha: boolean }
	| { ok: false; reason: ImageRefusal }

export interface SanitizedImage {
	mediaType: string
	width: number
	height: number
	byteSize: number
}

export interface Rendition {
	format: RenditionFormat
	width: number
	height: number
	path: string
	byteSize: number
	mediaType: string
}

/** Thrown by `sanitizeImage`, `renderRenditions` and `sanitizeWithRenditions` when the input is refused. */
export class ImageRefusedError extends Error {
	constructor(
		readonly reason: ImageRefusal,
		options?: { cause?: unknown },
	) {
		super(`Image refused: ${reason}`, options)
		this.name = 'ImageRefusedError'
	}
}

const MEDIA_TYPES: Record<ImageFormat, string> = {
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
	avif: 'image/avif',
}

const RENDITION_MEDIA_TYPES: Record<RenditionFormat, string> = {
	webp: 'image/webp',
	avif: 'image/avif',
}

// Effort 3 of 0–9: encoding time grows steeply with effort; at 3 the 1280 px
// rendition of a 12 MP photo takes about 0.8 s of one core (bench/media.ts).
const AVIF_EFFORT = 3

/**
 * Untrusted input: 'error' refuses corrupt and truncated pixel data (a cut
 * JPEG is refused, not completed with grey); 'warning' would also refuse
 * the harmless libjpeg warnings many cameras' files trigger.
 */
const UNTRUSTED: SharpOptions = {
	limitInputPixels: MAX_INPUT_PIXELS,
	failOn: 'error',
	sequentialRead: true,
}

function imageFormatOf(metadata: Metadata): ImageFormat | null {
	if (metadata.format === 'jpeg' || metadata.format === 'png' || metadata.format === 'webp') {
		return metadata.format
	}
	// libheif also reads HEIC (HEVC), which sharp's prebuilt binaries cannot decode.
	if (metadata.format === 'heif' && metadata.compression === 'av1') return 'avif'
	return null
}

function refusalOf(error: unknown): ImageRefusal {
	const message = error instanceof Error ? error.message : String(error)
	if (/pixel limit/i.test(message)) return 'too-large'
	if (/unsupported image format/i.test(message)) return 'unsupported'
	return 'corrupt'
}

function isGrey(metadata: Metadata) {
	return metadata.space === 'b-w' || metadata.space === 'grey16'
}

/**
 * Checks an upload from its header alone: the format is one the exchange
 * stores, the file parses, and the pixel count (width × height as declared,
 * after EXIF orientation) is within MAX_INPUT_PIXELS. Nothing is decoded, so
 * it answers in milliseconds whatever the file declares. Corrupt pixel data
 * further in is only found by decoding: `sanitizeImage` refuses it.
 */
export async function inspectImage(inputPath: string): Promise<InspectedImage> {
	const header = await readHeader(inputPath)
	return header.ok ? header.image : header
}

async function readHeader(
	inputPath: string,
): Promise<
	| { ok: true; image: InspectedImage & { ok: true }; metadata: Metadata }
	| { ok: false; reason: ImageRefusal }
> {
	let metadata: Metadata
	try {
		metadata = await sharp(inputPath, UNTRUSTED).metadata()
	} catch (error) {
		return { ok: false, reason: refusalOf(error) }
	}
	const format = imageFormatOf(metadata)
	if (!format) return { ok: false, reason: 'unsupported' }
	// An animation would be stored as its first frame: a different material.
	if ((metadata.pages ?? 1) > 1) return { ok: false, reason: 'unsupported' }
	const { width, height } = metadata.autoOrient
	if (!(width > 0 && height > 0)) return { ok: false, reason: 'corrupt' }
	// sharp checks the limit too; checked here as well so the rule does not
	// depend on which loaders sharp applies it in.
	if (width * height > MAX_INPUT_PIXELS) return { ok: false, reason: 'too-large' }
	return {
		ok: true,
		image: { ok: true, width, height, format, hasAlpha: metadata.hasAlpha },
		metadata,
	}
}

/**
 * Auto-orients (the orientation tag goes with the rest of EXIF, so it must
 * be applied to the pixels) and converts to sRGB: through the embedded ICC
 * profile if any, else through sharp's default profile for the space, so a
 * CMYK JPEG keeps its colours. Greyscale stays one channel.
 */
function normalised(pipeline: Sharp, metadata: Metadata) {
	return pipeline.rotate().toColourspace(isGrey(metadata) ? 'b-w' : 'srgb')
}

type Header = Extract<Awaited<ReturnType<typeof readHeader>>, { ok: true }>

async function checkedHeader(inputPath: string): Promise<Header> {
	const header = await readHeader(inputPath)
	if (!header.ok) throw new ImageRefusedError(header.reason)
	return header
}

/**
 * Writes the stored master of an upload to `outputPath`. sharp writes no
 * metadata unless asked to (no keepMetadata/withExif/withIccProfile here),
 * so EXIF (with GPS), XMP, IPTC, comments and ICC profiles are all dropped;
 * untagged pixels are sRGB by definition on the web. The format family is
 * kept so the original's look is: JPEG stays JPEG (q90), PNG stays lossless,
 * WebP stays lossless or lossy as it was, AVIF stays AVIF.
 * JPEG and PNG stream from decoder to encoder to file; auto-orientation by
 * 90° and the WebP and AVIF encoders need the whole image in memory, once.
 *
 * Throws ImageRefusedError for input that `inspectImage` refuses or that
 * fails to decode (truncated or corrupt data); nothing is left at
 * `outputPath` then.
 */
export function sanitizeImage(inputPath: string, outputPath: string): Promise<SanitizedImage> {
	return withImageWork(async () =>
		writeMaster(inputPath, await checkedHeader(inputPath), outputPath),
	)
}

async function writeMaster(
	inputPath: string,
	{ metadata, image: { format } }: Header,
	outputPath: string,
): Promise<SanitizedImage> {
	let pipeline = normalised(sharp(inputPath, UNTRUSTED), metadata)
	if (format === 'jpeg') {
		pipeline = pipeline.jpeg({
			quality: 90,
			// Measured on a 12 MP photo (bench/media.ts and by hand):
			// - the mozjpeg preset (`mozjpeg: true`: trellis quantisation, its own
			//   quantisation table, scan search) made the master 25 % smaller but
			//   took 1.6–2.4 s of one core instead of 0.1–0.2 s, and is less
			//   faithful at the same quality number (PSNR to the upload 37.5 dB
			//   against 44 dB); the master is the reference copy, pages are
			//   served the renditions;
			// - optimised Huffman tables (sharp's default) save 7 % but buffer
			//   the whole image's coefficients (+70 MB) and take 2.5 times as
			//   long; without them the image streams from decoder to file;
			// - progressive would stop the renditions, made from the master,
			//   being shrunk while decoding (0.2 s instead of 0.07 s).
			optimiseCoding: false,
			// 4:4:4 originals are usually graphics with coloured text, which 4:2:0 would smear.
			chromaSubsampling: metadata.chromaSubsampling?.startsWith('4:4:4') ? '4:4:4' : '4:2:0',
		})
	} else if (format === 'png') {
		// A palette PNG has at most 256 colours, which quantisation keeps exactly.
		pipeline = pipeline.png({ palette: metadata.isPalette })
	} else if (format === 'webp') {
		pipeline = (await isLosslessWebp(inputPath))
			? pipeline.webp({ lossless: true })
			: pipeline.webp({ quality: 90 })
	} else {
		pipeline = pipeline.avif({ quality: 70, effort: AVIF_EFFORT })
	}

	try {
		const info = await pipeline.toFile(outputPath)
		return {
			mediaType: MEDIA_TYPES[format],
			width: info.width,
			height: info.height,
			byteSize: info.size,
		}
	} catch (error) {
		await fsp.rm(outputPath, { force: true })
		throw new ImageRefusedError(refusalOf(error), { cause: error })
	}
}

/**
 * Whether a WebP file's image is lossless (a VP8L chunk) rather than lossy
 * (VP8): sharp's metadata does not say, and re-encoding a lossless graphic
 * lossily would blur its text. Walks the RIFF chunk headers only.
 */
async function isLosslessWebp(filePath: string) {
	const handle = await fsp.open(filePath, 'r')
	try {
		const header = Buffer.alloc(8)
		let offset = 12 // 'RIFF', size, 'WEBP'
		for (let i = 0; i < 16; i++) {
			const { bytesRead } = await handle.read(header, 0, 8, offset)
			if (bytesRead < 8) return false
			const fourcc = header.toString('latin1', 0, 4)
			if (fourcc === 'VP8L') return true
			if (fourcc === 'VP8 ') return false
			// Chunks are padded to an even size.
			const size = header.readUInt32LE(4)
			offset += 8 + size + (size % 2)
		}
		return false
	} finally {
		await handle.close()
	}
}

/**
 * Writes the WebP (quality 80) and AVIF (quality 50, effort 3) renditions of
 * a master into `outDir`: every width of RENDITION_WIDTHS the image reaches,
 * or a single rendition at the image's own width when it is narrower than
 * the smallest; never upscaled. No metadata is written to any of them.
 *
 * sharp's `clone()` only copies a pipeline's options, each clone decoding
 * the input again; so the master is decoded once here, already reduced to
 * the largest rendition (the JPEG and WebP decoders shrink while decoding),
 * into a small raw buffer (1280×960×3 bytes for a 4:3 photo) that every
 * output is resized and encoded from, in parallel.
 */
export function renderRenditions(masterPath: string, outDir: string): Promise<Rendition[]> {
	// The master is the exchange's own file, but checked like any input.
	return withImageWork(async () =>
		writeRenditions(masterPath, await checkedHeader(masterPath), outDir),
	)
}

async function writeRenditions(
	sourcePath: string,
	{ metadata, image }: Header,
	outDir: string,
): Promise<Rendition[]> {
	const widths = renditionWidthsFor(image.width)
	const largest = widths[widths.length - 1]!

	let base: { data: Buffer; info: OutputInfo }
	try {
		base = await normalised(sharp(sourcePath, UNTRUSTED), metadata)
			.resize({ width: largest, withoutEnlargement: true })
			.raw()
			.toBuffer({ resolveWithObject: true })
	} catch (error) {
		throw new ImageRefusedError(refusalOf(error), { cause: error })
	}
	const raw = {
		raw: { width: base.info.width, height: base.info.height, channels: base.info.channels },
	}

	// Largest first, AVIF before WebP: the 1280 px AVIF takes over half of all
	// the encoding time, and started last it would run alone at the end while
	// the other cores idle (libuv's pool runs four of these at a time).
	const outputs = [...widths]
		.reverse()
		.flatMap((w) => (['avif', 'webp'] as const).map((format) => ({ w, format })))
	const jobs = outputs.map(async ({ w, format }): Promise<Rendition> => {
		let pipeline = sharp(base.data, raw)
		if (w < base.info.width) pipeline = pipeline.resize({ width: w })
		pipeline =
			format === 'webp'
				? pipeline.webp({ quality: 80 })
				: pipeline.avif({ quality: 50, effort: AVIF_EFFORT })
		const file = path.join(outDir, `${w}w.${format}`)
		const info = await pipeline.toFile(file)
		return {
			format,
			width: info.width,
			height: info.height,
			path: file,
			byteSize: info.size,
			mediaType: RENDITION_MEDIA_TYPES[format],
		}
	})
	const settled = await Promise.allSettled(jobs)
	const failed = settled.find((r) => r.status === 'rejected')
	if (failed) {
		// A half set of renditions is of no use: none is left behind.
		await Promise.all(
			outputs.map(({ w, format }) => fsp.rm(path.join(outDir, `${w}w.${format}`), { force: true })),
		)
		throw failed.reason
	}
	return settled.map((r) => (r as PromiseFulfilledResult<Rendition>).value)
}

/**
 * `sanitizeImage` and `renderRenditions` in one: the master and the
 * renditions are encoded at the same time, each from the upload (the
 * renditions from a reduced decode of it, as above), rather than the
 * renditions waiting for the master and decoding it again. Same files,
 * same checks; the master's encoding, on one core, then overlaps the
 * renditions' on the others. On any failure nothing is left behind.
 */
export function sanitizeWithRenditions(
	inputPath: string,
	masterPath: string,
	outDir: string,
): Promise<{ master: SanitizedImage; renditions: Rendition[] }> {
	return withImageWork(() => writeMasterAndRenditions(inputPath, masterPath, outDir))
}

async function writeMasterAndRenditions(inputPath: string, masterPath: string, outDir: string) {
	const header = await checkedHeader(inputPath)
	const [master, renditions] = await Promise.allSettled([
		writeMaster(inputPath, header, masterPath),
		writeRenditions(inputPath, header, outDir),
	])
	if (master.status === 'fulfilled' && renditions.status === 'fulfilled') {
		return { master: master.value, renditions: renditions.value }
	}
	await fsp.rm(masterPath, { force: true })
	if (renditions.status === 'fulfilled') {
		await Promise.all(renditions.value.map((r) => fsp.rm(r.path, { force: true })))
	}
	throw master.status === 'rejected' ? master.reason : (renditions as PromiseRejectedResult).reason
}

/** The rendition widths for an image `width` pixels wide (oriented). */
export function renditionWidthsFor(width: number): number[] {
	const widths: number[] = RENDITION_WIDTHS.filter((w) => w <= width)
	return widths.length ? widths : [width]
}

/**
 * The `srcset` of one format's renditions, smallest first, e.g.
 * `/r/a.webp 320w, /r/b.webp 640w`. Pair it with a `sizes` that tells the
 * browser the displayed width before layout, so it fetches the smallest
 * rendition that fills it:
 * - catalog cards (about 300 CSS px, one to four columns):
 *   `sizes="(min-width: 1200px) 300px, (min-width: 640px) 45vw, 100vw"`
 * - the material page (the picture up to 640 px wide):
 *   `sizes="(min-width: 720px) 640px, 100vw"`
 * Offer AVIF first in a `<picture>`, then WebP, with the master as `<img src>`.
 */
export function srcSetFor(
	renditions: readonly Rendition[],
	format: RenditionFormat,
	urlFor: (rendition: Rendition) => string,
) {
	return renditions
		.filter((r) => r.format === format)
		.sort((a, b) => a.width - b.width)
		.map((r) => `${urlFor(r)} ${r.width}w`)
		.join(', ')
}
