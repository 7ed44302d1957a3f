import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { type Page } from 'playwright-core'
import { describe, expect, inject, test } from 'vitest'
import {
	browserSession,
	eventually,
	expectAccessible,
	signInAsDemo,
} from '#tests/support/browser.ts'
import { TEST_ROOT } from '#tests/support/paths.ts'

/**
 * The secretariat's side of reporting, in Chromium against the demo seed:
 * a member reads the closed 2024 round's joint report (charts as SVG, each
 * with its table), downloads it as PDF (whose text holds the Arabic and
 * Chinese measure titles) and the data as CSV and JSON; an administrator
 * opens a round with Japan as secretariat, and Japan's coordinator sees the
 * dashboard and reminds France, whose coordinator gets mail in the outbox.
 */

const baseURL = inject('baseURL')
const COMMIT = { waitUntil: 'commit' } as const
const { newPage } = browserSession(baseURL)

const ARABIC_TITLE = 'حملة للأهالي الناطقين بالعربية'
const CHINESE_TITLE = '面向华人家长的传单'

/**
 * pdftotext writes the lam-alef ligature (لأ, one glyph) as its letters in
 * visual order (أل): the title as it comes out of a correct PDF.
 */
const asExtracted = (arabic: string) =>
	arabic.replace(/\u0644([\u0622\u0623\u0625\u0627])/g, '$1\u0644')

async function download(page: Page, name: string | RegExp) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page
			.getByRole('link', { name, exact: typeof name === 'string' })
			.first()
			.click(),
	])
	const target = path.join(TEST_ROOT, `e2e-download-${Date.now()}-${file.suggestedFilename()}`)
	await file.saveAs(target)
	return { path: target, name: file.suggestedFilename() }
}

async function openJointReport(page: Page, lang = 'en') {
	await page.goto(`/${lang}/reports`)
	await page.getByRole('link', { name: 'Biennial report 2024' }).click()
	await page.waitForURL(/\/reports\/[^/]+$/, COMMIT)
	const roundUrl = new URL(page.url()).pathname
	await page.goto(`${roundUrl.replace(/^\/en\//, `/${lang}/`)}/joint`)
	return roundUrl.split('/').pop()!
}

describe('the joint report of a closed round', () => {
	test('a member reads it with its charts and their tables, and downloads it as PDF, CSV and JSON', async () => {
		const page = await newPage()
		await signInAsDemo(page, 'demo-u-fr-coord')
		await page.getByRole('link', { name: 'Reports', exact: true }).first().click()
		await page.waitForURL(/\/en\/reports$/, COMMIT)
		const roundId = await openJointReport(page)
		await page
			.getByRole('heading', { level: 1, name: /Joint report: Biennial report 2024/ })
			.waitFor()

		// Four charts, drawn on the server: images with a name, each beside a table with a caption.
		const charts = page.locator('.chart-block')
		expect(await charts.count()).toBe(4)
		for (let i = 0; i < 4; i++) {
			const block = charts.nth(i)
			expect(await block.locator('svg[role="img"][aria-label]').count()).toBe(1)
			expect(await block.locator('svg title').count()).toBe(1)
			expect((await block.locator('table caption').textContent())?.trim()).toBeTruthy()
		}
		// The participation table holds the same numbers as the chart: four of 2012's members accepted.
		const participation = page.getByRole('table', {
			name: 'Participation by year of joining the Alliance',
		})
		await expect(
			participation.getByRole('row', { name: /Joined in 2012/ }).textContent(),
		).resolves.toMatch(/48\s*4\s*4/)
		// The measures as the countries wrote them, marked with their language.
		await page.locator(`td[lang="ar"][dir="rtl"]`, { hasText: ARABIC_TITLE }).waitFor()
		await page.locator(`td[lang="zh"]`, { hasText: CHINESE_TITLE }).waitFor()
		await expectAccessible(page)

		const pdf = await download(page, 'PDF')
		expect(pdf.name).toMatch(/\.pdf$/)
		const text = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' })
		expect(text).toContain('Joint report: Biennial report 2024')
		expect(text).toContain(asExtracted(ARABIC_TITLE))
		expect(text).toContain(CHINESE_TITLE)

		const csv = fs.readFileSync((await download(page, 'Measures (CSV)')).path, 'utf8')
		expect(csv.charCodeAt(0)).toBe(0xfeff)
		const lines = csv.slice(1).split('\r\n')
		expect(lines[0]).toBe('round,country,target,goal,kind,state,title,language')
		expect(lines).toContain(`Biennial report 2024,FR,t3,t3-g2,carried,done,${ARABIC_TITLE},ar`)
		expect(lines).toContain(
			`Biennial report 2024,JP,t3,t3-g2,carried,in-progress,${CHINESE_TITLE},zh`,
		)

		const json = JSON.parse(
			fs.readFileSync((await download(page, 'Data (JSON)')).path, 'utf8'),
		) as {
			round: { id: string; status: string }
			jointReport: { publishedAt: string; figures: { participation: { accepted: number } } }
			measures: { title: string; lang: string }[]
		}
		expect(json.round).toMatchObject({ id: roundId, status: 'closed' })
		expect(json.jointReport.figures.participation.accepted).toBe(4)
		expect(json.measures).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ title: ARABIC_TITLE, lang: 'ar' }),
				expect.objectContaining({ title: CHINESE_TITLE, lang: 'zh' }),
			]),
		)
	})

	test('in Arabic, right to left, it passes the accessibility check', async () => {
		const page = await newPage('ar')
		await openJointReport(page, 'ar')
		await page.getByRole('heading', { level: 1, name: /التقرير المشترك/ }).waitFor()
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
		expect(await page.locator('svg[role="img"]').count()).toBe(4)
		await expectAccessible(page)
	})
})

