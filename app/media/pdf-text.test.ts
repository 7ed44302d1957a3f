import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, test } from 'vitest'
import { drawTextBlock, layOutText, PdfTextFonts, type Paragraph } from './pdf-text.server.ts'

/** A one-page PDF with the paragraphs drawn in a box `width` points wide, and what poppler reads from it. */
async function printed(paragraphs: Paragraph[], width = 400) {
	const pdf = await PDFDocument.create({ updateMetadata: false })
	const page = pdf.addPage([width + 40, 600])
	const block = await layOutText(paragraphs, width)
	const fonts = new PdfTextFonts(pdf)
	drawTextBlock(page, fonts, block, { x: 20, top: 580, boxWidth: width })
	fonts.finish()
	const bytes = Buffer.from(await pdf.save())
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-text-'))
	try {
		const file = path.join(dir, 'text.pdf')
		fs.writeFileSync(file, bytes)
		const run = (tool: string, args: string[]) =>
			execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
				encoding: 'utf8',
			})
		return {
			block,
			text: run('pdftotext', []).replace(/[\u200e\u200f\u202a-\u202e]/g, ''),
			fonts: run('pdffonts', []),
		}
	} finally {
		fs.rmSync(dir, { recursive: true, force: true })
	}
}

describe('text in PDFs', () => {
	test('Latin text reads back as it was written, on one line when it fits', async () => {
		const sentence = '“Stay safe online” by e-Enfance (France), CC BY 4.0.'
		const { block, text } = await printed([{ text: sentence, lang: 'en', size: 10 }])
		expect(block.lines).toHaveLength(1)
		expect(text.trim()).toBe(sentence)
	})

	test('a long sentence wraps between words, each line within the box', async () => {
		const words = 'Posters for parents about the warning signs of grooming'.repeat(3)
		const { block, text } = await printed([{ text: words, lang: 'en', size: 12 }], 200)
		expect(block.lines.length).toBeGreaterThan(3)
		for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(200)
		expect(text.replace(/\s+/g, ' ').trim()).toBe(words.replace(/\s+/g, ' '))
	})

	test('Arabic is shaped and comes back in reading order, ligatures included', async () => {
		// "اللازم" and "على" are drawn with lam-alef and lam-alef-maksura ligatures.
		const sentence = 'غريب لطيف أكثر من اللازم على الإنترنت'
		const { block, text } = await printed([{ text: sentence, lang: 'ar', size: 12 }])
		expect(block.lines[0]!.rtl).toBe(true)
		// Fewer glyphs than letters: the letters are joined.
		expect(block.lines[0]!.glyphs.length).toBeLessThan(Array.from(sentence).length)
		expect(text.trim()).toBe(sentence)
	})

	test('an Arabic line is set from the right edge; Latin words inside it keep their order', async () => {
		const { block, text } = await printed([
			{ text: '«Reste en sécurité» من إعداد e-Enfance (فرنسا)', lang: 'ar', size: 10 },
		])
		const line = block.lines[0]!
		expect(line.rtl).toBe(true)
		for (const part of ['Reste en sécurité', 'من إعداد', 'e-Enfance', 'فرنسا'])
			expect(text).toContain(part)
	})

	test('Chinese, Japanese and Thai wrap between words, in their own fonts', async () => {
		const { block, text, fonts } = await printed(
			[
				{ text: '网上交友要小心，遇到问题告诉家长。'.repeat(4), lang: 'zh', size: 14 },
				{ text: 'ネットで知り合った人に気をつけよう。'.repeat(3), lang: 'ja', size: 14 },
				{ text: 'อย่าส่งรูปให้คนที่รู้จักทางออนไลน์'.repeat(3), lang: 'th', size: 14 },
			],
			180,
		)
		expect(block.lines.length).toBeGreaterThan(6)
		for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(180)
		const joined = text.replace(/\s+/g, '')
		expect(joined).toContain('网上交友要小心，遇到问题告诉家长。')
		expect(joined).toContain('ネットで知り合った人に気をつけよう。')
		expect(joined).toContain('อย่าส่งรูปให้คนที่รู้จักทางออนไลน์')
		// One Type 3 font per face used, each with its ToUnicode map.
		const rows = fonts.trim().split('\n').slice(2)
		expect(rows.length).toBeGreaterThanOrEqual(3)
		for (const row of rows) expect(row).toMatch(/Type 3\s+Custom\s+yes\s+no\s+yes/)
	})

	test('a word longer than a line is cut between graphemes; controls and bidi overrides are dropped', async () => {
		const { block, text } = await printed(
			[{ text: `x${'ü'.repeat(200)}\u202e\u0007end`, lang: 'fr', size: 12 }],
			100,
		)
		expect(block.lines.length).toBeGreaterThan(1)
		for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(100)
		expect(text.replace(/\s+/g, '')).toBe(`x${'ü'.repeat(200)}end`)
	})

	test('more than 255 different glyphs take more than one font', async () => {
		const letters = Array.from({ length: 300 }, (_, i) =>
			String.fromCodePoint(0x4e00 + i * 7),
		).join('')
		const { text, fonts } = await printed([{ text: letters, lang: 'zh', size: 10 }], 400)
		expect(fonts.trim().split('\n').slice(2).length).toBeGreaterThanOrEqual(2)
		expect(text.replace(/\s+/g, '')).toBe(letters)
	})
})
