import {
	data,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import { JointReportBody } from '#app/components/joint-report-view.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { evidenceIn, MAX_NARRATIVE } from '#app/domain/joint-report.ts'
import { directionOf } from '#app/domain/languages.ts'
import { isRoundSecretariat, mayReadRound } from '#app/domain/reporting.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import {
	listBestPracticeCandidates,
	saveJointNarrative,
	setBestPractice,
} from '#app/models/reporting/joint-report.server.ts'
import { getRound } from '#app/models/reporting/rounds.server.ts'
import { pdfAvailable } from '#app/reporting/pdf.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'
import { loadJointView, requireRoundReader, roundFacts } from './__reporting.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * The joint report of a round: participation, the measures per policy
 * target, the exchange's figures, the best practices, and the
 * secretariat's narrative per target. Readers see it once published (the
 * round closed); the secretariat sees it as it stands and writes it while
 * the round is open.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const viewer = await requireRoundReader(request, params.roundId ?? '', lang)
	const { round } = viewer
	const joint = await loadJointView(viewer, lang)
	const editable = viewer.secretariat && round.status === 'open'
	const candidates =
		editable && joint
			? (await listBestPracticeCandidates(round))
					.filter((c) => !joint.bestPracticeIds.includes(c.id))
					.map((c) => {
						const { lang: shownLang, evidence } = evidenceIn(c, lang)
						return {
							id: c.id,
							countryCode: c.countryCode,
							title: evidence?.title ?? c.id,
							lang: shownLang,
						}
					})
			: []
	const t = getFixedT(lang, 'reporting')
	return {
		title: `${t('joint.title', { round: round.title })} · ${getFixedT(lang)('app.name')}`,
		round: roundFacts(round, lang),
		joint,
		editable,
		candidates,
		pdf: pdfAvailable(),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

type ActionResult =
	| { ok: 'saved'; target: string }
	| { ok: 'best-practices' }
	| { error: string; target?: string; current?: string; text?: string }

export async function action({ request, params }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const round = await getRound(params.roundId ?? '')
	if (!round) throw new Response('Not found', { status: 404 })
	if (!isRoundSecretariat(user, round))
		throw mayReadRound(user, round)
			? new Response('Forbidden', { status: 403 })
			: new Response('Not found', { status: 404 })
	const form = await readForm(request, 256 * 1024)
	const intent = field(form, 'intent', 20)
	const status = (problem: string) =>
		problem === 'round-closed' || problem === 'conflict'
			? 409
			: problem === 'not-secretariat'
				? 403
				: 400
	switch (intent) {
		case 'narrative': {
			const targetKey = field(form, 'target', 20)
			const text = field(form, 'text', MAX_NARRATIVE + 1)
			const saved = await saveJointNarrative(user, round.id, {
				targetKey,
				seenRevision: Number(field(form, 'revision', 12)) || 0,
				base: field(form, 'base', MAX_NARRATIVE),
				text,
			})
			if (!saved.ok)
				return data<ActionResult>(
					{
						error: `joint.errors.${saved.problem}`,
						target: targetKey,
						current: 'current' in saved ? saved.current : undefined,
						text,
					},
					{ status: status(saved.problem) },
				)
			return data<ActionResult>({ ok: 'saved', target: targetKey })
		}
		case 'highlight':
		case 'unhighlight': {
			const result = await setBestPractice(user, round.id, {
				campaignId: field(form, 'campaign', 64),
				highlight: intent === 'highlight',
			})
			if (!result.ok)
				return data<ActionResult>(
					{ error: `joint.errors.${result.problem}` },
					{ status: status(result.problem) },
				)
			return data<ActionResult>({ ok: 'best-practices' })
		}
		default:
			throw new Response('Bad request', { status: 400 })
	}
}

export default function JointReport() {
	const { round, joint, editable, candidates, pdf } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as ActionResult | undefined
	const { t, i18n } = useTranslation('reporting')
	const labels = useLabels()
	const lang = i18n.language
	return (
		<>
			<p>
				<Link to={`/${lang}/reports/${round.id}`}>{round.title}</Link>
			</p>
			<h1>{t('joint.title', { round: round.title })}</h1>
			<p>
				{t('rounds.period', {
					start: labels.date(round.periodStart),
					end: labels.date(round.periodEnd),
				})}{' '}
				· {t('rounds.secretariat', { country: round.secretariatName })}
			</p>
			{!joint ? (
				<p className="notice">{t('joint.notPublished')}</p>
			) : (
				<>
					<p className="notice">
						{joint.publishedAt
							? t('joint.published', { date: labels.date(joint.publishedAt) })
							: t('joint.draft')}
					</p>
					<section aria-labelledby="joint-exports" className="panel">
						<h2 id="joint-exports">{t('exports.title')}</h2>
						<ul className="inline-list">
							<li>
								{pdf ? (
									<a href={`/${lang}/reports/${round.id}/joint.pdf`} download>
										{t('exports.pdf')}
									</a>
								) : (
									<span>{t('exports.pdfUnavailable')}</span>
								)}
							</li>
							<li>
								<a href={`/${lang}/reports/${round.id}/data.csv`} download>
									{t('exports.csv')}
								</a>
							</li>
							<li>
								<a href={`/${lang}/reports/${round.id}/data.json`} download>
									{t('exports.json')}
								</a>
							</li>
							<li>
								<a href={`/${lang}/reports/${round.id}/usage.csv`} download>
									{t('joint.usage.csv')}
								</a>
							</li>
						</ul>
					</section>
					{result && 'error' in result && !result.target ? (
						<FormMessage tone="error">{t(result.error)}</FormMessage>
					) : null}
					{result && 'ok' in result && result.ok === 'best-practices' ? (
						<FormMessage tone="ok">{t('joint.bestPractices.saved')}</FormMessage>
					) : null}
					<JointReportBody
						figures={joint.figures}
						charts={joint.charts}
						targets={joint.targets}
						narrative={(targetKey) =>
							editable ? (
								<NarrativeForm
									targetKey={targetKey}
									text={joint.narratives[targetKey] ?? ''}
									revision={joint.revision}
									result={result}
								/>
							) : joint.narratives[targetKey] ? (
								<p className="prose">{joint.narratives[targetKey]}</p>
							) : (
								<p className="hint">{t('joint.narrative.none')}</p>
							)
						}
					/>
					{editable ? (
						<section aria-labelledby="joint-choose" className="panel">
							<h2 id="joint-choose">{t('joint.bestPractices.choose')}</h2>
							<p>{t('joint.bestPractices.chooseExplain')}</p>
							{joint.figures.bestPractices.length ? (
								<ul className="stack">
									{joint.figures.bestPractices.map((c) => {
										const shown = evidenceIn(c, lang)
										return (
											<li key={c.id}>
												<Form method="post" className="actions">
													<input type="hidden" name="intent" value="unhighlight" />
													<input type="hidden" name="campaign" value={c.id} />
													<span lang={shown.lang} dir={directionOf(shown.lang)}>
														{shown.evidence?.title}
													</span>
													<button type="submit" className="button button--secondary button--small">
														{t('joint.bestPractices.remove')}
													</button>
												</Form>
											</li>
										)
									})}
								</ul>
							) : null}
							{candidates.length ? (
								<Form method="post" className="actions">
									<input type="hidden" name="intent" value="highlight" />
									<label htmlFor="best-practice-campaign">
										{t('joint.bestPractices.campaign')}
									</label>
									<select id="best-practice-campaign" name="campaign">
										{candidates.map((c) => (
											<option key={c.id} value={c.id} lang={c.lang}>
												{c.title} ({labels.country(c.countryCode)})
											</option>
										))}
									</select>
									<button type="submit" className="button">
										{t('joint.bestPractices.add')}
									</button>
								</Form>
							) : (
								<p className="hint">{t('joint.bestPractices.noCandidates')}</p>
							)}
						</section>
					) : null}
				</>
			)}
		</>
	)
}

function NarrativeForm({
	targetKey,
	text,
	revision,
	result,
}: {
	targetKey: string
	text: string
	revision: number
	result: ActionResult | undefined
}) {
	const { t } = useTranslation('reporting')
	const mine = result && 'target' in result && result.target === targetKey ? result : null
	const conflict = mine && 'error' in mine && mine.current !== undefined
	const id = `narrative-${targetKey}`
	return (
		<Form method="post" className="form form--wide" key={`${targetKey}-${revision}`}>
			<input type="hidden" name="intent" value="narrative" />
			<input type="hidden" name="target" value={targetKey} />
			<input type="hidden" name="revision" value={revision} />
			<input type="hidden" name="base" value={conflict ? (mine.current ?? '') : text} />
			{mine && 'ok' in mine ? (
				<FormMessage tone="ok">{t('joint.narrative.saved')}</FormMessage>
			) : null}
			{mine && 'error' in mine ? <FormMessage tone="error">{t(mine.error)}</FormMessage> : null}
			{conflict ? (
				<div className="notice">
					<p className="notice__title">{t('joint.narrative.theirs')}</p>
					<p className="prose">{mine.current}</p>
				</div>
			) : null}
			<div className="field">
				<label htmlFor={id}>{t('joint.narrative.label')}</label>
				<textarea
					id={id}
					name="text"
					rows={6}
					maxLength={MAX_NARRATIVE}
					defaultValue={mine && 'error' in mine ? (mine.text ?? text) : text}
				/>
			</div>
			<button type="submit" className="button">
				{t('joint.narrative.save')}
			</button>
		</Form>
	)
}
