import { spawn } from 'node:child_process'
import fsp, { type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { Inflate } from 'fflate'
import { MAX_TEXT_CHARS, tidyText } from './tidy-text.ts'

/**
 * Text and pictures from uploaded PDFs, office documents, video and audio.
 * Every file here comes from an uploader we do not trust, so the external
 * programs (poppler's pdfinfo/pdftotext/pdftoppm, ffprobe, ffmpeg) run
 * without a shell, with a time limit after which they are killed, with
 * bounded output, and with the path after `--` (poppler) or behind `file:`
 * (ffmpeg), so a path can never be read as an option or a URL. Paths are
 * always our own temporary or storage paths, never names chosen by a user.
 */

/** Long enough for a 500-page PDF on a slow machine, short enough that a crafted file cannot hold a worker. */
const TOOL_TIMEOUT_MS = 20_000
/** Raw pdftotext output read before stopping it: `-layout` pads with spaces, so well above MAX_TEXT_CHARS. */
const MAX_PDF_TEXT_BYTES = 8 * 1024 * 1024
/** A first-page PNG at 1000 px, or a poster frame at 1280 px, is a few megabytes at most. */
const MAX_IMAGE_BYTES = 24 * 1024 * 1024
const MAX_PROBE_BYTES = 2 * 1024 * 1024
const MAX_STDERR_CHARS = 16 * 1024

const PDF_MAX_PAGES = 500
/** No awareness material has this many pages; a file that claims to is refused rather than read. */
const PDF_REFUSE_ABOVE_PAGES = 10_000
const PDF_PREVIEW_LONG_SIDE = 1000

const MAX_ZIP_ENTRIES = 10_000
/** Sum of the XML parts read from one office document, declared and actual. */
const MAX_OFFICE_XML_BYTES = 50 * 1024 * 1024
/** A real central directory is a few kilobytes; this bounds what a crafted one makes us read. */
const MAX_ZIP_DIRECTORY_BYTES = 16 * 1024 * 1024

const POSTER_MAX_SIDE = 1280
const POSTER_DEFAULT_AT_MS = 1000
/** A frame larger than 8K is not a real video; the decoder refuses it instead of allocating it. */
const MAX_VIDEO_PIXELS = 7680 * 4320

/**
 * The demuxers ffprobe and ffmpeg may use: those of the types the exchange
 * stores (MP4/M4A, WebM/Matroska, MP3, Ogg). Without this list ffmpeg
 * guesses among hundreds of formats, including playlists (HLS, concat)
 * that make it open other files or URLs named inside the upload.
 */
const MEDIA_FORMAT_WHITELIST = 'mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,mp3,ogg'
const FFMPEG_INPUT_OPTIONS = [
	'-protocol_whitelist',
	'file',
	'-format_whitelist',
	MEDIA_FORMAT_WHITELIST,
]

export type ToolResult =
	| { ok: true; stdout: Buffer; stderr: string; truncated: boolean; pid: number | undefined }
	| {
			ok: false
			reason: 'failed'
			code: number | null
			stdout: Buffer
			stderr: string
			pid: number | undefined
	  }
	| { ok: false; reason: 'timeout' | 'too-large'; pid: number | undefined }

export interface ToolOptions {
	timeoutMs: number
	maxOutputBytes: number
	/**
	 * What to do when stdout passes maxOutputBytes: 'refuse' (default) kills
	 * the tool and fails; 'truncate' kills it and keeps what came so far, for
	 * text where the beginning is worth having.
	 */
	overflow?: 'refuse' | 'truncate'
}

/**
 * Runs a program with an argument array (never a shell), kills it with
 * SIGKILL when it outlives `timeoutMs` or writes more than
 * `maxOutputBytes`, and keeps only the start of stderr. Exported for tests.
 * A missing program throws: that is a broken installation, not a bad file.
 */
export function runTool(cmd: string, args: string[], options: ToolOptions): Promise<ToolResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			shell: false,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: toolEnv(),
		})
		const pid = child.pid
		const chunks: Buffer[] = []
		let outputBytes = 0
		let stderr = ''
		let stopped: 'timeout' | 'too-large' | 'truncated' | null = null
		let settled = false

		const settle = (result: ToolResult) => {
			if (settled) return
			settled = true
			clearTimeout(timer)
			resolve(result)
		}
		const stop = (why: 'timeout' | 'too-large' | 'truncated') => {
			if (stopped) return
			stopped = why
			child.kill('SIGKILL')
		}
		const timer = setTimeout(() => stop('timeout'), options.timeoutMs)

		child.stdout.on('data', (chunk: Buffer) => {
			if (stopped) return
			const room = options.maxOutputBytes - outputBytes
			if (chunk.length > room) {
				if (options.overflow === 'truncate') {
					chunks.push(chunk.subarray(0, room))
					outputBytes += room
					stop('truncated')
				} else {
					stop('too-large')
				}
				return
			}
			chunks.push(chunk)
			outputBytes += chunk.length
		})
		child.stderr.on('data', (chunk: Buffer) => {
			if (stderr.length < MAX_STDERR_CHARS)
				stderr += chunk.toString('utf8').slice(0, MAX_STDERR_CHARS)
		})
		child.on('error', (error: NodeJS.ErrnoException) => {
			if (settled) return
			settled = true
			clearTimeout(timer)
			child.kill('SIGKILL')
			reject(
				error.code === 'ENOENT'
					? new Error(`${cmd} is not installed (Debian: apt-get install poppler-utils ffmpeg)`)
					: error,
			)
		})
		const finish = (code: number | null) => {
			if (stopped === 'timeout' || stopped === 'too-large')
				return settle({ ok: false, reason: stopped, pid })
			const stdout = Buffer.concat(chunks)
			if (stopped === 'truncated') return settle({ ok: true, stdout, stderr, truncated: true, pid })
			if (code === 0) return settle({ ok: true, stdout, stderr, truncated: false, pid })
			settle({ ok: false, reason: 'failed', code, stdout, stderr, pid })
		}
		child.on('close', finish)
		// A killed tool may have left a child holding its pipes, so 'close'
		// would wait for that one; once we killed it, its exit is enough.
		child.on('exit', (code) => {
			if (!stopped) return
			child.stdout.destroy()
			child.stderr.destroy()
			finish(code)
		})
	})
}

