import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import {
	unstable_composeUploadHandlers as composeUploadHandlers,
	unstable_createMemoryUploadHandler as createMemoryUploadHandler,
	unstable_parseMultipartFormData as parseMultipartFormData,
	type UploadHandler,
} from '@remix-run/node'
import { getEnv } from '#app/utils/env.server.ts'
import { newTempPath } from './storage.server.ts'

/**
 * Receives a multipart upload: each file part is streamed to a temporary
 * file (hashed on the way), never held whole in memory, and cut off as soon
 * as it passes the largest size any type may have. The per-type limit is
 * applied once the bytes have said what the file is.
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

/** Text fields of an upload form are small; a bigger one is refused, not buffered. */
const MAX_FIELD_BYTES = 64 * 1024

export interface ReceivedFile {
	field: string
	tempPath: string
	sha256: string
	byteSize: number
	/** As the browser sent them: untrusted, only compared with what the bytes say. */
	fileName: string
	declaredType: string
}

export class UploadTooLargeError extends Error {
	constructor(readonly limitBytes: number) {
		super(`upload larger than ${limitBytes} bytes`)
	}
}

/**
 * Parses the request. Files are returned only through the list this call
 * fills: a text field that merely looks like an upload reference is never
 * taken for a file. Temporary files are removed if parsing fails; on success
 * the caller owns them and must call `discard` (or move them into the store).
 */
export async function receiveUpload(request: Request) {
	const files: ReceivedFile[] = []
	const maxBytes = Math.max(...Object.values(uploadLimits()))
	const fileHandler: UploadHandler = async (part) => {
		if (!part.filename) return undefined
		const tempPath = await newTempPath('.upload')
		const hash = createHash('sha256')
		let byteSize = 0
		const out = fs.createWriteStream(tempPath, { flags: 'wx' })
		try {
			for await (const chunk of part.data) {
				byteSize += chunk.byteLength
				if (byteSize > maxBytes) throw new UploadTooLargeError(maxBytes)
				hash.update(chunk)
				if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve))
			}
			await new Promise<void>((resolve, reject) =>
				out.end((error?: Error | null) => (error ? reject(error) : resolve())),
			)
		} catch (error) {
			out.destroy()
			await fsp.rm(tempPath, { force: true })
			throw error
		}
		const token = randomUUID()
		files.push({
			field: part.name,
			tempPath,
			sha256: hash.digest('hex'),
			byteSize,
			fileName: part.filename,
			declaredType: part.contentType,
		})
		return token
	}
	let form: FormData
	try {
		form = await parseMultipartFormData(
			request,
			composeUploadHandlers(
				fileHandler,
				createMemoryUploadHandler({ maxPartSize: MAX_FIELD_BYTES }),
			),
		)
	} catch (error) {
		await discard(files)
		throw error
	}
	return { form, files }
}

export async function discard(files: readonly ReceivedFile[]) {
	await Promise.all(files.map((f) => fsp.rm(f.tempPath, { force: true })))
}
