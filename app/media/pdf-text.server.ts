import { execFile } from 'node:child_process'
import fsp from 'node:fs/promises'
import { promisify } from 'node:util'
import bidiFactory from 'bidi-js'
import type * as HarfbuzzModule from 'harfbuzzjs'
import { PDFName, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib'
import { directionOf } from '#app/domain/languages.ts'
import { fontFamiliesFor } from './font-families.ts'

/**
 * Text written into PDFs as text: the credit under a poster and on a
 * document's credit page, in any script the exchange's languages use.
 *
 * pdf-lib's own fonts cover Latin only, and the glyphs it lays out are not
 * shaped: Arabic would come out as unjoined letters in the wrong order. So
 * the text is shaped by HarfBuzz (harfbuzzjs: Pango's own shaper, the one
 * that draws the posters), split into runs by the Unicode bidirectional
 * algorithm (bidi-js) and by the Noto font of each script, and each glyph
 * HarfBuzz chose is written into a Type 3 font as its outline. The page
 * then carries real text: selectable, searchable, read by `pdftotext`,
 * printed as sharp as the printer allows, whatever the script, with one
 * way of embedding for TrueType fonts and the CFF collections of Chinese,
 * Japanese and Korean alike. Every font has a ToUnicode map from its codes
 * to the characters they stand for (a glyph that is the rest of a cluster
 * is marked as standing for nothing); right-to-left runs are drawn in
 * visual order and marked `/ReversedChars`, as the PDF specification asks,
 * so an extractor gives them back in reading order.
 */

type Harfbuzz = typeof HarfbuzzModule
type HbFont = InstanceType<Harfbuzz['Font']>

const bidi = bidiFactory()
const run = promisify(execFile)

let harfbuzz: Promise<Harfbuzz> | undefined
/** Loaded on first use: its WebAssembly takes a moment to compile, and most requests never write a PDF. */
const loadHarfbuzz = () => (harfbuzz ??= import('harfbuzzjs'))

// ------------------------------------------------------------------ fonts

type FontFile = { file: string; index: number }

let fontFiles: Promise<Map<string, FontFile>> | undefined

/**
 * The regular face of each font family fontconfig knows, by family name
 * ("Noto Sans Arabic", "Noto Sans CJK JP"), read once: the families are
 * the ones Pango picks for the posters, so the PDF's text uses the same
 * fonts as the poster's.
 */
function listFontFiles() {
	fontFiles ??= run('fc-list', ['-f', '%{family[0]}|%{style[0]}|%{file}|%{index}\\n'], {
		maxBuffer: 16 * 1024 * 1024,
	})
		.then(({ stdout }) => {
			const found = new Map<string, FontFile>()
			for (const line of stdout.split('\n')) {
				const [family, style, file, index] = line.split('|')
				if (!family || !file || style !== 'Regular') continue
				if (!found.has(family)) found.set(family, { file, index: Number(index) || 0 })
			}
			return found
		})
		.catch((error: unknown) => {
			fontFiles = undefined
			throw new Error(`fc-list failed: install fontconfig and fonts-noto-core`, { cause: error })
		})
	return fontFiles
}

export interface LoadedFont {
	family: string
	font: HbFont
	upem: number
	ascender: number
	descender: number
}

const loaded = new Map<string, Promise<LoadedFont | null>>()

/** A family's regular face, shaped and drawn by HarfBuzz; null when it is not installed. Kept for the process's life. */
function loadFont(family: string): Promise<LoadedFont | null> {
	let font = loaded.get(family)
	if (!font) {
		font = (async () => {
			const hb = await loadHarfbuzz()
			const file = (await listFontFiles()).get(family)
			if (!file) return null
			const face = new hb.Face(new hb.Blob(await fsp.readFile(file.file)), file.index)
			const hbFont = new hb.Font(face)
			const extents = hbFont.hExtents()
			return {
				family,
				font: hbFont,
				upem: face.upem,
				ascender: extents.ascender,
				descender: extents.descender,
			}
		})()
		loaded.set(family, font)
	}
	return font
}

// ------------------------------------------------------------------ layout

export interface Paragraph {
	text: string
	/** The language of the sentence (its direction and fonts follow it). */
	lang: string
	/** In points. */
	size: number
}

/** One glyph, placed on its line: x from the line's start, y from its baseline, in points. */
interface PlacedGlyph {
	font: LoadedFont
	gid: number
	/** The characters this glyph stands for, as an extractor must read them ('' for the rest of a cluster). */
	text: string
	x: number
	y: number
	size: number
	/** Drawn inside a right-to-left run, in visual order. */
	reversed: boolean
}

export interface TextLine {
	glyphs: PlacedGlyph[]
	width: number
	/** Distance from the line's top to its baseline, and its full height, in points. */
	ascent: number
	height: number
	rtl: boolean
}

export interface TextBlock {
	lines: TextLine[]
	width: number
	height: number
}

/** Line height as a share of the font size. */
const LINE_HEIGHT = 1.4

// Scripts that do not separate words with spaces: a line may break between any two of their words.
const UNSPACED =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
// Characters that take the font of the letter before them: spaces, punctuation, digits, marks, joiners.
const NEUTRAL = /^[\s\p{P}\p{S}\p{N}\p{M}\u200c\u200d\ufe00-\ufe0f]$/u
// Bidi controls, and what the PDF has no use for.
const DROPPED = /[\u0000-\u0008\u000b-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/**
 * Lays paragraphs out in lines at most `width` points wide: the words of
 * a line in their visual order, each glyph in the font of its script. Lines
 * break between words (between any two words of Chinese, Japanese or
 * Thai), and inside a word only when it does not fit a line on its own.
 */
export async function layOutText(paragraphs: Paragraph[], width: number): Promise<TextBlock> {
	const hb = await loadHarfbuzz()
	const lines: TextLine[] = []
	for (const paragraph of paragraphs) {
		const text = paragraph.text.replace(DROPPED, '').replace(/\s+/g, ' ').trim()
		if (!text) {
			lines.push({
				glyphs: [],
				width: 0,
				ascent: 0,
				height: paragraph.size * LINE_HEIGHT,
				rtl: false,
			})
			continue
		}
		const rtl = directionOf(paragraph.lang) === 'rtl'
		const fonts = await fontsForCharacters(text, paragraph.lang)
		const { levels } = bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr')
		const measure = (start: number, end: number) =>
			shapeLine(hb, text, fonts, levels, start, end, paragraph).width
		for (const [start, end] of breakLines(text, paragraph.lang, width, measure)) {
			lines.push(shapeLine(hb, text, fonts, levels, start, end, paragraph))
		}
	}
	return {
		lines,
		width: Math.max(0, ...lines.map((l) => l.width)),
		height: lines.reduce((sum, l) => sum + l.height, 0),
	}
}

/** The font of each UTF-16 unit of the text (both halves of a pair get the same one). */
async function fontsForCharacters(text: string, lang: string) {
	const chosen: LoadedFont[] = []
	let previous: LoadedFont | undefined
	for (const char of text) {
		const codePoint = char.codePointAt(0)!
		let font: LoadedFont | undefined
		if (previous && NEUTRAL.test(char) && previous.font.glyph(codePoint) !== undefined) {
			font = previous
		} else {
			const families = [...new Set([...fontFamiliesFor(lang, char), ...fontFamiliesFor(lang, '')])]
			for (const family of families) {
				const candidate = await loadFont(family)
				if (candidate && candidate.font.glyph(codePoint) !== undefined) {
					font = candidate
					break
				}
			}
			// No font has it: the first one draws its "missing" glyph, and the text still reads right.
			font ??= (await loadFont(families[0]!)) ?? (await loadFont('Noto Sans')) ?? undefined
			if (!font) throw new Error('No font found for PDF text: install fonts-noto-core')
		}
		for (let i = 0; i < char.length; i++) chosen.push(font)
		previous = font
	}
	return chosen
}

/**
 * Where lines end, as [start, end) ranges of the text: greedy, at the
 * last break opportunity that fits; a piece wider than a whole line is cut
 * between graphemes.
 */
function breakLines(
	text: string,
	lang: string,
	width: number,
	measure: (start: number, end: number) => number,
): [number, number][] {
	const opportunities: number[] = []
	let at = 0
	let previous = ''
	for (const { segment, index } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(
		text,
	)) {
		if (index > 0 && (/\s$/u.test(previous) || (UNSPACED.test(previous) && UNSPACED.test(segment))))
			opportunities.push(index)
		previous = segment
		at = index + segment.length
	}
	opportunities.push(at)

	const lines: [number, number][] = []
	let start = 0
	while (start < text.length) {
		let end = -1
		for (const candidate of opportunities) {
			if (candidate <= start) continue
			if (measure(start, trimEnd(text, start, candidate)) <= width) end = candidate
			else break
		}
		if (end < 0) end = cutGraphemes(text, start, width, measure)
		lines.push([start, trimEnd(text, start, end)])
		start = end
		while (start < text.length && text[start] === ' ') start++
	}
	return lines
}

function trimEnd(text: string, start: number, end: number) {
	while (end > start && text[end - 1] === ' ') end--
	return end
}

/** The end of the longest run of graphemes from `start` that fits (at least one). */
function cutGraphemes(
	text: string,
	start: number,
	width: number,
	measure: (start: number, end: number) => number,
) {
	let end = start
	for (const { segment, index } of new Intl.Segmenter(undefined, {
		granularity: 'grapheme',
	}).segment(text.slice(start))) {
		const next = start + index + segment.length
		if (end > start && measure(start, next) > width) break
		end = next
	}
	return end
}

/**
 * Shapes one line: its runs (one bidi level, one font) put in visual order
 * (rule L2 of the bidirectional algorithm), each shaped by HarfBuzz in its
 * direction, so Arabic joins, marks sit on their letters, and brackets in
 * right-to-left text are mirrored.
 */
function shapeLine(
	hb: Harfbuzz,
	text: string,
	fonts: LoadedFont[],
	levels: Uint8Array,
	start: number,
	end: number,
	paragraph: Paragraph,
): TextLine {
	const runs: { start: number; end: number; level: number; font: LoadedFont }[] = []
	for (let i = start; i < end; i++) {
		const last = runs.at(-1)
		if (last && last.level === levels[i] && last.font === fonts[i]) last.end = i + 1
		else runs.push({ start: i, end: i + 1, level: levels[i]!, font: fonts[i]! })
	}
	let visual = runs
	const highest = Math.max(0, ...runs.map((r) => r.level))
	const lowestOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1))
	for (let level = highest; level >= lowestOdd; level--) {
		const next: typeof runs = []
		for (let i = 0; i < visual.length;) {
			if (visual[i]!.level < level) {
				next.push(visual[i++]!)
				continue
			}
			let j = i
			while (j < visual.length && visual[j]!.level >= level) j++
			next.push(...visual.slice(i, j).reverse())
			i = j
		}
		visual = next
	}

	const size = paragraph.size
	const glyphs: PlacedGlyph[] = []
	let pen = 0
	let ascent = 0
	let descent = 0
	for (const r of visual) {
		const part = text.slice(r.start, r.end)
		const reversed = r.level % 2 === 1
		const buffer = new hb.Buffer()
		buffer.addText(part)
		buffer.setDirection(reversed ? hb.Direction.RTL : hb.Direction.LTR)
		buffer.setLanguage(paragraph.lang)
		buffer.guessSegmentProperties()
		hb.shape(r.font.font, buffer)
		const infos = buffer.getGlyphInfos()
		const positions = buffer.getGlyphPositions()
		const scale = size / r.font.upem
		// Cluster values are UTF-16 offsets into `part`; a cluster's text runs to the next cluster.
		const starts = [...new Set(infos.map((g) => g.cluster))].sort((a, b) => a - b)
		const named = new Set<number>()
		infos.forEach((info, i) => {
			const position = positions[i]!
			let glyphText = ''
			if (!named.has(info.cluster)) {
				named.add(info.cluster)
				const next = starts.find((s) => s > info.cluster) ?? part.length
				glyphText = part.slice(info.cluster, next)
				// Read back in reverse inside /ReversedChars: a ligature's letters are stored reversed too.
				if (reversed) glyphText = Array.from(glyphText).reverse().join('')
			}
			glyphs.push({
				font: r.font,
				gid: info.codepoint,
				text: glyphText,
				x: pen + position.xOffset * scale,
				y: position.yOffset * scale,
				size,
				reversed,
			})
			pen += position.xAdvance * scale
		})
		ascent = Math.max(ascent, (r.font.ascender * size) / r.font.upem)
		descent = Math.max(descent, (-r.font.descender * size) / r.font.upem)
	}
	const height = Math.max(size * LINE_HEIGHT, ascent + descent)
	// Extra leading is shared above and below, so lines of one size sit evenly.
	return {
		glyphs,
		width: pen,
		ascent: ascent + (height - ascent - descent) / 2,
		height,
		rtl: directionOf(paragraph.lang) === 'rtl',
	}
}