/**
 * The tools get no application secrets (database, mail, session keys): only
 * what they need to find programs, fonts and a cache. A parser bug exploited
 * by a crafted file then has less to read.
 */
function toolEnv() {
	const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin' }
	for (const name of [
		'HOME',
		'TMPDIR',
		'LANG',
		'LC_ALL',
		'XDG_CACHE_HOME',
		'FONTCONFIG_PATH',
		'FONTCONFIG_FILE',
	]) {
		const value = process.env[name]
		if (value !== undefined) env[name] = value
	}
	// The app's ProcessEnv type requires NODE_ENV, which the tools do not use.
	return env as NodeJS.ProcessEnv
}

function toolOptions(
	maxOutputBytes: number,
	overflow: ToolOptions['overflow'] = 'refuse',
): ToolOptions {
	return { timeoutMs: TOOL_TIMEOUT_MS, maxOutputBytes, overflow }
}

// ---------------------------------------------------------------------------
// PDF

export type PdfResult =
	| { ok: true; pageCount: number; pages: string[]; preview: Buffer }
	| { ok: false; reason: 'corrupt' | 'encrypted' | 'timeout' | 'too-many-pages' }

/**
 * Page count, the text of each page (for search) and a PNG of page 1 about
 * 1000 px on its long side.
 *
 * A PDF longer than `maxPages` (500) is accepted: only the text of its
 * first `maxPages` pages is extracted, so `pages` is shorter than
 * `pageCount`. Only a file claiming more than `refuseAbovePages` (10 000)
 * is refused, as 'too-many-pages'. Text is cut to 200 000 characters in
 * all; pages past the cut come back empty.
 *
 * A PDF that needs a password to open is 'encrypted'. One that is only
 * restricted by an owner password (no printing, no copying: common for
 * published campaign material) opens without one, so it is read like any
 * other.
 */
