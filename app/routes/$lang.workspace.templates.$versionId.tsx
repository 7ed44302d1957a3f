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
import { mayAccessMaterial, requireVersionAccess } from '#app/auth/material-access.server.ts'
import {
	TemplateEditor,
	templateEditorStyles,
	type EditorSlot,
} from '#app/components/template-editor.tsx'
import { ContentText } from '#app/components/content-text.tsx'
import { FormMessage } from '#app/components/ui/field.tsx'
import { FilePicker } from '#app/components/ui/file-picker.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { isEditableStatus } from '#app/domain/moderation.ts'
import {
	MAX_SLOTS,
	validateTemplate,
	type TemplateProblem,
	type TemplateSlot,
} from '#app/domain/poster-template.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { getRevisionVersionId, openRevision } from '#app/models/material/revisions.server.ts'
import {
	getSlotTexts,
	getTemplate,
	getTemplateEditorContext,
	hasRenderedPoster,
	newSlot,
	refreshRenderedPoster,
	saveTemplate,
	setTemplateBackground,
	suggestFillColours,
} from '#app/models/material/templates.server.ts'
import { MaterialChangeRefused } from '#app/models/material/unit-of-work.server.ts'
import { readForm } from '#app/utils/request.server.ts'
import { withIngestedUpload } from './__upload.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * A language version's poster as a template: its background without text
 * and the boxes where text goes, set in a visual editor (or, without
 * JavaScript, with the same fields). Other countries' adaptations fill the
 * boxes with their own language. Artwork that already has words on it
 * serves as it is: a box can cover the words under it with a colour.
 *
 * A published poster is made a template through a revision (published work
 * changes only through one): the page offers to start it, then edits the
 * revision's copy of the version. An adaptation's own template (its own
 * artwork, when the original is no template) is edited here too.
 */

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: templateEditorStyles }]