// ------------------------------------------------------------------ PDF

/**
 * The Type 3 fonts of one PDF document: each glyph used gets a code in a
 * font made for its face (a new font every 255 glyphs, the most one-byte
 * codes allow), with its outline and what it stands for in ToUnicode.
 */
export class PdfTextFonts {
	private readonly fonts: {
		face: LoadedFont
		name: string
		ref: PDFRef
		glyphs: PlacedGlyph[]
		codes: Map<string, number>
	}[] = []

	constructor(private readonly pdf: PDFDocument) {}

	/** The font and code to draw a glyph with; the font is reserved in the document now and written by `finish`. */
	code(glyph: PlacedGlyph) {
		const key = `${glyph.gid}\u0000${glyph.text}`
		for (const font of this.fonts) {
			if (font.face !== glyph.font) continue
			const found = font.codes.get(key)
			if (found !== undefined) return { font, code: found }
		}
		let font = this.fonts.findLast((f) => f.face === glyph.font)
		if (!font || font.glyphs.length >= 255) {
			font = {
				face: glyph.font,
				name: `T3F${this.fonts.length + 1}`,
				ref: this.pdf.context.nextRef(),
				glyphs: [],
				codes: new Map(),
			}
			this.fonts.push(font)
		}
		font.glyphs.push(glyph)
		const code = font.glyphs.length
		font.codes.set(key, code)
		return { font, code }
	}

