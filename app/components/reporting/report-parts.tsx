import { Link } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLabels } from '#app/components/vocab.tsx'
import { directionOf } from '#app/domain/languages.ts'
import { type ActivityCampaign, type ActivityFigures } from '#app/domain/reporting-activity.ts'
import { isVocabularyValue } from '#app/domain/vocabularies.ts'

/**
 * Pieces of a country report shown on its read view and on its edit page:
 * its status, a measure, the evidence it points at, a goal's potential
 * actions, and the activity figures of policy target 3.
 */

export interface MeasureData {
	id: string
	kind: string
	title: string
	lang: string
	description: string
	state: string
	stateComment: string
	announcedIn: string | null
	evidence: {
		type: 'campaign' | 'material'
		id: string
		title: string
		lang: string
		isPublic: boolean
	}[]
}

export function ReportStatus({ status }: { status: string }) {
	const { t } = useTranslation('reporting')
	return <span className={`status report-status--${status}`}>{t(`report.status.${status}`)}</span>
}

/** A text written by the country, in the language it was written in. */
export function CountryText({
	lang,
	children,
	as: Tag = 'p',
	className,
}: {
	lang: string
	children: ReactNode
	as?: 'p' | 'div' | 'span' | 'h3' | 'h4' | 'h5' | 'strong'
	className?: string
}) {
	return (
		<Tag lang={lang} dir={directionOf(lang)} className={className}>
			{children}
		</Tag>
	)
}

/** The campaigns and materials a measure points at; `linked` false names them only (print). */
export function EvidenceLinks({
	evidence,
	linked = true,
}: {
	evidence: MeasureData['evidence']
	linked?: boolean
}) {
	const { t, i18n } = useTranslation('reporting')
	if (evidence.length === 0) return null
	return (
		<div className="report-evidence">
			<p className="report-evidence__label">{t('report.measures.evidence')}</p>
			<ul>
				{evidence.map((e) => (
					<li key={`${e.type}:${e.id}`}>
						<span className="report-evidence__type">
							{t(e.type === 'campaign' ? 'report.evidence.campaign' : 'report.evidence.material')}
						</span>{' '}
						{e.isPublic && linked ? (
							<Link
								to={`/${i18n.language}/${e.type === 'campaign' ? 'campaigns' : 'materials'}/${e.id}`}
								lang={e.lang}
								dir={directionOf(e.lang)}
							>
								{e.title}
							</Link>
						) : (
							<bdi lang={e.lang}>{e.title}</bdi>
						)}
					</li>
				))}
			</ul>
		</div>
	)
}

/** A measure as the report says it: title, description, and for a carried one its state. */
export function MeasureView({
	measure,
	headingLevel = 5,
}: {
	measure: MeasureData
	headingLevel?: 4 | 5
}) {
	const { t } = useTranslation('reporting')
	const labels = useLabels()
	return (
		<>
			<CountryText
				lang={measure.lang}
				as={headingLevel === 4 ? 'h4' : 'h5'}
				className="report-measure__title"
			>
				{measure.title}
			</CountryText>
			<p className="report-measure__meta">
				{t('report.measures.writtenIn', { language: labels.language(measure.lang) })}
			</p>
			{measure.description ? (
				<CountryText lang={measure.lang} className="report-text">
					{measure.description}
				</CountryText>
			) : null}
			{measure.kind === 'carried' ? (
				<>
					<p>
						<strong>{t('report.measures.state')}</strong>{' '}
						{measure.state ? (
							<span className={`report-state report-state--${measure.state}`}>
								{t(`report.states.${measure.state}`)}
							</span>
						) : (
							<span className="report-missing">{t('report.measures.stateNotSaid')}</span>
						)}
					</p>
					{measure.stateComment ? (
						<p className="report-text" dir="auto">
							{measure.stateComment}
						</p>
					) : null}
				</>
			) : null}
			<EvidenceLinks evidence={measure.evidence} />
		</>
	)
}

/** The actions the founding texts suggest for a goal, folded: guidance, not questions. */
export function PotentialActions({ actions }: { actions: readonly string[] }) {
	const { t } = useTranslation('reporting')
	if (actions.length === 0) return null
	return (
		<details className="report-actions">
			<summary>{t('report.goal.actions', { count: actions.length })}</summary>
			<p>{t('report.goal.actionsIntro')}</p>
			<ul>
				{actions.map((action, i) => (
					<li key={i}>{action}</li>
				))}
			</ul>
		</details>
	)
}

