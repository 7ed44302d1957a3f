import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { type Page } from 'playwright-core'
import { describe, expect, inject, test } from 'vitest'
import { browserSession, expectAccessible } from '#tests/support/browser.ts'

/**
 * A reader without an account downloads a demo poster as a person would:
 * one group of buttons per file, the picture and its print PDF, each
 * carrying the credit that names the organisation which made it.
 */

const baseURL = inject('baseURL')
const dataDir = inject('dataDir')
const { newPage } = browserSession(baseURL)

// demo-m-001: a French poster in French and Arabic, of a campaign by "Collectif Parents Connectés".
const POSTER = 'demo-m-001'
const ORGANISATION = 'Collectif Parents Connectés'

async function save(page: Page, link: ReturnType<Page['locator']>, name: string) {
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
	const file = path.join(dataDir, `${Date.now()}-${name}`)
	await download.saveAs(file)
	return { file, name: download.suggestedFilename(), bytes: fs.readFileSync(file) }
}

/** What poppler reads from a PDF, bidi marks removed and lines joined. */
function pdfText(file: string) {
	return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
		.replace(/[\u200e\u200f\u202a-\u202e]/g, '')
		.replace(/\s+/g, ' ')
}

function pdfImageWidths(file: string) {
	return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.slice(2)
		.map((row) => Number(row.trim().split(/\s+/)[3]))
}

describe('downloading a poster', () => {
	test('one group of downloads per file; the PNG and the A4 PDF carry the credit with the organisation', async () => {
		const page = await newPage('en-GB')
		await page.goto(`/en/materials/${POSTER}`)
		await expect(page.locator('.facts').innerText()).resolves.toContain(ORGANISATION)
		await expect(page.locator('.attribution').innerText()).resolves.toContain(
			`by ${ORGANISATION} (France), CC BY 4.0`,
		)
		// Each language version: one file, one group, its formats labelled once.
		const versions = page.locator('.version')
		const count = await versions.count()
		expect(count).toBe(2)
		for (let i = 0; i < count; i++) {
			const group = versions.nth(i).getByRole('group')
			await expect(group.count()).resolves.toBe(1)
			const labels = await group
				.getByRole('link')
				.evaluateAll((links) => links.map((a) => a.childNodes[0]!.textContent!.trim()))
			expect(labels).toEqual([
				expect.stringMatching(/^PNG \(\d/),
				'WebP',
				'A4 PDF, print quality',
				'A3 PDF, print quality',
			])
		}
		await expect(page.locator('main').innerText()).resolves.not.toMatch(/Other formats/)
		await expectAccessible(page)

		const french = page.getByRole('group', { name: /Un inconnu trop gentil/ })
		const png = await save(page, french.getByRole('link', { name: /^PNG/ }), 'poster.png')
		expect(png.name).toMatch(/-fr\.png$/)
		expect(png.bytes.subarray(1, 4).toString()).toBe('PNG')
		// The credit, in English for an English reader, in the file's text chunks.
		expect(png.bytes.toString('utf8')).toContain(
			`“Un inconnu trop gentil en ligne ?” by ${ORGANISATION} (France), CC BY 4.0.`,
		)

		const pdf = await save(page, french.getByRole('link', { name: /^A4 PDF/ }), 'poster.pdf')
		expect(pdf.name).toMatch(/-fr-A4\.pdf$/)
		expect(pdfText(pdf.file)).toContain(
			`“Un inconnu trop gentil en ligne ?” by ${ORGANISATION} (France), CC BY 4.0.`,
		)
		// Rendered for print from the poster's template: the sheet at 300 ppi.
		expect(pdfImageWidths(pdf.file)).toEqual([expect.any(Number)])
		expect(pdfImageWidths(pdf.file)[0]).toBeGreaterThanOrEqual(2480)
	})

	test('in Arabic, right to left: the PDF’s credit is Arabic text', async () => {
		const page = await newPage('ar')
		await page.goto(`/ar/materials/${POSTER}`)
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		await expectAccessible(page)
		// The downloads' group (the header's language menu is a group too).
		const group = page.locator('main').getByRole('group').first()
		const pdf = await save(page, group.locator('a[href*="/pdf-a4?ui=ar"]'), 'poster-ar.pdf')
		const text = pdfText(pdf.file)
		for (const part of ['من إعداد', ORGANISATION, 'فرنسا', 'CC BY 4.0'])
			expect(text).toContain(part)
	})
})