export async function extractPdf(
	filePath: string,
	options: { maxPages?: number; refuseAbovePages?: number } = {},
): Promise<PdfResult> {
	const maxPages = options.maxPages ?? PDF_MAX_PAGES
	const refuseAbovePages = options.refuseAbovePages ?? PDF_REFUSE_ABOVE_PAGES
	const file = path.resolve(filePath)

	const info = await runTool('pdfinfo', ['--', file], toolOptions(MAX_PROBE_BYTES))
	if (!info.ok) return { ok: false, reason: pdfFailure(info) }
	const pageCount = Number(/^Pages:\s+(\d+)\s*$/m.exec(info.stdout.toString('utf8'))?.[1] ?? 0)
	if (!Number.isSafeInteger(pageCount) || pageCount < 1) return { ok: false, reason: 'corrupt' }
	if (pageCount > refuseAbovePages) return { ok: false, reason: 'too-many-pages' }

	const lastPage = Math.min(pageCount, Math.max(1, maxPages))
	// One run for all pages: pdftotext ends every page with a form feed.
	const text = await runTool(
		'pdftotext',
		['-layout', '-enc', 'UTF-8', '-f', '1', '-l', String(lastPage), '--', file, '-'],
		toolOptions(MAX_PDF_TEXT_BYTES, 'truncate'),
	)
	if (!text.ok) return { ok: false, reason: pdfFailure(text) }
	const pages = splitPdfPages(text.stdout.toString('utf8'), lastPage)

	const preview = await runTool(
		'pdftoppm',
		[
			'-png',
			'-f',
			'1',
			'-l',
			'1',
			'-scale-to',
			String(PDF_PREVIEW_LONG_SIDE),
			'-singlefile',
			'--',
			file,
		],
		toolOptions(MAX_IMAGE_BYTES),
	)
	if (!preview.ok) return { ok: false, reason: pdfFailure(preview) }
	if (!isPng(preview.stdout)) return { ok: false, reason: 'corrupt' }
	return { ok: true, pageCount, pages, preview: preview.stdout }
}

function pdfFailure(
	result: Extract<ToolResult, { ok: false }>,
): 'corrupt' | 'encrypted' | 'timeout' {
	if (result.reason === 'timeout') return 'timeout'
	// Poppler's exit code 3 is a permission error: text copying forbidden.
	if (
		result.reason === 'failed' &&
		(result.code === 3 || /incorrect password/i.test(result.stderr))
	) {
		return 'encrypted'
	}
	return 'corrupt'
}

/**
 * Splits pdftotext output on its page-ending form feeds into exactly
 * `pageCount` entries, tidies each and cuts the whole to MAX_TEXT_CHARS.
 * A form feed inside a page's own text would shift the pages after it; that
 * only misplaces the search text of the file that contains it.
 */
function splitPdfPages(output: string, pageCount: number) {
	const raw = output.split('\f')
	const pages: string[] = []
	let budget = MAX_TEXT_CHARS
	for (let i = 0; i < pageCount; i++) {
		const page = tidyText(raw[i] ?? '').slice(0, budget)
		budget -= page.length
		pages.push(page)
	}
	return pages
}

function isPng(bytes: Buffer) {
	return (
		bytes.length > 8 &&
		bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
	)
}

// ---------------------------------------------------------------------------
// Office documents

export type OfficeTextResult =
	{ ok: true; text: string } | { ok: false; reason: 'corrupt' | 'too-large' }

type OfficeFormat = 'docx' | 'pptx' | 'odt' | 'odp'

const OFFICE_FORMAT_BY_MEDIA_TYPE: Record<string, OfficeFormat> = {
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
	'application/vnd.oasis.opendocument.text': 'odt',
	'application/vnd.oasis.opendocument.presentation': 'odp',
}

/**
 * The text of a DOCX (body, with headers before and footers after), PPTX
 * (slides in presentation order), ODT or ODP (content.xml), with paragraph
 * breaks, cut to 200 000 characters. Comments, speaker notes, footnotes and
 * tracked deletions are left out: they are not what the reader of the
 * material sees.
 *
 * The zip is read by its central directory (what Word and LibreOffice read
 * too), and each XML part is inflated as a stream counting its real output:
 * declared sizes can lie, and fflate's unzipSync would trust them and still
 * spend the CPU of the whole bomb. Refused as 'too-large': more than 10 000
 * entries, or XML parts over 50 MB declared or actual. A media type that is
 * not one of the four is 'corrupt': the caller decided it was one.
 */