function CountList({
	items,
	label,
}: {
	items: { key: string; count: number }[]
	label: (key: string) => string
}) {
	const labels = useLabels()
	const { t } = useTranslation('reporting')
	if (items.length === 0) return <p className="report-missing">{t('report.activity.none')}</p>
	return (
		<ul className="report-counts">
			{items.map((item) => (
				<li key={item.key}>
					<span>{label(item.key)}</span> <strong>{labels.number(item.count)}</strong>
				</li>
			))}
		</ul>
	)
}

/**
 * What the exchange knows of the country's work on policy target 3 during
 * the round's period: figures, then the lists behind them.
 */
export function ActivityFiguresView({
	figures,
	frozen,
	publicCampaigns,
	headingId,
}: {
	figures: ActivityFigures
	frozen: boolean
	publicCampaigns: readonly string[]
	headingId: string
}) {
	const { t, i18n } = useTranslation('reporting')
	const labels = useLabels()
	const lang = i18n.language
	// In the words of the campaign's page: a million views are not a million people.
	const reachText = (count: number, unit: ActivityCampaign['reachUnit']) =>
		t(`campaign.reached.${isVocabularyValue('reach', unit) ? unit : 'people'}`, {
			ns: 'common',
			count,
			formatted: labels.number(count),
		})
	const years = (start: number | null, end: number | null) =>
		start == null
			? ''
			: end == null
				? `${start}–`
				: start === end
					? String(start)
					: `${start}–${end}`
	return (
		<div className="report-activity__figures">
			<h4 id={headingId}>
				{t('report.activity.title', {
					start: labels.date(figures.periodStart),
					end: labels.date(figures.periodEnd),
				})}
			</h4>
			<p className="hint">{t(frozen ? 'report.activity.frozen' : 'report.activity.live')}</p>
			<ul className="figures report-figures">
				<li>
					<strong>{labels.number(figures.campaigns.length)}</strong>{' '}
					{t('report.activity.campaignCount', { count: figures.campaigns.length })}
				</li>
				<li>
					<strong>{labels.number(figures.materialsPublished)}</strong>{' '}
					{t('report.activity.materials', { count: figures.materialsPublished })}
				</li>
				<li>
					<strong>{labels.number(figures.adaptationsMade.count)}</strong>{' '}
					{t('report.activity.adaptationsMade', { count: figures.adaptationsMade.count })}
				</li>
				<li>
					<strong>{labels.number(figures.adaptationsReceived.count)}</strong>{' '}
					{t('report.activity.adaptationsReceived', { count: figures.adaptationsReceived.count })}
				</li>
				<li>
					<strong>{labels.number(figures.downloads)}</strong>{' '}
					{t('report.activity.downloads', { count: figures.downloads })}
				</li>
			</ul>
			<h5>{t('report.activity.campaigns')}</h5>
			{figures.campaigns.length === 0 ? (
				<p className="report-missing">{t('report.activity.noCampaigns')}</p>
			) : (
				<ul className="report-campaigns">
					{figures.campaigns.map((c) => (
						<li key={c.id}>
							{publicCampaigns.includes(c.id) ? (
								<Link to={`/${lang}/campaigns/${c.id}`} lang={c.lang} dir={directionOf(c.lang)}>
									{c.title}
								</Link>
							) : (
								<bdi lang={c.lang}>{c.title}</bdi>
							)}{' '}
							<span className="report-measure__meta">{years(c.startYear, c.endYear)}</span>
							<ul className="report-campaigns__facts">
								{c.reachCount != null ? (
									<li>
										{t('report.activity.reach', { reach: reachText(c.reachCount, c.reachUnit) })}
									</li>
								) : null}
								{c.evaluationMethod ? (
									<li>
										{t('report.activity.evaluation', {
											method: labels.vocab('evaluation', c.evaluationMethod),
										})}
									</li>
								) : null}
								{c.results ? (
									<li>
										{t('report.activity.results')}{' '}
										<CountryText lang={c.lang} as="span">
											{c.results}
										</CountryText>
									</li>
								) : null}
							</ul>
						</li>
					))}
				</ul>
			)}
			<div className="report-activity__lists">
				<div>
					<h5>{t('report.activity.byLanguage')}</h5>
					<CountList items={figures.byLanguage} label={labels.language} />
				</div>
				<div>
					<h5>{t('report.activity.byAudience')}</h5>
					<CountList items={figures.byAudience} label={(key) => labels.vocab('audience', key)} />
				</div>
				<div>
					<h5>{t('report.activity.madeFrom')}</h5>
					<CountList items={figures.adaptationsMade.fromCountries} label={labels.country} />
				</div>
				<div>
					<h5>{t('report.activity.receivedBy')}</h5>
					<CountList items={figures.adaptationsReceived.byCountries} label={labels.country} />
				</div>
			</div>
		</div>
	)
}
