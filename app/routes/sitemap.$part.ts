import { type LoaderFunctionArgs } from '@remix-run/node'
import {
	countSitemapParts,
	countSitemapUrls,
	sitemapUrlLimit,
	renderSitemap,
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

/** /sitemap/{n}.xml: part n of a sitemap too large for one file (see /sitemap.xml). */
export async function loader({ params }: LoaderFunctionArgs) {
	const part = /^([1-9]\d{0,5})\.xml$/.exec(params.part ?? '')
	if (!part) return new Response('Not found', { status: 404 })
	const pages = await listSitemapPages()
	const origin = appOrigin()
	const limit = sitemapUrlLimit({ origin, pages, languages: UI_LANGUAGES })
	const parts = countSitemapParts(countSitemapUrls(pages.length, UI_LANGUAGES), limit)
	const n = Number(part[1])
	// A single-file sitemap is /sitemap.xml itself, not a part.
	if (parts === 1 || n > parts) return new Response('Not found', { status: 404 })
	const body = renderSitemap({
		origin,
		pages,
		languages: UI_LANGUAGES,
		tagOf: (l) => languageTag(l as UiLanguage),
		defaultLanguage: DEFAULT_UI_LANGUAGE,
		part: n,
		limit,
	})
	return new Response(body, { headers: SITEMAP_HEADERS })
}
