import { z } from 'zod'

/**
 * The organisation that produced a campaign or a material ("Ministry of
 * Education", "e-Enfance"), credited beside the country: on the pages and in
 * every file that leaves the exchange. Optional; a material without its own
 * takes its campaign's. Its contact is an http(s) address or an e-mail
 * address, shown as a link, so nothing else (a `javascript:` URL, a phone
 * number written anyhow) may be stored.
 */

export const MAX_ORGANISATION_LENGTH = 200
/** The longest e-mail address SMTP allows is 254 characters; web addresses get a little more room. */
export const MAX_ORGANISATION_CONTACT_LENGTH = 300

/** The problems the fields can have, as their messages end. */
export const ORGANISATION_PROBLEMS = [
	'organisation-too-long',
	'contact-invalid',
	'contact-too-long',
	'contact-without-organisation',
] as const

// One @, no spaces, a dot in the domain: what people type, without trying to
// be RFC 5322 (quoted local parts are not worth a form's confusion).
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u

/** `https://…`, `http://…` or an e-mail address, or null for anything else. */
export function contactKind(contact: string): 'url' | 'email' | null {
	if (EMAIL.test(contact)) return 'email'
	if (!/^https?:\/\//i.test(contact) || /\s/.test(contact)) return null
	try {
		const url = new URL(contact)
		// A host with a dot or "localhost" is an address people can follow;
		// "https://x" or a user:password@ prefix is a mistake or a trick.
		if (url.username || url.password) return null
		if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null
		return 'url'
	} catch {
		return null
	}
}

/** Where a contact link goes: the web address, or `mailto:` and the address. */
export function contactHref(contact: string): string | null {
	const kind = contactKind(contact)
	if (kind === 'email') return `mailto:${contact}`
	return kind === 'url' ? new URL(contact).href : null
}

/** How a contact is shown: an e-mail address as it is, a web address without its scheme and final slash. */
export function contactLabel(contact: string) {
	if (contactKind(contact) !== 'url') return contact
	const url = new URL(contact)
	return `${url.host}${url.pathname === '/' ? '' : url.pathname}${url.search}`
}

/** Text fields: what was typed, trimmed, with runs of white space made one space; '' is "not given". */
const optionalLine = (max: number, tooLong: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v),
		z
			.string()
			.max(max, tooLong)
			.optional()
			.transform((v) => v || null),
	)

/**
 * The two fields as both forms take them. Messages are the problem keys
 * after `prefix` (each form's namespace: `draft.errors.`,
 * `campaignForm.errors.`).
 */
export function organisationFields(prefix: string) {
	return {
		organisation: optionalLine(MAX_ORGANISATION_LENGTH, `${prefix}organisation-too-long`),
		organisationContact: optionalLine(
			MAX_ORGANISATION_CONTACT_LENGTH,
			`${prefix}contact-too-long`,
		).refine((v) => v === null || contactKind(v) !== null, `${prefix}contact-invalid`),
	}
}

/** A contact names nobody on its own: it needs the organisation beside it. */
export function hasContactWithoutOrganisation(value: {
	organisation: string | null
	organisationContact: string | null
}) {
	return value.organisationContact !== null && value.organisation === null
}

export interface Organisation {
	name: string
	contact: string | null
	/** Whose it is: the material's own, or its campaign's. */
	from: 'material' | 'campaign'
}

type WithOrganisation = { organisation: string | null; organisationContact: string | null }

/**
 * The organisation credited for a material: its own, else its campaign's.
 * A contact stays with its organisation: a material that names one without
 * a contact does not borrow the campaign's.
 */
export function producingOrganisation(
	material: WithOrganisation,
	campaign: WithOrganisation | null | undefined,
): Organisation | null {
	if (material.organisation)
		return { name: material.organisation, contact: material.organisationContact, from: 'material' }
	if (campaign?.organisation)
		return { name: campaign.organisation, contact: campaign.organisationContact, from: 'campaign' }
	return null
}

/**
 * Who a credit names: the organisation with its country ("e-Enfance
 * (France)", `attribution.organisation`), or the country alone. The page
 * and every downloaded file say it the same way. `listed` is the form for
 * a sentence that already puts the owner in parentheses ("e-Enfance,
 * France").
 */
export function creditedOwner(
	t: (
		key: 'attribution.organisation' | 'attribution.organisationListed',
		values: { organisation: string; country: string },
	) => string,
	country: string,
	organisation: string | null | undefined,
	form: 'named' | 'listed' = 'named',
) {
	if (!organisation) return country
	const key = form === 'listed' ? 'attribution.organisationListed' : 'attribution.organisation'
	return t(key, { organisation, country })
}
