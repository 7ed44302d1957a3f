import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LinksFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import {
	assertMaterialAccess,
	mayAccessMaterial,
	requireMaterialAccess,
} from '#app/auth/material-access.server.ts'
import { contentLanguage, ContentText, isolate } from '#app/components/content-text.tsx'
import { AdaptationOf, adaptationFlowStyles } from '#app/components/adaptation-flow.tsx'
import { FileUpload } from '#app/components/file-upload.tsx'
import { FileDownloads, type DownloadableFile } from '#app/components/file-downloads.tsx'
import { Field, FormMessage } from '#app/components/ui/field.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { CONTENT_LANGUAGES, directionOf } from '#app/domain/languages.ts'
import { isEditableStatus, transitionsFrom } from '#app/domain/moderation.ts'
import { parseMaterialDraft, parseMaterialVersion } from '#app/domain/material-draft.ts'
import { terminologyAdvice } from '#app/domain/terminology.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { listCampaignChoices } from '#app/models/campaign.server.ts'
import { detachFile } from '#app/models/material/files.server.ts'
import { addMaterialVersion, updateDraftMaterial } from '#app/models/material/drafts.server.ts'
import { getWorkspaceMaterial } from '#app/models/material/queries.server.ts'
import {
	describeChangesSinceWithdrawal,
	describeRevision,
	openRevision,
} from '#app/models/material/revisions.server.ts'
import { MaterialChangeRefused } from '#app/models/material/unit-of-work.server.ts'
import { RevisionChanges } from '#app/components/revision-changes.tsx'
import { TerminologyNotice } from '#app/components/terminology-notice.tsx'
import { transitionMaterial } from '#app/models/material/transitions.server.ts'
import { appOrigin, field, readForm } from '#app/utils/request.server.ts'
import { MaterialForm } from './__material-form.tsx'
import { handleMaterialUpload, uploadLimitsMb } from './__upload.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * A material as its country sees it, in any status: the fields (editable
 * while it is a draft or sent back), "submit for review", and its history
 * with every reviewer's reason. A material of another country is a 404,
 * exactly as if it did not exist.
 */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: adaptationFlowStyles }]

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, material: scope } = await requireMaterialAccess(request, params.id, 'read-draft')
	const material = (await getWorkspaceMaterial(scope.id))!
	const version = pickVersion(material.versions, material.originalLang, material.originalLang)
	const canEdit = isEditableStatus(material.status) && mayAccessMaterial(user, scope, 'edit')
	// The campaigns it may move to: its own country's.
	const campaigns = await listCampaignChoices([material.countryCode], lang)
	return {
		title: version?.title ?? '',
		lang,
		campaigns: canEdit ? campaigns : [],
		material: {
			id: material.id,
			countryCode: material.countryCode,
			campaign: campaigns.find((c) => c.id === material.campaignId) ?? null,
			status: material.status,
			resourceType: material.resourceType,
			licence: material.licence,
			originalLang: material.originalLang,
			ageMin: material.ageMin,
			ageMax: material.ageMax,
			organisation: material.organisation,
			organisationContact: material.organisationContact,
			audiences: material.audiences.map((a) => a.audience),
			risks: material.risks.map((r) => r.risk),
			accessibility: material.accessibility.map((a) => a.feature),
			createdBy: material.createdBy?.name ?? null,
			versions: material.versions.map((v) => ({
				id: v.id,
				lang: v.lang,
				title: v.title,
				description: v.description,
				// The terminology check runs on every save: its advice is shown with the version.
				terminology: terminologyAdvice(v.lang, [
					v.title,
					v.description,
					...v.segments.map((s) => s.text),
					v.extractedText,
				]),
				files: v.files.map((f) => ({
					id: f.id,
					role: f.role,
					rendered: f.rendered,
					fileName: f.fileName,
					mediaType: f.asset.mediaType,
					kind: f.asset.kind,
					byteSize: f.asset.byteSize,
					width: f.asset.width,
					height: f.asset.height,
					durationMs: f.asset.durationMs,
					pageCount: f.asset.pageCount,
				})),
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
		canEdit,
		limits: uploadLimitsMb(),
		canSubmit:
			transitionsFrom(material.status).some((tr) => tr.action === 'submit') &&
			mayAccessMaterial(user, scope, 'submit'),
		canReview: material.status === 'submitted' && mayAccessMaterial(user, scope, 'publish'),
		// Published work is corrected through a revision, while it stays online.
		canRevise:
			material.status === 'published' &&
			!material.revisionOfId &&
			mayAccessMaterial(user, scope, 'edit'),
		revision: material.revision,
		revisionOf: material.revisionOf,
		// What an adaptation adapts, and the way back into its guided flow.
		adaptedFrom: material.derivedFromVersion
			? {
					kind: material.derivationKind,
					materialId: material.derivedFromVersion.material.id,
					isPublic: material.derivedFromVersion.material.status === 'published',
					title: material.derivedFromVersion.title,
					lang: material.derivedFromVersion.lang,
					countryCode: material.derivedFromVersion.material.countryCode,
					targetLang: material.originalLang,
					inFlow: !material.revisionOfId && isEditableStatus(material.status),
				}
			: null,
		revisionChanges: material.revisionOfId
			? (await describeRevision(material.id, lang))?.changes
			: null,
		/** Withdrawn from publication: what changed since the public saw it. Asked only when the withdrawal kept something. */
		sinceWithdrawal: material.lastPublished
			? await describeChangesSinceWithdrawal(material.id, lang)
			: null,
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, material: scope } = await requireMaterialAccess(request, params.id, 'read-draft')
	if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
		// A file posted by the plain form (no JavaScript).
		const outcome = await handleMaterialUpload(request, user, scope.id)
		if (outcome.ok)
			throw redirect(
				`/${lang}/workspace/materials/${scope.id}?uploaded=1#version-${outcome.versionId}`,
			)
		if (outcome.status === 404) throw new Response('Not found', { status: 404 })
		if (outcome.status === 403) throw new Response('Forbidden', { status: 403 })
		return data(
			{
				errors: null,
				problem: null,
				upload: { code: outcome.code, limitMb: outcome.limitMb ?? 0 },
				versionErrors: null,
			},
			{ status: outcome.status },
		)
	}
	const form = await readForm(request)
	const intent = field(form, 'intent', 40)
	if (intent === 'remove-file') {
		assertMaterialAccess(user, scope, 'edit')
		if (!isEditableStatus(scope.status)) {
			return data(
				{ errors: null, problem: 'moderation.not-editable', upload: null, versionErrors: null },
				{ status: 409 },
			)
		}
		const removed = await detachFile(
			user,
			{ materialId: scope.id, countryCode: scope.countryCode },
			field(form, 'fileId', 64),
		)
		if (!removed) throw new Response('Not found', { status: 404 })
		throw redirect(`/${lang}/workspace/materials/${scope.id}?removed=1`)
	}
	if (intent === 'add-version') {
		assertMaterialAccess(user, scope, 'edit')
		if (!isEditableStatus(scope.status)) {
			return data(
				{ errors: null, problem: 'moderation.not-editable', upload: null, versionErrors: null },
				{ status: 409 },
			)
		}
		const parsed = parseMaterialVersion(form)
		if (!parsed.ok)
			return data(
				{ errors: null, problem: null, upload: null, versionErrors: parsed.errors },
				{ status: 400 },
			)
		const added = await addMaterialVersion(user, scope.id, parsed.version)
		if (!added.ok) {
			return data(
				{
					errors: null,
					problem: null,
					upload: null,
					versionErrors: { lang: 'draft.errors.version-exists' },
				},
				{ status: 409 },
			)
		}
		throw redirect(
			`/${lang}/workspace/materials/${scope.id}?version=added#version-${added.versionId}`,
		)
	}
	if (intent === 'save') {
		assertMaterialAccess(user, scope, 'edit')
		if (!isEditableStatus(scope.status))
			return data(
				{ errors: null, problem: 'moderation.not-editable', upload: null, versionErrors: null },
				{ status: 409 },
			)
		form.set('draftId', scope.id)
		const parsed = parseMaterialDraft(form)
		if (!parsed.ok)
			return data(
				{ errors: parsed.errors, problem: null, upload: null, versionErrors: null },
				{ status: 400 },
			)
		const saved = await updateDraftMaterial(user, scope.id, parsed.draft)
		if (!saved.ok)
			return data(
				{
					errors: { campaignId: 'draft.errors.campaign' },
					problem: null,
					upload: null,
					versionErrors: null,
				},
				{ status: 400 },
			)
		throw redirect(`/${lang}/workspace/materials/${scope.id}?saved=1`)
	}
	if (intent === 'revise') {
		assertMaterialAccess(user, scope, 'edit')
		try {
			const revision = await openRevision(user, scope.id)
			throw redirect(`/${lang}/workspace/materials/${revision.id}?revision=opened`)
		} catch (error) {
			if (!(error instanceof MaterialChangeRefused)) throw error
			return data(
				{ errors: null, problem: 'moderation.not-editable', upload: null, versionErrors: null },
				{ status: 409 },
			)
		}
	}
	if (intent === 'submit') {
		const result = await transitionMaterial(user, scope.id, 'submit', '', {
			origin: appOrigin(),
		})
		if (!result.ok) {
			if (result.problem === 'forbidden') throw new Response('Forbidden', { status: 403 })
			return data(
				{
					errors: null,
					problem: `moderation.${result.problem}`,
					upload: null,
					versionErrors: null,
				},
				{ status: 409 },
			)
		}
		throw redirect(`/${lang}/workspace/materials/${scope.id}?submitted=1`)
	}
	return data(
		{ errors: null, problem: 'errors.unknown-intent', upload: null, versionErrors: null },
		{ status: 400 },
	)
}

export default function WorkspaceMaterial() {
	const {
		material,
		campaigns,
		canEdit,
		canSubmit,
		canReview,
		canRevise,
		revision,
		revisionOf,
		revisionChanges,
		sinceWithdrawal,
		adaptedFrom,
		lang,
		limits,
	} = useLoaderData<typeof loader>()
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
			<h1 {...(version?.title ? contentLanguage(version.lang) : {})}>
				{version?.title || t('workspace.untitled')}
			</h1>
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
			{adaptedFrom ? (
				<AdaptationOf
					from={adaptedFrom}
					action={
						adaptedFrom.inFlow ? (
							<p>
								<Link to={`/${lang}/workspace/adaptations/${material.id}`}>
									{t('adaptFlow.continue', { ns: 'contribute' })}
								</Link>
							</p>
						) : null
					}
				/>
			) : null}
			{revisionOf ? (
				<section className="panel notice" aria-labelledby="revision-title">
					<h2 id="revision-title">{t('revision.isRevision')}</h2>
					<p>
						<Link to={`/${lang}/materials/${revisionOf.id}`}>{t('revision.publishedVersion')}</Link>
					</p>
					<h3>{t('revision.changesTitle')}</h3>
					<RevisionChanges changes={revisionChanges ?? []} />
				</section>
			) : null}
			{sinceWithdrawal ? (
				<section className="panel notice" aria-labelledby="withdrawn-title">
					<h2 id="withdrawn-title">{t('review.changesSinceWithdrawal')}</h2>
					<p>{t('review.wasWithdrawn')}</p>
					<RevisionChanges changes={sinceWithdrawal} />
				</section>
			) : null}
			{revision ? (
				<p className="notice">
					{t('revision.inProgress', { status: labels.vocab('status', revision.status) })}{' '}
					<Link to={`/${lang}/workspace/materials/${revision.id}`}>{t('revision.continue')}</Link>
				</p>
			) : canRevise ? (
				<Form method="post" className="actions panel" aria-labelledby="revise-title">
					<h2 id="revise-title">{t('revision.reviseTitle')}</h2>
					<p>{t('revision.reviseIntro')}</p>
					<input type="hidden" name="intent" value="revise" />
					<button type="submit" className="button">
						{t('revision.revise')}
					</button>
				</Form>
			) : null}
			{params.get('revision') ? <FormMessage tone="ok">{t('revision.opened')}</FormMessage> : null}
			{params.get('saved') ? <FormMessage tone="ok">{t('draft.saved')}</FormMessage> : null}
			{params.get('uploaded') ? <FormMessage tone="ok">{t('upload.saved')}</FormMessage> : null}
			{params.get('version') ? <FormMessage tone="ok">{t('versions.added')}</FormMessage> : null}
			{params.get('removed') ? <FormMessage tone="ok">{t('versions.removed')}</FormMessage> : null}
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
					<p className="reason" dir="auto">
						{lastReason.reason}
					</p>
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
						campaigns={campaigns}
						values={{
							draftId: material.id,
							campaignId: material.campaign?.id ?? '',
							title: version?.title ?? '',
							description: version?.description ?? '',
							lang: material.originalLang,
							resourceType: material.resourceType,
							licence: material.licence,
							audiences: material.audiences,
							risks: material.risks,
							accessibility: material.accessibility,
							ageMin: material.ageMin,
							ageMax: material.ageMax,
							organisation: material.organisation ?? '',
							organisationContact: material.organisationContact ?? '',
						}}
						intent="save"
					/>
				</section>
			) : (
				<section className="panel">
					<p {...contentLanguage(version?.lang)}>{version?.description}</p>
					<dl className="facts">
						<dt>{t('fields.type')}</dt>
						<dd>{labels.vocab('type', material.resourceType)}</dd>
						<dt>{t('fields.licence')}</dt>
						<dd>{labels.vocab('licence', material.licence)}</dd>
						<dt>{t('fields.audiences')}</dt>
						<dd>{labels.list(material.audiences.map((a) => labels.vocab('audience', a)))}</dd>
						<dt>{t('fields.risks')}</dt>
						<dd>{labels.list(material.risks.map((r) => labels.vocab('risk', r)))}</dd>
						<dt>{t('fields.campaign')}</dt>
						<dd>
							{material.campaign ? (
								<Link
									to={`/${lang}/workspace/campaigns/${material.campaign.id}`}
									lang={material.campaign.lang}
									dir={directionOf(material.campaign.lang)}
								>
									{material.campaign.title || t('campaignList.untitled', { ns: 'contribute' })}
								</Link>
							) : (
								t('draft.noCampaign')
							)}
						</dd>
						{material.organisation ? (
							<>
								<dt>{t('organisation.name', { ns: 'common' })}</dt>
								<dd dir="auto">{material.organisation}</dd>
							</>
						) : null}
					</dl>
				</section>
			)}
			<Versions
				materialId={material.id}
				versions={material.versions}
				canEdit={canEdit}
				limits={limits}
				uploadError={
					result?.upload
						? t(`upload.errors.${result.upload.code}`, { limit: result.upload.limitMb })
						: null
				}
				versionErrors={result?.versionErrors ?? null}
			/>
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
				)}
			</section>
		</>
	)
}

