import { execFile } from 'node:child_process'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import exifReader from 'exif-reader'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { HOSTILE_DIR, HOSTILE_FILES } from '#tests/fixtures/hostile.ts'
import {
	ALLOWED_MEDIA_TYPES,
	checkDeclaredType,
	MEDIA_KIND,
	safeFileName,
	sniffFile,
	type SniffRefusal,
} from './sniff.server.ts'

const run = promisify(execFile)

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
const ODT = 'application/vnd.oasis.opendocument.text'
const ODP = 'application/vnd.oasis.opendocument.presentation'

let dir: string

const at = (name: string) => path.join(dir, name)

async function write(name: string, bytes: Uint8Array | string) {
	await fsp.writeFile(at(name), bytes)
	return at(name)
}

// --- Real files of every type ------------------------------------------------

function ooxml(main: 'word' | 'ppt', extra: Zippable = {}, mainType?: string) {
	const partName = main === 'word' ? '/word/document.xml' : '/ppt/presentation.xml'
	const contentType =
		mainType ??
		(main === 'word'
			? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
			: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml')
	const part =
		main === 'word'
			? '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ask for help.</w:t></w:r></w:p></w:body></w:document>'
			: '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>'
	return zipSync({
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
				'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
				'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
				'<Default Extension="xml" ContentType="application/xml"/>' +
				`<Override PartName="${partName}" ContentType="${contentType}"/>` +
				'</Types>',
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
				'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
				`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${partName.slice(1)}"/>` +
				'</Relationships>',
		),
		[partName.slice(1)]: strToU8(part),
		...extra,
	})
}

function odf(
	mimetype: string,
	options: { compressMimetype?: boolean; mimetypeLast?: boolean; extra?: Zippable } = {},
) {
	const mimetypeEntry: Zippable = {
		mimetype: [strToU8(mimetype), { level: options.compressMimetype ? 9 : 0 }],
	}
	const rest: Zippable = {
		'content.xml': strToU8(
			'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body/></office:document-content>',
		),
		'META-INF/manifest.xml': strToU8(
			`<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/></manifest:manifest>`,
		),
		...options.extra,
	}
	return zipSync(
		options.mimetypeLast ? { ...rest, ...mimetypeEntry } : { ...mimetypeEntry, ...rest },
	)
}

async function pdf() {
	const doc = await PDFDocument.create()
	const page = doc.addPage([200, 100])
	page.drawText('Hello', { x: 10, y: 50, font: await doc.embedFont(StandardFonts.Helvetica) })
	return Buffer.from(await doc.save())
}

const image = () =>
	sharp({ create: { width: 16, height: 12, channels: 3, background: { r: 200, g: 40, b: 90 } } })

/** Runs ffmpeg on a generated test source: one second of pattern and/or tone. */
async function ffmpeg(name: string, source: 'video' | 'audio', args: string[]) {
	const input =
		source === 'video'
			? ['-f', 'lavfi', '-i', 'testsrc=duration=1:size=64x64:rate=10']
			: ['-f', 'lavfi', '-i', 'sine=duration=1']
	await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...input, ...args, at(name)])
}

beforeAll(async () => {
	dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'sniff-'))
	await Promise.all([
		image().jpeg().toFile(at('photo.jpg')),
		image().png().toFile(at('drawing.png')),
		image().webp().toFile(at('banner.webp')),
		image().avif().toFile(at('banner.avif')),
		pdf().then((bytes) => write('leaflet.pdf', bytes)),
		write('guide.docx', ooxml('word')),
		write('slides.pptx', ooxml('ppt')),
		write('guide.odt', odf(ODT)),
		write('slides.odp', odf(ODP)),
		// Media: what the exchange takes, and near relatives it refuses.
		ffmpeg('clip.mp4', 'video', ['-c:v', 'libx264', '-pix_fmt', 'yuv420p']),
		ffmpeg('clip.m4v', 'video', ['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-f', 'ipod']),
		ffmpeg('clip.webm', 'video', ['-c:v', 'libvpx', '-b:v', '100k']),
		ffmpeg('clip.mkv', 'video', ['-c:v', 'libx264', '-pix_fmt', 'yuv420p']),
		ffmpeg('clip.mov', 'video', ['-c:v', 'libx264', '-pix_fmt', 'yuv420p']),
		ffmpeg('clip.ogv', 'video', ['-c:v', 'libtheora']),
		ffmpeg('tone.mp3', 'audio', ['-c:a', 'libmp3lame']),
		ffmpeg('bare.mp3', 'audio', ['-c:a', 'libmp3lame', '-id3v2_version', '0', '-write_xing', '0']),
		ffmpeg('tone.ogg', 'audio', ['-c:a', 'libvorbis']),
		ffmpeg('tone.opus', 'audio', ['-c:a', 'libopus']),
		ffmpeg('tone.m4a', 'audio', ['-c:a', 'aac']),
		ffmpeg('tone.wav', 'audio', ['-c:a', 'pcm_s16le']),
	])
}, 60_000)

