import fsp, { type FileHandle } from 'node:fs/promises'
import { inflateRawSync } from 'node:zlib'

/**
 * Decides what an uploaded file is from its bytes alone. The browser's
 * declared type and the file name are claims made by whoever uploads; they
 * are only compared with what the bytes say (checkDeclaredType), never used
 * to decide. Only the few bytes each decision needs are read: an upload may
 * be 50 MB and most of it is never looked at here.
 */

export const ALLOWED_MEDIA_TYPES = [
	'image/jpeg',
	'image/png',
	'image/webp',
	'image/avif',
	'application/pdf',
	'video/mp4',
	'video/webm',
	'audio/mpeg',
	'audio/ogg',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	'application/vnd.oasis.opendocument.text',
	'application/vnd.oasis.opendocument.presentation',
] as const

export type AllowedMediaType = (typeof ALLOWED_MEDIA_TYPES)[number]

export type SniffedKind = 'image' | 'pdf' | 'video' | 'audio' | 'document'

export const MEDIA_KIND: Record<AllowedMediaType, SniffedKind> = {
	'image/jpeg': 'image',
	'image/png': 'image',
	'image/webp': 'image',
	'image/avif': 'image',
	'application/pdf': 'pdf',
	'video/mp4': 'video',
	'video/webm': 'video',
	'audio/mpeg': 'audio',
	'audio/ogg': 'audio',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'document',
	'application/vnd.oasis.opendocument.text': 'document',
	'application/vnd.oasis.opendocument.presentation': 'document',
}

/** File name extensions that may carry each type, lower case, without the dot. */
export const ACCEPTED_EXTENSIONS: Record<AllowedMediaType, readonly string[]> = {
	'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
	'image/png': ['png'],
	'image/webp': ['webp'],
	'image/avif': ['avif'],
	'application/pdf': ['pdf'],
	'video/mp4': ['mp4', 'm4v'],
	'video/webm': ['webm'],
	'audio/mpeg': ['mp3'],
	'audio/ogg': ['ogg', 'oga', 'opus'],
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
	'application/vnd.oasis.opendocument.text': ['odt'],
	'application/vnd.oasis.opendocument.presentation': ['odp'],
}

export function isAllowedMediaType(value: string): value is AllowedMediaType {
	return (ALLOWED_MEDIA_TYPES as readonly string[]).includes(value)
}

export type SniffRefusal = 'empty' | 'svg' | 'html' | 'executable' | 'zip-not-office' | 'unknown'

export type SniffResult =
	{ ok: true; mediaType: AllowedMediaType; kind: SniffedKind } | { ok: false; reason: SniffRefusal }

const HEAD_BYTES = 4096
// Readers accept a PDF header preceded by up to 1 KiB of anything.
const PDF_HEADER_WINDOW = 1024
// The end-of-central-directory record is 22 bytes plus a comment of at most 64 KiB.
const ZIP_TAIL_BYTES = 22 + 0xffff
// A document's central directory is a few KiB; a bigger one is not worth reading.
const ZIP_MAX_DIRECTORY_BYTES = 1024 * 1024
const ZIP_MAX_ENTRIES = 10_000
const CONTENT_TYPES_MAX_BYTES = 256 * 1024

function accept(mediaType: AllowedMediaType): SniffResult {
	return { ok: true, mediaType, kind: MEDIA_KIND[mediaType] }
}

function refuse(reason: SniffRefusal): SniffResult {
	return { ok: false, reason }
}

export async function sniffFile(filePath: string): Promise<SniffResult> {
	const handle = await fsp.open(filePath, 'r')
	try {
		const { size } = await handle.stat()
		if (size === 0) return refuse('empty')
		const head = await readAt(handle, 0, Math.min(HEAD_BYTES, size))
		return await sniff(handle, head, size)
	} finally {
		await handle.close()
	}
}

