import { type MetaDescriptor } from '@remix-run/node'
import {
	DEFAULT_UI_LANGUAGE,
	isUiLanguage,
	languageTag,
	UI_LANGUAGES,
	type UiLanguage,
} from '#app/domain/languages.ts'

/**
 * What the root loader gives every page's head: the public origin (absolute
 * URLs are the only ones other sites can use), the UI language, and the
 * site's name and tagline in it.
 */
export interface HeadBasics {
	origin: string
	lang: string
	siteName: string
	tagline: string
}

export interface PageHead {
	/** The document title; the site's name when not given. */
	title?: string
	/** The title a link preview shows (no site name after it); the title when not given. */
	shareTitle?: string
	description?: string
	/** OpenGraph's type: an article for one material or campaign, else a website. */
	type?: 'website' | 'article'
	image?: { url: string; width: number; height: number; type: string; alt: string } | null
	/** schema.org JSON-LD; Remix writes it with `<` escaped, so no text in it can end the script. */
	jsonLd?: object | null
	/** Atom feeds of this page's content, announced for feed readers. */
	feeds?: { href: string; title: string }[]
}

/** OpenGraph wants language_TERRITORY; these are the ones its readers know for ours. */
const OG_LOCALES: Record<UiLanguage, string> = {
	ar: 'ar_AR',
	bg: 'bg_BG',
	cs: 'cs_CZ',
	da: 'da_DK',
	de: 'de_DE',
	el: 'el_GR',
	en: 'en_GB',
	es: 'es_ES',
	et: 'et_EE',
	fi: 'fi_FI',
	fr: 'fr_FR',
	he: 'he_IL',
	hr: 'hr_HR',
	hu: 'hu_HU',
	hy: 'hy_AM',
	it: 'it_IT',
	ja: 'ja_JP',
	ka: 'ka_GE',
	km: 'km_KH',
	ko: 'ko_KR',
	lt: 'lt_LT',
	lv: 'lv_LV',
	nb: 'nb_NO',
	nl: 'nl_NL',
	pl: 'pl_PL',
	pt: 'pt_PT',
	ro: 'ro_RO',
	ru: 'ru_RU',
	sk: 'sk_SK',
	sl: 'sl_SI',
	sq: 'sq_AL',
	sr: 'sr_RS',
	sv: 'sv_SE',
	th: 'th_TH',
	tr: 'tr_TR',
	uk: 'uk_UA',
	vi: 'vi_VN',
	zh: 'zh_CN',
}

/**
 * The same page in another UI language: only the language prefix changes.
 * Paths without one (none today) are left as they are.
 */
export function pathInLanguage(pathname: string, lang: string) {
	const [, first, ...rest] = pathname.split('/')
	if (!isUiLanguage(first)) return pathname
	return `/${[lang, ...rest].join('/')}`
}

interface MetaArgs {
	location: { pathname: string; search: string }
	matches: { id: string; data: unknown }[]
	error?: unknown
}

/**
 * Every page's head: title and description, its canonical URL, the same
 * page in each UI language (and x-default for everyone else), OpenGraph and
 * Twitter cards, and its JSON-LD when it has one. Remix keeps only the
 * deepest route's meta, so each route's meta returns all of it.
 */
export function pageMeta(
	{ location, matches, error }: MetaArgs,
	head: PageHead = {},
): MetaDescriptor[] {
	const basics = matches.find((m) => m.id === 'root')?.data as HeadBasics | undefined
	const title = head.title ?? basics?.siteName
	const description = head.description || basics?.tagline
	const tags: MetaDescriptor[] = [{ title }]
	if (description) tags.push({ name: 'description', content: description })
	// An error page is no page of the site: nothing to point at or share.
	if (!basics || error) return tags

	const { origin, lang } = basics
	const url = `${origin}${location.pathname}${location.search}`
	const inLanguage = (l: string) =>
		`${origin}${pathInLanguage(location.pathname, l)}${location.search}`
	// The home page's bare address picks the reader's language; elsewhere the default language stands in.
	const isHome = location.pathname.replace(/\/$/, '') === `/${lang}`
	const xDefault = isHome ? `${origin}/` : inLanguage(DEFAULT_UI_LANGUAGE)
	tags.push({ tagName: 'link', rel: 'canonical', href: url })
	for (const l of UI_LANGUAGES)
		tags.push({ tagName: 'link', rel: 'alternate', hrefLang: languageTag(l), href: inLanguage(l) })
	tags.push({ tagName: 'link', rel: 'alternate', hrefLang: 'x-default', href: xDefault })
	for (const feed of head.feeds ?? [])
		tags.push({
			tagName: 'link',
			rel: 'alternate',
			type: 'application/atom+xml',
			title: feed.title,
			href: feed.href,
		})

	const shareTitle = head.shareTitle ?? title ?? basics.siteName
	tags.push(
		{ property: 'og:site_name', content: basics.siteName },
		{ property: 'og:type', content: head.type ?? 'website' },
		{ property: 'og:url', content: url },
		{ property: 'og:title', content: shareTitle },
		// No og:locale:alternate: Facebook fetches those by adding fb_locale to
		// this same URL, while here each language has its own URL, which the
		// hreflang links above already give (and 37 more tags would weigh on
		// every page).
		{ property: 'og:locale', content: isUiLanguage(lang) ? OG_LOCALES[lang] : lang },
		{ name: 'twitter:card', content: head.image ? 'summary_large_image' : 'summary' },
		{ name: 'twitter:title', content: shareTitle },
	)
	if (description)
		tags.push(
			{ property: 'og:description', content: description },
			{ name: 'twitter:description', content: description },
		)
	if (head.image)
		tags.push(
			{ property: 'og:image', content: head.image.url },
			{ property: 'og:image:type', content: head.image.type },
			{ property: 'og:image:width', content: String(head.image.width) },
			{ property: 'og:image:height', content: String(head.image.height) },
			{ property: 'og:image:alt', content: head.image.alt },
			{ name: 'twitter:image', content: head.image.url },
			{ name: 'twitter:image:alt', content: head.image.alt },
		)
	if (head.jsonLd) tags.push({ 'script:ld+json': head.jsonLd })
	return tags
}

/** The head of one material's or campaign's page: an article, from what its loader prepared. */
export function articleMeta(
	args: MetaArgs & {
		data?: {
			title?: string
			shareTitle?: string
			description?: string
			image?: PageHead['image']
			linkedData?: object | null
		} | null
	},
) {
	return pageMeta(args, {
		title: args.data?.title,
		shareTitle: args.data?.shareTitle,
		description: args.data?.description,
		type: 'article',
		image: args.data?.image,
		jsonLd: args.data?.linkedData,
	})
}
