import { ContentDisposition } from '@remix-run/headers/content-disposition'
import { ContentType } from '@remix-run/headers/content-type'

/**
 * Reads a multipart/form-data upload as it arrives: each file part's bytes
 * go to a sink (a temporary file) chunk by chunk, and no limit waits for
 * the end of the body to be checked.
 *
 * @remix-run/form-data-parser, which reads every other form, hands a file
 * to its upload handler only once the whole part has arrived, in memory:
 * a 500 MB video would be held whole. Its part headers are parsed here by
 * the same library (@remix-run/headers), so quoted names with `;` or `=`,
 * non-Latin names and RFC 5987 `filename*` are read as it reads them.
 *
 * - A file part beyond `maxFiles` is refused from its header, before any
 *   of its bytes is read or written anywhere.
 * - A file over `maxFileBytes`, a field over `maxFieldBytes`, a part header
 *   over `maxHeaderBytes` or more than `maxFields` fields stop the reading
 *   at once, with a MultipartLimitError.
 * - Reading stops at the closing boundary; what follows is not read.
 * The body is never cancelled (that would close the connection before the
 * answer is sent); what is not read is left to the server to discard.
 */

export interface MultipartLimits {
	maxFiles: number
	maxFileBytes: number
	maxFields: number
	maxFieldBytes: number
	maxHeaderBytes: number
}

export type MultipartLimit = 'files' | 'file-size' | 'fields' | 'field-size' | 'header-size'

export class MultipartLimitError extends Error {
	constructor(
		readonly limit: MultipartLimit,
		readonly max: number,
	) {
		super(`multipart ${limit} over ${max}`)
		this.name = 'MultipartLimitError'
	}
}

/** A body that is not the multipart message its Content-Type announced, or that ended early. */
export class MultipartSyntaxError extends Error {
	constructor(message: string) {
		super(message)
		this.name = 'MultipartSyntaxError'
	}
}

export interface IncomingFile {
	field: string
	/** As the browser sent it (`filename*` preferred): untrusted. */
	fileName: string
	/** As the browser declared it: untrusted. */
	contentType: string
}

/** Where a file part's bytes go as they arrive. */
export interface FileSink {
	write(chunk: Uint8Array): Promise<void>
	/** The part ended: the file is complete. */
	end(): Promise<void>
}

const CRLF = Buffer.from('\r\n')
const HEADER_END = Buffer.from('\r\n\r\n')
// RFC 2046: a boundary has 1 to 70 characters.
const MAX_BOUNDARY_LENGTH = 70
// Before the first boundary (RFC 2046's preamble, which browsers leave empty).
const MAX_PREAMBLE_BYTES = 1024

type Current =
	| { kind: 'file'; sink: FileSink; bytes: number }
	| { kind: 'field'; name: string; chunks: Buffer[]; bytes: number }
	| { kind: 'skipped'; bytes: number }

/**
 * The form's text fields, in order; file parts went to the sinks
 * `openFile` returned. Throws MultipartLimitError or MultipartSyntaxError
 * (and whatever a sink throws); the caller removes the files it opened.
 */
