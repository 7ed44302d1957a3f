/**
 * Calls a route module's loader or action the way Remix does, and reduces
 * what comes back (a returned or thrown Response, a `data()` value, plain
 * data) to one outcome a table can state: 'ok', 'login' (sent to sign in),
 * 'totp' (sent to set up a second factor), or the HTTP status of a refusal.
 */
export type Outcome = 'ok' | 'login' | 'totp' | number

type Handler = (args: {
	request: Request
	params: Record<string, string>
	context: Record<string, unknown>
}) => Promise<unknown>

export interface CallOptions {
	cookie?: string
	form?: Record<string, string | string[]>
	params?: Record<string, string>
	headers?: Record<string, string>
	context?: Record<string, unknown>
	/** The origin of the request's URL, as the server built it from the Host header. */
	origin?: string
}

export function buildRequest(url: string, options: CallOptions = {}) {
	const headers = new Headers(options.headers)
	if (options.cookie) headers.set('cookie', options.cookie)
	const href = `${options.origin ?? 'http://localhost'}${url}`
	if (!options.form) return new Request(href, { headers })
	const body = new URLSearchParams()
	for (const [key, value] of Object.entries(options.form))
		for (const one of [value].flat()) body.append(key, one)
	headers.set('content-type', 'application/x-www-form-urlencoded')
	return new Request(href, { method: 'POST', headers, body })
}

export async function call(handler: Handler | undefined, url: string, options: CallOptions = {}) {
	if (!handler) throw new Error(`no handler for ${url}`)
	const request = buildRequest(url, options)
	let result: unknown
	try {
		result = await handler({
			request,
			params: options.params ?? {},
			context: { clientAddress: '203.0.113.7', ...options.context },
		})
	} catch (thrown) {
		result = thrown
	}
	return { outcome: outcomeOf(result), result }
}

export function outcomeOf(result: unknown): Outcome {
	if (result instanceof Response) {
		if (result.status >= 300 && result.status < 400) {
			const location = result.headers.get('location') ?? ''
			if (/\/login(\/verify)?(\?redirectTo=|$)/.test(location)) return 'login'
			if (location.includes('/account/two-factor')) return 'totp'
			return 'ok'
		}
		return result.status < 300 ? 'ok' : result.status
	}
	if (result instanceof Error) throw result
	const init =
		(result as { type?: string; init?: ResponseInit | null } | null)?.type ===
		'DataWithResponseInit'
			? (result as { init?: ResponseInit | null }).init
			: null
	const status = init?.status ?? 200
	return status < 300 ? 'ok' : status
}
