import {
	type CreativeWorkSeries,
	type EducationalAudience,
	type GovernmentOrganization,
	type ImageObject,
	type LearningResource,
	type MediaObject,
	type Organization,
	type WithContext,
} from 'schema-dts'
import { DEFAULT_UI_LANGUAGE } from './languages.ts'
import { licenceUri } from './licence.ts'
import { type AccessibilityFeature, type Audience, type Licence } from './vocabularies.ts'

/**
 * schema.org descriptions of public pages, as JSON-LD for crawlers and
 * harvesters (LRMI for materials). Typed with schema-dts, so a property
 * schema.org does not have, or a value of the wrong kind, fails the type
 * check. Pure: the caller gives the origin and the English labels.
 */

/** English labels of vocabulary keys; JSON-LD is read by machines, in one language. */
export type VocabularyLabel = (vocabulary: 'audience' | 'risk' | 'type', key: string) => string

/**
 * Identifiers are the default-language page URLs: one per material or
 * campaign whatever the reader's language, and each one answers.
 */
export function materialId(origin: string, id: string) {
	return `${origin}/${DEFAULT_UI_LANGUAGE}/materials/${id}`
}

/** One language version of a material: the material's identifier and the language. */
export function versionId(origin: string, material: string, lang: string) {
	return `${materialId(origin, material)}#${lang}`
}

export function campaignId(origin: string, id: string) {
	return `${origin}/${DEFAULT_UI_LANGUAGE}/campaigns/${id}`
}

/**
 * LRMI's educationalRole values for our audiences. Children and young people
 * are the learners; the rest are the adults around them.
 */
const EDUCATIONAL_ROLES: Record<Audience, string> = {
	children: 'student',
	'young-people': 'student',
	'parents-carers': 'parent',
	'teachers-educators': 'teacher',
	professionals: 'professional',
	'general-public': 'general public',
}

/**
 * Recorded accessibility features in the W3C vocabulary for schema.org's
 * accessibilityFeature. Easy read has no term there and is left out rather
 * than given one a harvester would not know.
 */
const ACCESSIBILITY_TERMS: Record<AccessibilityFeature, string | null> = {
	captions: 'captions',
	'audio-description': 'audioDescription',
	'sign-language': 'signLanguage',
	'easy-read': null,
	'screen-reader-pdf': 'taggedPDF',
	'alt-text': 'alternativeText',
	'large-print': 'largePrint',
}

export function accessibilityTerms(features: readonly string[]) {
	return features
		.map((f) => ACCESSIBILITY_TERMS[f as AccessibilityFeature] ?? null)
		.filter((term): term is string => term !== null)
}

/** schema.org's typicalAgeRange: "9-12", "13-" (and up), "0-12" (up to). */
export function typicalAgeRange(ageMin: number | null, ageMax: number | null) {
	if (ageMin == null && ageMax == null) return undefined
	return `${ageMin ?? 0}-${ageMax ?? ''}`
}

export interface LinkedFile {
	id: string
	role: string
	mediaType: string
	byteSize: number
	width: number | null
	height: number | null
	renditions: { id: string; format: string; width: number }[]
}

export interface LinkedMaterial {
	id: string
	countryCode: string
	resourceType: string
	licence: Licence
	ageMin: number | null
	ageMax: number | null
	originalLang: string
	publishedAt: string | null
	/** The material's own last change: its facts, tags, status, or the campaign organisation it credits. */
	updatedAt: string
	audiences: string[]
	risks: string[]
	accessibility: string[]
	derivationKind: string | null
	organisation: { name: string } | null
	campaign: { id: string; title: string } | null
	versions: {
		lang: string
		title: string
		description: string
		updatedAt: string
		files: LinkedFile[]
	}[]
	adaptedFrom: {
		materialId: string
		isPublic: boolean
		lang: string
		title: string
		countryCode: string
		revisionUsed: number | null
	} | null
}

export interface SharedImage {
	url: string
	width: number
	height: number
	type: string
}

/** Widest rendition offered to link previews: above the 1200 px OpenGraph asks for, well under its 8 MB. */
const SHARE_IMAGE_MAX_WIDTH = 1280

/** X (Twitter) refuses card images over 5 MB; Facebook and LinkedIn take more. */
const SHARE_IMAGE_MAX_BYTES = 5 * 1024 * 1024

/** Facebook ignores a picture smaller than this on either side. */
const SHARE_IMAGE_MIN_SIDE = 200

/** What X, Facebook and LinkedIn all show. */
const SHAREABLE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp'])

/**
 * The picture a link preview shows: the widest WebP rendition of the
 * preview image up to SHARE_IMAGE_MAX_WIDTH, with its real height; else,
 * for a preview too small to have renditions, the preview itself when
 * those services can show it (type, size in bytes and in pixels).
 */
