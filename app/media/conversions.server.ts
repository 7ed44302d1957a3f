import { createHash } from 'node:crypto'
import fsp from 'node:fs/promises'
import sharp, { type SharpOptions } from 'sharp'
import { type UiLanguage } from '#app/domain/languages.ts'
import { type PosterTemplate } from '#app/domain/poster-template.ts'
import { printPixelSize, type Paper } from '#app/domain/print.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	attributionInAllLanguages,
	attributionLines,
	jpegWithXmp,
	pngWithText,
	webpWithXmp,
	xmpPacket,
	type AttributionInput,
} from './attribution.server.ts'
import { runInDocumentWorker } from './documents.server.ts'
import { withImageWork } from './image-work.server.ts'
import { MAX_INPUT_PIXELS } from './images.server.ts'
import { type CreditPage } from './pdf-credit.server.ts'
import { posterToPdf, renderPoster, type SlotText } from './poster-render.server.ts'
import { newTempPath } from './storage.server.ts'

/**
 * A material's file as it leaves the exchange, carrying its credit:
 * - `original`, what the plain "Download" gives: the file in its own
 *   format, credited in its metadata without touching its pixels (PNG text
 *   chunks, XMP in JPEG and WebP; an AVIF is encoded again, with XMP); a
 *   PDF with a credit page at its end; a text file with the credit after
 *   its last line; an office document with it in its properties;
 * - an image in another format: PNG (text chunks), WebP (XMP), or an A4 or
 *   A3 PDF with the credit as text under the poster. A poster made from its
 *   template is rendered again for the paper at 300 ppi; any other image
 *   is printed from its own pixels, and the download says at what
 *   resolution (app/domain/print.ts).
 * Made once per source file and `variant`, then stored (see
 * app/models/conversion.server.ts): a 100-megapixel poster takes seconds
 * of a core and hundreds of megabytes to convert.
 */

export const CONVERSION_FORMATS = {
	png: { contentType: 'image/png', extension: 'png', paper: null },
	webp: { contentType: 'image/webp', extension: 'webp', paper: null },
	'pdf-a4': { contentType: 'application/pdf', extension: 'pdf', paper: 'A4' },
	'pdf-a3': { contentType: 'application/pdf', extension: 'pdf', paper: 'A3' },
} as const satisfies Record<string, { contentType: string; extension: string; paper: Paper | null }>

export type ConversionFormat = keyof typeof CONVERSION_FORMATS

/** What is stored: a format of the list, or the credited original. */
export type StoredFormat = ConversionFormat | 'original'

export function isConversionFormat(value: string | undefined): value is ConversionFormat {
	return value !== undefined && Object.hasOwn(CONVERSION_FORMATS, value)
}

const OFFICE_TYPES = new Set([
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	'application/vnd.oasis.opendocument.text',
	'application/vnd.oasis.opendocument.presentation',
])

/** Office documents keep their credit where few readers look (their properties): their download name carries it too. */
export function isOfficeDocument(mediaType: string) {
	return OFFICE_TYPES.has(mediaType)
}

/** The media types whose original gets its credit written in. */
const CREDITED_ORIGINALS = new Set([
	'image/png',
	'image/jpeg',
	'image/webp',
	'image/avif',
	'application/pdf',
	'text/plain',
	...OFFICE_TYPES,
])

export function canCreditOriginal(mediaType: string) {
	return CREDITED_ORIGINALS.has(mediaType)
}

/** Everything a conversion writes besides the source's own content. */
export interface ConversionSpec {
	format: StoredFormat
	/** The reader's UI language: the credit's language. */
	lang: UiLanguage
	/** The material's credit facts (title, owner, organisation, licence, source of an adaptation). */
	credit: AttributionInput
	/** The title's language (the version's). */
	titleLang: string
	/** Where the material is published, when it is; a draft has no public page. */
	pageUrl: string | null
	/**
	 * For a PDF of a poster made from its template: the template rendered
	 * for print, at this size, from the template whose content hashes to
	 * `digest` (boxes, texts, background, logo).
	 */
	print?: { digest: string; width: number; height: number } | null
}

/** A poster template with its texts and images, to render for print. */
export interface PrintTemplate {
	template: PosterTemplate
	texts: Record<string, SlotText>
	backgroundPath: string
	logoPath: string | null
	/** A hash of all of the above's content. */
	digest: string
}

