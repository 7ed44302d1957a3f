import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { ArchiveManifestSchema, ArchiveMaterialSchema } from '#app/archive/schemas.ts'
import { readArchiveEntries } from '#tests/fixtures/hostile-archives.ts'
import { browserSession, expectAccessible, signInAsDemo } from '#tests/support/browser.ts'

/**
 * France's coordinator takes the country's published library away from the
 * workspace, as a person would: the Export button, the page (in English and
 * in Arabic, right to left), and the download, which is a country archive
 * of France's materials.
 */

const baseURL = inject('baseURL')
const dataDir = inject('dataDir')
const { newPage } = browserSession(baseURL)

describe("exporting a country's data", () => {
	test('a coordinator downloads the archive of their country from the workspace', async () => {
		const page = await newPage('en-GB')
		await signInAsDemo(page, 'demo-u-fr-coord')
		await page.goto('/en/workspace')
		await page.getByRole('link', { name: 'Export', exact: true }).click()
		await page.waitForURL(/\/en\/workspace\/export$/)
		// The URL changes before the page renders (a client navigation): wait for the page itself.
		await page.getByRole('heading', { level: 1, name: "Export a country's data" }).waitFor()
		await expectAccessible(page)

		const link = page.getByRole('link', { name: 'Download the archive of France' })
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
		expect(download.suggestedFilename()).toMatch(/^awareness-exchange-FR-\d{4}-\d\d-\d\d\.tar\.gz$/)
		const file = path.join(dataDir, `${Date.now()}-FR.tar.gz`)
		await download.saveAs(file)
		const entries = await readArchiveEntries(fs.readFileSync(file))
		const manifest = ArchiveManifestSchema.parse(JSON.parse(entries[0]!.body.toString()))
		expect(manifest.country).toBe('FR')
		const materials = entries.filter((e) => e.name.startsWith('materials/'))
		expect(materials.length).toBe(manifest.counts.materials)
		expect(materials.length).toBeGreaterThan(0)
		for (const entry of materials) {
			const record = ArchiveMaterialSchema.parse(JSON.parse(entry.body.toString()))
			expect(record.countryCode).toBe('FR')
		}

		await page.goto('/ar/workspace/export')
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl')
		await expectAccessible(page)
	}, 120_000)

	test("another country's archive is not offered to a coordinator, and is refused", async () => {
		const page = await newPage('en-GB')
		await signInAsDemo(page, 'demo-u-be-coord')
		await page.goto('/en/workspace/export')
		await expect(
			page.getByRole('link', { name: /Download the archive of/ }).allInnerTexts(),
		).resolves.toEqual(['Download the archive of Belgium'])
		const refused = await page.request.get('/en/workspace/export/FR', { maxRedirects: 0 })
		expect(refused.status()).toBe(403)
	}, 60_000)
})
