import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation, useSubmit } from '@remix-run/react'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { MaterialCards } from '#app/components/material-card.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import {
	catalogSearchParams,
	emptyFilters,
	hasActiveFilters,
	MAX_QUERY_LENGTH,
	parseCatalogQuery,
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
import { searchMaterials } from '#app/models/search.server.ts'

/** Typing pauses this long before the results follow. */
const TYPING_DEBOUNCE_MS = 250

export const handle = { ownSearch: true }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const t = getFixedT(lang)
	// Invalid filter values are ignored here (a hand-edited or stale link
	// still shows a catalog); the API reports them instead.
	const { q, filters, page, pageSize } = parseCatalogQuery(new URL(request.url).searchParams)
	const result = await searchMaterials({ q, filters, page, pageSize, uiLang: lang })
	return {
		...result,
		filters,
		title: q
			? `${t('search.count', { count: result.total, formatted: String(result.total), q })} · ${t('app.name')}`
			: `${t('catalog.title')} · ${t('app.name')}`,
	}
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

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
		return sort ? list.sort((a, b) => a.label.localeCompare(b.label, lang)) : list
	}
	const vocab = (name: VocabularyName) => (key: string) => labels.vocab(name, key)
	const withSelected = (param: 'country' | 'lang') => [
		...new Set([...Object.keys(facets[param]), ...filters[param]]),
	]
	const href = (params: URLSearchParams) => `/${lang}/materials${params.size ? `?${params}` : ''}`

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
				<div className="filters" role="group" aria-label={t('catalog.filters')}>
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
						param="age"
						legend={t('filters.age')}
						options={options('age', AGE_BAND_KEYS, vocab('age'))}
						filters={filters}
					/>
					<FilterGroup
						param="type"
						legend={t('filters.type')}
						options={options('type', RESOURCE_TYPES, vocab('type'))}
						filters={filters}
					/>
					<FilterGroup
						param="lang"
						legend={t('filters.lang')}
						options={options('lang', withSelected('lang'), labels.language, true)}
						filters={filters}
					/>
					<FilterGroup
						param="country"
						legend={t('filters.country')}
						options={options('country', withSelected('country'), labels.country, true)}
						filters={filters}
					/>
					<FilterGroup
						param="licence"
						legend={t('filters.licence')}
						options={options('licence', LICENCES, vocab('licence'))}
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
				<section
					id="results"
					className="results"
					aria-labelledby="results-title"
					aria-busy={searching}
				>
					<div className="results-head">
						<h2 id="results-title" aria-live="polite">
							{q
								? t('search.count', { count: data.total, formatted: labels.number(data.total), q })
								: t('catalog.count', { count: data.total, formatted: labels.number(data.total) })}
						</h2>
						{data.total > 0 ? (
							<p>
								{t('catalog.range', { first: labels.number(first), last: labels.number(last) })}
							</p>
						) : null}
						{searching ? <p className="hint">{t('search.searching')}</p> : null}
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
					{data.items.length ? (
						<MaterialCards items={data.items} />
					) : (
						<div className="empty">
							<p>{q ? t('search.empty', { q }) : t('catalog.empty')}</p>
							{q ? <p>{t('search.emptyHint')}</p> : null}
							<Link to={`/${lang}/materials`}>
								{q ? t('search.clearQuery') : t('catalog.clear')}
							</Link>
						</div>
					)}
					<Pagination filters={filters} q={q} page={data.page} pageCount={data.pageCount} />
				</section>
			</Form>
		</>
	)
}

function FilterGroup({
	param,
	legend,
	options,
	filters,
}: {
	param: FilterParam
	legend: string
	options: { value: string; label: string; count: number }[]
	filters: CatalogFilters
}) {
	const labels = useLabels()
	if (!options.length) return null
	const selected = filters[param] as string[]
	return (
		<fieldset>
			<legend>{legend}</legend>
			{options.map((option) => (
				<label key={option.value}>
					<input
						type="checkbox"
						name={param}
						value={option.value}
						defaultChecked={selected.includes(option.value)}
						key={`${option.value}:${selected.includes(option.value)}`}
					/>
					<span className="filters__label">{option.label}</span>
					<span className="filters__count">{labels.number(option.count)}</span>
				</label>
			))}
		</fieldset>
	)
}

function Pagination({
	filters,
	q,
	page,
	pageCount,
}: {
	filters: CatalogFilters
	q: string
	page: number
	pageCount: number
}) {
	const { t, i18n } = useTranslation()
	if (pageCount <= 1) return null
	const href = (p: number) =>
		`/${i18n.language}/materials?${catalogSearchParams(filters, p, q).toString()}`
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
