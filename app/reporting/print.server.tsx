import { type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider, useTranslation } from 'react-i18next'
import {
	JointReportBody,
	type JointCharts,
	type JointTarget,
} from '#app/components/joint-report-view.tsx'
import {
	ActivityFiguresView,
	EvidenceLinks,
	type MeasureData,
} from '#app/components/reporting/report-parts.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { type JointFigures } from '#app/domain/joint-report.ts'
import { directionOf, type UiLanguage } from '#app/domain/languages.ts'
import { type ActivityFigures } from '#app/domain/reporting-activity.ts'
import { createI18n } from '#app/i18n/config.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'

/**
 * The print layout: a whole HTML document, with its styles inline and
 * nothing to fetch, that Chromium prints to PDF (./pdf.server.ts). It
 * renders the same components as the pages, so the PDF says what the page
 * says. Fonts come from the system: Noto for Latin, Arabic, Hebrew and the
 * CJK scripts, chosen by each text's `lang`.
 */

const PRINT_CSS = `
@page { size: A4; }
html { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans CJK SC', 'Noto Sans CJK JP', sans-serif; color: #1b2430; font-size: 10.5pt; line-height: 1.45; }
:lang(ar) { font-family: 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Noto Sans', sans-serif; }
:lang(he) { font-family: 'Noto Sans Hebrew', 'Noto Sans', sans-serif; }
:lang(zh) { font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; }
:lang(zh-TW), :lang(zh-Hant) { font-family: 'Noto Sans CJK TC', 'Noto Sans', sans-serif; }
:lang(ja) { font-family: 'Noto Sans CJK JP', 'Noto Sans', sans-serif; }
:lang(ko) { font-family: 'Noto Sans CJK KR', 'Noto Sans', sans-serif; }
h1 { font-size: 20pt; color: #0b4f8a; margin: 0 0 4pt; }
h2 { font-size: 14pt; color: #0b4f8a; margin: 16pt 0 6pt; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 10pt 0 4pt; break-after: avoid; }
a { color: inherit; text-decoration: none; }
.masthead { border-bottom: 2pt solid #0b4f8a; padding-bottom: 6pt; margin-bottom: 10pt; }
.masthead p { margin: 0; color: #4a5566; }
table { width: 100%; border-collapse: collapse; margin: 6pt 0 10pt; break-inside: auto; }
caption { text-align: start; font-weight: 600; padding: 2pt 0; }
th, td { text-align: start; border-bottom: 0.5pt solid #d5dbe3; padding: 3pt 5pt; vertical-align: top; }
thead th { background: #f4f6f9; }
tr { break-inside: avoid; }
.chart-block { break-inside: avoid; margin: 6pt 0; }
.chart-figure { margin: 0; }
.chart { display: block; width: 100%; height: auto; max-width: 100%; }
.chart text { white-space: pre; }
.chart-legend { list-style: none; display: flex; flex-wrap: wrap; gap: 10pt; padding: 0; margin: 0 0 4pt; font-size: 9pt; }
.chart-legend__swatch { display: inline-block; width: 9pt; height: 9pt; margin-inline-end: 4pt; vertical-align: middle; }
.figures { list-style: none; display: flex; gap: 12pt; padding: 0; }
.figures li { background: #f4f6f9; padding: 6pt 10pt; }
.figures strong { display: block; font-size: 16pt; color: #0b4f8a; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 4pt 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.facts__term { font-weight: 600; margin: 6pt 0 0; }
.prose { white-space: pre-line; margin: 2pt 0 6pt; }
.best-practices { list-style: none; padding: 0; }
.best-practices > li { border: 0.5pt solid #d5dbe3; padding: 6pt 10pt; margin-bottom: 8pt; break-inside: avoid; }
.hint { color: #4a5566; }
.measure { margin: 2pt 0 6pt; break-inside: avoid; }
.measure__meta { color: #4a5566; font-size: 9pt; }
.report-figures { flex-wrap: wrap; gap: 6pt; }
.report-figures li { flex: 1 1 22%; }
.report-missing { color: #4a5566; font-style: italic; }
.report-campaigns { padding-inline-start: 14pt; }
.report-campaigns > li { break-inside: avoid; margin-bottom: 3pt; }
.report-campaigns__facts { padding-inline-start: 12pt; color: #4a5566; }
.report-measure__meta { color: #4a5566; font-size: 9pt; }
.report-activity__lists { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16pt; }
.report-activity__lists h5 { margin: 6pt 0 2pt; font-size: 10pt; }
.report-counts { list-style: none; padding: 0; margin: 0; }
.report-counts li { display: flex; justify-content: space-between; gap: 8pt; border-bottom: 0.5pt dotted #d5dbe3; }
.report-evidence ul { margin: 0; padding-inline-start: 14pt; }
.report-evidence__label { font-weight: 600; margin: 2pt 0 0; font-size: 9pt; }
.report-evidence__type { color: #4a5566; }
`

