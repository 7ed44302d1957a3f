/** Text kept for search per document; more adds nothing to a search index but its size. */
export const MAX_TEXT_CHARS = 200_000

/**
 * Tidies text extracted from a document for search: line breaks made `\n`,
 * control characters dropped, spaces at the ends of lines dropped, at most
 * one blank line in a row, none at the start, no white space at the end.
 *
 * Written without regular expressions anchored at line ends: `/[ \t]+$/gm`
 * retries its whole run of spaces from every position inside it, so a line
 * of 80 000 spaces followed by a word (pdftotext -layout writes such lines
 * for words far apart) took 20 seconds. Every step here reads the text once.
 */
export function tidyText(text: string) {
	const lines = text
		.replace(/\r\n?/g, '\n')
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
		.split('\n')
	const out: string[] = []
	let blank = 0
	for (const line of lines) {
		const trimmed = trimLineEnd(line)
		if (trimmed === '') {
			blank++
			continue
		}
		if (out.length) out.push(blank ? '\n\n' : '\n')
		blank = 0
		out.push(trimmed)
	}
	return out.join('').trimEnd()
}

function trimLineEnd(line: string) {
	let end = line.length
	while (end > 0) {
		const c = line.charCodeAt(end - 1)
		if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break
		end--
	}
	return end === line.length ? line : line.slice(0, end)
}
