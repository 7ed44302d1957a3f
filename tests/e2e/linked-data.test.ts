import path from 'node:path'
import Database from 'better-sqlite3'
import { type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { HOSTILE_MARKUP } from '#tests/fixtures/hostile-markup.ts'
import { atomProblems } from '#tests/support/atom.ts'
import { expectAccessible, launchBrowser } from '#tests/support/browser.ts'
import { expandJsonLd, foreignTerms } from '#tests/support/schema-org.ts'

const baseURL = inject('baseURL')
const dataDir = inject('dataDir')
let browser: Browser

beforeAll(async () => {
	browser = await launchBrowser()
})

afterAll(async () => {
	await browser?.close()
})

/** The JSON-LD blocks of a page as a crawler finds them: every ld+json script, parsed. */
function jsonLdOf(html: string) {
	return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
		(m) => JSON.parse(m[1]!) as Record<string, unknown>,
	)
}

async function firstMaterialId() {
	const list = (await (await fetch(`${baseURL}/api/v1/materials?pageSize=1`)).json()) as {
		items: { id: string }[]
	}
	return list.items[0]!.id
}

describe('the served pages, as crawlers read them', () => {
	test('a material page carries its JSON-LD in schema.org terms, and its canonical and other languages', async () => {
		const id = await firstMaterialId()
		const html = await (await fetch(`${baseURL}/ar/materials/${id}`)).text()
		const [doc, ...more] = jsonLdOf(html)
		expect(more).toEqual([])
		expect(doc).toMatchObject({ '@context': 'https://schema.org', '@type': 'LearningResource' })
		expect(foreignTerms(await expandJsonLd(doc!))).toEqual([])
		expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\/ar\/materials\//)
		for (const lang of ['en', 'fr', 'ar', 'x-default'])
			expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="${lang}" href="http`))
		expect(html).toMatch(/<meta property="og:title" content="[^"]+"\/>/)
	})

	test('a hostile title cannot end the JSON-LD script or open another', async () => {
		const id = await firstMaterialId()
		// A language version written straight into the database, removed after.
		const db = new Database(path.join(dataDir, 'e2e.db'))
		const columns = (db.prepare('PRAGMA table_info("MaterialVersion")').all() as { name: string }[])
			.map((c) => c.name)
			.filter((name) => !['id', 'lang', 'title', 'description'].includes(name))
		const quoted = columns.map((c) => `"${c}"`).join(', ')
		const title = HOSTILE_MARKUP.map((h) => h.text).join(' ')
		try {
			db.prepare(
				`INSERT INTO "MaterialVersion" ("id", "lang", "title", "description", ${quoted})
				 SELECT 'e2e-hostile-version', 'mt', ?, ?, ${quoted} FROM "MaterialVersion"
				 WHERE "materialId" = ? LIMIT 1`,
			).run(title, title, id)
			// Rendered for this request: a session cookie (even one that signs nobody
			// in) keeps it out of the anonymous page cache, which cannot know of a
			// row written behind the app's back.
			const html = await (
				await fetch(`${baseURL}/en/materials/${id}`, { headers: { cookie: 'ax_session=none' } })
			).text()
			expect(html).not.toContain('<script>alert(1)')
			const [doc] = jsonLdOf(html)
			const versions = doc!.workExample as { inLanguage: string; name: string }[]
			expect(versions.find((v) => v.inLanguage === 'mt')?.name).toBe(title)
			// The page's scripts are the app's own: each carries the policy's nonce.
			for (const tag of html.match(/<script\b(?![^>]*ld\+json)[^>]*>/g) ?? [])
				expect(tag).toMatch(/ nonce="/)
		} finally {
			db.prepare(`DELETE FROM "MaterialVersion" WHERE "id" = 'e2e-hostile-version'`).run()
			db.close()
		}
	})

	test('the "follow this search" link is a valid Atom feed of that search, and the page stays accessible', async () => {
		for (const [lang, label] of [
			['en', 'Follow this search'],
			['ar', 'تابِع هذا البحث'],
		] as const) {
			const context = await browser.newContext({ baseURL })
			const page = await context.newPage()
			await page.goto(`/${lang}/materials?q=grooming&country=FR`)
			const link = page.getByRole('link', { name: label })
			const href = await link.getAttribute('href')
			expect(href).toBe(`/${lang}/materials.atom?q=grooming&country=FR`)
			await expectAccessible(page)
			const feed = await fetch(`${baseURL}${href}`)
			expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
			const xml = await feed.text()
			expect(atomProblems(xml)).toEqual([])
			expect(xml).toContain('<entry')
			await context.close()
		}
	})
})
