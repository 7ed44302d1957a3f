import { describe, expect, test } from 'vitest'
import { REDIRECT_TARGETS } from '#tests/fixtures/hostile-requests.ts'
import { safeRedirectPath } from './redirect.ts'

const ORIGIN = 'http://localhost:3000'
const FALLBACK = '/en/workspace'

describe('safeRedirectPath', () => {
	test.each(REDIRECT_TARGETS.map((t) => [t.why, t] as const))('%s', (_, target) => {
		const path = safeRedirectPath(target.value, FALLBACK, ORIGIN)
		expect(path).toBe(target.expect ?? FALLBACK)
		// Whatever comes out, a browser resolving it as a Location stays here,
		// and it is a valid header value (ASCII, no control characters).
		expect(new URL(path, ORIGIN).origin).toBe(ORIGIN)
		expect(new URL(path, 'https://other.example').origin).toBe('https://other.example')
		expect(path).toMatch(/^\/[\x21-\x7e]*$/)
		expect(() => new Headers({ location: path })).not.toThrow()
	})

	test('anything that is not a string is the fallback', () => {
		for (const value of [null, undefined, new File(['/en'], 'x.txt')])
			expect(safeRedirectPath(value, FALLBACK, ORIGIN)).toBe(FALLBACK)
	})

	test('the origin it checks against is the one given, with or without a path', () => {
		expect(safeRedirectPath('/en/materials', FALLBACK, 'https://awareness.example.org')).toBe(
			'/en/materials',
		)
		expect(safeRedirectPath('/.//evil.example', FALLBACK, 'https://awareness.example.org/')).toBe(
			FALLBACK,
		)
	})
})
