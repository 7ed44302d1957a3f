import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { evidenceIn, titleIn, type JointFigures } from '#app/domain/joint-report.ts'
import { directionOf } from '#app/domain/languages.ts'
import { MEASURE_STATES } from '#app/domain/reporting.ts'
import { isVocabularyValue } from '#app/domain/vocabularies.ts'
import { CHART_COLOURS } from '#app/reporting/chart-colours.ts'
import { useLabels } from './vocab.tsx'

/**
 * The joint report's body, the same on the page and in the PDF: each chart
 * (an SVG drawn on the server, see app/reporting/charts.server.ts) with its
 * legend and a table of the same numbers, the measures per policy target
 * with their countries, the exchange's figures and the best practices.
 */

export interface JointCharts {
	participation: string
	measuresByKind: string
	carriedByState: string
	languages: string
}

export interface JointTarget {
	key: string
	title: string
	lang: string
}

const STATES = [...MEASURE_STATES, 'unstated'] as const

function Legend({ parts }: { parts: string[] }) {
	return (
		<ul className="chart-legend">
			{parts.map((part, i) => (
				<li key={part}>
					<span
						className="chart-legend__swatch"
						aria-hidden="true"
						style={{ background: CHART_COLOURS[i] }}
					/>
					{part}
				</li>
			))}
		</ul>
	)
}

/**
 * A table that scrolls sideways on a narrow screen: a named region that
 * takes the keyboard's focus, so it can be scrolled without a mouse.
 */
function ScrollRegion({
	className = 'table-scroll',
	label,
	children,
}: {
	className?: string
	label: string
	children: ReactNode
}) {
	return (
		<div className={className} role="region" aria-label={label} tabIndex={0}>
			{children}
		</div>
	)
}

/** A chart and, beside it, its numbers as a table. */
function ChartWithTable({
	id,
	svg,
	legend,
	label,
	children,
}: {
	id: string
	svg: string
	legend?: string[]
	/** What the table beside the chart holds (its caption). */
	label: string
	children: ReactNode
}) {
	return (
		<div className="chart-block" id={id}>
			<figure className="chart-figure">
				{legend ? <Legend parts={legend} /> : null}
				{/* An SVG the server drew from numbers and escaped labels; no script can be in it. */}
				<div className="chart-frame" dangerouslySetInnerHTML={{ __html: svg }} />
			</figure>
			<ScrollRegion className="chart-table" label={label}>
				{children}
			</ScrollRegion>
		</div>
	)
}

export function targetLabel(
	t: (key: string, options?: Record<string, unknown>) => string,
	key: string,
) {
	const number = /^t(\d+)$/.exec(key)?.[1]
	return number ? t('joint.targetNumber', { number }) : key
}