async function sniff(handle: FileHandle, head: Buffer, size: number): Promise<SniffResult> {
	if (isExecutable(head)) return refuse('executable')

	if (startsWith(head, [0xff, 0xd8, 0xff])) return accept('image/jpeg')
	if (
		startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) &&
		ascii(head, 12, 4) === 'IHDR'
	) {
		return accept('image/png')
	}
	if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') {
		return ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(head, 12, 4))
			? accept('image/webp')
			: refuse('unknown')
	}
	if (ascii(head, 4, 4) === 'ftyp') return sniffIsoBmff(head)
	if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) {
		// Matroska is refused: browsers play WebM, not every Matroska file.
		return ebmlDocType(head) === 'webm' ? accept('video/webm') : refuse('unknown')
	}
	if (ascii(head, 0, 4) === 'OggS') return sniffOgg(head)
	if (ascii(head, 0, 5) === '%PDF-') return accept('application/pdf')
	if (['PK\x03\x04', 'PK\x05\x06', 'PK\x07\x08'].includes(ascii(head, 0, 4))) {
		return sniffZip(handle, head, size)
	}
	if (ascii(head, 0, 3) === 'ID3' || isMp3Frame(head, 0)) return sniffMp3(handle, head, size)

	// Text is looked at before the PDF window: markup with a PDF header a few
	// lines down is still markup to a browser.
	const text = markup(head)
	if (text) return refuse(text)
	if (hasPdfHeader(head)) return accept('application/pdf')
	return refuse('unknown')
}

// --- Executables -------------------------------------------------------------

const EXECUTABLE_MAGIC: number[][] = [
	[0x4d, 0x5a], // MZ: DOS/Windows (and self-extracting archives)
	[0x7f, 0x45, 0x4c, 0x46], // ELF
	[0xfe, 0xed, 0xfa, 0xce], // Mach-O 32-bit
	[0xfe, 0xed, 0xfa, 0xcf], // Mach-O 64-bit
	[0xce, 0xfa, 0xed, 0xfe], // Mach-O 32-bit, little-endian
	[0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64-bit, little-endian
	[0xca, 0xfe, 0xba, 0xbe], // Mach-O universal binary (or a Java class)
	[0x00, 0x61, 0x73, 0x6d], // WebAssembly
	[0x23, 0x21], // #! script
]

function isExecutable(head: Buffer) {
	return EXECUTABLE_MAGIC.some((magic) => startsWith(head, magic))
}

// --- ISO base media (MP4, AVIF, HEIC, QuickTime) --------------------------------

const AVIF_BRANDS = new Set(['avif', 'avis'])
// Plain HEIF containers: AVIF when they also list an AVIF brand, HEIC otherwise.
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'miaf'])
// Browsers outside Apple's cannot show HEIC.
const HEIC_BRANDS = new Set([
	'heic',
	'heix',
	'hevc',
	'hevx',
	'heim',
	'heis',
	'hevm',
	'hevs',
	'avci',
])
// Audio-only MP4: a type the exchange does not take.
const MP4_AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B '])
const MP4_BRANDS = new Set([
	'isom',
	'iso2',
	'iso3',
	'iso4',
	'iso5',
	'iso6',
	'iso7',
	'iso8',
	'iso9',
	'mp41',
	'mp42',
	'mp71',
	'avc1',
	'M4V ',
	'M4VH',
	'M4VP',
	'dash',
	'msnv',
])

function sniffIsoBmff(head: Buffer): SniffResult {
	const boxSize = head.readUInt32BE(0)
	if (boxSize < 16 || boxSize > head.length || boxSize % 4 !== 0) return refuse('unknown')
	const major = ascii(head, 8, 4)
	const compatible: string[] = []
	for (let i = 16; i + 4 <= boxSize; i += 4) compatible.push(ascii(head, i, 4))
	const lists = (set: Set<string>) => compatible.some((brand) => set.has(brand))

	if (AVIF_BRANDS.has(major)) return accept('image/avif')
	if (HEIF_BRANDS.has(major)) return lists(AVIF_BRANDS) ? accept('image/avif') : refuse('unknown')
	// QuickTime is refused: browsers play MP4, not every .mov.
	if (major === 'qt  ' || HEIC_BRANDS.has(major) || MP4_AUDIO_BRANDS.has(major))
		return refuse('unknown')
	if (MP4_BRANDS.has(major)) return accept('video/mp4')
	// Camera brands (XAVC, 3gp…) are MP4 when they say they are compatible with it.
	if (
		lists(MP4_BRANDS) &&
		!lists(AVIF_BRANDS) &&
		!lists(HEIC_BRANDS) &&
		!compatible.includes('qt  ')
	) {
		return accept('video/mp4')
	}
	return refuse('unknown')
}

// --- EBML (WebM, Matroska) ------------------------------------------------------

