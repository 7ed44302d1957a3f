import crypto from 'node:crypto'
import zlib from 'node:zlib'
import { describe, expect, test } from 'vitest'
import {
	chooseEncoding,
	createEntry,
	hasSessionCookie,
	matchesEntityTag,
	PAGE_TTL_MS,
	pageCacheSettings,
	PageStore,
	shareablePage,
} from './page-cache.js'

const sha = (text: string) =>
	`'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`

describe('a page made fit to share', () => {
	const html = [
		'<html><head><link rel="modulepreload" nonce="abc" href="/a.js"/></head><body>',
		'<p>Write nonce="abc" in a script tag</p>',
		'<script nonce="abc">window.a = 1</script>',
		'<script nonce="abc" type="module" async="">import "/b.js"</script>',
		'<script src="/c.js" nonce="abc"></script>',
		'</body></html>',
	].join('')

	test('loses its nonces, on tags only, and lists the hash of each inline script', () => {
		const { body, scriptHashes } = shareablePage(html)
		expect(body).not.toMatch(/<[^>]*nonce=/)
		expect(body).toContain('<p>Write nonce="abc" in a script tag</p>')
		expect(scriptHashes).toEqual([sha('window.a = 1'), sha('import "/b.js"')])
	})

	test('is kept with its policy, an entity tag and its bytes in each encoding', () => {
		const entry = createEntry(
			html,
			new Headers({ 'content-type': 'text/html', 'set-cookie': 'x=1', 'cache-control': 'public' }),
		)
		expect(entry.csp).toContain(
			`script-src 'self' ${sha('window.a = 1')} ${sha('import "/b.js"')} 'strict-dynamic'`,
		)
		expect(entry.csp).not.toContain('nonce')
		expect(entry.headers).toEqual({ 'content-type': 'text/html', 'cache-control': 'public' })
		expect(entry.etag).toMatch(/^W\/"[\w-]{27}"$/)
		const text = entry.bytes.identity.toString()
		expect(zlib.gunzipSync(entry.bytes.gzip).toString()).toBe(text)
		expect(zlib.brotliDecompressSync(entry.bytes.br).toString()).toBe(text)
	})
})

test('a session cookie is recognised among others, and only that one', () => {
	expect(hasSessionCookie('theme=dark; ax_session=abc.def')).toBe(true)
	expect(hasSessionCookie('ax_session=')).toBe(true)
	expect(hasSessionCookie('ax_device=abc; not_ax_session=1')).toBe(false)
	expect(hasSessionCookie(undefined)).toBe(false)
})

test('the encoding follows Accept-Encoding, refusals included', () => {
	expect(chooseEncoding('gzip, deflate, br')).toBe('br')
	expect(chooseEncoding('gzip')).toBe('gzip')
	expect(chooseEncoding('br;q=0, gzip')).toBe('gzip')
	expect(chooseEncoding('*')).toBe('br')
	expect(chooseEncoding(undefined)).toBe('identity')
	expect(chooseEncoding('identity')).toBe('identity')
})

test('If-None-Match matches by weak comparison, in a list, or as *', () => {
	expect(matchesEntityTag('W/"a"', 'W/"a"')).toBe(true)
	expect(matchesEntityTag('"a"', 'W/"a"')).toBe(true)
	expect(matchesEntityTag('"b", W/"a"', 'W/"a"')).toBe(true)
	expect(matchesEntityTag('*', 'W/"a"')).toBe(true)
	expect(matchesEntityTag('W/"b"', 'W/"a"')).toBe(false)
	expect(matchesEntityTag(undefined, 'W/"a"')).toBe(false)
})

describe('the kept pages', () => {
	const entry = (size: number) => ({ size }) as ReturnType<typeof createEntry>

	test('answer only for the generation they were rendered in', () => {
		const store = new PageStore({ maxBytes: 1000 })
		store.set('/en/materials', 3, entry(10))
		expect(store.get('/en/materials', 3)).toBeDefined()
		expect(store.get('/en/materials', 4)).toBeUndefined()
		// Forgotten, not kept for when the generation would come back.
		expect(store.bytes).toBe(0)
	})

	test('live PAGE_TTL_MS at most', () => {
		let now = 0
		const store = new PageStore({ maxBytes: 1000, now: () => now })
		store.set('/en', 1, entry(10))
		now = PAGE_TTL_MS
		expect(store.get('/en', 1)).toBeDefined()
		now = PAGE_TTL_MS + 1
		expect(store.get('/en', 1)).toBeUndefined()
	})

	test('stay within their bytes, the least recently used leaving first', () => {
		const store = new PageStore({ maxBytes: 100 })
		store.set('/a', 1, entry(40))
		store.set('/b', 1, entry(40))
		store.get('/a', 1)
		store.set('/c', 1, entry(40))
		expect(store.get('/b', 1)).toBeUndefined()
		expect(store.get('/a', 1)).toBeDefined()
		expect(store.get('/c', 1)).toBeDefined()
		expect(store.bytes).toBe(80)
		store.set('/huge', 1, entry(101))
		expect(store.get('/huge', 1)).toBeUndefined()
	})
})

test('PAGE_CACHE_MB is a whole number of megabytes; 0 turns the cache off', () => {
	expect(pageCacheSettings(undefined)).toEqual({ maxBytes: 64 * 1024 * 1024 })
	expect(pageCacheSettings('0')).toEqual({ maxBytes: 0 })
	expect(pageCacheSettings(' 8 ')).toEqual({ maxBytes: 8 * 1024 * 1024 })
	expect(() => pageCacheSettings('lots')).toThrow(/PAGE_CACHE_MB/)
})
