import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { assertMaterialAccess, requireMaterialAccess } from '#app/auth/material-access.server.ts'
import { requireUser } from '#app/auth/session.server.ts'
import { ContentText } from '#app/components/content-text.tsx'
import { ResponsiveImage } from '#app/components/responsive-image.tsx'
import { useSegmentLabel } from '#app/components/segment-label.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { changedSegments } from '#app/domain/adaptation.ts'
import { directionOf } from '#app/domain/languages.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { getAdaptationSegments } from '#app/models/material/adaptations.server.ts'
import { getMaterialScope, getVersionPreview } from '#app/models/material/queries.server.ts'
import compareStyles from '#app/styles/compare.css?url'
import { invariantResponse } from '#app/utils/http.server.ts'
import { pageMeta } from '#app/utils/page-meta.ts'

/**
 * A translation or adaptation beside the original it was made from: both
 * materials' headings and previews, then each segment's source text beside
 * its translation, with the segments whose source changed since marked.
 *
 * A published derivative of a published source is public. Anything else is
 * shown only to those who may read the derivative's country's drafts; to
 * everyone else it does not exist (404, never 403). When the source is no
 * longer published, its text is not sent at all: the derivative is shown alone.
 */

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: compareStyles }]

const PUBLISHED = 'published'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	const { user, material: scope } = await requireMaterialAccess(request, params.id, 'read')
	const adaptation = await getAdaptationSegments(scope.id)
	invariantResponse(adaptation?.material.derivedFromVersion, 404)
	const sourceScope = await getMaterialScope(adaptation.source.id)
	const published = scope.status === PUBLISHED
	const sourcePublished = sourceScope?.status === PUBLISHED
	if (published && !sourcePublished) {
		// Public alone, but not beside a source that is not: as a draft is.
		assertMaterialAccess(user, scope, 'read-draft')
		// Someone who may see it: a second factor their role requires comes first, as in the workspace.
		await requireUser(request)
	}

	const sourceVersion = adaptation.material.derivedFromVersion
	const [preview, sourcePreview] = await Promise.all([
		getVersionPreview(adaptation.version.id),
		sourcePublished ? getVersionPreview(sourceVersion.id) : null,
	])
	const revisionUsed = adaptation.sourceRevisionAtAdaptation
	const currentRevision = adaptation.source.revision
	return {
		title: `${getFixedT(lang, 'contribute')('compare.title')} · ${getFixedT(lang)('app.name')}`,
		kind: adaptation.material.derivationKind === 'translation' ? 'translation' : 'adaptation',
		derivative: {
			id: scope.id,
			countryCode: scope.countryCode,
			lang: adaptation.version.lang,
			title: adaptation.version.title,
			published,
			preview,
		},
		source: sourcePublished
			? {
					id: adaptation.source.id,
					countryCode: adaptation.source.countryCode,
					lang: adaptation.source.lang,
					title: sourceVersion.title,
					/** When the original's text last changed: what a reader can place in time, unlike a revision number. */
					changedAt: sourceVersion.updatedAt.toISOString(),
					preview: sourcePreview,
				}
			: null,
		sourcePublished,
		/** The source has a newer revision than the one adapted. */
		sourceChanged: sourcePublished && revisionUsed != null && currentRevision > revisionUsed,
		/** Segments whose source text changed since they were translated. */
		changed: sourcePublished ? changedSegments(adaptation.segments) : [],
		segments: adaptation.segments.map((s) =>
			sourcePublished
				? s
				: {
						key: s.key,
						box: s.box,
						source: '',
						text: s.text,
						sourceAtTranslation: null as string | null,
					},
		),
	}
}

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, { title: args.data?.title })

type Preview = {
	fileId: string
	width: number | null
	height: number | null
	renditions: { id: string; format: string; width: number }[]
}

/** A muted dash for an empty text; screen readers hear what it means instead. */
function Empty({ label }: { label: string }) {
	return (
		<span className="compare__empty">
			<span aria-hidden="true">—</span>
			<span className="visually-hidden">{label}</span>
		</span>
	)
}

function Side({
	headingId,
	kicker,
	title,
	lang,
	countryCode,
	preview,
	children,
}: {
	headingId: string
	kicker: string
	title: string
	lang: string
	countryCode: string
	preview: Preview | null
	children?: ReactNode
}) {
	const { t } = useTranslation('contribute')
	const labels = useLabels()
	return (
		<section className="compare__side" aria-labelledby={headingId}>
			<h2 id={headingId} className="compare__heading">
				<span className="compare__kicker">{kicker}</span>{' '}
				{title ? (
					<ContentText lang={lang}>{title}</ContentText>
				) : (
					<span>{t('compare.untitled')}</span>
				)}
			</h2>
			<dl className="compare__facts">
				<dt>{t('compare.country')}</dt>
				<dd>{labels.country(countryCode)}</dd>
				<dt>{t('compare.language')}</dt>
				<dd>{labels.language(lang)}</dd>
				{children}
			</dl>
			{preview ? (
				<ResponsiveImage
					className="compare__preview"
					fileId={preview.fileId}
					renditions={preview.renditions}
					sizes="(max-width: 800px) 100vw, 480px"
					alt={t('compare.previewAlt', { title: title || t('compare.untitled') })}
					width={preview.width ?? undefined}
					height={preview.height ?? undefined}
					loading="lazy"
				/>
			) : null}
		</section>
	)
}

