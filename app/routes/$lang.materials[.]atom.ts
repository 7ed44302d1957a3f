import { createHash } from 'node:crypto'
import { type LoaderFunctionArgs } from '@remix-run/node'
import { parseCatalogQuery } from '#app/domain/catalog-filters.ts'
import { countryName } from '#app/domain/countries.ts'
import { isUiLanguage } from '#app/domain/languages.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { getFeedEntries } from '#app/models/material/feed.server.ts'
import { searchMaterials } from '#app/models/search.server.ts'
import { invariantResponse } from '#app/utils/http.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { feedPath, feedTitle, renderMaterialsFeed } from './__atom-feed.server.ts'

/** Entries in a feed: a reader polls often, so the newest are enough. */
const FEED_SIZE = 50

/** Feed readers poll; a few minutes' delay costs nothing. */
const FEED_MAX_AGE_SECONDS = 300

/**
 * An Atom feed of any catalog search: the newest materials with no
 * parameters, and the same `q` and filters as the catalog page otherwise
 * (`/en/materials.atom?country=FR`, `?risk=sextortion`, `?audience=…`,
 * `?lang=el`). Entries come in the search's order: newest first without
 * words, best match first with them.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	invariantResponse(isUiLanguage(params.lang), 404)
	const lang = params.lang
	const { q, filters } = parseCatalogQuery(new URL(request.url).searchParams)
	const result = await searchMaterials({ q, filters, page: 1, pageSize: FEED_SIZE, uiLang: lang })
	const entries = await getFeedEntries(
		result.items.map((item) => item.id),
		lang,
		filters.lang,
	)
	const origin = appOrigin()
	const t = getFixedT(lang)
	const vocab = getFixedT(lang, 'vocab')
	const self = feedPath(lang, q, filters)
	const xml = renderMaterialsFeed({
		origin,
		lang,
		title: `${feedTitle(lang, q, filters)} · ${t('app.name')}`,
		subtitle: t('app.tagline'),
		selfUrl: `${origin}${self}`,
		pageUrl: `${origin}${self.replace('/materials.atom', '/materials')}`,
		siteName: t('app.name'),
		entries,
		label: (vocabulary, key) =>
			vocabulary === 'country' ? countryName(key, lang) : vocab(`${vocabulary}.${key}`),
	})
	const etag = `"${createHash('sha256').update(xml).digest('base64url').slice(0, 27)}"`
	const headers = {
		'content-type': 'application/atom+xml; charset=utf-8',
		'cache-control': `public, max-age=${FEED_MAX_AGE_SECONDS}`,
		etag,
	}
	if (request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers })
	return new Response(xml, { headers })
}
