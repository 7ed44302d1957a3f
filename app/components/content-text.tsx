import { type ReactNode } from 'react'
import { directionOf } from '#app/domain/languages.ts'

/**
 * `lang` and `dir` for an element that holds content in a language of its
 * own (a title, a description): a block in another direction than the page
 * gets its own, so it neither reorders nor aligns against the page's.
 */
export function contentLanguage(lang: string | null | undefined) {
	return lang ? { lang, dir: directionOf(lang) } : { dir: 'auto' as const }
}

/**
 * Content people wrote (a title, a name, a reason) inside the interface's own
 * sentences, lists and tables. `<bdi>` isolates it: on an Arabic page a
 * Spanish title keeps its order ("¿Te chantajean…?", not "?Te chantajean…¿"),
 * and the words around it keep theirs. With its language it also takes that
 * language's direction; without (a name, an e-mail address), the direction of
 * its first letter.
 */
export function ContentText({ lang, children }: { lang?: string | null; children: ReactNode }) {
	return <bdi {...(lang ? contentLanguage(lang) : {})}>{children}</bdi>
}

/**
 * The same isolation for text that cannot hold markup: a translated sentence
 * that takes a title as a value, an <option>, an attribute. U+2068 FIRST
 * STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE do what <bdi> does.
 */
export function isolate(text: string) {
	return text ? `\u2068${text}\u2069` : text
}