// Changes when what a conversion writes changes, so that every stored
// conversion is made again and browsers fetch it again.
const OUTPUT_REVISION = '2'

/**
 * A hash of everything a conversion says besides the source's own content:
 * the credit's facts and its sentences in every language, as the renderer
 * writes them (so a change of title, licence, owner, organisation or
 * source, or of a translation of the sentence, changes it), the reader's
 * language, the page's address, and the template and size a print is
 * rendered from.
 */
export function conversionVariant(spec: ConversionSpec) {
	return createHash('sha256')
		.update(
			JSON.stringify([
				OUTPUT_REVISION,
				spec.format,
				spec.lang,
				spec.titleLang,
				spec.pageUrl,
				spec.credit,
				attributionInAllLanguages(spec.credit),
				spec.print ?? null,
				// The credit page's heading.
				spec.format === 'original' ? getFixedT(spec.lang)('material.attributionLabel') : null,
			]),
		)
		.digest('base64url')
}

/** The pixel size a template is rendered at for a paper, and the spec's `print`. */
export function printSpec(template: PrintTemplate, paper: Paper) {
	const { width, height } = printPixelSize(paper, template.template.width, template.template.height)
	return { digest: template.digest, width, height }
}

// Stored images went through sanitizeImage, but are still decoded with the upload limits.
const IMAGE_INPUT: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }

export type ConversionSource = { path: string; mediaType: string }

/**
 * Converts a stored file (at `source.path`): images in the image work
 * queue, a PDF's credit page in the document worker. `template`, for a PDF
 * of a poster made from one, is rendered at `spec.print`'s size.
 */
export function renderConversion(
	source: ConversionSource,
	spec: ConversionSpec,
	template?: PrintTemplate | null,
): Promise<Buffer> {
	if (spec.format === 'original' && source.mediaType === 'application/pdf')
		return creditPdf(source, spec)
	if (spec.format === 'original' && OFFICE_TYPES.has(source.mediaType))
		return creditOffice(source, spec)
	return withImageWork(() => convert(source, spec, template ?? null))
}

function creditXmp(spec: ConversionSpec) {
	const { credit: input, lang } = spec
	const credit = attributionLines(input, lang)
	const all = attributionInAllLanguages(input)
	return xmpPacket({
		title: input.title,
		titleLang: spec.titleLang,
		creator: credit.owner,
		rights: [credit, ...all.filter((a) => a.lang !== lang)].map((a) => ({
			lang: a.lang,
			text: a.lineWithUrl,
		})),
		licenceUrl: credit.licenceUrl,
		attributionName: credit.owner,
		attributionUrl: spec.pageUrl,
		marked: input.licence !== 'cc0-1.0',
	})
}

function creditPngText(spec: ConversionSpec) {
	const credit = attributionLines(spec.credit, spec.lang)
	const all = attributionInAllLanguages(spec.credit)
	return {
		Title: spec.credit.title,
		Author: credit.owner,
		Copyright: credit.lineWithUrl,
		Description: [...all.map((a) => a.line), ...(spec.pageUrl ? [spec.pageUrl] : [])].join('\n'),
	}
}