function ebmlDocType(head: Buffer): string | null {
	let pos = 4
	const headerSize = readVint(head, pos, false)
	if (!headerSize) return null
	pos += headerSize.length
	const end = Math.min(head.length, pos + headerSize.value)
	while (pos < end) {
		const id = readVint(head, pos, true)
		if (!id) return null
		const elementSize = readVint(head, pos + id.length, false)
		if (!elementSize) return null
		const dataStart = pos + id.length + elementSize.length
		if (dataStart + elementSize.value > end) return null
		if (id.value === 0x4282) {
			return ascii(head, dataStart, elementSize.value).replace(/\0+$/, '')
		}
		pos = dataStart + elementSize.value
	}
	return null
}

/** An EBML variable-length integer; IDs keep their length marker, sizes do not. */
function readVint(bytes: Buffer, pos: number, keepMarker: boolean) {
	const first = bytes[pos]
	if (first === undefined || first === 0) return null
	const length = Math.clz32(first) - 23
	if (length > 8 || pos + length > bytes.length) return null
	let value = keepMarker ? first : first & (0xff >> length)
	for (let i = 1; i < length; i++) value = value * 256 + bytes[pos + i]!
	return { value, length }
}

// --- Ogg ------------------------------------------------------------------------

// The first stream of a video file is its video; refused as this is audio/ogg.
const OGG_VIDEO_CODECS = ['\x80theora', 'BBCD', '\x80daala']

function sniffOgg(head: Buffer): SniffResult {
	if (head.length < 28 || head[4] !== 0) return refuse('unknown')
	const segments = head[26]!
	const firstPacket = ascii(head, 27 + segments, 16)
	if (OGG_VIDEO_CODECS.some((codec) => firstPacket.startsWith(codec))) return refuse('unknown')
	return accept('audio/ogg')
}

// --- MP3 ------------------------------------------------------------------------

const MP3_BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
const MP3_BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
const MP3_SAMPLE_RATES: Record<number, number[]> = {
	3: [44100, 48000, 32000],
	2: [22050, 24000, 16000],
	0: [11025, 12000, 8000],
}

interface Mp3Frame {
	version: number
	sampleRate: number
	length: number
}

/** A valid MPEG audio layer III frame header at `pos`, with the frame's length. */
function mp3Frame(bytes: Buffer, pos: number): Mp3Frame | null {
	if (pos + 4 > bytes.length) return null
	const b1 = bytes[pos + 1]!
	const b2 = bytes[pos + 2]!
	const b3 = bytes[pos + 3]!
	if (bytes[pos] !== 0xff || (b1 & 0xe0) !== 0xe0) return null
	const version = (b1 >> 3) & 3
	const layer = (b1 >> 1) & 3
	const bitrateIndex = b2 >> 4
	const sampleRateIndex = (b2 >> 2) & 3
	// Free-format bitrate (0) has no computable frame length; AAC uses layer 0.
	if (version === 1 || layer !== 1 || bitrateIndex === 0 || bitrateIndex === 15) return null
	if (sampleRateIndex === 3 || (b3 & 3) === 2) return null
	const bitrate = (version === 3 ? MP3_BITRATES_V1 : MP3_BITRATES_V2)[bitrateIndex]! * 1000
	const sampleRate = MP3_SAMPLE_RATES[version]![sampleRateIndex]!
	const padding = (b2 >> 1) & 1
	const length = Math.floor(((version === 3 ? 144 : 72) * bitrate) / sampleRate) + padding
	return { version, sampleRate, length }
}

function isMp3Frame(bytes: Buffer, pos: number) {
	return mp3Frame(bytes, pos) !== null
}

/**
 * Two consecutive frames (or one that ends the file), so that bytes which
 * merely start with FF Fx are not taken for audio.
 */
function mp3StreamAt(bytes: Buffer, pos: number, bytesLeftInFile: number) {
	const first = mp3Frame(bytes, pos)
	if (!first) return false
	if (first.length >= bytesLeftInFile) return true
	const second = mp3Frame(bytes, pos + first.length)
	return (
		second !== null && second.version === first.version && second.sampleRate === first.sampleRate
	)
}