export function shareImage(
	origin: string,
	preview:
		| (Pick<LinkedFile, 'width' | 'height' | 'renditions'> &
				Partial<Pick<LinkedFile, 'id' | 'mediaType' | 'byteSize'>>)
		| null
		| undefined,
): SharedImage | null {
	if (!preview?.width || !preview.height) return null
	const best = preview.renditions
		.filter((r) => r.format === 'webp' && r.width <= SHARE_IMAGE_MAX_WIDTH)
		.sort((a, b) => b.width - a.width)[0]
	if (best)
		return {
			url: `${origin}/renditions/${best.id}`,
			width: best.width,
			height: Math.round((best.width * preview.height) / preview.width),
			type: 'image/webp',
		}
	if (
		preview.id &&
		preview.mediaType &&
		SHAREABLE_TYPES.has(preview.mediaType) &&
		preview.byteSize != null &&
		preview.byteSize <= SHARE_IMAGE_MAX_BYTES &&
		Math.min(preview.width, preview.height) >= SHARE_IMAGE_MIN_SIDE
	)
		return {
			url: `${origin}/files/${preview.id}`,
			width: preview.width,
			height: preview.height,
			type: preview.mediaType,
		}
	return null
}

/** The preview picture of the version shown, else of any version. */
export function previewFile(material: Pick<LinkedMaterial, 'versions'>, shownLang: string) {
	const shown = material.versions.find((v) => v.lang === shownLang)
	return (
		shown?.files.find((f) => f.role === 'preview') ??
		material.versions.flatMap((v) => v.files).find((f) => f.role === 'preview')
	)
}

/**
 * The country as the body that shares the material: schema.org's creator
 * and publisher are organisations, so the country is the government
 * organisation of that country, named by the country's page.
 */
function countryBody(origin: string, code: string, name: string): GovernmentOrganization {
	const url = `${origin}/${DEFAULT_UI_LANGUAGE}/countries/${code}`
	return {
		'@type': 'GovernmentOrganization',
		'@id': url,
		name,
		url,
		areaServed: { '@type': 'Country', name, identifier: code },
	}
}

function audienceOf(audience: string, label: VocabularyLabel): EducationalAudience {
	return {
		'@type': 'EducationalAudience',
		educationalRole: EDUCATIONAL_ROLES[audience as Audience] ?? 'general public',
		audienceType: label('audience', audience),
	}
}

function encodingOf(origin: string, file: LinkedFile): MediaObject {
	return {
		'@type': 'MediaObject',
		contentUrl: `${origin}/download/${file.id}`,
		encodingFormat: file.mediaType,
		contentSize: `${file.byteSize} B`,
	}
}

/**
 * A material as an LRMI LearningResource: the work, with each language
 * version as its own resource (`workExample`) carrying its title,
 * description, language and files. The original language version names the
 * others as its translations, and each translation names the original.
 */
