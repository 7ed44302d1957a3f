import {
	data as withStatus,
	type LinksFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation, useSubmit } from '@remix-run/react'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { CampaignCards, campaignStyles } from '#app/components/campaign-evidence.tsx'
import { cardFields, MaterialCards } from '#app/components/material-card.tsx'
import { PageOutOfRange, Pagination } from '#app/components/pagination.tsx'
import { FilterGroup } from '#app/components/filter-group.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import {
	catalogSearchParams,
	emptyFilters,
	hasActiveFilters,
	MAX_QUERY_LENGTH,
	parseCatalogQuery,
	toggleFilter,
	type CatalogFilters,
	type FilterParam,
} from '#app/domain/catalog-filters.ts'
import {
	AGE_BAND_KEYS,
	AUDIENCES,
	LICENCES,
	RESOURCE_TYPES,
	RISKS,
	type VocabularyName,
} from '#app/domain/vocabularies.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { emptyCampaignFilters } from '#app/domain/campaign-filters.ts'
import { searchCampaigns } from '#app/models/campaign-search.server.ts'
import { searchMaterials } from '#app/models/search.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { feedPath, feedTitle } from './__atom-feed.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'
import { isolate } from '#app/components/content-text.tsx'

/** Campaigns shown beside a search's materials; the rest are a link away. */
const CAMPAIGNS_BESIDE_SEARCH = 3

/** Typing pauses this long before the results follow. */
const TYPING_DEBOUNCE_MS = 250

/** From this width the filters stand beside the results (as app.css's .catalog grid). */
const WIDE_SCREEN = '(min-width: 801px)'

// sharedPage: the same page for every reader without a session, kept by the page cache.
export const handle = { ownSearch: true, sharedPage: true }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const t = getFixedT(lang)
	// Invalid filter values are ignored here (a hand-edited or stale link
	// still shows a catalog); the API reports them instead.
	const { q, filters, page, pageSize } = parseCatalogQuery(new URL(request.url).searchParams)
	const [result, campaigns] = await Promise.all([
		searchMaterials({ q, filters, page, pageSize, uiLang: lang }),
		// The same words among campaigns (the catalog's filters describe materials).
		q
			? searchCampaigns({
					q,
					filters: emptyCampaignFilters(),
					sort: 'relevance',
					page: 1,
					pageSize: CAMPAIGNS_BESIDE_SEARCH,
					uiLang: lang,
				})
			: null,
	])
	// A page past the last (an old link, a hand-edited URL) has nothing to
	// show: the page says so, and answers 404 so it is not kept as a page.
	const pastEnd = result.total > 0 && result.page > result.pageCount
	return withStatus(
		{
			...result,
			// Only what the cards show: every reader of the catalog downloads this page's data.
			items: result.items.map(cardFields),
			campaigns: campaigns && { items: campaigns.items, total: campaigns.total },
			filters,
			pastEnd,
			// "Follow this search": the same search as an Atom feed.
			feed: { path: feedPath(lang, q, filters), title: feedTitle(lang, q, filters) },
			origin: appOrigin(),
			title: q
				? `${t('search.count', { count: result.total, formatted: String(result.total), q })} · ${t('app.name')}`
				: `${t('catalog.title')} · ${t('app.name')}`,
		},
		{ status: pastEnd ? 404 : 200 },
	)
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, {
		title: args.data?.title,
		feeds: args.data
			? [{ href: `${args.data.origin}${args.data.feed.path}`, title: args.data.feed.title }]
			: [],
	})

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: campaignStyles }]

