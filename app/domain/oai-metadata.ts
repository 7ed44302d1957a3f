/**
 * A material's metadata in the two formats the OAI-PMH endpoint offers:
 * simple Dublin Core (oai_dc, which every harvester reads) and IEEE LOM
 * (IEEE 1484.12.3 XML binding), the learning-object format education
 * portals harvest. Why LOM rather than LRMI: docs/decisions/019.
 */
import { LICENCE_TERMS } from './licence.ts'
import { type Licence } from './vocabularies.ts'
import { element, textElement } from './xml.ts'

export interface OaiMaterial {
	id: string
	countryCode: string
	/** The country's name in English, as dc:publisher and dc:coverage. */
	countryName: string
	organisation: string | null
	resourceType: string
	licence: Licence
	ageMin: number | null
	ageMax: number | null
	originalLang: string
	publishedAt: Date | null
	modifiedAt: Date
	audiences: string[]
	risks: string[]
	/** The public page, absolute. */
	pageUrl: string
	versions: {
		lang: string
		title: string
		description: string
		files: { url: string; mediaType: string; byteSize: number }[]
	}[]
	/** For a translation or an adaptation: the page of the material it was made from. */
	derivedFrom: { pageUrl: string; kind: string } | null
	/** Labels of the vocabulary values, in English, by `${vocabulary}.${key}`. */
	labels: Record<string, string>
}

const DC = 'http://purl.org/dc/elements/1.1/'
const OAI_DC = 'http://www.openarchives.org/OAI/2.0/oai_dc/'
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'
const LOM = 'http://ltsc.ieee.org/xsd/LOM'

/** The rights statement for a licence: its canonical URI, or rightsstatements.org's "In Copyright". */
export function rightsUri(licence: Licence) {
	return LICENCE_TERMS[licence].url ?? 'http://rightsstatements.org/vocab/InC/1.0/'
}

/** DCMI Type Vocabulary terms for the resource types (dc:type carries both). */
const DCMI_TYPE: Record<string, string> = {
	poster: 'StillImage',
	leaflet: 'Text',
	video: 'MovingImage',
	'lesson-plan': 'Text',
	presentation: 'Text',
	'game-quiz': 'InteractiveResource',
	'social-media-kit': 'Collection',
	guide: 'Text',
	'audio-spot': 'Sound',
}

function label(material: OaiMaterial, vocabulary: string, key: string) {
	return material.labels[`${vocabulary}.${key}`] ?? key
}

/** LOM's typicalAgeRange: "9-12", "13-" (no upper bound), "-8"; null when unbounded both ways. */
export function typicalAgeRange(ageMin: number | null, ageMax: number | null) {
	if (ageMin === null && ageMax === null) return null
	if (ageMin !== null && ageMin === ageMax) return String(ageMin)
	return `${ageMin ?? ''}-${ageMax ?? ''}`
}

export function renderOaiDc(material: OaiMaterial) {
	const dc = (name: string, text: string, lang?: string) =>
		textElement(`dc:${name}`, text, lang ? { 'xml:lang': lang } : {})
	const files = material.versions.flatMap((v) => v.files)
	return element(
		'oai_dc:dc',
		[
			...material.versions.map((v) => dc('title', v.title, v.lang)),
			dc('creator', material.organisation ?? material.countryName),
			...material.risks.map((risk) => dc('subject', label(material, 'risk', risk), 'en')),
			...material.versions
				.filter((v) => v.description)
				.map((v) => dc('description', v.description, v.lang)),
			dc('publisher', material.countryName),
			...(material.organisation ? [dc('contributor', material.countryName)] : []),
			...(material.publishedAt
				? [dc('date', material.publishedAt.toISOString().slice(0, 10))]
				: []),
			...(DCMI_TYPE[material.resourceType] ? [dc('type', DCMI_TYPE[material.resourceType]!)] : []),
			dc('type', label(material, 'type', material.resourceType), 'en'),
			...[...new Set(files.map((f) => f.mediaType))].map((type) => dc('format', type)),
			dc('identifier', material.pageUrl),
			...files.map((f) => dc('identifier', f.url)),
			...(material.derivedFrom ? [dc('source', material.derivedFrom.pageUrl)] : []),
			...material.versions.map((v) => dc('language', v.lang)),
			dc('coverage', material.countryName),
			dc('rights', rightsUri(material.licence)),
			...(LICENCE_TERMS[material.licence].url
				? []
				: [dc('rights', label(material, 'licence', material.licence), 'en')]),
		],
		{
			'xmlns:oai_dc': OAI_DC,
			'xmlns:dc': DC,
			'xmlns:xsi': XSI,
			'xsi:schemaLocation': `${OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`,
		},
	)
}

/**
 * LOMv1.0's learningResourceType for the resource types that have one; the
 * exchange's own term is always given too, under its own source.
 */
