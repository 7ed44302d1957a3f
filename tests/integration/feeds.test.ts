import { describe, expect, test } from 'vitest'
import { loader as catalogLoader } from '#app/routes/$lang.materials._index.tsx'
import { loader as feedLoader } from '#app/routes/$lang.materials[.]atom.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { HOSTILE_MARKUP } from '#tests/fixtures/hostile-markup.ts'
import { attachPng, createMaterial } from '#tests/factories.ts'
import {
	atomChildren,
	atomProblems,
	parseXml,
	textOf,
	type XmlElement,
} from '#tests/support/atom.ts'
import { call } from '#tests/support/routes.ts'

async function fetchFeed(path: string, headers: Record<string, string> = {}) {
	const url = new URL(path, 'http://localhost')
	const lang = url.pathname.split('/')[1]!
	const { result } = await call(feedLoader, `${url.pathname}${url.search}`, {
		params: { lang },
		headers,
	})
	return result as Response
}

/** The feed, checked as Atom before anything else is read from it. */
async function readFeed(path: string) {
	const response = await fetchFeed(path)
	expect(response.status).toBe(200)
	expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
	const xml = await response.text()
	expect(atomProblems(xml)).toEqual([])
	const feed = parseXml(xml)
	const entries = atomChildren(feed, 'entry')
	return {
		feed,
		entries,
		ids: entries.map((e) => atomChildren(e, 'id')[0]!.text),
		titles: entries.map((e) => textOf(atomChildren(e, 'title')[0])),
	}
}

const idOf = (materialId: string) => `${appOrigin()}/en/materials/${materialId}`
const links = (entry: XmlElement, rel: string) =>
	atomChildren(entry, 'link')
		.filter((l) => (l.attributes.rel ?? 'alternate') === rel)
		.map((l) => l.attributes)