export default function Catalog() {
	const data = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	const navigation = useNavigation()
	const submit = useSubmit()
	const lang = i18n.language
	const { filters, facets, q } = data
	const first = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1
	const last = Math.min(data.total, data.page * data.pageSize)
	const searching =
		navigation.state === 'loading' && navigation.location.pathname === `/${lang}/materials`

	// The field follows the URL (back/forward, "did you mean"), except while
	// the reader is typing in it.
	const input = useRef<HTMLInputElement>(null)
	const [text, setText] = useState(q)
	useEffect(() => {
		if (document.activeElement !== input.current) setText(q)
	}, [q])

	// On a phone the filters are a disclosure above the results, closed, so the
	// results come first; on a wide screen they stand open beside them. The
	// page is rendered closed (the server cannot know the width): app.css
	// shows the content on wide screens at once, and this opens it for real.
	const filterPanel = useRef<HTMLDetailsElement>(null)
	useEffect(() => {
		if (filterPanel.current && window.matchMedia(WIDE_SCREEN).matches)
			filterPanel.current.open = true
	}, [])

	// Results follow the form as it changes: at once for a filter, after a
	// pause for typing. Each change is a GET navigation, so the URL always
	// holds the search; typing replaces the history entry instead of adding
	// one per keystroke.
	const timer = useRef<ReturnType<typeof setTimeout>>()
	useEffect(() => () => clearTimeout(timer.current), [])
	const onChange = (event: FormEvent<HTMLFormElement>) => {
		const form = event.currentTarget
		const typing = (event.target as HTMLInputElement).name === 'q'
		clearTimeout(timer.current)
		timer.current = setTimeout(
			() => submit(form, { replace: typing, preventScrollReset: true }),
			typing ? TYPING_DEBOUNCE_MS : 0,
		)
	}

	const options = (
		param: FilterParam,
		keys: readonly string[],
		label: (key: string) => string,
		sort = false,
	) => {
		const counts = facets[param]
		const selected = filters[param] as string[]
		const list = keys
			.filter((key) => (counts[key] ?? 0) > 0 || selected.includes(key))
			.map((key) => ({ value: key, label: label(key), count: counts[key] ?? 0 }))
		return sort ? list.sort((a, b) => labels.compare(a.label, b.label)) : list
	}
	const vocab = (name: VocabularyName) => (key: string) => labels.vocab(name, key)
	const withSelected = (param: 'country' | 'lang') => [
		...new Set([...Object.keys(facets[param]), ...filters[param]]),
	]
	const href = (params: URLSearchParams) => `/${lang}/materials${params.size ? `?${params}` : ''}`
	const pageHref = (page: number) => href(catalogSearchParams(filters, page, q))
	const groups: Record<FilterParam, { legend: string; label: (key: string) => string }> = {
		risk: { legend: t('filters.risk'), label: vocab('risk') },
		audience: { legend: t('filters.audience'), label: vocab('audience') },
		age: { legend: t('filters.age'), label: vocab('age') },
		type: { legend: t('filters.type'), label: vocab('type') },
		lang: { legend: t('filters.lang'), label: labels.language },
		country: { legend: t('filters.country'), label: labels.country },
		licence: { legend: t('filters.licence'), label: vocab('licence') },
	}
	const activeCount = Object.values(filters).reduce((sum, values) => sum + values.length, 0)

	return (
		<>
			<h1>{t('catalog.title')}</h1>
			<Form
				method="get"
				className="catalog"
				role="search"
				aria-label={t('search.label')}
				onChange={onChange}
			>
				<div className="catalog__search">
					<label htmlFor="q" className="catalog__search-label">
						{t('search.field')}
					</label>
					<div className="search-field">
						<input
							ref={input}
							id="q"
							type="search"
							name="q"
							value={text}
							onChange={(event) => setText(event.target.value)}
							placeholder={t('search.placeholder')}
							maxLength={MAX_QUERY_LENGTH}
							autoComplete="off"
							enterKeyHint="search"
							aria-describedby="q-hint"
							aria-controls="results"
						/>
						<button type="submit" className="button">
							{t('search.submit')}
						</button>
					</div>
					<p id="q-hint" className="hint">
						{t('search.hint')}
					</p>
				</div>
				<ActiveFilters filters={filters} q={q} groups={groups} />
				<details className="filters" ref={filterPanel}>
					<summary className="filters__toggle">
						{t('catalog.showFilters')}
						{activeCount ? (
							<>
								{' '}
								<span className="filters__selected">
									{t('catalog.selected', { count: activeCount })}
								</span>
							</>
						) : null}
					</summary>
					<div className="filters__body" role="group" aria-label={t('catalog.filters')}>
						<FilterGroup
							param="risk"
							legend={groups.risk.legend}
							options={options('risk', RISKS, groups.risk.label)}
							filters={filters}
						/>
						<FilterGroup
							param="audience"
							legend={groups.audience.legend}
							options={options('audience', AUDIENCES, groups.audience.label)}
							filters={filters}
						/>
						<FilterGroup
							param="age"
							legend={groups.age.legend}
							options={options('age', AGE_BAND_KEYS, groups.age.label)}
							filters={filters}
						/>
						<FilterGroup
							param="type"
							legend={groups.type.legend}
							options={options('type', RESOURCE_TYPES, groups.type.label)}
							filters={filters}
						/>
						<FilterGroup
							param="lang"
							legend={groups.lang.legend}
							options={options('lang', withSelected('lang'), groups.lang.label, true)}
							filters={filters}
						/>
						<FilterGroup
							param="country"
							legend={groups.country.legend}
							options={options('country', withSelected('country'), groups.country.label, true)}
							filters={filters}
						/>
						<FilterGroup
							param="licence"
							legend={groups.licence.legend}
							options={options('licence', LICENCES, groups.licence.label)}
							filters={filters}
						/>
						<div className="filters__actions">
							<button type="submit" className="button">
								{t('catalog.apply')}
							</button>
							{hasActiveFilters(filters) ? (
								<Link
									to={href(catalogSearchParams(emptyFilters(), 1, q))}
									className="button button--secondary"
								>
									{t('catalog.clear')}
								</Link>
							) : null}
						</div>
					</div>
				</details>
				<section
					id="results"
					className="results"
					aria-labelledby="results-title"
					aria-busy={searching}
				>
					{data.campaigns?.total ? (
						<section className="campaign-matches" aria-labelledby="campaign-matches-title">
							<h2 id="campaign-matches-title">{t('search.campaignsTitle', { q: isolate(q) })}</h2>
							<CampaignCards items={data.campaigns.items} compact />
							<p>
								<Link to={`/${lang}/campaigns?${new URLSearchParams({ q })}`}>
									{t('search.allCampaigns', {
										count: data.campaigns.total,
										formatted: labels.number(data.campaigns.total),
									})}
								</Link>
							</p>
						</section>
					) : null}
					<div className="results-head">
						<h2 id="results-title" aria-live="polite">
							{q
								? t('search.count', {
										count: data.total,
										formatted: labels.number(data.total),
										q: isolate(q),
									})
								: t('catalog.count', { count: data.total, formatted: labels.number(data.total) })}
						</h2>
						{data.items.length ? (
							<p>
								{t('catalog.range', { first: labels.number(first), last: labels.number(last) })}
							</p>
						) : null}
						{searching ? <p className="hint">{t('search.searching')}</p> : null}
						<FollowSearch href={data.feed.path} />
					</div>
					{data.didYouMean ? (
						<p className="did-you-mean">
							<Trans
								i18nKey="search.didYouMean"
								values={{ suggestion: data.didYouMean }}
								components={{
									corrected: <Link to={href(catalogSearchParams(filters, 1, data.didYouMean))} />,
								}}
							/>
						</p>
					) : null}
					{data.concepts.length ? (
						<p className="hint">
							{t('search.topics', {
								topics: labels.list([
									...new Set(data.concepts.map((c) => labels.vocab(c.vocabulary, c.key))),
								]),
							})}
						</p>
					) : null}
					{data.pastEnd ? (
						<PageOutOfRange page={data.page} pageCount={data.pageCount} href={pageHref} />
					) : data.items.length ? (
						<MaterialCards items={data.items} />
					) : (
						<NoResults q={q} filters={filters} />
					)}
					<Pagination page={data.page} pageCount={data.pageCount} href={pageHref} />
				</section>
			</Form>
		</>
	)
}

