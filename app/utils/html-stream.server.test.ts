import { PassThrough, type Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { createElement } from 'react'
import { renderToPipeableStream, renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { withoutChunkPadding } from './html-stream.server.ts'

/** A page of many short texts in scripts of two, three and four bytes a character. */
function page() {
	const words = ['ابتزاز', 'استدراج', '子どもを守る', 'сексторшн', '🙂 ok', 'pédopiégeage']
	return createElement(
		'ul',
		null,
		Array.from({ length: 600 }, (_, i) =>
			createElement('li', { key: i }, words[i % words.length]!),
		),
	)
}

function render(through?: () => PassThrough | ReturnType<typeof withoutChunkPadding>) {
	return new Promise<string>((resolve, reject) => {
		const { pipe } = renderToPipeableStream(page(), {
			onAllReady() {
				const out = new PassThrough()
				const last: Readable = through ? pipe(through()).pipe(out) : pipe(out)
				text(last).then(resolve, reject)
			},
			onError: reject,
		})
	})
}

describe('streamed HTML', () => {
	test('React 18 pads some chunks with NUL where a character did not fit', async () => {
		// What the workaround is for: if this starts failing, React no longer
		// pads its chunks and withoutChunkPadding can go.
		expect(await render()).toContain('\0')
	})

	test('without the padding, the page is exactly what React renders as a string', async () => {
		const streamed = await render(withoutChunkPadding)
		expect(streamed).not.toContain('\0')
		expect(streamed).toBe(renderToStaticMarkup(page()))
	})
})
