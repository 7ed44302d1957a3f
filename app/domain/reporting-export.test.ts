import { describe, expect, test } from 'vitest'
import { HOSTILE_REPORT_TEXTS } from '#tests/fixtures/hostile-reporting.ts'
import { csvField, MEASURE_COLUMNS, toCsv, type MeasureCsvRow } from './reporting-export.ts'

/** A small RFC 4180 reader, as a spreadsheet app reads the file. */
function parseCsv(text: string) {
	const rows: string[][] = []
	let row: string[] = []
	let field = ''
	let quoted = false
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"'
				i++
			} else if (c === '"') quoted = false
			else field += c
		} else if (c === '"') quoted = true
		else if (c === ',') {
			row.push(field)
			field = ''
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field)
			rows.push(row)
			row = []
			field = ''
			i++
		} else field += c
	}
	return rows
}

const row = (title: string): MeasureCsvRow => ({
	round: 'Biennial report 2024',
	country: 'FR',
	target: 't3',
	goal: 't3-g1',
	kind: 'carried',
	state: 'done',
	title,
	language: 'fr',
})

describe('the measures CSV', () => {
	test('starts with a byte order mark and a header row, and ends every row with CRLF', () => {
		const csv = toCsv(MEASURE_COLUMNS, [row('Plain')])
		expect(csv.startsWith('\uFEFFround,country,target,goal,kind,state,title,language\r\n')).toBe(
			true,
		)
		expect(csv.endsWith('Plain,fr\r\n')).toBe(true)
	})

	test.each(HOSTILE_REPORT_TEXTS.map((h) => [h.why, h] as const))(
		'a hostile title stays one field of one row: %s',
		(_, hostile) => {
			const csv = toCsv(MEASURE_COLUMNS, [row(hostile.text), row('next')])
			const rows = parseCsv(csv.slice(1))
			expect(rows).toHaveLength(3)
			expect(rows[1]).toHaveLength(MEASURE_COLUMNS.length)
			expect(rows[1]![6]).toBe(hostile.csv)
			expect(rows[2]![6]).toBe('next')
		},
	)

	test('plain fields are written as they are, without quotes', () => {
		expect(csvField('t3-g1')).toBe('t3-g1')
		expect(csvField('')).toBe('')
		expect(csvField('a,b')).toBe('"a,b"')
		expect(csvField('say "hi"')).toBe('"say ""hi"""')
	})
})
