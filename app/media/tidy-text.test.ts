import { describe, expect, test } from 'vitest'
import { tidyText } from './tidy-text.ts'

describe('tidyText', () => {
	test('makes line breaks \\n, drops control characters and spaces at line ends', () => {
		expect(tidyText('one \t\u00a0\r\ntwo\rthree\u0007\u000c  \n  four')).toBe(
			'one\ntwo\nthree\n  four',
		)
	})

	test('keeps at most one blank line in a row, none at the start, no white space at the end', () => {
		expect(tidyText('\n\n  \nfirst\n\n\n\n \nsecond\n\nthird\n \u2003\n')).toBe(
			'first\n\nsecond\n\nthird',
		)
		expect(tidyText(' \n\t\n')).toBe('')
	})

	test('reads a line of 200 000 spaces before a word once, not once per space', () => {
		// With a regular expression anchored at the line end this took minutes.
		const started = performance.now()
		expect(tidyText(`${' '.repeat(200_000)}word\n${'\t'.repeat(200_000)}x`)).toBe(
			`${' '.repeat(200_000)}word\n${'\t'.repeat(200_000)}x`,
		)
		expect(performance.now() - started).toBeLessThan(1000)
	})
})