afterAll(async () => {
	if (dir) await fsp.rm(dir, { recursive: true, force: true })
})

describe('sniffFile: allowed types from real bytes', () => {
	const cases: [string, string][] = [
		['photo.jpg', 'image/jpeg'],
		['drawing.png', 'image/png'],
		['banner.webp', 'image/webp'],
		['banner.avif', 'image/avif'],
		['leaflet.pdf', 'application/pdf'],
		['clip.mp4', 'video/mp4'],
		['clip.m4v', 'video/mp4'],
		['clip.webm', 'video/webm'],
		['tone.mp3', 'audio/mpeg'],
		['bare.mp3', 'audio/mpeg'],
		['tone.ogg', 'audio/ogg'],
		['tone.opus', 'audio/ogg'],
		['guide.docx', DOCX],
		['slides.pptx', PPTX],
		['guide.odt', ODT],
		['slides.odp', ODP],
	]

	test('the cases cover every allowed type', () => {
		expect(new Set(cases.map(([, type]) => type))).toEqual(new Set(ALLOWED_MEDIA_TYPES))
	})

	test.each(cases)('%s is %s', async (name, mediaType) => {
		expect(await sniffFile(at(name))).toEqual({
			ok: true,
			mediaType,
			kind: MEDIA_KIND[mediaType as keyof typeof MEDIA_KIND],
		})
	})

	test('every type has a kind', () => {
		expect(Object.keys(MEDIA_KIND).sort()).toEqual([...ALLOWED_MEDIA_TYPES].sort())
		expect(MEDIA_KIND['application/pdf']).toBe('pdf')
		expect(MEDIA_KIND[DOCX]).toBe('document')
		expect(MEDIA_KIND['audio/ogg']).toBe('audio')
	})

	test('a PDF header within the first KiB is a PDF, as readers accept it', async () => {
		const bytes = Buffer.concat([Buffer.alloc(700, 0x20), await pdf()])
		expect(await sniffFile(await write('padded.pdf', bytes))).toMatchObject({
			ok: true,
			mediaType: 'application/pdf',
		})
	})
})

