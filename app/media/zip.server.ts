import { deflateRawSync } from 'node:zlib'
import { Inflate } from 'fflate'

/**
 * Reading and writing the zips office documents are, for the document
 * worker (document-worker.mjs): in memory (an upload is at most tens of
 * megabytes, and a worker stopped at its limit then leaves no file open),
 * and every inflated byte counted against a budget the caller sets, so that
 * declared sizes, which can lie, are never trusted.
 *
 * The zip is read by its central directory (what Word and LibreOffice read
 * too). Each entry is inflated as a stream, 16 KB of input at a time (at
 * most about 16 MB of output each), so a bomb is stopped as soon as its real
 * output passes the budget, whatever its header says; its size and CRC are
 * then checked against the directory's.
 */

export class ZipCorrupt extends Error {}
export class ZipTooLarge extends Error {}

export interface ZipEntry {
	name: string
	/** The name as stored, written back unchanged (it may not be UTF-8). */
	nameBytes: Buffer
	flags: number
	method: number
	crc: number
	compressedSize: number
	size: number
	localOffset: number
}

export interface Zip {
	bytes: Buffer
	/** In central-directory order, which is the order they are written back. */
	entries: ZipEntry[]
	byName: Map<string, ZipEntry>
}

/** Bytes that may still be inflated, shared by every read of one document. */
export interface InflateBudget {
	left: number
}

/** A real central directory is a few kilobytes; this bounds what a crafted one makes us read. */
const MAX_ZIP_DIRECTORY_BYTES = 16 * 1024 * 1024
const PUSH_BYTES = 16 * 1024

function readAt(bytes: Buffer, position: number, length: number) {
	if (position < 0 || position + length > bytes.length) throw new ZipCorrupt('read out of file')
	return bytes.subarray(position, position + length)
}

/**
 * The central directory of a zip. More than `maxEntries` entries is
 * ZipTooLarge; a name twice is ZipCorrupt, since two readers could each
 * take a different one of them.
 */
export function openZip(bytes: Buffer, maxEntries: number): Zip {
	const fileSize = bytes.length
	if (fileSize < 22) throw new ZipCorrupt('not a zip')
	// The end-of-central-directory record is in the last 22 bytes plus a comment of at most 65 535.
	const tailLength = Math.min(fileSize, 22 + 0xffff)
	const tail = readAt(bytes, fileSize - tailLength, tailLength)
	let end = -1
	for (let i = tail.length - 22; i >= 0; i--) {
		if (tail.readUInt32LE(i) === 0x06054b50) {
			end = i
			break
		}
	}
	if (end < 0) throw new ZipCorrupt('no end of central directory')
	let count = tail.readUInt16LE(end + 10)
	let directorySize = tail.readUInt32LE(end + 12)
	let directoryOffset = tail.readUInt32LE(end + 16)
	if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
		// Zip64: the real values are in a record the locator just before points to.
		const locator = end - 20
		if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50)
			throw new ZipCorrupt('no zip64 locator')
		const recordOffset = Number(tail.readBigUInt64LE(locator + 8))
		if (recordOffset + 56 > fileSize) throw new ZipCorrupt('zip64 record out of file')
		const record = readAt(bytes, recordOffset, 56)
		if (record.readUInt32LE(0) !== 0x06064b50) throw new ZipCorrupt('no zip64 record')
		count = Number(record.readBigUInt64LE(32))
		directorySize = Number(record.readBigUInt64LE(40))
		directoryOffset = Number(record.readBigUInt64LE(48))
	}
	if (count > maxEntries || directorySize > MAX_ZIP_DIRECTORY_BYTES)
		throw new ZipTooLarge('directory')
	if (directoryOffset + directorySize > fileSize) throw new ZipCorrupt('directory out of file')

	const directory = readAt(bytes, directoryOffset, directorySize)
	const entries: ZipEntry[] = []
	const byName = new Map<string, ZipEntry>()
	let at = 0
	for (let i = 0; i < count; i++) {
		if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) {
			throw new ZipCorrupt('bad directory entry')
		}
		const nameLength = directory.readUInt16LE(at + 28)
		const extraLength = directory.readUInt16LE(at + 30)
		const commentLength = directory.readUInt16LE(at + 32)
		const next = at + 46 + nameLength + extraLength + commentLength
		if (next > directory.length) throw new ZipCorrupt('bad directory entry')
		const nameBytes = Buffer.from(directory.subarray(at + 46, at + 46 + nameLength))
		const entry: ZipEntry = {
			name: nameBytes.toString('utf8'),
			nameBytes,
			flags: directory.readUInt16LE(at + 8),
			method: directory.readUInt16LE(at + 10),
			crc: directory.readUInt32LE(at + 16),
			compressedSize: directory.readUInt32LE(at + 20),
			size: directory.readUInt32LE(at + 24),
			localOffset: directory.readUInt32LE(at + 42),
		}
		readZip64Extra(
			entry,
			directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength),
		)
		if (byName.has(entry.name)) throw new ZipCorrupt(`${entry.name} twice`)
		byName.set(entry.name, entry)
		entries.push(entry)
		at = next
	}
	return { bytes, entries, byName }
}

