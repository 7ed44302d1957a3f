import { describe, expect, test } from 'vitest'
import {
	BOUNDARY,
	multipart,
	MULTIPART_TYPE,
	streamed,
	type Part,
} from '#tests/fixtures/hostile-bodies.ts'
import {
	MultipartLimitError,
	MultipartSyntaxError,
	readMultipart,
	type IncomingFile,
	type MultipartLimits,
} from './multipart.server.ts'

const LIMITS: MultipartLimits = {
	maxFiles: 1,
	maxFileBytes: 1024 * 1024,
	maxFields: 4,
	maxFieldBytes: 1024,
	maxHeaderBytes: 1024,
}

/** Reads `chunks` as one request; returns the fields, the files with their bytes, and what was pulled. */
async function read(
	chunks: Iterable<Uint8Array> | Iterator<Uint8Array>,
	limits: Partial<MultipartLimits> = {},
	contentType = MULTIPART_TYPE,
) {
	const iterator = Symbol.iterator in chunks ? chunks[Symbol.iterator]() : chunks
	const { body, pulled } = streamed(iterator)
	const files: (IncomingFile & { bytes: Buffer; ended: boolean })[] = []
	const request = new Request('http://localhost/upload', {
		method: 'POST',
		headers: { 'content-type': contentType },
		body,
		...({ duplex: 'half' } as object),
	})
	try {
		const form = await readMultipart(request, { ...LIMITS, ...limits }, async (file) => {
			const received = { ...file, bytes: Buffer.alloc(0), ended: false }
			files.push(received)
			return {
				async write(chunk) {
					received.bytes = Buffer.concat([received.bytes, chunk])
				},
				async end() {
					received.ended = true
				},
			}
		})
		return { form: [...form.entries()], files, pulled: pulled() }
	} catch (error) {
		return { error, files, pulled: pulled() }
	}
}

const whole = (parts: Part[]) => Buffer.concat([...multipart(parts)])

// Binary content full of near-delimiters: a CRLF and dashes before the
// boundary (one dash pair too many), the boundary with its last character
// changed, and a blank line.
const TRICKY = Buffer.concat([
	Buffer.from([0, 255, 13, 10, 45, 45]),
	Buffer.from(`--${BOUNDARY}`),
	Buffer.from(`\r\n--${BOUNDARY.slice(0, -1)}x`),
	Buffer.from('\r\n\r\n'),
])

