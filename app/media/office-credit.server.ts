import path from 'node:path'
import { type OfficeFormat } from './office-text.server.ts'
import { parseXml } from './xml-stream.server.ts'
import { readEntry, ZipWriter, type InflateBudget, type Zip } from './zip.server.ts'

/**
 * An office document as it is downloaded: its document properties say who
 * made it and on what terms, every other part copied as it is stored.
 * Storing emptied them (office-clean.server.ts removes the authors a file
 * came with); the download fills them with the credit:
 * - DOCX and PPTX, the core properties: the title, the credited owner as
 *   creator ("Author" in Word), the credit sentences as description
 *   ("Comments"), the licence and the page's address as keywords. Only
 *   elements the core properties schema has, so no office program finds
 *   the file damaged;
 * - ODT and ODP, meta.xml: the title, description, initial creator,
 *   keywords, and a "Credit" user-defined property, the ODF version kept.
 * A package without that part (none in its relationships, or no meta.xml)
 * is left as it is: adding a part means a manifest and content types to
 * rewrite, for properties few readers look at; its download name and the
 * zip's README still carry the credit. Runs in the document worker.
 */

export interface OfficeCredit {
	title: string
	owner: string
	/** The credit sentences, the reader's language first. */
	lines: string[]
	keywords: string[]
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

// Characters XML 1.0 does not allow, and lone surrogates.
const NOT_XML =
	/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function escape(text: string) {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
}

function coreProperties(credit: OfficeCredit) {
	return `${XML}
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escape(credit.title)}</dc:title><dc:creator>${escape(credit.owner)}</dc:creator><dc:description>${escape(credit.lines.join('\n'))}</dc:description><cp:keywords>${escape(credit.keywords.join('; '))}</cp:keywords></cp:coreProperties>`
}

function odfMeta(credit: OfficeCredit, version: string | undefined) {
	const versionAttribute =
		version && /^\d+\.\d+$/.test(version) ? ` office:version="${version}"` : ''
	const keywords = credit.keywords.map((k) => `<meta:keyword>${escape(k)}</meta:keyword>`).join('')
	return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"${versionAttribute}><office:meta><dc:title>${escape(credit.title)}</dc:title><dc:description>${escape(credit.lines.join('\n'))}</dc:description><meta:initial-creator>${escape(credit.owner)}</meta:initial-creator>${keywords}<meta:user-defined meta:name="Credit">${escape(credit.lines[0] ?? '')}</meta:user-defined></office:meta></office:document-meta>`
}

/** The stored document with its properties filled with the credit, or null when it has no properties part to fill. */
export function creditOfficeZip(
	zip: Zip,
	format: OfficeFormat,
	credit: OfficeCredit,
	budget: InflateBudget,
): Uint8Array | null {
	let part: string | undefined
	let xml: string
	if (format === 'odt' || format === 'odp') {
		const meta = zip.byName.get('meta.xml')
		if (!meta) return null
		let version: string | undefined
		parseXml(readEntry(zip, meta, budget), {
			open: ({ attributes }) => {
				version ??= attributes['office:version'] ?? ''
			},
		})
		part = 'meta.xml'
		xml = odfMeta(credit, version)
	} else {
		const rels = zip.byName.get('_rels/.rels')
		if (!rels) return null
		parseXml(readEntry(zip, rels, budget), {
			open: ({ name, attributes }) => {
				if (
					!part &&
					name.slice(name.indexOf(':') + 1) === 'Relationship' &&
					attributes.Type?.endsWith('/metadata/core-properties') &&
					attributes.Target
				)
					part = path.posix.normalize(attributes.Target.replace(/^\//, ''))
			},
		})
		if (!part || !zip.byName.has(part)) return null
		xml = coreProperties(credit)
	}
	const writer = new ZipWriter()
	for (const entry of zip.entries) {
		if (entry.name === part) writer.replaceEntry(entry, Buffer.from(xml, 'utf8'), 8)
		else writer.copyEntry(zip, entry)
	}
	return writer.finish()
}
