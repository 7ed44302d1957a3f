import {
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ContentText, isolate } from '#app/components/content-text.tsx'
import { FileDownloads } from '#app/components/file-downloads.tsx'
import { OrganisationLink } from '#app/components/organisation-link.tsx'
import { ResponsiveImage } from '#app/components/responsive-image.tsx'
import { useActor } from '#app/components/site-shell.tsx'
import { UsageNotes } from '#app/components/usage-notes.tsx'
import { useLabels } from '#app/components/vocab.tsx'
import { directionOf } from '#app/domain/languages.ts'
import { LICENCE_TERMS } from '#app/domain/licence.ts'
import { describeMaterial, previewFile, shareImage } from '#app/domain/linked-data.ts'
import { countryName } from '#app/domain/countries.ts'
import { creditedOwner } from '#app/domain/organisation.ts'
import { can, countriesWhere } from '#app/domain/permissions.ts'
import { type LineageTree } from '#app/domain/lineage.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { getRequestLanguage } from '#app/i18n/lang.server.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { getDownloadTotal, getPublishedMaterial } from '#app/models/material/queries.server.ts'
import { invariantResponse } from '#app/utils/http.server.ts'
import { articleMeta } from '#app/utils/page-meta.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { loadUsage, usageAction } from './__usage-note.server.ts'

// The same page for every reader without a session: kept by the page cache.
export const handle = { sharedPage: true }

export async function loader({ request, params }: LoaderFunctionArgs) {
	const lang = getRequestLanguage(request, params)
	invariantResponse(params.id && params.id.length <= 64, 404)
	const material = await getPublishedMaterial(params.id, lang)
	invariantResponse(material, 404)
	const [downloads, usage] = await Promise.all([
		getDownloadTotal(material.id),
		loadUsage(request, { kind: 'material', id: material.id }, material.countryCode),
	])
	const shown = pickVersion(material.versions, lang, material.originalLang)!
	const t = getFixedT(lang)
	const origin = appOrigin()
	const image = shareImage(origin, previewFile(material, shown.lang))
	// Machines read the linked data in English, whatever the page's language.
	const en = getFixedT('en', 'vocab')
	return {
		material,
		downloads,
		usage,
		shownVersionId: shown.id,
		title: `${shown.title} · ${t('app.name')}`,
		shareTitle: shown.title,
		description: shown.description.slice(0, 200),
		image: image && { ...image, alt: t('material.previewAlt', { title: shown.title }) },
		linkedData: describeMaterial({
			origin,
			material,
			shownLang: shown.lang,
			pageUrl: `${origin}/${lang}/materials/${material.id}`,
			countryName: countryName(material.countryCode, 'en'),
			label: (vocabulary, key) => en(`${vocabulary}.${key}`),
		}),
	}
}

/** Another country says it used this material (the "Used in other countries" section). */
export async function action({ request, params }: ActionFunctionArgs) {
	invariantResponse(params.id && params.id.length <= 64, 404)
	return usageAction(request, { kind: 'material', id: params.id })
}

export const meta: MetaFunction<typeof loader> = (args) => articleMeta(args)

/** For signed-in people whose roles allow it: the same material in their workspace or in review. */
function MaterialWorkLinks({
	materialId,
	countryCode,
}: {
	materialId: string
	countryCode: string
}) {
	const actor = useActor()
	const { t, i18n } = useTranslation('account')
	const lang = i18n.language
	const inWorkspace = countriesWhere(actor, 'read-draft', 'material').includes(countryCode)
	const inReview = can(actor, 'withdraw', 'material', { countryCode })
	const canAdapt =
		can(actor, 'adapt', 'material') && countriesWhere(actor, 'create', 'material').length > 0
	if (!inWorkspace && !inReview && !canAdapt) return null
	return (
		<p className="actions">
			{canAdapt ? (
				<Link className="button" to={`/${lang}/adapt/${materialId}`}>
					{t('adapt.action', { ns: 'contribute' })}
				</Link>
			) : null}
			{inWorkspace ? (
				<Link to={`/${lang}/workspace/materials/${materialId}`}>{t('workspace.openHere')}</Link>
			) : null}
			{inReview ? <Link to={`/${lang}/review/${materialId}`}>{t('review.openHere')}</Link> : null}
		</p>
	)
}

