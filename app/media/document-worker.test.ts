import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import exifReader from 'exif-reader'
import { strFromU8, unzipSync } from 'fflate'
import {
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFName,
	PDFRawStream,
	PDFStream,
	StandardFonts,
} from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
	AUTHOR,
	COMPANY,
	DOCX,
	ODT,
	SCRIPT,
	VISIBLE_WORD,
} from '#tests/fixtures/hostile-documents.ts'
import { HOSTILE_DIR } from '#tests/fixtures/hostile.ts'
import {
	cleanOfficeDocument,
	cleanPdfFile,
	countPdfPages,
	extractPdf,
	runInDocumentWorker,
} from './documents.server.ts'
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

/** The embedded photo of a hostile document, as uploaded. */
function originalPhoto() {
	return Buffer.from(
		unzipSync(fs.readFileSync(hostile('authored.docx')))['word/media/image1.jpeg']!,
	)
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

	test(
		'refuses a document whose objects do not fit its heap, as too complex; a small one fits the same heap',
		async () => {
			const pdf = await PDFDocument.create()
			const font = await pdf.embedFont(StandardFonts.Helvetica)
			for (let i = 0; i < 10_000; i++)
				pdf.addPage([200, 200]).drawText(`Page ${i}`, { x: 10, y: 10, size: 12, font })
			const big = output('pdf')
			await fsp.writeFile(big, await pdf.save())
			const limits = { timeoutMs: 20_000, memoryMb: 32 }
			expect(
				await runInDocumentWorker(
					{ kind: 'pdf', inputPath: big, outputPath: output('pdf') },
					limits,
				),
			).toEqual({ ok: false, reason: 'too-complex' })
			expect(
				await runInDocumentWorker(
					{
						kind: 'office',
						inputPath: hostile('authored.docx'),
						outputPath: output('docx'),
						mediaType: DOCX,
					},
					limits,
				),
			).toMatchObject({ ok: true })
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

/** Every dictionary of a PDF, those inside others included. */
function* dictionaries(pdf: PDFDocument): Generator<PDFDict> {
	const stack: unknown[] = pdf.context.enumerateIndirectObjects().map(([, object]) => object)
	while (stack.length) {
		const item = stack.pop()
		if (item instanceof PDFStream) stack.push(item.dict)
		else if (item instanceof PDFDict) {
			yield item
			for (const [, value] of item.entries()) stack.push(value)
		} else if (item instanceof PDFArray) for (const value of item.asArray()) stack.push(value)
	}
}

describe('cleanPdfFile', () => {
	let cleaned: Buffer
	let pdf: PDFDocument

	beforeAll(async () => {
		const out = output('pdf')
		expect(await cleanPdfFile(hostile('authored.pdf'), out)).toEqual({ ok: true })
		cleaned = await fsp.readFile(out)
		pdf = await PDFDocument.load(cleaned, { updateMetadata: false })
	}, SLOW)

	test('keeps no Info dictionary, file ID or XMP', () => {
		expect(pdf.context.trailerInfo.Info).toBeUndefined()
		expect(pdf.context.trailerInfo.ID).toBeUndefined()
		for (const dict of dictionaries(pdf)) expect(dict.has(PDFName.of('Metadata'))).toBe(false)
		const info = execFileSync('pdfinfo', [hostile('authored.pdf')], { encoding: 'utf8' })
		expect(info).toContain(`Author:          ${AUTHOR}`)
		const cleanedPath = output('pdf')
		fs.writeFileSync(cleanedPath, cleaned)
		const cleanInfo = execFileSync('pdfinfo', [cleanedPath], { encoding: 'utf8' })
		expect(cleanInfo).not.toMatch(/Author|Creator|Producer|Title|Subject|Keywords/)
		expect(cleanInfo).toMatch(/JavaScript:\s+no/)
		expect(cleanInfo).toMatch(/Metadata Stream:\s+no/)
	})

	test('runs nothing: no opening action, no scripts, no additional actions, no launch, no attachment', () => {
		expect(pdf.catalog.has(PDFName.of('OpenAction'))).toBe(false)
		for (const dict of dictionaries(pdf)) {
			for (const key of ['AA', 'JS', 'JavaScript', 'EmbeddedFiles', 'EF'])
				expect(dict.has(PDFName.of(key)), key).toBe(false)
			expect(dict.get(PDFName.of('S'))?.toString() ?? '').not.toMatch(/JavaScript|Launch/)
		}
		const text = cleaned.toString('latin1')
		for (const marker of [SCRIPT, 'calc.exe', '/EmbeddedFile', 'secret attachment'])
			expect(text.includes(marker), marker).toBe(false)
	})

	test('keeps the page, its link and comment (without its author), and its photo (without EXIF or XMP)', async () => {
		const page = pdf.getPage(0)
		const annotations = page.node
			.Annots()!
			.asArray()
			.map((ref) => pdf.context.lookup(ref, PDFDict))
		expect(annotations.map((a) => a.get(PDFName.of('Subtype'))?.toString())).toEqual([
			'/Link',
			'/Text',
		])
		expect(annotations[0]!.has(PDFName.of('A'))).toBe(false)
		expect(annotations[1]!.has(PDFName.of('T'))).toBe(false)
		expect(annotations[1]!.get(PDFName.of('Contents'))?.toString()).toBe('(Check the number.)')

		const jpegs = pdf.context
			.enumerateIndirectObjects()
			.map(([, object]) => object)
			.filter(
				(object): object is PDFRawStream =>
					object instanceof PDFRawStream &&
					object.dict.get(PDFName.of('Filter'))?.toString() === '/DCTDecode',
			)
		expect(jpegs).toHaveLength(1)
		const photo = Buffer.from(jpegs[0]!.getContents())
		const meta = await sharp(photo).metadata()
		expect(meta.exif).toBeUndefined()
		expect(meta.xmp).toBeUndefined()
		const original = originalPhoto()
		expect(exifReader((await sharp(original).metadata()).exif!).GPSInfo).toBeDefined()
		expect((await pixels(photo)).equals(await pixels(original))).toBe(true)
	})

	test(
		'gives the same text and a first-page picture as the upload',
		async () => {
			const cleanedPath = output('pdf')
			fs.writeFileSync(cleanedPath, cleaned)
			const before = await extractPdf(hostile('authored.pdf'))
			const after = await extractPdf(cleanedPath)
			if (!before.ok || !after.ok) throw new Error('unreadable')
			expect(after.pages).toEqual(before.pages)
			expect(after.pages[0]).toContain(VISIBLE_WORD)
			expect((await sharp(after.preview).metadata()).format).toBe('png')
			expect((await sharp(after.preview).stats()).entropy).toBeGreaterThan(1)
		},
		SLOW,
	)

	test(
		'refuses an encrypted PDF, even one that opens without a password, and a PDF it cannot read',
		async () => {
			const restricted = output('pdf')
			await fsp.writeFile(restricted, ownerRestrictedPdf())
			// Poppler opens it: it only forbids printing and copying.
			expect(await countPdfPages(restricted)).toEqual({ ok: true, pageCount: 1 })
			expect(await cleanPdfFile(restricted, output('pdf'))).toEqual({
				ok: false,
				reason: 'encrypted',
			})
			const garbage = output('pdf')
			await fsp.writeFile(garbage, `%PDF-1.7\n${'1 0 obj << /Type /Catalog >> endobj\n'.repeat(3)}`)
			expect(await cleanPdfFile(garbage, output('pdf'))).toEqual({ ok: false, reason: 'corrupt' })
		},
		SLOW,
	)
})

// The padding of the PDF standard security handler (ISO 32000-1, 7.6.3.3).
const PASSWORD_PAD = Buffer.from(
	'28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A',
	'hex',
)

function rc4(key: Buffer, data: Buffer) {
	// Node's OpenSSL 3 keeps RC4 in its legacy provider; it is a few lines.
	const s = Array.from({ length: 256 }, (_, i) => i)
	for (let i = 0, j = 0; i < 256; i++) {
		j = (j + s[i]! + key[i % key.length]!) & 0xff
		;[s[i], s[j]] = [s[j]!, s[i]!]
	}
	const out = Buffer.alloc(data.length)
	for (let n = 0, i = 0, j = 0; n < data.length; n++) {
		i = (i + 1) & 0xff
		j = (j + s[i]!) & 0xff
		;[s[i], s[j]] = [s[j]!, s[i]!]
		out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!
	}
	return out
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest()

/**
 * A PDF encrypted with 40-bit RC4 (revision 2) under an owner password and
 * an empty user password, forbidding printing and copying: it opens without
 * a password, as restricted campaign PDFs do. It holds no string or stream,
 * so nothing in it needs encrypting but the handler's own check values.
 */
function ownerRestrictedPdf() {
	const owner = Buffer.concat([Buffer.from('owner-secret'), PASSWORD_PAD]).subarray(0, 32)
	const o = rc4(md5(owner).subarray(0, 5), PASSWORD_PAD)
	const permissions = Buffer.alloc(4)
	permissions.writeInt32LE(-60)
	const id = Buffer.from('00112233445566778899aabbccddeeff', 'hex')
	const key = md5(PASSWORD_PAD, o, permissions, id).subarray(0, 5)
	const u = rc4(key, PASSWORD_PAD)
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
		`<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P -60 >>`,
	]
	let out = '%PDF-1.4\n'
	const offsets: number[] = []
	objects.forEach((object, i) => {
		offsets.push(out.length)
		out += `${i + 1} 0 obj\n${object}\nendobj\n`
	})
	const xref = out.length
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
	for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${xref}\n%%EOF\n`
	return Buffer.from(out, 'latin1')
}

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
