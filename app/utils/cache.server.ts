/**
 * A small in-process cache for values that are costly to compute and change
 * only when the library changes (facet lists over the whole catalog). Writes
 * that can change them call `invalidateCache` in the same function.
 */
const entries = new Map<string, { expires: number; value: Promise<unknown> }>()

export function cached<T>(key: string, ttlMs: number, compute: () => Promise<T>): Promise<T> {
	const now = Date.now()
	const hit = entries.get(key)
	if (hit && hit.expires > now) return hit.value as Promise<T>
	const value = compute()
	entries.set(key, { expires: now + ttlMs, value })
	// A failed computation is not remembered.
	value.catch(() => entries.delete(key))
	return value
}

/**
 * Forgets the cached values under `prefix`. Callers do so after their commit
 * when the public library (materials, campaigns, countries, reporting rounds)
 * has changed, so this is also where the pages kept for anonymous readers
 * learn that they are out of date: their generation goes up.
 */
export function invalidateCache(prefix = '') {
	for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key)
	publicLibraryChanged()
}

/**
 * After a commit that changes what a public page shows but no cached value
 * (a note of use on a work's page): the anonymous pages' generation goes up.
 */
export function publicLibraryChanged() {
	generation++
}

let generation = 0

/**
 * How many times the public library has changed in this process. The
 * anonymous page cache (server/page-cache.js) keeps a page for the
 * generation it was rendered in only (decision record 022).
 */
export function publicLibraryGeneration() {
	return generation
}