describe('sniffFile: refusals', () => {
	const sniffBytes = async (name: string, bytes: Uint8Array | string) =>
		sniffFile(await write(name, bytes))
	const refused = (reason: SniffRefusal) => ({ ok: false, reason })

	test('an empty file', async () => {
		expect(await sniffBytes('empty', '')).toEqual(refused('empty'))
	})

	test.each([
		['with an XML declaration', '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'],
		['bare', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
		['after a comment', '<!-- made by hand -->\n<svg width="1" height="1"></svg>'],
		['with a doctype', '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg/>'],
		[
			'in UTF-16',
			Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<svg onload="x()"/>', 'utf16le')]),
		],
		['any other XML', '<?xml version="1.0"?><?xml-stylesheet href="x.xsl"?><doc/>'],
	])('SVG and XML %s', async (_, content) => {
		expect(await sniffBytes('image', content)).toEqual(refused('svg'))
	})

	test.each([
		['a document', '<!DOCTYPE html><html><body>hi</body></html>'],
		['with a byte order mark', '\ufeff  <html lang="en">'],
		['a bare script', '<script>alert(1)</script>'],
		['a fragment', '\n\n<div>hello</div>'],
		['a comment first', '<!-- x --><p>text</p>'],
		['with a PDF header after it', '<html><!-- %PDF-1.7 --></html>'],
		['script in text', 'Hello\n<script src="//evil.example/x.js"></script>'],
	])('HTML: %s', async (_, content) => {
		expect(await sniffBytes('page', content)).toEqual(refused('html'))
	})

	test.each([
		['a Windows program', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)])],
		['an ELF program', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0])],
		['a Mach-O program', Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1])],
		['a universal binary', Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2])],
		['a shell script', '#!/bin/sh\nrm -rf /\n'],
		['WebAssembly', Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])],
		[
			'a program with a PDF header inside',
			Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100), Buffer.from('%PDF-1.4')]),
		],
	])('executable: %s', async (_, content) => {
		expect(await sniffBytes('program', content)).toEqual(refused('executable'))
	})

	test.each([
		[
			'an ordinary archive',
			() => zipSync({ 'readme.txt': strToU8('hello'), 'photo.jpg': new Uint8Array(10) }),
		],
		['an empty archive', () => zipSync({})],
		[
			'a Java archive',
			() => zipSync({ 'META-INF/MANIFEST.MF': strToU8('Manifest-Version: 1.0\n') }),
		],
		[
			'Content_Types without word/ or ppt/',
			() => zipSync({ '[Content_Types].xml': strToU8('<Types/>') }),
		],
		[
			'word/ without Content_Types',
			() => zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
		],
		['both word/ and ppt/', () => ooxml('word', { 'ppt/presentation.xml': strToU8('<p/>') })],
		[
			'a macro-enabled document',
			() => ooxml('word', { 'word/vbaProject.bin': new Uint8Array(64) }),
		],
		[
			'a .docm content type',
			() => ooxml('word', {}, 'application/vnd.ms-word.document.macroEnabled.main+xml'),
		],
		[
			'a Word template',
			() =>
				ooxml(
					'word',
					{},
					'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
				),
		],
		[
			'a slide show',
			() =>
				ooxml(
					'ppt',
					{},
					'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml',
				),
		],
		['ODF with mimetype not first', () => odf(ODT, { mimetypeLast: true })],
		['ODF with mimetype compressed', () => odf(ODT, { compressMimetype: true })],
		['an ODF template', () => odf('application/vnd.oasis.opendocument.text-template')],
		['an ODF spreadsheet', () => odf('application/vnd.oasis.opendocument.spreadsheet')],
		[
			'ODF with Basic macros',
			() => odf(ODT, { extra: { 'Basic/Standard/Module1.xml': strToU8('<m/>') } }),
		],
		['a ZIP cut short', () => ooxml('word').subarray(0, 200)],
	])('ZIP that is not a document: %s', async (_, make) => {
		expect(await sniffBytes('archive', make())).toEqual(refused('zip-not-office'))
	})

	test.each([
		['Matroska', 'clip.mkv'],
		['QuickTime', 'clip.mov'],
		['Ogg video', 'clip.ogv'],
		['MP4 audio', 'tone.m4a'],
		['WAV', 'tone.wav'],
	])('media types the exchange does not take: %s', async (_, name) => {
		expect(await sniffFile(at(name))).toEqual(refused('unknown'))
	})

	const ftyp = (major: string, ...compatible: string[]) => {
		const box = Buffer.alloc(16 + compatible.length * 4 + 16)
		box.writeUInt32BE(16 + compatible.length * 4, 0)
		box.write(`ftyp${major}`, 4, 'latin1')
		compatible.forEach((brand, i) => box.write(brand, 16 + i * 4, 'latin1'))
		return box
	}

	test.each([
		['plain text', 'Keep children safe online.\nTalk to them.'],
		['JSON', '{"a": 1}'],
		['CSV', 'name,age\nAda,36\n'],
		['random bytes', Buffer.from([0x13, 0x37, 0, 1, 2, 3, 4, 5])],
		[
			'a PDF header past the first KiB',
			Buffer.concat([Buffer.alloc(1100, 0x20), Buffer.from('%PDF-1.7\n')]),
		],
		['HEIC', ftyp('heic', 'mif1', 'heic')],
		['plain HEIF', ftyp('mif1', 'mif1', 'miaf')],
		['a GIF', 'GIF89a\x01\x00\x01\x00'],
		['a WAV in RIFF', Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1')],
		['RIFF WEBP with an unknown chunk', Buffer.from('RIFF\x24\x00\x00\x00WEBPXXXX', 'latin1')],
		[
			'ID3 followed by no audio',
			Buffer.concat([
				Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x10', 'latin1'),
				Buffer.alloc(16, 0x41),
			]),
		],
		['ID3 with a size past the end', Buffer.from('ID3\x04\x00\x00\x7f\x7f\x7f\x7f', 'latin1')],
		[
			'a lone MPEG frame sync',
			Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(2000, 0x11)]),
		],
		['AAC (ADTS)', Buffer.from([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc])],
		['EBML without a doctype', Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80])],
	])('unknown: %s', async (_, content) => {
		expect(await sniffBytes('thing', content)).toEqual(refused('unknown'))
	})

	test('AVIF is decided by brand, before MP4', async () => {
		expect(await sniffBytes('a', ftyp('mif1', 'mif1', 'avif', 'miaf'))).toMatchObject({
			mediaType: 'image/avif',
		})
		expect(await sniffBytes('b', ftyp('avis', 'avis', 'msf1', 'iso8'))).toMatchObject({
			mediaType: 'image/avif',
		})
		expect(await sniffBytes('c', ftyp('XAVC', 'XAVC', 'mp42', 'iso2'))).toMatchObject({
			mediaType: 'video/mp4',
		})
		expect(await sniffBytes('d', ftyp('qt  ', 'qt  ', 'isom'))).toEqual(refused('unknown'))
	})
})

