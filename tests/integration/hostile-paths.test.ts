import path from 'node:path'
import { matchRoutes, UNSAFE_decodePath, type AgnosticRouteObject } from '@remix-run/router'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { addMissingRenditions } from '#app/models/asset.server.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import { db } from '#app/utils/db.server.ts'
import {
	attachPng,
	createMaterial,
	createPng,
	createUser,
	type TestUser,
} from '#tests/factories.ts'
import {
	CANARY_FILE,
	HOSTILE_PATHS,
	HOSTILE_PATHS_SAMPLE,
	plantCanaries,
} from '#tests/fixtures/hostile-paths.ts'
import { outcomeOf, type Outcome } from '#tests/support/routes.ts'
import { PROJECT_ROOT } from '#tests/support/paths.ts'

/**
 * Every path-traversal attempt of the corpus (tests/fixtures/hostile-paths.ts)
 * in the place of every id, code, token or file name a route reads from its
 * URL, and of the OAI-PMH identifier. Each request goes the way a real one
 * does: its URL is parsed as the server's adapter parses it (which resolves
 * dot segments), the route is chosen and its parameters decoded by Remix's
 * own matcher over the app's own route config (app/routes.ts, so a new route
 * is tried without being listed here), and the loaders of the matched routes
 * run (a resource route's alone). Anonymous first; then, on the routes that
 * send the anonymous to sign in, as an administrator, who may read
 * everything.
 *
 * Each answer must be a refusal (404, 400, or 410 for a link token), never an
 * error, and never carry a byte of the canary files put beside the file
 * store, in its root and in its temp folder, nor of /etc/passwd, the
 * project's package.json or a database, nor where the store is.
 */

const ROUTE_MODULES = import.meta.glob<RouteModule>([
	'/app/root.tsx',
	'/app/routes/*.{ts,tsx}',
	'!/app/routes/__*',
	'!/app/routes/*.test.*',
])

type Handler = (args: {
	request: Request
	params: Record<string, string | undefined>
	context: Record<string, unknown>
}) => Promise<unknown> | unknown

interface RouteModule {
	loader?: Handler
	action?: Handler
	default?: unknown
}

interface RouteNode {
	id: string
	file: string
	path?: string
	index?: boolean
	children?: RouteNode[]
}

/** The route tree the build serves: root.tsx above the config of app/routes.ts. */
async function loadRouteTree(): Promise<RouteNode[]> {
	// app/routes.ts asks for the app folder where the Remix compiler leaves it.
	Object.assign(globalThis, { __remixAppDirectory: path.join(PROJECT_ROOT, 'app') })
	const { default: config } = await import('#app/routes.ts')
	type Entry = { id?: string; file: string; path?: string; index?: boolean; children?: Entry[] }
	const toNode = (entry: Entry): RouteNode => ({
		id: entry.id ?? entry.file.replace(/\.tsx?$/, ''),
		file: entry.file,
		path: entry.path,
		index: entry.index,
		children: entry.children?.map(toNode),
	})
	return [{ id: 'root', file: 'root.tsx', path: '', children: (await config).map(toNode) }]
}

/** Every route a URL can end on, with its full pattern. */
function routePatterns(nodes: RouteNode[], prefix = ''): { id: string; pattern: string }[] {
	return nodes.flatMap((node) => {
		const pattern = [prefix, node.path ?? ''].filter(Boolean).join('/')
		const children = node.children ?? []
		// A layout is where a URL ends unless a child with no path of its own takes its place.
		const endsHere = !children.some((child) => child.index || !child.path)
		return [...(endsHere ? [{ id: node.id, pattern }] : []), ...routePatterns(children, pattern)]
	})
}

/** Routes that take only a POST at their address: the attempt goes to their action. */
const POST_ONLY = new Set(['routes/api.v1.materials.$id.files'])

interface Position {
	route: string
	pattern: string
	param: string
}

