import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
	cleanOfficeDocument,
	extractPdf,
	probeMedia,
	runTool,
	videoPoster,
} from './documents.server.ts'

// Real poppler and ffmpeg runs on files made here; slower than pure unit
// tests, more so when other test files share the cores.
const SLOW = 30_000

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
const ODT = 'application/vnd.oasis.opendocument.text'
const ODP = 'application/vnd.oasis.opendocument.presentation'

let dir: string

beforeAll(async () => {
	dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'documents-test-'))
})

afterAll(async () => {
	await fsp.rm(dir, { recursive: true, force: true })
})

let cleaned = 0
/** Cleans an office document into a new file of the test folder; resolves with its text or refusal. */
function cleanOffice(file: string, mediaType: string) {
	return cleanOfficeDocument(file, path.join(dir, `cleaned-${++cleaned}`), mediaType)
}

async function write(name: string, bytes: Uint8Array) {
	const file = path.join(dir, name)
	await fsp.writeFile(file, bytes)
	return file
}

function ffmpeg(...args: string[]) {
	execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...args], { timeout: 60_000 })
}

async function pdfWithPages(texts: string[]) {
	const doc = await PDFDocument.create()
	const font = await doc.embedFont(StandardFonts.Helvetica)
	for (const text of texts) {
		const page = doc.addPage([595, 842])
		page.drawText(text, { x: 50, y: 700, size: 18, font })
	}
	return doc.save()
}

/**
 * A PDF whose standard security handler does not accept the empty user
 * password: readers must ask for one. Offsets are computed, so poppler
 * reads it without repairing it.
 */
function passwordProtectedPdf() {
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
		`<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -44 >>`,
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
	const id = '00112233445566778899aabbccddeeff'
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`
	return Buffer.from(out, 'latin1')
}

describe('extractPdf', () => {
	const texts = [
		'Page one: alpha',
		'Deuxième page : protégez les enfants, ça compte',
		'Page three: gamma',
	]
	let threePages: string

	beforeAll(async () => {
		threePages = await write('three.pdf', await pdfWithPages(texts))
	})

	test(
		'returns the text of each page in order and a PNG of page 1, 1000 px on its long side',
		async () => {
			const result = await extractPdf(threePages)
			if (!result.ok) throw new Error(`refused: ${result.reason}`)
			expect(result.pageCount).toBe(3)
			expect(result.pages).toHaveLength(3)
			expect(result.pages[0]).toBe('Page one: alpha')
			expect(result.pages[1]).toBe('Deuxième page : protégez les enfants, ça compte')
			expect(result.pages[2]).toBe('Page three: gamma')
			const meta = await sharp(result.preview).metadata()
			expect(meta.format).toBe('png')
			// A4 portrait: the height is the long side.
			expect(meta.height).toBe(1000)
			expect(meta.width).toBeGreaterThan(690)
			expect(meta.width).toBeLessThan(720)
		},
		SLOW,
	)

	test(
		'reads only the first maxPages pages of a longer PDF instead of refusing it',
		async () => {
			const result = await extractPdf(threePages, { maxPages: 2 })
			if (!result.ok) throw new Error(`refused: ${result.reason}`)
			expect(result.pageCount).toBe(3)
			expect(result.pages).toEqual([
				'Page one: alpha',
				'Deuxième page : protégez les enfants, ça compte',
			])
		},
		SLOW,
	)

	test(
		'stops at 500 pages of text by default',
		async () => {
			const file = await write(
				'long.pdf',
				await pdfWithPages(Array.from({ length: 520 }, (_, i) => `Page number ${i + 1}`)),
			)
			const result = await extractPdf(file)
			if (!result.ok) throw new Error(`refused: ${result.reason}`)
			expect(result.pageCount).toBe(520)
			expect(result.pages).toHaveLength(500)
			expect(result.pages[499]).toBe('Page number 500')
		},
		SLOW,
	)

	test(
		'cuts the text of all pages to 200 000 characters',
		async () => {
			const doc = await PDFDocument.create()
			const font = await doc.embedFont(StandardFonts.Courier)
			const line = 'x'.repeat(99)
			for (let p = 0; p < 40; p++) {
				const page = doc.addPage([842, 842])
				for (let l = 0; l < 60; l++) page.drawText(line, { x: 10, y: 820 - l * 13, size: 8, font })
			}
			const result = await extractPdf(await write('wordy.pdf', await doc.save()))
			if (!result.ok) throw new Error(`refused: ${result.reason}`)
			const total = result.pages.reduce((sum, page) => sum + page.length, 0)
			expect(total).toBe(200_000)
			expect(result.pages).toHaveLength(40)
			expect(result.pages[0]!.startsWith(line)).toBe(true)
			expect(result.pages[39]).toBe('')
		},
		SLOW,
	)

	test('refuses a file with more pages than refuseAbovePages', async () => {
		expect(await extractPdf(threePages, { refuseAbovePages: 2 })).toEqual({
			ok: false,
			reason: 'too-many-pages',
		})
	})

	test('refuses a PDF that needs a password to open', async () => {
		const file = await write('locked.pdf', passwordProtectedPdf())
		expect(await extractPdf(file)).toEqual({ ok: false, reason: 'encrypted' })
	})

	test('refuses a truncated PDF and random bytes as corrupt', async () => {
		const whole = await fsp.readFile(threePages)
		const truncated = await write('truncated.pdf', whole.subarray(0, Math.floor(whole.length / 2)))
		expect(await extractPdf(truncated)).toEqual({ ok: false, reason: 'corrupt' })
		const random = await write('random.pdf', randomBytes(4096))
		expect(await extractPdf(random)).toEqual({ ok: false, reason: 'corrupt' })
	})
})

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
const P = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

function docxHeaderPart(text: string, root: 'hdr' | 'ftr') {
	return strToU8(`${XML}<w:${root} ${W}><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:${root}>`)
}

function docxFiles(documentXml: string): Zippable {
	return {
		'[Content_Types].xml': strToU8(
			`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		),
		'word/document.xml': strToU8(documentXml),
	}
}