describe("an open round's secretariat", () => {
	test('an administrator opens a round held by Japan; Japan sees every country and reminds France, once', async () => {
		const title = `Biennial report 2026 (${Date.now()})`
		const admin = await newPage()
		await signInAsDemo(admin, 'demo-u-admin')
		await admin.goto('/en/reports')
		await admin.getByRole('link', { name: 'Open a round' }).click()
		await admin.waitForURL(/\/en\/reports\/new$/, COMMIT)
		await admin.getByLabel('Kind of round').selectOption('biennial')
		await admin.getByLabel('Title', { exact: true }).fill(title)
		await admin.getByLabel('Period from').fill('2025-01-01')
		await admin.getByLabel('Period to').fill('2026-12-31')
		await admin.getByLabel('Reports due on').fill('2027-03-31')
		await admin.getByLabel('Secretariat', { exact: true }).selectOption('JP')
		await admin.getByLabel('Alliance members only').check()
		await admin.getByLabel('Follows the round').selectOption('')
		await expectAccessible(admin)
		await admin.getByRole('button', { name: 'Open the round' }).click()
		await admin.getByRole('heading', { level: 1, name: title }).waitFor()
		const roundPath = new URL(admin.url()).pathname

		const japan = await newPage()
		await signInAsDemo(japan, 'demo-u-jp-coord')
		await japan.goto(roundPath)
		await japan.getByRole('heading', { name: "Reports of the Alliance's countries" }).waitFor()
		const table = japan.getByRole('table', { name: "Each Alliance country's report in this round" })
		expect(await table.locator('tbody tr').count()).toBe(55)
		await expect(table.getByRole('row', { name: /France/ }).textContent()).resolves.toContain(
			'Not started',
		)
		await expectAccessible(japan)

		// Only France: the others are unticked.
		for (const box of await table.locator('input[type="checkbox"]:not([disabled])').all())
			await box.setChecked(false)
		await japan.getByLabel('Remind France').check()
		await japan.getByRole('button', { name: 'Send reminders' }).click()
		await japan.getByText('Reminder sent to the coordinators of France.').waitFor()
		// The page reloads its data after the form: France may not be reminded again today.
		expect(
			await eventually(
				() => japan.getByLabel('Remind France').isDisabled(),
				(value) => value,
			),
		).toBe(true)

		// The outbox has it, addressed to France's coordinator.
		await admin.goto('/en/admin/mail')
		const subject = `Reminder: the report of France for “${title}”`
		const message = admin.getByRole('listitem').filter({ hasText: subject })
		await message.first().waitFor()
		await expect(message.first().textContent()).resolves.toContain('coordinator.fr@demo.example')

		// Once a day: sent again, nothing new.
		await japan.reload()
		const disabled = await eventually(
			() => japan.getByLabel('Remind France').isDisabled(),
			(value) => value,
		)
		expect(disabled).toBe(true)
		await admin.reload()
		expect(await admin.getByRole('listitem').filter({ hasText: subject }).count()).toBe(1)
	})
})
