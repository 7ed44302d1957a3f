import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { stripPngMetadata } from '#app/media/image-metadata.ts'
import {
	eventually,
	expectAccessible,
	launchBrowser,
	switchLanguage,
} from '#tests/support/browser.ts'

const baseURL = inject('baseURL')
const dataDir = inject('dataDir')
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
	browser = await launchBrowser()
	context = await browser.newContext({ baseURL, locale: 'en-GB', acceptDownloads: true })
	page = await context.newPage()
})

afterAll(async () => {
	await browser?.close()
})

describe('a reader without an account', () => {
	test('lands on the home page in their language and sees a populated library', async () => {
		await page.goto('/')
		expect(new URL(page.url()).pathname).toBe('/en')
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
		await expect(page.locator('h1').textContent()).resolves.toMatch(/shared across countries/)
		const figures = await page.locator('.figures strong').allTextContents()
		expect(figures).toHaveLength(4)
		expect(Number(figures[0]!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(80)
		expect(await page.locator('.cards .card').count()).toBeGreaterThan(0)
		await expectAccessible(page)
	})

	test('a country’s page says what it used from other countries, in the work’s own language, and in Arabic right to left', async () => {
		await page.goto('/en/countries/BE')
		const used = page.getByRole('region', { name: 'Used from other countries' })
		await expect(
			used.getByRole('link', { name: 'Un inconnu trop gentil en ligne ?' }).count(),
		).resolves.toBe(1)
		await expect(used.textContent()).resolves.toContain('A material from France')
		await expectAccessible(page)
		await page.goto('/ar/countries/IL')
		const arabic = page.getByRole('region', { name: 'ما استخدمه من دول أخرى' })
		await expect(arabic.locator('.usage__note').count()).resolves.toBeGreaterThan(0)
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		await expectAccessible(page)
	})

	test('filters the catalog, and the URL keeps the filters', async () => {
		await page.goto('/en')
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Materials' })
			.click()
		await page.waitForURL('**/en/materials')
		const allCount = await page.locator('#results-title').textContent()
		await page.getByRole('checkbox', { name: 'Grooming / online solicitation' }).check()
		await page.getByRole('checkbox', { name: 'Parents and carers' }).check()
		// Each change updates the results at once; the URL ends up holding both.
		await page.waitForURL(
			(url) =>
				url.searchParams.get('risk') === 'grooming' &&
				url.searchParams.get('audience') === 'parents-carers',
		)
		const filteredCount = await eventually(
			() => page.locator('#results-title').textContent(),
			(text) => text !== allCount,
		)
		expect(filteredCount).not.toBe(allCount)
		expect(Number(filteredCount!.replace(/\D/g, ''))).toBeGreaterThan(0)
		await expect(
			page.getByRole('checkbox', { name: 'Grooming / online solicitation' }).isChecked(),
		).resolves.toBe(true)
		await expectAccessible(page)
	})

	test('switches language and keeps the page and its filters', async () => {
		await page.goto('/en/materials?risk=grooming')
		await switchLanguage(page, 'français')
		await page.waitForURL('**/fr/materials?risk=grooming')
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
		await expect(page.locator('h1').textContent()).resolves.toBe('Ressources')
		await switchLanguage(page, 'العربية')
		await page.waitForURL('**/ar/materials?risk=grooming')
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		// In right-to-left layouts the filters sit on the right of the results.
		const filters = await page.locator('.filters').boundingBox()
		const results = await page.locator('#results-title').boundingBox()
		expect(filters!.x).toBeGreaterThan(results!.x)
		await expectAccessible(page)
	})

	test('opens a material and downloads a language version: the stored picture, credited', async () => {
		await page.goto('/en/materials?type=poster&lang=ar')
		await page.locator('.card__title a').first().click()
		await page.waitForURL(/\/en\/materials\/[^/?]+$/)
		await page.locator('.version').first().waitFor()
		await expect(page.locator('.attribution').textContent()).resolves.toMatch(/by/)
		await expectAccessible(page)

		const link = page.locator('.version a[download]').first()
		const href = (await link.getAttribute('href'))!
		const fileId = new URL(href, baseURL).pathname.split('/').pop()!
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
		const saved = path.join(dataDir, 'downloaded')
		await download.saveAs(saved)
		const bytes = fs.readFileSync(saved)
		const db = new Database(path.join(dataDir, 'e2e.db'), { readonly: true })
		const asset = db
			.prepare(
				'SELECT a.sha256, a.byteSize FROM VersionFile f JOIN Asset a ON a.id = f.assetId WHERE f.id = ?',
			)
			.get(fileId) as { sha256: string; byteSize: number }
		db.close()
		// The stored PNG byte for byte, once the credit's text chunks are taken out.
		expect(bytes.toString('latin1')).toContain('iTXtCopyright')
		const picture = stripPngMetadata(bytes).bytes
		expect(picture.length).toBe(asset.byteSize)
		expect(createHash('sha256').update(picture).digest('hex')).toBe(asset.sha256)
		expect(download.suggestedFilename()).toMatch(/-[a-z]{2}\.png$/)
	})

	test('follows lineage from an adaptation to its original', async () => {
		const response = await page.request.get('/api/v1/materials?pageSize=100')
		const { items } = (await response.json()) as {
			items: { id: string; derivationKind: string | null }[]
		}
		const adapted = items.find((i) => i.derivationKind === 'adaptation')!
		await page.goto(`/en/materials/${adapted.id}`)
		const source = page.locator('.lineage p a').first()
		const sourceTitle = await source.textContent()
		await source.click()
		await page.waitForURL((url) => !url.pathname.endsWith(adapted.id))
		const heading = await eventually(
			() => page.locator('h1').textContent(),
			(text) => text === sourceTitle,
		)
		expect(heading).toBe(sourceTitle)
		await expect(page.locator('.lineage').textContent()).resolves.toMatch(/Adapted by [1-9]/)
	})

	test('a page that does not exist says so in the reader language', async () => {
		const response = await page.goto('/fr/nulle-part')
		expect(response!.status()).toBe(404)
		await expect(page.locator('h1').textContent()).resolves.toBe('Page introuvable')
		await expectAccessible(page)
		const material = await page.goto('/en/materials/does-not-exist')
		expect(material!.status()).toBe(404)
		await expect(page.locator('h1').textContent()).resolves.toBe('Page not found')
	})

	test('hostile and malformed requests get a clear answer and the server stays up', async () => {
		const cases: [string, number][] = [
			['/en/materials?page=99999999&risk=grooming', 200],
			['/en/materials?audience=%00%FF&country=../../etc', 200],
			['/api/v1/materials?risk=%3Cscript%3E', 400],
			['/api/v1/materials?pageSize=100000', 400],
			['/en/materials/%E0%A4%A', 404],
			['/download/..%2F..%2Fetc%2Fpasswd', 404],
			['/files/' + 'x'.repeat(3000), 404],
			['/xx-YY/materials', 404],
			['/de/materials', 200],
		]
		for (const [url, status] of cases) {
			const response = await page.request.get(url, { maxRedirects: 2 })
			expect(response.status(), url).toBe(status)
			expect(await response.text(), url).not.toMatch(/at .*\.(ts|js):\d+/)
		}
		const health = await page.request.get('/healthz')
		expect(await health.json()).toEqual({ status: 'ok' })
	})
})
