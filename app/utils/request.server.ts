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

/**
 * Reads a urlencoded or multipart form, refusing a body over `maxBytes`
 * before parsing it (these forms are small; uploads have their own path).
 */
export async function readForm(request: Request, maxBytes = 64 * 1024) {
	const length = Number(request.headers.get('content-length') ?? '0')
	if (length > maxBytes) throw new Response('Payload too large', { status: 413 })
	return request.formData().catch(() => {
		throw new Response('Bad request', { status: 400 })
	})
}
