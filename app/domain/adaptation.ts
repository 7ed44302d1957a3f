import { LICENCE_TERMS, licencesAllowedForDerivative } from './licence.ts'
import { type Licence } from './vocabularies.ts'

/**
 * Adapting another country's material: the licence gate, the segments a
 * translator works through, and what changed in the source since.
 */

export type GateResult =
	| { allowed: true; licences: Licence[]; byPermission: boolean }
	| { allowed: false; reason: 'no-derivatives' | 'all-rights-reserved' }

/**
 * Whether a country may adapt a material under `licence`, and which licences
 * its adaptation may carry. NoDerivatives and all-rights-reserved materials
 * need the owner's recorded permission; with it, the adaptation keeps the
 * source's licence (the owner agreed to this use, not to relicensing).
 */
export function adaptationGate(
	licence: Licence,
	options: { permissionGranted: boolean },
): GateResult {
	// The source's own licence first: it is the form's default choice.
	const allowed = licencesAllowedForDerivative(licence).sort(
		(a, b) => Number(b === licence) - Number(a === licence),
	)
	if (allowed.length) return { allowed: true, licences: allowed, byPermission: false }
	if (options.permissionGranted) return { allowed: true, licences: [licence], byPermission: true }
	return {
		allowed: false,
		reason: LICENCE_TERMS[licence].allRightsReserved ? 'all-rights-reserved' : 'no-derivatives',
	}
}

/** The pieces of a language version a translator works through, in order. */
export const BASE_SEGMENTS = ['title', 'description', 'helpline', 'legal'] as const
export type BaseSegment = (typeof BASE_SEGMENTS)[number]

/** Segment keys: the base ones, and a poster's text slots as `slot:<id>`. */
export function isSegmentKey(key: string) {
	return (BASE_SEGMENTS as readonly string[]).includes(key) || /^slot:[a-z0-9-]{1,40}$/.test(key)
}

/** Longest text of one segment; a description is the longest piece of a material. */
export const MAX_SEGMENT_LENGTH = 5000

export interface Segment {
	key: string
	/** The source's text (what to translate). */
	source: string
	/** The translation so far. */
	text: string
	/** The source's text when this segment was translated, if it has changed since. */
	sourceAtTranslation?: string | null
}

/** How many segments that have something to translate are done. */
export function segmentProgress(segments: readonly Segment[]) {
	const todo = segments.filter((s) => s.source.trim() !== '')
	return { done: todo.filter((s) => s.text.trim() !== '').length, total: todo.length }
}

/** Segments whose source text is no longer the one they were translated from. */
export function changedSegments(segments: readonly Segment[]) {
	return segments
		.filter((s) => s.sourceAtTranslation != null && s.sourceAtTranslation !== s.source)
		.map((s) => s.key)
}

/** A translation keeps the material as it is in another language; an adaptation may change more. */
export type AdaptationKind = 'translation' | 'adaptation'
