import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { CompactPostings } from './postings-delta.ts'
import {
	decodeWord,
	describeImage,
	PostingWriter,
	readSnapshot,
	snapshotProblem,
	writeSnapshot,
	type IndexState,
} from './postings-snapshot.mjs'

const STATE: IndexState = {
	version: 12,
	lastChange: 40,
	lastChangeStamp: 'a1b2',
	maxRow: 900_000,
	rows: 3,
}
const PARAMS = { weights: [10, 4, 3, 1], minDocs: 1 }

/** Words with rows far apart (gaps of several bytes), next to each other, and one row. */
function sample() {
	const terms = ['adult', 'grooming', 'online', '子ども']
	const lists = {
		adult: { docIds: [1, 2, 3, 200, 70_000, 899_999], scores: [0.5, 1.25, 3, 0.001, 7.5, 2] },
		online: { docIds: [5], scores: [4.2] },
		子ども: { docIds: [17, 18, 300_000], scores: [1, 1, 1] },
	} as Record<string, { docIds: number[]; scores: number[] }>
	const writer = new PostingWriter(terms, [6, 0, 1, 3])
	terms.forEach((term, i) => {
		const list = lists[term]
		if (list) writer.add(i, list.docIds, list.scores, list.docIds.length)
	})
	return { lists, image: writer.finish(STATE, PARAMS) }
}

describe('compact postings', () => {
	test('give back every row exactly and every score within 1/65,535 of the word’s highest', () => {
		const { lists, image } = sample()
		const postings = new CompactPostings(image)
		expect(postings.size).toBe(3)
		expect(postings.terms).toEqual(['adult', 'grooming', 'online', '子ども'])
		expect(postings.get('grooming')).toBeUndefined()
		for (const [term, list] of Object.entries(lists)) {
			const rows = postings.get(term)!
			expect(Array.from(rows.docIds.subarray(0, rows.length))).toEqual(list.docIds)
			const max = Math.max(...list.scores)
			list.scores.forEach((score, i) =>
				expect(Math.abs(rows.scores[i]! - score)).toBeLessThan(max / 65_535),
			)
		}
	})

	test('append rows added since after the held ones', () => {
		const { image } = sample()
		const postings = new CompactPostings(image)
		postings.appendDelta([
			{
				word: 0,
				docIds: Int32Array.of(900_001, 900_007),
				scores: Float32Array.of(1, 2),
				length: 2,
			},
		])
		postings.appendDelta([
			{ word: 0, docIds: Int32Array.of(900_010), scores: Float32Array.of(3), length: 1 },
		])
		const rows = postings.get('adult')!
		expect(Array.from(rows.docIds.subarray(rows.length - 4, rows.length))).toEqual([
			899_999, 900_001, 900_007, 900_010,
		])
		expect(postings.postings).toBe(10 + 3)
	})

	test('are read back from a file as written, and a damaged file is refused', () => {
		const file = path.join(os.tmpdir(), `postings-${process.pid}-${Date.now()}.postings`)
		try {
			const { image } = sample()
			writeSnapshot(file, image)
			const read = readSnapshot(file)
			if ('problem' in read) throw new Error(read.problem)
			expect(read.header).toEqual(image.header)
			const sections = describeImage(read)
			if (typeof sections === 'string') throw new Error(sections)
			expect(decodeWord(sections, 0)).toEqual(
				decodeWord(describeImage(image) as typeof sections, 0),
			)

			const bytes = fs.readFileSync(file)
			bytes[bytes.length - 9]! ^= 1
			fs.writeFileSync(file, bytes)
			expect(readSnapshot(file)).toEqual({ problem: 'checksum mismatch' })
			fs.writeFileSync(file, bytes.subarray(0, bytes.length - 8))
			expect(readSnapshot(file)).toEqual({ problem: 'truncated' })
			fs.writeFileSync(file, 'AXPOSTS1')
			expect(readSnapshot(file)).toEqual({ problem: 'truncated' })
			expect(readSnapshot(`${file}.missing`)).toEqual({ problem: 'no snapshot' })
		} finally {
			fs.rmSync(file, { force: true })
		}
	})
})

describe('whether saved postings describe the index', () => {
	const { image } = sample()
	const index = (
		state: Partial<IndexState>,
		log: { count: number; first: number | null; rebuilt: boolean } = {
			count: 0,
			first: null,
			rebuilt: false,
		},
		stamps: Record<number, string> = { 40: 'a1b2' },
	) => ({
		params: PARAMS,
		state: { ...STATE, ...state },
		changesAfter: () => log,
		changeAt: (id: number) => stamps[id] ?? null,
	})

	test('they do at the same state, or behind it with every change since kept', () => {
		expect(snapshotProblem(image.header, index({}))).toBeNull()
		expect(
			snapshotProblem(
				image.header,
				index({ version: 15, lastChange: 44 }, { count: 4, first: 41, rebuilt: false }),
			),
		).toBeNull()
	})

	test('they do not when read otherwise, from ahead, after a rebuild, too far behind, or from another history', () => {
		expect(
			snapshotProblem(image.header, { ...index({}), params: { ...PARAMS, minDocs: 256 } }),
		).toBe('read with other parameters')
		expect(snapshotProblem(image.header, index({ version: 11, lastChange: 39 }))).toBe(
			'newer than the index',
		)
		expect(
			snapshotProblem(
				image.header,
				index({ version: 13, lastChange: 41 }, { count: 1, first: 41, rebuilt: true }),
			),
		).toBe('the index was rebuilt since')
		expect(
			snapshotProblem(
				image.header,
				index(
					{ version: 20, lastChange: 20_050 },
					{ count: 10_000, first: 10_051, rebuilt: false },
					{},
				),
			),
		).toBe('too far behind')
		expect(snapshotProblem(image.header, index({ lastChangeStamp: 'ffff' }))).toBe(
			'of another index',
		)
		expect(
			snapshotProblem(
				image.header,
				index(
					{ version: 13, lastChange: 41 },
					{ count: 1, first: 41, rebuilt: false },
					{ 40: 'other' },
				),
			),
		).toBe('of another index')
	})
})
