import { type Licence } from './vocabularies.ts'

export interface LicenceTerms {
	/** Reusers must credit the author. */
	attribution: boolean
	/** Derivatives must carry the same licence. */
	shareAlike: boolean
	/** No commercial use. */
	nonCommercial: boolean
	/** No derivatives (translations and adaptations included) without permission. */
	noDerivatives: boolean
	/** Reuse needs the owner's permission whatever the purpose. */
	allRightsReserved: boolean
	/** Canonical licence deed, or null. */
	url: string | null
}

const CC = (code: string) => `https://creativecommons.org/licenses/${code}/4.0/`

export const LICENCE_TERMS: Record<Licence, LicenceTerms> = {
	'cc-by-4.0': terms({ url: CC('by') }),
	'cc-by-sa-4.0': terms({ shareAlike: true, url: CC('by-sa') }),
	'cc-by-nc-4.0': terms({ nonCommercial: true, url: CC('by-nc') }),
	'cc-by-nc-sa-4.0': terms({ nonCommercial: true, shareAlike: true, url: CC('by-nc-sa') }),
	'cc-by-nd-4.0': terms({ noDerivatives: true, url: CC('by-nd') }),
	'cc-by-nc-nd-4.0': terms({ nonCommercial: true, noDerivatives: true, url: CC('by-nc-nd') }),
	'cc0-1.0': terms({
		attribution: false,
		url: 'https://creativecommons.org/publicdomain/zero/1.0/',
	}),
	'all-rights-reserved': terms({ allRightsReserved: true, noDerivatives: true, url: null }),
}

function terms(overrides: Partial<LicenceTerms>): LicenceTerms {
	return {
		attribution: true,
		shareAlike: false,
		nonCommercial: false,
		noDerivatives: false,
		allRightsReserved: false,
		url: null,
		...overrides,
	}
}

/** Whether a material under this licence may be translated or adapted without asking. */
export function allowsDerivatives(licence: Licence) {
	return !LICENCE_TERMS[licence].noDerivatives
}

/**
 * The licence a derivative must (or may) carry. ShareAlike forces the same
 * licence; NonCommercial is carried forward; otherwise the adapter chooses,
 * defaulting to the source's licence.
 */
export function licencesAllowedForDerivative(source: Licence): Licence[] {
	const src = LICENCE_TERMS[source]
	if (src.noDerivatives) return []
	if (src.shareAlike) return [source]
	const all = Object.keys(LICENCE_TERMS) as Licence[]
	return all.filter((candidate) => {
		const t = LICENCE_TERMS[candidate]
		if (t.allRightsReserved) return false
		if (src.nonCommercial && !t.nonCommercial) return false
		if (src.attribution && !t.attribution) return false
		return true
	})
}

/**
 * The parts of an attribution line, to be rendered with the translated
 * `attribution.line` string: "“{title}” by {owner}, {licence}".
 */
export function attributionParts(input: {
	title: string
	ownerName: string
	licence: Licence
	adaptedFrom?: { title: string; ownerName: string } | null
}) {
	return {
		title: input.title,
		owner: input.ownerName,
		licenceKey: input.licence,
		licenceUrl: LICENCE_TERMS[input.licence].url,
		needsAttribution: LICENCE_TERMS[input.licence].attribution,
		adaptedFrom: input.adaptedFrom ?? null,
	}
}

/**
 * How other systems name each licence: its SPDX identifier (null where SPDX
 * has none) and a URI a machine can resolve (JSON-LD `license`, Atom
 * `rel="license"`, the API). All rights reserved has no licence deed, so it is
 * named by the rightsstatements.org statement "In Copyright", which is what
 * Europeana and DPLA use for the same case.
 */
export const LICENCE_IDENTIFIERS: Record<Licence, { spdx: string | null; uri: string }> = {
	'cc-by-4.0': { spdx: 'CC-BY-4.0', uri: CC('by') },
	'cc-by-sa-4.0': { spdx: 'CC-BY-SA-4.0', uri: CC('by-sa') },
	'cc-by-nc-4.0': { spdx: 'CC-BY-NC-4.0', uri: CC('by-nc') },
	'cc-by-nc-sa-4.0': { spdx: 'CC-BY-NC-SA-4.0', uri: CC('by-nc-sa') },
	'cc-by-nd-4.0': { spdx: 'CC-BY-ND-4.0', uri: CC('by-nd') },
	'cc-by-nc-nd-4.0': { spdx: 'CC-BY-NC-ND-4.0', uri: CC('by-nc-nd') },
	'cc0-1.0': { spdx: 'CC0-1.0', uri: 'https://creativecommons.org/publicdomain/zero/1.0/' },
	'all-rights-reserved': { spdx: null, uri: 'http://rightsstatements.org/vocab/InC/1.0/' },
}

/** The URI that names a licence for machines (see LICENCE_IDENTIFIERS). */
export function licenceUri(licence: Licence) {
	return LICENCE_IDENTIFIERS[licence].uri
}
