import fsp from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { DOCX, ODT } from '#tests/fixtures/hostile-documents.ts'
import { HOSTILE_DIR } from '#tests/fixtures/hostile.ts'
import { extractOfficeText, runInDocumentWorker } from './documents.server.ts'

// The documents of the hostile corpus (tests/fixtures/hostile/), read by
// the document worker as an upload is.

const SLOW = 30_000

const hostile = (name: string) => path.join(HOSTILE_DIR, name)

describe('the document worker', () => {
	test(
		'stops a task that outlives its time: the refusal comes at once',
		async () => {
			const started = performance.now()
			const result = await runInDocumentWorker(
				{ kind: 'office', inputPath: hostile('spaces.docx'), mediaType: DOCX },
				{ timeoutMs: 50, memoryMb: 256 },
			)
			expect(result).toEqual({ ok: false, reason: 'timeout' })
			expect(performance.now() - started).toBeLessThan(2000)
			// The same task with time to spare finishes.
			expect(
				await runInDocumentWorker({
					kind: 'office',
					inputPath: hostile('spaces.docx'),
					mediaType: DOCX,
				}),
			).toMatchObject({ ok: true })
		},
		SLOW,
	)

	test.each([
		['cdata.odt', 'corrupt', ODT],
		['comment.odt', 'corrupt', ODT],
		['laughs.docx', 'corrupt', DOCX],
		['nested.docx', 'too-complex', DOCX],
	])(
		'refuses %s as %s',
		async (name, reason, mediaType) => {
			expect((await fsp.stat(hostile(name))).size).toBeLessThan(5000)
			expect(await extractOfficeText(hostile(name), mediaType)).toEqual({ ok: false, reason })
		},
		SLOW,
	)
})