async function sniffMp3(handle: FileHandle, head: Buffer, size: number): Promise<SniffResult> {
	let offset = 0
	let window = head
	// ID3v2 tags (sometimes more than one) come before the audio; cover art can
	// make them large, so the audio is read where they end.
	for (let tags = 0; ascii(window, 0, 3) === 'ID3'; tags++) {
		if (tags === 3 || window.length < 10) return refuse('unknown')
		const sizeBytes = [...window.subarray(6, 10)]
		if (sizeBytes.some((b) => b >= 0x80)) return refuse('unknown')
		const tagSize = sizeBytes.reduce((total, b) => total * 128 + b, 0)
		const hasFooter = (window[5]! & 0x10) !== 0
		offset += 10 + tagSize + (hasFooter ? 10 : 0)
		if (offset >= size) return refuse('unknown')
		window = await readAt(handle, offset, Math.min(HEAD_BYTES, size - offset))
		// Some encoders pad after the tag instead of inside it.
		let skip = 0
		while (skip < window.length && window[skip] === 0) skip++
		if (skip > 0) {
			offset += skip
			window = window.subarray(skip)
		}
	}
	return mp3StreamAt(window, 0, size - offset) ? accept('audio/mpeg') : refuse('unknown')
}

// --- PDF ------------------------------------------------------------------------

function hasPdfHeader(head: Buffer) {
	const at = head.subarray(0, PDF_HEADER_WINDOW + 8).indexOf('%PDF-')
	return at >= 0 && at < PDF_HEADER_WINDOW && /^%PDF-\d/.test(ascii(head, at, 6))
}

// --- Markup -----------------------------------------------------------------------

// The start patterns browsers sniff as HTML (WHATWG MIME Sniffing, §7.1).
const HTML_START =
	/^<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[\s>]/

/** 'svg' or 'html' when the head is text that a browser would run as markup. */
function markup(head: Buffer): 'svg' | 'html' | null {
	const text = decodeText(head)
	if (text === null) return null
	const lower = text.toLowerCase()
	const start = lower.trimStart()
	if (/<html[\s>]|<!doctype html[\s>]/.test(lower)) return 'html'
	// Any XML may pull in a stylesheet or be read as SVG; none is a material.
	if (start.startsWith('<?xml') || /<svg[\s>/]|<!doctype svg[\s>]/.test(lower)) return 'svg'
	if (HTML_START.test(start) || /<(?:script|iframe|object|embed)[\s>/]/.test(lower)) return 'html'
	return null
}

/** The head as text, or null when it is binary. */
function decodeText(head: Buffer): string | null {
	if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head.subarray(2))
	if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head.subarray(2))
	if (head.includes(0)) return null
	const start = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0
	return new TextDecoder('utf-8').decode(head.subarray(start))
}

// --- ZIP (office documents) ------------------------------------------------------

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
const ODF_TYPES: Record<string, AllowedMediaType> = {
	'application/vnd.oasis.opendocument.text': 'application/vnd.oasis.opendocument.text',
	'application/vnd.oasis.opendocument.presentation':
		'application/vnd.oasis.opendocument.presentation',
}

interface ZipEntry {
	name: string
	method: number
	flags: number
	compressedSize: number
	uncompressedSize: number
	localOffset: number
}

async function sniffZip(handle: FileHandle, head: Buffer, size: number): Promise<SniffResult> {
	const entries = await readCentralDirectory(handle, size)
	if (!entries || entries.length === 0) return refuse('zip-not-office')
	const names = entries.map((entry) => entry.name)
	const lowerNames = names.map((name) => name.toLowerCase())

	const first = entries[0]!
	if (first.name === 'mimetype' && first.localOffset === 0) {
		// ODF macros live in Basic/ and Scripts/; a shared material has no use for them.
		if (names.some((name) => name.startsWith('Basic/') || name.startsWith('Scripts/'))) {
			return refuse('zip-not-office')
		}
		const mimetype = odfMimetype(head, first)
		const mediaType = mimetype ? ODF_TYPES[mimetype] : undefined
		return mediaType ? accept(mediaType) : refuse('zip-not-office')
	}

	const contentTypes = entries.find((entry) => entry.name === '[Content_Types].xml')
	if (!contentTypes) return refuse('zip-not-office')
	// Macro-enabled documents (.docm, .pptm) carry VBA; they are not DOCX/PPTX.
	if (lowerNames.some((name) => name.endsWith('vbaproject.bin'))) return refuse('zip-not-office')
	const isWord = names.some((name) => name.startsWith('word/'))
	const isSlides = names.some((name) => name.startsWith('ppt/'))
	if (isWord === isSlides) return refuse('zip-not-office')

	const xml = await readEntryText(handle, contentTypes, size)
	if (xml === null || /macroenabled/i.test(xml)) return refuse('zip-not-office')
	// Templates and slide shows name a different main part; a minimal document
	// may name none, and is then judged by its parts alone.
	const mainTypes = [...xml.matchAll(/ContentType\s*=\s*["']([^"']*\.main\+xml)["']/gi)].map((m) =>
		m[1]!.toLowerCase(),
	)
	const expected = isWord ? DOCX : PPTX
	if (mainTypes.length > 0 && !mainTypes.includes(`${expected}.main+xml`)) {
		return refuse('zip-not-office')
	}
	return accept(expected)
}

