import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { AUTHOR, COMPANY, DOCX, ODT, VISIBLE_WORD } from '#tests/fixtures/hostile-documents.ts'
import { HOSTILE_DIR } from '#tests/fixtures/hostile.ts'
import { cleanOfficeDocument, runInDocumentWorker } from './documents.server.ts'
import { sniffFile } from './sniff.server.ts'

// The documents of the hostile corpus (tests/fixtures/hostile/), cleaned by
// the document worker as an upload is: what they said about their author
// must be gone, what they show must be as it was.

const SLOW = 30_000

let dir: string
let outputs = 0
beforeAll(async () => {
	dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'document-cleaning-test-'))
})
afterAll(async () => {
	await fsp.rm(dir, { recursive: true, force: true })
})

const hostile = (name: string) => path.join(HOSTILE_DIR, name)
const output = (extension: string) => path.join(dir, `out-${++outputs}.${extension}`)

async function pixels(image: Uint8Array) {
	return sharp(image).raw().toBuffer()
}

describe('the document worker', () => {
	test(
		'stops a task that outlives its time: the refusal comes at once, and nothing is written after it',
		async () => {
			const out = output('docx')
			const started = performance.now()
			const result = await runInDocumentWorker(
				{ kind: 'office', inputPath: hostile('authored.docx'), outputPath: out, mediaType: DOCX },
				{ timeoutMs: 50, memoryMb: 256 },
			)
			expect(result).toEqual({ ok: false, reason: 'timeout' })
			expect(performance.now() - started).toBeLessThan(2000)
			// Left running, the task would have written its copy within a second.
			await new Promise((resolve) => setTimeout(resolve, 1500))
			expect(fs.existsSync(out)).toBe(false)
		},
		SLOW,
	)

	test.each([
		['cdata.odt', 'corrupt', ODT],
		['comment.odt', 'corrupt', ODT],
		['laughs.docx', 'corrupt', DOCX],
		['nested.docx', 'too-complex', DOCX],
		['overlap-bomb.docx', 'too-complex', DOCX],
	])(
		'refuses %s as %s, writing nothing',
		async (name, reason, mediaType) => {
			const out = output('bin')
			expect(await cleanOfficeDocument(hostile(name), out, mediaType)).toEqual({
				ok: false,
				reason,
			})
			expect(fs.existsSync(out)).toBe(false)
		},
		SLOW,
	)
})

/** Every part of a zip, inflated, by name. */
function partsOf(file: string) {
	return unzipSync(fs.readFileSync(file))
}

describe('cleanOfficeDocument', () => {
	test.each([
		['authored.docx', DOCX, 'docx'],
		['authored.odt', ODT, 'odt'],
	])(
		'%s: no part names its author, the photo keeps its pixels without EXIF, the text and type stay',
		async (name, mediaType, extension) => {
			const out = output(extension)
			const result = await cleanOfficeDocument(hostile(name), out, mediaType)
			expect(result).toEqual({
				ok: true,
				text: expect.stringContaining(`Talk to someone you trust: the ${VISIBLE_WORD} listens.`),
			})
			expect(await sniffFile(out)).toMatchObject({ ok: true, mediaType })

			const before = partsOf(hostile(name))
			const after = partsOf(out)
			// The same parts, in the same order (ODF's mimetype first).
			expect(Object.keys(after)).toEqual(Object.keys(before))
			for (const [part, bytes] of Object.entries(after)) {
				const text = Buffer.from(bytes).toString('latin1')
				for (const marker of [AUTHOR, COMPANY, 'Exif\0\0', 'x:xmpmeta'])
					expect(text.includes(marker), `${marker} in ${part}`).toBe(false)
			}
			const photoName = Object.keys(after).find((part) => /\.jpe?g$/.test(part))!
			expect((await sharp(after[photoName]!).metadata()).exif).toBeUndefined()
			expect((await pixels(after[photoName]!)).equals(await pixels(before[photoName]!))).toBe(true)
		},
		SLOW,
	)

	test(
		'DOCX: empty property parts, comment and revision authors blank, the document otherwise the same',
		async () => {
			const out = output('docx')
			await cleanOfficeDocument(hostile('authored.docx'), out, DOCX)
			const before = partsOf(hostile('authored.docx'))
			const after = partsOf(out)
			const xml = (part: string) => strFromU8(after[part]!)
			expect(xml('docProps/core.xml')).toMatch(/<cp:coreProperties [^>]*\/>$/)
			expect(xml('docProps/app.xml')).toMatch(/<Properties [^>]*\/>$/)
			expect(xml('word/comments.xml')).toContain('w:author="" w:initials=""')
			expect(xml('word/comments.xml')).toContain('Check the number.')
			expect(xml('word/document.xml')).toContain('<w:ins w:id="1" w:author="" w:date=')
			// Parts without a person in them are copied byte for byte.
			for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels'])
				expect(Buffer.from(after[part]!).equals(Buffer.from(before[part]!)), part).toBe(true)
		},
		SLOW,
	)

	test(
		'ODT: empty meta.xml of the same version, comment author and printer blank, mimetype first and stored',
		async () => {
			const out = output('odt')
			await cleanOfficeDocument(hostile('authored.odt'), out, ODT)
			const after = partsOf(out)
			const xml = (part: string) => strFromU8(after[part]!)
			expect(xml('meta.xml')).toContain(
				'office:version="1.3"><office:meta/></office:document-meta>',
			)
			expect(xml('content.xml')).toContain('<dc:creator></dc:creator>')
			expect(xml('content.xml')).toContain('<text:p>Check the number.</text:p>')
			expect(xml('settings.xml')).toContain('config:name="PrinterName" config:type="string"></')
			const zip = fs.readFileSync(out)
			// The first local header: name "mimetype", method 0, no extra field.
			expect(zip.toString('latin1', 30, 38)).toBe('mimetype')
			expect(zip.readUInt16LE(8)).toBe(0)
			expect(zip.readUInt16LE(28)).toBe(0)
		},
		SLOW,
	)
})
