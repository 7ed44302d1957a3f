// The anonymous page cache: the pages every reader without a session sees
// alike (the catalog, a search, a material...) are rendered once per change
// of the library and then sent from memory, already compressed, as fast as
// the bytes allow. Decision record 022 gives the reasons; in short:
//
// - Only requests without a session cookie are answered from it or stored
//   in it, and only pages the app marked `Cache-Control: public` (it does so
//   for anonymous readers of the pages that opt in, entry.server.tsx).
// - Nothing goes stale: every entry belongs to a generation of the library,
//   which the app raises after each commit that can change a public page; a
//   render that saw an older generation is sent but not kept. What the app
//   cannot see (another process's writes, a download count) is bounded by
//   PAGE_TTL_MS.
// - The Content-Security-Policy stays strict without a per-request nonce: a
//   kept page carries no nonce at all, and its policy lists the sha256 of
//   each of its inline scripts instead. The same bytes can then go to every
//   reader, and to a CDN, which could never substitute a nonce.
import crypto from 'node:crypto'
import zlib from 'node:zlib'
import { createRequestHandler as createFetchHandler } from '@remix-run/node'
import remixExpress from '@remix-run/express/dist/server.js'
import { contentSecurityPolicy } from './security.js'

// The Express adapter's own request and response conversions, so a page
// that goes through the cache reaches the app exactly as any other request;
// its package index exports only the handler that uses them.
const { createRemixRequest, sendRemixResponse } = remixExpress

/** The longest a kept page lives, for changes the app cannot see: another process's writes, download counts. */
export const PAGE_TTL_MS = 60_000

/** PAGE_CACHE_MB: megabytes of pages kept (all encodings counted); 0 turns the cache off. */
export function pageCacheSettings(value) {
	const trimmed = (value ?? '').trim()
	if (trimmed === '') return { maxBytes: 64 * 1024 * 1024 }
	if (!/^\d+$/.test(trimmed))
		throw new Error(
			`Invalid environment: PAGE_CACHE_MB must be a whole number of megabytes, got ${JSON.stringify(value)}`,
		)
	return { maxBytes: Number(trimmed) * 1024 * 1024 }
}

/**
 * Whether a Cookie header carries a session (signed in, or half signed in).
 * The same cookie name as app/auth/session.server.ts; any value counts, even
 * an expired one: such a request is rendered for itself, never shared.
 */
export function hasSessionCookie(cookieHeader) {
	return /(?:^|;\s*)ax_session=/.test(cookieHeader ?? '')
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g
const NONCE_ATTRIBUTE = /\snonce="[^"]*"/g

/**
 * A rendered page made fit to share: its nonces removed and the sha256 of
 * each inline script, for the policy. React and Remix escape `</script` in
 * what they write inside a script, so the first `</script>` ends it.
 */
export function shareablePage(html) {
	const body = html.replace(NONCE_ATTRIBUTE, (attribute, offset) =>
		// Only on tags: text that happens to read ` nonce="..."` stays as it is.
		isInsideTag(html, offset) ? '' : attribute,
	)
	const scriptHashes = []
	for (const [, attributes, content] of body.matchAll(SCRIPT)) {
		if (/\ssrc=/.test(attributes)) continue
		const hash = crypto.createHash('sha256').update(content, 'utf8').digest('base64')
		const source = `'sha256-${hash}'`
		if (!scriptHashes.includes(source)) scriptHashes.push(source)
	}
	return { body, scriptHashes }
}

function isInsideTag(html, offset) {
	const open = html.lastIndexOf('<', offset)
	const close = html.lastIndexOf('>', offset)
	return open > close
}

/** The encoding to send a kept page in: brotli, else gzip, else none, as Accept-Encoding allows. */
export function chooseEncoding(acceptEncoding) {
	const accepted = new Map()
	for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
		const [name = '', ...params] = part.trim().split(';')
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
		accepted.set(name.trim(), q ? Number.parseFloat(q.slice(2)) : 1)
	}
	const allows = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
	if (allows('br')) return 'br'
	if (allows('gzip')) return 'gzip'
	return 'identity'
}

/** Whether an If-None-Match header names this (weak) entity tag. */
export function matchesEntityTag(ifNoneMatch, etag) {
	if (!ifNoneMatch) return false
	if (ifNoneMatch.trim() === '*') return true
	const bare = (tag) => tag.trim().replace(/^W\//, '')
	return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag))
}

/** Headers of the app's answer that a kept page carries again. */
const KEPT_HEADERS = ['content-type', 'content-language', 'cache-control', 'link']