async function convert(
	source: ConversionSource,
	spec: ConversionSpec,
	template: PrintTemplate | null,
) {
	const { credit: input, lang, pageUrl, format } = spec
	const credit = attributionLines(input, lang)
	if (format === 'original' && source.mediaType === 'text/plain') {
		const text = (await fsp.readFile(source.path, 'utf8')).replace(/\s+$/, '')
		const lines = [credit.lineWithUrl, ...(pageUrl ? [pageUrl] : [])]
		// The file's own line endings, so the credit reads as one more paragraph.
		const eol = text.includes('\r\n') ? '\r\n' : '\n'
		return Buffer.from(`${text}${eol}${eol}—${eol}${lines.join(eol)}${eol}`, 'utf8')
	}
	if (format === 'original') {
		if (source.mediaType === 'image/png')
			return pngWithText(await fsp.readFile(source.path), creditPngText(spec))
		if (source.mediaType === 'image/jpeg')
			return jpegWithXmp(await fsp.readFile(source.path), creditXmp(spec))
		if (source.mediaType === 'image/webp')
			return webpWithXmp(await fsp.readFile(source.path), creditXmp(spec))
		if (source.mediaType === 'image/avif')
			// AVIF keeps its metadata in boxes that point into the file: adding
			// one without encoding again means rewriting every offset. Encoded
			// again at a quality above the stored copy's (70), so the loss is slight.
			return sharp(source.path, IMAGE_INPUT)
				.avif({ quality: 80, effort: 3 })
				.withXmp(creditXmp(spec))
				.toBuffer()
		throw new Error(`no credited original for ${source.mediaType}`)
	}
	if (format === 'webp') {
		return sharp(source.path, IMAGE_INPUT)
			.rotate()
			.webp({ quality: 88 })
			.withXmp(creditXmp(spec))
			.toBuffer()
	}
	const paper = CONVERSION_FORMATS[format].paper
	let png: Buffer
	if (paper && spec.print && template) {
		const poster = await renderPoster({
			background: template.backgroundPath,
			template: template.template,
			texts: template.texts,
			logo: template.logoPath ? await fsp.readFile(template.logoPath) : undefined,
			scale: spec.print.width / template.template.width,
		})
		png = poster.png
	} else {
		// A stored PNG is used as it is, so its pixels are exactly the original's.
		png =
			source.mediaType === 'image/png'
				? await fsp.readFile(source.path)
				: await sharp(source.path, IMAGE_INPUT).rotate().png().toBuffer()
	}
	if (!paper) return pngWithText(png, creditPngText(spec))
	return posterToPdf(png, paper, {
		credit: [{ text: credit.lineWithUrl, lang }, ...(pageUrl ? [{ text: pageUrl, lang }] : [])],
		metadata: {
			title: input.title,
			author: credit.owner,
			subject: credit.lineWithUrl,
			keywords: [credit.owner, credit.licence, ...(pageUrl ? [pageUrl] : [])],
		},
	})
}

/** The stored office document with the credit in its properties, made in the document worker. */
async function creditOffice(source: ConversionSource, spec: ConversionSpec) {
	const credit = attributionLines(spec.credit, spec.lang)
	const others = attributionInAllLanguages(spec.credit).filter((a) => a.lang !== spec.lang)
	const outputPath = await newTempPath('.zip')
	try {
		const result = await runInDocumentWorker({
			kind: 'credit-office',
			inputPath: source.path,
			outputPath,
			mediaType: source.mediaType,
			credit: {
				title: spec.credit.title,
				owner: credit.owner,
				lines: [credit.lineWithUrl, ...others.map((a) => a.lineWithUrl)],
				keywords: [credit.licence, ...(spec.pageUrl ? [spec.pageUrl] : [])],
			},
		})
		if (!result.ok) throw new CreditPageFailed(`office credit refused: ${result.reason}`)
		return await fsp.readFile(outputPath)
	} finally {
		await fsp.rm(outputPath, { force: true })
	}
}

/** Thrown when the document worker could not write the credit into a document. */
export class CreditPageFailed extends Error {}

/** The stored PDF with its credit page, made in the document worker (time- and memory-limited). */
async function creditPdf(source: ConversionSource, spec: ConversionSpec) {
	const { credit: input, lang } = spec
	const credit = attributionLines(input, lang)
	const others = attributionInAllLanguages(input).filter((a) => a.lang !== lang)
	const page: CreditPage = {
		heading: { text: getFixedT(lang)('material.attributionLabel'), lang },
		paragraphs: [
			{ text: credit.lineWithUrl, lang, emphasis: true },
			...(spec.pageUrl ? [{ text: spec.pageUrl, lang }] : []),
			{ text: '', lang },
			...others.map((a) => ({ text: a.lineWithUrl, lang: a.lang })),
		],
		metadata: {
			title: input.title,
			author: credit.owner,
			subject: credit.lineWithUrl,
			keywords: [credit.owner, credit.licence, ...(spec.pageUrl ? [spec.pageUrl] : [])],
		},
	}
	const outputPath = await newTempPath('.pdf')
	try {
		const result = await runInDocumentWorker({
			kind: 'credit-pdf',
			inputPath: source.path,
			outputPath,
			credit: page,
		})
		if (!result.ok) throw new CreditPageFailed(`credit page refused: ${result.reason}`)
		return await fsp.readFile(outputPath)
	} finally {
		await fsp.rm(outputPath, { force: true })
	}
}
