import { Form, Link, useMatches } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ADAPTATION_STEPS, isAdaptationStep, type AdaptationStep } from '#app/domain/adaptation.ts'
import { directionOf } from '#app/domain/languages.ts'
import { Field } from './ui/field.tsx'
import { useLabels } from './vocab.tsx'

export { default as adaptationFlowStyles } from '#app/styles/adapt.css?url'

/**
 * The parts every page of an adaptation's guided flow shares: the steps
 * (where one is, what is done, a link to each step that can be opened) and
 * what the draft adapts, so that a first-time contributor always knows what
 * they are making and from what.
 */

export type StepState = 'done' | 'todo'

/** What a step's route exports as its `handle`. */
export type StepHandle = { step: AdaptationStep }

/** The step the page shows, from the `handle` of its route. */
export function useCurrentStep(): AdaptationStep | null {
	const matches = useMatches()
	for (const match of [...matches].reverse()) {
		const step = (match.handle as Partial<StepHandle> | undefined)?.step
		if (isAdaptationStep(step)) return step
	}
	return null
}

/**
 * The step indicator. `hrefs` gives a link for each step that can be
 * opened (none before the draft exists); the current step is marked for
 * assistive technology with aria-current="step".
 */
export function AdaptationSteps({
	current,
	states,
	hrefs,
}: {
	current: AdaptationStep
	states: Partial<Record<AdaptationStep, StepState>>
	hrefs?: Partial<Record<AdaptationStep, string>>
}) {
	const { t } = useTranslation('contribute')
	return (
		<nav className="steps" aria-label={t('adaptFlow.stepsLabel')}>
			<ol>
				{ADAPTATION_STEPS.map((step, i) => {
					const isCurrent = step === current
					const done = states[step] === 'done'
					const classes = ['steps__step']
					if (isCurrent) classes.push('steps__step--current')
					if (done) classes.push('steps__step--done')
					const label = (
						<>
							<span className="steps__number" aria-hidden="true">
								{done && !isCurrent ? '✓' : i + 1}
							</span>
							<span className="steps__label">
								<span className="visually-hidden">
									{t('adaptFlow.stepOf', { n: i + 1, steps: ADAPTATION_STEPS.length })}{' '}
								</span>
								{t(`adaptFlow.steps.${step}`)}
								{done ? <span className="visually-hidden"> ({t('adaptFlow.done')})</span> : null}
							</span>
						</>
					)
					const href = hrefs?.[step]
					return (
						<li key={step} className={classes.join(' ')}>
							{href ? (
								<Link to={href} aria-current={isCurrent ? 'step' : undefined}>
									{label}
								</Link>
							) : (
								<span aria-current={isCurrent ? 'step' : undefined}>{label}</span>
							)}
						</li>
					)
				})}
			</ol>
		</nav>
	)
}

export type AdaptedFrom = {
	kind: string | null
	materialId: string
	isPublic: boolean
	title: string
	lang: string
	countryCode: string
	/** The language the adaptation is made in. */
	targetLang: string
}

/**
 * "Adaptation of <the original> (its country, its language) into <language>",
 * with a link to the original while it is public.
 */
export function AdaptationOf({ from, action }: { from: AdaptedFrom; action?: ReactNode }) {
	const { t, i18n } = useTranslation('contribute')
	const labels = useLabels()
	const title = (
		<bdi lang={from.lang} dir={directionOf(from.lang)}>
			{from.title}
		</bdi>
	)
	return (
		<div className="adaptation-of" role="note" aria-label={t('adaptFlow.aboutLabel')}>
			<p>
				<strong>
					{t(from.kind === 'translation' ? 'adaptFlow.translationOf' : 'adaptFlow.adaptationOf')}
				</strong>{' '}
				{from.isPublic ? (
					<Link to={`/${i18n.language}/materials/${from.materialId}`}>{title}</Link>
				) : (
					title
				)}{' '}
				<span className="adaptation-of__facts">
					{t('adaptFlow.fromInto', {
						country: labels.country(from.countryCode),
						from: labels.language(from.lang),
						into: labels.language(from.targetLang),
					})}
				</span>
			</p>
			{action}
		</div>
	)
}

/**
 * What a country can do with a poster that is not a template: ask its
 * owner to make it one, or start anyway and put its own artwork in the
 * adaptation's template (step 3).
 */
export function TemplateMissing({
	owner,
	countryCode,
	versionId,
	requestedAt,
	requested,
	ownArtworkHref,
	action,
	level = 2,
}: {
	owner: string
	countryCode: string
	versionId: string
	requestedAt: string | null
	requested: boolean
	/** The adaptation's own template editor, once the draft exists. */
	ownArtworkHref?: string
	/** Where the request form posts (this page when omitted). */
	action?: string
	/** The level of its heading, under the page's own. */
	level?: 2 | 3
}) {
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	const ownerName = labels.country(owner)
	const Heading = level === 2 ? 'h2' : 'h3'
	const Subheading = level === 2 ? 'h3' : 'h4'
	return (
		<section className="panel" aria-labelledby="template-missing-title">
			<Heading id="template-missing-title" style={{ marginBlockStart: 0 }}>
				{t('adaptFlow.template.missingTitle')}
			</Heading>
			<p>{t('adaptFlow.template.missingIntro')}</p>
			<Subheading>{t('adaptFlow.template.askTitle', { country: ownerName })}</Subheading>
			{requestedAt || requested ? (
				<p className="notice">
					{t('adaptFlow.template.pending', {
						country: ownerName,
						date: labels.date(requestedAt ?? new Date().toISOString()),
					})}
				</p>
			) : (
				<Form method="post" action={action} className="form">
					<input type="hidden" name="intent" value="request-template" />
					<input type="hidden" name="countryCode" value={countryCode} />
					<input type="hidden" name="versionId" value={versionId} />
					<p className="hint">{t('adaptFlow.template.askHint', { country: ownerName })}</p>
					<Field
						label={t('adaptFlow.template.message')}
						name="message"
						maxLength={2000}
						id="template-request-message"
					/>
					<button type="submit" className="button button--secondary">
						{t('adaptFlow.template.ask')}
					</button>
				</Form>
			)}
			<Subheading>{t('adaptFlow.template.ownTitle')}</Subheading>
			<p>
				{ownArtworkHref ? (
					<>
						{t('adaptFlow.template.ownHint')}{' '}
						<Link to={ownArtworkHref}>{t('adaptFlow.template.ownLink')}</Link>
					</>
				) : (
					t('adaptFlow.template.ownLater')
				)}
			</p>
		</section>
	)
}
