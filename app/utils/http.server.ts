/** Throws a response with `status` unless `condition` holds; the error boundary translates it. */
export function invariantResponse(
	condition: unknown,
	status = 404,
	message = 'Not found',
): asserts condition {
	if (!condition) throw new Response(message, { status, headers: { 'content-type': 'text/plain' } })
}
