import zlib from 'node:zlib'
import sharp from 'sharp'
import { countryName } from '#app/domain/countries.ts'
import { directionOf, UI_LANGUAGES, type UiLanguage } from '#app/domain/languages.ts'
import { LICENCE_TERMS } from '#app/domain/licence.ts'
import { creditedOwner } from '#app/domain/organisation.ts'
import { type Licence } from '#app/domain/vocabularies.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { withImageWork } from './image-work.server.ts'
import { fontFamiliesFor } from './poster-render.server.ts'
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

// ------------------------------------------------------------------ printed strip

/** The strip's height (one line) as a share of its width. */
export const STRIP_HEIGHT_RATIO = 0.022

function escapeMarkup(text: string) {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The fonts for a line that may mix scripts (an Arabic sentence around a
 * Latin title, a French one around a Thai title): the font for each
 * word's script, then the language's own, then fontFamiliesFor's fallbacks.
 */
function stripFamilies(text: string, lang: string) {
	const words = text.split(/\s+/).filter(Boolean)
	return [
		...new Set([
			...words.map((word) => fontFamiliesFor(lang, word)[0]!),
			...fontFamiliesFor(lang, ''),
			...fontFamiliesFor(lang, text),
		]),
	]
}

/**
 * The credit as an image to print under a poster: dark text on white, one
 * line about 2.2 % of the width high (wrapped onto more lines, and taller,
 * when it does not fit), laid out by Pango in the Noto font of each script,
 * so Arabic is joined and runs right to left, starting at the right. An
 * opaque 8-bit RGB PNG, the form posterToPdf embeds as it is.
 */
export function attributionStrip(text: string, lang: string, widthPx: number): Promise<Buffer> {
	return withImageWork(() => drawStrip(text, lang, widthPx))
}

async function drawStrip(text: string, lang: string, widthPx: number): Promise<Buffer> {
	const width = Math.max(200, Math.min(10_000, Math.round(widthPx)))
	const lineHeight = Math.max(12, Math.round(width * STRIP_HEIGHT_RATIO))
	const size = Math.max(8, Math.round(lineHeight * 0.52))
	const padding = Math.round(lineHeight * 0.15)
	const rtl = directionOf(lang) === 'rtl'
	const tag = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}$/.test(lang) ? lang : 'und'
	const body = text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\x00-\x1f\x7f]/g, '')
	// A right-to-left (or left-to-right) mark gives the paragraph the
	// direction of its language, whatever its first letter.
	if (!body) {
		return sharp({
			create: { width, height: lineHeight, channels: 3, background: { r: 255, g: 255, b: 255 } },
		})
			.png({ palette: false, progressive: false })
			.toBuffer()
	}
	const markup = `<span lang="${tag}" foreground="#1a1a1a">${rtl ? '\u200F' : '\u200E'}${escapeMarkup(body)}</span>`
	const { data, info } = await sharp({
		text: {
			text: markup,
			font: `${stripFamilies(body, lang).join(', ')} ${size}`,
			// At 72 dpi Pango's points are pixels.
			dpi: 72,
			width: width - 2 * padding,
			align: 'left',
			wrap: 'word-char',
			rgba: true,
		},
	})
		.raw()
		.toBuffer({ resolveWithObject: true })
	const inkWidth = Math.min(info.width, width - 2 * padding)
	const height = Math.max(lineHeight, info.height + 2 * padding)
	const ink =
		inkWidth < info.width
			? await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
					.extract({ left: 0, top: 0, width: inkWidth, height: info.height })
					.raw()
					.toBuffer()
			: data
	return sharp({
		create: { width, height, channels: 3, background: { r: 255, g: 255, b: 255 } },
	})
		.composite([
			{
				input: ink,
				raw: { width: inkWidth, height: info.height, channels: 4 },
				// The start of the line: the right edge in a right-to-left language.
				left: rtl ? width - padding - inkWidth : padding,
				top: Math.floor((height - info.height) / 2),
			},
		])
		.removeAlpha()
		.png({ palette: false, progressive: false })
		.toBuffer()
}
