import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation, useSubmit } from '@remix-run/react'
import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { CampaignCards, campaignStyles } from '#app/components/campaign-evidence.tsx'
import { FilterGroup } from '#app/components/filter-group.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import {
	CAMPAIGN_PAGE_SIZE,
	campaignSearchParams,
	emptyCampaignFilters,
	EVIDENCE_KINDS,
	hasActiveCampaignFilters,
	parseCampaignQuery,
	type CampaignFilterParam,
	type CampaignFilters,
	type CampaignSort,
} from '#app/domain/campaign-filters.ts'
import { MAX_QUERY_LENGTH } from '#app/domain/catalog-filters.ts'
import { AUDIENCES, CHANNELS, EVALUATION_METHODS, RISKS } from '#app/domain/vocabularies.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { searchCampaigns } from '#app/models/campaign-search.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'
import { isolate } from '#app/components/content-text.tsx'

/**
 * The public campaigns: what each country ran and what it can show for it,
 * searchable in every language the campaigns are described in and filtered
 * by country, topic, year, channel and evidence. A GET form: the URL holds
 * the whole search, and it works without JavaScript.
 */
// sharedPage: the same page for every reader without a session, kept by the page cache.
export const handle = { ownSearch: true, sharedPage: true }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const t = getFixedT(lang)
	const { q, filters, sort, page } = parseCampaignQuery(new URL(request.url).searchParams)
	const result = await searchCampaigns({
		q,
		filters,
		sort,
		page,
		pageSize: CAMPAIGN_PAGE_SIZE,
		uiLang: lang,
	})
	return {
		...result,
		filters,
		sort,
		title: q
			? `${t('campaigns.countFor', { count: result.total, formatted: String(result.total), q })} · ${t('app.name')}`
			: `${t('campaigns.title')} · ${t('app.name')}`,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: campaignStyles }]