/** Every place a URL carries an id, a code, a token or a file name. */
function positions(tree: RouteNode[]): Position[] {
	return routePatterns(tree).flatMap(({ id, pattern }) =>
		pattern
			.split('/')
			.filter((segment) => segment.startsWith(':') || segment === '*')
			.map((segment) => (segment === '*' ? '*' : segment.slice(1)))
			// The language is tried on the home page; everywhere else it is `en`.
			.filter((param) => param !== 'lang' || pattern === ':lang')
			.map((param) => ({ route: id, pattern, param })),
	)
}

interface Answer {
	outcome: Outcome
	route: string
	/** The matched route's parameters, as its loader got them. */
	params: Record<string, string | undefined>
	bodies: string[]
	error?: string
}

async function readBody(result: unknown) {
	if (result instanceof Response) return result.body ? await result.text() : ''
	const data =
		(result as { type?: string; data?: unknown } | null)?.type === 'DataWithResponseInit'
			? (result as { data?: unknown }).data
			: result
	return JSON.stringify(data) ?? ''
}

let tree: RouteNode[]
let admin: TestUser
let forbidden: string[]
const real: Record<string, string> = {}
const cache = new Map<string, Answer>()

/**
 * Sends `url` as the server would: parsed as the adapter parses it, matched
 * by Remix, then a resource route's handler alone or every loader of a page,
 * the first refusal deciding. Many attempts lose their dots to the URL
 * parser and become the same address whichever route they were aimed at:
 * each address is answered once.
 */
async function send(url: string, method: 'GET' | 'POST', cookie?: string): Promise<Answer> {
	const request = new Request(`http://localhost${url}`, {
		method,
		headers: cookie ? { cookie } : {},
	})
	const key = `${method} ${cookie ?? ''} ${request.url}`
	const known = cache.get(key)
	if (known) return known
	const answer = await answerRequest(request)
	cache.set(key, answer)
	return answer
}

async function answerRequest(request: Request): Promise<Answer> {
	const pathname = new URL(request.url).pathname
	const matches = matchRoutes(routesThatMayMatch(pathname) as AgnosticRouteObject[], pathname) as
		{ route: RouteNode; params: Record<string, string | undefined> }[] | null
	if (!matches) return { outcome: 404, route: '(none)', params: {}, bodies: [] }
	const leaf = matches.at(-1)!
	const modules = await Promise.all(matches.map((m) => ROUTE_MODULES[`/app/${m.route.file}`]!()))
	const answer: Answer = { outcome: 'ok', route: leaf.route.id, params: leaf.params, bodies: [] }
	const post = request.method === 'POST'
	if (post && !modules.at(-1)!.action) return { ...answer, outcome: 405 }
	const handlers = post
		? [modules.at(-1)!.action]
		: (modules.at(-1)!.default ? modules : modules.slice(-1)).map((m) => m.loader)
	for (const handler of handlers) {
		if (!handler) continue
		let result: unknown
		try {
			result = await handler({
				request: request.clone(),
				params: leaf.params,
				context: { clientAddress: '203.0.113.7' },
			})
		} catch (thrown) {
			result = thrown
		}
		if (result instanceof Error) return { ...answer, outcome: 500, error: result.stack }
		answer.bodies.push(await readBody(result))
		answer.outcome = outcomeOf(result)
		if (answer.outcome !== 'ok') return answer
	}
	return answer
}

async function isResourceRoute(route: string) {
	const file = findFile(tree, route)
	return !(await ROUTE_MODULES[`/app/${file}`]!()).default
}

function findFile(nodes: RouteNode[], id: string): string | undefined {
	for (const node of nodes) {
		if (node.id === id) return node.file
		const found = findFile(node.children ?? [], id)
		if (found) return found
	}
}

/**
 * The route tree without the routes a word of whose pattern differs from
 * the path's word in the same place: Remix's matcher would not match them
 * either (each segment of a pattern matches one segment of the decoded
 * path, words regardless of case), and leaving them out spares it ranking
 * 80 routes for each of thousands of requests.
 */
