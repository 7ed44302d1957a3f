import { createHash } from 'node:crypto'
import fsp from 'node:fs/promises'
import sharp, { type SharpOptions } from 'sharp'
import { type UiLanguage } from '#app/domain/languages.ts'
import {
	attributionInAllLanguages,
	attributionLines,
	attributionStrip,
	pngWithText,
	xmpPacket,
	type AttributionInput,
} from './attribution.server.ts'
import { withImageWork } from './image-work.server.ts'
import { MAX_INPUT_PIXELS } from './images.server.ts'
import { pdfFooterWidthPx, posterToPdf, type Paper } from './poster-render.server.ts'

/**
 * An image material in another format, carrying its credit: PNG with the
 * attribution in text chunks, WebP with it in XMP, a print-ready PDF (A4 or
 * A3) with it printed under the poster and in the document's information.
 * Made once per source image and `variant`, then stored (see
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

export function isConversionFormat(value: string | undefined): value is ConversionFormat {
	return value !== undefined && Object.hasOwn(CONVERSION_FORMATS, value)
}

/** Everything a conversion writes besides the source's pixels. */
export interface ConversionSpec {
	format: ConversionFormat
	/** The reader's UI language: the credit's language. */
	lang: UiLanguage
	/** The material's credit facts (title, owner, licence, source of an adaptation). */
	credit: AttributionInput
	/** The title's language (the version's). */
	titleLang: string
	/** Where the material is published, when it is; a draft has no public page. */
	pageUrl: string | null
}

// Changes when what a conversion writes changes, so that every stored
// conversion is made again and browsers fetch it again.
const OUTPUT_REVISION = '1'

/**
 * A hash of everything a conversion says besides the source's pixels: the
 * credit's facts and its sentences in every language, as the renderer
 * writes them (so a change of title, licence, owner or source, or of a
 * translation of the sentence, changes it), the reader's language and the
 * page's address.
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
			]),
		)
		.digest('base64url')
}

// Stored images went through sanitizeImage, but are still decoded with the upload limits.
const IMAGE_INPUT: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }

/** Converts a stored image (at `sourcePath`), in the image work queue. */
export function renderConversion(
	source: { path: string; mediaType: string },
	spec: ConversionSpec,
): Promise<Buffer> {
	return withImageWork(() => convert(source, spec))
}

async function convert(source: { path: string; mediaType: string }, spec: ConversionSpec) {
	const { credit: input, lang, pageUrl, format } = spec
	const credit = attributionLines(input, lang)
	const all = attributionInAllLanguages(input)
	if (format === 'webp') {
		return sharp(source.path, IMAGE_INPUT)
			.rotate()
			.webp({ quality: 88 })
			.withXmp(
				xmpPacket({
					title: input.title,
					titleLang: spec.titleLang,
					creator: credit.owner,
					rights: [credit, ...all.filter((a) => a.lang !== lang)].map((a) => ({
						lang: a.lang,
						text: a.lineWithUrl,
					})),
					licenceUrl: credit.licenceUrl,
					attributionName: credit.owner,
					attributionUrl: pageUrl,
					marked: input.licence !== 'cc0-1.0',
				}),
			)
			.toBuffer()
	}
	// A stored PNG is used as it is, so its pixels are exactly the original's.
	const png =
		source.mediaType === 'image/png'
			? await fsp.readFile(source.path)
			: await sharp(source.path, IMAGE_INPUT).rotate().png().toBuffer()
	if (format === 'png') {
		return pngWithText(png, {
			Title: input.title,
			Author: credit.owner,
			Copyright: credit.lineWithUrl,
			Description: [...all.map((a) => a.line), ...(pageUrl ? [pageUrl] : [])].join('\n'),
		})
	}
	const paper = CONVERSION_FORMATS[format].paper
	return posterToPdf(png, paper, {
		footer: await attributionStrip(credit.lineWithUrl, lang, pdfFooterWidthPx(paper)),
		metadata: {
			title: input.title,
			author: credit.owner,
			subject: credit.lineWithUrl,
			keywords: [credit.owner, credit.licence, ...(pageUrl ? [pageUrl] : [])],
		},
	})
}