export async function extractOfficeText(
	filePath: string,
	mediaType: string,
): Promise<OfficeTextResult> {
	const format = OFFICE_FORMAT_BY_MEDIA_TYPE[mediaType.split(';')[0]!.trim().toLowerCase()]
	if (!format) return { ok: false, reason: 'corrupt' }
	let handle: FileHandle | null = null
	try {
		handle = await fsp.open(filePath, 'r')
		const zip = await openZip(handle)
		if (zip === 'too-large') return { ok: false, reason: 'too-large' }
		const text =
			format === 'docx'
				? await docxText(zip)
				: format === 'pptx'
					? await pptxText(zip)
					: await odfText(zip)
		if (text === null) return { ok: false, reason: 'corrupt' }
		return { ok: true, text: tidyText(text).slice(0, MAX_TEXT_CHARS) }
	} catch (error) {
		if (error instanceof ZipTooLarge) return { ok: false, reason: 'too-large' }
		// Our own checks, a read past a buffer's end, or fflate's FlateError (a numeric code).
		const fromFflate =
			error instanceof Error && typeof (error as { code?: unknown }).code === 'number'
		if (error instanceof ZipCorrupt || error instanceof RangeError || fromFflate) {
			return { ok: false, reason: 'corrupt' }
		}
		throw error
	} finally {
		await handle?.close()
	}
}

class ZipCorrupt extends Error {}
class ZipTooLarge extends Error {}

interface ZipEntry {
	name: string
	flags: number
	method: number
	compressedSize: number
	size: number
	localOffset: number
}

interface Zip {
	handle: FileHandle
	fileSize: number
	entries: Map<string, ZipEntry>
	/** Bytes of XML the caller may still inflate. */
	budget: number
}

async function readAt(handle: FileHandle, position: number, length: number) {
	const buffer = Buffer.alloc(length)
	const { bytesRead } = await handle.read(buffer, 0, length, position)
	if (bytesRead !== length) throw new ZipCorrupt('short read')
	return buffer
}

async function openZip(handle: FileHandle): Promise<Zip | 'too-large'> {
	const { size: fileSize } = await handle.stat()
	if (fileSize < 22) throw new ZipCorrupt('not a zip')
	// The end-of-central-directory record is in the last 22 bytes plus a comment of at most 65 535.
	const tailLength = Math.min(fileSize, 22 + 0xffff)
	const tail = await readAt(handle, fileSize - tailLength, tailLength)
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
		const record = await readAt(handle, Number(tail.readBigUInt64LE(locator + 8)), 56)
		if (record.readUInt32LE(0) !== 0x06064b50) throw new ZipCorrupt('no zip64 record')
		count = Number(record.readBigUInt64LE(32))
		directorySize = Number(record.readBigUInt64LE(40))
		directoryOffset = Number(record.readBigUInt64LE(48))
	}
	if (count > MAX_ZIP_ENTRIES || directorySize > MAX_ZIP_DIRECTORY_BYTES) return 'too-large'
	if (directoryOffset + directorySize > fileSize) throw new ZipCorrupt('directory out of file')

	const directory = await readAt(handle, directoryOffset, directorySize)
	const entries = new Map<string, ZipEntry>()
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
		const entry: ZipEntry = {
			name: directory.toString('utf8', at + 46, at + 46 + nameLength),
			flags: directory.readUInt16LE(at + 8),
			method: directory.readUInt16LE(at + 10),
			compressedSize: directory.readUInt32LE(at + 20),
			size: directory.readUInt32LE(at + 24),
			localOffset: directory.readUInt32LE(at + 42),
		}
		readZip64Extra(
			entry,
			directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength),
		)
		// A name twice is ambiguous; keep the first, as most readers do.
		if (!entries.has(entry.name)) entries.set(entry.name, entry)
		at = next
	}
	return { handle, fileSize, entries, budget: MAX_OFFICE_XML_BYTES }
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

/** Checks the declared sizes of the parts about to be read against what is left of the budget. */
function checkDeclared(zip: Zip, names: string[]) {
	let declared = 0
	for (const name of names) declared += zip.entries.get(name)?.size ?? 0
	if (declared > zip.budget) throw new ZipTooLarge('declared size')
}

/**
 * One entry's bytes as text, inflated 16 KB of input at a time (at most
 * about 16 MB of output each) so a bomb is stopped as soon as its real
 * output passes the budget, whatever its header says.
 */