describe('the Atom feeds', () => {
	test('the newest materials: newest first, published only, each with what a reader needs', async () => {
		const older = await createMaterial({
			countryCode: 'PT',
			originalLang: 'pt',
			publishedAt: new Date('2026-03-01T10:00:00Z'),
			versions: [{ lang: 'pt', title: 'Cartaz antigo', description: 'Um cartaz.' }],
		})
		const newer = await createMaterial({
			countryCode: 'PT',
			originalLang: 'pt',
			licence: 'all-rights-reserved',
			audiences: ['parents-carers'],
			risks: ['sextortion'],
			organisation: 'Linha Internet Segura',
			publishedAt: new Date('2026-03-02T10:00:00Z'),
			versions: [{ lang: 'pt', title: 'Cartaz novo', description: 'Para pais e mães.' }],
		})
		const { bytes } = await attachPng(newer.versions[0]!.id)
		const draft = await createMaterial({ countryCode: 'PT', status: 'draft' })
		const withdrawn = await createMaterial({ countryCode: 'PT', status: 'withdrawn' })

		const { feed, entries, ids } = await readFeed('/fr/materials.atom?country=PT')
		expect(ids).toEqual([idOf(newer.id), idOf(older.id)])
		expect(ids).not.toContain(idOf(draft.id))
		expect(ids).not.toContain(idOf(withdrawn.id))
		expect(feed.lang).toBe('fr')
		expect(textOf(atomChildren(feed, 'title')[0])).toMatch(
			/^Ressources les plus récentes : Portugal/,
		)
		expect(links(feed, 'self')).toEqual([
			{ rel: 'self', href: `${appOrigin()}/fr/materials.atom?country=PT` },
		])
		expect(links(feed, 'alternate')[0]!.href).toBe(`${appOrigin()}/fr/materials?country=PT`)

		const entry = entries[0]!
		expect(entry.lang).toBe('pt')
		expect(textOf(atomChildren(entry, 'summary')[0])).toBe('Para pais e mães.')
		expect(atomChildren(entry, 'published')[0]!.text).toBe('2026-03-02T10:00:00.000Z')
		expect(links(entry, 'alternate')).toEqual([
			{ rel: 'alternate', type: 'text/html', href: `${appOrigin()}/fr/materials/${newer.id}` },
		])
		expect(links(entry, 'license')).toEqual([
			{ rel: 'license', type: 'text/html', href: 'http://rightsstatements.org/vocab/InC/1.0/' },
		])
		expect(textOf(atomChildren(entry, 'rights')[0])).toBe('Tous droits réservés')
		expect(links(entry, 'enclosure')).toEqual([
			{
				rel: 'enclosure',
				type: 'image/png',
				length: String(bytes.byteLength),
				href: expect.stringMatching(new RegExp(`^${appOrigin()}/download/`)),
			},
		])
		expect(textOf(atomChildren(atomChildren(entry, 'author')[0]!, 'name')[0])).toBe(
			'Linha Internet Segura',
		)
		expect(atomChildren(entry, 'category').map((c) => c.attributes.term)).toEqual([
			'PT',
			'poster',
			'parents-carers',
			'sextortion',
		])
		// The older one has no file: no enclosure, and still a licence.
		expect(links(entries[1]!, 'enclosure')).toEqual([])
		expect(links(entries[1]!, 'license')[0]!.href).toBe(
			'https://creativecommons.org/licenses/by/4.0/',
		)
	})

	test('per country, risk, audience and language, each holds only what it names', async () => {
		const greek = await createMaterial({
			countryCode: 'GR',
			originalLang: 'el',
			audiences: ['teachers-educators'],
			risks: ['self-generated'],
			versions: [{ lang: 'el', title: 'Αφίσα για εκπαιδευτικούς' }],
		})
		const other = await createMaterial({
			countryCode: 'CY',
			originalLang: 'en',
			audiences: ['children'],
			risks: ['grooming'],
			versions: [{ lang: 'en', title: 'A poster for children' }],
		})
		for (const query of [
			'country=GR',
			'risk=self-generated',
			'audience=teachers-educators',
			'lang=el',
		]) {
			const { ids } = await readFeed(`/en/materials.atom?${query}`)
			expect(ids, query).toContain(idOf(greek.id))
			expect(ids, query).not.toContain(idOf(other.id))
		}
		const { ids } = await readFeed('/en/materials.atom')
		expect(ids).toEqual(expect.arrayContaining([idOf(greek.id), idOf(other.id)]))
		// A Greek feed gives the Greek version, even to an English reader.
		const bilingual = await createMaterial({
			countryCode: 'GR',
			originalLang: 'en',
			versions: [
				{ lang: 'en', title: 'Talk to someone' },
				{ lang: 'el', title: 'Μίλα σε κάποιον' },
			],
		})
		const greekFeed = await readFeed('/en/materials.atom?lang=el')
		const i = greekFeed.ids.indexOf(idOf(bilingual.id))
		expect(greekFeed.titles[i]).toBe('Μίλα σε κάποιον')
		expect(greekFeed.entries[i]!.lang).toBe('el')
	})

	test('any catalog search is a feed, and the results page links to it', async () => {
		const match = await createMaterial({
			countryCode: 'IE',
			originalLang: 'en',
			versions: [{ lang: 'en', title: 'Sextortion helpline leaflet' }],
		})
		await createMaterial({
			countryCode: 'IE',
			originalLang: 'en',
			versions: [{ lang: 'en', title: 'Unrelated poster' }],
		})
		const { result } = await call(catalogLoader, '/en/materials?q=helpline&country=IE&page=1', {
			params: { lang: 'en' },
		})
		const page = (result as { data: { feed: { path: string } } }).data
		// Same search, stable order, no page.
		expect(page.feed.path).toBe('/en/materials.atom?q=helpline&country=IE')
		const { ids, feed } = await readFeed(page.feed.path)
		expect(ids).toEqual([idOf(match.id)])
		expect(textOf(atomChildren(feed, 'title')[0])).toContain('“helpline”')
	})

	test('hostile titles and searches leave the feed well-formed, and read back as written', async () => {
		for (const { text, why } of HOSTILE_MARKUP) {
			const material = await createMaterial({
				countryCode: 'MT',
				originalLang: 'mt',
				versions: [{ lang: 'mt', title: text, description: text }],
			})
			const { entries, ids, titles } = await readFeed(`/en/materials.atom?country=MT&lang=mt`)
			const i = ids.indexOf(idOf(material.id))
			expect(i, why).toBeGreaterThanOrEqual(0)
			// What XML cannot hold at all is left out; the rest is the text as written.
			const readable = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
			expect(titles[i], why).toBe(readable)
			expect(textOf(atomChildren(entries[i]!, 'summary')[0]), why).toBe(readable)
			// As the search's words, in the feed's title.
			const search = await fetchFeed(`/en/materials.atom?q=${encodeURIComponent(text)}`)
			const xml = await search.text()
			expect(atomProblems(xml), why).toEqual([])
			expect(textOf(atomChildren(parseXml(xml), 'title')[0]), why).toContain(readable.trim())
		}
	})

	test('a reader polling an unchanged feed is told so without the body', async () => {
		await createMaterial({ countryCode: 'LU', originalLang: 'fr' })
		const first = await fetchFeed('/en/materials.atom?country=LU')
		const etag = first.headers.get('etag')!
		expect(etag).toMatch(/^"[\w-]+"$/)
		const again = await fetchFeed('/en/materials.atom?country=LU', { 'if-none-match': etag })
		expect(again.status).toBe(304)
		expect(await again.text()).toBe('')
		await createMaterial({ countryCode: 'LU', originalLang: 'fr' })
		const changed = await fetchFeed('/en/materials.atom?country=LU', { 'if-none-match': etag })
		expect(changed.status).toBe(200)
	})

	test('a language the interface does not have is not a feed', async () => {
		const { outcome } = await call(feedLoader, '/mt/materials.atom', { params: { lang: 'mt' } })
		expect(outcome).toBe(404)
	})
})
