import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import { FACET_VOCABULARIES, FacetStore, type FacetArrays } from './facet-store.ts'
import { IdTable, type IdTableArrays } from './id-table.ts'
import { adoptionLift } from './ranking.ts'
import { type slicer } from './facet-loader.ts'

/**
 * The facet data saved beside the database (`<database>.facets`), so that a
 * start reads it back in a second or two instead of reading every material
 * from SQLite (about 20 s at a million materials), then replays the changes
 * recorded since, as the postings snapshot does (postings-snapshot.mjs).
 *
 * File: "AXFACET1", the header's length (u32), the header (JSON: the index
 * state the data describes, the vocabularies its bit masks are numbered by,
 * the materials' count, the countries, where each section starts, the SHA-1
 * of everything after the header), then the sections, each 8-byte aligned:
 * the store's arrays (FacetArrays) and its id table's (id-table.ts), as they
 * are in memory. Written through a temporary file renamed over the old one.
 *
 * Reading and writing run a slice at a time (facet-loader.ts's slicer):
 * the server keeps answering while a million materials are read back.
 */

export const FACET_MAGIC = 'AXFACET1'
/** Bumped whenever the layout changes: an older file is then read again from SQLite, never used. */
export const FACET_FORMAT = 2

export interface FacetState {
	version: number
	lastChange: number
	lastChangeStamp: string | null
}

interface FacetHeader {
	format: number
	state: FacetState
	vocabularies: string
	size: number
	rows: number
	countries: string[]
	sections: Record<string, [number, number]>
	sha1: string
}

type Slicer = ReturnType<typeof slicer>

const ARRAY_TYPES = {
	live: Uint8Array,
	country: Uint16Array,
	type: Uint32Array,
	licence: Uint32Array,
	audience: Uint32Array,
	risk: Uint32Array,
	age: Uint32Array,
	accessibility: Uint32Array,
	langLo: Uint32Array,
	langHi: Uint32Array,
	publishedAt: Float64Array,
	adaptations: Uint32Array,
	firstDoc: Int32Array,
	docMaterial: Int32Array,
	nextDoc: Int32Array,
} as const satisfies Record<keyof FacetArrays, unknown>
type ArrayName = keyof typeof ARRAY_TYPES
const ARRAY_NAMES = Object.keys(ARRAY_TYPES) as ArrayName[]
/** The id table's arrays (id-table.ts), saved as they are: read back without hashing a single id. */
const ID_SECTIONS_OF = ({ bytes, starts, slots }: IdTableArrays) => ({
	idBytes: bytes,
	idStarts: starts,
	idSlots: slots,
})
const SECTION_NAMES = [...ARRAY_NAMES, 'idBytes', 'idStarts', 'idSlots']
/** Arrays of one entry per row id rather than per material. */
const PER_ROW = new Set<ArrayName>(['docMaterial', 'nextDoc'])

const align = (n: number) => Math.ceil(n / 8) * 8
/** Bytes hashed between two checks of the slice's time. */
const HASH_PIECE = 1 << 20

export const facetSnapshotPath = (databasePath: string) => `${databasePath}.facets`

/**
 * Saves `store` as of `state`. The arrays are copied at once (a few tens of
 * milliseconds at a million materials: the store keeps changing while they
 * are written); the checksum and the writing follow a slice at a time.
 */
