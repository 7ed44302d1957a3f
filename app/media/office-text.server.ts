import path from 'node:path'
import { tidyText } from './tidy-text.ts'
import { XmlStream, type XmlTag } from './xml-stream.server.ts'
import { inflateEntry, type InflateBudget, type Zip } from './zip.server.ts'

/**
 * The text of a DOCX (body, with headers before and footers after), PPTX
 * (slides in presentation order), ODT or ODP (content.xml), with paragraph
 * breaks, cut to `maxChars`. Comments, speaker notes, footnotes and tracked
 * deletions are left out: they are not what the reader of the material
 * sees. Null when the document's main part is missing. Runs in the document
 * worker; every part read is inflated against `budget`.
 */

export type OfficeFormat = 'docx' | 'pptx' | 'odt' | 'odp'

export function readOfficeText(
	zip: Zip,
	format: OfficeFormat,
	budget: InflateBudget,
	maxChars: number,
): string | null {
	const text =
		format === 'docx'
			? docxText(zip, budget, maxChars)
			: format === 'pptx'
				? pptxText(zip, budget, maxChars)
				: odfText(zip, budget, maxChars)
	return text === null ? null : tidyText(text).slice(0, maxChars)
}

/** Feeds one part to the parser as it is inflated; false when the zip has no such part. */
function streamPart(zip: Zip, name: string, budget: InflateBudget, xml: XmlStream) {
	const entry = zip.byName.get(name)
	if (!entry) return false
	inflateEntry(zip, entry, budget, (chunk) => xml.write(chunk))
	xml.end()
	return true
}

function numbered(names: Iterable<string>, pattern: RegExp) {
	return [...names]
		.map((name) => ({ name, n: Number(pattern.exec(name)?.[1] ?? NaN) }))
		.filter((part) => !Number.isNaN(part.n))
		.sort((a, b) => a.n - b.n)
		.map((part) => part.name)
}

interface TextRules {
	/** Elements whose character data is document text (inside any of them). */
	textIn: ReadonlySet<string>
	/** Elements whose end is a paragraph break. */
	paragraphs: ReadonlySet<string>
	/** Elements that stand for a character (a tab, a line break). */
	characters: Readonly<Record<string, string | ((attributes: Record<string, string>) => string)>>
	/** Elements whose content is not part of the visible text. */
	skip: ReadonlySet<string>
	/** ODF collapses white space like HTML; OOXML keeps w:t and a:t as written. */
	collapseSpace: boolean
}

/**
 * The text of one part, by `rules`. Stops collecting (but not checking the
 * part) once it holds `maxChars` characters: more would be cut anyway.
 */
function partText(
	zip: Zip,
	name: string,
	budget: InflateBudget,
	rules: TextRules,
	maxChars: number,
): string | null {
	const out: string[] = []
	let length = 0
	let inText = 0
	let skipped = 0
	const push = (piece: string) => {
		if (length >= maxChars) return
		out.push(piece)
		length += piece.length
	}
	const characters = (data: string) => {
		if (!inText || skipped) return
		if (!rules.collapseSpace) return push(data)
		// Like HTML: runs of white space are one space, none at a line's start.
		const collapsed = data.replace(/[ \t\r\n]+/g, ' ')
		const atLineStart = !out.length || out[out.length - 1]!.endsWith('\n')
		const piece = atLineStart ? collapsed.trimStart() : collapsed
		if (piece) push(piece)
	}
	const xml = new XmlStream({
		open: ({ name, attributes }: XmlTag) => {
			// Tabs and breaks sit beside the text elements (w:tab next to w:t), not in them.
			const character = rules.characters[name]
			if (character !== undefined && !skipped) {
				push(typeof character === 'string' ? character : character(attributes))
			}
			if (rules.textIn.has(name)) inText++
			if (rules.skip.has(name)) skipped++
		},
		close: ({ name }: XmlTag) => {
			if (rules.textIn.has(name)) inText--
			if (rules.skip.has(name)) skipped--
			if (!skipped && rules.paragraphs.has(name)) push('\n')
		},
		text: characters,
		cdata: characters,
	})
	return streamPart(zip, name, budget, xml) ? out.join('') : null
}