type WorkspaceVersion = {
	id: string
	lang: string
	title: string
	description: string
	terminology: { found: string; preferred: string }[]
	files: (DownloadableFile & {
		role: string
		fileName: string | null
		kind: string
		durationMs: number | null
		pageCount: number | null
	})[]
}

/** Each language version with its files, a way to add files, and a way to add a language. */
function Versions({
	materialId,
	versions,
	canEdit,
	limits,
	uploadError,
	versionErrors,
}: {
	materialId: string
	versions: WorkspaceVersion[]
	canEdit: boolean
	limits: { image: number; document: number; video: number; audio: number }
	uploadError: string | null
	versionErrors: Partial<Record<'lang' | 'title' | 'description', string>> | null
}) {
	const { t, i18n } = useTranslation('account')
	const labels = useLabels()
	const taken = new Set(versions.map((v) => v.lang))
	return (
		<section className="panel" aria-labelledby="versions-title">
			<h2 id="versions-title">{t('versions.title')}</h2>
			<ul className="versions">
				{versions.map((v) => (
					<li key={v.id} id={`version-${v.id}`} className="version">
						<h3 className="version__head">
							<span className="version__lang">{labels.language(v.lang)}</span>{' '}
							<ContentText lang={v.lang}>{v.title}</ContentText>
						</h3>
						{v.files.filter((f) => f.role === 'primary').length ? (
							<ul className="history">
								{v.files
									.filter((f) => f.role === 'primary')
									.map((f) => (
										<li key={f.id}>
											<span dir="auto">{f.fileName ?? t('versions.file')}</span>{' '}
											<span className="card__meta">
												{[
													f.mediaType,
													labels.bytes(f.byteSize),
													f.pageCount ? t('versions.pages', { count: f.pageCount }) : null,
													f.durationMs
														? t('versions.seconds', { count: Math.round(f.durationMs / 1000) })
														: null,
												]
													.filter(Boolean)
													.join(' · ')}
											</span>
											{canEdit ? (
												<Form method="post" className="inline-form">
													<input type="hidden" name="intent" value="remove-file" />
													<input type="hidden" name="fileId" value={f.id} />
													<button
														type="submit"
														className="link-button"
														aria-label={t('versions.removeWho', {
															name: f.fileName ?? t('versions.file'),
														})}
													>
														{t('versions.remove')}
													</button>
												</Form>
											) : null}
											<FileDownloads file={f} title={v.title} lang={v.lang} />
										</li>
									))}
							</ul>
						) : (
							<p className="hint">{t('versions.noFiles')}</p>
						)}
						<TerminologyNotice id={v.id} lang={v.lang} terms={v.terminology} />
						<p>
							<Link to={`/${i18n.language}/workspace/templates/${v.id}`}>
								{t('template.link', { ns: 'contribute' })}
							</Link>{' '}
							<span className="hint">{t('template.linkHint', { ns: 'contribute' })}</span>
						</p>
						{canEdit ? (
							<FileUpload
								versionId={v.id}
								apiUrl={`/api/v1/materials/${materialId}/files`}
								limits={limits}
								error={uploadError}
							/>
						) : null}
					</li>
				))}
			</ul>
			{canEdit ? (
				<Form method="post" className="form" aria-labelledby="add-version-title">
					<h3 id="add-version-title">{t('versions.add')}</h3>
					<input type="hidden" name="intent" value="add-version" />
					<div className="field">
						<label htmlFor="version-lang">{t('fields.lang')}</label>
						<select
							id="version-lang"
							name="lang"
							required
							aria-invalid={versionErrors?.lang ? true : undefined}
							aria-describedby={versionErrors?.lang ? 'version-lang-error' : undefined}
						>
							<option value="">—</option>
							{CONTENT_LANGUAGES.filter((l) => !taken.has(l))
								.map((l) => [l, labels.language(l)] as const)
								.sort((a, b) => labels.compare(a[1], b[1]))
								.map(([l, name]) => (
									<option key={l} value={l}>
										{name}
									</option>
								))}
						</select>
						{versionErrors?.lang ? (
							<p id="version-lang-error" className="field__error">
								{t(versionErrors.lang)}
							</p>
						) : null}
					</div>
					<Field
						label={t('fields.title')}
						name="title"
						required
						maxLength={200}
						error={versionErrors?.title ? t(versionErrors.title) : null}
					/>
					<Field
						label={t('fields.description')}
						name="description"
						maxLength={5000}
						error={versionErrors?.description ? t(versionErrors.description) : null}
					/>
					<button type="submit" className="button button--secondary">
						{t('versions.addSubmit')}
					</button>
				</Form>
			) : null}
		</section>
	)
}