async function readEntry(zip: Zip, name: string): Promise<string | null> {
	const entry = zip.entries.get(name)
	if (!entry) return null
	if (entry.flags & 0x1) throw new ZipCorrupt('encrypted entry')
	if (entry.size > zip.budget) throw new ZipTooLarge('declared size')
	const local = await readAt(zip.handle, entry.localOffset, 30)
	if (local.readUInt32LE(0) !== 0x04034b50) throw new ZipCorrupt('bad local header')
	const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
	if (start + entry.compressedSize > zip.fileSize) throw new ZipCorrupt('entry out of file')

	const parts: Uint8Array[] = []
	let produced = 0
	const take = (data: Uint8Array) => {
		produced += data.length
		if (produced > zip.budget) throw new ZipTooLarge('actual size')
		parts.push(data)
	}
	const readSize = 1024 * 1024
	const pushSize = 16 * 1024
	if (entry.method === 0) {
		for (let at = 0; at < entry.compressedSize; at += readSize) {
			take(await readAt(zip.handle, start + at, Math.min(readSize, entry.compressedSize - at)))
		}
	} else if (entry.method === 8) {
		let ended = false
		const inflate = new Inflate((data, final) => {
			take(data)
			if (final) ended = true
		})
		for (let at = 0; at < entry.compressedSize; at += readSize) {
			const chunk = await readAt(
				zip.handle,
				start + at,
				Math.min(readSize, entry.compressedSize - at),
			)
			for (let i = 0; i < chunk.length; i += pushSize) {
				inflate.push(chunk.subarray(i, i + pushSize), at + i + pushSize >= entry.compressedSize)
			}
		}
		if (entry.compressedSize === 0) inflate.push(new Uint8Array(0), true)
		if (!ended && entry.size > 0) throw new ZipCorrupt('deflate stream did not end')
	} else {
		throw new ZipCorrupt(`compression method ${entry.method}`)
	}
	zip.budget -= produced
	return decodeXml(Buffer.concat(parts))
}

/** XML is UTF-8 unless a byte-order mark says UTF-16. */
function decodeXml(bytes: Buffer) {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
	return new TextDecoder('utf-8').decode(bytes)
}

function numbered(names: Iterable<string>, pattern: RegExp) {
	return [...names]
		.map((name) => ({ name, n: Number(pattern.exec(name)?.[1] ?? NaN) }))
		.filter((part) => !Number.isNaN(part.n))
		.sort((a, b) => a.n - b.n)
		.map((part) => part.name)
}

