import {
	concatTransformationMatrix,
	drawObject,
	PDFDocument,
	popGraphicsState,
	pushGraphicsState,
} from 'pdf-lib'
import sharp, { type OverlayOptions, type SharpOptions } from 'sharp'
import { directionOf } from '#app/domain/languages.ts'
import {
	checkSlotText,
	cleanSlotText,
	edgeColour,
	MIN_FONT_SIZE,
	validateTemplate,
	type PosterTemplate,
	type TemplateProblem,
	type TemplateSlot,
} from '#app/domain/poster-template.ts'
import {
	CREDIT_GAP,
	creditBandHeight,
	creditFontSize,
	PAPER_SIZES,
	posterLayout,
	type Paper,
} from '#app/domain/print.ts'
import { fontFamiliesFor } from './font-families.ts'
import { MAX_INPUT_PIXELS } from './images.server.ts'
import { withImageWork } from './image-work.server.ts'
import {
	drawTextBlock,
	layOutText,
	PdfTextFonts,
	type Paragraph,
	type TextBlock,
} from './pdf-text.server.ts'
import { pngChunks } from './png.ts'

/**
 * Renders a poster template with a country's own text: each text slot is
 * laid out by Pango (through sharp's `text` input, as demo-art.server.ts
 * does) in the Noto font for its script, so Arabic is joined and runs right
 * to left, Chinese, Japanese and Korean get their own glyph forms, Thai and
 * Devanagari are shaped. The font size shrinks until the text fits its box:
 * a translation longer than the original never overflows onto the artwork.
 */

export type SlotText = { text: string; lang: string }

export type RenderPosterInput = {
	/** The background, as bytes or a file path; its size must be the template's. */
	background: Buffer | string
	template: PosterTemplate
	/** By slot id; a text slot without an entry is left empty. */
	texts: Record<string, SlotText>
	/** Put in every logo slot; without it logo slots are left empty. */
	logo?: Buffer
	/**
	 * Renders at this multiple of the template's size, for print: the
	 * background is resized, and every box and font size multiplied, so the
	 * texts are laid out at the size they print at (sharp, not enlarged
	 * pixels). 1 when absent.
	 */
	scale?: number
}

export type RenderedPoster = {
	png: Buffer
	width: number
	height: number
	/** By text slot id: the font size used, in pixels. */
	fitted: Record<string, number>
}

export type PosterRefusal =
	| 'invalid-template'
	| 'text-too-long'
	| 'unknown-slot'
	| 'bad-language'
	| 'background-mismatch'
	| 'bad-image'

/** Thrown by renderPoster for a template, text or image it will not render. */
export class PosterRenderError extends Error {
	constructor(
		readonly reason: PosterRefusal,
		readonly detail: { slotId?: string; problems?: TemplateProblem[] } = {},
		options?: { cause?: unknown },
	) {
		super(`Poster refused: ${reason}${detail.slotId ? ` (slot ${detail.slotId})` : ''}`, options)
		this.name = 'PosterRenderError'
	}
}

// Backgrounds and logos are stored uploads: they went through
// sanitizeImage, but are still decoded with the upload limits.
const IMAGE_INPUT: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }

// BCP 47 shape only: the tag goes into a markup attribute, and Pango
// accepts any well-formed tag.
const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}$/

