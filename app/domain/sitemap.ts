/**
 * sitemap.xml (https://www.sitemaps.org/protocol.html) with the alternate
 * language versions of each page (Google's `xhtml:link rel="alternate"
 * hreflang`), and the sitemap index that takes over once the URLs pass the
 * protocol's limit of 50,000 per file. Pure: the pages come from
 * app/models/sitemap.server.ts.
 */
import { element, textElement, XML_DECLARATION } from './xml.ts'

/** The protocol's most URLs in one sitemap file. */
export const SITEMAP_URL_LIMIT = 50_000

export const SITEMAP_HEADERS = {
	'content-type': 'application/xml; charset=utf-8',
	'cache-control': 'public, max-age=3600',
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const XHTML_NS = 'http://www.w3.org/1999/xhtml'

/** A page, by its path after the language (`/materials/abc`, `` for the home page). */
export interface SitemapPage {
	path: string
	lastModified: Date | null
}

/** The protocol's largest sitemap file, uncompressed: 50 MiB. */
export const SITEMAP_BYTE_LIMIT = 50 * 1024 * 1024

/**
 * How many URLs one sitemap file may hold: 50,000, or fewer when each URL's
 * alternates in every language would make the file pass 50 MiB (with 38
 * languages, a URL carries 39 links, about 4 KB). Counted from the longest
 * path, so no file can pass the limit, with a margin for the lastmod.
 */
export function sitemapUrlLimit(input: {
	origin: string
	pages: readonly SitemapPage[]
	languages: readonly string[]
}) {
	const longestPath = input.pages.reduce((most, page) => Math.max(most, page.path.length), 0)
	const longestLang = input.languages.reduce((most, lang) => Math.max(most, lang.length), 9)
	const href = input.origin.length + 1 + longestLang + longestPath
	// <url><loc>…</loc><lastmod>2026-01-01T00:00:00.000Z</lastmod>, then one
	// <xhtml:link rel="alternate" hreflang="…" href="…"/> per language and x-default.
	const perUrl = 80 + href + (input.languages.length + 1) * (48 + longestLang + href)
	return Math.max(1, Math.min(SITEMAP_URL_LIMIT, Math.floor((SITEMAP_BYTE_LIMIT * 0.98) / perUrl)))
}

/** Each page is one URL per UI language: `/{lang}{path}`. */
export function countSitemapUrls(pages: number, languages: readonly string[]) {
	return pages * languages.length
}

/** How many sitemap files the URLs need; 1 means sitemap.xml is the sitemap itself. */
export function countSitemapParts(urls: number, limit = SITEMAP_URL_LIMIT) {
	return Math.max(1, Math.ceil(urls / limit))
}

/**
 * The `<urlset>` of part `part` (1-based) of the sitemap: the URLs from
 * (part - 1) * limit on, each with its alternates in every language and an
 * x-default (the default language's).
 */
export function renderSitemap(input: {
	origin: string
	pages: readonly SitemapPage[]
	languages: readonly string[]
	/** The BCP 47 tag of a language's pages, when it is not the URL's prefix ("zh" → "zh-Hans"). */
	tagOf?: (lang: string) => string
	defaultLanguage: string
	part?: number
	limit?: number
}) {
	const limit = input.limit ?? SITEMAP_URL_LIMIT
	const start = ((input.part ?? 1) - 1) * limit
	const urls: string[] = []
	const n = input.languages.length
	for (let i = start; i < Math.min(start + limit, input.pages.length * n); i++) {
		const page = input.pages[Math.floor(i / n)]!
		const lang = input.languages[i % n]!
		const href = (l: string) => `${input.origin}/${l}${page.path}`
		urls.push(
			element('url', [
				textElement('loc', href(lang)),
				...(page.lastModified ? [textElement('lastmod', page.lastModified.toISOString())] : []),
				...input.languages.map((l) =>
					textElement('xhtml:link', '', {
						rel: 'alternate',
						hreflang: input.tagOf?.(l) ?? l,
						href: href(l),
					}),
				),
				textElement('xhtml:link', '', {
					rel: 'alternate',
					hreflang: 'x-default',
					href: href(input.defaultLanguage),
				}),
			]),
		)
	}
	return XML_DECLARATION + element('urlset', urls, { xmlns: SITEMAP_NS, 'xmlns:xhtml': XHTML_NS })
}

/** The sitemap index: one `<sitemap>` per part, at /sitemap/{n}.xml. */
export function renderSitemapIndex(input: {
	origin: string
	parts: number
	lastModified: Date | null
}) {
	const entries = Array.from({ length: input.parts }, (_, i) =>
		element('sitemap', [
			textElement('loc', `${input.origin}/sitemap/${i + 1}.xml`),
			...(input.lastModified ? [textElement('lastmod', input.lastModified.toISOString())] : []),
		]),
	)
	return XML_DECLARATION + element('sitemapindex', entries, { xmlns: SITEMAP_NS })
}

/** Paths crawlers are kept out of: what is private, personal, or costly to serve. */
export const ROBOTS_DISALLOW = [
	'/api/',
	'/download/',
	'/template-preview/',
	'/template-background/',
	'/*/workspace',
	'/*/review',
	'/*/adapt/',
	'/*/compare/',
	'/*/account',
	'/*/admin/',
	'/*/audit',
	'/*/inbox',
	'/*/team',
	'/*/reports',
	'/*/login',
	'/*/logout',
	'/*/forgot-password',
	'/*/reset-password/',
	'/*/invitations/',
]

export function renderRobots(origin: string) {
	return [
		'User-agent: *',
		...ROBOTS_DISALLOW.map((path) => `Disallow: ${path}`),
		'',
		`Sitemap: ${origin}/sitemap.xml`,
		'',
	].join('\n')
}