	/** Writes every font reserved so far. */
	finish() {
		const { context } = this.pdf
		for (const font of this.fonts) {
			const face = font.face
			const procs: Record<string, PDFRef> = {}
			const differences: (number | PDFName)[] = [1]
			const widths: number[] = []
			const unicode: string[] = []
			font.glyphs.forEach((glyph, i) => {
				const code = i + 1
				const advance = Math.round(face.font.glyphHAdvance(glyph.gid))
				const extents = face.font.glyphExtents(glyph.gid)
				const box = extents
					? [
							extents.xBearing,
							extents.yBearing + extents.height,
							extents.xBearing + extents.width,
							extents.yBearing,
						].map(Math.round)
					: [0, 0, 0, 0]
				// d1: the outline only, painted in the colour the text is drawn in.
				const body = `${advance} 0 ${box.join(' ')} d1\n${pathOperators(face.font.glyphToPath(glyph.gid))}`
				procs[`g${code}`] = context.register(context.flateStream(body))
				differences.push(PDFName.of(`g${code}`))
				widths.push(advance)
				if (glyph.text) unicode.push(`<${hex(code, 2)}> <${utf16Hex(glyph.text)}>`)
			})
			const toUnicode = [
				'/CIDInit /ProcSet findresource begin',
				'12 dict begin',
				'begincmap',
				'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
				'/CMapName /Adobe-Identity-UCS def',
				'/CMapType 2 def',
				'1 begincodespacerange',
				'<00> <FF>',
				'endcodespacerange',
				// At most 100 entries per block, as the CMap format asks.
				...chunks(unicode, 100).flatMap((block) => [
					`${block.length} beginbfchar`,
					...block,
					'endbfchar',
				]),
				'endcmap',
				'CMapName currentdict /CMap defineresource pop',
				'end',
				'end',
			].join('\n')
			const scale = 1 / face.upem
			context.assign(
				font.ref,
				context.obj({
					Type: 'Font',
					Subtype: 'Type3',
					FontBBox: [0, face.descender, Math.max(0, ...widths), face.ascender],
					FontMatrix: [scale, 0, 0, scale, 0, 0],
					CharProcs: context.obj(procs),
					Encoding: context.obj({ Type: 'Encoding', Differences: differences }),
					FirstChar: 1,
					LastChar: font.glyphs.length,
					Widths: widths,
					ToUnicode: context.register(context.flateStream(toUnicode)),
					Resources: context.obj({}),
				}),
			)
		}
	}

