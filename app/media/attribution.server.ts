import zlib from 'node:zlib'
import { countryName } from '#app/domain/countries.ts'
import { directionOf, UI_LANGUAGES, type UiLanguage } from '#app/domain/languages.ts'
import { LICENCE_TERMS } from '#app/domain/licence.ts'
import { creditedOwner } from '#app/domain/organisation.ts'
import { type Licence } from '#app/domain/vocabularies.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { PNG_SIGNATURE, pngChunks } from './png.ts'

/**
 * The credit a material's files carry when they leave the exchange: the
 * same sentence the material page shows ("“Title” by e-Enfance (France),
 * CC BY 4.0."), written into the file itself (PNG text chunks, XMP in JPEG
 * and WebP, text under a PDF poster or on a PDF's credit page) and into the
 * zip's README, so a file passed on from hand to hand still says who made
 * it, where it came from and on what terms.
 */

/** What the credit is made of: a subset of what getPublishedMaterial returns. */
export interface AttributionInput {
	/** The title of the version the file belongs to (or the one shown). */
	title: string
	/** The owner country (ISO 3166-1 alpha-2). */
	countryCode: string
	/** The producing organisation (the material's own, else its campaign's), if named. */
	organisation?: string | null
	licence: Licence
	/** The public source of an adaptation or translation, if any. */
	adaptedFrom?: { title: string; countryCode: string; organisation?: string | null } | null
}

export interface AttributionLines {
	lang: UiLanguage
	dir: 'ltr' | 'rtl'
	/**
	 * The sentence: `attribution.line` or `attribution.adapted`, as on the
	 * material page. A licence that asks for no credit (CC0) still gets a
	 * "Source: …" line: people need to know where a file came from.
	 */
	line: string
	/** Who is credited in this language: "e-Enfance (France)", or the country's name alone. */
	owner: string
	/** The licence's name in this language ("CC BY 4.0"). */
	licence: string
	/** The licence deed, or null (all rights reserved). */
	licenceUrl: string | null
	/** The line followed by the licence deed's address, for print and file metadata. */
	lineWithUrl: string
	/** Whether the licence requires the credit (false for CC0). */
	needsAttribution: boolean
}

/** The credit for a material in one UI language. */
export function attributionLines(input: AttributionInput, lang: UiLanguage): AttributionLines {
	const t = getFixedT(lang)
	const vocab = getFixedT(lang, 'vocab')
	const terms = LICENCE_TERMS[input.licence]
	const source = input.adaptedFrom
	const key = terms.attribution
		? source
			? 'attribution.adapted'
			: 'attribution.line'
		: source
			? 'material.formats.sourceAdapted'
			: 'material.formats.source'
	// The "Source: … (France)" sentences put the owner in parentheses already.
	const form = terms.attribution ? 'named' : 'listed'
	const owner = creditedOwner(t, countryName(input.countryCode, lang), input.organisation, form)
	const licence = vocab(`licence.${input.licence}`)
	const values = {
		title: input.title,
		owner,
		licence,
		...(source
			? {
					sourceTitle: source.title,
					sourceOwner: creditedOwner(
						t,
						countryName(source.countryCode, lang),
						source.organisation,
						form,
					),
				}
			: {}),
	}
	const line = t(key, values)
	const dir = directionOf(lang)
	// A left-to-right mark after the address keeps its last slash at its
	// end inside right-to-left text.
	const url = terms.url ? (dir === 'rtl' ? `${terms.url}\u200E` : terms.url) : null
	return {
		lang,
		dir,
		line,
		lineWithUrl: url ? `${line} ${url}` : line,
		owner,
		licence,
		licenceUrl: terms.url,
		needsAttribution: terms.attribution,
	}
}

/** The credit in every UI language (en, fr, ar), in that order. */
export function attributionInAllLanguages(input: AttributionInput): AttributionLines[] {
	return UI_LANGUAGES.map((lang) => attributionLines(input, lang))
}

// ------------------------------------------------------------------ PNG text

const TEXT_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt'])

/** A keyword as the PNG specification allows: 1 to 79 printable Latin-1 characters, single spaces inside. */
function checkKeyword(keyword: string) {
	if (
		!/^[\x21-\x7e\xa1-\xff](?:[\x20-\x7e\xa1-\xff]{0,77}[\x21-\x7e\xa1-\xff])?$/.test(keyword) ||
		keyword.includes('  ')
	) {
		throw new Error(`Not a PNG text keyword: ${JSON.stringify(keyword)}`)
	}
}

function chunk(type: string, data: Buffer) {
	const out = Buffer.alloc(12 + data.length)
	out.writeUInt32BE(data.length, 0)
	out.write(type, 4, 'latin1')
	data.copy(out, 8)
	out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
	return out
}

/**
 * The PNG with an uncompressed iTXt chunk (UTF-8 text) per entry, right
 * after IHDR, by keyword ('Title', 'Author', 'Copyright', 'Description',
 * 'Source', … as the PNG specification names them). Text chunks already in
 * the file under the same keywords are dropped, so the file makes one
 * claim. The pixels are not touched. Throws for bytes that are not a PNG
 * and for a keyword the specification does not allow.
 */