async function load(request: Request, versionId: string) {
	const {
		user,
		version,
		material: scope,
	} = await requireVersionAccess(request, versionId, 'read-draft')
	const mayEdit = mayAccessMaterial(user, scope, 'edit')
	const canEdit = isEditableStatus(scope.status) && mayEdit
	// A published poster (not itself a revision) is changed through a revision.
	const canRevise = scope.status === 'published' && !scope.revisionOfId && mayEdit
	const target = { materialId: scope.id, countryCode: scope.countryCode, versionId: version.id }
	return { user, version, scope, canEdit, canRevise, target }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { version, scope, canEdit, canRevise } = await load(request, params.versionId ?? '')
	const [template, context] = await Promise.all([
		getTemplate(version.id),
		getTemplateEditorContext(version.id),
	])
	const texts = template ? await getSlotTexts(version.id, template.slots) : {}
	// The colours a fill would take, for boxes whose author has not picked one.
	const suggestedFills = template && canEdit ? await suggestFillColours(template) : {}
	const validation = template
		? validateTemplate({ width: template.width, height: template.height, slots: template.slots })
		: null
	const stamp = template ? template.updatedAt.getTime() : 0
	return {
		title: getFixedT(lang, 'contribute')('template.title'),
		lang,
		materialId: scope.id,
		status: scope.status,
		version,
		canEdit,
		canRevise,
		context,
		suggestedFills,
		template: template
			? {
					width: template.width,
					height: template.height,
					backgroundUrl: `/template-background/${version.id}?v=${template.background.id}`,
					previewUrl: `/template-preview/${version.id}?v=${stamp}`,
					slots: template.slots.map((s) => ({ ...s, text: texts[s.id] ?? '' })),
				}
			: null,
		// Problems of the stored template, e.g. after a smaller background.
		storedProblems: validation && !validation.ok ? validation.problems : [],
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

type ActionResult =
	| { problems: TemplateProblem[]; posted: EditorSlot[]; upload?: undefined }
	| { upload: { code: string; limitMb?: number }; problems?: undefined }

const NUMBER_FIELDS = ['x', 'y', 'width', 'height', 'fontSize'] as const

/** The slots as the editor posted them; numbers that do not parse stay NaN for validation to refuse. */
function parseSlotFields(form: FormData) {
	const slots: EditorSlot[] = []
	const text = (name: string) => {
		const value = form.get(name)
		return typeof value === 'string' ? value : ''
	}
	for (let i = 0; i < MAX_SLOTS * 2; i++) {
		const id = form.get(`slot.${i}.id`)
		if (typeof id !== 'string') break
		const kind = text(`slot.${i}.kind`) as TemplateSlot['kind']
		const slot: EditorSlot = {
			id,
			kind,
			x: NaN,
			y: NaN,
			width: NaN,
			height: NaN,
			fontSize: NaN,
			color: text(`slot.${i}.color`),
			align: text(`slot.${i}.align`) as TemplateSlot['align'],
			text: text(`slot.${i}.text`),
		}
		for (const key of NUMBER_FIELDS) {
			const raw = text(`slot.${i}.${key}`).trim()
			slot[key] = raw === '' ? NaN : Number(raw)
		}
		if (kind === 'text') {
			slot.weight = text(`slot.${i}.weight`) === 'bold' ? 'bold' : 'normal'
			if (text(`slot.${i}.bind`) === 'helpline') slot.bind = 'helpline'
		}
		// The colour is posted whether or not the box covers the artwork; the checkbox decides.
		if (text(`slot.${i}.cover`) === 'yes') slot.fill = text(`slot.${i}.fill`)
		slots.push(slot)
	}
	return slots
}

export async function action({ request, params }: ActionFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, version, scope, canEdit, canRevise, target } = await load(
		request,
		params.versionId ?? '',
	)
	const back = `/${lang}/workspace/templates/${version.id}`
	// An adaptation's poster is its stored file: it follows its template.
	const refreshIfRendered = async () => {
		if (
			(await hasRenderedPoster(version.id)) ||
			(await getTemplateEditorContext(version.id))?.isAdaptation
		)
			await refreshRenderedPoster(user, { ...target, lang: version.lang })
	}
	const multipart = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data')
	if (!canEdit && !(canRevise && !multipart)) throw new Response('Forbidden', { status: 403 })

	if (multipart) {
		const outcome = await withIngestedUpload(request, (_form, ingested) =>
			setTemplateBackground(user, target, ingested).then((r) =>
				r.ok ? r : { ok: false as const, status: 415, code: r.problem },
			),
		)
		if (outcome.ok) {
			await refreshIfRendered()
			throw redirect(`${back}?background=1`)
		}
		return data<ActionResult>(
			{
				upload: { code: outcome.code, limitMb: 'limitMb' in outcome ? outcome.limitMb : undefined },
			},
			{ status: outcome.status },
		)
	}

	const form = await readForm(request, 512 * 1024)
	const intent = form.get('intent')
	if (intent === 'revise') {
		if (!canRevise) throw new Response('Forbidden', { status: 403 })
		try {
			const revision = await openRevision(user, scope.id)
			const copy = await getRevisionVersionId(revision.id, version.lang)
			if (!copy) throw new Response('Not found', { status: 404 })
			throw redirect(`/${lang}/workspace/templates/${copy}?revision=opened`)
		} catch (error) {
			if (!(error instanceof MaterialChangeRefused)) throw error
			throw new Response('Conflict', { status: 409 })
		}
	}
	if (!canEdit) throw new Response('Forbidden', { status: 403 })
	const template = await getTemplate(version.id)
	if (!template) throw new Response('No template', { status: 409 })
	let slots = parseSlotFields(form)
	if (typeof intent === 'string' && intent.startsWith('remove-slot:')) {
		slots = slots.filter((s) => s.id !== intent.slice('remove-slot:'.length))
	} else if (intent === 'add-slot:text' || intent === 'add-slot:logo') {
		const added = newSlot(intent === 'add-slot:text' ? 'text' : 'logo', slots, template)
		if (added) slots.push({ ...added, text: '' })
	} else if (intent !== 'save') {
		throw new Response('Unknown intent', { status: 400 })
	}
	const result = await saveTemplate(user, target, {
		slots: slots.map(({ text: _text, ...slot }) => slot),
		texts: Object.fromEntries(slots.map((s) => [s.id, s.text])),
	})
	if ('problem' in result) throw new Response('No template', { status: 409 })
	if (result.ok) await refreshIfRendered()
	if (!result.ok)
		return data<ActionResult>({ problems: result.problems, posted: slots }, { status: 400 })
	throw redirect(`${back}?saved=1`)
}

export default function TemplatePage() {
	const {
		lang,
		materialId,
		status,
		version,
		canEdit,
		canRevise,
		context,
		suggestedFills,
		template,
		storedProblems,
	} = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const [params] = useSearchParams()
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	const problems = result?.problems ?? storedProblems
	const byslot: Record<string, string[]> = {}
	for (const p of problems) {
		;(byslot[p.slotId ?? ''] ??= []).push(t(`template.problems.${p.problem}`))
	}
	// After a refused save the editor shows what was posted, not the stored slots.
	const slots = result?.problems ? result.posted : (template?.slots ?? [])
	const revision = context?.revision ?? null
	return (
		<>
			<p>
				{context?.isAdaptation ? (
					<Link to={`/${lang}/workspace/adaptations/${materialId}/preview`}>
						{t('template.backToAdaptation')}
					</Link>
				) : (
					<Link to={`/${lang}/workspace/materials/${materialId}`}>{t('template.back')}</Link>
				)}
			</p>
			<h1>{t('template.title')}</h1>
			<p>
				{t(context?.isAdaptation ? 'template.introOwn' : 'template.intro', {
					language: labels.language(version.lang),
				})}{' '}
				<ContentText lang={version.lang}>{version.title}</ContentText>
			</p>
			{params.get('revision') ? (
				<FormMessage tone="ok">{t('template.revisionOpened')}</FormMessage>
			) : null}
			{context?.requests.length ? (
				<section className="panel" aria-labelledby="template-requests-title">
					<h2 id="template-requests-title" style={{ marginBlockStart: 0 }}>
						{t('template.requests.title')}
					</h2>
					<ul className="history">
						{context.requests.map((r) => (
							<li key={r.id}>
								{t('template.requests.item', {
									country: labels.country(r.countryCode),
									date: labels.date(r.createdAt),
								})}
								{r.message ? (
									<p className="reason" dir="auto">
										{r.message}
									</p>
								) : null}
							</li>
						))}
					</ul>
				</section>
			) : null}
			{status === 'published' && revision ? (
				<p className="notice">
					{t('template.revisionInProgress', { status: labels.vocab('status', revision.status) })}{' '}
					<Link
						to={
							revision.versionId
								? `/${lang}/workspace/templates/${revision.versionId}`
								: `/${lang}/workspace/materials/${revision.id}`
						}
					>
						{t('template.continueRevision')}
					</Link>
				</p>
			) : canRevise ? (
				<Form method="post" className="panel" aria-labelledby="template-revise-title">
					<h2 id="template-revise-title" style={{ marginBlockStart: 0 }}>
						{t(template ? 'template.revise.titleChange' : 'template.revise.title')}
					</h2>
					<p>{t('template.revise.intro')}</p>
					<input type="hidden" name="intent" value="revise" />
					<button type="submit" className="button">
						{t(template ? 'template.revise.buttonChange' : 'template.revise.button')}
					</button>
				</Form>
			) : status === 'submitted' ? (
				<p className="notice">{t('template.inReview')}</p>
			) : null}
			{params.get('saved') ? <FormMessage tone="ok">{t('template.saved')}</FormMessage> : null}
			{params.get('background') ? (
				<FormMessage tone="ok">{t('template.backgroundSaved')}</FormMessage>
			) : null}
			{result?.problems ? <FormMessage tone="error">{t('template.notSaved')}</FormMessage> : null}

			{canEdit ? (
				<Form method="post" encType="multipart/form-data" className="form panel">
					<h2 style={{ marginBlockStart: 0 }}>{t('template.background')}</h2>
					<p className="hint">{t('template.backgroundHint')}</p>
					<div className="field">
						<label htmlFor="template-background">{t('template.backgroundLabel')}</label>
						<FilePicker
							id="template-background"
							name="file"
							accept="image/png,image/jpeg,image/webp"
							invalid={!!result?.upload}
							describedBy={result?.upload ? 'template-background-error' : undefined}
						/>
						{result?.upload ? (
							<p id="template-background-error" className="field__error">
								{result.upload.code === 'not-image'
									? t('template.problems.not-image')
									: t(`upload.errors.${result.upload.code}`, {
											ns: 'account',
											limit: result.upload.limitMb ?? 0,
										})}
							</p>
						) : null}
					</div>
					<button type="submit" className="button button--secondary">
						{template ? t('template.replaceBackground') : t('template.useBackground')}
					</button>
				</Form>
			) : null}

			{template ? (
				<>
					<Form method="post">
						{/* Enter in a field saves: the first submit button is the form's default,
						    and the editor's first one would remove a box. */}
						{canEdit ? (
							<button
								type="submit"
								name="intent"
								value="save"
								className="visually-hidden"
								tabIndex={-1}
								aria-hidden="true"
							/>
						) : null}
						<h2>{t('template.slots')}</h2>
						<TemplateEditor
							backgroundUrl={template.backgroundUrl}
							width={template.width}
							height={template.height}
							slots={slots}
							lang={version.lang}
							problems={byslot}
							readOnly={!canEdit}
							suggestedFills={suggestedFills}
						/>
						{canEdit ? (
							<div className="actions">
								<button type="submit" name="intent" value="save" className="button">
									{t('template.save')}
								</button>
							</div>
						) : null}
					</Form>
					<section aria-labelledby="template-preview-title">
						<h2 id="template-preview-title">{t('template.preview')}</h2>
						<p className="hint">{t('template.previewHint')}</p>
						<img
							className="template-preview"
							src={template.previewUrl}
							width={template.width}
							height={template.height}
							alt={t('template.previewAlt', { title: version.title })}
						/>
					</section>
				</>
			) : canEdit ? (
				<p className="hint">{t('template.noBackground')}</p>
			) : null}
		</>
	)
}
