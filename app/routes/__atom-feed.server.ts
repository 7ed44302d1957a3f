import { Feed } from 'feed'
import { js2xml, xml2js, type Element } from 'xml-js'
import {
	catalogSearchParams,
	FILTER_PARAMS,
	type CatalogFilters,
} from '#app/domain/catalog-filters.ts'
import { countryName } from '#app/domain/countries.ts'
import { intlLocale, languageName, type UiLanguage } from '#app/domain/languages.ts'
import { licenceUri } from '#app/domain/licence.ts'
import { materialId } from '#app/domain/linked-data.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { type FeedEntry } from '#app/models/material/feed.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'

/**
 * Atom (RFC 4287) for lists of materials. `feed` writes the document; what
 * it cannot say is added to its tree here: each entry's language
 * (`xml:lang`), its licence as a link (RFC 4946), and its main file as an
 * enclosure with its real media type and length (`feed` guesses the type
 * from the URL's extension, which download URLs do not have).
 */

/**
 * The feed of a catalog search, as a path: the same parameters in a stable
 * order (one search, one feed id), without the page.
 */
export function feedPath(lang: string, q: string, filters: CatalogFilters) {
	const query = catalogSearchParams(filters, 1, q).toString()
	return `/${lang}/materials.atom${query ? `?${query}` : ''}`
}

/** "Newest materials", "Materials matching “…”", or "Newest materials: France and Sexual extortion". */
export function feedTitle(lang: UiLanguage, q: string, filters: CatalogFilters) {
	const t = getFixedT(lang)
	const vocab = getFixedT(lang, 'vocab')
	const named = FILTER_PARAMS.flatMap((param) =>
		(filters[param] as string[]).map((value) =>
			param === 'country'
				? countryName(value, lang)
				: param === 'lang'
					? languageName(value, lang)
					: vocab(`${param}.${value}`),
		),
	)
	const words = q ? t('feed.search', { q }) : t('feed.newest')
	// The filters all apply: "France and Sexual extortion", as the language joins words.
	const list = new Intl.ListFormat(intlLocale(lang), { style: 'long', type: 'conjunction' })
	return named.length ? t('feed.filtered', { what: words, filters: list.format(named) }) : words
}

/** A feed as the head of a page announces it: absolute, with its title. */
export function feedLink(lang: UiLanguage, q: string, filters: CatalogFilters) {
	return { href: `${appOrigin()}${feedPath(lang, q, filters)}`, title: feedTitle(lang, q, filters) }
}

export interface MaterialsFeed {
	origin: string
	/** UI language: labels, and the language of the feed's own text. */
	lang: string
	title: string
	subtitle: string
	/** This feed's own URL (its id and rel="self"). */
	selfUrl: string
	/** The catalog page that lists the same materials. */
	pageUrl: string
	siteName: string
	entries: FeedEntry[]
	/** Labels in the UI language: vocabulary values, countries, licences. */
	label: (vocabulary: 'audience' | 'risk' | 'type' | 'licence' | 'country', key: string) => string
}

/** Characters XML 1.0 forbids anywhere in a document (a title pasted from elsewhere can hold them). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

function xmlText(text: string) {
	return text.replace(NOT_XML, '')
}

/** Titles and summaries are sent as escaped HTML (type="html"): readers show the text as written. */
function asHtml(text: string) {
	return xmlText(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
}

export function renderMaterialsFeed(feed: MaterialsFeed) {
	const { origin, lang, entries, label } = feed
	const updated = entries.reduce<Date | null>(
		(latest, e) => (!latest || e.updatedAt > latest ? e.updatedAt : latest),
		null,
	)
	const writer = new Feed({
		id: feed.selfUrl,
		title: xmlText(feed.title),
		description: xmlText(feed.subtitle),
		link: feed.pageUrl,
		feed: feed.selfUrl,
		language: lang,
		favicon: `${origin}/favicon.svg`,
		generator: false,
		author: { name: xmlText(feed.siteName), link: `${origin}/${lang}` },
		// An empty list has nothing newer than now.
		updated: updated ?? new Date(),
	})
	for (const entry of entries) {
		writer.addItem({
			id: materialId(origin, entry.id),
			link: `${origin}/${lang}/materials/${entry.id}`,
			title: asHtml(entry.title),
			description: entry.description ? asHtml(entry.description) : undefined,
			date: entry.updatedAt,
			published: entry.publishedAt,
			author: [
				{
					name: xmlText(entry.organisation ?? label('country', entry.countryCode)),
					link: `${origin}/${lang}/countries/${entry.countryCode}`,
				},
			],
			// scheme + term is the catalog filtered on that value.
			category: [
				category(origin, 'country', entry.countryCode, label('country', entry.countryCode)),
				category(origin, 'type', entry.resourceType, label('type', entry.resourceType)),
				...entry.audiences.map((a) => category(origin, 'audience', a, label('audience', a))),
				...entry.risks.map((r) => category(origin, 'risk', r, label('risk', r))),
			],
			copyright: label('licence', entry.licence),
		})
	}
	return completeAtom(writer.atom1(), feed)
}

function category(origin: string, param: string, term: string, name: string) {
	return { term, name: xmlText(name), scheme: `${origin}/en/materials?${param}=` }
}

const link = (attributes: Record<string, string | number>): Element => ({
	type: 'element',
	name: 'link',
	attributes,
})

/**
 * xml-js takes "&amp;" in a text as already escaped and writes it as "&";
 * doubled beforehand, every text comes out as written.
 */
function keepAmpersands(element: Element) {
	if (element.type === 'text' && typeof element.text === 'string')
		element.text = element.text.replace(/&amp;/g, '&amp;amp;')
	element.elements?.forEach(keepAmpersands)
}

function setText(parent: Element, name: string, text: string) {
	const element = parent.elements?.find((e) => e.name === name)
	if (element) element.elements = [{ type: 'text', text }]
}

/** Adds to `feed`'s document what it cannot write itself (see the module's comment). */
function completeAtom(xml: string, feed: MaterialsFeed) {
	const tree = xml2js(xml, { compact: false }) as Element
	const root = tree.elements!.find((e) => e.name === 'feed')!
	root.attributes = { ...root.attributes, 'xml:lang': feed.lang }
	// `feed` writes a literal "&amp;" in plain text as "&": the texts a
	// person typed (a search, an organisation's name) are put back as written.
	setText(root, 'title', xmlText(feed.title))
	const entries = root.elements!.filter((e) => e.name === 'entry')
	entries.forEach((element, i) => {
		const entry = feed.entries[i]!
		element.attributes = { 'xml:lang': entry.lang }
		const children = element.elements!
		const author = children.find((e) => e.name === 'author')
		if (author && entry.organisation) setText(author, 'name', xmlText(entry.organisation))
		const alternate = children.find((e) => e.name === 'link')!
		alternate.attributes = { rel: 'alternate', type: 'text/html', ...alternate.attributes }
		const after = children.indexOf(alternate) + 1
		const added = [link({ rel: 'license', type: 'text/html', href: licenceUri(entry.licence) })]
		if (entry.mainFile)
			added.push(
				link({
					rel: 'enclosure',
					type: entry.mainFile.mediaType,
					length: entry.mainFile.byteSize,
					href: `${feed.origin}/download/${entry.mainFile.id}`,
				}),
			)
		children.splice(after, 0, ...added)
	})
	keepAmpersands(tree)
	return js2xml(tree, {
		spaces: 2,
		// Attribute values are the parsed strings: escape them for XML (xml-js
		// escapes only quotes).
		attributeValueFn: (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
	})
}
