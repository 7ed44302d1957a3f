import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '#app/auth/session.server.ts'
import { FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { isEditableStatus, transitionsFrom } from '#app/domain/moderation.ts'
import { parseMaterialDraft } from '#app/domain/material-draft.ts'
import { can } from '#app/domain/permissions.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import {
	getMaterialScope,
	getWorkspaceMaterial,
	updateDraftMaterial,
} from '#app/models/material.server.ts'
import { transitionMaterial } from '#app/models/moderation.server.ts'
import { appOrigin, field, readForm } from '#app/utils/request.server.ts'
import { MaterialForm } from './__material-form.tsx'

/**
 * A material as its country sees it, in any status: the fields (editable
 * while it is a draft or sent back), "submit for review", and its history
 * with every reviewer's reason. A material of another country is a 404,
 * exactly as if it did not exist.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	const scope = await getMaterialScope(params.id ?? '')
	if (!scope || !can(user, 'read-draft', 'material', { countryCode: scope.countryCode })) {
		throw new Response('Not found', { status: 404 })
	}
	const material = (await getWorkspaceMaterial(scope.id))!
	const version = pickVersion(material.versions, material.originalLang, material.originalLang)
	const target = { countryCode: material.countryCode, ownerId: material.createdById }
	return {
		title: version?.title ?? '',
		lang,
		material: {
			id: material.id,
			countryCode: material.countryCode,
			status: material.status,
			resourceType: material.resourceType,
			licence: material.licence,
			originalLang: material.originalLang,
			ageMin: material.ageMin,
			ageMax: material.ageMax,
			audiences: material.audiences.map((a) => a.audience),
			risks: material.risks.map((r) => r.risk),
			createdBy: material.createdBy?.name ?? null,
			versions: material.versions.map((v) => ({
				id: v.id,
				lang: v.lang,
				title: v.title,
				description: v.description,
				files: v.files.map((f) => ({ id: f.id, role: f.role, mediaType: f.asset.mediaType })),
			})),
			history: material.moderationEvents.map((e) => ({
				id: e.id,
				from: e.fromStatus,
				to: e.toStatus,
				by: e.user.name,
				reason: e.reason,
				at: e.createdAt.toISOString(),
			})),
		},
		canEdit: isEditableStatus(material.status) && can(user, 'edit', 'material', target),
		canSubmit:
			transitionsFrom(material.status).some((tr) => tr.action === 'submit') &&
			can(user, 'submit', 'material', target),
		canReview: material.status === 'submitted' && can(user, 'publish', 'material', target),
	}
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const user = await requireUser(request)
	const scope = await getMaterialScope(params.id ?? '')
	// Another country's material answers exactly like a missing one.
	if (!scope || !can(user, 'read-draft', 'material', { countryCode: scope.countryCode })) {
		throw new Response('Not found', { status: 404 })
	}
	const target = { countryCode: scope.countryCode, ownerId: scope.createdById }
	const form = await readForm(request)
	const intent = field(form, 'intent', 40)
	if (intent === 'save') {
		if (!can(user, 'edit', 'material', target)) throw new Response('Forbidden', { status: 403 })
		if (!isEditableStatus(scope.status))
			return data({ errors: null, problem: 'moderation.not-editable' }, { status: 409 })
		form.set('draftId', scope.id)
		const parsed = parseMaterialDraft(form)
		if (!parsed.ok) return data({ errors: parsed.errors, problem: null }, { status: 400 })
		await updateDraftMaterial(user, scope.id, parsed.draft)
		throw redirect(`/${lang}/workspace/materials/${scope.id}?saved=1`)
	}
	if (intent === 'submit') {
		const result = await transitionMaterial(user, scope.id, 'submit', '', {
			origin: appOrigin(request),
		})
		if (!result.ok) {
			if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
			return data({ errors: null, problem: `moderation.${result.problem}` }, { status: 409 })
		}
		throw redirect(`/${lang}/workspace/materials/${scope.id}?submitted=1`)
	}
	return data({ errors: null, problem: 'errors.unknown-intent' }, { status: 400 })
}

export default function WorkspaceMaterial() {
	const { material, canEdit, canSubmit, canReview, lang } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const [params] = useSearchParams()
	const { t } = useTranslation('account')
	const labels = useLabels()
	const version =
		material.versions.find((v) => v.lang === material.originalLang) ?? material.versions[0]
	const { dateTime } = labels
	const lastReason = [...material.history].reverse().find((e) => e.reason)
	return (
		<>
			<p>
				<Link to={`/${lang}/workspace`}>{t('workspace.back')}</Link>
			</p>
			<h1 lang={version?.lang}>{version?.title || t('workspace.untitled')}</h1>
			<p>
				<span className={`status status--${material.status}`}>
					{labels.vocab('status', material.status)}
				</span>{' '}
				{labels.country(material.countryCode)}
				{material.status === 'published' ? (
					<>
						{' · '}
						<Link to={`/${lang}/materials/${material.id}`}>{t('workspace.publicPage')}</Link>
					</>
				) : null}
			</p>
			{params.get('saved') ? <FormMessage tone="ok">{t('draft.saved')}</FormMessage> : null}
			{params.get('submitted') ? (
				<FormMessage tone="ok">{t('moderation.submitted')}</FormMessage>
			) : null}
			{result?.problem ? <FormMessage tone="error">{t(result.problem)}</FormMessage> : null}
			{(material.status === 'changes-requested' || material.status === 'withdrawn') &&
			lastReason ? (
				<section className="panel" aria-labelledby="reason-title">
					<h2 id="reason-title">
						{t(
							material.status === 'withdrawn'
								? 'moderation.withdrawnBecause'
								: 'moderation.changesRequested',
						)}
					</h2>
					<p className="reason">{lastReason.reason}</p>
				</section>
			) : null}
			{canSubmit ? (
				<Form method="post" className="actions panel">
					<input type="hidden" name="intent" value="submit" />
					<p>{t('moderation.submitIntro')}</p>
					<button type="submit" className="button">
						{t('moderation.submit')}
					</button>
				</Form>
			) : null}
			{canReview ? (
				<p>
					<Link className="button" to={`/${lang}/review/${material.id}`}>
						{t('review.open')}
					</Link>
				</p>
			) : null}
			{canEdit ? (
				<section aria-labelledby="edit-title">
					<h2 id="edit-title">{t('draft.editTitle')}</h2>
					<MaterialForm
						key={material.id}
						serverErrors={result?.errors}
						submitLabel={t('draft.save')}
						values={{
							draftId: material.id,
							title: version?.title ?? '',
							description: version?.description ?? '',
							lang: material.originalLang,
							resourceType: material.resourceType,
							licence: material.licence,
							audiences: material.audiences,
							risks: material.risks,
							ageMin: material.ageMin,
							ageMax: material.ageMax,
						}}
						intent="save"
					/>
				</section>
			) : (
				<section className="panel">
					<p lang={version?.lang}>{version?.description}</p>
					<dl className="facts">
						<dt>{t('fields.type')}</dt>
						<dd>{labels.vocab('type', material.resourceType)}</dd>
						<dt>{t('fields.licence')}</dt>
						<dd>{labels.vocab('licence', material.licence)}</dd>
						<dt>{t('fields.audiences')}</dt>
						<dd>{material.audiences.map((a) => labels.vocab('audience', a)).join(', ')}</dd>
						<dt>{t('fields.risks')}</dt>
						<dd>{material.risks.map((r) => labels.vocab('risk', r)).join(', ')}</dd>
					</dl>
				</section>
			)}
			<section className="panel" aria-labelledby="history-title">
				<h2 id="history-title">{t('moderation.history')}</h2>
				{material.history.length === 0 ? (
					<p>{t('moderation.noHistory')}</p>
				) : (
					<ol className="history">
						{material.history.map((e) => (
							<li key={e.id}>
								{t('moderation.event', {
									from: labels.vocab('status', e.from),
									to: labels.vocab('status', e.to),
									by: e.by,
									at: dateTime(e.at),
								})}
								{e.reason ? <p className="reason">{e.reason}</p> : null}
							</li>
						))}
					</ol>
				)}
			</section>
		</>
	)
}
