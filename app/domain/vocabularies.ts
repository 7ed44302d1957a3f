/**
 * Controlled vocabularies. Values are language-neutral keys stored in the
 * database; their labels live in locales/{lng}/vocab.json under the
 * vocabulary's name (e.g. `audience.parents`). Labels follow the Luxembourg
 * Terminology Guidelines ("child sexual abuse material", never "child
 * pornography").
 */

export const AUDIENCES = [
	'children',
	'young-people',
	'parents-carers',
	'teachers-educators',
	'professionals',
	'general-public',
] as const
export type Audience = (typeof AUDIENCES)[number]

export const RISKS = [
	'grooming',
	'self-generated',
	'sextortion',
	'non-consensual-sharing',
	'sexual-exploitation',
	'reporting-help',
] as const
export type Risk = (typeof RISKS)[number]

export const RESOURCE_TYPES = [
	'poster',
	'leaflet',
	'video',
	'lesson-plan',
	'presentation',
	'game-quiz',
	'social-media-kit',
	'guide',
	'audio-spot',
] as const
export type ResourceType = (typeof RESOURCE_TYPES)[number]

export const LICENCES = [
	'cc-by-4.0',
	'cc-by-sa-4.0',
	'cc-by-nc-4.0',
	'cc-by-nc-sa-4.0',
	'cc-by-nd-4.0',
	'cc-by-nc-nd-4.0',
	'cc0-1.0',
	'all-rights-reserved',
] as const
export type Licence = (typeof LICENCES)[number]

export const MATERIAL_STATUSES = [
	'draft',
	'submitted',
	'changes-requested',
	'published',
	'withdrawn',
] as const
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number]

export const ACCESSIBILITY_FEATURES = [
	'captions',
	'audio-description',
	'sign-language',
	'easy-read',
	'screen-reader-pdf',
	'alt-text',
	'large-print',
] as const
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number]

export const CHANNELS = [
	'schools',
	'social-media',
	'television',
	'radio',
	'print',
	'website',
	'events',
	'helpline',
] as const
export type Channel = (typeof CHANNELS)[number]

export const EVALUATION_METHODS = [
	'none',
	'reach-metrics',
	'survey',
	'pre-post-test',
	'controlled-study',
	'qualitative',
] as const
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number]

/**
 * What a campaign's reach figure counts. Countries measure reach in the unit
 * their channel gives them; naming it keeps a million views from being
 * compared with a million people.
 */
export const REACH_UNITS = [
	'people',
	'students',
	'schools',
	'views',
	'visits',
	'downloads',
	'copies',
	'calls',
] as const
export type ReachUnit = (typeof REACH_UNITS)[number]

export const DERIVATION_KINDS = ['translation', 'adaptation'] as const
export type DerivationKind = (typeof DERIVATION_KINDS)[number]

export const ROLES = ['contributor', 'coordinator', 'reviewer', 'admin'] as const
export type Role = (typeof ROLES)[number]

/**
 * Age bands are fixed ranges over a material's [ageMin, ageMax]; a material
 * belongs to every band its range overlaps. Bounds are inclusive years.
 */
export const AGE_BANDS = [
	{ key: 'under-9', min: 0, max: 8 },
	{ key: '9-12', min: 9, max: 12 },
	{ key: '13-17', min: 13, max: 17 },
	{ key: 'adults', min: 18, max: 150 },
] as const
export type AgeBand = (typeof AGE_BANDS)[number]['key']
export const AGE_BAND_KEYS = AGE_BANDS.map((b) => b.key) as AgeBand[]

export function ageBandsOf(ageMin: number | null, ageMax: number | null): AgeBand[] {
	const lo = ageMin ?? 0
	const hi = ageMax ?? 150
	return AGE_BANDS.filter((band) => lo <= band.max && hi >= band.min).map((b) => b.key)
}

export function getAgeBand(key: string) {
	return AGE_BANDS.find((b) => b.key === key)
}

export const VOCABULARIES = {
	audience: AUDIENCES,
	risk: RISKS,
	type: RESOURCE_TYPES,
	licence: LICENCES,
	status: MATERIAL_STATUSES,
	accessibility: ACCESSIBILITY_FEATURES,
	channel: CHANNELS,
	evaluation: EVALUATION_METHODS,
	reach: REACH_UNITS,
	derivation: DERIVATION_KINDS,
	role: ROLES,
	age: AGE_BAND_KEYS,
} as const
export type VocabularyName = keyof typeof VOCABULARIES

export function isVocabularyValue<V extends VocabularyName>(
	vocabulary: V,
	value: unknown,
): value is (typeof VOCABULARIES)[V][number] {
	return (
		typeof value === 'string' && (VOCABULARIES[vocabulary] as readonly string[]).includes(value)
	)
}
