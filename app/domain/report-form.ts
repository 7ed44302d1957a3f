import { z } from 'zod'
import { isContentLanguage } from './languages.ts'
import {
	ASSESSMENTS,
	MAX_MEASURE_TITLE,
	MAX_REPORT_TEXT,
	MAX_RETURN_COMMENT,
	MEASURE_STATES,
} from './reporting.ts'

/**
 * The forms of a country report, read the same way in the browser and on
 * the server, and what the report knows of the texts in them.
 *
 * A report is written part by part: one goal's assessment and follow-up, one
 * measure, the state of one carried measure, the activity narrative. Each
 * part is saved on its own and carries the revision it was loaded at, so a
 * save made from an older revision is recognised as a conflict instead of
 * overwriting what someone else saved meanwhile (app/models/reporting/).
 *
 * Messages are translation keys of the `reporting` namespace.
 */

/** The policy target whose report starts from the country's activity in the exchange. */
export const ACTIVITY_TARGET_KEY = 't3'

/** Campaigns and materials one measure may point at. */
export const MAX_EVIDENCE_PER_MEASURE = 20

/**
 * A report form holds at most two long texts; urlencoded, an Arabic
 * character takes six bytes, so two full texts need about 120 KB.
 */
export const MAX_REPORT_FORM_BYTES = 256 * 1024

export const REPORT_FORM_ERRORS = [
	'form-expired',
	'title-required',
	'title-too-long',
	'lang',
	'text-too-long',
	'invalid-choice',
	'too-much-evidence',
	'comment-required',
	'comment-too-long',
] as const
export type ReportFormError = `report.errors.${(typeof REPORT_FORM_ERRORS)[number]}`
const E = (key: (typeof REPORT_FORM_ERRORS)[number]): ReportFormError => `report.errors.${key}`

/** The parts a report is saved in, and the fields of each. */
export const PART_FIELDS = {
	goal: ['assessment', 'assessmentText', 'followUp'],
	measure: ['title', 'lang', 'description', 'campaigns', 'materials'],
	carried: ['state', 'stateComment'],
	activity: ['narrative'],
} as const
export type PartForm = keyof typeof PART_FIELDS

export interface GoalFields {
	assessment: string
	assessmentText: string
	followUp: string
}
export interface MeasureFields {
	title: string
	lang: string
	description: string
	campaigns: string[]
	materials: string[]
}
export interface CarriedFields {
	state: string
	stateComment: string
}
export interface ActivityFields {
	narrative: string
}
export interface FieldsOf {
	goal: GoalFields
	measure: MeasureFields
	carried: CarriedFields
	activity: ActivityFields
}

/** Ids are cuids or the seed's fixed ids: short, and nothing else. */
const ID = /^[A-Za-z0-9_-]{1,64}$/
/** A new measure's id, made when its form is shown: a form posted twice adds one measure. */
export const NEW_MEASURE_ID = /^m[a-z0-9]{20,40}$/

export function newMeasureId(random: () => string) {
	return `m${random()}`
}

// Browsers send a textarea's line breaks as CRLF but count them as one
// character: normalized, the server's limit is the one the browser showed.
const text = (max: number, message: ReportFormError) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : ''),
		z.string().trim().max(max, message),
	)
const longText = text(MAX_REPORT_TEXT, E('text-too-long'))

const revision = z.preprocess(
	(v) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : Number.NaN),
	z
		.number({ message: E('form-expired') })
		.int(E('form-expired'))
		.min(1, E('form-expired')),
)

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? v : ''),
		z.union([z.literal(''), z.enum(values)], { message: E('invalid-choice') }),
	)

const ids = z.preprocess(
	// One value or many; ticked twice (a replayed form), it counts once.
	(v) => [...new Set(Array.isArray(v) ? v : v ? [v] : [])],
	z
		.array(z.string().regex(ID, E('invalid-choice')))
		.max(MAX_EVIDENCE_PER_MEASURE, E('too-much-evidence')),
)

const SCHEMAS = {
	goal: z.object({
		assessment: choice(ASSESSMENTS),
		assessmentText: longText,
		followUp: longText,
	}),
	measure: z
		.object({
			title: z.preprocess(
				(v) => (typeof v === 'string' ? v : ''),
				z.string().trim().min(1, E('title-required')).max(MAX_MEASURE_TITLE, E('title-too-long')),
			),
			lang: z.preprocess(
				(v) => (typeof v === 'string' ? v : ''),
				z.string().refine((v) => isContentLanguage(v), E('lang')),
			),
			description: longText,
			campaigns: ids,
			materials: ids,
		})
		.refine((m) => m.campaigns.length + m.materials.length <= MAX_EVIDENCE_PER_MEASURE, {
			message: E('too-much-evidence'),
			path: ['materials'],
		}),
	carried: z.object({ state: choice(MEASURE_STATES), stateComment: longText }),
	activity: z.object({ narrative: longText }),
} satisfies Record<PartForm, z.ZodType>

