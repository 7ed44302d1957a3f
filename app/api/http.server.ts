import { createHash } from 'node:crypto'
import { type z } from 'zod'
import { MAX_QUERY_LENGTH } from '#app/domain/catalog-filters.ts'
import { isUiLanguage, negotiateUiLanguage } from '#app/domain/languages.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { type ProblemCode } from './schemas.ts'

/**
 * What every answer of the public API shares: the query read through the
 * API's Zod schemas, errors as RFC 9457 problem details, CORS so another
 * site's pages can call it, and validators (ETag) so a client can ask again
 * cheaply.
 */

/**
 * Parameters a value of which may repeat (`?risk=a&risk=b`) or be
 * comma-separated (`?risk=a,b`): read as arrays, the way the HTML catalog
 * reads them.
 */
const LIST_PARAMS = new Set([
	'audience',
	'risk',
	'lang',
	'country',
	'type',
	'age',
	'licence',
	'accessibility',
])
/** Bounds the work one request can ask for: further values of one parameter are dropped. */
const MAX_VALUES_PER_PARAM = 20

/**
 * The public GET API is read by other sites' pages (a ministry's portal
 * pulling materials into its own). It needs no credentials, so any origin
 * may read it, and the answer does not depend on Origin (no Vary: Origin).
 */
const CORS_HEADERS = {
	'access-control-allow-origin': '*',
	// The search API's rate limit says where the caller stands in these.
	'access-control-expose-headers': 'ETag, Retry-After, RateLimit, RateLimit-Policy',
}
/** Request headers a caller may send: the language, and If-None-Match to revalidate. */
const ALLOWED_REQUEST_HEADERS = 'Accept, Accept-Language, If-None-Match'
/** How long a browser may keep a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE_S = 86_400
/**
 * Every API answer's words (titles, URLs) follow Accept-Language when `ui`
 * is not given: a shared cache must keep one copy per language.
 */
const VARY = 'Accept-Language'

/** The answer to a CORS preflight (OPTIONS) on a public GET endpoint. */
export function answerPreflight() {
	return new Response(null, {
		status: 204,
		headers: {
			...CORS_HEADERS,
			'access-control-allow-methods': 'GET, HEAD, OPTIONS',
			'access-control-allow-headers': ALLOWED_REQUEST_HEADERS,
			'access-control-max-age': String(PREFLIGHT_MAX_AGE_S),
			allow: 'GET, HEAD, OPTIONS',
		},
	})
}

/** A link the API answers: absolute on the public origin when APP_ORIGIN is set, else a path. */
export function apiUrl(path: string) {
	const origin = getEnv().APP_ORIGIN
	return origin ? new URL(path, origin).href : path
}

/** The language of titles and page URLs: `ui` when it names a UI language, else Accept-Language. */
export function answerLanguage(request: Request) {
	const ui = new URL(request.url).searchParams.get('ui')
	return isUiLanguage(ui) ? ui : negotiateUiLanguage(request.headers.get('accept-language'))
}

const PROBLEM_TITLES: Record<ProblemCode, string> = {
	invalid_parameter: 'Invalid query parameter',
	not_found: 'Not found',
	rate_limited: 'Too many requests',
}

/**
 * An RFC 9457 problem details answer. `code` and `param` are extension
 * members that clients already branch on; `error` repeats them in the shape
 * the API answered first, so no client breaks. The type URI points at the
 * problem's entry in the API documentation.
 */
export function answerProblem(
	status: number,
	problem: { code: ProblemCode; detail: string; param?: string },
) {
	const { code, detail, param } = problem
	const body = {
		type: apiUrl(`/en/api#problem-${code}`),
		title: PROBLEM_TITLES[code],
		status,
		detail,
		code,
		...(param ? { param } : {}),
		error: { code, message: detail, ...(param ? { param } : {}) },
	}
	return new Response(JSON.stringify(body), {
		status,
		headers: {
			'content-type': 'application/problem+json',
			'cache-control': 'no-store',
			vary: VARY,
			...CORS_HEADERS,
		},
	})
}

/**
 * A JSON answer with CORS, Vary and a weak ETag, or 304 Not Modified when
 * the client's If-None-Match already names it. The tag is a hash of the
 * body; `volatile` names members left out of it (a search's time taken),
 * which change between two otherwise equal answers. That is what a weak
 * validator means: the same content, not the same bytes.
 */
export function answerJson(
	request: Request,
	body: object,
	{ maxAgeS, volatile = [] }: { maxAgeS: number; volatile?: string[] },
) {
	const stable = Object.fromEntries(Object.entries(body).filter(([k]) => !volatile.includes(k)))
	const etag = `W/"${createHash('sha256').update(JSON.stringify(stable)).digest('base64url').slice(0, 32)}"`
	const headers = {
		'cache-control': `public, max-age=${maxAgeS}`,
		vary: VARY,
		etag,
		...CORS_HEADERS,
	}
	if (matchesEtag(request.headers.get('if-none-match'), etag))
		return new Response(null, { status: 304, headers })
	return Response.json(body, { headers })
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ is ignored on both sides. */
function matchesEtag(ifNoneMatch: string | null, etag: string) {
	if (!ifNoneMatch) return false
	const ours = etag.replace(/^W\//, '')
	return ifNoneMatch
		.split(',')
		.map((tag) => tag.trim().replace(/^W\//, ''))
		.some((tag) => tag === '*' || tag === ours)
}

/**
 * The query of an API request, validated by `schema`, or the 400 problem
 * that names its first invalid parameter. List parameters are gathered from
 * repeats and commas, country codes upper-cased and other values
 * lower-cased (`country=fr`, `risk=Grooming` work); an unknown `ui` is
 * ignored, and a long `q` is cut rather than refused.
 */
export function parseApiQuery<S extends z.ZodObject>(
	request: Request,
	schema: S,
): { data: z.infer<S>; error: null } | { data: null; error: Response } {
	const params = new URL(request.url).searchParams
	const input: Record<string, unknown> = {}
	for (const key of Object.keys(schema.shape)) {
		if (LIST_PARAMS.has(key)) {
			const values = params
				.getAll(key)
				.flatMap((v) => v.split(','))
				.map((v) => v.trim())
				.filter(Boolean)
				.map((v) => (key === 'country' ? v.toUpperCase() : v.toLowerCase()))
			if (values.length) input[key] = [...new Set(values)]
			continue
		}
		const value = params.get(key)
		if (value === null || value === '') continue
		if (key === 'ui' && !isUiLanguage(value)) continue
		input[key] = key === 'q' ? value.slice(0, MAX_QUERY_LENGTH).trim() : value
	}
	const parsed = schema.safeParse(input)
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!
		const param = String(issue.path[0])
		const raw = input[param]
		const value = Array.isArray(raw) ? raw[Number(issue.path[1] ?? 0)] : raw
		return {
			data: null,
			error: answerProblem(400, {
				code: 'invalid_parameter',
				param,
				detail: `Invalid value for "${param}": ${JSON.stringify(String(value).slice(0, 64))}`,
			}),
		}
	}
	const data = parsed.data as Record<string, unknown>
	for (const key of LIST_PARAMS) {
		const list = data[key]
		data[key] = Array.isArray(list) ? list.slice(0, MAX_VALUES_PER_PARAM) : []
	}
	return { data: data as z.infer<S>, error: null }
}
