import { SaxesParser } from 'saxes'

/**
 * Reads an Atom document as a strict client does, and lists what breaks
 * RFC 4287 (and RFC 4946's licence links). The XML is read by saxes, a
 * conforming XML 1.0 parser with namespaces: any well-formedness error (an
 * unescaped `<`, an undefined entity, a character XML forbids) throws.
 */

export const ATOM = 'http://www.w3.org/2005/Atom'
const XML_NS = 'http://www.w3.org/XML/1998/namespace'

export interface XmlElement {
	name: string
	ns: string
	attributes: Record<string, string>
	children: XmlElement[]
	text: string
	lang: string | undefined
}

export function parseXml(xml: string): XmlElement {
	const parser = new SaxesParser({ xmlns: true, position: true })
	const stack: XmlElement[] = []
	let root: XmlElement | undefined
	parser.on('error', (error) => {
		throw error
	})
	parser.on('opentag', (tag) => {
		const attributes: Record<string, string> = {}
		let lang: string | undefined = stack.at(-1)?.lang
		for (const attr of Object.values(tag.attributes)) {
			if (attr.uri === XML_NS && attr.local === 'lang') lang = attr.value
			else if (!attr.prefix && attr.local !== 'xmlns') attributes[attr.local] = attr.value
		}
		const element: XmlElement = {
			name: tag.local,
			ns: tag.uri,
			attributes,
			children: [],
			text: '',
			lang,
		}
		stack.at(-1)?.children.push(element)
		stack.push(element)
		root ??= element
	})
	parser.on('text', (text) => {
		if (stack.length) stack.at(-1)!.text += text
	})
	parser.on('cdata', (text) => {
		stack.at(-1)!.text += text
	})
	parser.on('closetag', () => {
		stack.pop()
	})
	parser.write(xml).close()
	return root!
}

/** RFC 3339 date-time, as RFC 4287 §3.3 requires. */
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/
/** An absolute IRI (RFC 3987): a scheme and something after it. */
const ABSOLUTE_IRI = /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/
/** A MIME media type (RFC 4288), as `type` of a link must be. */
const MEDIA_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(;.*)?$/
/** A language tag (RFC 3066/BCP 47 form), as xml:lang and hreflang must be. */
const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/

const atom = (element: XmlElement, name: string) =>
	element.children.filter((c) => c.ns === ATOM && c.name === name)

/** Problems with the document as Atom: empty when it conforms. */
export function atomProblems(xml: string): string[] {
	const problems: string[] = []
	const feed = parseXml(xml)
	if (feed.ns !== ATOM || feed.name !== 'feed') return [`root is {${feed.ns}}${feed.name}`]

	const exactlyOne = (where: string, element: XmlElement, names: string[]) => {
		for (const name of names) {
			const n = atom(element, name).length
			if (n !== 1) problems.push(`${where} has ${n} atom:${name}, not one`)
		}
	}
	const atMostOne = (where: string, element: XmlElement, names: string[]) => {
		for (const name of names)
			if (atom(element, name).length > 1) problems.push(`${where} has more than one atom:${name}`)
	}
	const checkCommon = (where: string, element: XmlElement) => {
		for (const id of atom(element, 'id'))
			if (!ABSOLUTE_IRI.test(id.text.trim())) problems.push(`${where} id is not an IRI: ${id.text}`)
		for (const name of ['updated', 'published'])
			for (const date of atom(element, name))
				if (!DATE_TIME.test(date.text.trim()))
					problems.push(`${where} ${name} is not RFC 3339: ${date.text}`)
		for (const name of ['title', 'subtitle', 'summary', 'rights']) {
			for (const text of atom(element, name)) {
				const type = text.attributes.type ?? 'text'
				if (!['text', 'html', 'xhtml'].includes(type))
					problems.push(`${where} ${name} has type ${type}`)
			}
		}
		for (const person of [...atom(element, 'author'), ...atom(element, 'contributor')]) {
			if (atom(person, 'name').length !== 1) problems.push(`${where} person without one name`)
			for (const uri of atom(person, 'uri'))
				if (!ABSOLUTE_IRI.test(uri.text.trim())) problems.push(`${where} person uri: ${uri.text}`)
		}
		for (const category of atom(element, 'category')) {
			if (!category.attributes.term) problems.push(`${where} category without a term`)
			const scheme = category.attributes.scheme
			if (scheme !== undefined && !ABSOLUTE_IRI.test(scheme))
				problems.push(`${where} category scheme: ${scheme}`)
		}
		const alternates = new Set<string>()
		for (const link of atom(element, 'link')) {
			const { href, rel = 'alternate', type, hreflang, length } = link.attributes
			if (!href || !ABSOLUTE_IRI.test(href)) problems.push(`${where} link ${rel} href: ${href}`)
			if (type !== undefined && !MEDIA_TYPE.test(type))
				problems.push(`${where} link ${rel} type: ${type}`)
			if (hreflang !== undefined && !LANGUAGE_TAG.test(hreflang))
				problems.push(`${where} link hreflang: ${hreflang}`)
			if (length !== undefined && !/^\d+$/.test(length))
				problems.push(`${where} link length: ${length}`)
			if (rel === 'alternate') {
				const key = `${type ?? ''} ${hreflang ?? ''}`
				if (alternates.has(key)) problems.push(`${where} two alternate links of one type`)
				alternates.add(key)
			}
			if (rel === 'enclosure' && (type === undefined || length === undefined))
				problems.push(`${where} enclosure without a type and length`)
		}
		if (element.lang !== undefined && element.lang !== '' && !LANGUAGE_TAG.test(element.lang))
			problems.push(`${where} xml:lang: ${element.lang}`)
	}

	// §4.1.1: one id, title and updated; authors here or in every entry.
	exactlyOne('feed', feed, ['id', 'title', 'updated'])
	atMostOne('feed', feed, ['generator', 'icon', 'logo', 'rights', 'subtitle'])
	checkCommon('feed', feed)
	const feedHasAuthor = atom(feed, 'author').length > 0
	for (const [i, entry] of atom(feed, 'entry').entries()) {
		const where = `entry ${i + 1}`
		// §4.1.2: one id, title and updated; at most one of the rest.
		exactlyOne(where, entry, ['id', 'title', 'updated'])
		atMostOne(where, entry, ['content', 'published', 'rights', 'source', 'summary'])
		checkCommon(where, entry)
		if (!feedHasAuthor && atom(entry, 'author').length === 0)
			problems.push(`${where} has no author`)
		const links = atom(entry, 'link')
		if (
			atom(entry, 'content').length === 0 &&
			!links.some((l) => (l.attributes.rel ?? 'alternate') === 'alternate')
		)
			problems.push(`${where} has neither content nor an alternate link`)
	}
	return problems
}

/** The text of an Atom text construct as a reader shows it (type="html" decoded). */
export function textOf(element: XmlElement | undefined) {
	if (!element) return undefined
	if ((element.attributes.type ?? 'text') !== 'html') return element.text
	return element.text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
}

export function atomChildren(element: XmlElement, name: string) {
	return atom(element, name)
}
