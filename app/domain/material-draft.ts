import { z } from 'zod'
import { isContentLanguage } from './languages.ts'
import { hasContactWithoutOrganisation, organisationFields } from './organisation.ts'
import {
	ACCESSIBILITY_FEATURES,
	AUDIENCES,
	LICENCES,
	RESOURCE_TYPES,
	RISKS,
} from './vocabularies.ts'

/**
 * The material draft form, validated with one schema in the browser and on
 * the server. Messages are translation keys (account namespace,
 * `draft.errors.*`), so each error is shown next to its field in the
 * reader's language.
 */

export const MAX_TITLE_LENGTH = 200
export const MAX_DESCRIPTION_LENGTH = 5000

/**
 * The form carries the material's id: a new random one on the "new" form, so
 * posting it twice creates one material; the material's own id when editing.
 */
export const DRAFT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{9,63}$/

/**
 * A campaign id as a form may name one: the form's own ids, the demo
 * library's short ones and generated cuids. Whether it is a campaign of the
 * material's country is the model's question (it needs the database).
 */
const CAMPAIGN_REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

const many = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(
		// A value ticked twice (a crafted post) counts once.
		(v) =>
			v === undefined || v === null || v === '' ? [] : [...new Set(Array.isArray(v) ? v : [v])],
		z.array(z.enum(values, { message: 'draft.errors.invalid-choice' })).max(values.length),
	)

const optionalAge = z.preprocess(
	(v) => (v === '' || v === undefined || v === null ? null : Number(v)),
	z
		.number({ message: 'draft.errors.age' })
		.int('draft.errors.age')
		.min(0, 'draft.errors.age')
		.max(120, 'draft.errors.age')
		.nullable(),
)

export const MaterialDraftSchema = z
	.object({
		draftId: z.string().regex(DRAFT_ID_PATTERN, 'draft.errors.form-expired'),
		// '' is "no campaign"; a form without the field leaves the campaign as it is.
		campaignId: z.preprocess(
			(v) => (v === '' || v === null ? null : v),
			z.string().regex(CAMPAIGN_REF_PATTERN, 'draft.errors.campaign').nullable().optional(),
		),
		title: z
			.string({ message: 'draft.errors.title-required' })
			.trim()
			.min(1, 'draft.errors.title-required')
			.max(MAX_TITLE_LENGTH, 'draft.errors.title-too-long'),
		description: z
			.string()
			.trim()
			.max(MAX_DESCRIPTION_LENGTH, 'draft.errors.description-too-long')
			.default(''),
		lang: z.string().refine((v) => isContentLanguage(v), 'draft.errors.lang'),
		resourceType: z.enum(RESOURCE_TYPES, { message: 'draft.errors.type' }),
		licence: z.enum(LICENCES, { message: 'draft.errors.licence' }),
		audiences: many(AUDIENCES).refine((v) => v.length > 0, 'draft.errors.audience-required'),
		risks: many(RISKS).refine((v) => v.length > 0, 'draft.errors.risk-required'),
		accessibility: many(ACCESSIBILITY_FEATURES),
		ageMin: optionalAge,
		ageMax: optionalAge,
		...organisationFields('draft.errors.'),
	})
	.refine((d) => d.ageMin === null || d.ageMax === null || d.ageMin <= d.ageMax, {
		message: 'draft.errors.age-order',
		path: ['ageMax'],
	})
	.refine((d) => !hasContactWithoutOrganisation(d), {
		message: 'draft.errors.contact-without-organisation',
		path: ['organisation'],
		// Said even when other fields are wrong, so every message shows at once.
		when: (payload) =>
			payload.issues.every(
				(issue) => issue.path?.[0] !== 'organisation' && issue.path?.[0] !== 'organisationContact',
			),
	})

export type MaterialDraft = z.infer<typeof MaterialDraftSchema>

/** Reads a form (browser FormData or server request body) into the schema's input shape. */
export function draftInputFromForm(form: FormData) {
	const value = (name: string) => {
		const v = form.get(name)
		return typeof v === 'string' ? v : undefined
	}
	return {
		draftId: value('draftId'),
		campaignId: form.has('campaignId') ? (value('campaignId') ?? '') : undefined,
		title: value('title'),
		description: value('description') ?? '',
		lang: value('lang'),
		resourceType: value('resourceType'),
		licence: value('licence'),
		audiences: form.getAll('audiences').filter((v) => typeof v === 'string'),
		risks: form.getAll('risks').filter((v) => typeof v === 'string'),
		accessibility: form.getAll('accessibility').filter((v) => typeof v === 'string'),
		ageMin: value('ageMin') ?? '',
		ageMax: value('ageMax') ?? '',
		organisation: value('organisation') ?? '',
		organisationContact: value('organisationContact') ?? '',
	}
}

export type DraftErrors = Partial<Record<keyof MaterialDraft | 'form', string>>

export function parseMaterialDraft(
	form: FormData,
): { ok: true; draft: MaterialDraft } | { ok: false; errors: DraftErrors } {
	const result = MaterialDraftSchema.safeParse(draftInputFromForm(form))
	if (result.success) return { ok: true, draft: result.data }
	const errors: DraftErrors = {}
	for (const issue of result.error.issues) {
		const field = (issue.path[0] as keyof MaterialDraft | undefined) ?? 'form'
		errors[field] ??= issue.message
	}
	return { ok: false, errors }
}

export function newDraftId(random: () => string) {
	return `d${random()}`
}

/** A new language version of a material: its language, title and description. */
export const MaterialVersionSchema = z.object({
	lang: z.string().refine((v) => isContentLanguage(v), 'draft.errors.lang'),
	title: z
		.string({ message: 'draft.errors.title-required' })
		.trim()
		.min(1, 'draft.errors.title-required')
		.max(MAX_TITLE_LENGTH, 'draft.errors.title-too-long'),
	description: z
		.string()
		.trim()
		.max(MAX_DESCRIPTION_LENGTH, 'draft.errors.description-too-long')
		.default(''),
})

export function parseMaterialVersion(form: FormData) {
	const value = (name: string) => {
		const v = form.get(name)
		return typeof v === 'string' ? v : undefined
	}
	const result = MaterialVersionSchema.safeParse({
		lang: value('lang'),
		title: value('title'),
		description: value('description') ?? '',
	})
	if (result.success) return { ok: true as const, version: result.data }
	const errors: Partial<Record<'lang' | 'title' | 'description', string>> = {}
	for (const issue of result.error.issues) {
		const name = issue.path[0] as 'lang' | 'title' | 'description'
		errors[name] ??= issue.message
	}
	return { ok: false as const, errors }
}