export default function CompareWithOriginal() {
	const { kind, derivative, source, sourceChanged, changed, segments } =
		useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation('contribute')
	const labels = useLabels()
	const lang = i18n.language
	const kindLabel = labels.vocab('derivation', kind)
	const segmentLabel = useSegmentLabel()
	const derivativeHref = derivative.published
		? `/${lang}/materials/${derivative.id}`
		: `/${lang}/workspace/materials/${derivative.id}`
	const sourceDir = source ? directionOf(source.lang) : undefined
	const targetDir = directionOf(derivative.lang)

	return (
		<article className="compare">
			<p className="compare__links">
				<Link to={derivativeHref}>
					{t(derivative.published ? 'compare.derivativePage' : 'compare.derivativeWorkspace')}
				</Link>
				{source ? (
					<Link to={`/${lang}/materials/${source.id}`}>{t('compare.originalPage')}</Link>
				) : null}
			</p>
			<h1>{t('compare.title')}</h1>
			{source ? (
				<p>{t('compare.intro')}</p>
			) : (
				<p className="notice">{t('compare.sourceWithdrawn')}</p>
			)}
			{source && sourceChanged ? (
				<p className="notice">
					{t('compare.sourceRevised', { date: labels.date(source.changedAt) })}
				</p>
			) : null}

			<div className={source ? 'compare__sides' : 'compare__sides compare__sides--alone'}>
				{source ? (
					<Side
						headingId="compare-source"
						kicker={t('compare.original')}
						title={source.title}
						lang={source.lang}
						countryCode={source.countryCode}
						preview={source.preview}
					>
						<dt>{t('compare.basedOn')}</dt>
						<dd>
							{t(sourceChanged ? 'compare.basedOnEarlier' : 'compare.basedOnCurrent', {
								date: labels.date(source.changedAt),
							})}
						</dd>
					</Side>
				) : null}
				<Side
					headingId="compare-derivative"
					kicker={kindLabel}
					title={derivative.title}
					lang={derivative.lang}
					countryCode={derivative.countryCode}
					preview={derivative.preview}
				/>
			</div>

			<table className="compare__table">
				<caption>{t(source ? 'compare.caption' : 'compare.captionAlone')}</caption>
				<thead>
					<tr>
						<th scope="col">{t('compare.part')}</th>
						{source ? (
							<th scope="col">
								{t('compare.column', {
									side: t('compare.original'),
									language: labels.language(source.lang),
								})}
							</th>
						) : null}
						<th scope="col">
							{t('compare.column', {
								side: kindLabel,
								language: labels.language(derivative.lang),
							})}
						</th>
					</tr>
				</thead>
				<tbody>
					{segments.map((s) => {
						const isChanged = changed.includes(s.key)
						return (
							<tr key={s.key} className={isChanged ? 'compare__row--changed' : undefined}>
								<th scope="row">
									{segmentLabel(s)}
									{isChanged ? (
										<>
											{' '}
											<span className="compare__badge">{t('compare.changed')}</span>
										</>
									) : null}
								</th>
								{source ? (
									<td
										lang={s.source ? source.lang : undefined}
										dir={s.source ? sourceDir : undefined}
									>
										{s.source ? (
											<div className="compare__text">{s.source}</div>
										) : (
											<Empty label={t('compare.emptyInOriginal')} />
										)}
										{isChanged ? (
											<p className="compare__was" lang={lang} dir={directionOf(lang)}>
												{t('compare.wasBefore')}{' '}
												{s.sourceAtTranslation ? (
													<del lang={source.lang} dir={sourceDir}>
														{s.sourceAtTranslation}
													</del>
												) : (
													<Empty label={t('compare.emptyInOriginal')} />
												)}
											</p>
										) : null}
									</td>
								) : null}
								<td
									lang={s.text ? derivative.lang : undefined}
									dir={s.text ? targetDir : undefined}
								>
									{s.text ? (
										<div className="compare__text">{s.text}</div>
									) : (
										<Empty label={t('compare.notTranslated')} />
									)}
								</td>
							</tr>
						)
					})}
				</tbody>
			</table>
		</article>
	)
}