export default function MaterialPage() {
	const { material, shownVersionId, downloads, usage } = useLoaderData<typeof loader>()
	const refused = useActionData<typeof action>()
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	const lang = i18n.language
	const shown = material.versions.find((v) => v.id === shownVersionId)!
	const preview =
		shown.files.find((f) => f.role === 'preview') ??
		material.versions.flatMap((v) => v.files).find((f) => f.role === 'preview')
	const country = labels.country(material.countryCode)
	// "e-Enfance (France)": the material's organisation, else its campaign's, with the country.
	const owner = creditedOwner(t, country, material.organisation?.name)
	const terms = LICENCE_TERMS[material.licence]

	return (
		<article>
			<p>
				<Link to={`/${lang}/materials`}>{t('material.back')}</Link>
			</p>
			<h1 lang={shown.lang} dir={directionOf(shown.lang)}>
				{shown.title}
			</h1>
			<p>
				{t('material.byline', { country: owner })}{' '}
				{material.isDemo ? <span className="demo-badge">{t('material.demo')}</span> : null}
			</p>
			<MaterialWorkLinks materialId={material.id} countryCode={material.countryCode} />
			<div className="material">
				<div>
					{preview ? (
						<ResponsiveImage
							className="preview"
							fileId={preview.id}
							renditions={preview.renditions}
							sizes="(max-width: 900px) 100vw, 780px"
							alt={t('material.previewAlt', { title: shown.title })}
							width={preview.width ?? undefined}
							height={preview.height ?? undefined}
						/>
					) : null}
					{shown.description ? (
						<p lang={shown.lang} dir={directionOf(shown.lang)}>
							{shown.description}
						</p>
					) : null}

					<h2 id="versions-title">{t('material.versions', { count: material.versions.length })}</h2>
					<p className="hint">{t('material.formats.hint')}</p>
					{material.versions.length > 1 ? (
						<p>
							<a
								className="button button--secondary"
								href={`/download/materials/${material.id}/zip?ui=${lang}`}
								download
							>
								{t('material.downloadAll', { count: material.versions.length })}
							</a>
						</p>
					) : null}
					<ul className="versions" aria-labelledby="versions-title">
						{material.versions.map((version) => (
							<li key={version.id} className="version">
								<div className="version__head">
									<span className="version__lang">{labels.language(version.lang)}</span>
									<span lang={version.lang} dir={directionOf(version.lang)}>
										{version.title}
									</span>
								</div>
								<div className="version__files">
									{version.files
										.filter((f) => f.role === 'primary')
										.map((file) => (
											<FileDownloads
												key={file.id}
												file={file}
												title={version.title}
												lang={version.lang}
											/>
										))}
								</div>
							</li>
						))}
					</ul>

					<UsageNotes notes={usage.notes} forms={usage.forms} refusal={refused?.usage ?? null} />
				</div>

				<aside>
					<section className="panel" aria-labelledby="facts-title">
						<h2 id="facts-title" style={{ marginBlockStart: 0 }}>
							{t('material.about')}
						</h2>
						<dl className="facts">
							<dt>{t('filters.type')}</dt>
							<dd>{labels.vocab('type', material.resourceType)}</dd>
							<dt>{t('filters.country')}</dt>
							<dd>
								<Link to={`/${lang}/countries/${material.countryCode}`}>{country}</Link>
							</dd>
							{material.organisation ? (
								<>
									<dt>{t('organisation.producedBy')}</dt>
									<dd>
										<OrganisationLink organisation={material.organisation} />
									</dd>
								</>
							) : null}
							{material.campaign ? (
								<>
									<dt>{t('material.campaign')}</dt>
									<dd>
										<Link to={`/${lang}/campaigns/${material.campaign.id}`}>
											<ContentText>{material.campaign.title}</ContentText>
										</Link>
									</dd>
								</>
							) : null}
							<dt>{t('filters.audience')}</dt>
							<dd>{labels.list(material.audiences.map((a) => labels.vocab('audience', a)))}</dd>
							<dt>{t('filters.risk')}</dt>
							<dd>{labels.list(material.risks.map((r) => labels.vocab('risk', r)))}</dd>
							<dt>{t('material.ages')}</dt>
							<dd>{ageRange(material.ageMin, material.ageMax, t)}</dd>
							{material.accessibility.length ? (
								<>
									<dt>{t('material.accessibility')}</dt>
									<dd>
										{labels.list(
											material.accessibility.map((a) => labels.vocab('accessibility', a)),
										)}
									</dd>
								</>
							) : null}
							<dt>{t('material.published')}</dt>
							<dd>{labels.date(material.publishedAt)}</dd>
							<dt>{t('material.downloads')}</dt>
							<dd>{labels.number(downloads)}</dd>
							{usage.notes.length ? (
								<>
									<dt>{t('usage.fact')}</dt>
									<dd>
										<a href="#usage-notes">{t('usage.countries', { count: usage.notes.length })}</a>
									</dd>
								</>
							) : null}
						</dl>
					</section>

					<section className="panel" aria-labelledby="licence-title">
						<h2 id="licence-title" style={{ marginBlockStart: 0 }}>
							{t('material.licence')}
						</h2>
						<p>
							{terms.url ? (
								<a href={terms.url} rel="license noreferrer">
									{labels.vocab('licence', material.licence)}
								</a>
							) : (
								labels.vocab('licence', material.licence)
							)}
						</p>
						<p>{t(`licenceSummary.${material.licence}`)}</p>
						{terms.attribution ? (
							<div className="attribution">
								<strong>{t('material.attributionLabel')}</strong>
								<p style={{ margin: 0 }}>
									{material.adaptedFrom
										? t('attribution.adapted', {
												title: isolate(shown.title),
												owner,
												licence: labels.vocab('licence', material.licence),
												sourceTitle: isolate(material.adaptedFrom.title),
												sourceOwner: creditedOwner(
													t,
													labels.country(material.adaptedFrom.countryCode),
													material.adaptedFrom.organisation,
												),
											})
										: t('attribution.line', {
												title: isolate(shown.title),
												owner,
												licence: labels.vocab('licence', material.licence),
											})}
								</p>
							</div>
						) : null}
					</section>

					<section className="panel lineage" aria-labelledby="lineage-title">
						<h2 id="lineage-title" style={{ marginBlockStart: 0 }}>
							{t('lineage.title')}
						</h2>
						{material.adaptedFrom ? (
							<p>
								{t(
									material.derivationKind === 'translation'
										? 'lineage.translatedFrom'
										: 'lineage.adaptedFrom',
								)}{' '}
								{material.adaptedFrom.isPublic ? (
									<Link
										to={`/${lang}/materials/${material.adaptedFrom.materialId}`}
										lang={material.adaptedFrom.lang}
									>
										<ContentText lang={material.adaptedFrom.lang}>
											{material.adaptedFrom.title}
										</ContentText>
									</Link>
								) : (
									<ContentText lang={material.adaptedFrom.lang}>
										{material.adaptedFrom.title}
									</ContentText>
								)}{' '}
								{t('lineage.where', {
									country: labels.country(material.adaptedFrom.countryCode),
									language: labels.language(material.adaptedFrom.lang),
								})}
								{material.adaptedFrom.isPublic ? (
									<>
										<br />
										<Link to={`/${lang}/compare/${material.id}`}>
											{t('translate.compare', { ns: 'contribute' })}
										</Link>
									</>
								) : null}
							</p>
						) : null}
						{material.adaptedFrom &&
						material.adaptedFrom.revisionUsed != null &&
						material.adaptedFrom.currentRevision > material.adaptedFrom.revisionUsed ? (
							<p className="notice">{t('lineage.sourceChanged')}</p>
						) : null}
						<ReuseSummary reuse={material.family.reuse} />
						{material.family.tree && material.family.tree.children.length ? (
							<FamilyTree
								tree={material.family.tree}
								currentId={material.id}
								details={material.family.details}
							/>
						) : (
							<p>{t('lineage.none')}</p>
						)}
					</section>
				</aside>
			</div>
		</article>
	)
}

