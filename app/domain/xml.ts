/**
 * The little XML the exchange writes for machines (OAI-PMH, sitemaps):
 * escaped text and attributes, built as strings. Text written by countries
 * can hold characters XML 1.0 forbids (a control character pasted from a
 * word processor, a lone surrogate); one of those would make the whole
 * response unreadable to a harvester, so they are dropped.
 */

// Everything XML 1.0 allows is tab, newline, carriage return and the ranges
// below; a lone surrogate (half of a broken pair) is not a character at all.
const NOT_XML_CHAR =
	/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|[\uD800-\uDFFF]|[\uFFFE\uFFFF]/gu

/** Text as XML character data, safe in an element or an attribute value. */
export function escapeXml(text: string) {
	return text
		.replace(NOT_XML_CHAR, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;')
}

export type Attributes = Record<string, string | number | null | undefined>

function attributes(attrs: Attributes) {
	return Object.entries(attrs)
		.filter(([, value]) => value !== null && value !== undefined)
		.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
		.join('')
}

/** An element with escaped text content; empty text makes an empty element. */
export function textElement(name: string, text: string, attrs: Attributes = {}) {
	const content = escapeXml(text)
	return content
		? `<${name}${attributes(attrs)}>${content}</${name}>`
		: `<${name}${attributes(attrs)}/>`
}

/** An element around children that are already XML. */
export function element(name: string, children: string | string[], attrs: Attributes = {}) {
	const content = Array.isArray(children) ? children.join('') : children
	return `<${name}${attributes(attrs)}>${content}</${name}>`
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