export function pngWithText(
	png: Buffer,
	entries: Record<string, string>,
	options: { lang?: string } = {},
): Buffer {
	const chunks = pngChunks(png)
	const keywords = Object.keys(entries)
	keywords.forEach(checkKeyword)
	const lang =
		options.lang && /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(options.lang) ? options.lang : ''
	const text = Object.entries(entries).map(([keyword, value]) =>
		chunk(
			'iTXt',
			Buffer.concat([
				Buffer.from(keyword, 'latin1'),
				// Null separator, compression flag and method (none), language tag,
				// null, translated keyword (empty), null.
				Buffer.from([0, 0, 0]),
				Buffer.from(lang, 'latin1'),
				Buffer.from([0, 0]),
				Buffer.from(value.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ''), 'utf8'),
			]),
		),
	)
	const replaced = new Set(keywords)
	const kept = chunks.filter((c) => {
		if (!TEXT_CHUNKS.has(c.type)) return true
		const end = c.data.indexOf(0)
		return !replaced.has(c.data.toString('latin1', 0, end < 0 ? c.data.length : end))
	})
	return Buffer.concat([
		PNG_SIGNATURE,
		kept[0]!.bytes,
		...text,
		...kept.slice(1).map((c) => c.bytes),
	])
}

// ------------------------------------------------------------------ XMP

export interface XmpFields {
	title: string
	/** The title's language, if known. */
	titleLang?: string
	/** Who made it: the owner country's name. */
	creator: string
	/** The credit by language (BCP 47 tags); the first is also the default ("x-default"). */
	rights: { lang: string; text: string }[]
	licenceUrl: string | null
	/** The name to credit (cc:attributionName). */
	attributionName: string
	/** Where the material is published (cc:attributionURL), if public. */
	attributionUrl?: string | null
	/** False for the public domain, true for a work under copyright. */
	marked?: boolean
}

// Characters XML 1.0 does not allow at all, and lone surrogates.
const NOT_XML =
	/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function escapeXml(text: string) {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;')
}

const XML_LANG = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/

/** A language alternative: the first text as the default ("x-default"), then each text under its language. */
function langAlt(items: { lang: string; text: string }[]) {
	const lis = [
		{ lang: 'x-default', text: items[0]?.text ?? '' },
		...items.filter((item) => XML_LANG.test(item.lang) && item.lang !== 'x-default'),
	].map((item) => `<rdf:li xml:lang="${escapeXml(item.lang)}">${escapeXml(item.text)}</rdf:li>`)
	return `<rdf:Alt>${lis.join('')}</rdf:Alt>`
}

/**
 * An XMP packet with the title, creator and credit (Dublin Core), the
 * licence (XMP Rights Management and Creative Commons' own properties), for
 * sharp's `withXmp`. Every value is escaped; characters XML cannot hold are
 * dropped.
 */
export function xmpPacket(fields: XmpFields): string {
	const rights = fields.rights
	const title = [{ lang: fields.titleLang ?? 'x-default', text: fields.title }]
	const properties = [
		`<dc:title>${langAlt(title)}</dc:title>`,
		`<dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.creator)}</rdf:li></rdf:Seq></dc:creator>`,
		`<dc:rights>${langAlt(rights)}</dc:rights>`,
		...(fields.marked === undefined
			? []
			: [`<xmpRights:Marked>${fields.marked ? 'True' : 'False'}</xmpRights:Marked>`]),
		`<xmpRights:UsageTerms>${langAlt(rights)}</xmpRights:UsageTerms>`,
		...(fields.licenceUrl
			? [
					`<xmpRights:WebStatement>${escapeXml(fields.licenceUrl)}</xmpRights:WebStatement>`,
					`<cc:license rdf:resource="${escapeXml(fields.licenceUrl)}"/>`,
				]
			: []),
		`<cc:attributionName>${escapeXml(fields.attributionName)}</cc:attributionName>`,
		...(fields.attributionUrl
			? [`<cc:attributionURL rdf:resource="${escapeXml(fields.attributionUrl)}"/>`]
			: []),
	]
	return [
		'<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
		'<x:xmpmeta xmlns:x="adobe:ns:meta/">',
		'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
		'<rdf:Description rdf:about=""',
		' xmlns:dc="http://purl.org/dc/elements/1.1/"',
		' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"',
		' xmlns:cc="http://creativecommons.org/ns#">',
		...properties,
		'</rdf:Description>',
		'</rdf:RDF>',
		'</x:xmpmeta>',
		'<?xpacket end="r"?>',
	].join('\n')
}

// ------------------------------------------------------------------ JPEG and WebP

const XMP_JPEG_NAMESPACE = Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1')

/**
 * The JPEG with an XMP packet (APP1) after its header, the image data
 * copied byte for byte: no re-encoding, so no loss. XMP, not EXIF: EXIF's
 * text fields are ASCII (libvips writes "?" for every Arabic letter), XMP
 * is UTF-8 with a language per text. An XMP segment already in the file
 * is dropped, so the file makes one claim. Throws for bytes that are not a
 * JPEG and for a packet over the 65,502 bytes a segment holds.
 */
