// What happens to a request body the app stopped reading: a form over its
// limit is refused (413) after its first kilobytes, the rest still on the
// wire. Plain JavaScript so that `node server.js` runs it as is.

/** Bytes of an unread body discarded after the answer, so the connection can serve another request. */
export const LINGER_BYTES = 4 * 1024 * 1024
/** How long the rest of an unread body is waited for before the connection is closed. */
export const LINGER_MS = 2000

/**
 * Express middleware: once the answer to a request is sent while its body
 * is still arriving, the rest of the body is read and thrown away (never
 * kept), up to `lingerBytes` or `lingerMs`; past that, the connection is
 * closed.
 *
 * Without it, the unread body would stay in the connection: a client that
 * reuses it (keep-alive) would have its next request taken for the end of
 * the refused body and wait until the server timed the connection out.
 * Closing at once would be no better: closing a socket with unread data
 * resets it, and the client may lose the refusal it has not read yet.
 * Node drains bodies nobody read the same way; these were partly read.
 */
export function discardUnreadBodies({ lingerBytes = LINGER_BYTES, lingerMs = LINGER_MS } = {}) {
	return (req, res, next) => {
		res.once('finish', () => {
			if (req.complete || req.destroyed) return
			// The app's reader (the Remix adapter's stream) would queue what it is
			// no longer asked for: it lets go of the body first.
			req.removeAllListeners('data')
			let discarded = 0
			const close = () => req.socket?.destroy()
			const timer = setTimeout(close, lingerMs)
			timer.unref?.()
			req.on('data', (chunk) => {
				discarded += chunk.length
				if (discarded > lingerBytes) {
					clearTimeout(timer)
					close()
				}
			})
			req.once('end', () => clearTimeout(timer))
			req.once('error', () => clearTimeout(timer))
			req.resume()
		})
		next()
	}
}