// Tab stops, a tracked deletion, a field's instruction, a text box with its
// fallback copy, entities and character references, an empty paragraph.
const DOCUMENT_XML = `${XML}<w:document ${W} ${MC}><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Stay safe online</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Talk to </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>someone</w:t></w:r><w:r><w:t xml:space="preserve"> you trust &amp; report &lt;abuse&gt; &#233;&#x00E0; &amp;lt;</w:t></w:r></w:p>
<w:p><w:r><w:t>Name</w:t></w:r><w:r><w:tab/><w:t>Helpline</w:t></w:r><w:r><w:br/><w:t>116 111</w:t></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>example.org</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>deleted words</w:delText></w:r></w:del></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>Last paragraph</w:t></w:r></w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body></w:document>`

function slideXml(title: string) {
	return strToU8(
		`${XML}<p:sld ${A} ${P}><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/><a:lstStyle/>` +
			`<a:p><a:pPr><a:tabLst><a:tab pos="914400" algn="l"/></a:tabLst></a:pPr><a:r><a:t>${title}</a:t></a:r></a:p>` +
			`<a:p><a:r><a:t>Line one</a:t></a:r><a:br/><a:r><a:t>Line two</a:t></a:r></a:p>` +
			`</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
	)
}

const ODF_NS =
	'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'

function odfFiles(mimetype: string, body: string): Zippable {
	return {
		// The mimetype entry comes first and uncompressed, as ODF requires.
		mimetype: [strToU8(mimetype), { level: 0 }],
		'META-INF/manifest.xml': strToU8(
			`${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>`,
		),
		'content.xml': strToU8(
			`${XML}<office:document-content ${ODF_NS}><office:automatic-styles><style:style style:name="P1"/></office:automatic-styles><office:body>${body}</office:body></office:document-content>`,
		),
	}
}

/** Rewrites an entry's uncompressed size in the central directory and local header, as a zip bomb would. */
function setDeclaredSize(zip: Uint8Array, name: string, size: number) {
	const bytes = Buffer.from(zip)
	const nameBytes = Buffer.from(name)
	for (let i = 0; i + 46 < bytes.length; i++) {
		const signature = bytes.readUInt32LE(i)
		if (
			signature === 0x02014b50 &&
			bytes.subarray(i + 46, i + 46 + nameBytes.length).equals(nameBytes)
		) {
			bytes.writeUInt32LE(size, i + 24)
		}
		if (
			signature === 0x04034b50 &&
			bytes.subarray(i + 30, i + 30 + nameBytes.length).equals(nameBytes)
		) {
			bytes.writeUInt32LE(size, i + 22)
		}
	}
	return bytes
}

describe('cleanOfficeDocument', () => {
	test('DOCX: headers, body and footers in order, with paragraph breaks, tabs and entities', async () => {
		const file = await write(
			'campaign.docx',
			zipSync({
				...docxFiles(DOCUMENT_XML),
				'word/header2.xml': docxHeaderPart('Campaign header', 'hdr'),
				// Same header for the first page: kept once.
				'word/header1.xml': docxHeaderPart('Campaign header', 'hdr'),
				'word/footer1.xml': docxHeaderPart('Page footer', 'ftr'),
			}),
		)
		expect(await cleanOffice(file, DOCX)).toEqual({
			ok: true,
			text: [
				'Campaign header',
				'',
				'Stay safe online',
				'Talk to someone you trust & report <abuse> éà &lt;',
				'Name\tHelpline',
				'116 111',
				'example.org',
				'In a box',
				'',
				'Last paragraph',
				'',
				'Page footer',
			].join('\n'),
		})
	})

	test('PPTX: slides in the order of presentation.xml, not of their file names', async () => {
		const files: Zippable = {
			'ppt/presentation.xml': strToU8(
				`${XML}<p:presentation ${P} ${R}><p:sldIdLst><p:sldId id="256" r:id="rId3"/><p:sldId id="257" r:id="rId2"/><p:sldId id="258" r:id="rId4"/></p:sldIdLst></p:presentation>`,
			),
			'ppt/_rels/presentation.xml.rels': strToU8(
				`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
					`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide1.xml"/>` +
					`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide2.xml"/>` +
					`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="/ppt/slides/slide10.xml"/>` +
					`</Relationships>`,
			),
			'ppt/slides/slide1.xml': slideXml('First file'),
			'ppt/slides/slide2.xml': slideXml('Second file'),
			'ppt/slides/slide10.xml': slideXml('Tenth file'),
		}
		const file = await write('deck.pptx', zipSync(files))
		const result = await cleanOffice(file, PPTX)
		expect(result).toEqual({
			ok: true,
			text: [
				'Second file\nLine one\nLine two',
				'First file\nLine one\nLine two',
				'Tenth file\nLine one\nLine two',
			].join('\n\n'),
		})

		// Without presentation.xml, slide numbers order them (10 after 2).
		const bare = await write(
			'bare.pptx',
			zipSync({
				'ppt/slides/slide10.xml': slideXml('Ten'),
				'ppt/slides/slide2.xml': slideXml('Two'),
				'ppt/slides/slide1.xml': slideXml('One'),
			}),
		)
		const bareResult = await cleanOffice(bare, PPTX)
		if (!bareResult.ok) throw new Error(bareResult.reason)
		expect(bareResult.text.split('\n\n').map((slide) => slide.split('\n')[0])).toEqual([
			'One',
			'Two',
			'Ten',
		])
	})

	test('ODT: collapses white space, keeps text:s, tabs and line breaks, drops comments and notes', async () => {
		const body = `<office:text>
			<text:h text:outline-level="1">Protect   children
				online</text:h>
			<text:p>Call<text:s text:c="3"/>the<text:tab/>helpline<text:line-break/>any time<office:annotation><dc:creator>Editor</dc:creator><text:p>Check this</text:p></office:annotation>.</text:p>
			<text:p>Footnoted<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Source</text:p></text:note-body></text:note> sentence &amp; more.</text:p>
			<text:list><text:list-item><text:p>First item</text:p></text:list-item></text:list>
		</office:text>`
		const file = await write('leaflet.odt', zipSync(odfFiles(ODT, body)))
		expect(await cleanOffice(file, ODT)).toEqual({
			ok: true,
			text: 'Protect children online\nCall   the\thelpline\nany time.\nFootnoted sentence & more.\nFirst item',
		})
	})

	test('ODP: one block per slide, speaker notes left out', async () => {
		const frame = (paragraphs: string) =>
			`<draw:frame><draw:text-box>${paragraphs}</draw:text-box></draw:frame>`
		const body =
			'<office:presentation>' +
			`<draw:page draw:name="page1">${frame('<text:p>Slide one title</text:p><text:p>Point A</text:p>')}<presentation:notes>${frame('<text:p>Speaker note</text:p>')}</presentation:notes></draw:page>` +
			`<draw:page draw:name="page2">${frame('<text:p>Slide two</text:p>')}</draw:page>` +
			'</office:presentation>'
		const file = await write('slides.odp', zipSync(odfFiles(ODP, body)))
		expect(await cleanOffice(file, ODP)).toEqual({
			ok: true,
			text: 'Slide one title\nPoint A\n\nSlide two',
		})
	})

	describe('zip bombs', () => {
		// 60 MB of XML compresses to about 60 KB.
		let bomb: Uint8Array

		beforeAll(() => {
			const paragraph = '<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>'
			const xml = Buffer.alloc(60 * 1024 * 1024, paragraph)
			bomb = zipSync({ ...docxFiles(''), 'word/document.xml': xml })
		}, SLOW)

		test(
			'refuses XML parts declared larger than 50 MB',
			async () => {
				expect(bomb.length).toBeLessThan(1024 * 1024)
				const file = await write('bomb.docx', bomb)
				expect(await cleanOffice(file, DOCX)).toEqual({ ok: false, reason: 'too-complex' })
			},
			SLOW,
		)

		test(
			'stops an entry that inflates past the few bytes its header declares',
			async () => {
				const file = await write(
					'lying-bomb.docx',
					setDeclaredSize(bomb, 'word/document.xml', 1000),
				)
				const started = Date.now()
				expect(await cleanOffice(file, DOCX)).toEqual({ ok: false, reason: 'corrupt' })
				expect(Date.now() - started).toBeLessThan(10_000)
			},
			SLOW,
		)

		test('refuses an entry declaring a huge uncompressed size, before inflating it', async () => {
			const small = zipSync(docxFiles(DOCUMENT_XML))
			const file = await write(
				'huge-header.docx',
				setDeclaredSize(small, 'word/document.xml', 0xfffffff0),
			)
			expect(await cleanOffice(file, DOCX)).toEqual({ ok: false, reason: 'too-complex' })
		})

		test(
			'refuses more than 10 000 entries',
			async () => {
				const files: Zippable = docxFiles(DOCUMENT_XML)
				for (let i = 0; i < 10_001; i++) files[`word/media/x${i}.txt`] = new Uint8Array(0)
				const file = await write('many.docx', zipSync(files))
				expect(await cleanOffice(file, DOCX)).toEqual({ ok: false, reason: 'too-complex' })
			},
			SLOW,
		)
	})

	test('refuses corrupt files as corrupt', async () => {
		const good = zipSync(docxFiles(DOCUMENT_XML))
		const cases: [string, Uint8Array, string][] = [
			['random.docx', randomBytes(5000), DOCX],
			['truncated.docx', good.subarray(0, Math.floor(good.length * 0.6)), DOCX],
			// The end-of-directory record intact, the deflate data inside broken.
			['broken-deflate.docx', breakDeflate(good), DOCX],
			['no-document.docx', zipSync({ 'word/other.xml': strToU8('<x/>') }), DOCX],
			['no-content.odt', zipSync({ mimetype: strToU8(ODT) }), ODT],
			['not-office.docx', good, 'application/zip'],
		]
		for (const [name, bytes, mediaType] of cases) {
			const file = await write(name, bytes)
			expect(await cleanOffice(file, mediaType), name).toEqual({
				ok: false,
				reason: 'corrupt',
			})
		}
	})
})

