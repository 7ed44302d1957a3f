import { highlight, normalizeText } from './text.ts'

/**
 * What a hit shows of its text: a snippet around the first query word,
 * highlighted, or the start of its description.
 */

export const SNIPPET_LENGTH = 180
/** Snippets come from the first this-many characters of a text. */
const SCAN_LIMIT = 20_000
/** Characters around the first match that a snippet is cut from. */
const WINDOW = 300

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
}
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
export const truncate = (text: string, length: number) => {
	if (text.length <= length) return text
	const cut = text.lastIndexOf(' ', length)
	return `${text.slice(0, cut > length / 2 ? cut : length)}…`
}

/**
 * A cheap test before highlighting: can the text hold one of the tokens at
 * all? Segmenting a long Chinese or Thai text to find out costs far more.
 */
export function mayContain(text: string, tokens: string[]) {
	const normalized = normalizeText(text.slice(0, SCAN_LIMIT))
	return tokens.some((token) => normalized.includes(token))
}

/**
 * A highlighted snippet of `text` around its first query word. When a token
 * occurs verbatim (case aside) only a window around it is analysed: cutting
 * a long Chinese or Thai text into words just to find one is what costs.
 * Otherwise (a folded or stemmed form) the first SCAN_LIMIT characters are.
 */
export function snippetAround(
	text: string,
	tokens: string[],
	matchTokens: Set<string>,
	options: { prefixTokens: Set<string>; maxLength: number; memo?: Map<string, boolean> },
) {
	const lower =
		text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT).toLowerCase() : text.toLowerCase()
	let at = -1
	if (lower.length === Math.min(text.length, SCAN_LIMIT)) {
		for (const token of tokens) {
			const i = lower.indexOf(token)
			if (i >= 0 && (at < 0 || i < at)) at = i
		}
	}
	if (at < 0 || text.length <= WINDOW)
		return highlight(text.slice(0, SCAN_LIMIT), matchTokens, options)
	let start = Math.max(0, at - Math.floor(WINDOW / 3))
	let end = Math.min(text.length, start + WINDOW)
	// Start and end on a space when one is near, so no word is cut.
	const space = text.lastIndexOf(' ', start)
	if (start > 0 && space >= 0 && start - space < 24) start = space + 1
	const after = text.indexOf(' ', end)
	if (end < text.length && after >= 0 && after - end < 24) end = after
	if (/[\udc00-\udfff]/.test(text[start] ?? '')) start++
	if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--
	const marked = highlight(text.slice(start, end), matchTokens, options)
	return `${start > 0 && !marked.startsWith('…') ? '…' : ''}${marked}${end < text.length && !marked.endsWith('…') ? '…' : ''}`
}