export async function saveFacetSnapshot(
	file: string,
	store: FacetStore,
	state: FacetState,
	{ due, pause }: Slicer,
) {
	const { arrays, ids, size, countries } = store.copyArrays()
	if (due()) await pause()

	const sections: Record<string, [number, number]> = {}
	const body: Buffer[] = []
	let offset = 0
	const place = (name: string, pieces: Buffer[], bytes: number) => {
		sections[name] = [offset, bytes]
		body.push(...pieces)
		const padding = align(bytes) - bytes
		if (padding) body.push(Buffer.alloc(padding))
		offset += align(bytes)
	}
	const all: Record<string, Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array> = {
		...arrays,
		...ID_SECTIONS_OF(ids),
	}
	for (const name of SECTION_NAMES) {
		const array = all[name]!
		place(name, [Buffer.from(array.buffer, array.byteOffset, array.byteLength)], array.byteLength)
	}

	const hash = createHash('sha1')
	for (const piece of body) {
		for (let at = 0; at < piece.byteLength; at += HASH_PIECE) {
			hash.update(piece.subarray(at, Math.min(piece.byteLength, at + HASH_PIECE)))
			if (due()) await pause()
		}
	}
	const header: FacetHeader = {
		format: FACET_FORMAT,
		state,
		vocabularies: FACET_VOCABULARIES,
		size,
		rows: arrays.docMaterial.length,
		countries,
		sections,
		sha1: hash.digest('hex'),
	}
	const json = Buffer.from(JSON.stringify(header), 'utf8')
	const head = Buffer.alloc(align(12 + json.byteLength), 0x20)
	head.write(FACET_MAGIC, 0, 'latin1')
	head.writeUInt32LE(json.byteLength, 8)
	json.copy(head, 12)

	// Named apart for each writer: several engines (and processes) may save at once.
	const temporary = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`
	try {
		const handle = await fs.open(temporary, 'w')
		try {
			for (const piece of [head, ...body]) {
				// A write may stop short: carry on from where it stopped.
				for (let at = 0; at < piece.byteLength;)
					at += (await handle.write(piece, at, piece.byteLength - at)).bytesWritten
			}
			await handle.sync()
		} finally {
			await handle.close()
		}
		await fs.rename(temporary, file)
	} catch (error) {
		await fs.rm(temporary, { force: true })
		throw error
	}
}

export type SavedFacets = { store: FacetStore; state: FacetState } | { problem: string }

/**
 * Reads saved facet data back, or says why it cannot be used: missing, of
 * another format or other vocabularies, truncated, or not matching its
 * checksum. Whether its state can be brought up to the index's is for the
 * caller to say (stateProblem in postings-snapshot.mjs).
 */
export async function readFacetSnapshot(
	file: string,
	{ due, pause }: Slicer,
): Promise<SavedFacets> {
	let data: Buffer
	try {
		data = await fs.readFile(file)
	} catch {
		return { problem: 'no snapshot' }
	}
	if (data.byteLength < 12) return { problem: 'truncated' }
	if (data.toString('latin1', 0, 8) !== FACET_MAGIC) return { problem: 'not a snapshot' }
	const length = data.readUInt32LE(8)
	if (12 + length > data.byteLength) return { problem: 'truncated' }
	let header: FacetHeader
	try {
		header = JSON.parse(data.toString('utf8', 12, 12 + length)) as FacetHeader
	} catch {
		return { problem: 'unreadable header' }
	}
	if (header?.format !== FACET_FORMAT) return { problem: 'another format' }
	if (header.vocabularies !== FACET_VOCABULARIES) return { problem: 'other vocabularies' }
	const start = align(12 + length)
	const size = header.size
	const rows = header.rows
	if (!Number.isInteger(size) || size < 0 || !Number.isInteger(rows) || rows < 0)
		return { problem: 'unreadable header' }
	const bodyLength = data.byteLength - start
	for (const name of SECTION_NAMES) {
		const [offset, bytes] = header.sections?.[name] ?? [NaN, NaN]
		if (!(offset >= 0 && bytes >= 0 && offset % 8 === 0 && offset + bytes <= bodyLength))
			return { problem: 'truncated' }
		if (name in ARRAY_TYPES) {
			const type = ARRAY_TYPES[name as ArrayName]
			const count = PER_ROW.has(name as ArrayName) ? rows : size
			if (bytes !== count * type.BYTES_PER_ELEMENT)
				return { problem: 'sections do not match the header' }
		}
	}
	if (header.sections.idStarts![1] !== (size + 1) * 4)
		return { problem: 'sections do not match the header' }
	const hash = createHash('sha1')
	for (let at = start; at < data.byteLength; at += HASH_PIECE) {
		hash.update(data.subarray(at, Math.min(data.byteLength, at + HASH_PIECE)))
		if (due()) await pause()
	}
	if (hash.digest('hex') !== header.sha1) return { problem: 'checksum mismatch' }

	// Copied into arrays of their own: aligned, and the file's buffer is let go.
	const copy = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(
		name: string,
		type: { new (length: number): T; BYTES_PER_ELEMENT: number },
	) => {
		const [offset, bytes] = header.sections[name]!
		const array = new type(bytes / type.BYTES_PER_ELEMENT)
		new Uint8Array(array.buffer).set(data.subarray(start + offset, start + offset + bytes))
		return array
	}
	const arrays = {} as Record<ArrayName, FacetArrays[ArrayName]>
	for (const name of ARRAY_NAMES) {
		arrays[name] = copy(
			name,
			ARRAY_TYPES[name] as unknown as {
				new (length: number): FacetArrays[ArrayName]
				BYTES_PER_ELEMENT: number
			},
		)
		if (due()) await pause()
	}
	const bytes = copy('idBytes', Uint8Array)
	if (due()) await pause()
	const starts = copy('idStarts', Uint32Array)
	if (due()) await pause()
	const idArrays = { bytes, starts, slots: copy('idSlots', Int32Array) }
	if (due()) await pause()
	if (!(await IdTable.check(idArrays, { due, pause })))
		return { problem: 'ids do not match the header' }
	const ids = new IdTable(idArrays)
	const adaptations = arrays.adaptations as Uint32Array
	const adoptionBoost = new Float64Array(size)
	for (let n = 0; n < size; n++) {
		adoptionBoost[n] = adoptionLift(adaptations[n]!)
		if ((n & 0xffff) === 0 && due()) await pause()
	}
	return {
		store: FacetStore.fromArrays(
			{ ...(arrays as unknown as FacetArrays), adoptionBoost },
			ids,
			header.countries,
		),
		state: header.state,
	}
}