/** The central directory, read with two bounded reads; null if it is not a plain ZIP. */
async function readCentralDirectory(handle: FileHandle, size: number): Promise<ZipEntry[] | null> {
	const tailStart = Math.max(0, size - ZIP_TAIL_BYTES)
	const tail = await readAt(handle, tailStart, size - tailStart)
	let eocd = -1
	for (let i = tail.length - 22; i >= 0; i--) {
		if (tail.readUInt32LE(i) === 0x06054b50 && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
			eocd = i
			break
		}
	}
	if (eocd < 0) return null
	const diskNumber = tail.readUInt16LE(eocd + 4)
	const directoryDisk = tail.readUInt16LE(eocd + 6)
	const count = tail.readUInt16LE(eocd + 10)
	const directorySize = tail.readUInt32LE(eocd + 12)
	const directoryOffset = tail.readUInt32LE(eocd + 16)
	// Split archives and ZIP64 (0xFFFF… markers) are never how a document is written.
	if (diskNumber !== 0 || directoryDisk !== 0) return null
	if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff)
		return null
	if (count > ZIP_MAX_ENTRIES || directorySize > ZIP_MAX_DIRECTORY_BYTES) return null
	if (directoryOffset + directorySize > tailStart + eocd) return null

	const directory = await readAt(handle, directoryOffset, directorySize)
	if (directory.length < directorySize) return null
	const entries: ZipEntry[] = []
	let pos = 0
	for (let i = 0; i < count; i++) {
		if (pos + 46 > directory.length || directory.readUInt32LE(pos) !== 0x02014b50) return null
		const nameLength = directory.readUInt16LE(pos + 28)
		const extraLength = directory.readUInt16LE(pos + 30)
		const commentLength = directory.readUInt16LE(pos + 32)
		if (pos + 46 + nameLength > directory.length) return null
		entries.push({
			name: directory.toString('utf8', pos + 46, pos + 46 + nameLength),
			flags: directory.readUInt16LE(pos + 8),
			method: directory.readUInt16LE(pos + 10),
			compressedSize: directory.readUInt32LE(pos + 20),
			uncompressedSize: directory.readUInt32LE(pos + 24),
			localOffset: directory.readUInt32LE(pos + 42),
		})
		pos += 46 + nameLength + extraLength + commentLength
	}
	return entries
}

/** ODF's `mimetype`: the first entry, stored uncompressed, so it sits in the head. */
function odfMimetype(head: Buffer, entry: ZipEntry): string | null {
	if (
		entry.method !== 0 ||
		entry.compressedSize !== entry.uncompressedSize ||
		entry.compressedSize > 100
	) {
		return null
	}
	if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) return null
	const nameLength = head.readUInt16LE(26)
	const extraLength = head.readUInt16LE(28)
	if (ascii(head, 30, nameLength) !== 'mimetype') return null
	const start = 30 + nameLength + extraLength
	if (start + entry.compressedSize > head.length) return null
	return ascii(head, start, entry.compressedSize)
}

async function readEntryText(
	handle: FileHandle,
	entry: ZipEntry,
	size: number,
): Promise<string | null> {
	const encrypted = (entry.flags & 1) !== 0
	if (encrypted || entry.compressedSize > CONTENT_TYPES_MAX_BYTES) return null
	if (entry.uncompressedSize > CONTENT_TYPES_MAX_BYTES) return null
	if (entry.localOffset + 30 > size) return null
	const local = await readAt(handle, entry.localOffset, 30)
	if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) return null
	const dataStart = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
	const data = await readAt(handle, dataStart, entry.compressedSize)
	if (data.length < entry.compressedSize) return null
	try {
		if (entry.method === 0) return data.toString('utf8')
		if (entry.method === 8) {
			return inflateRawSync(data, { maxOutputLength: CONTENT_TYPES_MAX_BYTES }).toString('utf8')
		}
	} catch {
		// Corrupt or larger than declared: not a document this exchange can read.
	}
	return null
}

