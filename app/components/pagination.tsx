import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useLabels } from './vocab.tsx'

/** Previous and next links around "Page 2 of 4"; nothing when everything fits on one page. */
export function Pagination({
	page,
	pageCount,
	href,
}: {
	page: number
	pageCount: number
	href: (page: number) => string
}) {
	const { t } = useTranslation()
	const labels = useLabels()
	if (pageCount <= 1 || page > pageCount) return null
	return (
		<nav className="pagination" aria-label={t('pagination.label')}>
			{page > 1 ? (
				<Link to={href(page - 1)} rel="prev">
					{t('pagination.previous')}
				</Link>
			) : null}
			<span>
				{t('pagination.page', {
					page: labels.number(page),
					pageCount: labels.number(pageCount),
				})}
			</span>
			{page < pageCount ? (
				<Link to={href(page + 1)} rel="next">
					{t('pagination.next')}
				</Link>
			) : null}
		</nav>
	)
}

/**
 * A page number past the last page (an old link, a hand-edited URL): said
 * plainly, with the way back, instead of "Showing 2,353–93" over nothing.
 */
export function PageOutOfRange({
	page,
	pageCount,
	href,
}: {
	page: number
	pageCount: number
	href: (page: number) => string
}) {
	const { t } = useTranslation()
	const labels = useLabels()
	return (
		<div className="empty" role="status">
			<p>
				{t('pagination.missing', {
					page: labels.number(page),
					count: pageCount,
					pageCount: labels.number(pageCount),
				})}
			</p>
			<Link to={href(pageCount)}>
				{pageCount > 1
					? t('pagination.toLast', { pageCount: labels.number(pageCount) })
					: t('pagination.toFirst')}
			</Link>
		</div>
	)
}