export async function readMultipart(
	request: Request,
	limits: MultipartLimits,
	openFile: (file: IncomingFile) => Promise<FileSink>,
): Promise<FormData> {
	const boundary = ContentType.from(request.headers.get('content-type')).boundary
	if (!boundary || boundary.length > MAX_BOUNDARY_LENGTH) {
		throw new MultipartSyntaxError('no usable boundary in Content-Type')
	}
	if (!request.body) throw new MultipartSyntaxError('no body')
	const delimiter = Buffer.from(`\r\n--${boundary}`)
	const form = new FormData()
	let files = 0
	let fields = 0
	let current: Current | null = null
	// Widened: consume() changes it, which the checks below cannot see.
	let state = 'preamble' as 'preamble' | 'after-delimiter' | 'headers' | 'body' | 'done'
	// The body starts with a boundary line, not a CRLF: one is put in front so
	// the first boundary reads like every other delimiter.
	let buffer = Buffer.from(CRLF)
	let preamble = 0

	async function startPart(headerText: string) {
		const headers = new Map<string, string>()
		for (const line of headerText.split('\r\n')) {
			const colon = line.indexOf(':')
			if (colon > 0)
				headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
		}
		const disposition = ContentDisposition.from(headers.get('content-disposition') ?? null)
		const name = disposition.name ?? ''
		const fileName = disposition.preferredFilename
		// A file input left empty sends a file part without a name; it counts as a field.
		if (fileName) {
			if (++files > limits.maxFiles) throw new MultipartLimitError('files', limits.maxFiles)
			const contentType = ContentType.from(headers.get('content-type') ?? null).mediaType ?? ''
			current = {
				kind: 'file',
				sink: await openFile({ field: name, fileName, contentType }),
				bytes: 0,
			}
			return
		}
		if (++fields > limits.maxFields) throw new MultipartLimitError('fields', limits.maxFields)
		current =
			name && fileName === undefined
				? { kind: 'field', name, chunks: [], bytes: 0 }
				: { kind: 'skipped', bytes: 0 }
	}

	async function append(bytes: Buffer) {
		if (!current || bytes.length === 0) return
		current.bytes += bytes.length
		if (current.kind === 'file') {
			if (current.bytes > limits.maxFileBytes)
				throw new MultipartLimitError('file-size', limits.maxFileBytes)
			await current.sink.write(bytes)
		} else {
			if (current.bytes > limits.maxFieldBytes)
				throw new MultipartLimitError('field-size', limits.maxFieldBytes)
			if (current.kind === 'field') current.chunks.push(bytes)
		}
	}

	async function endPart() {
		const part = current
		current = null
		if (part?.kind === 'file') await part.sink.end()
		else if (part?.kind === 'field')
			form.append(part.name, Buffer.concat(part.chunks).toString('utf8'))
	}

	/** Consumes what `buffer` holds, as far as it can be understood yet. */
	async function consume() {
		for (;;) {
			if (state === 'preamble') {
				const at = buffer.indexOf(delimiter)
				if (at < 0) {
					preamble += Math.max(0, buffer.length - delimiter.length)
					if (preamble > MAX_PREAMBLE_BYTES)
						throw new MultipartSyntaxError('no boundary where the body starts')
					buffer = buffer.subarray(Math.max(0, buffer.length - delimiter.length))
					return
				}
				buffer = buffer.subarray(at + delimiter.length)
				state = 'after-delimiter'
			}
			if (state === 'after-delimiter') {
				if (buffer.length < 2) return
				if (buffer[0] === 0x2d && buffer[1] === 0x2d) {
					state = 'done'
					return
				}
				const end = buffer.indexOf(CRLF)
				if (end < 0) {
					if (buffer.length > 1024)
						throw new MultipartSyntaxError('a boundary line that never ends')
					return
				}
				// Only transport padding (spaces, tabs) may follow a boundary.
				if (!/^[ \t]*$/.test(buffer.toString('latin1', 0, end)))
					throw new MultipartSyntaxError('text after a boundary')
				buffer = buffer.subarray(end + 2)
				state = 'headers'
			}
			if (state === 'headers') {
				let headerText: string
				if (buffer.length >= 2 && buffer[0] === 0x0d && buffer[1] === 0x0a) {
					headerText = ''
					buffer = buffer.subarray(2)
				} else {
					const end = buffer.indexOf(HEADER_END)
					if (end < 0 || end > limits.maxHeaderBytes) {
						if (end > limits.maxHeaderBytes || buffer.length > limits.maxHeaderBytes)
							throw new MultipartLimitError('header-size', limits.maxHeaderBytes)
						return
					}
					headerText = buffer.toString('utf8', 0, end)
					buffer = buffer.subarray(end + HEADER_END.length)
				}
				await startPart(headerText)
				state = 'body'
			}
			if (state === 'body') {
				const at = buffer.indexOf(delimiter)
				if (at < 0) {
					// The end of the buffer may be the start of a delimiter: it waits for more.
					const keep = delimiter.length - 1
					if (buffer.length > keep) {
						await append(buffer.subarray(0, buffer.length - keep))
						buffer = buffer.subarray(buffer.length - keep)
					}
					return
				}
				await append(buffer.subarray(0, at))
				await endPart()
				buffer = buffer.subarray(at + delimiter.length)
				state = 'after-delimiter'
			}
			if (state === 'done') return
		}
	}

	const reader = request.body.getReader()
	try {
		while (state !== 'done') {
			const { done, value } = await reader.read()
			if (done) break
			buffer = buffer.length ? Buffer.concat([buffer, value]) : Buffer.from(value)
			await consume()
		}
	} finally {
		reader.releaseLock()
	}
	if (state !== 'done') throw new MultipartSyntaxError('the body ended before its closing boundary')
	return form
}