/**
 * How far the family reaches beyond this material's country and language:
 * each number is its own phrase, so each agrees with its noun ("1 other
 * country", "2 other languages"; Arabic has six forms for each).
 */
function ReuseSummary({ reuse }: { reuse: { countries: number; languages: number } }) {
	const { t } = useTranslation()
	if (!reuse.countries && !reuse.languages) return null
	const countries = t('lineage.reuseCountries', { count: reuse.countries })
	const languages = t('lineage.reuseLanguages', { count: reuse.languages })
	return (
		<p>
			{reuse.countries && reuse.languages
				? t('lineage.reuseBoth', { countries, languages })
				: reuse.countries
					? t('lineage.reuseByCountries', { countries })
					: t('lineage.reuseInLanguages', { languages })}
		</p>
	)
}

function ageRange(
	min: number | null,
	max: number | null,
	t: (key: string, o?: Record<string, unknown>) => string,
) {
	if (min == null && max == null) return t('material.allAges')
	// The unit agrees with the number that comes last: "9 to 12 years", "0 to 1 year".
	if (min != null && max != null) return t('material.ageRange', { min, count: max })
	if (min != null) return t('material.ageFrom', { count: min })
	return t('material.ageUpTo', { count: max })
}

function FamilyTree({
	tree,
	currentId,
	details,
}: {
	tree: LineageTree
	currentId: string
	details: Record<string, { title: string; kind: string | null }>
}) {
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	const render = (node: LineageTree) => {
		const kind = details[node.id]?.kind
		return (
			<li key={node.id}>
				{node.id === currentId ? (
					<span className="current" aria-current="page">
						<ContentText lang={node.lang}>{details[node.id]?.title}</ContentText>
					</span>
				) : (
					<Link to={`/${i18n.language}/materials/${node.id}`}>
						<ContentText lang={node.lang}>{details[node.id]?.title}</ContentText>
					</Link>
				)}{' '}
				<span>
					{t(kind ? 'lineage.whereKind' : 'lineage.where', {
						country: labels.country(node.countryCode),
						language: labels.language(node.lang),
						kind: kind ? labels.vocab('derivation', kind) : '',
					})}
				</span>
				{node.children.length ? <ul>{node.children.map(render)}</ul> : null}
			</li>
		)
	}
	return <ul>{render(tree)}</ul>
}