describe('hostile fixtures', () => {
	const sniffRefusals = new Set<string>([
		'empty',
		'svg',
		'html',
		'executable',
		'zip-not-office',
		'unknown',
	])

	test.each(HOSTILE_FILES.map((row) => [`${row.declaredName} (${row.file})`, row] as const))(
		'%s',
		async (_, row) => {
			const sniffed = await sniffFile(path.join(HOSTILE_DIR, row.file))
			if (row.reason && sniffRefusals.has(row.reason)) {
				expect(sniffed).toEqual({ ok: false, reason: row.reason })
				return
			}
			expect(sniffed).toMatchObject({ ok: true, mediaType: row.sniffed })
			if (!sniffed.ok) return
			const declared = checkDeclaredType(row.declaredName, row.declaredType, sniffed.mediaType)
			expect(declared).toBe(row.reason === 'mismatch' ? 'mismatch' : 'ok')
			expect(safeFileName(row.declaredName)).toBe(row.fileName ?? row.declaredName)
		},
	)

	// The committed bytes are what the table says; refusals past sniffing
	// (corrupt, too large) and sanitizing are tested where images are decoded.
	test('the image fixtures carry what they claim to', async () => {
		const file = (name: string) => path.join(HOSTILE_DIR, name)
		const bomb = await sharp(file('bomb.png'), { limitInputPixels: false }).metadata()
		expect([bomb.width, bomb.height]).toEqual([50_000, 50_000])
		await expect(
			sharp(file('bomb.png'), { limitInputPixels: 100_000_000 }).metadata(),
		).rejects.toThrow()
		await expect(
			sharp(file('truncated.jpg'), { failOn: 'error' }).raw().toBuffer(),
		).rejects.toThrow()
		const gps = await sharp(file('gps.jpg')).metadata()
		expect(exifReader(gps.exif!).GPSInfo?.GPSLatitude).toBeDefined()
		expect((await sharp(file('cmyk.jpg')).metadata()).space).toBe('cmyk')
		expect((await sharp(file('rotated.jpg')).metadata()).orientation).toBe(6)
		const polyglot = await fsp.readFile(file('polyglot.jpg'), 'latin1')
		expect(polyglot).toContain('<script>alert(1)</script>')
		expect((await fsp.stat(file('empty.png'))).size).toBe(0)
	})
})