/** Sizes and offset that did not fit 32 bits are in the zip64 extra field, in this order. */
function readZip64Extra(entry: ZipEntry, extra: Buffer) {
	for (let at = 0; at + 4 <= extra.length;) {
		const id = extra.readUInt16LE(at)
		const length = extra.readUInt16LE(at + 2)
		if (id === 0x0001) {
			let field = at + 4
			const take = () => {
				if (field + 8 > at + 4 + length || field + 8 > extra.length)
					throw new ZipCorrupt('bad zip64 field')
				const value = Number(extra.readBigUInt64LE(field))
				field += 8
				return value
			}
			if (entry.size === 0xffffffff) entry.size = take()
			if (entry.compressedSize === 0xffffffff) entry.compressedSize = take()
			if (entry.localOffset === 0xffffffff) entry.localOffset = take()
			return
		}
		at += 4 + length
	}
}

/** An entry's stored (still compressed) bytes, past its local header. */
export function storedBytes(zip: Zip, entry: ZipEntry) {
	if (entry.flags & 0x1) throw new ZipCorrupt(`${entry.name} is encrypted`)
	const local = readAt(zip.bytes, entry.localOffset, 30)
	if (local.readUInt32LE(0) !== 0x04034b50) throw new ZipCorrupt('bad local header')
	const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
	return readAt(zip.bytes, start, entry.compressedSize)
}

/**
 * Inflates an entry, handing its bytes to `each` as they come, and checks
 * its size and CRC against the directory once it ends. Throws ZipTooLarge
 * as soon as the budget is spent (before inflating anything when the
 * declared size is already over it), ZipCorrupt for anything malformed.
 */
export function inflateEntry(
	zip: Zip,
	entry: ZipEntry,
	budget: InflateBudget,
	each: (chunk: Uint8Array) => void,
) {
	if (entry.size > budget.left) throw new ZipTooLarge(`${entry.name}: declared size`)
	let produced = 0
	let crc = 0
	const take = (data: Uint8Array) => {
		produced += data.length
		if (produced > budget.left) throw new ZipTooLarge(`${entry.name}: actual size`)
		// A bomb whose header declares a few bytes is stopped at those bytes.
		if (produced > entry.size) throw new ZipCorrupt(`${entry.name}: larger than declared`)
		crc = crc32(data, crc)
		each(data)
	}
	const stored = storedBytes(zip, entry)
	if (entry.method === 0) {
		take(stored)
	} else if (entry.method === 8) {
		let ended = false
		const inflate = new Inflate((data, final) => {
			take(data)
			if (final) ended = true
		})
		for (let i = 0; i < stored.length; i += PUSH_BYTES) {
			inflate.push(stored.subarray(i, i + PUSH_BYTES), i + PUSH_BYTES >= stored.length)
		}
		if (stored.length === 0) inflate.push(new Uint8Array(0), true)
		if (!ended && entry.size > 0) throw new ZipCorrupt(`${entry.name}: deflate stream did not end`)
	} else {
		throw new ZipCorrupt(`${entry.name}: compression method ${entry.method}`)
	}
	budget.left -= produced
	if (produced !== entry.size) throw new ZipCorrupt(`${entry.name}: size differs from directory`)
	if (crc !== entry.crc) throw new ZipCorrupt(`${entry.name}: CRC differs from directory`)
}

/** An entry's bytes, inflated and checked as by inflateEntry. */
export function readEntry(zip: Zip, entry: ZipEntry, budget: InflateBudget) {
	const parts: Uint8Array[] = []
	inflateEntry(zip, entry, budget, (chunk) => parts.push(chunk))
	return Buffer.concat(parts)
}

const CRC_TABLE = (() => {
	const table = new Uint32Array(256)
	for (let n = 0; n < 256; n++) {
		let c = n
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
		table[n] = c >>> 0
	}
	return table
})()

