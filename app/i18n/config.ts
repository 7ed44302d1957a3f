import { createInstance, type i18n as I18n, type Resource } from 'i18next'
import { DEFAULT_UI_LANGUAGE } from '#app/domain/languages.ts'

export const NAMESPACES = ['common', 'vocab', 'account', 'contribute', 'reporting'] as const
export type Namespace = (typeof NAMESPACES)[number]
export type LanguageResources = Record<Namespace, Record<string, unknown>>

/**
 * One i18next instance per render (server) or per language (browser), built
 * synchronously from resources that are already in memory: the browser gets
 * them from the root loader, so no request waterfall and no flash of keys.
 */
export function createI18n(
	lang: string,
	resources: LanguageResources,
	fallback?: LanguageResources,
) {
	const instance: I18n = createInstance()
	const all: Resource = { [lang]: resources }
	if (fallback && lang !== DEFAULT_UI_LANGUAGE) all[DEFAULT_UI_LANGUAGE] = fallback
	void instance.init({
		lng: lang,
		fallbackLng: DEFAULT_UI_LANGUAGE,
		ns: [...NAMESPACES],
		defaultNS: 'common',
		resources: all,
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false,
	})
	return instance
}