export function JointReportBody({
	figures,
	charts,
	targets,
	narrative,
	headingLevel = 2,
}: {
	figures: JointFigures
	charts: JointCharts
	targets: JointTarget[]
	/** The secretariat's narrative for a target: text, or the form that edits it. */
	narrative: (targetKey: string) => ReactNode
	headingLevel?: 2 | 3
}) {
	const { t, i18n } = useTranslation('reporting')
	const labels = useLabels()
	const lang = i18n.language
	const H = `h${headingLevel}` as 'h2'
	const H2 = `h${headingLevel + 1}` as 'h3'
	const countries = (codes: string[]) =>
		codes.length ? labels.list(codes.map((c) => labels.country(c))) : '—'
	const { participation, exchange } = figures
	const titleOf = new Map(targets.map((target) => [target.key, target]))
	return (
		<>
			<section aria-labelledby="joint-participation">
				<H id="joint-participation">{t('joint.participation.title')}</H>
				<p>
					{t('joint.participation.summary', {
						reported: labels.number(participation.reported),
						accepted: labels.number(participation.accepted),
						alliance: labels.number(participation.alliance),
					})}
				</p>
				<ChartWithTable
					id="chart-participation"
					svg={charts.participation}
					label={t('joint.participation.caption')}
					legend={[
						t('joint.participation.accepted'),
						t('joint.participation.submitted'),
						t('joint.participation.none'),
					]}
				>
					<table className="table">
						<caption>{t('joint.participation.caption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('joint.participation.joined')}</th>
								<th scope="col">{t('joint.participation.alliance')}</th>
								<th scope="col">{t('joint.participation.reported')}</th>
								<th scope="col">{t('joint.participation.accepted')}</th>
							</tr>
						</thead>
						<tbody>
							{participation.byYear.map((y) => (
								<tr key={y.year}>
									<th scope="row">{t('joint.participation.year', { year: y.year })}</th>
									<td>{labels.number(y.alliance)}</td>
									<td>{labels.number(y.reported)}</td>
									<td>{labels.number(y.accepted)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</ChartWithTable>
				<p>
					{t('joint.participation.acceptedFrom')} {countries(participation.acceptedCountries)}
				</p>
			</section>

			<section aria-labelledby="joint-measures">
				<H id="joint-measures">{t('joint.measures.title')}</H>
				<ChartWithTable
					id="chart-measures"
					svg={charts.measuresByKind}
					label={t('joint.measures.byKindCaption')}
					legend={[t('kind.in-place'), t('kind.announced'), t('kind.carried')]}
				>
					<table className="table">
						<caption>{t('joint.measures.byKindCaption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('joint.measures.target')}</th>
								<th scope="col">{t('kind.in-place')}</th>
								<th scope="col">{t('kind.announced')}</th>
								<th scope="col">{t('kind.carried')}</th>
							</tr>
						</thead>
						<tbody>
							{figures.targets.map((target) => (
								<tr key={target.key}>
									<th scope="row">{targetLabel(t, target.key)}</th>
									<td>{labels.number(target.inPlace.count)}</td>
									<td>{labels.number(target.announced.count)}</td>
									<td>
										{labels.number(
											Object.values(target.carried).reduce((sum, c) => sum + c.count, 0),
										)}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</ChartWithTable>
				<ChartWithTable
					id="chart-carried"
					svg={charts.carriedByState}
					label={t('joint.measures.byStateCaption')}
					legend={STATES.map((s) => t(`state.${s}`))}
				>
					<table className="table">
						<caption>{t('joint.measures.byStateCaption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('joint.measures.target')}</th>
								{STATES.map((s) => (
									<th scope="col" key={s}>
										{t(`state.${s}`)}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{figures.targets.map((target) => (
								<tr key={target.key}>
									<th scope="row">{targetLabel(t, target.key)}</th>
									{STATES.map((s) => (
										<td key={s}>{labels.number(target.carried[s].count)}</td>
									))}
								</tr>
							))}
						</tbody>
					</table>
				</ChartWithTable>
			</section>

			{figures.targets.map((target) => {
				const shown = titleOf.get(target.key)
				const rows = [
					{ key: 'in-place', label: t('kind.in-place'), value: target.inPlace },
					{ key: 'announced', label: t('kind.announced'), value: target.announced },
					...STATES.map((s) => ({
						key: s,
						label: t('joint.measures.carriedState', { state: t(`state.${s}`) }),
						value: target.carried[s],
					})),
				]
				return (
					<section key={target.key} aria-labelledby={`joint-target-${target.key}`}>
						<H id={`joint-target-${target.key}`}>
							{targetLabel(t, target.key)}
							{shown ? (
								<>
									{': '}
									<span lang={shown.lang} dir={directionOf(shown.lang)}>
										{shown.title}
									</span>
								</>
							) : null}
						</H>
						<H2>{t('joint.narrative.title')}</H2>
						{narrative(target.key)}
						<ScrollRegion
							label={t('joint.measures.targetCaption', { target: targetLabel(t, target.key) })}
						>
							<table className="table">
								<caption>
									{t('joint.measures.targetCaption', { target: targetLabel(t, target.key) })}
								</caption>
								<thead>
									<tr>
										<th scope="col">{t('joint.measures.measure')}</th>
										<th scope="col">{t('joint.measures.count')}</th>
										<th scope="col">{t('joint.measures.countries')}</th>
									</tr>
								</thead>
								<tbody>
									{rows.map((row) => (
										<tr key={row.key}>
											<th scope="row">{row.label}</th>
											<td>{labels.number(row.value.count)}</td>
											<td>{countries(row.value.countries)}</td>
										</tr>
									))}
								</tbody>
							</table>
						</ScrollRegion>
						{target.measures.length ? (
							<ScrollRegion
								label={t('joint.measures.listCaption', { target: targetLabel(t, target.key) })}
							>
								<table className="table">
									<caption>
										{t('joint.measures.listCaption', { target: targetLabel(t, target.key) })}
									</caption>
									<thead>
										<tr>
											<th scope="col">{t('joint.measures.country')}</th>
											<th scope="col">{t('joint.measures.measureTitle')}</th>
											<th scope="col">{t('joint.measures.kindColumn')}</th>
										</tr>
									</thead>
									<tbody>
										{target.measures.map((m, i) => (
											<tr key={i}>
												<td>{labels.country(m.countryCode)}</td>
												<td lang={m.lang} dir={directionOf(m.lang)}>
													{m.title}
												</td>
												<td>
													{t(`kind.${m.kind}`, { defaultValue: m.kind })}
													{m.kind === 'carried'
														? ` · ${t(`state.${m.state || 'unstated'}`, { defaultValue: m.state })}`
														: null}
												</td>
											</tr>
										))}
									</tbody>
								</table>
							</ScrollRegion>
						) : null}
					</section>
				)
			})}

			<section aria-labelledby="joint-exchange">
				<H id="joint-exchange">{t('joint.exchange.title')}</H>
				<ul className="figures">
					<li>
						<strong>{labels.number(exchange.materialsPublished)}</strong>{' '}
						{t('joint.exchange.materials', { count: exchange.materialsPublished })}
					</li>
					<li>
						<strong>{labels.number(exchange.byLanguage.length)}</strong>{' '}
						{t('joint.exchange.languages', { count: exchange.byLanguage.length })}
					</li>
					<li>
						<strong>{labels.number(exchange.adaptations)}</strong>{' '}
						{t('joint.exchange.adaptations', { count: exchange.adaptations })}
					</li>
				</ul>
				<ChartWithTable
					id="chart-languages"
					svg={charts.languages}
					label={t('joint.exchange.languagesCaption')}
				>
					<table className="table">
						<caption>{t('joint.exchange.languagesCaption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('joint.exchange.language')}</th>
								<th scope="col">{t('joint.exchange.materialsColumn')}</th>
							</tr>
						</thead>
						<tbody>
							{exchange.byLanguage.map((l) => (
								<tr key={l.key}>
									<th scope="row">{labels.language(l.key)}</th>
									<td>{labels.number(l.count)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</ChartWithTable>
				<H2>{t('joint.exchange.mostReused')}</H2>
				{exchange.mostReused.length ? (
					<ScrollRegion label={t('joint.exchange.mostReusedCaption')}>
						<table className="table">
							<caption>{t('joint.exchange.mostReusedCaption')}</caption>
							<thead>
								<tr>
									<th scope="col">{t('joint.exchange.material')}</th>
									<th scope="col">{t('joint.exchange.from')}</th>
									<th scope="col">{t('joint.exchange.adaptedBy')}</th>
								</tr>
							</thead>
							<tbody>
								{exchange.mostReused.map((m) => {
									const title = titleIn(m.titles, lang, m.originalLang)
									return (
										<tr key={m.materialId}>
											<th scope="row">
												<a href={`/${lang}/materials/${m.materialId}`}>
													<span lang={title.lang} dir={directionOf(title.lang)}>
														{title.title || m.materialId}
													</span>
												</a>
											</th>
											<td>{labels.country(m.countryCode)}</td>
											<td>
												{labels.number(m.countries.length)} ({countries(m.countries)})
											</td>
										</tr>
									)
								})}
							</tbody>
						</table>
					</ScrollRegion>
				) : (
					<p>{t('joint.exchange.noReuse')}</p>
				)}
			</section>

			<UsageFigures usage={figures.usage} headingLevel={headingLevel} />

			<section aria-labelledby="joint-best-practices">
				<H id="joint-best-practices">{t('joint.bestPractices.title')}</H>
				{figures.bestPractices.length ? (
					<ul className="best-practices">
						{figures.bestPractices.map((campaign) => {
							const { lang: shownLang, evidence } = evidenceIn(campaign, lang)
							return (
								<li key={campaign.id} className="panel">
									<H2 lang={shownLang} dir={directionOf(shownLang)}>
										<a href={`/${lang}/campaigns/${campaign.id}`}>{evidence?.title}</a>
									</H2>
									<dl className="facts">
										<dt>{t('joint.bestPractices.country')}</dt>
										<dd>{labels.country(campaign.countryCode)}</dd>
										<dt>{t('joint.bestPractices.years')}</dt>
										<dd>
											{campaign.startYear ?? '—'}–
											{campaign.endYear ?? t('joint.bestPractices.ongoing')}
										</dd>
										{campaign.reachCount != null ? (
											<>
												<dt>{t('campaign.reach', { ns: 'common' })}</dt>
												<dd>
													{/* In the campaign's own unit: a million views are not a million people. */}
													{t(
														`campaign.reached.${isVocabularyValue('reach', campaign.reachUnit) ? campaign.reachUnit : 'people'}`,
														{
															ns: 'common',
															count: campaign.reachCount,
															formatted: labels.number(campaign.reachCount),
														},
													)}
												</dd>
											</>
										) : null}
										{campaign.evaluationMethod ? (
											<>
												<dt>{t('joint.bestPractices.evaluation')}</dt>
												<dd>{labels.vocab('evaluation', campaign.evaluationMethod)}</dd>
											</>
										) : null}
									</dl>
									{(['summary', 'reach', 'results', 'lessonsLearned'] as const).map((part) =>
										evidence?.[part] ? (
											<div key={part}>
												<p className="facts__term">
													{part === 'reach'
														? t('campaign.reachNote', { ns: 'common' })
														: t(`joint.bestPractices.${part}`)}
												</p>
												<p lang={shownLang} dir={directionOf(shownLang)} className="prose">
													{evidence[part]}
												</p>
											</div>
										) : null,
									)}
								</li>
							)
						})}
					</ul>
				) : (
					<p>{t('joint.bestPractices.none')}</p>
				)}
			</section>
		</>
	)
}

/**
 * Use in other countries: how many notes, from which countries, and the
 * works used in the most countries. Figures published before use was
 * counted have none, and say so.
 */
function UsageFigures({
	usage,
	headingLevel,
}: {
	usage: JointFigures['usage']
	headingLevel: 2 | 3
}) {
	const { t, i18n } = useTranslation('reporting')
	const labels = useLabels()
	const lang = i18n.language
	const H = `h${headingLevel}` as 'h2'
	const H2 = `h${headingLevel + 1}` as 'h3'
	return (
		<section aria-labelledby="joint-usage">
			<H id="joint-usage">{t('joint.usage.title')}</H>
			{!usage ? (
				<p>{t('joint.usage.notCounted')}</p>
			) : (
				<>
					<p>{t('joint.usage.intro')}</p>
					<ul className="figures">
						<li>
							<strong>{labels.number(usage.notes)}</strong>{' '}
							{t('joint.usage.notes', { count: usage.notes })}
						</li>
						<li>
							<strong>{labels.number(usage.countries.length)}</strong>{' '}
							{t('joint.usage.countries', { count: usage.countries.length })}
						</li>
					</ul>
					{usage.countries.length ? (
						<p>
							{t('joint.usage.reportedBy')}{' '}
							{labels.list(usage.countries.map((c) => labels.country(c)))}
						</p>
					) : null}
					<H2>{t('joint.usage.mostUsed')}</H2>
					{usage.mostUsed.length ? (
						<ScrollRegion label={t('joint.usage.mostUsedCaption')}>
							<table className="table">
								<caption>{t('joint.usage.mostUsedCaption')}</caption>
								<thead>
									<tr>
										<th scope="col">{t('joint.usage.work')}</th>
										<th scope="col">{t('joint.usage.kindColumn')}</th>
										<th scope="col">{t('joint.usage.from')}</th>
										<th scope="col">{t('joint.usage.usedIn')}</th>
									</tr>
								</thead>
								<tbody>
									{usage.mostUsed.map((w) => {
										const title = titleIn(w.titles, lang, w.originalLang)
										return (
											<tr key={`${w.kind}:${w.id}`}>
												<th scope="row">
													<a href={`/${lang}/${w.kind}s/${w.id}`}>
														<span lang={title.lang} dir={directionOf(title.lang)}>
															{title.title || w.id}
														</span>
													</a>
												</th>
												<td>{t(`joint.usage.kind.${w.kind}`)}</td>
												<td>{labels.country(w.countryCode)}</td>
												<td>
													{labels.number(w.countries.length)} (
													{labels.list(w.countries.map((c) => labels.country(c)))})
												</td>
											</tr>
										)
									})}
								</tbody>
							</table>
						</ScrollRegion>
					) : (
						<p>{t('joint.usage.none')}</p>
					)}
				</>
			)}
		</section>
	)
}
