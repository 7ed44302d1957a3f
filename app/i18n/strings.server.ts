import crypto from 'node:crypto'
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from '#app/domain/languages.ts'
import { RESOURCES } from './resources.server.ts'
import { registerStrings } from './strings.ts'

/**
 * Each language's strings file: its JSON, and a version taken from that JSON,
 * so the file's address changes exactly when its content does and browsers
 * and caches may keep it for a year.
 */
const FILES = Object.fromEntries(
	UI_LANGUAGES.map((lang) => {
		const json = JSON.stringify(RESOURCES[lang])
		const version = crypto.createHash('sha256').update(json).digest('base64url').slice(0, 12)
		return [lang, { json, version }]
	}),
) as Record<UiLanguage, { json: string; version: string }>

/** The address of `lang`'s strings file, as pages name it. */
export function stringsUrl(lang: UiLanguage) {
	return `/strings/${lang}.${FILES[lang].version}.json`
}

/**
 * The strings file a request names (`en.<version>.json`): its JSON, and
 * whether the version asked for is the current one. An old version (a page
 * rendered before a deployment) gets the current strings, which must then not
 * be kept under the old address.
 */
export function readStringsFile(name: string) {
	const match = /^([a-z]{2})\.([\w-]{1,32})\.json$/.exec(name)
	const lang = match?.[1]
	if (!match || !isUiLanguage(lang)) return null
	const file = FILES[lang]
	return { json: file.json, current: match[2] === file.version, version: file.version }
}

/** Makes every language's strings available to the server's renders. */
export function registerServerStrings() {
	for (const lang of UI_LANGUAGES) registerStrings(lang, RESOURCES[lang])
}
