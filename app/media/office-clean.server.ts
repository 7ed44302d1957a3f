import path from 'node:path'
import { isJpeg, isPng, stripImageMetadata } from './image-metadata.ts'
import { type OfficeFormat } from './office-text.server.ts'
import { parseXml, rewriteXml, type XmlTag } from './xml-stream.server.ts'
import {
	inflateEntry,
	readEntry,
	ZipWriter,
	type InflateBudget,
	type Zip,
	type ZipEntry,
} from './zip.server.ts'

/**
 * An office document rewritten without what says who made it, in a zip of
 * our own writing, every other part unchanged:
 * - DOCX and PPTX: the core, extended and custom properties (author, last
 *   editor, company, manager, template, title, dates) replaced by empty
 *   ones, so the parts the package lists are still there;
 * - ODT and ODP: meta.xml replaced by an empty one; the printer a document
 *   was last set up for, in settings.xml; signatures, which name their
 *   signer and no longer match once the file is rewritten;
 * - the names, initials and account ids of the authors of comments and
 *   tracked changes (OOXML attributes, ODF dc:creator);
 * - EXIF, XMP, GPS and comments of every JPEG and PNG picture (media,
 *   thumbnails), removed byte by byte, the pictures themselves unchanged;
 * - entry times, entry comments and the archive comment.
 * Every entry is inflated once and checked against the directory's size
 * and CRC, within `budget`, so a bomb is refused, not passed on.
 */

export class DocumentEncrypted extends Error {}

const CORE_PROPERTIES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>`
const EXTENDED_PROPERTIES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>`
const CUSTOM_PROPERTIES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>`

function odfMeta(version: string | undefined) {
	const versionAttribute =
		version && /^\d+\.\d+$/.test(version) ? ` office:version="${version}"` : ''
	return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"${versionAttribute}><office:meta/></office:document-meta>`
}

/** The package relationship types of the three property parts, by how their URIs end (transitional and strict differ before). */
const PROPERTY_PARTS: [suffix: string, xml: string][] = [
	['/metadata/core-properties', CORE_PROPERTIES],
	['/extended-properties', EXTENDED_PROPERTIES],
	['/custom-properties', CUSTOM_PROPERTIES],
]

/** Dropped from ODF packages: signatures are not listed in the manifest, so nothing else changes. */
const ODF_DROPPED = new Set(['META-INF/documentsignatures.xml', 'META-INF/macrosignatures.xml'])

/** OOXML attributes (by local name) that hold a person: comment and revision authors, their initials and account ids. */
const OOXML_PERSON_ATTRIBUTES = new Set(['author', 'initials', 'userId', 'providerId'])
/** OOXML elements (by local name) whose `name` is a person: PowerPoint's comment authors. */
const OOXML_PERSON_ELEMENTS = new Set(['cmAuthor', 'author'])
const ODF_PERSON_ELEMENTS = new Set(['dc:creator', 'meta:creator-initials'])
const ODF_PRINTER_ITEMS = new Set(['PrinterName', 'PrinterSetup'])

/** A part is rewritten only when it may hold one of these (as UTF-8 or UTF-16). */
const OOXML_MARKERS = ['author', 'initials', 'userId', 'providerId']
const ODF_MARKERS = ['dc:creator', 'creator-initials', 'PrinterName', 'PrinterSetup']

export function cleanOfficeZip(zip: Zip, format: OfficeFormat, budget: InflateBudget) {
	const odf = format === 'odt' || format === 'odp'
	const replaced = odf ? odfReplacements(zip, budget) : ooxmlReplacements(zip, budget)
	const writer = new ZipWriter()
	for (const entry of zip.entries) {
		if (odf && ODF_DROPPED.has(entry.name)) continue
		const replacement = replaced.get(entry.name)
		if (replacement !== undefined) {
			writer.replaceEntry(entry, Buffer.from(replacement, 'utf8'), 8)
			continue
		}
		const content = inflateKeepingCandidates(zip, entry, budget)
		if (content === null) {
			writer.copyEntry(zip, entry)
		} else if (isJpeg(content) || isPng(content)) {
			const stripped = stripImageMetadata(content)
			if (stripped.changed) writer.replaceEntry(entry, stripped.bytes, 0)
			else writer.copyEntry(zip, entry)
		} else if (mayHoldPeople(content, odf ? ODF_MARKERS : OOXML_MARKERS)) {
			writer.replaceEntry(entry, rewriteXml(content, odf ? editOdfPeople : editOoxmlPeople), 8)
		} else {
			writer.copyEntry(zip, entry)
		}
	}
	return writer.finish()
}