const LOM_RESOURCE_TYPE: Record<string, string> = {
	poster: 'figure',
	leaflet: 'narrative text',
	'lesson-plan': 'lecture',
	presentation: 'slide',
	'game-quiz': 'self assessment',
	guide: 'narrative text',
}

/** LOMv1.0's intendedEndUserRole for the audiences that have one. */
const LOM_END_USER_ROLE: Record<string, string> = {
	children: 'learner',
	'young-people': 'learner',
	'teachers-educators': 'teacher',
}

/** The source named for the exchange's own vocabulary terms in LOM. */
export const LOM_LOCAL_SOURCE = 'AwarenessExchange'

function langString(texts: { lang: string; text: string }[]) {
	return texts
		.filter((t) => t.text)
		.map((t) => textElement('string', t.text, { language: t.lang }))
		.join('')
}

function vocabulary(source: string, value: string) {
	return [textElement('source', source), textElement('value', value)]
}

/** A vCard 3.0 for a LOM contribute entity: a country, or an organisation of a country. */
export function vcard(name: string, organisation: string) {
	const escape = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')
	return [
		'BEGIN:VCARD',
		'VERSION:3.0',
		`FN:${escape(name)}`,
		`ORG:${escape(organisation)}`,
		'END:VCARD',
	].join('\n')
}

export function renderLom(material: OaiMaterial) {
	const files = material.versions.flatMap((v) => v.files)
	const english = (text: string) => langString([{ lang: 'en', text }])
	const ageRange = typicalAgeRange(material.ageMin, material.ageMax)
	const general = element('general', [
		element('identifier', [textElement('catalog', 'URI'), textElement('entry', material.pageUrl)]),
		element('title', langString(material.versions.map((v) => ({ lang: v.lang, text: v.title })))),
		...material.versions.map((v) => textElement('language', v.lang)),
		...material.versions
			.filter((v) => v.description)
			.map((v) => element('description', langString([{ lang: v.lang, text: v.description }]))),
		...material.risks.map((risk) => element('keyword', english(label(material, 'risk', risk)))),
		element('coverage', english(material.countryName)),
	])
	const publisher = material.organisation
		? vcard(material.organisation, `${material.organisation} (${material.countryName})`)
		: vcard(material.countryName, material.countryName)
	const lifeCycle = element('lifeCycle', [
		element('contribute', [
			element('role', vocabulary('LOMv1.0', 'publisher')),
			textElement('entity', publisher),
			...(material.publishedAt
				? [element('date', textElement('dateTime', material.publishedAt.toISOString()))]
				: []),
		]),
	])
	const metaMetadata = element('metaMetadata', [textElement('metadataSchema', 'LOMv1.0')])
	const technical = element('technical', [
		...[...new Set(files.map((f) => f.mediaType))].map((type) => textElement('format', type)),
		...(files.length
			? [textElement('size', String(files.reduce((n, f) => n + f.byteSize, 0)))]
			: []),
		textElement('location', material.pageUrl),
		...files.map((f) => textElement('location', f.url)),
	])
	const educational = element('educational', [
		...(LOM_RESOURCE_TYPE[material.resourceType]
			? [
					element(
						'learningResourceType',
						vocabulary('LOMv1.0', LOM_RESOURCE_TYPE[material.resourceType]!),
					),
				]
			: []),
		element('learningResourceType', vocabulary(LOM_LOCAL_SOURCE, material.resourceType)),
		...[...new Set(material.audiences.map((a) => LOM_END_USER_ROLE[a]).filter(Boolean))].map(
			(role) => element('intendedEndUserRole', vocabulary('LOMv1.0', role!)),
		),
		...material.audiences.map((audience) =>
			element('intendedEndUserRole', vocabulary(LOM_LOCAL_SOURCE, audience)),
		),
		...(ageRange
			? [element('typicalAgeRange', langString([{ lang: 'x-none', text: ageRange }]))]
			: []),
		...material.versions.map((v) => textElement('language', v.lang)),
	])
	const rights = element('rights', [
		element('cost', vocabulary('LOMv1.0', 'no')),
		element(
			'copyrightAndOtherRestrictions',
			vocabulary('LOMv1.0', material.licence === 'cc0-1.0' ? 'no' : 'yes'),
		),
		element(
			'description',
			english(`${label(material, 'licence', material.licence)}: ${rightsUri(material.licence)}`),
		),
	])
	const relation = material.derivedFrom
		? element('relation', [
				element('kind', vocabulary('LOMv1.0', 'isbasedon')),
				element(
					'resource',
					element('identifier', [
						textElement('catalog', 'URI'),
						textElement('entry', material.derivedFrom.pageUrl),
					]),
				),
			])
		: ''
	return element(
		'lom',
		[general, lifeCycle, metaMetadata, technical, educational, rights, relation],
		{
			xmlns: LOM,
			'xmlns:xsi': XSI,
			'xsi:schemaLocation': `${LOM} http://ltsc.ieee.org/xsd/lomv1.0/lom.xsd`,
		},
	)
}
