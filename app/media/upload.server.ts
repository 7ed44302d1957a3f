import { createHash } from 'node:crypto'
import { once } from 'node:events'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import { getEnv } from '#app/utils/env.server.ts'
import { readMultipart, type MultipartLimits } from './multipart.server.ts'
import { newTempPath } from './storage.server.ts'

/**
 * Receives a multipart upload: its one file part is streamed to a
 * temporary file (hashed on the way), never held whole in memory, and cut
 * off as soon as it passes the largest size any type may have; a second
 * file part is refused from its header, before a byte of it is written.
 * The per-type limit is applied once the bytes have said what the file is.
 */

export type MediaKind = 'image' | 'pdf' | 'video' | 'audio' | 'document'

/** Per-kind limits in bytes, configurable (MAX_*_MB); documents include PDFs. */
export function uploadLimits(): Record<MediaKind, number> {
	const env = getEnv()
	const mb = (n: number) => n * 1024 * 1024
	return {
		image: mb(env.MAX_IMAGE_MB),
		pdf: mb(env.MAX_DOCUMENT_MB),
		document: mb(env.MAX_DOCUMENT_MB),
		video: mb(env.MAX_VIDEO_MB),
		audio: mb(env.MAX_AUDIO_MB),
	}
}

/**
 * An upload form is one file and a field or two (the language version):
 * text fields are small, few, and refused rather than buffered beyond that.
 */
const FORM_LIMITS = {
	maxFiles: 1,
	maxFields: 16,
	maxFieldBytes: 64 * 1024,
	maxHeaderBytes: 8 * 1024,
} satisfies Omit<MultipartLimits, 'maxFileBytes'>

export interface ReceivedFile {
	field: string
	tempPath: string
	sha256: string
	byteSize: number
	/** As the browser sent them: untrusted, only compared with what the bytes say. */
	fileName: string
	declaredType: string
}

/** The largest file any type may be, where an upload is cut off before its type is known. */
export function maxUploadBytes() {
	return Math.max(...Object.values(uploadLimits()))
}

/**
 * Parses the request. Files are returned only through the list this call
 * fills: a text field that merely looks like an upload reference is never
 * taken for a file. Temporary files are removed if parsing fails; on success
 * the caller owns them and must call `discard` (or move them into the store).
 * Throws MultipartLimitError or MultipartSyntaxError for a body it refuses.
 */
export async function receiveUpload(request: Request) {
	const files: ReceivedFile[] = []
	const streams: fs.WriteStream[] = []
	try {
		const form = await readMultipart(
			request,
			{ ...FORM_LIMITS, maxFileBytes: maxUploadBytes() },
			async (part) => {
				const file: ReceivedFile = {
					field: part.field,
					tempPath: await newTempPath('.upload'),
					sha256: '',
					byteSize: 0,
					fileName: part.fileName,
					declaredType: part.contentType,
				}
				files.push(file)
				const hash = createHash('sha256')
				const out = fs.createWriteStream(file.tempPath, { flags: 'wx' })
				streams.push(out)
				return {
					async write(chunk) {
						hash.update(chunk)
						file.byteSize += chunk.byteLength
						// once() rejects if the stream fails (a full disk) instead of waiting forever.
						if (!out.write(chunk)) await once(out, 'drain')
					},
					async end() {
						await new Promise<void>((resolve, reject) =>
							out.end((error?: Error | null) => (error ? reject(error) : resolve())),
						)
						file.sha256 = hash.digest('hex')
					},
				}
			},
		)
		return { form, files }
	} catch (error) {
		for (const out of streams) out.destroy()
		await discard(files)
		throw error
	}
}

export async function discard(files: readonly ReceivedFile[]) {
	await Promise.all(files.map((f) => fsp.rm(f.tempPath, { force: true })))
}