	/** Adds a font to a page's resources under its name. */
	use(page: PDFPage, font: { name: string; ref: PDFRef }) {
		page.node.setFontDictionary(PDFName.of(font.name), font.ref)
	}
}

/**
 * Draws laid-out text on a page: the block's top-left corner at (x, top),
 * each line starting on the left, or on the right in a right-to-left
 * language, of a box `boxWidth` wide. Fonts are written by `fonts.finish()`
 * once every page is drawn.
 */
export function drawTextBlock(
	page: PDFPage,
	fonts: PdfTextFonts,
	block: TextBlock,
	at: { x: number; top: number; boxWidth: number; color?: [number, number, number] },
) {
	const [r, g, b] = at.color ?? [0.1, 0.1, 0.1]
	const ops: string[] = ['q', `${num(r)} ${num(g)} ${num(b)} rg`, 'BT']
	let top = at.top
	for (const line of block.lines) {
		const left = line.rtl ? at.x + at.boxWidth - line.width : at.x
		const baseline = top - line.ascent
		let current = ''
		let reversed = false
		for (const glyph of line.glyphs) {
			if (glyph.reversed !== reversed) {
				ops.push(glyph.reversed ? '/ReversedChars BMC' : 'EMC')
				reversed = glyph.reversed
			}
			const { font, code } = fonts.code(glyph)
			fonts.use(page, font)
			const select = `/${font.name} ${num(glyph.size)} Tf`
			if (select !== current) {
				ops.push(select)
				current = select
			}
			ops.push(`1 0 0 1 ${num(left + glyph.x)} ${num(baseline + glyph.y)} Tm`)
			// The second glyph of a cluster (a Thai vowel drawn apart, a mark)
			// stands for nothing more: its cluster's first glyph carries the
			// text. An empty ActualText says so to extractors, which would
			// otherwise print its code.
			ops.push(
				glyph.text
					? `<${hex(code, 2)}> Tj`
					: `/Span <</ActualText ()>> BDC <${hex(code, 2)}> Tj EMC`,
			)
		}
		if (reversed) ops.push('EMC')
		top -= line.height
	}
	ops.push('ET', 'Q')
	const { context } = page.doc
	page.node.addContentStream(context.register(context.flateStream(ops.join('\n'))))
}

