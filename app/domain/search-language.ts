/**
 * Language tags as search and the terminology check compare them. The
 * interface is offered in Norwegian Bokmål (`nb`, the tag browsers send),
 * while materials are written in Norwegian (`no`, the macrolanguage in
 * CONTENT_LANGUAGES): a Norwegian reader must be offered Norwegian
 * materials first, and the topic dictionary and terminology lists keep one
 * Norwegian entry for both. Serbian needs nothing here: its content tag is
 * `sr` in either script, and the dictionary lists its terms in both.
 */
const SAME_LANGUAGE: Readonly<Record<string, string>> = { nb: 'no', nn: 'no' }

/** The primary subtag of a BCP 47 tag in lower case, Bokmål and Nynorsk as `no`; '' for anything else. */
export function searchLanguageOf(tag: unknown): string {
	if (typeof tag !== 'string') return ''
	const primary = tag.trim().split(/[-_]/, 1)[0]!.toLowerCase()
	return Object.hasOwn(SAME_LANGUAGE, primary) ? SAME_LANGUAGE[primary]! : primary
}
