import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { mayAccessMaterial, requireMaterialAccess } from '#app/auth/material-access.server.ts'
import { contentLanguage, ContentText, isolate } from '#app/components/content-text.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { MAX_REASON_LENGTH, transitionsFrom } from '#app/domain/moderation.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getWorkspaceMaterial } from '#app/models/material/queries.server.ts'
import {
	describeChangesSinceWithdrawal,
	describeRevision,
} from '#app/models/material/revisions.server.ts'
import { terminologyAdvice } from '#app/domain/terminology.ts'
import { RevisionChanges } from '#app/components/revision-changes.tsx'
import { TerminologyNotice } from '#app/components/terminology-notice.tsx'
import { transitionMaterial } from '#app/models/material/transitions.server.ts'
import { invariantResponse } from '#app/utils/http.server.ts'
import { appOrigin, field, readForm } from '#app/utils/request.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * A reviewer's view of one material: every language version with its
 * preview, the history, and the decisions its status allows (publish,
 * request changes with a reason, withdraw with a reason).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, material: scope } = await requireMaterialAccess(request, params.id, 'review')
	const material = await getWorkspaceMaterial(scope.id)
	invariantResponse(material, 404)
	const source = material.derivedFromVersion
	const confirm = new URL(request.url).searchParams.get('confirm')
	return {
		lang,
		title: material.versions[0]?.title ?? '',
		/** Publishing is confirmed on a second step, shown when the first was asked. */
		confirming: confirm === 'publish' && material.status === 'submitted',
		adaptedFrom: source
			? {
					kind: material.derivationKind,
					materialId: source.material.id,
					countryCode: source.material.countryCode,
					lang: source.lang,
					title: source.title,
					licence: source.material.licence,
					sourcePublished: source.material.status === 'published',
				}
			: null,
		revision: material.revisionOfId ? await describeRevision(material.id) : null,
		/** A withdrawn material edited in place: what changed since the public saw it. Asked only when the withdrawal kept something. */
		sinceWithdrawal: material.lastPublished
			? await describeChangesSinceWithdrawal(material.id, lang)
			: null,
		decisions: transitionsFrom(material.status)
			.filter((tr) => tr.action !== 'submit' && mayAccessMaterial(user, scope, tr.action))
			.map((tr) => ({ action: tr.action, needsReason: tr.needsReason })),
		material: {
			id: material.id,
			countryCode: material.countryCode,
			status: material.status,
			resourceType: material.resourceType,
			licence: material.licence,
			createdBy: material.createdBy?.name ?? null,
			audiences: material.audiences.map((a) => a.audience),
			risks: material.risks.map((r) => r.risk),
			versions: material.versions.map((v) => ({
				id: v.id,
				lang: v.lang,
				title: v.title,
				description: v.description,
				files: v.files.map((f) => ({ id: f.id, role: f.role, mediaType: f.asset.mediaType })),
				// What the country was advised after each save, the reviewer sees before deciding.
				terminology: terminologyAdvice(v.lang, [
					v.title,
					v.description,
					...v.segments.map((s) => s.text),
					v.extractedText,
				]),
			})),
			history: material.moderationEvents.map((e) => ({
				id: e.id,
				to: e.toStatus,
				by: e.user.name,
				reason: e.reason,
				at: e.createdAt.toISOString(),
			})),
		},
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	// Only reviewers; anyone else gets the 404 a missing material gets.
	const { user, material: scope } = await requireMaterialAccess(request, params.id, 'review')
	const form = await readForm(request)
	const decision = field(form, 'decision', 40)
	if (decision === 'submit') throw new Response('Forbidden', { status: 403 })
	// Publishing is a second step: the first click shows what will happen.
	if (decision === 'publish' && field(form, 'confirmed', 10) !== 'yes')
		throw redirect(`/${lang}/review/${scope.id}?confirm=publish`)
	const result = await transitionMaterial(
		user,
		scope.id,
		decision,
		field(form, 'reason', MAX_REASON_LENGTH + 1),
		{
			origin: appOrigin(),
		},
	)
	if (!result.ok) {
		if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
		if (result.problem === 'not-found') throw new Response('Not found', { status: 404 })
		return data(
			{ problem: `moderation.${result.problem}` },
			{ status: result.problem === 'reason-required' ? 400 : 409 },
		)
	}
	// A revision is published into the material it revises: that is the public page.
	const publicId = scope.revisionOfId ?? scope.id
	throw redirect(
		`/${lang}/review?done=${encodeURIComponent(result.status)}&material=${encodeURIComponent(publicId)}`,
	)
}

