import { z } from 'zod'
import { COST_CURRENCIES, MAX_DURATION_MONTHS, maxMonthsWithin } from './campaign-evidence.ts'
import { isContentLanguage } from './languages.ts'
import { hasContactWithoutOrganisation, organisationFields } from './organisation.ts'
import { AUDIENCES, CHANNELS, EVALUATION_METHODS, REACH_UNITS, RISKS } from './vocabularies.ts'

/**
 * The campaign form, validated with one schema in the browser and on the
 * server. Messages are translation keys (contribute namespace,
 * `campaignForm.errors.*`), so each error is shown next to its field in the
 * reader's language. The form edits the campaign's shared facts and its text
 * in one language at a time.
 */

export const MAX_TITLE_LENGTH = 200
export const MAX_SUMMARY_LENGTH = 2000
export const MAX_TEXT_LENGTH = 5000
export const MIN_CAMPAIGN_YEAR = 1990
/** Prisma stores Int as a 32-bit integer; larger numbers would fail the write, not the form. */
export const MAX_REACH_COUNT = 2_147_483_647
/** Costs are stored as doubles, exact for whole numbers up to 2^53; this stays well below. */
export const MAX_COST_AMOUNT = 1_000_000_000_000_000

/** Campaigns may be planned a few years ahead; computed per call so a long-running server follows the calendar. */
export function maxCampaignYear(now = new Date()) {
	return now.getUTCFullYear() + 5
}

/**
 * The form carries the campaign's id: a new random one on the "new" form, so
 * posting it twice creates one campaign; the campaign's own id when editing.
 */
export const CAMPAIGN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{9,63}$/

export function newCampaignId(random: () => string) {
	return `c${random()}`
}

/** Every message the form can show; the unit test checks each exists in every UI language. */
export const CAMPAIGN_FORM_ERRORS = [
	'form-expired',
	'lang',
	'original-lang',
	'original-lang-untranslated',
	'title-required',
	'title-too-long',
	'summary-required',
	'summary-too-long',
	'text-too-long',
	'year',
	'year-order',
	'reach-count',
	'reach-unit',
	'evaluation',
	'cost-amount',
	'cost-currency',
	'duration',
	'duration-years',
	'invalid-choice',
	'audience-required',
	'risk-required',
	'organisation-too-long',
	'contact-invalid',
	'contact-too-long',
	'contact-without-organisation',
] as const
export type CampaignFormError = `campaignForm.errors.${(typeof CAMPAIGN_FORM_ERRORS)[number]}`
const E = (key: (typeof CAMPAIGN_FORM_ERRORS)[number]): CampaignFormError =>
	`campaignForm.errors.${key}`