describe('checkDeclaredType', () => {
	const JPEG = 'image/jpeg'
	test.each([
		['poster.jpg', 'image/jpeg', JPEG, 'ok'],
		['poster.JPEG', 'image/jpeg', JPEG, 'ok'],
		['poster.jpeg', 'image/jpg', JPEG, 'ok'],
		['poster.jpg', 'image/pjpeg', JPEG, 'ok'],
		['poster.jpg', null, JPEG, 'ok'],
		['poster.jpg', undefined, JPEG, 'ok'],
		['poster.jpg', '', JPEG, 'ok'],
		['poster.jpg', 'application/octet-stream', JPEG, 'ok'],
		['poster', 'image/jpeg', JPEG, 'ok'],
		['poster', null, JPEG, 'ok'],
		['Report v1.2', null, 'application/pdf', 'ok'],
		['poster.jpg', 'application/pdf', 'application/pdf', 'mismatch'],
		['poster.pdf', 'image/jpeg', 'application/pdf', 'mismatch'],
		['poster.jpg', null, 'application/pdf', 'mismatch'],
		['poster.png', 'image/png', JPEG, 'mismatch'],
		['poster.jpg.exe', null, JPEG, 'mismatch'],
		['evil\u202Egpj.exe', null, JPEG, 'mismatch'],
		['leaflet.pdf', 'application/pdf; charset=binary', 'application/pdf', 'ok'],
		['leaflet.PDF', 'APPLICATION/PDF', 'application/pdf', 'ok'],
		['clip.mp4', 'video/mp4', 'video/mp4', 'ok'],
		['clip.m4v', 'video/x-m4v', 'video/mp4', 'ok'],
		['clip.mov', 'video/quicktime', 'video/mp4', 'mismatch'],
		['song.mp3', 'audio/mpeg', 'audio/mpeg', 'ok'],
		['song.mp3', 'audio/mp3', 'audio/mpeg', 'ok'],
		['song.ogg', 'audio/ogg', 'audio/ogg', 'ok'],
		['song.oga', 'audio/ogg', 'audio/ogg', 'ok'],
		['song.opus', 'audio/opus', 'audio/ogg', 'ok'],
		['song.ogg', 'video/ogg', 'audio/ogg', 'mismatch'],
		['clip.webm', 'video/webm', 'video/webm', 'ok'],
		['guide.docx', DOCX, DOCX, 'ok'],
		['guide.doc', 'application/msword', DOCX, 'mismatch'],
		['guide.docx', 'application/zip', DOCX, 'mismatch'],
		['slides.pptx', PPTX, PPTX, 'ok'],
		['slides.pptx', null, DOCX, 'mismatch'],
		['guide.odt', ODT, ODT, 'ok'],
		['slides.odp', ODP, ODP, 'ok'],
		['slides.odp', ODT, ODP, 'mismatch'],
		['image.svg', 'image/svg+xml', 'image/png', 'mismatch'],
		['logo.png', 'image/png', 'image/svg+xml', 'mismatch'],
	] as const)('%s declared %s, sniffed %s: %s', (name, declared, sniffed, expected) => {
		expect(checkDeclaredType(name, declared, sniffed)).toBe(expected)
	})
})

describe('safeFileName', () => {
	const long = 'a'.repeat(200)
	test.each([
		['poster.jpg', 'poster.jpg'],
		['../../etc/passwd', 'passwd'],
		['C:\\Users\\ada\\Desktop\\flyer.pdf', 'flyer.pdf'],
		['folder/sub/', 'sub'],
		['../../etc/passwd\u0000\u202Eevil.jpg', 'passwdevil.jpg'],
		['invoice\u202Efdp.exe', 'invoicefdp.exe'],
		['a\u2066b\u2069c\u202Ad.pdf', 'abcd.pdf'],
		['bell\u0007\u0085\u009f.png', 'bell.png'],
		['.htaccess', 'htaccess'],
		['...hidden.pdf', 'hidden.pdf'],
		['  lots   of\tspace\n.pdf  ', 'lots of space .pdf'],
		['trailing dot.pdf.', 'trailing dot.pdf'],
		['Cafe\u0301.pdf', 'Café.pdf'],
		['حملة التوعية.pdf', 'حملة التوعية.pdf'],
		['', 'file'],
		['...', 'file'],
		['/', 'file'],
		['\u0000\u202E', 'file'],
		[`${long}.pdf`, `${'a'.repeat(146)}.pdf`],
		[long, 'a'.repeat(150)],
	])('%j becomes %j', (input, expected) => {
		expect(safeFileName(input)).toBe(expected)
	})

	test('never cuts a character in two', () => {
		const name = safeFileName(`${'👩‍👩‍👧'.repeat(60)}.pdf`)
		expect([...name].length).toBeLessThanOrEqual(150)
		expect(name.endsWith('.pdf')).toBe(true)
		expect(name.slice(0, -4)).toMatch(/^(?:👩‍👩‍👧)+$/u)
	})

	test('is idempotent', () => {
		for (const name of ['../../etc/passwd\u0000\u202Eevil.jpg', `  .${long}.pdf`, 'a\tb.png']) {
			expect(safeFileName(safeFileName(name))).toBe(safeFileName(name))
		}
	})
})

