import {
	countSitemapParts,
	countSitemapUrls,
	renderSitemap,
	renderSitemapIndex,
	SITEMAP_HEADERS,
} from '#app/domain/sitemap.ts'
import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES } from '#app/domain/languages.ts'
import { listSitemapPages } from '#app/models/sitemap.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'

/**
 * /sitemap.xml: every public page in every UI language; once that passes
 * 50,000 URLs, the index of /sitemap/{n}.xml parts instead.
 */
export async function loader() {
	const pages = await listSitemapPages()
	const origin = appOrigin()
	const parts = countSitemapParts(countSitemapUrls(pages.length, UI_LANGUAGES))
	const body =
		parts === 1
			? renderSitemap({
					origin,
					pages,
					languages: UI_LANGUAGES,
					defaultLanguage: DEFAULT_UI_LANGUAGE,
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