export function describeMaterial(input: {
	origin: string
	material: LinkedMaterial
	shownLang: string
	pageUrl: string
	countryName: string
	label: VocabularyLabel
}): WithContext<LearningResource> {
	const { origin, material, label } = input
	const id = materialId(origin, material.id)
	const shown = material.versions.find((v) => v.lang === input.shownLang) ?? material.versions[0]
	const original =
		material.versions.find((v) => v.lang === material.originalLang) ?? material.versions[0]
	const country = countryBody(origin, material.countryCode, input.countryName)
	const licence = licenceUri(material.licence)
	const modified = material.versions
		.map((v) => v.updatedAt)
		.concat(material.publishedAt ?? [], material.updatedAt)
		.sort()
		.at(-1)

	const source = material.adaptedFrom
	const basedOn: LearningResource | undefined = source
		? {
				'@type': 'LearningResource',
				'@id': versionId(origin, source.materialId, source.lang),
				name: source.title,
				inLanguage: source.lang,
				// The source as it was when adapted: its version's revision.
				...(source.revisionUsed != null ? { version: source.revisionUsed } : {}),
				...(source.isPublic ? { url: materialId(origin, source.materialId) } : {}),
			}
		: undefined

	const versions: LearningResource[] = material.versions.map((v) => {
		const isOriginal = v === original
		return {
			'@type': 'LearningResource',
			'@id': versionId(origin, material.id, v.lang),
			name: v.title,
			...(v.description ? { description: v.description } : {}),
			inLanguage: v.lang,
			license: licence,
			dateModified: v.updatedAt,
			encoding: v.files.filter((f) => f.role === 'primary').map((f) => encodingOf(origin, f)),
			...(isOriginal
				? {
						workTranslation: material.versions
							.filter((other) => other !== original)
							.map((other) => ({ '@id': versionId(origin, material.id, other.lang) })),
					}
				: { translationOfWork: { '@id': versionId(origin, material.id, original!.lang) } }),
		}
	})

	const preview = previewFile(material, shown?.lang ?? material.originalLang)
	const image = shareImage(origin, preview)
	const imageObject: ImageObject | undefined = image
		? {
				'@type': 'ImageObject',
				contentUrl: image.url,
				width: { '@type': 'QuantitativeValue', value: image.width, unitCode: 'E37' },
				height: { '@type': 'QuantitativeValue', value: image.height, unitCode: 'E37' },
				encodingFormat: image.type,
			}
		: undefined

	const creator: Organization | GovernmentOrganization = material.organisation
		? {
				'@type': 'Organization',
				name: material.organisation.name,
				location: { '@type': 'Country', name: input.countryName, identifier: material.countryCode },
			}
		: country

	return {
		'@context': 'https://schema.org',
		'@type': 'LearningResource',
		'@id': id,
		url: input.pageUrl,
		name: shown?.title ?? '',
		...(shown?.description ? { description: shown.description } : {}),
		inLanguage: material.versions.map((v) => v.lang),
		license: licence,
		learningResourceType: label('type', material.resourceType),
		audience: material.audiences.map((a) => audienceOf(a, label)),
		...(typicalAgeRange(material.ageMin, material.ageMax)
			? { typicalAgeRange: typicalAgeRange(material.ageMin, material.ageMax) }
			: {}),
		about: material.risks.map((risk) => ({
			'@type': 'DefinedTerm',
			termCode: risk,
			name: label('risk', risk),
		})),
		accessibilityFeature: accessibilityTerms(material.accessibility),
		creator,
		publisher: country,
		...(material.publishedAt ? { datePublished: material.publishedAt } : {}),
		...(modified ? { dateModified: modified } : {}),
		...(imageObject ? { image: imageObject } : {}),
		...(material.campaign
			? {
					isPartOf: {
						'@type': 'CreativeWorkSeries',
						'@id': campaignId(origin, material.campaign.id),
						name: material.campaign.title,
					},
				}
			: {}),
		...(basedOn
			? {
					isBasedOn: basedOn,
					...(material.derivationKind === 'translation' ? { translationOfWork: basedOn } : {}),
				}
			: {}),
		workExample: versions,
	}
}

export interface LinkedCampaign {
	id: string
	countryCode: string
	originalLang: string
	startYear: number | null
	endYear: number | null
	organisation: string | null
	audiences: string[]
	risks: string[]
	shown: { lang: string; title: string; summary: string } | null
	translations: { lang: string; title: string; summary: string }[]
}

/**
 * A campaign as a CreativeWorkSeries: schema.org has no campaign type, and
 * a series is what a campaign's materials are (made together, for one aim,
 * over the years it ran), with a start and an end date.
 */
export function describeCampaign(input: {
	origin: string
	campaign: LinkedCampaign
	materials: { id: string; title: string; lang: string }[]
	pageUrl: string
	countryName: string
	label: VocabularyLabel
}): WithContext<CreativeWorkSeries> {
	const { origin, campaign, label } = input
	const country = countryBody(origin, campaign.countryCode, input.countryName)
	const id = campaignId(origin, campaign.id)
	const shown = campaign.shown
	return {
		'@context': 'https://schema.org',
		'@type': 'CreativeWorkSeries',
		'@id': id,
		url: input.pageUrl,
		name: shown?.title ?? '',
		...(shown?.summary ? { description: shown.summary } : {}),
		inLanguage: campaign.translations.map((t) => t.lang),
		...(campaign.startYear != null ? { startDate: String(campaign.startYear) } : {}),
		...(campaign.endYear != null ? { endDate: String(campaign.endYear) } : {}),
		creator: campaign.organisation
			? {
					'@type': 'Organization',
					name: campaign.organisation,
					location: {
						'@type': 'Country',
						name: input.countryName,
						identifier: campaign.countryCode,
					},
				}
			: country,
		publisher: country,
		audience: campaign.audiences.map((a) => audienceOf(a, label)),
		about: campaign.risks.map((risk) => ({
			'@type': 'DefinedTerm',
			termCode: risk,
			name: label('risk', risk),
		})),
		// The campaign's text in each of its languages, as translations of its original.
		workExample: campaign.translations.map((t) => ({
			'@type': 'CreativeWork',
			'@id': `${id}#${t.lang}`,
			name: t.title,
			...(t.summary ? { description: t.summary } : {}),
			inLanguage: t.lang,
			...(t.lang === campaign.originalLang
				? {
						workTranslation: campaign.translations
							.filter((o) => o.lang !== campaign.originalLang)
							.map((o) => ({ '@id': `${id}#${o.lang}` })),
					}
				: { translationOfWork: { '@id': `${id}#${campaign.originalLang}` } }),
		})),
		hasPart: input.materials.map((m) => ({
			'@type': 'LearningResource',
			'@id': materialId(origin, m.id),
			url: materialId(origin, m.id),
			name: m.title,
			inLanguage: m.lang,
		})),
	}
}
