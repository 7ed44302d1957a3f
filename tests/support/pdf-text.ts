import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A PDF's text as poppler's pdftotext reads it (what search engines and
 * screen readers get): bidi marks removed and runs of white space made one
 * space, so a title broken over two lines is still found.
 */
export function pdfText(pdf: Buffer | string) {
	let dir: string | null = null
	let file = pdf as string
	if (typeof pdf !== 'string') {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-text-'))
		file = path.join(dir, 'document.pdf')
		fs.writeFileSync(file, pdf)
	}
	try {
		return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
			.replace(/[\u200e\u200f\u202a-\u202e]/g, '')
			.replace(/\s+/g, ' ')
	} finally {
		if (dir) fs.rmSync(dir, { recursive: true, force: true })
	}
}

/**
 * pdftotext writes the lam-alef ligature (لأ, one glyph) as its letters in
 * visual order (أل): an Arabic text as it comes out of a correct PDF.
 */
export const asExtracted = (arabic: string) =>
	arabic.replace(/\u0644([\u0622\u0623\u0625\u0627])/g, '$1\u0644')
