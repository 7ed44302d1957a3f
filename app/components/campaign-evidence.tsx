import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import {
	campaignYears,
	costFormat,
	costPerPerson,
	type CampaignSummary,
	unitCostFormat,
} from '#app/domain/campaign-evidence.ts'
import { directionOf } from '#app/domain/languages.ts'
import { isVocabularyValue } from '#app/domain/vocabularies.ts'
import { Highlighted } from './highlighted.tsx'
import { useLabels } from './vocab.tsx'
import { isolate } from '#app/components/content-text.tsx'

/** The campaign cards' and evidence block's stylesheet, for the `links` of the routes that show them. */
export { default as campaignStyles } from '#app/styles/campaigns.css?url'

/** The comparable figures of a campaign: the same rows, in the same order, on every campaign. */
export interface EvidenceFigures {
	startYear: number | null
	endYear: number | null
	durationMonths: number | null
	reachCount: number | null
	reachUnit: string | null
	costAmount: number | null
	costCurrency: string | null
	evaluationMethod: string | null
}

/** Each figure as words in the reader's language, or null when the country did not report it. */
export function useEvidenceText() {
	const { t } = useTranslation()
	const labels = useLabels()
	return {
		years: (e: EvidenceFigures) => campaignYears(e.startYear, e.endYear) || null,
		duration: (e: EvidenceFigures) =>
			e.durationMonths !== null ? t('campaign.months', { count: e.durationMonths }) : null,
		reach: (e: EvidenceFigures) =>
			e.reachCount !== null
				? t(
						`campaign.reached.${isVocabularyValue('reach', e.reachUnit) ? e.reachUnit : 'people'}`,
						{ count: e.reachCount, formatted: labels.number(e.reachCount) },
					)
				: null,
		cost: (e: EvidenceFigures) =>
			e.costAmount !== null && e.costCurrency
				? labels.money(e.costAmount, costFormat(e.costCurrency))
				: null,
		costPerPerson: (e: EvidenceFigures) => {
			const each = costPerPerson(e)
			return each !== null && e.costCurrency
				? t('campaign.costPerPerson', {
						cost: labels.money(each, unitCostFormat(each, e.costCurrency)),
					})
				: null
		},
		evaluation: (e: EvidenceFigures) =>
			e.evaluationMethod ? labels.vocab('evaluation', e.evaluationMethod) : null,
	}
}

/**
 * The campaign's figures as a list of terms: years, duration, reach, cost,
 * evaluation. A figure the country did not report says so, so two
 * campaigns' blocks read side by side.
 */
export function EvidenceFacts({ evidence }: { evidence: EvidenceFigures }) {
	const { t } = useTranslation()
	const text = useEvidenceText()
	const missing = <span className="not-reported">{t('campaign.notReported')}</span>
	const perPerson = text.costPerPerson(evidence)
	return (
		<>
			<dt>{t('campaign.years')}</dt>
			<dd>{text.years(evidence) ?? missing}</dd>
			<dt>{t('campaign.duration')}</dt>
			<dd>{text.duration(evidence) ?? missing}</dd>
			<dt>{t('campaign.reach')}</dt>
			<dd>{text.reach(evidence) ?? missing}</dd>
			<dt>{t('campaign.cost')}</dt>
			<dd>
				{text.cost(evidence) ?? missing}
				{perPerson ? <span className="evidence__ratio">{perPerson}</span> : null}
			</dd>
			<dt>{t('campaign.evaluation')}</dt>
			<dd>{text.evaluation(evidence) ?? missing}</dd>
		</>
	)
}

/** Campaigns in a list; `compact` (beside a catalog search) leaves their figures to their page. */
export function CampaignCards({
	items,
	compact = false,
}: {
	items: CampaignSummary[]
	compact?: boolean
}) {
	return (
		<ul className="campaign-cards">
			{items.map((item) => (
				<li key={item.id}>
					<CampaignCard item={item} compact={compact} />
				</li>
			))}
		</ul>
	)
}

/** A campaign in a list: its title and summary (the words marked after a search), and its figures. */
export function CampaignCard({ item, compact }: { item: CampaignSummary; compact: boolean }) {
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	const text = item.hit?.lang ?? item.lang
	return (
		<article className="campaign-card">
			<h3 className="campaign-card__title" lang={item.lang} dir={directionOf(item.lang)}>
				<Link to={`/${i18n.language}/campaigns/${item.id}`}>
					{item.hit ? <Highlighted html={item.hit.highlightedTitle} /> : item.title}
				</Link>
			</h3>
			<p className="campaign-card__meta">
				{labels.country(item.countryCode)}
				{' · '}
				{t('campaigns.materials', { count: item.materialCount })}
				{item.isDemo ? (
					<>
						{' '}
						<span className="demo-badge">{t('material.demo')}</span>
					</>
				) : null}
			</p>
			<p className="campaign-card__summary" lang={text} dir={directionOf(text)}>
				{item.hit ? <Highlighted html={item.hit.snippet} /> : item.summary}
			</p>
			{item.hit?.matchedBy.kind === 'concept' ? (
				<p className="campaign-card__why">
					{t('search.matchedTopic', {
						topic: labels.vocab(item.hit.matchedBy.vocabulary, item.hit.matchedBy.key),
						term: isolate(item.hit.matchedBy.term),
					})}
				</p>
			) : item.hit && item.hit.lang !== i18n.language ? (
				<p className="campaign-card__why">
					{t('search.matchedIn', { language: labels.language(item.hit.lang) })}
				</p>
			) : null}
			{compact ? null : (
				<dl className="facts facts--compact">
					<EvidenceFacts evidence={item} />
				</dl>
			)}
		</article>
	)
}
