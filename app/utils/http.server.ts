/** Throws a response with `status` unless `condition` holds; the error boundary translates it. */
export function invariantResponse(
	condition: unknown,
	status = 404,
	message = 'Not found',
): asserts condition {
	if (!condition) throw new Response(message, { status, headers: { 'content-type': 'text/plain' } })
}

/** A JSON error body for the API: a stable code, a message and, for bad input, the parameter. */
export function jsonError(status: number, error: { code: string; message: string; param?: string }) {
	return Response.json({ error }, { status, headers: { 'cache-control': 'no-store' } })
}