/**
 * Inflates and checks an entry; keeps its bytes only when they may need
 * rewriting (an XML part, or a JPEG or PNG by its first bytes), so a video
 * inside a presentation is checked without being held in memory.
 */
function inflateKeepingCandidates(zip: Zip, entry: ZipEntry, budget: InflateBudget) {
	const isXml = /\.xml$/i.test(entry.name)
	const parts: Uint8Array[] = []
	let seen = 0
	let keep = (isXml ? true : null) as boolean | null
	inflateEntry(zip, entry, budget, (chunk) => {
		if (keep === false) return
		parts.push(chunk)
		seen += chunk.length
		if (keep === null && seen >= 8) {
			const head = Buffer.concat(parts).subarray(0, 8)
			keep = isJpeg(head) || isPng(head)
			if (!keep) parts.length = 0
		}
	})
	if (keep === false) return null
	const bytes = Buffer.concat(parts)
	return isXml || isJpeg(bytes) || isPng(bytes) ? bytes : null
}

function mayHoldPeople(bytes: Buffer, markers: string[]) {
	return markers.some(
		(marker) => bytes.includes(marker, 0, 'utf8') || bytes.includes(marker, 0, 'utf16le'),
	)
}

/** The property parts named by the package's relationships, and the usual names besides. */
function ooxmlReplacements(zip: Zip, budget: InflateBudget) {
	const replaced = new Map<string, string>([
		['docProps/core.xml', CORE_PROPERTIES],
		['docProps/app.xml', EXTENDED_PROPERTIES],
		['docProps/custom.xml', CUSTOM_PROPERTIES],
	])
	const rels = zip.byName.get('_rels/.rels')
	if (rels) {
		parseXml(readEntry(zip, rels, budget), {
			open: ({ name, attributes }) => {
				if (localName(name) !== 'Relationship' || !attributes.Type || !attributes.Target) return
				const part = PROPERTY_PARTS.find(([suffix]) => attributes.Type!.endsWith(suffix))
				if (part) replaced.set(path.posix.normalize(attributes.Target.replace(/^\//, '')), part[1])
			},
		})
	}
	for (const name of replaced.keys()) if (!zip.byName.has(name)) replaced.delete(name)
	return replaced
}

/** meta.xml emptied, keeping the ODF version it declared; an encrypted package is refused here. */
function odfReplacements(zip: Zip, budget: InflateBudget) {
	const manifest = zip.byName.get('META-INF/manifest.xml')
	if (manifest && readEntry(zip, manifest, budget).includes('encryption-data'))
		throw new DocumentEncrypted('ODF encryption')
	const replaced = new Map<string, string>()
	const meta = zip.byName.get('meta.xml')
	if (meta) {
		let version: string | undefined
		parseXml(readEntry(zip, meta, budget), {
			open: ({ attributes }) => {
				version ??= attributes['office:version'] ?? ''
			},
		})
		replaced.set('meta.xml', odfMeta(version))
	}
	return replaced
}

function localName(name: string) {
	return name.slice(name.indexOf(':') + 1)
}

function editOoxmlPeople(tag: XmlTag) {
	const element = localName(tag.name)
	let attributes: Record<string, string> | undefined
	for (const name of Object.keys(tag.attributes)) {
		const local = localName(name)
		if (
			OOXML_PERSON_ATTRIBUTES.has(local) ||
			(local === 'name' && OOXML_PERSON_ELEMENTS.has(element))
		) {
			attributes ??= { ...tag.attributes }
			attributes[name] = ''
		}
	}
	return { attributes }
}

function editOdfPeople(tag: XmlTag) {
	if (ODF_PERSON_ELEMENTS.has(tag.name)) return { emptyContent: true }
	if (
		tag.name === 'config:config-item' &&
		ODF_PRINTER_ITEMS.has(tag.attributes['config:name'] ?? '')
	)
		return { emptyContent: true }
}
