import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { MaterialCards } from '#app/components/material-card.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import {
	catalogSearchParams,
	hasActiveFilters,
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
import { listContributingCountries } from '#app/models/country.server.ts'
import { listPublishedLanguages, listPublishedMaterials } from '#app/models/material.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const t = getFixedT(lang)
	// Invalid filter values are ignored here (a hand-edited or stale link
	// still shows a catalog); the API reports them instead.
	const { filters, page, pageSize } = parseCatalogQuery(new URL(request.url).searchParams)
	const [result, countries, languages] = await Promise.all([
		listPublishedMaterials({ filters, page, pageSize, uiLang: lang }),
		listContributingCountries(),
		listPublishedLanguages(),
	])
	return {
		...result,
		filters,
		countries,
		languages,
		title: `${t('catalog.title')} · ${t('app.name')}`,
	}
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export default function Catalog() {
	const data = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	const lang = i18n.language
	const { filters } = data
	const first = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1
	const last = Math.min(data.total, data.page * data.pageSize)

	const vocabOptions = (name: VocabularyName, keys: readonly string[]) =>
		keys.map((key) => ({ value: key, label: labels.vocab(name, key) }))
	const countryOptions = data.countries
		.map((c) => ({ value: c.code, label: labels.country(c.code) }))
		.sort((a, b) => a.label.localeCompare(b.label, lang))
	const languageOptions = data.languages
		.map((l) => ({ value: l.code, label: labels.language(l.code) }))
		.sort((a, b) => a.label.localeCompare(b.label, lang))

	return (
		<>
			<h1>{t('catalog.title')}</h1>
			<div className="catalog">
				<Form method="get" className="filters" aria-label={t('catalog.filters')}>
					<FilterGroup param="risk" legend={t('filters.risk')} options={vocabOptions('risk', RISKS)} filters={filters} />
					<FilterGroup param="audience" legend={t('filters.audience')} options={vocabOptions('audience', AUDIENCES)} filters={filters} />
					<FilterGroup param="age" legend={t('filters.age')} options={vocabOptions('age', AGE_BAND_KEYS)} filters={filters} />
					<FilterGroup param="type" legend={t('filters.type')} options={vocabOptions('type', RESOURCE_TYPES)} filters={filters} />
					<FilterGroup param="lang" legend={t('filters.lang')} options={languageOptions} filters={filters} />
					<FilterGroup param="country" legend={t('filters.country')} options={countryOptions} filters={filters} />
					<FilterGroup param="licence" legend={t('filters.licence')} options={vocabOptions('licence', LICENCES)} filters={filters} />
					<div className="filters__actions">
						<button type="submit" className="button">
							{t('catalog.apply')}
						</button>
						{hasActiveFilters(filters) ? (
							<Link to={`/${lang}/materials`} className="button button--secondary">
								{t('catalog.clear')}
							</Link>
						) : null}
					</div>
				</Form>
				<section aria-labelledby="results-title">
					<div className="results-head">
						<h2 id="results-title" style={{ marginBlockStart: 0 }} aria-live="polite">
							{t('catalog.count', { count: data.total, formatted: labels.number(data.total) })}
						</h2>
						{data.total > 0 ? (
							<p>{t('catalog.range', { first: labels.number(first), last: labels.number(last) })}</p>
						) : null}
					</div>
					{data.items.length ? (
						<MaterialCards items={data.items} />
					) : (
						<div className="empty">
							<p>{t('catalog.empty')}</p>
							<Link to={`/${lang}/materials`}>{t('catalog.clear')}</Link>
						</div>
					)}
					<Pagination filters={filters} page={data.page} pageCount={data.pageCount} />
				</section>
			</div>
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
	options: { value: string; label: string }[]
	filters: CatalogFilters
}) {
	if (!options.length) return null
	const selected = filters[param] as string[]
	return (
		<fieldset>
			<legend>{legend}</legend>
			{options.map((option) => (
				<label key={option.value}>
					<input type="checkbox" name={param} value={option.value} defaultChecked={selected.includes(option.value)} />
					{option.label}
				</label>
			))}
		</fieldset>
	)
}

function Pagination({ filters, page, pageCount }: { filters: CatalogFilters; page: number; pageCount: number }) {
	const { t, i18n } = useTranslation()
	if (pageCount <= 1) return null
	const href = (p: number) => `/${i18n.language}/materials?${catalogSearchParams(filters, p).toString()}`
	return (
		<nav className="pagination" aria-label={t('catalog.pagination')}>
			{page > 1 ? <Link to={href(page - 1)} rel="prev">{t('catalog.previous')}</Link> : null}
			<span>{t('catalog.page', { page, pageCount })}</span>
			{page < pageCount ? <Link to={href(page + 1)} rel="next">{t('catalog.next')}</Link> : null}
		</nav>
	)
}
