import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { directionOf } from '#app/domain/languages.ts'
import type { MaterialCard as Card } from '#app/models/material/queries.server.ts'
import type { SearchItem } from '#app/models/search.server.ts'
import { Highlighted } from './highlighted.tsx'
import { ResponsiveImage } from './responsive-image.tsx'
import { useLabels } from './vocab.tsx'
import { isolate } from '#app/components/content-text.tsx'

/** The line saying which match brought a material through its lineage (search rule 8). */
const LINEAGE_KEYS = {
	adaptation: 'search.matchedLineageAdaptation',
	translation: 'search.matchedLineageTranslation',
	source: 'search.matchedLineageSource',
} as const

/** What a card shows; lists send only this (every reader of the catalog downloads it). */
type CardItem = Pick<
	Card,
	| 'id'
	| 'title'
	| 'lang'
	| 'languages'
	| 'countryCode'
	| 'resourceType'
	| 'derivationKind'
	| 'preview'
> & { hit?: SearchItem['hit'] }

/** A card's fields out of a material list's row, for a loader to send. */
export function cardFields<T extends CardItem>(item: T): CardItem {
	const { id, title, lang, languages, countryCode, resourceType, derivationKind, preview } = item
	return {
		id,
		title,
		lang,
		languages,
		countryCode,
		resourceType,
		derivationKind,
		preview,
		...(item.hit !== undefined ? { hit: item.hit } : {}),
	}
}

export function MaterialCards({ items }: { items: CardItem[] }) {
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

export function MaterialCard({ item }: { item: CardItem }) {
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	return (
		<article className="card">
			<div className="card__image">
				{item.preview ? (
					<ResponsiveImage
						fileId={item.preview.fileId}
						renditions={item.preview.renditions}
						sizes="(max-width: 800px) 100vw, 300px"
						alt=""
						width={item.preview.width ?? undefined}
						height={item.preview.height ?? undefined}
						loading="lazy"
					/>
				) : null}
			</div>
			<div className="card__body">
				<h3 className="card__title" lang={item.lang} dir={directionOf(item.lang)}>
					<Link to={`/${i18n.language}/materials/${item.id}`}>
						{item.hit ? <Highlighted html={item.hit.highlightedTitle} /> : item.title}
					</Link>
				</h3>
				{item.hit?.snippet ? (
					<p className="card__snippet" lang={item.hit.lang} dir={directionOf(item.hit.lang)}>
						<Highlighted html={item.hit.snippet} />
					</p>
				) : null}
				{item.hit?.matchedBy.kind === 'concept' ? (
					<p className="card__why">
						{t('search.matchedTopic', {
							topic: labels.vocab(item.hit.matchedBy.vocabulary, item.hit.matchedBy.key),
							term: isolate(item.hit.matchedBy.term),
						})}
					</p>
				) : item.hit?.matchedBy.kind === 'lineage' ? (
					<p className="card__why">
						{t(LINEAGE_KEYS[item.hit.matchedBy.relation], {
							title: isolate(item.hit.matchedBy.title),
						})}
					</p>
				) : item.hit && item.hit.lang !== i18n.language ? (
					<p className="card__why">
						{t('search.matchedIn', { language: labels.language(item.hit.lang) })}
					</p>
				) : null}
				<p className="card__meta">
					{labels.vocab('type', item.resourceType)} · {labels.country(item.countryCode)}
				</p>
				<p className="card__meta">
					{t('card.languages', {
						count: item.languages.length,
						list: labels.list(item.languages.map((l) => labels.language(l))),
					})}
				</p>
				{item.derivationKind ? (
					<p className="card__meta">{labels.vocab('derivation', item.derivationKind)}</p>
				) : null}
			</div>
		</article>
	)
}