describe('reading a multipart upload', () => {
	test('fields and one file, however the body is cut into chunks', async () => {
		const body = whole([
			{ name: 'versionId', content: 'v1' },
			{ name: 'file', fileName: 'poster.png', type: 'image/png', content: TRICKY },
			{ name: 'note', content: 'é and 海报' },
		])
		for (let cut = 1; cut < body.length; cut++) {
			const { form, files, error } = await read([body.subarray(0, cut), body.subarray(cut)])
			expect(error, `cut at ${cut}`).toBeUndefined()
			expect(form).toEqual([
				['versionId', 'v1'],
				['note', 'é and 海报'],
			])
			expect(files).toHaveLength(1)
			expect(files[0]).toMatchObject({
				field: 'file',
				fileName: 'poster.png',
				contentType: 'image/png',
				ended: true,
			})
			expect(files[0]!.bytes.equals(TRICKY), `cut at ${cut}`).toBe(true)
		}
		// One byte at a time.
		const bytewise = await read([...body].map((b) => Uint8Array.of(b)))
		expect(bytewise.files[0]!.bytes.equals(TRICKY)).toBe(true)
	})

	test.each([
		['a;b=c.pdf', 'form-data; name="file"; filename="a;b=c.pdf"'],
		['say "hi".pdf', 'form-data; name="file"; filename="say \\"hi\\".pdf"'],
		['say %22hi%22.pdf', 'form-data; name="file"; filename="say %22hi%22.pdf"'],
		['ملصق آمن.pdf', 'form-data; name="file"; filename="ملصق آمن.pdf"'],
		[
			'海报.pdf',
			'form-data; name="file"; filename="fallback.pdf"; filename*=UTF-8\'\'%E6%B5%B7%E6%8A%A5.pdf',
		],
		['affiche été.pdf', 'form-data; name="file"; filename*=utf-8\'fr\'affiche%20%C3%A9t%C3%A9.pdf'],
	])('the file name %s', async (expected, disposition) => {
		const { files, error } = await read(multipart([{ disposition, content: 'x' }]))
		expect(error).toBeUndefined()
		expect(files.map((f) => f.fileName)).toEqual([expected])
	})

	test('a file input left empty is no file', async () => {
		const { files, form } = await read(
			multipart([
				{ name: 'file', fileName: '', content: '' },
				{ name: 'versionId', content: 'v1' },
			]),
		)
		expect(files).toEqual([])
		expect(form).toEqual([['versionId', 'v1']])
	})

	test('a second file is refused from its header: its sink is never opened', async () => {
		const { error, files, pulled } = await read(
			multipart([
				{ name: 'file', fileName: 'one.pdf', content: 10 },
				{ name: 'file', fileName: 'two.pdf', content: 50 * 1024 * 1024 },
			]),
		)
		expect(error).toEqual(new MultipartLimitError('files', 1))
		expect(files.map((f) => f.fileName)).toEqual(['one.pdf'])
		expect(pulled).toBeLessThan(256 * 1024)
	})

	test.each([
		[
			'a file over the limit',
			() => multipart([{ name: 'file', fileName: 'big.mp4', content: 100 * 1024 * 1024 }]),
			'file-size',
		],
		[
			'a field over the limit',
			() => multipart([{ name: 'versionId', content: 100 * 1024 * 1024 }]),
			'field-size',
		],
		[
			'an empty file input with 100 MB in it',
			() => multipart([{ name: 'file', fileName: '', content: 100 * 1024 * 1024 }]),
			'field-size',
		],
		[
			'10,000 fields',
			() => multipart(Array.from({ length: 10_000 }, (_, i) => ({ name: `f${i}`, content: 'x' }))),
			'fields',
		],
		[
			'a part header of 1 MB',
			() =>
				multipart([{ disposition: `form-data; name="${'n'.repeat(1024 * 1024)}"`, content: 'x' }]),
			'header-size',
		],
	] as const)('%s stops the reading at once', async (_, chunks, limit) => {
		const { error, pulled } = await read(chunks())
		expect(error).toBeInstanceOf(MultipartLimitError)
		expect((error as MultipartLimitError).limit).toBe(limit)
		expect(pulled).toBeLessThan(2 * 1024 * 1024)
	})

	test('reading stops at the closing boundary', async () => {
		const epilogue = (function* () {
			yield* multipart([{ name: 'versionId', content: 'v1' }])
			for (let i = 0; i < 1000; i++) yield new Uint8Array(64 * 1024)
		})()
		const { form, pulled, error } = await read(epilogue)
		expect(error).toBeUndefined()
		expect(form).toEqual([['versionId', 'v1']])
		expect(pulled).toBeLessThan(256 * 1024)
	})

	test.each([
		['cut before its closing boundary', [whole([{ name: 'a', content: 'x' }]).subarray(0, 60)]],
		['not multipart at all', [Buffer.from('email=a%40b.example')]],
		['text after a boundary', [Buffer.from(`--${BOUNDARY}garbage\r\n\r\nx\r\n--${BOUNDARY}--`)]],
	])('a body %s is refused', async (_, chunks) => {
		const { error } = await read(chunks)
		expect(error).toBeInstanceOf(MultipartSyntaxError)
	})

	test('a Content-Type without a usable boundary is refused before reading', async () => {
		for (const type of ['multipart/form-data', `multipart/form-data; boundary=${'b'.repeat(71)}`]) {
			const { error, pulled } = await read(multipart([{ name: 'a', content: 'x' }]), {}, type)
			expect(error).toBeInstanceOf(MultipartSyntaxError)
			expect(pulled).toBe(0)
		}
	})
})
