import { type LanguageResources } from './config.ts'

/**
 * The interface strings of each UI language, as this process holds them. On
 * the server every language is registered at start (entry.server.tsx); in the
 * browser a language is registered once its file has been fetched, before the
 * page hydrates (entry.client.tsx) or before a navigation into that language
 * renders (the root's clientLoader). The strings never travel inside a page:
 * the page names their file (`/strings/<lang>.<version>.json`), which the
 * browser caches for as long as that version lives (decision 022).
 */
const registered = new Map<string, LanguageResources>()

export function registerStrings(lang: string, resources: LanguageResources) {
	registered.set(lang, resources)
}

/** The strings of `lang`, if this process has them. */
export function findStrings(lang: string) {
	return registered.get(lang)
}

const loading = new Map<string, Promise<LanguageResources>>()

/**
 * Fetches and registers the strings file at `url` for `lang`, once: a second
 * call for the same file waits for the first. The browser's cache usually
 * answers, since the page preloads the file and its address changes with its
 * content.
 */
export function loadStrings(lang: string, url: string): Promise<LanguageResources> {
	let pending = loading.get(url)
	if (!pending) {
		pending = fetch(url, { credentials: 'same-origin' }).then(async (response) => {
			if (!response.ok)
				throw new Error(`the interface strings at ${url} answered ${response.status}`)
			const resources = (await response.json()) as LanguageResources
			registerStrings(lang, resources)
			return resources
		})
		loading.set(url, pending)
		// A failed fetch is not remembered: the next navigation tries again.
		pending.catch(() => loading.delete(url))
	}
	return pending
}
