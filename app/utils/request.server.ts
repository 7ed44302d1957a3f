import {
	MaxFilesExceededError,
	MaxFileSizeExceededError,
	MaxHeaderSizeExceededError,
	MaxPartsExceededError,
	MaxTotalSizeExceededError,
	parseFormData,
} from '@remix-run/form-data-parser'
import { getEnv } from './env.server.ts'

/**
 * The app's public origin, for links in e-mails and on downloads: APP_ORIGIN
 * when set, else http://localhost:$PORT, both fixed at start-up. Never the
 * request's Host or X-Forwarded-Host: anyone can send those, and a password
 * reset link built from them would carry a valid token to the sender's site.
 */
export function appOrigin(env = getEnv()) {
	return env.APP_ORIGIN ? new URL(env.APP_ORIGIN).origin : `http://localhost:${env.PORT}`
}

/**
 * The client's address for sign-in throttling, as the server saw it. The
 * Express server passes it in the load context (honouring X-Forwarded-For
 * only when TRUST_PROXY is set); tests pass it directly.
 */
export function clientAddress(context: unknown) {
	const value = (context as { clientAddress?: unknown } | undefined)?.clientAddress
	return typeof value === 'string' && value ? value.slice(0, 100) : 'unknown'
}

/** A form field as a string ('' when missing or a file), cut to `max` characters. */
export function field(form: FormData, name: string, max = 1000) {
	const value = form.get(name)
	return typeof value === 'string' ? value.slice(0, max) : ''
}

/** More fields than any of the app's forms has: a script, not a person. */
export const MAX_FORM_FIELDS = 1000

/** A part header of a multipart form is a line or two; more is refused. */
const MAX_PART_HEADER_BYTES = 8 * 1024

/**
 * Reads a urlencoded or multipart form (these forms are small; uploads have
 * their own path), refusing with 413 a body over `maxBytes`, more than
 * MAX_FORM_FIELDS fields, or any file. The body is counted as it streams,
 * so a chunked body without Content-Length stops at the limit too; what
 * was not read is left unread, never buffered.
 */
export async function readForm(request: Request, maxBytes = 64 * 1024) {
	const type = (request.headers.get('content-type') ?? '').toLowerCase()
	if (
		!type.startsWith('application/x-www-form-urlencoded') &&
		!type.startsWith('multipart/form-data')
	)
		throw new Response('Unsupported media type', { status: 415 })
	const length = Number(request.headers.get('content-length') ?? '0')
	if (length > maxBytes) throw payloadTooLarge()
	try {
		return await parseFormData(limitBody(request, maxBytes), {
			maxFiles: 0,
			maxFileSize: maxBytes,
			maxParts: MAX_FORM_FIELDS,
			maxTotalSize: maxBytes,
			maxHeaderSize: MAX_PART_HEADER_BYTES,
		})
	} catch (error) {
		if (isOverLimit(error)) throw payloadTooLarge()
		throw new Response('Bad request', { status: 400 })
	}
}

function payloadTooLarge() {
	return new Response('Payload too large', { status: 413 })
}

export class BodyTooLargeError extends Error {
	constructor(readonly maxBytes: number) {
		super(`body larger than ${maxBytes} bytes`)
		this.name = 'BodyTooLargeError'
	}
}

/**
 * The request with a body that errors once more than `maxBytes` have
 * arrived, whatever Content-Length said (or did not say, when chunked).
 * The client's stream is not cancelled (that would close the connection
 * before the refusal is sent); it is only no longer read.
 */
export function limitBody(request: Request, maxBytes: number): Request {
	if (!request.body) return request
	let seen = 0
	const body = request.body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				seen += chunk.byteLength
				if (seen > maxBytes) controller.error(new BodyTooLargeError(maxBytes))
				else controller.enqueue(chunk)
			},
		}),
		{ preventCancel: true },
	)
	return new Request(request.url, {
		method: request.method,
		headers: request.headers,
		body,
		signal: request.signal,
		// Node's fetch needs this for a streamed body; the DOM types do not know it.
		...({ duplex: 'half' } as object),
	})
}

function isOverLimit(error: unknown): boolean {
	if (
		error instanceof BodyTooLargeError ||
		error instanceof MaxFilesExceededError ||
		error instanceof MaxFileSizeExceededError ||
		error instanceof MaxHeaderSizeExceededError ||
		error instanceof MaxPartsExceededError ||
		error instanceof MaxTotalSizeExceededError
	)
		return true
	return error instanceof Error && error.cause !== undefined && isOverLimit(error.cause)
}