function PrintDocument({
	lang,
	title,
	children,
}: {
	lang: UiLanguage
	title: string
	children: ReactNode
}) {
	return (
		<html lang={lang} dir={directionOf(lang)}>
			<head>
				<meta charSet="utf-8" />
				<title>{title}</title>
				<style dangerouslySetInnerHTML={{ __html: PRINT_CSS }} />
			</head>
			<body>
				<header className="masthead">
					<h1>{title}</h1>
				</header>
				{children}
			</body>
		</html>
	)
}

function render(lang: UiLanguage, node: ReactNode) {
	const i18n = createI18n(lang, RESOURCES[lang], RESOURCES.en)
	return `<!doctype html>${renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>)}`
}

export interface PrintRound {
	title: string
	periodStart: string
	periodEnd: string
	secretariatName: string
}

function Subtitle({ round }: { round: PrintRound }) {
	const { t } = useTranslation('reporting')
	const labels = useLabels()
	return (
		<>
			{t('rounds.period', {
				start: labels.date(round.periodStart),
				end: labels.date(round.periodEnd),
			})}{' '}
			· {t('rounds.secretariat', { country: round.secretariatName })}
		</>
	)
}

function JointPrint({
	figures,
	charts,
	targets,
	narratives,
	publishedAt,
}: {
	figures: JointFigures
	charts: JointCharts
	targets: JointTarget[]
	narratives: Record<string, string>
	publishedAt: string | null
}) {
	const { t } = useTranslation('reporting')
	const labels = useLabels()
	return (
		<>
			<p className="hint">
				{publishedAt ? t('joint.published', { date: labels.date(publishedAt) }) : t('joint.draft')}
			</p>
			<JointReportBody
				figures={figures}
				charts={charts}
				targets={targets}
				narrative={(key) =>
					narratives[key] ? (
						<p className="prose">{narratives[key]}</p>
					) : (
						<p className="hint">{t('joint.narrative.none')}</p>
					)
				}
			/>
		</>
	)
}

export function renderJointPrint(
	lang: UiLanguage,
	input: Parameters<typeof JointPrint>[0] & { round: PrintRound },
): string {
	const t = createI18n(lang, RESOURCES[lang], RESOURCES.en).getFixedT(lang, 'reporting')
	return render(
		lang,
		<PrintDocument lang={lang} title={t('joint.title', { round: input.round.title })}>
			<p className="hint">
				<Subtitle round={input.round} />
			</p>
			<JointPrint
				figures={input.figures}
				charts={input.charts}
				targets={input.targets}
				narratives={input.narratives}
				publishedAt={input.publishedAt}
			/>
		</PrintDocument>,
	)
}