/** Overwrites the middle of word/document.xml's compressed data with bytes no deflate stream has. */
function breakDeflate(zip: Uint8Array) {
	const bytes = Buffer.from(zip)
	const name = Buffer.from('word/document.xml')
	for (let i = 0; i + 30 < bytes.length; i++) {
		if (
			bytes.readUInt32LE(i) !== 0x04034b50 ||
			!bytes.subarray(i + 30, i + 30 + name.length).equals(name)
		)
			continue
		const start = i + 30 + bytes.readUInt16LE(i + 26) + bytes.readUInt16LE(i + 28)
		bytes.fill(0xff, start, start + 16)
		return bytes
	}
	throw new Error('entry not found')
}

describe('probeMedia and videoPoster', () => {
	const files: Record<string, string> = {}

	beforeAll(async () => {
		const video = ['-f', 'lavfi', '-i', 'testsrc=duration=2:size=320x240:rate=10']
		const audio = ['-f', 'lavfi', '-i', 'sine=duration=2']
		files.mp4 = path.join(dir, 'clip.mp4')
		ffmpeg(
			...video,
			...audio,
			'-pix_fmt',
			'yuv420p',
			'-c:v',
			'libx264',
			'-c:a',
			'aac',
			'-shortest',
			files.mp4,
		)
		files.webm = path.join(dir, 'clip.webm')
		ffmpeg(...video, ...audio, '-c:v', 'libvpx', '-c:a', 'libvorbis', '-shortest', files.webm)
		files.mp3 = path.join(dir, 'tone.mp3')
		ffmpeg(...audio, '-c:a', 'libmp3lame', files.mp3)
		files.ogg = path.join(dir, 'tone.ogg')
		ffmpeg(...audio, '-c:a', 'libvorbis', files.ogg)
	}, SLOW)

	for (const kind of ['mp4', 'webm'] as const) {
		test(
			`${kind}: duration, dimensions, streams and a poster of the right size`,
			async () => {
				const probe = await probeMedia(files[kind]!)
				if (!probe.ok) throw new Error(probe.reason)
				expect(probe.durationMs).toBeGreaterThan(1800)
				expect(probe.durationMs).toBeLessThan(2200)
				expect(probe).toMatchObject({ width: 320, height: 240, hasVideo: true, hasAudio: true })
				const poster = await videoPoster(files[kind]!)
				expect(poster).not.toBeNull()
				const meta = await sharp(poster!).metadata()
				expect(meta).toMatchObject({ format: 'png', width: 320, height: 240 })
			},
			SLOW,
		)
	}

	for (const kind of ['mp3', 'ogg'] as const) {
		test(
			`${kind}: duration, audio only, no poster`,
			async () => {
				const probe = await probeMedia(files[kind]!)
				if (!probe.ok) throw new Error(probe.reason)
				expect(probe.durationMs).toBeGreaterThan(1800)
				expect(probe.durationMs).toBeLessThan(2200)
				expect(probe).toMatchObject({ width: null, height: null, hasVideo: false, hasAudio: true })
				expect(await videoPoster(files[kind]!)).toBeNull()
			},
			SLOW,
		)
	}

	test(
		'scales a wide frame to at most 1280 px and reports a video turned on its side as displayed',
		async (context) => {
			const wide = path.join(dir, 'wide.mp4')
			ffmpeg(
				'-f',
				'lavfi',
				'-i',
				'testsrc=duration=1:size=2000x600:rate=5',
				'-pix_fmt',
				'yuv420p',
				'-c:v',
				'libx264',
				wide,
			)
			const meta = await sharp((await videoPoster(wide))!).metadata()
			expect(meta).toMatchObject({ width: 1280, height: 384 })

			const turned = path.join(dir, 'turned.mp4')
			ffmpeg('-i', files.mp4!, '-c', 'copy', '-metadata:s:v', 'rotate=90', turned)
			const raw = execFileSync('ffprobe', ['-v', 'error', '-show_streams', turned]).toString()
			// Newer ffmpeg versions no longer write rotation from this option.
			if (!/rotation|rotate/.test(raw)) return context.skip()
			expect(await probeMedia(turned)).toMatchObject({ ok: true, width: 240, height: 320 })
			const turnedPoster = await sharp((await videoPoster(turned))!).metadata()
			expect(turnedPoster).toMatchObject({ width: 240, height: 320 })
		},
		SLOW,
	)

	test('random bytes named .mp4 are corrupt and give no poster', async () => {
		const file = await write('noise.mp4', randomBytes(200_000))
		expect(await probeMedia(file)).toEqual({ ok: false, reason: 'corrupt' })
		expect(await videoPoster(file)).toBeNull()
	})

	test('a playlist named .mp4 is not followed to the files it names', async () => {
		const file = await write(
			'playlist.mp4',
			Buffer.from(
				'#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n',
			),
		)
		expect(await probeMedia(file)).toEqual({ ok: false, reason: 'corrupt' })
		expect(await videoPoster(file)).toBeNull()
	})
})