export default function CampaignsIndex() {
	const data = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	const navigation = useNavigation()
	const submit = useSubmit()
	const lang = i18n.language
	const { filters, facets, q, sort } = data
	const first = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1
	const last = Math.min(data.total, data.page * data.pageSize)
	const filtered = hasActiveCampaignFilters(filters)
	const loading =
		navigation.state === 'loading' && navigation.location.pathname === `/${lang}/campaigns`
	const href = (params: URLSearchParams) => `/${lang}/campaigns${params.size ? `?${params}` : ''}`

	// With JavaScript a ticked filter or a new order applies at once; the
	// words wait for the search button (or Enter), as without it.
	const onChange = (event: FormEvent<HTMLFormElement>) => {
		const target = event.target as HTMLInputElement | HTMLSelectElement
		if (target.name === 'q') return
		submit(event.currentTarget, { preventScrollReset: true })
	}

	const options = (
		param: CampaignFilterParam,
		keys: readonly string[],
		label: (key: string) => string,
	) => {
		const counts = facets[param]
		const selected = (filters[param] as (string | number)[]).map(String)
		return keys
			.filter((key) => (counts[key] ?? 0) > 0 || selected.includes(key))
			.map((key) => ({ value: key, label: label(key), count: counts[key] ?? 0 }))
	}
	const present = (param: 'country' | 'year') => [
		...new Set([...Object.keys(facets[param]), ...filters[param].map(String)]),
	]
	const countries = present('country').sort((a, b) =>
		labels.compare(labels.country(a), labels.country(b)),
	)
	const years = present('year').sort((a, b) => Number(b) - Number(a))
	const vocab = (name: 'risk' | 'audience' | 'channel' | 'evaluation') => (key: string) =>
		labels.vocab(name, key)
	const sorts: CampaignSort[] = q ? ['relevance', 'recent', 'evidence'] : ['recent', 'evidence']

	let empty: string
	if (q)
		empty = filtered
			? t('campaigns.emptyQueryFiltered', { q: isolate(q) })
			: t('campaigns.emptyQuery', { q: isolate(q) })
	else empty = filtered ? t('campaigns.emptyFiltered') : t('campaigns.empty')

	return (
		<>
			<h1>{t('campaigns.title')}</h1>
			<p className="lead">{t('campaigns.intro')}</p>
			<Form
				method="get"
				className="catalog catalog--campaigns"
				role="search"
				aria-label={t('campaigns.searchLabel')}
				onChange={onChange}
			>
				<div className="catalog__search">
					<label htmlFor="campaign-q" className="catalog__search-label">
						{t('search.field')}
					</label>
					<div className="search-field">
						<input
							id="campaign-q"
							type="search"
							name="q"
							defaultValue={q}
							key={q}
							placeholder={t('campaigns.placeholder')}
							maxLength={MAX_QUERY_LENGTH}
							autoComplete="off"
							enterKeyHint="search"
							aria-describedby="campaign-q-hint"
						/>
						<button type="submit" className="button">
							{t('search.submit')}
						</button>
					</div>
					<p id="campaign-q-hint" className="hint">
						{t('campaigns.hint')}
					</p>
				</div>
				<div className="filters" role="group" aria-label={t('campaigns.filters')}>
					<FilterGroup
						param="country"
						legend={t('filters.country')}
						options={options('country', countries, labels.country)}
						filters={filters}
					/>
					<FilterGroup
						param="risk"
						legend={t('filters.risk')}
						options={options('risk', RISKS, vocab('risk'))}
						filters={filters}
					/>
					<FilterGroup
						param="audience"
						legend={t('filters.audience')}
						options={options('audience', AUDIENCES, vocab('audience'))}
						filters={filters}
					/>
					<FilterGroup
						param="year"
						legend={t('campaigns.year')}
						options={options('year', years, (y) => y)}
						filters={filters}
					/>
					<FilterGroup
						param="channel"
						legend={t('campaign.channels')}
						options={options('channel', CHANNELS, vocab('channel'))}
						filters={filters}
					/>
					<FilterGroup
						param="evaluation"
						legend={t('campaign.evaluation')}
						options={options('evaluation', EVALUATION_METHODS, vocab('evaluation'))}
						filters={filters}
					/>
					<FilterGroup
						param="evidence"
						legend={t('campaigns.evidence')}
						hint={t('campaigns.evidenceHint')}
						options={options('evidence', EVIDENCE_KINDS, (k) => t(`campaigns.evidenceKinds.${k}`))}
						filters={filters}
					/>
					<div className="filters__actions">
						<button type="submit" className="button">
							{t('catalog.apply')}
						</button>
						{filtered ? (
							<Link
								to={href(campaignSearchParams(emptyCampaignFilters(), { q, sort }))}
								className="button button--secondary"
							>
								{t('catalog.clear')}
							</Link>
						) : null}
					</div>
				</div>
				<section
					id="campaign-results"
					className="results"
					aria-labelledby="campaign-results-title"
					aria-busy={loading}
				>
					<div className="results-head">
						<h2 id="campaign-results-title" aria-live="polite">
							{q
								? t('campaigns.countFor', {
										count: data.total,
										formatted: labels.number(data.total),
										q: isolate(q),
									})
								: t('campaigns.count', { count: data.total, formatted: labels.number(data.total) })}
						</h2>
						<div className="field field--inline">
							<label htmlFor="campaign-sort">{t('campaigns.sort')}</label>
							<select id="campaign-sort" name="sort" defaultValue={sort} key={sort}>
								{sorts.map((s) => (
									<option key={s} value={s}>
										{t(`campaigns.sorts.${s}`)}
									</option>
								))}
							</select>
						</div>
					</div>
					{data.total > 0 ? (
						<p className="hint">
							{t('catalog.range', { first: labels.number(first), last: labels.number(last) })}
						</p>
					) : null}
					{data.items.length ? (
						<CampaignCards items={data.items} />
					) : (
						<div className="empty">
							<p>{empty}</p>
							{q ? <p>{filtered ? t('search.emptyHint') : t('campaigns.emptyHintWords')}</p> : null}
							{q || filtered ? (
								<Link to={`/${lang}/campaigns`}>
									{q ? t('search.clearQuery') : t('catalog.clear')}
								</Link>
							) : null}
						</div>
					)}
					<Pagination
						filters={filters}
						q={q}
						sort={sort}
						page={data.page}
						pageCount={data.pageCount}
					/>
				</section>
			</Form>
		</>
	)
}

function Pagination({
	filters,
	q,
	sort,
	page,
	pageCount,
}: {
	filters: CampaignFilters
	q: string
	sort: CampaignSort
	page: number
	pageCount: number
}) {
	const { t, i18n } = useTranslation()
	if (pageCount <= 1) return null
	const href = (p: number) =>
		`/${i18n.language}/campaigns?${campaignSearchParams(filters, { q, sort, page: p }).toString()}`
	return (
		<nav className="pagination" aria-label={t('catalog.pagination')}>
			{page > 1 ? (
				<Link to={href(page - 1)} rel="prev">
					{t('catalog.previous')}
				</Link>
			) : null}
			<span>{t('catalog.page', { page, pageCount })}</span>
			{page < pageCount ? (
				<Link to={href(page + 1)} rel="next">
					{t('catalog.next')}
				</Link>
			) : null}
		</nav>
	)
}
