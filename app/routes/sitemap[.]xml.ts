import {
	countSitemapParts,
	countSitemapUrls,
	sitemapUrlLimit,
	renderSitemap,
	renderSitemapIndex,
	SITEMAP_HEADERS,
} from '#app/domain/sitemap.ts'
import {
	DEFAULT_UI_LANGUAGE,
	languageTag,
	UI_LANGUAGES,
	type UiLanguage,
} from '#app/domain/languages.ts'
import { listSitemapPages } from '#app/models/sitemap.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'

/**
 * /sitemap.xml: every public page in every UI language; once that passes
 * 50,000 URLs or 50 MiB, the index of /sitemap/{n}.xml parts instead.
 */
export async function loader() {
	const pages = await listSitemapPages()
	const origin = appOrigin()
	const limit = sitemapUrlLimit({ origin, pages, languages: UI_LANGUAGES })
	const parts = countSitemapParts(countSitemapUrls(pages.length, UI_LANGUAGES), limit)
	const body =
		parts === 1
			? renderSitemap({
					origin,
					pages,
					languages: UI_LANGUAGES,
					tagOf: (l) => languageTag(l as UiLanguage),
					defaultLanguage: DEFAULT_UI_LANGUAGE,
					limit,
				})
			: renderSitemapIndex({ origin, parts, lastModified: newest(pages) })
	return new Response(body, { headers: SITEMAP_HEADERS })
}

function newest(pages: { lastModified: Date | null }[]) {
	return pages.reduce<Date | null>(
		(latest, page) =>
			page.lastModified && (!latest || page.lastModified > latest) ? page.lastModified : latest,
		null,
	)
}