export function jpegWithXmp(jpeg: Buffer, xmp: string): Buffer {
	if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('Not a JPEG')
	const payload = Buffer.concat([XMP_JPEG_NAMESPACE, Buffer.from(xmp, 'utf8')])
	if (payload.length + 2 > 0xffff) throw new Error('XMP packet too large for a JPEG segment')
	const segment = Buffer.alloc(4 + payload.length)
	segment.writeUInt16BE(0xffe1, 0)
	segment.writeUInt16BE(payload.length + 2, 2)
	payload.copy(segment, 4)
	const kept: Buffer[] = []
	let at = 2
	let afterJfif = false
	// Through the header segments, up to the start of the image data.
	while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
		const marker = jpeg[at + 1]!
		if (marker === 0xda || marker === 0xd9) break
		const end = at + 2 + jpeg.readUInt16BE(at + 2)
		if (end > jpeg.length) throw new Error('Not a JPEG: truncated segment')
		const isXmp =
			marker === 0xe1 &&
			jpeg.subarray(at + 4, at + 4 + XMP_JPEG_NAMESPACE.length).equals(XMP_JPEG_NAMESPACE)
		if (!isXmp) kept.push(jpeg.subarray(at, end))
		// JFIF (APP0) must stay first; the packet goes right after it.
		if (marker === 0xe0 && at === 2) afterJfif = true
		at = end
	}
	const headers = afterJfif ? [kept[0]!, segment, ...kept.slice(1)] : [segment, ...kept]
	return Buffer.concat([jpeg.subarray(0, 2), ...headers, jpeg.subarray(at)])
}

/**
 * The WebP with an XMP chunk, the image data copied byte for byte. A simple
 * WebP (one VP8 or VP8L chunk) becomes an extended one: a VP8X chunk with
 * the canvas size and the XMP flag goes first, as the container
 * specification asks. An XMP chunk already there is replaced. Throws for
 * bytes that are not a WebP.
 */
export function webpWithXmp(webp: Buffer, xmp: string): Buffer {
	if (
		webp.length < 20 ||
		webp.toString('latin1', 0, 4) !== 'RIFF' ||
		webp.toString('latin1', 8, 12) !== 'WEBP'
	)
		throw new Error('Not a WebP')
	const chunks: { type: string; data: Buffer }[] = []
	for (let at = 12; at + 8 <= webp.length;) {
		const type = webp.toString('latin1', at, at + 4)
		const size = webp.readUInt32LE(at + 4)
		if (at + 8 + size > webp.length) throw new Error('Not a WebP: truncated chunk')
		chunks.push({ type, data: webp.subarray(at + 8, at + 8 + size) })
		at += 8 + size + (size % 2)
	}
	const first = chunks[0]
	if (!first) throw new Error('Not a WebP: no chunks')
	let header: Buffer
	if (first.type === 'VP8X') {
		header = Buffer.from(first.data)
		chunks.shift()
	} else {
		const { width, height, alpha } = webpCanvas(first)
		header = Buffer.alloc(10)
		if (alpha) header[0] = 0x10
		header.writeUIntLE(width - 1, 4, 3)
		header.writeUIntLE(height - 1, 7, 3)
	}
	// The XMP flag.
	header[0]! |= 0x04
	const body = [
		{ type: 'VP8X', data: header },
		...chunks.filter((c) => c.type !== 'XMP '),
		{ type: 'XMP ', data: Buffer.from(xmp, 'utf8') },
	].map(({ type, data }) => {
		const out = Buffer.alloc(8 + data.length + (data.length % 2))
		out.write(type, 0, 'latin1')
		out.writeUInt32LE(data.length, 4)
		data.copy(out, 8)
		return out
	})
	const riff = Buffer.alloc(12)
	riff.write('RIFF', 0, 'latin1')
	riff.writeUInt32LE(4 + body.reduce((sum, b) => sum + b.length, 0), 4)
	riff.write('WEBP', 8, 'latin1')
	return Buffer.concat([riff, ...body])
}

/** The size of a simple WebP's image, from its VP8 or VP8L header, and whether it has alpha. */
function webpCanvas(chunk: { type: string; data: Buffer }) {
	const d = chunk.data
	if (chunk.type === 'VP8 ' && d.length >= 10 && d[3] === 0x9d && d[4] === 0x01 && d[5] === 0x2a) {
		return { width: d.readUInt16LE(6) & 0x3fff, height: d.readUInt16LE(8) & 0x3fff, alpha: false }
	}
	if (chunk.type === 'VP8L' && d.length >= 5 && d[0] === 0x2f) {
		const bits = d.readUInt32LE(1)
		return {
			width: (bits & 0x3fff) + 1,
			height: ((bits >>> 14) & 0x3fff) + 1,
			alpha: ((bits >>> 28) & 1) === 1,
		}
	}
	throw new Error('Not a WebP: unknown image chunk')
}
