import { z } from 'zod'
import { can, countriesWhere, type Actor } from './permissions.ts'
import { MAX_OUTCOME_VALUE, MAX_USAGE_NOTE_LENGTH } from './usage-note-limits.ts'
import { REACH_UNITS } from './vocabularies.ts'

/**
 * "Used in our country": a country says it used another country's public
 * material or campaign, as it was or not, with a short note on how it went
 * and, if it has one, a figure of what came of it. One note per country and
 * work; the note belongs to the country, so its coordinators answer for it.
 *
 * The outcome figure counts the same things a campaign's reach does
 * (people, pupils and students, schools, views, website visits, downloads,
 * copies distributed, helpline calls): the vocabulary is the reach units, so
 * a note's figure reads like the campaign's own and sums with it if anyone
 * ever wants to.
 *
 * Messages are translation keys (common namespace, `usage.errors.*`).
 */

export { MAX_OUTCOME_VALUE, MAX_USAGE_NOTE_LENGTH }

export const USAGE_KINDS = ['material', 'campaign'] as const
export type UsageKind = (typeof USAGE_KINDS)[number]

/** Every message the form and its action can show; the unit test checks each exists in every UI language. */
export const USAGE_NOTE_ERRORS = [
	'note-required',
	'note-too-long',
	'outcome-value',
	'outcome-unit',
	'country',
	'own-country',
	'not-allowed',
] as const
export type UsageNoteError = `usage.errors.${(typeof USAGE_NOTE_ERRORS)[number]}`
const E = (key: (typeof USAGE_NOTE_ERRORS)[number]): UsageNoteError => `usage.errors.${key}`

/** '' is "not given"; else a whole number, spaces between digit groups allowed ("12 000"). */
const optionalWholeNumber = z.preprocess(
	(v) => {
		if (v === undefined || v === null) return null
		if (typeof v !== 'string') return Number.NaN
		const digits = v.replace(/\s/g, '')
		if (digits === '') return null
		return /^-?\d{1,12}$/.test(digits) ? Number(digits) : Number.NaN
	},
	z
		.number({ message: E('outcome-value') })
		.int(E('outcome-value'))
		.min(0, E('outcome-value'))
		.max(MAX_OUTCOME_VALUE, E('outcome-value'))
		.nullable(),
)

export const UsageNoteSchema = z
	.object({
		countryCode: z.string().regex(/^[A-Z]{2}$/, E('country')),
		note: z
			.string({ message: E('note-required') })
			.trim()
			.min(1, E('note-required'))
			.max(MAX_USAGE_NOTE_LENGTH, E('note-too-long')),
		outcomeValue: optionalWholeNumber,
		outcomeUnit: z.preprocess(
			(v) => (v === '' || v === undefined || v === null ? null : v),
			z.enum(REACH_UNITS, { message: E('outcome-unit') }).nullable(),
		),
	})
	// A figure says nothing without what it counts.
	.refine((d) => d.outcomeValue === null || d.outcomeUnit !== null, {
		message: E('outcome-unit'),
		path: ['outcomeUnit'],
		when: (payload) =>
			payload.issues.every(
				(issue) => issue.path?.[0] !== 'outcomeValue' && issue.path?.[0] !== 'outcomeUnit',
			),
	})
	// A unit alone is dropped: the list may have been left on a choice.
	.transform((d) => ({ ...d, outcomeUnit: d.outcomeValue === null ? null : d.outcomeUnit }))

export type UsageNoteInput = z.infer<typeof UsageNoteSchema>

/** The form's fields as typed, for showing them again after the server refused them. */
export interface UsageNoteValues {
	countryCode: string
	note: string
	outcomeValue: string
	outcomeUnit: string
}

export function usageNoteValuesFromForm(form: FormData): UsageNoteValues {
	const value = (name: string) => {
		const v = form.get(name)
		return typeof v === 'string' ? v : ''
	}
	return {
		countryCode: value('countryCode'),
		// Browsers send a textarea's line breaks as CRLF but count them as one
		// character: normalize so the server's limit is the one the browser showed.
		note: value('note').replace(/\r\n?/g, '\n'),
		outcomeValue: value('outcomeValue'),
		outcomeUnit: value('outcomeUnit'),
	}
}

export type UsageNoteErrors = Partial<Record<keyof UsageNoteInput | 'form', UsageNoteError>>

export function parseUsageNoteForm(
	form: FormData,
): { ok: true; note: UsageNoteInput } | { ok: false; errors: UsageNoteErrors } {
	const result = UsageNoteSchema.safeParse(usageNoteValuesFromForm(form))
	if (result.success) return { ok: true, note: result.data }
	const errors: UsageNoteErrors = {}
	for (const issue of result.error.issues) {
		const name = (issue.path[0] as keyof UsageNoteInput | undefined) ?? 'form'
		errors[name] ??= issue.message as UsageNoteError
	}
	return { ok: false, errors }
}

/**
 * The countries for which `actor` may say they used a work of
 * `ownerCountryCode`: where they contribute, less the work's own country
 * (a country does not report using its own work; adapting it is lineage).
 */
export function usageCountriesFor(actor: Actor | null | undefined, ownerCountryCode: string) {
	return countriesWhere(actor, 'create', 'usage-note').filter((code) => code !== ownerCountryCode)
}

/** The note as the rules see it: whose country's, and who wrote it. */
export interface UsageNoteScope {
	countryCode: string
	createdById: string | null
}

/**
 * Whether `actor` may change a note: its country's coordinators, or the
 * contributor who wrote it while they still work for that country.
 */
export function mayEditUsageNote(actor: Actor | null | undefined, note: UsageNoteScope) {
	return (
		countriesWhere(actor, 'create', 'usage-note').includes(note.countryCode) &&
		can(actor, 'edit', 'usage-note', { countryCode: note.countryCode, ownerId: note.createdById })
	)
}

/** Whether `actor` may take a note off: its country's coordinators. */
export function mayRemoveUsageNote(actor: Actor | null | undefined, note: UsageNoteScope) {
	return can(actor, 'remove', 'usage-note', { countryCode: note.countryCode })
}
