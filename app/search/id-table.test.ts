import { describe, expect, test } from 'vitest'
import { slicer } from './facet-loader.ts'
import { IdTable } from './id-table.ts'

const slices = slicer(0)

describe('the id table', () => {
	test('numbers ids in order, finds them back, and tells unknown ids', () => {
		const table = new IdTable()
		const ids = Array.from({ length: 5_000 }, (_, i) => `m-${i.toString(36)}-${(i * 7919) % 1000}`)
		ids.push('démo-é', 'сирота', '子ども', '')
		ids.forEach((id, n) => expect(table.push(id)).toBe(n))
		ids.forEach((id, n) => {
			expect(table.find(id)).toBe(n)
			expect(table.idOf(n)).toBe(id)
		})
		expect(table.length).toBe(ids.length)
		expect(table.find('m-unknown')).toBeUndefined()
		expect(table.find('m-0-0 ')).toBeUndefined()
	})

	test('a copy of its arrays is the same table, and a damaged one is refused', async () => {
		const table = new IdTable()
		table.reserve(300)
		for (let i = 0; i < 300; i++) table.push(`id${i}`)
		const arrays = table.copyArrays()
		expect(await IdTable.check(arrays, slices)).toBe(true)
		const copy = new IdTable(arrays)
		expect(copy.find('id123')).toBe(123)
		expect(copy.idOf(299)).toBe('id299')
		// Pushing more into the copy leaves the original alone.
		copy.push('id300')
		expect(table.find('id300')).toBeUndefined()
		expect(copy.find('id300')).toBe(300)

		const overlapping = { ...arrays, starts: arrays.starts.slice() }
		overlapping.starts[5] = overlapping.starts[4]! - 1
		expect(await IdTable.check(overlapping, slices)).toBe(false)
		const missing = { ...arrays, slots: arrays.slots.slice() }
		missing[`slots`][missing.slots.findIndex((v) => v > 0)] = 0
		expect(await IdTable.check(missing, slices)).toBe(false)
		const twice = { ...arrays, slots: arrays.slots.slice() }
		const [a, b] = [...twice.slots.keys()].filter((i) => twice.slots[i]! > 0)
		twice.slots[b!] = twice.slots[a!]!
		expect(await IdTable.check(twice, slices)).toBe(false)
	})
})