/** A kept page: its bytes in each encoding, its policy, its entity tag. */
export function createEntry(html, headers, { production = true } = {}) {
	const { body, scriptHashes } = shareablePage(html)
	const identity = Buffer.from(body, 'utf8')
	const etag = `W/"${crypto.createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`
	const bytes = {
		identity,
		gzip: zlib.gzipSync(identity, { level: 9 }),
		br: zlib.brotliCompressSync(identity, {
			params: {
				[zlib.constants.BROTLI_PARAM_QUALITY]: 9,
				[zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
			},
		}),
	}
	const kept = {}
	for (const name of KEPT_HEADERS) {
		const value = headers.get(name)
		if (value) kept[name] = value
	}
	return {
		headers: kept,
		csp: contentSecurityPolicy(null, { production, scriptHashes }),
		etag,
		bytes,
		size: identity.length + bytes.gzip.length + bytes.br.length,
	}
}

/**
 * The kept pages by address, least recently used first out once they pass
 * `maxBytes`. An entry answers only for the generation it was rendered in,
 * and for PAGE_TTL_MS at most.
 */
export class PageStore {
	constructor({ maxBytes, now = Date.now }) {
		this.maxBytes = maxBytes
		this.now = now
		this.entries = new Map()
		this.bytes = 0
	}

	get(key, generation) {
		const found = this.entries.get(key)
		if (!found) return undefined
		if (found.generation !== generation || this.now() - found.storedAt > PAGE_TTL_MS) {
			this.delete(key)
			return undefined
		}
		// Most recently used last.
		this.entries.delete(key)
		this.entries.set(key, found)
		return found.entry
	}

	set(key, generation, entry) {
		if (entry.size > this.maxBytes) return
		this.delete(key)
		this.entries.set(key, { generation, entry, storedAt: this.now() })
		this.bytes += entry.size
		for (const [oldest] of this.entries) {
			if (this.bytes <= this.maxBytes) break
			this.delete(oldest)
		}
	}

	delete(key) {
		const found = this.entries.get(key)
		if (!found) return
		this.entries.delete(key)
		this.bytes -= found.entry.size
	}
}

/** Whether the app's answer may be kept and shared: a whole public page, with no cookie set. */
function isShareable(response) {
	return (
		response.status === 200 &&
		(response.headers.get('content-type') ?? '').startsWith('text/html') &&
		/(^|,)\s*public\s*(,|$)/.test(response.headers.get('cache-control') ?? '') &&
		!response.headers.has('set-cookie')
	)
}

function sendEntry(req, res, entry, state) {
	for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
	// This policy replaces the nonce policy the security middleware set.
	res.setHeader('Content-Security-Policy', entry.csp)
	res.setHeader('ETag', entry.etag)
	res.setHeader('Vary', 'Accept-Encoding, Cookie')
	res.setHeader('X-Cache', state)
	if (matchesEntityTag(req.get('if-none-match'), entry.etag)) {
		res.status(304).end()
		return
	}
	const encoding = chooseEncoding(req.get('accept-encoding'))
	const bytes = entry.bytes[encoding]
	if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding)
	res.setHeader('Content-Length', String(bytes.length))
	res.status(200)
	res.end(req.method === 'HEAD' ? undefined : bytes)
}

/**
 * Express handler in place of @remix-run/express's: requests that may share
 * a page go through the cache; the rest (sessions, posts) reach the app as
 * they always did, streamed. `generation()` is the app's count of changes to
 * the public library.
 */
export function createCachedRequestHandler({
	build,
	mode,
	getLoadContext,
	generation,
	maxBytes,
	production = true,
}) {
	const handle = createFetchHandler(build, mode)
	const store = new PageStore({ maxBytes })
	const rendering = new Map()

	async function render(req, res) {
		const request = createRemixRequest(req, res)
		return handle(request, await getLoadContext(req, res))
	}

	async function passThrough(req, res) {
		await sendRemixResponse(res, await render(req, res))
	}

	/** One render per page and generation; whoever asks meanwhile waits for it. */
	async function renderShared(req, res, key, seen) {
		const response = await render(req, res)
		if (!isShareable(response)) return { response }
		const html = await response.text()
		const entry = createEntry(html, response.headers, { production })
		// A change committed during the render may be missing from it: send it, keep it not.
		if (generation() === seen) store.set(key, seen, entry)
		return { entry }
	}

	return async (req, res, next) => {
		try {
			const shareable =
				(req.method === 'GET' || req.method === 'HEAD') && !hasSessionCookie(req.get('cookie'))
			if (!shareable || maxBytes === 0) return await passThrough(req, res)
			const key = req.originalUrl
			const seen = generation()
			const kept = store.get(key, seen)
			if (kept) return sendEntry(req, res, kept, 'HIT')
			if (req.method === 'HEAD') return await passThrough(req, res)

			const flight = `${seen} ${key}`
			const pending = rendering.get(flight)
			if (pending) {
				const shared = await pending.catch(() => null)
				if (shared) return sendEntry(req, res, shared, 'HIT')
				return await passThrough(req, res)
			}
			const result = renderShared(req, res, key, seen)
			const entry = result.then((r) => r.entry ?? null)
			rendering.set(flight, entry)
			entry.catch(() => {}).finally(() => rendering.delete(flight))
			const { response, entry: made } = await result
			if (made) return sendEntry(req, res, made, 'MISS')
			await sendRemixResponse(res, response)
		} catch (error) {
			next(error)
		}
	}
}
