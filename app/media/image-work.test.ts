import { describe, expect, test } from 'vitest'
import { createWorkQueue } from './image-work.server.ts'

const tick = () => new Promise((r) => setTimeout(r, 5))

describe('the image work queue', () => {
	test('runs at most its limit at a time; the rest wait, in order, and all finish', async () => {
		const queue = createWorkQueue(() => 2)
		let now = 0
		let most = 0
		const order: number[] = []
		const jobs = Array.from({ length: 8 }, (_, i) =>
			queue.run(async () => {
				now++
				most = Math.max(most, now)
				order.push(i)
				await tick()
				now--
				return i * 10
			}),
		)
		expect(await Promise.all(jobs)).toEqual([0, 10, 20, 30, 40, 50, 60, 70])
		expect(most).toBe(2)
		expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
		// Nothing is left holding a place: two more run at once again.
		let together = 0
		await Promise.all(
			[1, 2].map(() =>
				queue.run(async () => {
					together++
					await tick()
					expect(together).toBe(2)
				}),
			),
		)
	})

	test('a failed job gives its place to the next', async () => {
		const queue = createWorkQueue(() => 1)
		const failed = queue.run(async () => {
			await tick()
			throw new Error('decoder failed')
		})
		const next = queue.run(async () => 'next ran')
		await expect(failed).rejects.toThrow('decoder failed')
		expect(await next).toBe('next ran')
	})

	test('work started inside a job runs in its place instead of waiting for it', async () => {
		const queue = createWorkQueue(() => 1)
		const nested = queue.run(async () => {
			await tick()
			return queue.run(async () => {
				await tick()
				return 'inner'
			})
		})
		const timeout = new Promise((_, reject) =>
			setTimeout(() => reject(new Error('deadlock')), 1000),
		)
		expect(await Promise.race([nested, timeout])).toBe('inner')
	})
})