export type ReportFormErrors = Partial<Record<string, ReportFormError>>

/** What a form sent, as typed, to show again beside its errors. */
export function formValues(form: FormData, part: PartForm) {
	const values: Record<string, string | string[]> = {}
	for (const name of PART_FIELDS[part]) {
		if (name === 'campaigns' || name === 'materials')
			values[name] = form.getAll(name).filter((v): v is string => typeof v === 'string')
		else {
			const v = form.get(name)
			values[name] = typeof v === 'string' ? v : ''
		}
	}
	return values
}

/** Reads one part's fields from a form. */
export function parsePartFields<P extends PartForm>(
	form: FormData,
	part: P,
): { ok: true; fields: FieldsOf[P] } | { ok: false; errors: ReportFormErrors } {
	const result = SCHEMAS[part].safeParse(formValues(form, part))
	if (result.success) return { ok: true, fields: result.data as FieldsOf[P] }
	const errors: ReportFormErrors = {}
	for (const issue of result.error.issues) {
		const name = String(issue.path[0] ?? 'form')
		errors[name] ??= issue.message as ReportFormError
	}
	return { ok: false, errors }
}

/** The revision a form was loaded at, or null when it is missing or not a revision. */
export function parseRevision(form: FormData) {
	const result = revision.safeParse(form.get('revision'))
	return result.success ? result.data : null
}

/** An id a form names (a goal, a measure, a conflict), or null when it cannot be one. */
export function parseId(form: FormData, name: string) {
	const v = form.get(name)
	return typeof v === 'string' && ID.test(v) ? v : null
}

/** Reads a conflict's stored fields back; null when they are not the part's. */
export function readStoredFields<P extends PartForm>(part: P, json: unknown): FieldsOf[P] | null {
	if (!json || typeof json !== 'object') return null
	const values: Record<string, unknown> = {}
	for (const name of PART_FIELDS[part]) values[name] = (json as Record<string, unknown>)[name]
	const result = SCHEMAS[part].safeParse(values)
	return result.success ? (result.data as FieldsOf[P]) : null
}

/**
 * Whether two versions of a part say the same: a save that changes nothing
 * is no conflict, whatever revision it was made from. Evidence is a set.
 */
export function sameFields<P extends PartForm>(part: P, a: FieldsOf[P], b: FieldsOf[P]) {
	return changedFields(part, a, b).length === 0
}

/** The names of the fields in which two versions differ, for the audit log. */
export function changedFields<P extends PartForm>(
	part: P,
	before: FieldsOf[P],
	after: FieldsOf[P],
) {
	return PART_FIELDS[part].filter((name) => {
		const x = (before as unknown as Record<string, unknown>)[name]
		const y = (after as unknown as Record<string, unknown>)[name]
		if (Array.isArray(x) && Array.isArray(y))
			return [...x].sort().join('\n') !== [...y].sort().join('\n')
		return x !== y
	})
}

/** The secretariat's comment when it returns a report: required, and bounded. */
export function parseReturnComment(
	form: FormData,
): { ok: true; comment: string } | { ok: false; error: ReportFormError } {
	const result = text(MAX_RETURN_COMMENT, E('comment-too-long')).safeParse(form.get('comment'))
	if (!result.success) return { ok: false, error: E('comment-too-long') }
	if (!result.data) return { ok: false, error: E('comment-required') }
	return { ok: true, comment: result.data }
}

/**
 * What a report still leaves unsaid, shown before it is submitted (a light
 * mechanism: it is a reminder, not a condition): goals without an
 * assessment, measures carried forward without their state.
 */
export function reportGaps(report: {
	entries: readonly { assessment: string }[]
	measures: readonly { kind: string; state: string }[]
}) {
	return {
		unassessedGoals: report.entries.filter((e) => !e.assessment).length,
		carriedWithoutState: report.measures.filter((m) => m.kind === 'carried' && !m.state).length,
	}
}

/**
 * The key a conflict names its part by: "goal:<goal id>", "measure:<measure
 * id>" (a carried measure's state too), "activity".
 */
export function partKey(part: PartForm, id?: string) {
	if (part === 'activity') return 'activity'
	return `${part === 'goal' ? 'goal' : 'measure'}:${id}`
}
