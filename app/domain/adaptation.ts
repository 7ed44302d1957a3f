import { mainLanguageOf } from './countries.ts'
import { isContentLanguage } from './languages.ts'
import { LICENCE_TERMS, licencesAllowedForDerivative } from './licence.ts'
import { isEditableStatus } from './moderation.ts'
import { pickVersion } from './versions.ts'
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

/**
 * The guided flow of an adaptation, one page each (modelled on StoryWeaver's
 * translate, preview, publish): choose the languages and the licence,
 * translate side by side, preview the poster and the page as the public
 * will see them, submit for review.
 */
export const ADAPTATION_STEPS = ['languages', 'translate', 'preview', 'submit'] as const
export type AdaptationStep = (typeof ADAPTATION_STEPS)[number]

export function isAdaptationStep(value: unknown): value is AdaptationStep {
	return typeof value === 'string' && (ADAPTATION_STEPS as readonly string[]).includes(value)
}

/** The address of a step of an adaptation's guided flow. */
export function adaptationStepPath(lang: string, materialId: string, step: AdaptationStep) {
	return `/${lang}/workspace/adaptations/${materialId}/${step}`
}

/**
 * The step the workspace takes a country back to: where its last save in
 * the flow led (stored on the material), except that work sent back by a
 * reviewer starts again at the translation, and work no longer editable
 * (in review, public) shows where it stands. An adaptation from before the
 * step was stored is placed by its progress: nothing or part translated,
 * the translation; everything translated, the preview.
 */
export function resumeStep(
	material: { status: string; adaptationStep: string | null },
	progress?: { done: number; total: number },
): AdaptationStep {
	if (material.status === 'changes-requested') return 'translate'
	if (!isEditableStatus(material.status)) return 'submit'
	if (isAdaptationStep(material.adaptationStep) && material.adaptationStep !== 'languages')
		return material.adaptationStep
	return progress && progress.total > 0 && progress.done >= progress.total ? 'preview' : 'translate'
}

/**
 * The source version an adaptation starts from unless the person chooses
 * another: the one in their interface language (they can read it), else the
 * original. When only some versions of a poster are templates, the choice is
 * made among those, so that the boxes come with it.
 */
export function defaultSourceVersion<V extends { lang: string; hasTemplate: boolean }>(
	versions: readonly V[],
	uiLang: string,
	originalLang: string,
): V | undefined {
	const templates = versions.filter((v) => v.hasTemplate)
	return pickVersion(templates.length ? templates : versions, uiLang, originalLang)
}

/**
 * The language an adaptation is made in unless the person chooses another:
 * the adapting country's main language, else their interface language.
 */
export function defaultTargetLanguage(countryCode: string, uiLang: string): string {
	return mainLanguageOf(countryCode) ?? (isContentLanguage(uiLang) ? uiLang : '')
}