describe('bounded reads', () => {
	const HOLE = 50 * 1024 * 1024

	/** Sniffs a file, counting the bytes read through the file handles it opens. */
	async function sniffCounting(file: string) {
		let bytes = 0
		const open = fsp.open.bind(fsp)
		const spy = vi.spyOn(fsp, 'open').mockImplementation(async (...args) => {
			const handle = await open(...args)
			const read = handle.read.bind(handle) as (...a: unknown[]) => Promise<{ bytesRead: number }>
			Object.assign(handle, {
				read: async (...a: unknown[]) => {
					const result = await read(...a)
					bytes += result.bytesRead
					return result
				},
			})
			return handle
		})
		try {
			return { result: await sniffFile(file), bytes }
		} finally {
			spy.mockRestore()
		}
	}

	/** A sparse file: `parts` written at their offsets, holes (zeros) in between. */
	async function sparse(name: string, size: number, parts: [number, Uint8Array][]) {
		const file = at(name)
		const handle = await fsp.open(file, 'w')
		try {
			await handle.truncate(size)
			for (const [offset, bytes] of parts) await handle.write(bytes, 0, bytes.length, offset)
		} finally {
			await handle.close()
		}
		return file
	}

	test('a 50 MB document: only the head, the tail and the central directory', async () => {
		const zip = Buffer.from(ooxml('word'))
		const eocd = zip.length - 22
		const directoryOffset = zip.readUInt32LE(eocd + 16)
		// Move the central directory 50 MB further, past a hole no entry uses.
		const end = Buffer.from(zip.subarray(directoryOffset))
		end.writeUInt32LE(directoryOffset + HOLE, end.length - 22 + 16)
		const file = await sparse('big.docx', directoryOffset + HOLE + end.length, [
			[0, zip.subarray(0, directoryOffset)],
			[directoryOffset + HOLE, end],
		])
		const { result, bytes } = await sniffCounting(file)
		expect(result).toMatchObject({ ok: true, mediaType: DOCX })
		expect(bytes).toBeGreaterThan(0)
		expect(bytes).toBeLessThan(80 * 1024)
	})

	test('a 50 MB MP3 behind a 50 MB ID3 tag: the head and the audio after the tag', async () => {
		const audio = await fsp.readFile(at('bare.mp3'))
		const tag = Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1')
		// ID3 sizes are "syncsafe": 7 bits per byte.
		for (let i = 0, n = HOLE; i < 4; i++, n >>>= 7) tag[9 - i] = n & 0x7f
		const file = await sparse('big.mp3', 10 + HOLE + audio.length, [
			[0, tag],
			[10 + HOLE, audio],
		])
		const { result, bytes } = await sniffCounting(file)
		expect(result).toMatchObject({ ok: true, mediaType: 'audio/mpeg' })
		expect(bytes).toBeGreaterThan(4096)
		expect(bytes).toBeLessThanOrEqual(8192)
	})

	test.each([
		[
			'an image',
			'big.png',
			Buffer.from([
				0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
			]),
			{ ok: true },
		],
		['nothing known', 'big.bin', Buffer.from('\0\0\0\0'), { ok: false, reason: 'unknown' }],
		[
			'a broken archive',
			'big.zip',
			Buffer.from('PK\x03\x04', 'latin1'),
			{ ok: false, reason: 'zip-not-office' },
		],
	])('a 50 MB file of %s: at most the head and the ZIP tail', async (_, name, head, expected) => {
		const file = await sparse(name, HOLE, [[0, head]])
		const { result, bytes } = await sniffCounting(file)
		expect(result).toMatchObject(expected)
		expect(bytes).toBeLessThanOrEqual(4096 + 22 + 0xffff)
	})
})
