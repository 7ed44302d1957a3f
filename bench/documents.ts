/**
 * Document cleaning benchmark: what the upload of a large DOCX or PDF costs
 * in the document worker, against the bare library work on the same file
 * in the same run.
 *
 *   npx tsx bench/documents.ts [--rounds 3]
 *
 * Generated under the system temp folder, then cleaned as an upload is:
 * - a DOCX of about 20 MB: 16 different 1.4 MB photos (EXIF with GPS) and
 *   4 000 paragraphs with tracked changes and comment authors; the worker
 *   checks every entry, rewrites the parts naming people, strips the photos
 *   and reads the text back (cleanOfficeDocument);
 *   baseline: fflate's unzipSync of the same file, in this process;
 * - a PDF of about 20 MB: 300 pages of text with the 16 photos, author
 *   metadata and XMP; the worker rewrites it without them (cleanPdfFile);
 *   baseline: pdf-lib's load and save of the same file, in this process.
 * A tiny document through the worker gives its fixed cost (start-up).
 *
 * Printed: milliseconds and MB/s per path, the ratio of each cleaning to
 * its baseline (with and without the worker's fixed cost), and the RSS of
 * this process (the worker's memory is part of it) once the files are made
 * and at its peak while cleaning, sampled every 20 ms.
 */
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'
import { cleanOfficeDocument, cleanPdfFile } from '#app/media/documents.server.ts'
import { xmpPacket } from '#tests/fixtures/hostile-documents.ts'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3

let peakRss = 0
const sampler = setInterval(() => {
	peakRss = Math.max(peakRss, process.memoryUsage().rss)
}, 20)

async function photos(count: number) {
	const out: Buffer[] = []
	for (let i = 0; i < count; i++) {
		const jpeg = await sharp({
			create: {
				width: 1800,
				height: 1200,
				channels: 3,
				background: '#000', // ignored with noise, required by the typings
				noise: { type: 'gaussian', mean: 100 + i, sigma: 40 },
			},
		})
			.jpeg({ quality: 90 })
			.withExif({
				IFD0: { Artist: 'Bench Author', Make: 'PhoneMaker' },
				IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2616/100' },
			})
			.toBuffer()
		out.push(jpeg)
	}
	return out
}

function makeDocx(pictures: Buffer[], paragraphCount: number) {
	const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
	const paragraphs = Array.from(
		{ length: paragraphCount },
		(_, i) =>
			`<w:p><w:r><w:t xml:space="preserve">Paragraph ${i}: talk to someone you trust, report what worries you. </w:t></w:r>` +
			`<w:ins w:id="${i}" w:author="Bench Author" w:date="2024-01-01T00:00:00Z"><w:r><w:t>Added.</w:t></w:r></w:ins></w:p>`,
	).join('')
	const files: Zippable = {
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
		),
		'docProps/core.xml': strToU8(
			'<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Bench Author</dc:creator></cp:coreProperties>',
		),
		'word/document.xml': strToU8(
			`<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`,
		),
		'word/comments.xml': strToU8(
			`<?xml version="1.0"?><w:comments ${W}><w:comment w:id="0" w:author="Bench Author" w:initials="BA"><w:p><w:r><w:t>Check.</w:t></w:r></w:p></w:comment></w:comments>`,
		),
	}
	pictures.forEach((picture, i) => (files[`word/media/image${i + 1}.jpeg`] = picture))
	return Buffer.from(zipSync(files))
}

async function makePdf(pictures: Buffer[]) {
	const pdf = await PDFDocument.create()
	pdf.setAuthor('Bench Author')
	const font = await pdf.embedFont(StandardFonts.Helvetica)
	const images = await Promise.all(pictures.map((p) => pdf.embedJpg(new Uint8Array(p))))
	for (let i = 0; i < 300; i++) {
		const page = pdf.addPage([595, 842])
		for (let line = 0; line < 40; line++)
			page.drawText(`Page ${i}, line ${line}: talk to someone you trust.`, {
				x: 40,
				y: 800 - line * 18,
				size: 11,
				font,
			})
		if (i < images.length) page.drawImage(images[i]!, { x: 40, y: 40, width: 300, height: 200 })
	}
	const metadata = pdf.context.stream(xmpPacket(), { Type: 'Metadata', Subtype: 'XML' })
	pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(metadata))
	return Buffer.from(await pdf.save())
}

async function time(work: () => Promise<unknown>) {
	const samples: number[] = []
	for (let i = 0; i < rounds; i++) {
		const started = performance.now()
		await work()
		samples.push(performance.now() - started)
	}
	return samples.reduce((a, b) => a + b, 0) / samples.length
}

async function main() {
	const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'bench-documents-'))
	let outputs = 0
	const out = () => path.join(dir, `out-${++outputs}`)
	try {
		const pictures = await photos(16)
		const docx = makeDocx(pictures, 4000)
		const pdf = await makePdf(pictures)
		const tiny = makeDocx([], 1)
		const files = { docx: path.join(dir, 'big.docx'), pdf: path.join(dir, 'big.pdf') }
		await fsp.writeFile(files.docx, docx)
		await fsp.writeFile(files.pdf, pdf)
		await fsp.writeFile(path.join(dir, 'tiny.docx'), tiny)
		const mb = (bytes: number) => bytes / 1024 / 1024

		const check = (result: { ok: boolean }) => {
			if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`)
		}
		// One of each first, so every round finds the same caches.
		check(await cleanOfficeDocument(path.join(dir, 'tiny.docx'), out(), DOCX))
		check(await cleanPdfFile(files.pdf, out()))
		const rssAtStart = process.memoryUsage().rss
		peakRss = rssAtStart

		const startup = await time(async () =>
			check(await cleanOfficeDocument(path.join(dir, 'tiny.docx'), out(), DOCX)),
		)
		const docxClean = await time(async () =>
			check(await cleanOfficeDocument(files.docx, out(), DOCX)),
		)
		const docxBare = await time(async () => unzipSync(await fsp.readFile(files.docx)))
		const pdfClean = await time(async () => check(await cleanPdfFile(files.pdf, out())))
		const pdfBare = await time(async () => {
			const doc = await PDFDocument.load(await fsp.readFile(files.pdf), { updateMetadata: false })
			await doc.save({ useObjectStreams: false })
		})

		const row = (name: string, bytes: number, ms: number, baseline?: number) =>
			console.log(
				`${name.padEnd(34)} ${mb(bytes).toFixed(1).padStart(6)} MB ${ms.toFixed(0).padStart(7)} ms ${(mb(bytes) / (ms / 1000)).toFixed(1).padStart(7)} MB/s${baseline ? `   ${(ms / baseline).toFixed(2)}× bare, ${((ms - startup) / baseline).toFixed(2)}× without start-up` : ''}`,
			)
		console.log(`${rounds} rounds, ${os.availableParallelism()} cores, Node ${process.version}`)
		row('worker start-up (tiny DOCX)', tiny.length, startup)
		row('DOCX cleaned in the worker', docx.length, docxClean, docxBare)
		row('DOCX bare unzipSync (in process)', docx.length, docxBare)
		row('PDF cleaned in the worker', pdf.length, pdfClean, pdfBare)
		row('PDF bare pdf-lib load+save', pdf.length, pdfBare)
		console.log(
			`RSS ${mb(rssAtStart).toFixed(0)} MB with the files made, peak ${mb(peakRss).toFixed(0)} MB while cleaning`,
		)
	} finally {
		clearInterval(sampler)
		await fsp.rm(dir, { recursive: true, force: true })
	}
}

await main()
