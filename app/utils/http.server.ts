import { parseCatalogQuery } from '#app/domain/catalog-filters.ts'
import { isUiLanguage, negotiateUiLanguage } from '#app/domain/languages.ts'

/** Throws a response with `status` unless `condition` holds; the error boundary translates it. */
export function invariantResponse(
	condition: unknown,
	status = 404,
	message = 'Not found',
): asserts condition {
	if (!condition) throw new Response(message, { status, headers: { 'content-type': 'text/plain' } })
}

/** A JSON error body for the API: a stable code, a message and, for bad input, the parameter. */
export function jsonError(
	status: number,
	error: { code: string; message: string; param?: string },
) {
	return Response.json({ error }, { status, headers: { 'cache-control': 'no-store' } })
}

/**
 * The catalog query of an API request, or the 400 that names its first
 * invalid parameter; and the language for URLs and titles: `ui` if valid,
 * else Accept-Language.
 */
export function parseApiCatalogRequest(request: Request) {
	const url = new URL(request.url)
	const parsed = parseCatalogQuery(url.searchParams)
	const problem = parsed.problems[0]
	if (problem) {
		return {
			error: jsonError(400, {
				code: 'invalid_parameter',
				param: problem.param,
				message: `Invalid value for "${problem.param}": ${JSON.stringify(problem.value)}`,
			}),
		} as const
	}
	const ui = url.searchParams.get('ui')
	const uiLang = isUiLanguage(ui) ? ui : negotiateUiLanguage(request.headers.get('accept-language'))
	return { ...parsed, uiLang, error: null } as const
}
