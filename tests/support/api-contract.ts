import OpenAPIResponseValidator from 'openapi-response-validator'
import { expect } from 'vitest'
import { buildOpenApiDocument } from '#app/api/openapi.server.ts'

/**
 * Checks the API's answers against its own OpenAPI description with
 * openapi-response-validator (an independent validator, on Ajv): every
 * answer must be one the document lists for its path, with a body its
 * schema accepts, and never a server error.
 */

type Document = ReturnType<typeof buildOpenApiDocument>

let built: Document | undefined
/** The document as the server would serve it, built once per test file. */
export function openApiDocument() {
	return (built ??= JSON.parse(JSON.stringify(buildOpenApiDocument())) as Document)
}

/** The documented path ('/api/v1/materials/{id}') a request path answers to, or undefined. */
export function documentedPath(document: Document, pathname: string) {
	return Object.keys(document.paths ?? {}).find((template) => {
		const pattern = template.replace(/\{[^}]+\}/g, '[^/]+')
		return new RegExp(`^${pattern}$`).test(pathname)
	})
}

/**
 * The problems with one answer: none when the status is documented for the
 * path (GET) and the body matches the schema of that status.
 */
export function contractProblems(
	url: string,
	status: number,
	body: unknown,
	document: Document = openApiDocument(),
) {
	const pathname = new URL(url, 'http://localhost').pathname
	if (status >= 500) return [`${url}: server error ${status}`]
	const template = documentedPath(document, pathname)
	if (!template) return [`${url}: path not in the OpenAPI document`]
	const operation = document.paths![template]!.get!
	const responses = operation.responses as Record<string, unknown>
	if (!responses[String(status)]) return [`${url}: status ${status} not documented`]
	if (status === 304) return []
	const validator = new OpenAPIResponseValidator({
		responses: responses as never,
		components: document.components as never,
	})
	const result = validator.validateResponse(status, body)
	return (result?.errors ?? []).map(
		(error: { path: string; message: string; errorCode: string }) =>
			`${url} (${status}): ${error.path} ${error.message} [${error.errorCode}]`,
	)
}

/** Reads a Response from the API and fails the test when it breaks the contract. */
export async function readDocumentedAnswer(url: string, response: Response) {
	// The body stays untyped, as response.json() gives it: the tests read into it freely.
	const body = response.status === 304 ? null : await response.json()
	expect(contractProblems(url, response.status, body)).toEqual([])
	return { status: response.status, headers: response.headers, body }
}

type Loader = (args: {
	request: Request
	params: Record<string, string>
	context: Record<string, unknown>
}) => Promise<Response>

const ROUTES: [RegExp, () => Promise<{ loader: Loader }>][] = [
	[/^\/api\/v1\/materials$/, () => import('#app/routes/api.v1.materials.ts')],
	[/^\/api\/v1\/materials\/(?<id>[^/]+)$/, () => import('#app/routes/api.v1.materials.$id.ts')],
	[/^\/api\/v1\/search$/, () => import('#app/routes/api.v1.search.ts')],
]

/**
 * Calls the API route a URL names, the way Remix would, and checks its
 * answer against the OpenAPI document: the one way the integration tests
 * call the public API, so each of their calls is a contract check too.
 */
export async function callApi(
	url: string,
	init: { headers?: Record<string, string>; method?: string } = {},
) {
	const pathname = new URL(url, 'http://localhost').pathname
	for (const [pattern, load] of ROUTES) {
		const match = pattern.exec(pathname)
		if (!match) continue
		const { loader } = await load()
		const params = Object.fromEntries(
			Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]),
		)
		const response = await loader({
			request: new Request(`http://localhost${url}`, init),
			params,
			context: {},
		})
		if (init.method === 'OPTIONS')
			return { status: response.status, headers: response.headers, body: null }
		return readDocumentedAnswer(url, response)
	}
	throw new Error(`no API route for ${url}`)
}
