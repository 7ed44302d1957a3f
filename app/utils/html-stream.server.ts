import { Transform } from 'node:stream'

/**
 * React 18's streaming renderer encodes text into 2 KB chunks with
 * `TextEncoder.encodeInto`; when a character of two, three or four bytes
 * does not fit at the end of a chunk, the chunk is sent with the unused
 * bytes left as zeros (react#24985, react#31134; fixed in React 19 only).
 * Arabic or Japanese pages then carry a NUL in the middle of a word, which
 * the browser shows as "�". A chunk of well-formed HTML never ends in NUL
 * (React escapes none, and text we store has its control characters
 * removed), so up to three trailing zeros of each chunk are padding, and
 * dropped here.
 */
export function withoutChunkPadding() {
	return new Transform({
		transform(chunk: Buffer, _encoding, callback) {
			let end = chunk.length
			while (end > 0 && chunk.length - end < 3 && chunk[end - 1] === 0) end--
			callback(null, end === chunk.length ? chunk : chunk.subarray(0, end))
		},
	})
}
