import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { directionOf } from '#app/domain/languages.ts'
import type { MaterialCard as Card } from '#app/models/material.server.ts'
import { useLabels } from './vocab.tsx'

export function MaterialCards({ items }: { items: Card[] }) {
	return (
		<ul className="cards">
			{items.map((item) => (
				<li key={item.id}>
					<MaterialCard item={item} />
				</li>
			))}
		</ul>
	)
}

export function MaterialCard({ item }: { item: Card }) {
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	return (
		<article className="card">
			<div className="card__image">
				{item.preview ? (
					<img
						src={`/files/${item.preview.fileId}`}
						alt=""
						width={item.preview.width ?? undefined}
						height={item.preview.height ?? undefined}
						loading="lazy"
					/>
				) : null}
			</div>
			<div className="card__body">
				<h3 className="card__title" lang={item.lang} dir={directionOf(item.lang)}>
					<Link to={`/${i18n.language}/materials/${item.id}`}>{item.title}</Link>
				</h3>
				<p className="card__meta">
					{labels.vocab('type', item.resourceType)} · {labels.country(item.countryCode)}
				</p>
				<p className="card__meta">
					{t('card.languages', { count: item.languages.length })}:{' '}
					{item.languages.map((l) => labels.language(l)).join(', ')}
				</p>
				{item.derivationKind ? (
					<p className="card__meta">{labels.vocab('derivation', item.derivationKind)}</p>
				) : null}
			</div>
		</article>
	)
}