function routesThatMayMatch(pathname: string) {
	const words = UNSAFE_decodePath(pathname).toLowerCase().split('/').slice(1)
	const prune = (nodes: RouteNode[], at: string[]): RouteNode[] =>
		nodes.flatMap((node) => {
			const pattern = [...at, ...(node.path ? node.path.toLowerCase().split('/') : [])]
			const end = pattern.includes('*') ? pattern.indexOf('*') : pattern.length
			const differs = pattern
				.slice(0, end)
				.some((word, i) => !word.startsWith(':') && word !== words[i])
			return differs ? [] : [{ ...node, children: node.children && prune(node.children, pattern) }]
		})
	return prune(tree, [])
}

/** A route's URL with `value` in place of `param`, and a real value in every other place. */
function urlFor({ route, pattern, param }: Position, value: string) {
	const realValue = (name: string) =>
		route === 'routes/renditions.$id' && name === 'id' ? real.rendition : real[name]
	const segments = pattern.split('/').map((segment) => {
		const name = segment === '*' ? '*' : segment.startsWith(':') ? segment.slice(1) : null
		if (name === null) return segment
		if (name === param) return value.replaceAll('{id}', realValue(param) ?? real.id!)
		return realValue(name) ?? 'x'
	})
	return `/${segments.join('/')}`
}

/**
 * What may answer an attempt: a refusal; a sign-in page for the anonymous;
 * or, where the URL parser resolved the attempt's dots and the request
 * reached another address of the app with none of the attempt left in its
 * parameters, whatever that address answers.
 */
function expectRefused(answer: Answer, position: Position, url: string, anonymous: boolean) {
	const where = `${url} (${answer.route})`
	expect(answer.error ?? '', where).toBe('')
	const refusals: Outcome[] = [400, 404]
	// A link's token that names nothing is "gone"; a post to an address with no form, not allowed.
	if (position.param === 'token') refusals.push(410)
	if (POST_ONLY.has(position.route)) refusals.push(405)
	if (anonymous) refusals.push('login', 401)
	const attemptGone = Object.entries(answer.params).every(
		([, value]) => value === undefined || Object.values(real).includes(value),
	)
	const allowed =
		refusals.includes(answer.outcome) || (answer.route !== position.route && attemptGone)
	expect(allowed, `${where} answered ${answer.outcome}`).toBe(true)
	for (const body of answer.bodies)
		for (const secret of forbidden)
			expect(body.includes(secret), `${where} sent ${secret}`).toBe(false)
}

beforeAll(async () => {
	// Remix's matcher warns of every path it cannot percent-decode (which it
	// then matches undecoded, as here); the corpus is full of them.
	const warn = console.warn.bind(console)
	vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
		if (!String(args[0]).includes('could not be decoded')) warn(...args)
	})
	tree = await loadRouteTree()
	const material = await createMaterial({ countryCode: 'FR' })
	const version = material.versions[0]!
	const { file } = await attachPng(version.id)
	// A preview wide enough to be given renditions.
	await attachFile({
		versionId: version.id,
		role: 'preview',
		bytes: await createPng('#b8420f', 700, 990),
		mediaType: 'image/png',
		width: 700,
		height: 990,
	})
	await addMissingRenditions(() => {})
	const rendition = await db.rendition.findFirstOrThrow({ select: { id: true } })
	admin = await createUser('admin')
	Object.assign(real, {
		lang: 'en',
		id: material.id,
		fileId: file.id,
		format: 'webp',
		versionId: version.id,
		code: 'FR',
		countryCode: 'FR',
		'*': 'materials',
		rendition: rendition.id,
	})

	// A canary beside the store, one in its root (where no stored file is)
	// and one in its temp folder, each with a line found nowhere else.
	const store = path.resolve(process.env.FILE_STORAGE_DIR!)
	forbidden = plantCanaries([path.dirname(store), store, path.join(store, 'tmp')], store).forbidden
}, 60_000)