const DOCX_RULES: TextRules = {
	textIn: new Set(['w:t']),
	paragraphs: new Set(['w:p']),
	characters: { 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n', 'w:noBreakHyphen': '\u2011' },
	// Tab stops (w:tabs in w:pPr) are not tab characters; moved-from text is
	// a tracked deletion; mc:Fallback repeats a text box for old readers.
	skip: new Set(['w:pPr', 'w:moveFrom', 'mc:Fallback']),
	collapseSpace: false,
}

async function docxText(zip: Zip) {
	const names = [...zip.entries.keys()]
	const headers = numbered(names, /^word\/header(\d*)\.xml$/)
	const footers = numbered(names, /^word\/footer(\d*)\.xml$/)
	const body = 'word/document.xml'
	checkDeclared(zip, [...headers, body, ...footers])
	const main = await readEntry(zip, body)
	if (main === null) return null
	const read = async (parts: string[]) => {
		const texts: string[] = []
		for (const part of parts) {
			const text = xmlToText((await readEntry(zip, part)) ?? '', DOCX_RULES).trim()
			// Sections often repeat the same header (first page, odd, even).
			if (text && !texts.includes(text)) texts.push(text)
		}
		return texts
	}
	const headerTexts = await read(headers)
	const footerTexts = await read(footers)
	return [...headerTexts, xmlToText(main, DOCX_RULES), ...footerTexts].join('\n\n')
}

const PPTX_RULES: TextRules = {
	textIn: new Set(['a:t']),
	paragraphs: new Set(['a:p']),
	// a:tab is a tab stop in DrawingML; real tabs are plain characters in a:t.
	characters: { 'a:br': '\n' },
	skip: new Set(['mc:Fallback']),
	collapseSpace: false,
}

async function pptxText(zip: Zip) {
	const slides = await pptxSlideOrder(zip)
	if (!slides.length) return null
	checkDeclared(zip, slides)
	const texts: string[] = []
	for (const slide of slides) {
		const xml = await readEntry(zip, slide)
		if (xml !== null) texts.push(xmlToText(xml, PPTX_RULES).trim())
	}
	return texts.filter(Boolean).join('\n\n')
}

/**
 * Slide files are numbered in the order they were created; the order shown
 * is the list in ppt/presentation.xml, through its relationships. Falls back
 * to the file numbers when those parts are missing or unreadable.
 */
async function pptxSlideOrder(zip: Zip) {
	const byNumber = numbered(zip.entries.keys(), /^ppt\/slides\/slide(\d+)\.xml$/)
	const presentationName = 'ppt/presentation.xml'
	const relsName = 'ppt/_rels/presentation.xml.rels'
	checkDeclared(zip, [presentationName, relsName])
	const presentation = await readEntry(zip, presentationName)
	const rels = await readEntry(zip, relsName)
	if (presentation === null || rels === null) return byNumber
	const targets = new Map<string, string>()
	for (const match of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
		const attributes = parseAttributes(match[1]!)
		if (attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target)
	}
	const ordered: string[] = []
	for (const match of presentation.matchAll(/<p:sldId\b([^>]*)>/g)) {
		const id = parseAttributes(match[1]!)['r:id']
		const target = id ? targets.get(id) : undefined
		if (!target) continue
		const name = path.posix.normalize(target.startsWith('/') ? target.slice(1) : `ppt/${target}`)
		if (zip.entries.has(name) && !ordered.includes(name)) ordered.push(name)
	}
	return ordered.length ? ordered : byNumber
}

const ODF_RULES: TextRules = {
	// All ODF text is in paragraphs and headings (also in lists, tables and
	// frames); white space between elements is layout of the XML.
	textIn: new Set(['text:p', 'text:h']),
	paragraphs: new Set(['text:p', 'text:h', 'draw:page']),
	characters: {
		'text:tab': '\t',
		'text:line-break': '\n',
		// text:s is a run of spaces, text:c of them.
		'text:s': (attributes) =>
			' '.repeat(Math.min(1000, Math.max(1, Number(attributes['text:c'] ?? 1) || 1))),
	},
	skip: new Set([
		'office:annotation',
		'text:note',
		'text:tracked-changes',
		'presentation:notes',
		'svg:title',
		'svg:desc',
	]),
	collapseSpace: true,
}

async function odfText(zip: Zip) {
	checkDeclared(zip, ['content.xml'])
	const content = await readEntry(zip, 'content.xml')
	return content === null ? null : xmlToText(content, ODF_RULES)
}

// ---------------------------------------------------------------------------
// XML to text, without an XML library: the parts are machine-written and we
// only need their character data and a few elements' boundaries.

interface TextRules {
	/** Elements whose character data is document text (inside any of them). */
	textIn: ReadonlySet<string>
	/** Elements whose end is a paragraph break. */
	paragraphs: ReadonlySet<string>
	/** Elements that stand for a character (a tab, a line break). */
	characters: Readonly<Record<string, string | ((attributes: Record<string, string>) => string)>>
	/** Elements whose content is not part of the visible text. */
	skip: ReadonlySet<string>
	/** ODF collapses white space like HTML; OOXML keeps w:t and a:t as written. */
	collapseSpace: boolean
}

// A tag with quoted attributes (which may hold '>'), a comment, a CDATA
// section, a declaration or processing instruction, or character data.
const XML_TOKEN =
	/<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[!?][^>]*>|([^<]+)|</g

function xmlToText(xml: string, rules: TextRules) {
	const out: string[] = []
	const stack: string[] = []
	let inText = 0
	let skipped = 0
	const open = (name: string) => {
		stack.push(name)
		if (rules.textIn.has(name)) inText++
		if (rules.skip.has(name)) skipped++
	}
	const close = (name: string) => {
		const at = stack.lastIndexOf(name)
		// A stray end tag in malformed XML is ignored rather than unbalancing the stack.
		if (at < 0) return
		for (const popped of stack.splice(at).reverse()) {
			if (rules.textIn.has(popped)) inText--
			if (rules.skip.has(popped)) skipped--
			if (!skipped && rules.paragraphs.has(popped)) out.push('\n')
		}
	}
	for (const match of xml.matchAll(XML_TOKEN)) {
		const [, slash, name, attributes, selfClosing, cdata, characters] = match
		if (name !== undefined) {
			if (slash) {
				close(name)
				continue
			}
			// Tabs and breaks sit beside the text elements (w:tab next to w:t), not in them.
			const character = rules.characters[name]
			if (character !== undefined && !skipped) {
				out.push(
					typeof character === 'string' ? character : character(parseAttributes(attributes ?? '')),
				)
			}
			if (selfClosing) {
				if (!skipped && rules.paragraphs.has(name)) out.push('\n')
			} else {
				open(name)
			}
			continue
		}
		const data = cdata ?? (characters !== undefined ? decodeEntities(characters) : undefined)
		if (data === undefined || !inText || skipped) continue
		if (!rules.collapseSpace) {
			out.push(data)
			continue
		}
		// Like HTML: runs of white space are one space, none at a line's start.
		const collapsed = data.replace(/[ \t\r\n]+/g, ' ')
		const atLineStart = !out.length || out[out.length - 1]!.endsWith('\n')
		const piece = atLineStart ? collapsed.trimStart() : collapsed
		if (piece) out.push(piece)
	}
	return out.join('')
}

function parseAttributes(source: string) {
	const attributes: Record<string, string> = {}
	for (const match of source.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
		attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '')
	}
	return attributes
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** The five XML entities and character references, in one pass so `&amp;lt;` stays `&lt;`. */
function decodeEntities(text: string) {
	if (!text.includes('&')) return text
	return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (entity, body: string) => {
		if (body[0] !== '#') return NAMED_ENTITIES[body] ?? entity
		const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
	})
}

