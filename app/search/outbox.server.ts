import { loadSearchDocument } from '#app/models/search-index.server.ts'
import { db } from '#app/utils/db.server.ts'
import { type SearchEngine } from './engine.ts'

/**
 * Delivers changes to an external search engine (Meilisearch) through the
 * SearchOutbox table. Every change that affects what the public can find
 * writes an outbox row in its own transaction (indexMaterialInTransaction),
 * so no change is lost if the engine is down or the process dies: a row is
 * deleted only once the engine has confirmed the material's current state.
 *
 * The engine is always sent the material as it is now (or told to remove
 * it), never the change itself, so deliveries are idempotent and rows of the
 * same material collapse into one delivery.
 */

export const DEFAULT_DRAIN_LIMIT = 200
/** Longest wait between two attempts of a failing delivery. */
export const MAX_RETRY_DELAY_MS = 10 * 60_000
const MAX_ERROR_LENGTH = 500

export interface DrainResult {
	/** Outbox rows whose material the engine confirmed (and that were deleted). */
	delivered: number
	/** Outbox rows whose delivery failed, rescheduled with a later nextAttemptAt. */
	failed: number
	/** Outbox rows left after this drain, due or not. */
	pending: number
}

/** Delay before the next attempt after `attempts` failed ones: 2^attempts seconds, at most 10 minutes. */
export function retryDelayMs(attempts: number) {
	return Math.min(2 ** Math.max(0, attempts) * 1_000, MAX_RETRY_DELAY_MS)
}

/** An error and its causes as one line (network errors hide the reason in `cause`), at most 500 characters. */
export function describeError(error: unknown): string {
	const parts: string[] = []
	let current: unknown = error
	for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
		if (current instanceof Error) {
			const text = current.message || current.name
			if (text && !parts.includes(text)) parts.push(text)
			const code = (current as { code?: unknown }).code
			if (typeof code === 'string' && !parts.some((p) => p.includes(code))) parts.push(code)
			current = current.cause
		} else {
			if (typeof current === 'string') parts.push(current)
			break
		}
	}
	const line = parts.join(': ') || 'Unknown error'
	return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line
}

/**
 * Delivers the due outbox rows (nextAttemptAt ≤ now, oldest first, at most
 * `limit`). Rows are grouped by material; for each material the current
 * document is loaded and indexed, or removed when it is no longer public.
 * On success exactly the rows read here are deleted (rows written meanwhile
 * stay for the next drain); on failure they are kept with one more attempt,
 * the error, and a later nextAttemptAt, and the drain goes on with the next
 * material.
 */
export async function drainSearchOutbox(
	engine: SearchEngine,
	options: { limit?: number; now?: Date } = {},
): Promise<DrainResult> {
	const limit = options.limit ?? DEFAULT_DRAIN_LIMIT
	const now = options.now ?? new Date()
	const rows = await db.searchOutbox.findMany({
		where: { nextAttemptAt: { lte: now } },
		orderBy: { id: 'asc' },
		take: limit,
		select: { id: true, materialId: true, attempts: true },
	})
	const byMaterial = new Map<string, typeof rows>()
	for (const row of rows) {
		const group = byMaterial.get(row.materialId)
		if (group) group.push(row)
		else byMaterial.set(row.materialId, [row])
	}

	let delivered = 0
	let failed = 0
	for (const [materialId, group] of byMaterial) {
		const ids = group.map((row) => row.id)
		try {
			const doc = await loadSearchDocument(db, materialId)
			if (doc) await engine.index(doc)
			else await engine.remove(materialId)
		} catch (error) {
			failed += group.length
			const lastError = describeError(error)
			await db.$transaction(
				group.map((row) =>
					db.searchOutbox.updateMany({
						where: { id: row.id },
						data: {
							attempts: row.attempts + 1,
							nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts + 1)),
							lastError,
						},
					}),
				),
			)
			continue
		}
		await db.searchOutbox.deleteMany({ where: { id: { in: ids } } })
		delivered += group.length
	}
	const pending = await db.searchOutbox.count()
	return { delivered, failed, pending }
}

// ---------------------------------------------------------------------------
// The per-process worker

interface WorkerState {
	stopped: boolean
	timer: NodeJS.Timeout | null
	/** The drain under way, if any. */
	running: Promise<void> | null
	/** Whether the last drain had failures: failures are logged when they start and when they end. */
	failing: boolean
}

// On globalThis so development reloads of this module find the running worker.
const globalForOutbox = globalThis as unknown as { __searchOutboxWorker?: WorkerState }

/**
 * Starts draining the outbox every `intervalMs` (at once again after a full
 * batch) in this process. A second call while a worker runs does nothing.
 * Timers are unref'ed: the worker never keeps the process alive.
 */
export function startSearchOutboxWorker(
	engine: SearchEngine,
	{ intervalMs = 1_000 }: { intervalMs?: number } = {},
) {
	const current = globalForOutbox.__searchOutboxWorker
	if (current && !current.stopped) return
	const state: WorkerState = { stopped: false, timer: null, running: null, failing: false }
	globalForOutbox.__searchOutboxWorker = state

	const schedule = (delay: number) => {
		if (state.stopped) return
		state.timer = setTimeout(tick, delay)
		state.timer.unref()
	}
	const tick = () => {
		state.timer = null
		state.running = (async () => {
			let fullBatch = false
			try {
				const result = await drainSearchOutbox(engine)
				fullBatch = result.delivered + result.failed >= DEFAULT_DRAIN_LIMIT
				if (result.failed && !state.failing) {
					console.warn(
						`Search outbox: ${result.failed} deliveries to ${engine.name} failed; retrying with backoff`,
					)
				} else if (!result.failed && state.failing && result.delivered) {
					console.info(`Search outbox: deliveries to ${engine.name} work again`)
				}
				if (result.failed) state.failing = true
				else if (result.delivered) state.failing = false
			} catch (error) {
				console.error('Search outbox: drain failed', error)
			} finally {
				state.running = null
				schedule(fullBatch ? 0 : intervalMs)
			}
		})()
	}
	schedule(0)
}

/** Stops this process's worker and waits for the drain under way, if any. */
export async function stopSearchOutboxWorker() {
	const state = globalForOutbox.__searchOutboxWorker
	if (!state) return
	state.stopped = true
	if (state.timer) clearTimeout(state.timer)
	state.timer = null
	await state.running
	if (globalForOutbox.__searchOutboxWorker === state)
		globalForOutbox.__searchOutboxWorker = undefined
}
