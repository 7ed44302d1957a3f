/**
 * Material ids by number and numbers by id, held in three flat arrays: the
 * ids' UTF-8 bytes one after another, where each starts, and an
 * open-addressing hash table of numbers. A million ids as JavaScript strings
 * in a Map kept the garbage collector busy for 30 to 80 ms at a time while
 * they were created at start (each string survives a young-generation
 * collection and is copied), and a Map that size grows by rehashing every
 * entry at once. Here a saved table is read back by copying its arrays, and
 * an id becomes a string only when a search shows or reads its material.
 */
export interface IdTableArrays {
	bytes: Uint8Array
	/** length + 1 entries: id n is bytes[starts[n]] to bytes[starts[n + 1]]. */
	starts: Uint32Array
	/** Number + 1 of the id hashed to each slot, 0 when empty; a power of two long. */
	slots: Int32Array
}

const EMPTY_SLOTS = 1024

export class IdTable {
	private bytes: Uint8Array
	private view: Buffer
	private starts: Uint32Array
	private slots: Int32Array
	private scratch = Buffer.alloc(256)
	length: number

	constructor(arrays?: IdTableArrays) {
		this.bytes = arrays?.bytes ?? new Uint8Array(1 << 14)
		this.view = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength)
		this.starts = arrays?.starts ?? new Uint32Array(1024)
		this.slots = arrays?.slots ?? new Int32Array(EMPTY_SLOTS)
		this.length = arrays ? arrays.starts.length - 1 : 0
		if (this.slots.length & (this.slots.length - 1)) throw new Error('slots must be a power of two')
	}

	/** A copy of the arrays as they are now, for saving. */
	copyArrays(): IdTableArrays {
		return {
			bytes: this.bytes.slice(0, this.starts[this.length]),
			starts: this.starts.slice(0, this.length + 1),
			slots: this.slots.slice(),
		}
	}

	/**
	 * Whether the arrays read back are a table: ordered starts within the
	 * bytes, every number in one slot. Checked a part at a time, `pause`
	 * awaited between parts when `due` says so (a million ids take tens of
	 * milliseconds).
	 */
	static async check(
		{ bytes, starts, slots }: IdTableArrays,
		{ due, pause }: { due: () => boolean; pause: () => Promise<void> },
	) {
		const count = starts.length - 1
		if (count < 0 || starts[0] !== 0 || starts[count] !== bytes.length) return false
		if (!slots.length || slots.length & (slots.length - 1) || slots.length < 2 * count) return false
		for (let n = 1; n <= count; n++) {
			if (starts[n]! < starts[n - 1]!) return false
			if ((n & 0xffff) === 0 && due()) await pause()
		}
		const seen = new Uint8Array(count)
		for (let i = 0; i < slots.length; i++) {
			const value = slots[i]!
			if (value < 0 || value > count) return false
			if (value) {
				if (seen[value - 1]) return false
				seen[value - 1] = 1
			}
			if ((i & 0xffff) === 0 && due()) await pause()
		}
		return seen.every((v) => v === 1)
	}

	/** The id of material number `n`. */
	idOf(n: number) {
		return this.view.toString('utf8', this.starts[n], this.starts[n + 1])
	}

	/** The number of an id, or undefined. */
	find(id: string) {
		const length = this.encode(id)
		const mask = this.slots.length - 1
		for (let slot = hashBytes(this.scratch, 0, length) & mask; ; slot = (slot + 1) & mask) {
			const value = this.slots[slot]!
			if (value === 0) return undefined
			if (this.equals(value - 1, length)) return value - 1
		}
	}

	/** Adds an id not in the table yet; answers its number. */
	push(id: string) {
		const length = this.encode(id)
		const n = this.length
		const start = this.starts[n]!
		if (start + length > this.bytes.length) {
			const bytes = new Uint8Array(Math.max(start + length, this.bytes.length * 2))
			bytes.set(this.bytes.subarray(0, start))
			this.bytes = bytes
			this.view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
		}
		this.bytes.set(this.scratch.subarray(0, length), start)
		if (n + 2 > this.starts.length) {
			const starts = new Uint32Array(this.starts.length * 2)
			starts.set(this.starts)
			this.starts = starts
		}
		this.starts[n + 1] = start + length
		this.length = n + 1
		if (this.length * 2 > this.slots.length) this.rehash(this.slots.length * 2)
		else this.place(n)
		return n
	}

	/** Makes room for `count` ids at once (one rehash instead of one per doubling). */
	reserve(count: number) {
		let size = this.slots.length
		while (size < count * 2) size *= 2
		if (size > this.slots.length) this.rehash(size)
	}

	private rehash(size: number) {
		this.slots = new Int32Array(size)
		for (let n = 0; n < this.length; n++) this.place(n)
	}

	private place(n: number) {
		const mask = this.slots.length - 1
		let slot = hashBytes(this.bytes, this.starts[n]!, this.starts[n + 1]!) & mask
		while (this.slots[slot] !== 0) slot = (slot + 1) & mask
		this.slots[slot] = n + 1
	}

	/** Writes `id` as UTF-8 into the scratch buffer; answers its length. */
	private encode(id: string) {
		const needed = Buffer.byteLength(id, 'utf8')
		if (needed > this.scratch.length) this.scratch = Buffer.alloc(needed * 2)
		return this.scratch.write(id, 0, 'utf8')
	}

	private equals(n: number, length: number) {
		const start = this.starts[n]!
		if (this.starts[n + 1]! - start !== length) return false
		for (let i = 0; i < length; i++) if (this.bytes[start + i] !== this.scratch[i]) return false
		return true
	}
}

/** FNV-1a over bytes[start, end). */
function hashBytes(bytes: Uint8Array, start: number, end: number) {
	let hash = 0x811c9dc5
	for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193)
	return hash >>> 0
}