export interface PrintReport {
	countryName: string
	status: string
	/** Policy target 3's figures of the period, as the report page shows them, and the narrative around them. */
	activity: { figures: ActivityFigures; frozen: boolean; narrative: string }
	targets: {
		key: string
		title: string
		lang: string
		hasActivity: boolean
		goals: {
			key: string
			title: string
			lang: string
			assessment: string
			assessmentText: string
			followUp: string
			measures: {
				kind: string
				state: string
				title: string
				lang: string
				description: string
				stateComment: string
				evidence: MeasureData['evidence']
			}[]
		}[]
	}[]
}

/**
 * A text the country wrote without saying its language (narrative,
 * assessment, follow-up, comment on a state): its first strong letter sets
 * its direction, so Hebrew in an English report reads right to left.
 */
function Prose({ children }: { children: string }) {
	return (
		<p className="prose" dir="auto">
			{children}
		</p>
	)
}

function ActivityPrint({ activity }: { activity: PrintReport['activity'] }) {
	const { t } = useTranslation('reporting')
	return (
		<section>
			<h3>{t('print.activity')}</h3>
			{/* Paper has nothing to follow: campaigns are named, not linked. */}
			<ActivityFiguresView
				headingId="activity-figures"
				figures={activity.figures}
				frozen={activity.frozen}
				publicCampaigns={[]}
			/>
			<h4>{t('report.activity.narrative')}</h4>
			{activity.narrative ? (
				<Prose>{activity.narrative}</Prose>
			) : (
				<p className="report-missing">{t('report.nothingYet')}</p>
			)}
		</section>
	)
}

function ReportPrint({ report }: { report: PrintReport }) {
	const { t } = useTranslation('reporting')
	return (
		<>
			<p className="hint">{t(`reportStatus.${report.status}`)}</p>
			{report.targets.map((target) => (
				<section key={target.key}>
					<h2 lang={target.lang} dir={directionOf(target.lang)}>
						{target.title}
					</h2>
					{target.hasActivity ? <ActivityPrint activity={report.activity} /> : null}
					{target.goals.map((goal) => (
						<div key={goal.key}>
							<h3 lang={goal.lang} dir={directionOf(goal.lang)}>
								{goal.title}
							</h3>
							{goal.assessment ? (
								<p>
									<strong>{t('print.assessment')}</strong> {t(`assessment.${goal.assessment}`)}
								</p>
							) : null}
							{goal.assessmentText ? <Prose>{goal.assessmentText}</Prose> : null}
							{goal.measures.length ? (
								goal.measures.map((m, i) => (
									<div className="measure" key={i}>
										<div lang={m.lang} dir={directionOf(m.lang)}>
											<strong>{m.title}</strong>
										</div>
										<div className="measure__meta">
											{t(`kind.${m.kind}`)}
											{m.kind === 'carried' ? ` · ${t(`state.${m.state || 'unstated'}`)}` : null}
										</div>
										{m.description ? (
											<p className="prose" lang={m.lang} dir={directionOf(m.lang)}>
												{m.description}
											</p>
										) : null}
										{m.stateComment ? <Prose>{m.stateComment}</Prose> : null}
										<EvidenceLinks evidence={m.evidence} linked={false} />
									</div>
								))
							) : (
								<p className="hint">{t('print.noMeasures')}</p>
							)}
							{goal.followUp ? (
								<>
									<p>
										<strong>{t('print.followUp')}</strong>
									</p>
									<Prose>{goal.followUp}</Prose>
								</>
							) : null}
						</div>
					))}
				</section>
			))}
		</>
	)
}

export function renderReportPrint(
	lang: UiLanguage,
	input: { round: PrintRound; report: PrintReport },
): string {
	const t = createI18n(lang, RESOURCES[lang], RESOURCES.en).getFixedT(lang, 'reporting')
	return render(
		lang,
		<PrintDocument
			lang={lang}
			title={t('print.reportTitle', {
				country: input.report.countryName,
				round: input.round.title,
			})}
		>
			<p className="hint">
				<Subtitle round={input.round} />
			</p>
			<ReportPrint report={input.report} />
		</PrintDocument>,
	)
}
