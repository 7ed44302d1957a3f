import { AsyncLocalStorage } from 'node:async_hooks'
import { getEnv } from '#app/utils/env.server.ts'

/**
 * A process-wide queue for image work (sharp decodes and encodes, poster
 * renders, the PDFs made of them). sharp runs every operation on libuv's
 * thread pool, four threads that file reads and writes share too; its
 * `concurrency` setting is threads per operation, not a queue. Eight
 * 100-megapixel conversions started at once held every thread and some
 * 3 GB for half a minute, and the whole app waited behind them. Here only
 * IMAGE_WORK_CONCURRENCY jobs run at a time; the others wait their turn.
 *
 * A job that starts image work from inside another (a conversion that
 * renders a credit strip) runs in its parent's place, so nesting never
 * waits for itself.
 */

export interface WorkQueue {
	run<T>(work: () => Promise<T>): Promise<T>
}

export function createWorkQueue(limit: () => number): WorkQueue {
	const inside = new AsyncLocalStorage<true>()
	const waiting: (() => void)[] = []
	let running = 0

	async function acquire() {
		if (running < Math.max(1, limit())) {
			running++
			return
		}
		// The job that finishes hands its place over: `running` stays the same.
		await new Promise<void>((resolve) => waiting.push(resolve))
	}

	function release() {
		const next = waiting.shift()
		if (next) next()
		else running--
	}

	return {
		async run(work) {
			if (inside.getStore()) return work()
			await acquire()
			try {
				return await inside.run(true, work)
			} finally {
				release()
			}
		},
	}
}

const queue = createWorkQueue(() => getEnv().IMAGE_WORK_CONCURRENCY)

/** Runs `work` when a place in the image work queue is free. */
export function withImageWork<T>(work: () => Promise<T>): Promise<T> {
	return queue.run(work)
}