// --- Bytes ------------------------------------------------------------------------

/** Up to `length` bytes at `position`; fewer only at the end of the file. */
async function readAt(handle: FileHandle, position: number, length: number) {
	const buffer = Buffer.alloc(length)
	let filled = 0
	while (filled < length) {
		const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled)
		if (bytesRead === 0) break
		filled += bytesRead
	}
	return buffer.subarray(0, filled)
}

function startsWith(bytes: Buffer, magic: number[]) {
	return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)
}

function ascii(bytes: Buffer, start: number, length: number) {
	return bytes.toString('latin1', start, Math.min(bytes.length, start + length))
}

// --- Declared type and file name --------------------------------------------------

// Other names browsers and operating systems give the same types.
const DECLARED_ALIASES: Record<string, AllowedMediaType> = {
	'image/jpg': 'image/jpeg',
	'image/pjpeg': 'image/jpeg',
	'image/x-png': 'image/png',
	'application/x-pdf': 'application/pdf',
	'video/x-m4v': 'video/mp4',
	'audio/mp3': 'audio/mpeg',
	'audio/x-mpeg': 'audio/mpeg',
	'audio/x-mp3': 'audio/mpeg',
	'audio/opus': 'audio/ogg',
	'audio/vorbis': 'audio/ogg',
	'application/ogg': 'audio/ogg',
}

/**
 * Whether the file name's extension and the browser's declared type agree
 * with what the bytes are. A PDF named `poster.jpg` is refused rather than
 * renamed: the uploader believed it was something else, and a mislabelled
 * file shown to other countries under its old name would mislead them.
 */
export function checkDeclaredType(
	fileName: string,
	declaredType: string | null | undefined,
	sniffed: string,
): 'ok' | 'mismatch' {
	if (!isAllowedMediaType(sniffed)) return 'mismatch'
	const extension = extensionOf(safeFileName(fileName))
	if (extension !== null && !ACCEPTED_EXTENSIONS[sniffed].includes(extension)) return 'mismatch'
	const declared = (declaredType ?? '').split(';')[0]!.trim().toLowerCase()
	if (declared && declared !== 'application/octet-stream') {
		if ((DECLARED_ALIASES[declared] ?? declared) !== sniffed) return 'mismatch'
	}
	return 'ok'
}

/**
 * The lower-case extension, or null when the name has none. Only a short
 * run of letters and digits with at least one letter counts, so that
 * "Report v1.2" has no extension while "poster.jpg" has one.
 */
function extensionOf(name: string): string | null {
	const match = /\.([a-z0-9]{1,8})$/i.exec(name)
	if (!match || !/[a-z]/i.test(match[1]!)) return null
	return match[1]!.toLowerCase()
}

const FILE_NAME_MAX = 150
// Control characters (C0, DEL, C1) and the bidirectional embeddings,
// overrides and isolates that make "evil\u202Egpj.exe" display as "evilexe.jpg".
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/**
 * The uploader's file name made fit to show and to offer as a download name:
 * never a path, nothing invisible or reordering, no hidden-file dot.
 */
export function safeFileName(name: string): string {
	const base =
		name
			.split(/[/\\]/)
			.filter((part) => part.trim() !== '')
			.pop() ?? ''
	const cleaned = base
		.normalize('NFC')
		// Tabs and line breaks separate words; other control characters are dropped.
		.replace(/[\t\n\v\f\r]/g, ' ')
		.replace(UNSAFE_CHARACTERS, '')
		.replace(/\s+/g, ' ')
		// Leading dots hide a file; Windows drops trailing dots and spaces.
		.replace(/^[.\s]+/, '')
		.replace(/[.\s]+$/, '')
	return truncateKeepingExtension(cleaned, FILE_NAME_MAX) || 'file'
}

/** Cut to `max` code points at a grapheme boundary, keeping the extension. */
function truncateKeepingExtension(name: string, max: number) {
	if ([...name].length <= max) return name
	const dot = name.lastIndexOf('.')
	const extension = dot > 0 && name.length - dot <= 17 ? name.slice(dot) : ''
	const stem = extension ? name.slice(0, dot) : name
	const budget = max - [...extension].length
	let kept = ''
	let used = 0
	for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(
		stem,
	)) {
		const length = [...segment].length
		if (used + length > budget) break
		kept += segment
		used += length
	}
	return `${kept.trimEnd()}${extension}`
}
