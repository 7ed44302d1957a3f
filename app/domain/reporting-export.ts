/**
 * The reporting data as files: CSV for spreadsheet apps (one row per
 * measure of every accepted report) and the shape of the JSON export.
 * Pure; the resource routes stream what these return.
 */

/** Columns of the measures CSV, in order; the header row uses these names. */
export const MEASURE_COLUMNS = [
	'round',
	'country',
	'target',
	'goal',
	'kind',
	'state',
	'title',
	'language',
] as const

export type MeasureCsvRow = Record<(typeof MEASURE_COLUMNS)[number], string>

/**
 * Columns of the notes-of-use CSV: who used what (a material or a campaign,
 * its id, its country, its title in the reader's language or another), when
 * the note was written, the outcome figure and what it counts, and the note.
 */
export const USAGE_COLUMNS = [
	'round',
	'country',
	'kind',
	'id',
	'from',
	'title',
	'language',
	'written',
	'outcome',
	'unit',
	'note',
] as const

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line
 * break or surrounding spaces, with its quotes doubled. A field that a
 * spreadsheet would read as a formula (=, +, -, @, or a tab or carriage
 * return first) gets a leading apostrophe, so a measure titled
 * "=HYPERLINK(...)" stays text when the secretariat opens the file.
 */
export function csvField(value: string) {
	let text = value
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
	if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`
	return text
}

/**
 * A whole CSV file: UTF-8 with a byte order mark (spreadsheet apps read
 * Arabic and Chinese correctly only with it), CRLF line ends, a header row.
 */
export function toCsv<C extends string>(columns: readonly C[], rows: Record<C, string>[]) {
	const lines = [
		columns.join(','),
		...rows.map((row) => columns.map((c) => csvField(row[c])).join(',')),
	]
	return `\uFEFF${lines.join('\r\n')}\r\n`
}