// ---------------------------------------------------------------------------
// Video and audio

export type ProbeResult =
	| {
			ok: true
			durationMs: number | null
			width: number | null
			height: number | null
			hasVideo: boolean
			hasAudio: boolean
	  }
	| { ok: false; reason: 'corrupt' | 'timeout' }

interface FfprobeStream {
	codec_type?: string
	width?: number
	height?: number
	duration?: string
	disposition?: { attached_pic?: number }
	tags?: { rotate?: string }
	side_data_list?: { rotation?: number }[]
}

/**
 * Duration, display dimensions (turned for a video recorded on its side)
 * and which kinds of streams a file has. A file ffprobe cannot read, or one
 * with neither audio nor video, is 'corrupt'. Cover art in an MP3 or M4A is
 * a picture, not video.
 */
export async function probeMedia(filePath: string): Promise<ProbeResult> {
	const result = await runTool(
		'ffprobe',
		[
			'-v',
			'error',
			...FFMPEG_INPUT_OPTIONS,
			'-print_format',
			'json',
			'-show_format',
			'-show_streams',
			'-i',
			ffmpegInput(filePath),
		],
		toolOptions(MAX_PROBE_BYTES),
	)
	if (!result.ok) return { ok: false, reason: result.reason === 'timeout' ? 'timeout' : 'corrupt' }
	let data: { format?: { duration?: string }; streams?: FfprobeStream[] }
	try {
		data = JSON.parse(result.stdout.toString('utf8'))
	} catch {
		return { ok: false, reason: 'corrupt' }
	}
	const streams = Array.isArray(data.streams) ? data.streams : []
	const video = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1)
	const hasAudio = streams.some((s) => s.codec_type === 'audio')
	if (!video && !hasAudio) return { ok: false, reason: 'corrupt' }

	let durationSeconds = seconds(data.format?.duration)
	if (durationSeconds === null) {
		const streamDurations = streams.map((s) => seconds(s.duration)).filter((d) => d !== null)
		durationSeconds = streamDurations.length ? Math.max(...streamDurations) : null
	}
	let width = positive(video?.width)
	let height = positive(video?.height)
	const rotation = Number(
		video?.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ??
			video?.tags?.rotate ??
			0,
	)
	if (Math.abs(rotation) % 180 === 90) [width, height] = [height, width]
	return {
		ok: true,
		durationMs: durationSeconds === null ? null : Math.round(durationSeconds * 1000),
		width,
		height,
		hasVideo: Boolean(video),
		hasAudio,
	}
}

function seconds(value: string | undefined) {
	const n = Number(value)
	return value !== undefined && Number.isFinite(n) && n > 0 ? n : null
}