const many = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(
		// One value or many; a value ticked twice (a replayed form) counts once,
		// so it cannot break the (campaign, value) primary key.
		(v) => [
			...new Set(v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
		],
		z.array(z.enum(values, { message: E('invalid-choice') })),
	)

/** '' is "not given"; anything else must be a whole number (spaces between digit groups are allowed). */
const optionalWholeNumber = (message: CampaignFormError, min: number, max: () => number) =>
	z.preprocess(
		(v) => {
			if (v === undefined || v === null) return null
			if (typeof v === 'number') return v
			if (typeof v !== 'string') return Number.NaN
			const digits = v.replace(/\s/g, '')
			if (digits === '') return null
			return /^-?\d{1,12}$/.test(digits) ? Number(digits) : Number.NaN
		},
		z
			.number({ message })
			.int(message)
			.min(min, message)
			.refine((n) => n <= max(), message)
			.nullable(),
	)

const optionalYear = optionalWholeNumber(E('year'), MIN_CAMPAIGN_YEAR, () => maxCampaignYear())

/**
 * A cost, in whole units: spaces, or commas, points and apostrophes between
 * groups of three digits, are read as the group separators of any language
 * ("120 000", "120,000", "120.000", "120'000"); anything else, decimals
 * included ("12.50"), is refused rather than guessed.
 */
const optionalAmount = z.preprocess(
	(v) => {
		if (v === undefined || v === null) return null
		if (typeof v === 'number') return v
		if (typeof v !== 'string') return Number.NaN
		const text = v.replace(/\s/g, '')
		if (text === '') return null
		if (/^\d{1,16}$/.test(text)) return Number(text)
		return /^\d{1,3}([,.'’]\d{3}){1,5}$/.test(text) && new Set(text.match(/[,.'’]/g)).size === 1
			? Number(text.replace(/[,.'’]/g, ''))
			: Number.NaN
	},
	z
		.number({ message: E('cost-amount') })
		.int(E('cost-amount'))
		.min(0, E('cost-amount'))
		.max(MAX_COST_AMOUNT, E('cost-amount'))
		.nullable(),
)

/** A choice from a list, '' meaning none. */
const optionalChoice = <T extends readonly [string, ...string[]]>(
	values: T,
	message: CampaignFormError,
) =>
	z.preprocess(
		(v) => (v === '' || v === undefined || v === null ? null : v),
		z.enum(values, { message }).nullable(),
	)

const longText = z.string().trim().max(MAX_TEXT_LENGTH, E('text-too-long')).default('')

/**
 * Which id the form may carry. A new campaign takes the fresh random id its
 * form was given (so a form posted twice finds the first campaign); an
 * existing campaign is named by its URL, whatever shape its id has (the
 * demo library's ids are short), and the form cannot point elsewhere.
 */
export type CampaignIdRule = 'new' | 'existing'

const campaignIdSchemas: Record<CampaignIdRule, z.ZodString> = {
	new: z.string().regex(CAMPAIGN_ID_PATTERN, E('form-expired')),
	existing: z.string().min(1, E('form-expired')).max(64, E('form-expired')),
}

/** For a check across fields: run it unless one of those fields is already wrong. */
const untouched =
	(...fields: string[]) =>
	(payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
		payload.issues.every((issue) => !fields.includes(String(issue.path?.[0])))

// Keys in the order of the form, so the first error is the first field to fix.
const campaignFormSchema = (idRule: CampaignIdRule) =>
	z
		.object({
			campaignId: campaignIdSchemas[idRule],
			lang: z.string({ message: E('lang') }).refine((v) => isContentLanguage(v), E('lang')),
			title: z
				.string({ message: E('title-required') })
				.trim()
				.min(1, E('title-required'))
				.max(MAX_TITLE_LENGTH, E('title-too-long')),
			summary: z
				.string({ message: E('summary-required') })
				.trim()
				.min(1, E('summary-required'))
				.max(MAX_SUMMARY_LENGTH, E('summary-too-long')),
			objectives: longText,
			originalLang: z
				.string({ message: E('original-lang') })
				.refine((v) => isContentLanguage(v), E('original-lang')),
			startYear: optionalYear,
			endYear: optionalYear,
			...organisationFields('campaignForm.errors.'),
			channels: many(CHANNELS),
			audiences: many(AUDIENCES).refine((v) => v.length > 0, E('audience-required')),
			risks: many(RISKS).refine((v) => v.length > 0, E('risk-required')),
			reachCount: optionalWholeNumber(E('reach-count'), 0, () => MAX_REACH_COUNT),
			reachUnit: optionalChoice(REACH_UNITS, E('reach-unit')),
			reach: longText,
			durationMonths: optionalWholeNumber(E('duration'), 1, () => MAX_DURATION_MONTHS),
			costAmount: optionalAmount,
			costCurrency: optionalChoice(COST_CURRENCIES, E('cost-currency')),
			evaluationMethod: optionalChoice(EVALUATION_METHODS, E('evaluation')),
			results: longText,
			lessonsLearned: longText,
		})
		.refine((d) => d.startYear === null || d.endYear === null || d.endYear >= d.startYear, {
			message: E('year-order'),
			path: ['endYear'],
			// Checked even when other fields are wrong, so every message shows at once;
			// not when a year itself is invalid (that field already says why).
			when: untouched('startYear', 'endYear'),
		})
		.refine((d) => d.costAmount === null || d.costCurrency !== null, {
			message: E('cost-currency'),
			path: ['costCurrency'],
			when: untouched('costAmount', 'costCurrency'),
		})
		.refine(
			(d) => {
				const max = maxMonthsWithin(d.startYear, d.endYear)
				return d.durationMonths === null || max === null || d.durationMonths <= max
			},
			{
				message: E('duration-years'),
				path: ['durationMonths'],
				when: untouched('durationMonths', 'startYear', 'endYear'),
			},
		)
		.refine((d) => !hasContactWithoutOrganisation(d), {
			message: E('contact-without-organisation'),
			path: ['organisation'],
			when: (payload) =>
				payload.issues.every(
					(issue) =>
						issue.path?.[0] !== 'organisation' && issue.path?.[0] !== 'organisationContact',
				),
		})
		// A unit or a currency alone says nothing: the form preselects one (people,
		// the country's currency), so it is kept only with its number. A count
		// sent without a unit counts people, as it did before units existed.
		.transform((d) => ({
			...d,
			reachUnit: d.reachCount === null ? null : (d.reachUnit ?? 'people'),
			costCurrency: d.costAmount === null ? null : d.costCurrency,
		}))

export const CampaignFormSchema = campaignFormSchema('new')
const ExistingCampaignFormSchema = campaignFormSchema('existing')

export type CampaignForm = z.infer<typeof CampaignFormSchema>

/** The form's fields as typed, for showing them again after the server refused them. */
export interface CampaignFormValues {
	campaignId: string
	lang: string
	originalLang: string
	title: string
	summary: string
	objectives: string
	reach: string
	results: string
	lessonsLearned: string
	startYear: string
	endYear: string
	organisation: string
	organisationContact: string
	reachCount: string
	reachUnit: string
	durationMonths: string
	costAmount: string
	costCurrency: string
	evaluationMethod: string
	channels: string[]
	audiences: string[]
	risks: string[]
}

/** Reads a form (browser FormData or server request body) into the schema's input shape. */
export function campaignValuesFromForm(form: FormData): CampaignFormValues {
	const value = (name: string) => {
		const v = form.get(name)
		return typeof v === 'string' ? v : ''
	}
	// Browsers send a textarea's line breaks as CRLF but count them as one
	// character: normalize so the server's limit is the one the browser showed.
	const text = (name: string) => value(name).replace(/\r\n?/g, '\n')
	const list = (name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string')
	const lang = value('lang')
	return {
		campaignId: value('campaignId'),
		lang,
		// The "new" form has no separate choice: the first text is the original.
		originalLang: form.has('originalLang') ? value('originalLang') : lang,
		title: value('title'),
		summary: text('summary'),
		objectives: text('objectives'),
		reach: text('reach'),
		results: text('results'),
		lessonsLearned: text('lessonsLearned'),
		startYear: value('startYear'),
		endYear: value('endYear'),
		organisation: value('organisation'),
		organisationContact: value('organisationContact'),
		reachCount: value('reachCount'),
		reachUnit: value('reachUnit'),
		durationMonths: value('durationMonths'),
		costAmount: value('costAmount'),
		costCurrency: value('costCurrency'),
		evaluationMethod: value('evaluationMethod'),
		channels: list('channels'),
		audiences: list('audiences'),
		risks: list('risks'),
	}
}

export type CampaignFormErrors = Partial<Record<keyof CampaignForm | 'form', string>>

export function parseCampaignForm(
	form: FormData,
	idRule: CampaignIdRule = 'new',
): { ok: true; campaign: CampaignForm } | { ok: false; errors: CampaignFormErrors } {
	const schema = idRule === 'new' ? CampaignFormSchema : ExistingCampaignFormSchema
	const result = schema.safeParse(campaignValuesFromForm(form))
	if (result.success) return { ok: true, campaign: result.data }
	const errors: CampaignFormErrors = {}
	for (const issue of result.error.issues) {
		const name = (issue.path[0] as keyof CampaignForm | undefined) ?? 'form'
		errors[name] ??= issue.message
	}
	return { ok: false, errors }
}