/** The search as an Atom feed, for a feed reader to follow. */
function FollowSearch({ href }: { href: string }) {
	const { t } = useTranslation()
	return (
		<p className="follow-search">
			<a href={href} type="application/atom+xml" aria-describedby="follow-search-hint">
				<svg
					aria-hidden="true"
					width="16"
					height="16"
					viewBox="0 0 16 16"
					fill="currentColor"
					style={{ verticalAlign: '-0.15em', marginInlineEnd: '0.35em' }}
				>
					<circle cx="3" cy="13" r="2" />
					<path d="M1 6.5v2.2A6.3 6.3 0 0 1 7.3 15h2.2A8.5 8.5 0 0 0 1 6.5Zm0-5v2.2A11.3 11.3 0 0 1 12.3 15h2.2A13.5 13.5 0 0 0 1 1.5Z" />
				</svg>
				{t('feed.follow')}
			</a>{' '}
			<span id="follow-search-hint" className="hint">
				{t('feed.followHint')}
			</span>
		</p>
	)
}

/**
 * The filters in force, each a link that removes it, above the results: on a
 * phone they stay in sight while the filter panel is closed.
 */
function ActiveFilters({
	filters,
	q,
	groups,
}: {
	filters: CatalogFilters
	q: string
	groups: Record<FilterParam, { legend: string; label: (key: string) => string }>
}) {
	const { t, i18n } = useTranslation()
	if (!hasActiveFilters(filters)) return null
	const catalog = (params: URLSearchParams) =>
		`/${i18n.language}/materials${params.size ? `?${params}` : ''}`
	const params = Object.keys(groups) as FilterParam[]
	return (
		<div className="active-filters">
			<h2 className="visually-hidden">{t('catalog.active')}</h2>
			<ul className="chips">
				{params.flatMap((param) =>
					(filters[param] as string[]).map((value) => (
						<li key={`${param}:${value}`}>
							<Link
								className="chip chip--removable"
								to={catalog(catalogSearchParams(toggleFilter(filters, param, value), 1, q))}
								title={groups[param].legend}
							>
								{groups[param].label(value)}
								<span className="visually-hidden"> {t('catalog.remove')}</span>
								<span className="chip__remove" aria-hidden="true">
									×
								</span>
							</Link>
						</li>
					)),
				)}
				<li>
					<Link to={catalog(catalogSearchParams(emptyFilters(), 1, q))} className="chip-link">
						{t('catalog.clear')}
					</Link>
				</li>
			</ul>
		</div>
	)
}