function positive(value: number | undefined) {
	return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null
}

/** `file:` makes ffmpeg read a file whatever the path looks like (`concat:`, `http:`, `-x`). */
function ffmpegInput(filePath: string) {
	return `file:${path.resolve(filePath)}`
}

/**
 * One frame as a PNG, no larger than 1280 px on either side, at `atMs` or
 * else at 10 % of the duration or 1 s, whichever is earlier (past a fade-in,
 * still early). Falls back to the first frame when the seek finds none.
 * Null when the file has no video or no frame can be decoded.
 */
export async function videoPoster(filePath: string, atMs?: number): Promise<Buffer | null> {
	const probe = await probeMedia(filePath)
	if (!probe.ok || !probe.hasVideo) return null
	const duration = probe.durationMs
	let at = atMs ?? (duration ? Math.min(POSTER_DEFAULT_AT_MS, duration * 0.1) : 0)
	if (duration) at = Math.min(at, Math.max(0, duration - 100))
	at = Math.max(0, Math.floor(at))
	const frame = await posterFrame(filePath, at)
	if (frame || at === 0) return frame
	return posterFrame(filePath, 0)
}

async function posterFrame(filePath: string, atMs: number) {
	const scale = `scale='min(${POSTER_MAX_SIDE},iw)':'min(${POSTER_MAX_SIDE},ih)':force_original_aspect_ratio=decrease`
	const result = await runTool(
		'ffmpeg',
		[
			'-nostdin',
			'-v',
			'error',
			...FFMPEG_INPUT_OPTIONS,
			'-max_pixels',
			String(MAX_VIDEO_PIXELS),
			// Before -i: a fast seek to the nearest key frame, then decoding up to the time.
			'-ss',
			(atMs / 1000).toFixed(3),
			'-i',
			ffmpegInput(filePath),
			'-an',
			'-sn',
			'-dn',
			'-frames:v',
			'1',
			'-vf',
			scale,
			'-f',
			'image2pipe',
			'-vcodec',
			'png',
			'-',
		],
		toolOptions(MAX_IMAGE_BYTES),
	)
	return result.ok && isPng(result.stdout) ? result.stdout : null
}

/** Copying streams into a new container reads and writes the whole file once: allow for 500 MB. */
const REMUX_TIMEOUT_MS = 120_000

const REMUX_FORMATS: Record<string, { format: string; streams: string[]; extra: string[] }> = {
	'video/mp4': { format: 'mp4', streams: ['0:v:0', '0:a?'], extra: ['-movflags', '+faststart'] },
	'video/webm': { format: 'webm', streams: ['0:v:0', '0:a?'], extra: [] },
	'audio/mpeg': {
		format: 'mp3',
		streams: ['0:a:0'],
		extra: ['-id3v2_version', '0', '-write_id3v1', '0'],
	},
	'audio/ogg': { format: 'ogg', streams: ['0:a:0'], extra: [] },
}

/**
 * Copies a video or audio file into a fresh container without its metadata:
 * phones record where a video was filmed (MP4 location atoms), and tags,
 * chapters, cover pictures and data tracks can carry more. Streams are
 * copied, not re-encoded, so picture and sound are exactly the uploaded ones.
 * Returns false when the file cannot be remuxed (it is then not stored).
 */
export async function stripMediaMetadata(
	inputPath: string,
	outputPath: string,
	mediaType: string,
): Promise<boolean> {
	const target = REMUX_FORMATS[mediaType]
	if (!target) return false
	const result = await runTool(
		'ffmpeg',
		[
			'-nostdin',
			'-v',
			'error',
			...FFMPEG_INPUT_OPTIONS,
			'-i',
			ffmpegInput(inputPath),
			...target.streams.flatMap((s) => ['-map', s]),
			'-map_metadata',
			'-1',
			'-map_chapters',
			'-1',
			'-c',
			'copy',
			// No encoder or muxer version strings either: the same upload gives the same bytes.
			'-fflags',
			'+bitexact',
			...target.extra,
			'-f',
			target.format,
			'-y',
			ffmpegInput(outputPath),
		],
		{ timeoutMs: REMUX_TIMEOUT_MS, maxOutputBytes: 64 * 1024 },
	)
	return result.ok
}
