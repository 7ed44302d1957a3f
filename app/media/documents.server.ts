import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { type DocumentRefusal, type DocumentTask } from './document-tasks.server.ts'
import { MAX_TEXT_CHARS, tidyText } from './tidy-text.ts'

/**
 * Text and pictures from uploaded PDFs, office documents, video and audio,
 * and copies of them without their metadata. Every file here comes from an
 * uploader we do not trust, so nothing parses one on the server's own
 * thread: the external programs (poppler's pdfinfo/pdftotext/pdftoppm,
 * ffprobe, ffmpeg) run without a shell, with a time limit after which they
 * are killed, with bounded output, and with the path after `--` (poppler)
 * or behind `file:` (ffmpeg), so a path can never be read as an option or a
 * URL; our own parsing of PDFs and office documents runs in a worker thread
 * with a time and a memory limit. Paths are always our own temporary or
 * storage paths, never names chosen by a user.
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
 * restricted by an owner password (no printing, no copying) opens without
 * one, so it is read like any other here; the upload refuses it before,
 * since it cannot be cleaned (cleanPdfFile).
 */
export async function extractPdf(
	filePath: string,
	options: { maxPages?: number; refuseAbovePages?: number } = {},
): Promise<PdfResult> {
	const maxPages = options.maxPages ?? PDF_MAX_PAGES
	const refuseAbovePages = options.refuseAbovePages ?? PDF_REFUSE_ABOVE_PAGES
	const file = path.resolve(filePath)

	const counted = await countPdfPages(file)
	if (!counted.ok) return counted
	const { pageCount } = counted
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

/** The number of pages poppler finds in a PDF (pdfinfo). */
export async function countPdfPages(
	filePath: string,
): Promise<
	{ ok: true; pageCount: number } | { ok: false; reason: 'corrupt' | 'encrypted' | 'timeout' }
> {
	const info = await runTool(
		'pdfinfo',
		['--', path.resolve(filePath)],
		toolOptions(MAX_PROBE_BYTES),
	)
	if (!info.ok) return { ok: false, reason: pdfFailure(info) }
	const pageCount = Number(/^Pages:\s+(\d+)\s*$/m.exec(info.stdout.toString('utf8'))?.[1] ?? 0)
	if (!Number.isSafeInteger(pageCount) || pageCount < 1) return { ok: false, reason: 'corrupt' }
	return { ok: true, pageCount }
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
// Office documents and PDFs, cleaned in the document worker

/**
 * Time for one document task, the worker's start included (about 0.2 s): a
 * real document of 50 MB is cleaned and read in a few seconds on a busy
 * machine (bench/documents.ts); a crafted one is stopped here rather than
 * kept at work.
 */
const DOCUMENT_TASK_TIMEOUT_MS = 20_000
/** The worker's JavaScript heap; pdf-lib holds every object of a PDF there. */
const DOCUMENT_TASK_MEMORY_MB = 256

export interface DocumentTaskLimits {
	timeoutMs: number
	memoryMb: number
}

export type DocumentResult =
	{ ok: true; text: string | null } | { ok: false; reason: DocumentRefusal | 'timeout' }

/**
 * Runs one task (document-tasks.server.ts) in a worker thread of its own
 * and resolves with its result; with 'timeout' once it outlives
 * `timeoutMs` (the worker is terminated), with 'too-complex' when it runs
 * out of its `memoryMb` heap. Parsing a file crafted to be slow or large
 * then costs a worker, never the server's own thread. Exported for tests.
 */
export function runInDocumentWorker(
	task: DocumentTask,
	limits: DocumentTaskLimits = {
		timeoutMs: DOCUMENT_TASK_TIMEOUT_MS,
		memoryMb: DOCUMENT_TASK_MEMORY_MB,
	},
): Promise<DocumentResult> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(documentWorkerFile(), {
			workerData: task,
			resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
			// Not the server's own flags (a loader run under tsx would load every
			// module of the worker through it twice): the worker loads its own.
			execArgv: [],
		})
		let settled = false
		const settle = (outcome: () => void) => {
			if (settled) return
			settled = true
			clearTimeout(timer)
			outcome()
			void worker.terminate()
		}
		const timer = setTimeout(
			() => settle(() => resolve({ ok: false, reason: 'timeout' })),
			limits.timeoutMs,
		)
		worker.on('message', (result: DocumentResult) => settle(() => resolve(result)))
		worker.on('error', (error: Error & { code?: string }) =>
			settle(() =>
				error.code === 'ERR_WORKER_OUT_OF_MEMORY'
					? resolve({ ok: false, reason: 'too-complex' })
					: reject(error),
			),
		)
		worker.on('exit', (code) =>
			settle(() => reject(new Error(`the document worker stopped (exit code ${code})`))),
		)
	})
}

/** Beside this module in the source tree; from the project root once this module is bundled into the build. */
function documentWorkerFile() {
	const file = [
		fileURLToPath(new URL('./document-worker.mjs', import.meta.url)),
		path.resolve(process.cwd(), 'app/media/document-worker.mjs'),
	].find((candidate) => fs.existsSync(candidate))
	if (!file) throw new Error('app/media/document-worker.mjs is missing')
	return file
}

/**
 * Writes a copy of a PDF without its metadata, scripts, attachments and
 * picture EXIF to `outputPath` (see pdf-clean.server.ts). An encrypted PDF,
 * even one that opens without a password, is refused as 'encrypted': it
 * cannot be cleaned, and is not stored as it is.
 */
export async function cleanPdfFile(
	inputPath: string,
	outputPath: string,
): Promise<{ ok: true } | { ok: false; reason: DocumentRefusal | 'timeout' }> {
	const result = await runInDocumentWorker({ kind: 'pdf', inputPath, outputPath })
	return result.ok ? { ok: true } : result
}

/**
 * Writes a copy of a DOCX, PPTX, ODT or ODP without its metadata and
 * picture EXIF to `outputPath` (see office-clean.server.ts), and gives the
 * text of that copy (see office-text.server.ts): body, headers and footers,
 * slides in order, with paragraph breaks, cut to 200 000 characters.
 * Refused as 'too-complex': more than 10 000 entries, more than 256 MB
 * unpacked, more than 50 MB of XML read for the text, or elements nested
 * more than 1000 deep; as 'corrupt': malformed zip or XML, a DOCTYPE, a
 * media type that is not one of the four; as 'encrypted': an ODF package
 * whose parts are encrypted.
 */
export async function cleanOfficeDocument(
	inputPath: string,
	outputPath: string,
	mediaType: string,
): Promise<{ ok: true; text: string } | { ok: false; reason: DocumentRefusal | 'timeout' }> {
	const result = await runInDocumentWorker({ kind: 'office', inputPath, outputPath, mediaType })
	return result.ok ? { ok: true, text: result.text ?? '' } : result
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