describe('path traversal', () => {
	test('the way requests are sent reaches the real routes, and every route with an id is tried', async () => {
		const served = await send(`/files/${real.fileId}`, 'GET')
		expect(served.outcome).toBe('ok')
		expect(served.route).toBe('routes/files.$fileId')
		expect((await send(`/renditions/${real.rendition}`, 'GET')).outcome).toBe('ok')
		expect((await send(`/files/${CANARY_FILE}`, 'GET')).outcome).toBe(404)
		expect(new Set(HOSTILE_PATHS.map((h) => h.value)).size).toBe(HOSTILE_PATHS.length)
		const tried = new Set(positions(tree).map((p) => p.route))
		for (const route of [
			'routes/files.$fileId',
			'routes/download.$fileId',
			'routes/download.$fileId_.$format',
			'routes/renditions.$id',
			'routes/template-background.$versionId',
			'routes/template-preview.$versionId',
			'routes/download.materials.$id.zip',
			'routes/api.v1.materials.$id',
			'routes/api.v1.materials.$id.files',
			'routes/strings.$file',
			'routes/sitemap.$part',
			'routes/$lang.materials.$id',
			'routes/$lang.workspace.materials.$id',
			'routes/$lang.review.$id',
		])
			expect(tried, route).toContain(route)
	})

	test('every attempt in every route: refused, without an error or a byte from outside the store', async () => {
		const gated: Position[] = []
		let sent = 0
		for (const position of positions(tree)) {
			const method = POST_ONLY.has(position.route) ? 'POST' : 'GET'
			const probe = await send(urlFor(position, CANARY_FILE), method)
			if (probe.outcome === 'login' || probe.outcome === 401) gated.push(position)
			// Routes that answer with a file or data of their own get every
			// attempt; a page, whose id only picks what it shows, one of each.
			const corpus = (await isResourceRoute(position.route)) ? HOSTILE_PATHS : HOSTILE_PATHS_SAMPLE
			for (const attempt of corpus) {
				const url = urlFor(position, attempt.value)
				expectRefused(await send(url, method), position, `${url} [${attempt.why}]`, true)
				sent++
			}
		}
		// What only a signed-in user reaches, as the user who may read the most.
		for (const position of gated) {
			const method = POST_ONLY.has(position.route) ? 'POST' : 'GET'
			for (const attempt of HOSTILE_PATHS_SAMPLE) {
				const url = urlFor(position, attempt.value)
				const answer = await send(url, method, admin.cookie)
				expectRefused(answer, position, `${url} [${attempt.why}]`, false)
				sent++
			}
		}
		expect(gated.map((p) => p.route)).toContain('routes/$lang.workspace.materials.$id')
		expect(sent).toBeGreaterThan(HOSTILE_PATHS_SAMPLE.length * 50)
	}, 180_000)

	test('every attempt as the OAI-PMH identifier: an idDoesNotExist error, nothing else', async () => {
		for (const attempt of HOSTILE_PATHS) {
			for (const identifier of [attempt.value, `oai:localhost:${attempt.value}`]) {
				const url = `/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifier.replaceAll('{id}', real.id!)}`
				const answer = await send(url, 'GET')
				const where = `${url} [${attempt.why}]`
				expect(answer.error ?? '', where).toBe('')
				// OAI-PMH answers every request 200, its errors in the XML.
				expect(answer.outcome, where).toBe('ok')
				expect(answer.bodies.join(''), where).toMatch(/<error code="(idDoesNotExist|badArgument)"/)
				expect(answer.bodies.join(''), where).not.toContain('<GetRecord>')
				for (const secret of forbidden)
					expect(answer.bodies.join('').includes(secret), `${where} sent ${secret}`).toBe(false)
			}
		}
	})
})