function escapeMarkup(text: string) {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

type TextImage = { data: Buffer; width: number; height: number }

// Scripts written without spaces between words. The Pango in sharp's
// libvips has no word dictionary for them, so it would wrap Thai in the
// middle of a word; ICU (in Node) has one.
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const UNSPACED_END = new RegExp(`${UNSPACED.source}$`, 'u')
const UNSPACED_START = new RegExp(`^${UNSPACED.source}`, 'u')

/** Puts a zero-width space (a line-break opportunity for Pango) between words of unspaced scripts. */
function markWordBreaks(paragraph: string, lang: string) {
	if (!UNSPACED.test(paragraph)) return paragraph
	let marked = ''
	for (const { segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(paragraph)) {
		if (UNSPACED_END.test(marked) && UNSPACED_START.test(segment)) marked += '\u200B'
		marked += segment
	}
	return marked
}

// Digits in groups, as phone numbers are written ("116 111", "+33 1 23 45
// 67 89"). In right-to-left text the bidi algorithm orders the groups right
// to left ("111 116"); a left-to-right mark before the number keeps it in
// one piece. The user's own isolates could have done it, but cleanSlotText
// removes every bidi control. (Arabic-Indic digits are left as the
// algorithm orders them.)
const GROUPED_NUMBER = /\+?[0-9]+(?:[ \u00A0\u202F.\/-]+[0-9]+)+/g

/**
 * The text of one slot as Pango markup. Pango takes each paragraph's
 * direction from its first strong letter, so an Arabic paragraph opening
 * with a brand name would run left to right; a right-to-left (or
 * left-to-right) mark at the start of each paragraph gives it the
 * direction of its language. With that, Pango's "left" alignment is the
 * start of the line in either direction (it swaps left and right for a
 * paragraph whose direction differs from the layout's).
 */
function slotMarkup(slot: TemplateSlot, text: string, lang: string) {
	const rtl = directionOf(lang) === 'rtl'
	const body = text
		.split('\n')
		.map((paragraph) => escapeMarkup(markWordBreaks(paragraph, lang)))
		.map((paragraph) =>
			rtl ? '\u200F' + paragraph.replace(GROUPED_NUMBER, '\u200E$&') : '\u200E' + paragraph,
		)
		.join('\n')
	return `<span lang="${lang}" foreground="${slot.color}" font_weight="${slot.weight ?? 'normal'}">${body}</span>`
}

const PANGO_ALIGN = { start: 'left', center: 'centre', end: 'right' } as const

/**
 * Lays out the text at one size. The image sharp returns is cropped to the
 * ink (the drawn pixels), so its size is what the box must hold.
 */
async function layOut(slot: TemplateSlot, markup: string, families: string[], size: number) {
	const { data, info } = await sharp({
		text: {
			text: markup,
			font: `${families.join(', ')} ${size}`,
			// At 72 dpi Pango's points are pixels.
			dpi: 72,
			// No `height`: with it libvips ignores the font size and scales the
			// text to fill the box, larger than the template allows.
			width: slot.width,
			align: PANGO_ALIGN[slot.align],
			wrap: 'word-char',
			rgba: true,
		},
	})
		.raw()
		.toBuffer({ resolveWithObject: true })
	return { data, width: info.width, height: info.height }
}

/**
 * Finds the largest whole font size from MIN_FONT_SIZE to the slot's
 * fontSize at which the laid-out text fits the box, by a binary search on
 * the measured size of the rendered text. Each step's measurement narrows
 * the range two ways:
 * - the text's area grows with the square of the size, so the next size is
 *   guessed from how far the last one was from filling the box (one to
 *   eight layouts, three or four for most texts, in trials against a
 *   size-by-size scan); after three guesses the search halves the range
 *   instead, so an unlucky run of guesses stays bounded;
 * - its height grows at least in proportion to the size (a larger size can
 *   only add lines), so sizes that would make a fitting text taller than
 *   the box are ruled out without laying them out: a 1000-character text is
 *   never laid out at a size that would make a huge image.
 * The first size is estimated from the number of characters, for the same
 * reason. If even the smallest size does not fit, its image is cropped to
 * the box: the text never overflows.
 */
async function fitText(
	slot: TemplateSlot,
	text: string,
	lang: string,
	minSize: number,
): Promise<{ image: TextImage; size: number }> {
	const markup = slotMarkup(slot, text, lang)
	const families = fontFamiliesFor(lang, text)
	const box = { width: slot.width, height: slot.height }
	let lo = minSize
	let hi = Math.max(minSize, Math.floor(slot.fontSize))
	let best: { image: TextImage; size: number } | undefined
	let smallest: TextImage | undefined
	// A character takes about 0.55 em by 1.4 em in Latin text and 1 by 1.45
	// in CJK: assuming the larger gives a first size that usually fits.
	const chars = Array.from(text).length + 8 * (text.split('\n').length - 1)
	let size = clamp(Math.floor(Math.sqrt((box.width * box.height) / (1.5 * chars))), lo, hi)
	for (let step = 1; ; step++) {
		const image = await layOut(slot, markup, families, size)
		const fits = image.width <= box.width && image.height <= box.height
		if (fits) {
			best = { image, size }
			lo = size + 1
			// +1: ink heights are whole pixels, so proportions are off by one.
			hi = Math.min(hi, Math.floor((size * (box.height + 1)) / Math.max(1, image.height)))
		} else {
			hi = size - 1
			if (size === minSize) smallest = image
		}
		if (lo > hi) break
		let guess = size
		if (image.height > box.height || fits) guess = size * Math.sqrt(box.height / image.height)
		if (image.width > box.width) guess = Math.min(guess, (size * box.width) / image.width)
		size = step < 4 ? clamp(Math.floor(guess), lo, hi) : Math.floor((lo + hi) / 2)
	}
	if (best) return best
	const image = smallest ?? (await layOut(slot, markup, families, minSize))
	const width = Math.min(image.width, box.width)
	const height = Math.min(image.height, box.height)
	const { data } = await sharp(image.data, {
		raw: { width: image.width, height: image.height, channels: 4 },
	})
		.extract({ left: 0, top: 0, width, height })
		.raw()
		.toBuffer({ resolveWithObject: true })
	return { image: { data, width, height }, size: minSize }
}

function clamp(n: number, lo: number, hi: number) {
	return Math.min(hi, Math.max(lo, n))
}

/**
 * Where a laid-out text goes in its box: along the line by the slot's
 * alignment, 'start' being the right edge in a right-to-left language, and
 * centred from top to bottom, so a translation shorter than the original
 * keeps its place in the design.
 */
function placeInBox(slot: TemplateSlot, image: TextImage, lang: string) {
	const rtl = directionOf(lang) === 'rtl'
	const room = slot.width - image.width
	const offset =
		slot.align === 'center'
			? Math.floor(room / 2)
			: (slot.align === 'start') === rtl
				? room // end in left-to-right, start in right-to-left
				: 0
	return { left: slot.x + offset, top: slot.y + Math.floor((slot.height - image.height) / 2) }
}

/** The logo fitted inside a logo slot's box, at the slot's alignment, centred from top to bottom. */
async function logoImage(slot: TemplateSlot, logo: Buffer): Promise<TextImage> {
	const position = { start: 'left', center: 'centre', end: 'right' } as const
	const { data, info } = await sharp(logo, IMAGE_INPUT)
		.rotate()
		.resize(slot.width, slot.height, {
			fit: 'contain',
			position: position[slot.align],
			background: { r: 0, g: 0, b: 0, alpha: 0 },
		})
		.ensureAlpha()
		.toColourspace('srgb')
		.raw()
		.toBuffer({ resolveWithObject: true })
	return { data, width: info.width, height: info.height }
}

function checkInput({ template, texts }: RenderPosterInput) {
	const validation = validateTemplate(template)
	if (!validation.ok) {
		throw new PosterRenderError('invalid-template', { problems: validation.problems })
	}
	const textSlots = new Set(template.slots.filter((s) => s.kind === 'text').map((s) => s.id))
	for (const [slotId, entry] of Object.entries(texts)) {
		// A text for a slot the template does not have (or for a logo slot) is
		// a stale form or another template's texts: refused, not dropped.
		if (!textSlots.has(slotId)) throw new PosterRenderError('unknown-slot', { slotId })
		if (typeof entry?.lang !== 'string' || !LANG_TAG.test(entry.lang)) {
			throw new PosterRenderError('bad-language', { slotId })
		}
		if (typeof entry.text !== 'string' || checkSlotText(entry.text) !== 'ok') {
			throw new PosterRenderError('text-too-long', { slotId })
		}
	}
}

/**
 * Renders a template over its background with the given texts and logo, as
 * PNG. Throws PosterRenderError for an invalid template, text over the
 * limit, an unknown slot or language tag, a background of another size
 * than the template's, or an image that does not decode.
 *
 * Slots are laid out at once: libvips runs the layouts on its worker
 * threads (eight texts take about a third of the time they take one after
 * another on two cores).
 */
export function renderPoster(input: RenderPosterInput): Promise<RenderedPoster> {
	return withImageWork(() => composePoster(input))
}

async function composePoster(input: RenderPosterInput): Promise<RenderedPoster> {
	checkInput(input)
	const { texts, logo } = input
	let background = sharp(input.background, IMAGE_INPUT)
	const metadata = await background.metadata().catch((error: unknown) => {
		throw new PosterRenderError('bad-image', {}, { cause: error })
	})
	if (
		metadata.autoOrient.width !== input.template.width ||
		metadata.autoOrient.height !== input.template.height
	) {
		throw new PosterRenderError('background-mismatch')
	}
	const scale = input.scale ?? 1
	// Checked at the template's own size above; scaled boxes stay inside the
	// scaled background (their edges are rounded down).
	const template = scale === 1 ? input.template : scaleTemplate(input.template, scale)
	const { width, height } = template
	background = background.rotate()
	if (scale !== 1) background = background.resize(width, height, { fit: 'fill' })
	const minSize = Math.max(1, Math.floor(MIN_FONT_SIZE * scale))

	const laidOut = await Promise.all(
		template.slots.map(async (slot): Promise<{ layer: OverlayOptions; size?: number } | null> => {
			if (slot.kind === 'logo') {
				if (!logo) return null
				const image = await logoImage(slot, logo).catch((error: unknown) => {
					throw new PosterRenderError('bad-image', { slotId: slot.id }, { cause: error })
				})
				return { layer: overlay(image, { left: slot.x, top: slot.y }) }
			}
			const entry = texts[slot.id]
			const text = entry ? cleanSlotText(entry.text) : ''
			if (!entry || !text) return null
			const { image, size } = await fitText(slot, text, entry.lang, minSize)
			return { layer: overlay(image, placeInBox(slot, image, entry.lang)), size }
		}),
	)
	const fitted: Record<string, number> = {}
	template.slots.forEach((slot, i) => {
		const size = laidOut[i]?.size
		if (size !== undefined) fitted[slot.id] = size
	})
	// Every fill goes down before any text or logo: a box that covers the
	// artwork's own words never covers the words of a box that overlaps it.
	const fills = template.slots.flatMap((slot): OverlayOptions[] =>
		slot.fill
			? [
					{
						input: {
							create: {
								width: slot.width,
								height: slot.height,
								channels: 4,
								background: slot.fill,
							},
						},
						left: slot.x,
						top: slot.y,
					},
				]
			: [],
	)
	const layers = [...fills, ...laidOut.filter((l) => l !== null).map((l) => l.layer)]

	try {
		let composed = background.composite(layers)
		// Compositing adds an alpha channel; an opaque background gives an
		// opaque poster, a quarter smaller without it. zlib level 6 (sharp's
		// default): on an A4 poster level 3 saves about 10 ms of 70 for a file
		// 45 % larger, level 9 costs 65 ms more to save 7 %.
		if (!metadata.hasAlpha) composed = composed.removeAlpha()
		const png = await composed.png().toBuffer()
		return { png, width, height, fitted }
	} catch (error) {
		throw new PosterRenderError('bad-image', {}, { cause: error })
	}
}

/** A template at `scale` times its size: the background's, and every box's place, size and font size. */
function scaleTemplate(template: PosterTemplate, scale: number): PosterTemplate {
	const down = (n: number) => Math.floor(n * scale)
	return {
		width: Math.round(template.width * scale),
		height: Math.round(template.height * scale),
		slots: template.slots.map((slot) => {
			const x = down(slot.x)
			const y = down(slot.y)
			return {
				...slot,
				x,
				y,
				width: down(slot.x + slot.width) - x,
				height: down(slot.y + slot.height) - y,
				fontSize: slot.fontSize * scale,
			}
		}),
	}
}

function overlay(image: TextImage, at: { left: number; top: number }): OverlayOptions {
	return {
		input: image.data,
		raw: { width: image.width, height: image.height, channels: 4 },
		...at,
	}
}

/**
 * For each box, the colour its fill should have to blend into the artwork
 * (edgeColour: the median of the pixels along its edges), by slot id. The
 * background is decoded once for all the boxes, flattened on white as a
 * poster is printed.
 */
export function sampleEdgeColours(
	background: Buffer | string,
	boxes: readonly Pick<TemplateSlot, 'id' | 'x' | 'y' | 'width' | 'height'>[],
): Promise<Record<string, string>> {
	return withImageWork(async () => {
		if (!boxes.length) return {}
		const { data, info } = await sharp(background, IMAGE_INPUT)
			.rotate()
			.flatten({ background: '#ffffff' })
			.toColourspace('srgb')
			.raw()
			.toBuffer({ resolveWithObject: true })
		const pixels = { data, width: info.width, height: info.height, channels: info.channels }
		return Object.fromEntries(boxes.map((box) => [box.id, edgeColour(pixels, box)]))
	})
}

/**
 * A PNG's pixels in the form a PDF image takes them. The data of an 8-bit
 * RGB PNG that is not interlaced (its IDAT chunks joined: zlib-compressed
 * rows, each with its PNG filter byte) is exactly a FlateDecode image
 * stream with PNG predictors, so it goes into the PDF as it is: pdf-lib's
 * embedPng would decode and recompress it in JavaScript, blocking the event
 * loop for 0.2 to 0.5 s at A4 150 dpi. Any other PNG (alpha, grey,
 * palette, 16-bit, interlaced) is first rewritten in that form by sharp,
 * on white, the colour of the paper.
 */
async function pdfImageData(png: Buffer) {
	let parsed = parsePng(png)
	if (!parsed?.rgb8) {
		const rgb = await sharp(png, IMAGE_INPUT)
			.flatten({ background: '#ffffff' })
			.toColourspace('srgb')
			.png({ palette: false, progressive: false })
			.toBuffer()
		parsed = parsePng(rgb)
		if (!parsed?.rgb8) throw new PosterRenderError('bad-image')
	}
	return parsed
}

/** The size, form and joined IDAT data of a PNG, or null for bytes that are not one. */
function parsePng(png: Buffer) {
	let chunks: ReturnType<typeof pngChunks>
	try {
		chunks = pngChunks(png)
	} catch {
		return null
	}
	const header = chunks[0]!.data
	const idat = chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)
	if (!idat.length) return null
	const [bitDepth, colourType, , , interlace] = header.subarray(8, 13)
	return {
		width: header.readUInt32BE(0),
		height: header.readUInt32BE(4),
		rgb8: bitDepth === 8 && colourType === 2 && interlace === 0,
		data: Buffer.concat(idat),
	}
}

/** Information written into a poster PDF's document information dictionary. */
export type PdfMetadata = {
	title?: string
	author?: string
	subject?: string
	keywords?: string[]
}

export type PosterPdfOptions = {
	/**
	 * The credit, printed as text under the poster (pdf-text.server.ts):
	 * with it the poster and the credit stay inside the page's margins, laid
	 * out by posterLayout (app/domain/print.ts). Paragraphs in order; their
	 * size is the paper's credit size, smaller when the credit needs more
	 * than the band's lines.
	 */
	credit?: Omit<Paragraph, 'size'>[]
	metadata?: PdfMetadata
}

/** The smallest the credit is set, in points, when it is long. */
const MIN_CREDIT_SIZE = 5

/**
 * A one-page PDF of a poster (renderPoster's PNG) for printing. Without a
 * credit, the page is the paper size and the image as large as fits it,
 * keeping its proportions, centred. With one, the poster and the credit
 * under it stay inside the margins (posterLayout), the credit as text. No
 * producer, creator or dates are written (pdf-lib writes them by default):
 * the same poster gives the same file. Metadata (title, author, subject,
 * keywords) goes into the document's information, still without dates.
 */
export function posterToPdf(
	png: Buffer,
	paper: Paper,
	options: PosterPdfOptions = {},
): Promise<Buffer> {
	return withImageWork(() => printPoster(png, paper, options))
}

async function printPoster(png: Buffer, paper: Paper, options: PosterPdfOptions) {
	const image = await pdfImageData(png)
	const pdf = await PDFDocument.create({ updateMetadata: false })
	const ref = registerImage(pdf, image)
	const size = PAPER_SIZES[paper]
	const page = pdf.addPage([size.width, size.height])
	if (!options.credit?.length) {
		const scale = Math.min(size.width / image.width, size.height / image.height)
		const width = image.width * scale
		const height = image.height * scale
		drawImage(page, ref, {
			x: (size.width - width) / 2,
			y: (size.height - height) / 2,
			width,
			height,
		})
	} else {
		const layout = posterLayout(paper, image.width, image.height)
		drawImage(page, ref, layout.poster)
		const room = creditBandHeight(paper) - CREDIT_GAP
		let block: TextBlock | undefined
		for (let points = creditFontSize(paper); ; points = Math.max(MIN_CREDIT_SIZE, points - 0.5)) {
			block = await layOutText(
				options.credit.map((p) => ({ ...p, size: points })),
				layout.credit.width,
			)
			if (block.height <= room + 0.01 || points === MIN_CREDIT_SIZE) break
		}
		const fonts = new PdfTextFonts(pdf)
		drawTextBlock(page, fonts, block, {
			x: layout.credit.x,
			top: layout.credit.top,
			boxWidth: layout.credit.width,
		})
		fonts.finish()
	}
	const metadata = options.metadata
	if (metadata?.title) pdf.setTitle(metadata.title)
	if (metadata?.author) pdf.setAuthor(metadata.author)
	if (metadata?.subject) pdf.setSubject(metadata.subject)
	// One string, separated by semicolons: pdf-lib would join them with
	// spaces, and keywords hold spaces ("CC BY 4.0").
	if (metadata?.keywords?.length) pdf.setKeywords([metadata.keywords.join('; ')])
	return Buffer.from(await pdf.save())
}

/** A PNG's data (pdfImageData's) as an image XObject of the document. */
function registerImage(pdf: PDFDocument, image: { width: number; height: number; data: Buffer }) {
	return pdf.context.register(
		pdf.context.stream(image.data, {
			Type: 'XObject',
			Subtype: 'Image',
			Width: image.width,
			Height: image.height,
			ColorSpace: 'DeviceRGB',
			BitsPerComponent: 8,
			Filter: 'FlateDecode',
			DecodeParms: { Predictor: 15, Colors: 3, BitsPerComponent: 8, Columns: image.width },
		}),
	)
}

/** Draws an image XObject at a place and size on the page. */
function drawImage(
	page: ReturnType<PDFDocument['addPage']>,
	ref: ReturnType<PDFDocument['context']['register']>,
	at: { x: number; y: number; width: number; height: number },
) {
	page.pushOperators(
		pushGraphicsState(),
		// The image is drawn in a 1×1 unit square: scale it to its size on the page, then move it.
		concatTransformationMatrix(at.width, 0, 0, at.height, at.x, at.y),
		drawObject(page.node.newXObject('Image', ref)),
		popGraphicsState(),
	)
}

/** The poster as WebP for pages and sharing: quality 88 keeps small text's edges clean. */
export function posterToWebp(png: Buffer): Promise<Buffer> {
	return withImageWork(() => sharp(png).webp({ quality: 88 }).toBuffer())
}