/** The zip (and PNG) CRC-32 of `bytes`, continuing from `crc`. */
export function crc32(bytes: Uint8Array, crc = 0) {
	let c = ~crc >>> 0
	for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
	return ~c >>> 0
}

// A fixed time for every entry written (1980-01-01 00:00, the zip epoch):
// when each part was last saved says something about its author, and the
// same upload then gives the same bytes.
const DOS_TIME = 0
const DOS_DATE = (0 << 9) | (1 << 5) | 1
/** Only bit 11 (the name is UTF-8) is carried over; no data descriptors, no encryption. */
const KEPT_FLAGS = 0x0800

interface Written {
	nameBytes: Buffer
	flags: number
	method: number
	crc: number
	compressedSize: number
	size: number
	offset: number
}

/**
 * Builds a plain zip in memory, entry by entry: no zip64
 * (what it writes comes from a document within the upload limit), no
 * comments, no extra fields (ODF forbids one on its `mimetype` entry), and
 * sizes in the local headers rather than in data descriptors.
 */
export class ZipWriter {
	private offset = 0
	private readonly written: Written[] = []
	private readonly chunks: Uint8Array[] = []

	/** Copies an entry of `zip` as stored, without inflating it again. */
	copyEntry(zip: Zip, entry: ZipEntry) {
		this.begin(
			entry.nameBytes,
			entry.flags,
			entry.method,
			entry.crc,
			entry.compressedSize,
			entry.size,
		)
		this.write(storedBytes(zip, entry))
	}

	/** Adds `bytes` under the name of `entry`, deflated or (for data already compressed, such as pictures) stored. */
	replaceEntry(entry: ZipEntry, bytes: Uint8Array, method: 0 | 8) {
		const data = method === 8 ? deflateRawSync(bytes) : bytes
		this.begin(entry.nameBytes, entry.flags, method, crc32(bytes), data.length, bytes.length)
		this.write(data)
	}

	/** Writes the central directory and gives the whole zip. */
	finish() {
		const directoryOffset = this.offset
		for (const entry of this.written) {
			const header = Buffer.alloc(46)
			header.writeUInt32LE(0x02014b50, 0)
			header.writeUInt16LE(20, 4)
			header.writeUInt16LE(20, 6)
			header.writeUInt16LE(entry.flags, 8)
			header.writeUInt16LE(entry.method, 10)
			header.writeUInt16LE(DOS_TIME, 12)
			header.writeUInt16LE(DOS_DATE, 14)
			header.writeUInt32LE(entry.crc, 16)
			header.writeUInt32LE(entry.compressedSize, 20)
			header.writeUInt32LE(entry.size, 24)
			header.writeUInt16LE(entry.nameBytes.length, 28)
			header.writeUInt32LE(entry.offset, 42)
			this.write(header)
			this.write(entry.nameBytes)
		}
		const end = Buffer.alloc(22)
		end.writeUInt32LE(0x06054b50, 0)
		end.writeUInt16LE(this.written.length, 8)
		end.writeUInt16LE(this.written.length, 10)
		end.writeUInt32LE(this.offset - directoryOffset, 12)
		end.writeUInt32LE(directoryOffset, 16)
		this.write(end)
		return Buffer.concat(this.chunks)
	}

	private begin(
		nameBytes: Buffer,
		flags: number,
		method: number,
		crc: number,
		compressedSize: number,
		size: number,
	) {
		if (
			this.written.length >= 0xffff ||
			size > 0xffffffff ||
			this.offset + compressedSize > 0xffffffff
		)
			throw new ZipTooLarge('output needs zip64')
		const entry = {
			nameBytes,
			flags: flags & KEPT_FLAGS,
			method,
			crc,
			compressedSize,
			size,
			offset: this.offset,
		}
		const header = Buffer.alloc(30)
		header.writeUInt32LE(0x04034b50, 0)
		header.writeUInt16LE(20, 4)
		header.writeUInt16LE(entry.flags, 6)
		header.writeUInt16LE(method, 8)
		header.writeUInt16LE(DOS_TIME, 10)
		header.writeUInt16LE(DOS_DATE, 12)
		header.writeUInt32LE(crc, 14)
		header.writeUInt32LE(compressedSize, 18)
		header.writeUInt32LE(size, 22)
		header.writeUInt16LE(nameBytes.length, 26)
		this.write(header)
		this.write(nameBytes)
		this.written.push(entry)
	}

	private write(bytes: Uint8Array) {
		this.chunks.push(bytes)
		this.offset += bytes.length
	}
}