const DOCX_RULES: TextRules = {
	textIn: new Set(['w:t']),
	paragraphs: new Set(['w:p']),
	characters: { 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n', 'w:noBreakHyphen': '\u2011' },
	// Tab stops (w:tabs in w:pPr) are not tab characters; moved-from text is
	// a tracked deletion; mc:Fallback repeats a text box for old readers.
	skip: new Set(['w:pPr', 'w:moveFrom', 'mc:Fallback']),
	collapseSpace: false,
}

function docxText(zip: Zip, budget: InflateBudget, maxChars: number) {
	const names = [...zip.byName.keys()]
	const headers = numbered(names, /^word\/header(\d*)\.xml$/)
	const footers = numbered(names, /^word\/footer(\d*)\.xml$/)
	const main = partText(zip, 'word/document.xml', budget, DOCX_RULES, maxChars)
	if (main === null) return null
	const read = (parts: string[]) => {
		const texts: string[] = []
		for (const part of parts) {
			const text = (partText(zip, part, budget, DOCX_RULES, maxChars) ?? '').trim()
			// Sections often repeat the same header (first page, odd, even).
			if (text && !texts.includes(text)) texts.push(text)
		}
		return texts
	}
	const headerTexts = read(headers)
	const footerTexts = read(footers)
	return [...headerTexts, main, ...footerTexts].join('\n\n')
}

const PPTX_RULES: TextRules = {
	textIn: new Set(['a:t']),
	paragraphs: new Set(['a:p']),
	// a:tab is a tab stop in DrawingML; real tabs are plain characters in a:t.
	characters: { 'a:br': '\n' },
	skip: new Set(['mc:Fallback']),
	collapseSpace: false,
}

function pptxText(zip: Zip, budget: InflateBudget, maxChars: number) {
	const slides = pptxSlideOrder(zip, budget)
	if (!slides.length) return null
	const texts: string[] = []
	let length = 0
	for (const slide of slides) {
		const text = partText(zip, slide, budget, PPTX_RULES, Math.max(0, maxChars - length))
		if (text === null) continue
		texts.push(text.trim())
		length += text.length
	}
	return texts.filter(Boolean).join('\n\n')
}

/**
 * Slide files are numbered in the order they were created; the order shown
 * is the list in ppt/presentation.xml, through its relationships. Falls back
 * to the file numbers when those parts are missing.
 */
function pptxSlideOrder(zip: Zip, budget: InflateBudget) {
	const byNumber = numbered(zip.byName.keys(), /^ppt\/slides\/slide(\d+)\.xml$/)
	const targets = new Map<string, string>()
	const rels = new XmlStream({
		open: ({ name, attributes }) => {
			if (localName(name) === 'Relationship' && attributes.Id && attributes.Target)
				targets.set(attributes.Id, attributes.Target)
		},
	})
	const ids: string[] = []
	const presentation = new XmlStream({
		open: ({ name, attributes }) => {
			const id = attributes['r:id']
			if (name === 'p:sldId' && id) ids.push(id)
		},
	})
	if (
		!streamPart(zip, 'ppt/_rels/presentation.xml.rels', budget, rels) ||
		!streamPart(zip, 'ppt/presentation.xml', budget, presentation)
	)
		return byNumber
	const ordered: string[] = []
	for (const id of ids) {
		const target = targets.get(id)
		if (!target) continue
		const name = path.posix.normalize(target.startsWith('/') ? target.slice(1) : `ppt/${target}`)
		if (zip.byName.has(name) && !ordered.includes(name)) ordered.push(name)
	}
	return ordered.length ? ordered : byNumber
}

function localName(name: string) {
	return name.slice(name.indexOf(':') + 1)
}

const ODF_RULES: TextRules = {
	// All ODF text is in paragraphs and headings (also in lists, tables and
	// frames); white space between elements is layout of the XML.
	textIn: new Set(['text:p', 'text:h']),
	paragraphs: new Set(['text:p', 'text:h', 'draw:page']),
	characters: {
		'text:tab': '\t',
		'text:line-break': '\n',
		// text:s is a run of spaces, text:c of them.
		'text:s': (attributes) =>
			' '.repeat(Math.min(1000, Math.max(1, Number(attributes['text:c'] ?? 1) || 1))),
	},
	skip: new Set([
		'office:annotation',
		'text:note',
		'text:tracked-changes',
		'presentation:notes',
		'svg:title',
		'svg:desc',
	]),
	collapseSpace: true,
}

function odfText(zip: Zip, budget: InflateBudget, maxChars: number) {
	return partText(zip, 'content.xml', budget, ODF_RULES, maxChars)
}