/** An SVG path in font units (HarfBuzz's glyphToPath) as PDF path operators, filled with the non-zero rule. */
function pathOperators(path: string) {
	const ops: string[] = []
	let x = 0
	let y = 0
	for (const [, command, args] of path.matchAll(/([MLQCZ])([^MLQCZ]*)/g)) {
		const n = (args ?? '')
			.split(/[\s,]+/)
			.filter(Boolean)
			.map(Number)
		switch (command) {
			case 'M':
				;[x, y] = [n[0]!, n[1]!]
				ops.push(`${num(x)} ${num(y)} m`)
				break
			case 'L':
				;[x, y] = [n[0]!, n[1]!]
				ops.push(`${num(x)} ${num(y)} l`)
				break
			case 'Q': {
				// A quadratic curve is the cubic with control points two thirds of the way to its own.
				const [qx, qy, ex, ey] = n as [number, number, number, number]
				ops.push(
					`${num(x + ((qx - x) * 2) / 3)} ${num(y + ((qy - y) * 2) / 3)} ${num(ex + ((qx - ex) * 2) / 3)} ${num(ey + ((qy - ey) * 2) / 3)} ${num(ex)} ${num(ey)} c`,
				)
				;[x, y] = [ex, ey]
				break
			}
			case 'C':
				ops.push(`${n.slice(0, 6).map(num).join(' ')} c`)
				;[x, y] = [n[4]!, n[5]!]
				break
			case 'Z':
				ops.push('h')
				break
		}
	}
	return ops.length ? `${ops.join('\n')}\nf` : ''
}

function num(n: number) {
	return String(Math.round(n * 100) / 100)
}

function hex(n: number, digits: number) {
	return n.toString(16).toUpperCase().padStart(digits, '0')
}

function utf16Hex(text: string) {
	let out = ''
	for (let i = 0; i < text.length; i++) out += hex(text.charCodeAt(i), 4)
	return out
}

function chunks<T>(items: T[], size: number) {
	const out: T[][] = []
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
	return out
}
