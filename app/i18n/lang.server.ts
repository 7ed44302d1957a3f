import { isUiLanguage, negotiateUiLanguage, type UiLanguage } from '#app/domain/languages.ts'

/** The UI language of a request: the URL prefix when valid, else Accept-Language. */
export function getRequestLanguage(request: Request, params: { lang?: string }): UiLanguage {
	if (isUiLanguage(params.lang)) return params.lang
	return negotiateUiLanguage(request.headers.get('accept-language'))
}