export default function ReviewMaterial() {
	const { material, decisions, lang, confirming, adaptedFrom, revision, sinceWithdrawal } =
		useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation('account')
	const labels = useLabels()
	const { dateTime } = labels
	const title = material.versions[0]
	return (
		<>
			<p>
				<Link to={`/${lang}/review`}>{t('review.back')}</Link>
			</p>
			<h1 {...contentLanguage(title?.lang)}>{title?.title}</h1>
			<p>
				<span className={`status status--${material.status}`}>
					{labels.vocab('status', material.status)}
				</span>{' '}
				{labels.country(material.countryCode)} · {labels.vocab('type', material.resourceType)}
				{material.createdBy ? (
					<>
						{' '}
						· <bdi>{material.createdBy}</bdi>
					</>
				) : null}
			</p>
			{result?.problem ? <FormMessage tone="error">{t(result.problem)}</FormMessage> : null}
			<section className="panel" aria-labelledby="what-title">
				<h2 id="what-title">{t('review.whatTitle')}</h2>
				<dl className="facts">
					<dt>{t('fields.licence')}</dt>
					<dd>
						{labels.vocab('licence', material.licence)}
						{adaptedFrom && adaptedFrom.licence !== material.licence
							? ` (${t('review.sourceLicence', { licence: labels.vocab('licence', adaptedFrom.licence) })})`
							: null}
					</dd>
					<dt>{t('fields.audiences')}</dt>
					<dd>{labels.list(material.audiences.map((a) => labels.vocab('audience', a)))}</dd>
					<dt>{t('fields.risks')}</dt>
					<dd>{labels.list(material.risks.map((r) => labels.vocab('risk', r)))}</dd>
				</dl>
				{adaptedFrom ? (
					<p>
						{t(
							adaptedFrom.kind === 'translation' ? 'review.translationOf' : 'review.adaptationOf',
							{
								country: labels.country(adaptedFrom.countryCode),
								language: labels.language(adaptedFrom.lang),
							},
						)}{' '}
						<bdi lang={adaptedFrom.lang}>{adaptedFrom.title}</bdi>{' '}
						<Link to={`/${lang}/compare/${material.id}`}>{t('review.compare')}</Link>
					</p>
				) : null}
				{revision ? (
					<>
						<p>
							{t('review.isRevision')}{' '}
							<Link to={`/${lang}/materials/${revision.publishedId}`}>
								{t('revision.publishedVersion')}
							</Link>
						</p>
						<h3>{t('revision.changesTitle')}</h3>
						<RevisionChanges changes={revision.changes} />
					</>
				) : null}
				{sinceWithdrawal ? (
					<>
						<p>{t('review.wasWithdrawn')}</p>
						<h3>{t('review.changesSinceWithdrawal')}</h3>
						<RevisionChanges changes={sinceWithdrawal} />
					</>
				) : null}
			</section>
			<div className="material">
				<div>
					{material.versions.map((v) => (
						<section key={v.id} className="version">
							<h2 className="version__head">
								<span className="version__lang">{labels.language(v.lang)}</span>{' '}
								<ContentText lang={v.lang}>{v.title}</ContentText>
							</h2>
							<p {...contentLanguage(v.lang)}>{v.description}</p>
							<TerminologyNotice id={v.id} lang={v.lang} terms={v.terminology} />
							{v.files
								.filter((f) => f.role === 'preview')
								.map((f) => (
									<img
										key={f.id}
										className="preview"
										src={`/files/${f.id}`}
										alt={t('review.previewOf', { title: v.title })}
									/>
								))}
						</section>
					))}
					<section className="panel" aria-labelledby="history-title">
						<h2 id="history-title">{t('moderation.history')}</h2>
						<ol className="history">
							{material.history.map((e) => (
								<li key={e.id}>
									{t('moderation.eventShort', {
										to: labels.vocab('status', e.to),
										by: isolate(e.by),
										at: dateTime(e.at),
									})}
									{e.reason ? (
										<p className="reason" dir="auto">
											{e.reason}
										</p>
									) : null}
								</li>
							))}
						</ol>
					</section>
				</div>
				<aside className="panel" aria-labelledby="decision-title">
					<h2 id="decision-title">{t('review.decision')}</h2>
					{decisions.length === 0 ? <p>{t('review.nothingToDecide')}</p> : null}
					{confirming ? (
						<Form method="post" className="form confirm" aria-labelledby="confirm-title">
							<h3 id="confirm-title">{t('review.confirmTitle')}</h3>
							<p>{t(revision ? 'review.confirmRevision' : 'review.confirmPublish')}</p>
							<input type="hidden" name="decision" value="publish" />
							<input type="hidden" name="confirmed" value="yes" />
							<button type="submit" className="button">
								{t('review.confirmButton')}
							</button>{' '}
							<Link to={`/${lang}/review/${material.id}`}>{t('review.cancel')}</Link>
						</Form>
					) : (
						decisions.map((d) => (
							<Form method="post" className="form" key={d.action}>
								<input type="hidden" name="decision" value={d.action} />
								{d.needsReason ? (
									<div className="field">
										<label htmlFor={`reason-${d.action}`}>{t(`review.reason.${d.action}`)}</label>
										<textarea
											id={`reason-${d.action}`}
											name="reason"
											required
											maxLength={MAX_REASON_LENGTH}
										/>
									</div>
								) : null}
								<button
									type="submit"
									className={d.action === 'publish' ? 'button' : 'button button--secondary'}
								>
									{t(`review.actions.${d.action}`)}
								</button>
							</Form>
						))
					)}
				</aside>
			</div>
		</>
	)
}