/**
 * Nothing to show, in words that fit what was asked: a search, filters,
 * both, or neither (a library with nothing published yet).
 */
function NoResults({ q, filters }: { q: string; filters: CatalogFilters }) {
	const { t, i18n } = useTranslation()
	const filtered = hasActiveFilters(filters)
	const catalog = (params: URLSearchParams) =>
		`/${i18n.language}/materials${params.size ? `?${params}` : ''}`
	if (!q && !filtered) {
		return (
			<div className="empty">
				<p>{t('catalog.emptyLibrary')}</p>
			</div>
		)
	}
	return (
		<div className="empty">
			<p>
				{q
					? filtered
						? t('search.empty', { q: isolate(q) })
						: t('search.emptyNoFilters', { q: isolate(q) })
					: t('catalog.empty')}
			</p>
			{q ? <p>{filtered ? t('search.emptyHint') : t('search.emptyHintNoFilters')}</p> : null}
			<p className="actions actions--center">
				{q ? (
					<Link to={catalog(catalogSearchParams(filters, 1, ''))}>{t('search.clearQuery')}</Link>
				) : null}
				{filtered ? (
					<Link to={catalog(catalogSearchParams(emptyFilters(), 1, q))}>{t('catalog.clear')}</Link>
				) : null}
			</p>
		</div>
	)
}
