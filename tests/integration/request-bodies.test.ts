import { describe, expect, test } from 'vitest'
import { action as forgotPassword } from '#app/routes/$lang.forgot-password.tsx'
import {
	HOSTILE_FORM_BODIES,
	multipart,
	MULTIPART_TYPE,
	streamed,
	URLENCODED_TYPE,
	urlencodedField,
} from '#tests/fixtures/hostile-bodies.ts'

/**
 * Every small form is read by readForm: the body is counted as it streams,
 * so a chunked body (no Content-Length) stops at the limit like any other,
 * and too many fields or a file are refused. Refusals are 413.
 */

async function post(contentType: string, chunks: Iterator<Uint8Array>) {
	const { body, pulled } = streamed(chunks)
	let result: unknown
	try {
		result = await forgotPassword({
			request: new Request('http://localhost/en/forgot-password', {
				method: 'POST',
				headers: { 'content-type': contentType },
				body,
				...({ duplex: 'half' } as object),
			}),
			params: { lang: 'en' },
			context: { clientAddress: '203.0.113.9' },
		})
	} catch (thrown) {
		result = thrown
	}
	return { result, pulled: pulled() }
}

describe('a small form', () => {
	test.each(HOSTILE_FORM_BODIES.map((b) => [b.why, b] as const))(
		'%s: 413, having read little more than the form’s limit',
		async (_, hostile) => {
			const { result, pulled } = await post(hostile.contentType, hostile.chunks())
			expect(result).toBeInstanceOf(Response)
			expect((result as Response).status).toBe(413)
			// readForm's limit for this form is 64 KB; a chunk or two may be in flight.
			expect(pulled).toBeLessThan(256 * 1024)
		},
	)

	test('within its limits, urlencoded or multipart, it is read as before', async () => {
		const encoded = await post(
			URLENCODED_TYPE,
			[new TextEncoder().encode('email=a%40b.example')].values(),
		)
		expect(encoded.result).toEqual({ sent: true })
		const parts = await post(MULTIPART_TYPE, multipart([{ name: 'email', content: 'a@b.example' }]))
		expect(parts.result).toEqual({ sent: true })
	})

	test('a body that is not a form is refused before it is read', async () => {
		const { result, pulled } = await post('text/plain', urlencodedField('email', 10 * 1024 * 1024))
		expect((result as Response).status).toBe(415)
		expect(pulled).toBeLessThan(256 * 1024)
	})
})
