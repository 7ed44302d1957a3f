import { SaxesParser, type SaxesTagPlain, type XMLDecl } from 'saxes'

/**
 * The XML of office documents, read as a stream by saxes, a strict parser
 * whose cost grows with the length of its input and nothing else: an
 * unterminated comment or CDATA section is an error at the end of the part,
 * not a rescan of the rest of it for every `<`.
 *
 * Refused outright: a DOCTYPE (neither OOXML nor ODF has one; it is how
 * entity expansion bombs are declared, and saxes would only report their
 * entities as undefined), and elements nested deeper than MAX_XML_DEPTH
 * (real documents nest a few dozen levels; an office program that recurses
 * on each level can be crashed by a few hundred thousand).
 */

/** Not well-formed XML. */
export class XmlMalformed extends Error {}
/** Well-formed, but with something no office document holds (a DOCTYPE). */
export class XmlRefused extends Error {}
/** Nested deeper than MAX_XML_DEPTH. */
export class XmlTooDeep extends Error {}

const MAX_XML_DEPTH = 1000

export type XmlTag = SaxesTagPlain

export interface XmlHandlers {
	xmldecl?: (declaration: XMLDecl) => void
	open?: (tag: XmlTag) => void
	/** Called right after `open` for a self-closing tag. */
	close?: (tag: XmlTag) => void
	text?: (text: string) => void
	cdata?: (text: string) => void
	processingInstruction?: (instruction: { target: string; body: string }) => void
}

/** A parser fed with the bytes of one part as they are inflated; `end` checks the part is complete. */
export class XmlStream {
	private readonly parser = new SaxesParser<{ xmlns: false; position: false }>({
		xmlns: false,
		position: false,
	})
	private decoder: TextDecoder | null = null
	private depth = 0

	constructor(handlers: XmlHandlers) {
		const parser = this.parser
		parser.on('error', (error) => {
			throw new XmlMalformed(error.message)
		})
		parser.on('doctype', () => {
			throw new XmlRefused('DOCTYPE')
		})
		parser.on('opentag', (tag) => {
			if (++this.depth > MAX_XML_DEPTH) throw new XmlTooDeep(`deeper than ${MAX_XML_DEPTH}`)
			handlers.open?.(tag)
		})
		parser.on('closetag', (tag) => {
			this.depth--
			handlers.close?.(tag)
		})
		if (handlers.xmldecl) parser.on('xmldecl', handlers.xmldecl)
		if (handlers.text) parser.on('text', handlers.text)
		if (handlers.cdata) parser.on('cdata', handlers.cdata)
		if (handlers.processingInstruction)
			parser.on('processinginstruction', handlers.processingInstruction)
	}

	write(bytes: Uint8Array) {
		if (!this.decoder) this.decoder = new TextDecoder(encodingOf(bytes))
		const text = this.decoder.decode(bytes, { stream: true })
		if (text) this.parser.write(text)
	}

	end() {
		const rest = this.decoder?.decode() ?? ''
		if (rest) this.parser.write(rest)
		this.parser.close()
	}
}

/** XML is UTF-8 unless a byte-order mark says UTF-16 (the decoder drops the mark). */
function encodingOf(bytes: Uint8Array) {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
	return 'utf-8'
}

/** Parses a whole part held in memory. */
export function parseXml(bytes: Uint8Array, handlers: XmlHandlers) {
	const stream = new XmlStream(handlers)
	stream.write(bytes)
	stream.end()
}

/**
 * Rewrites a part through the parser, element by element, with `edit`
 * allowed to change attribute values and to empty an element: comments are
 * dropped, everything else is written back as it means (text re-escaped,
 * CDATA kept as CDATA), in UTF-8.
 */
export function rewriteXml(
	bytes: Uint8Array,
	edit: (tag: XmlTag) => { attributes?: Record<string, string>; emptyContent?: boolean } | void,
) {
	const out: string[] = []
	// Depth of the element whose content is being dropped, 0 when none.
	let emptying = 0
	let depth = 0
	parseXml(bytes, {
		xmldecl: (declaration) => {
			const standalone = declaration.standalone ? ` standalone="${declaration.standalone}"` : ''
			out.push(`<?xml version="${declaration.version ?? '1.0'}" encoding="UTF-8"${standalone}?>`)
		},
		processingInstruction: ({ target, body }) => {
			if (!emptying) out.push(`<?${target}${body ? ` ${body}` : ''}?>`)
		},
		open: (tag) => {
			depth++
			if (emptying) return
			const change = edit(tag) ?? {}
			const attributes = change.attributes ?? tag.attributes
			let start = `<${tag.name}`
			for (const [name, value] of Object.entries(attributes)) {
				start += ` ${name}="${escapeAttribute(value)}"`
			}
			if (tag.isSelfClosing) {
				out.push(`${start}/>`)
			} else {
				out.push(`${start}>`)
				if (change.emptyContent) emptying = depth
			}
		},
		close: (tag) => {
			if (emptying && depth > emptying) {
				depth--
				return
			}
			if (emptying === depth) emptying = 0
			depth--
			if (!tag.isSelfClosing) out.push(`</${tag.name}>`)
		},
		text: (text) => {
			if (!emptying) out.push(escapeText(text))
		},
		cdata: (text) => {
			if (!emptying) out.push(`<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`)
		},
	})
	return Buffer.from(out.join(''), 'utf8')
}

function escapeText(text: string) {
	return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
}

/** Also tabs and line breaks, which a reader would otherwise turn into spaces. */
function escapeAttribute(value: string) {
	return value.replace(/[&<"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`)
}