describe('runTool', () => {
	test('kills a tool that outlives its timeout', async () => {
		const started = Date.now()
		const result = await runTool('sleep', ['5'], { timeoutMs: 200, maxOutputBytes: 1000 })
		expect(result).toMatchObject({ ok: false, reason: 'timeout' })
		expect(Date.now() - started).toBeLessThan(2000)
		// The process is gone: signalling its pid finds nothing.
		expect(result.pid).toBeGreaterThan(0)
		expect(() => process.kill(result.pid!, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }))
	})

	test('kills ffmpeg when it would run for hours', async () => {
		const started = Date.now()
		const result = await runTool(
			'ffmpeg',
			[
				'-nostdin',
				'-v',
				'error',
				'-re',
				'-f',
				'lavfi',
				'-i',
				'sine',
				'-t',
				'36000',
				'-f',
				'null',
				'-',
			],
			{ timeoutMs: 500, maxOutputBytes: 1000 },
		)
		expect(result).toMatchObject({ ok: false, reason: 'timeout' })
		expect(Date.now() - started).toBeLessThan(3000)
		expect(() => process.kill(result.pid!, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }))
	})

	test('refuses output over the limit, or keeps its start when asked to truncate', async () => {
		const args = ['-c', '1000000', '/dev/zero']
		expect(await runTool('head', args, { timeoutMs: 5000, maxOutputBytes: 1000 })).toMatchObject({
			ok: false,
			reason: 'too-large',
		})
		const truncated = await runTool('head', args, {
			timeoutMs: 5000,
			maxOutputBytes: 1000,
			overflow: 'truncate',
		})
		if (!truncated.ok) throw new Error(truncated.reason)
		expect(truncated.truncated).toBe(true)
		expect(truncated.stdout.length).toBe(1000)
	})

	test('passes arguments without a shell and reports a failing exit code', async () => {
		const echoed = await runTool('echo', ['$HOME; rm -rf /'], {
			timeoutMs: 5000,
			maxOutputBytes: 1000,
		})
		if (!echoed.ok) throw new Error(echoed.reason)
		expect(echoed.stdout.toString()).toBe('$HOME; rm -rf /\n')
		expect(await runTool('false', [], { timeoutMs: 5000, maxOutputBytes: 1000 })).toMatchObject({
			ok: false,
			reason: 'failed',
			code: 1,
		})
	})

	test('throws when the program is not installed', async () => {
		await expect(
			runTool('no-such-tool-here', [], { timeoutMs: 1000, maxOutputBytes: 1000 }),
		).rejects.toThrow(/not installed/)
	})
})
