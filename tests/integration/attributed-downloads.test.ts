import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import {
	PDFDict,
	PDFDocument,
	PDFName,
	StandardFonts,
	type PDFNumber,
	type PDFStream,
} from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { storeImageAsset } from '#app/models/asset.server.ts'
import { insertCampaign } from '#app/models/campaign.server.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import { insertTemplate, refreshRenderedPoster } from '#app/models/material/templates.server.ts'
import { loader as fileLoader } from '#app/routes/download.$fileId.ts'
import { loader as formatLoader } from '#app/routes/download.$fileId_.$format.ts'
import { loader as zipLoader } from '#app/routes/download.materials.$id.zip.ts'
import { db } from '#app/utils/db.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { attachPng, createMaterial, createUser, ensureCountries } from '#tests/factories.ts'
import { call, type CallOptions, type Outcome } from '#tests/support/routes.ts'

/**
 * Every download carries the material's credit, naming the producing
 * organisation with the country, in the reader's UI language: the plain
 * download of an image (in its metadata) or a PDF (on a credit page), an
 * image's other formats (PNG, WebP, PDF A4 and A3, where it is text), and
 * the zip's README, in every UI language.
 */

async function download(fileId: string, format: string, query = '', options: CallOptions = {}) {
	const { outcome, result } = await call(formatLoader, `/download/${fileId}/${format}${query}`, {
		params: { fileId, format },
		...options,
	})
	return answer(outcome, result)
}

/** The plain download of a file (`/download/<file>`): the file in its own format, credited. */
async function plain(fileId: string, query = '', options: CallOptions = {}) {
	const { outcome, result } = await call(fileLoader, `/download/${fileId}${query}`, {
		params: { fileId },
		...options,
	})
	return answer(outcome, result)
}

async function answer(outcome: Outcome, result: unknown) {
	const response = result as Response
	return {
		outcome,
		response,
		bytes: outcome === 'ok' ? Buffer.from(await response.arrayBuffer()) : Buffer.alloc(0),
	}
}

/** The iTXt chunks of a PNG, by keyword (uncompressed ones: the only kind written). */
function itxtChunks(png: Buffer) {
	const out: Record<string, string> = {}
	const order: string[] = []
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at)
		const type = png.toString('latin1', at + 4, at + 8)
		const data = png.subarray(at + 8, at + 8 + length)
		order.push(type)
		if (type === 'iTXt') {
			const keywordEnd = data.indexOf(0)
			expect(data[keywordEnd + 1]).toBe(0) // not compressed
			const langEnd = data.indexOf(0, keywordEnd + 3)
			const translatedEnd = data.indexOf(0, langEnd + 1)
			out[data.toString('latin1', 0, keywordEnd)] = data
				.subarray(translatedEnd + 1)
				.toString('utf8')
		}
		at += 12 + length
	}
	return { texts: out, order }
}

async function frenchPoster(overrides: Parameters<typeof createMaterial>[0] = {}) {
	const material = await createMaterial({
		countryCode: 'FR',
		versions: [{ lang: 'fr', title: 'Reste en sécurité' }],
		...overrides,
	})
	const { bytes, file } = await attachPng(material.versions[0]!.id)
	return { material, bytes, file }
}

/** Runs a poppler tool on PDF bytes and returns what it prints. */
function poppler(tool: 'pdftotext' | 'pdfimages', bytes: Buffer) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attributed-'))
	try {
		const file = path.join(dir, 'download.pdf')
		fs.writeFileSync(file, bytes)
		return execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : ['-list', file], {
			encoding: 'utf8',
		})
	} finally {
		fs.rmSync(dir, { recursive: true, force: true })
	}
}

/** A PDF's text as a reader copies it: poppler's, bidi marks removed, lines joined. */
function pdfText(bytes: Buffer) {
	return poppler('pdftotext', bytes)
		.replace(/[\u200e\u200f\u202a-\u202e]/g, '')
		.replace(/\s+/g, ' ')
}

/** The images of a PDF, as `pdfimages -list` sees them: width and height in pixels. */
function pdfImages(bytes: Buffer) {
	return poppler('pdfimages', bytes)
		.trim()
		.split('\n')
		.slice(2)
		.map((row) => {
			const [, , type, width, height] = row.trim().split(/\s+/)
			expect(type).toBe('image')
			return { width: Number(width), height: Number(height) }
		})
}

/** The XMP packet of a JPEG or WebP, as sharp reads it. */
async function xmpOf(bytes: Buffer) {
	const xmp = (await sharp(bytes).metadata()).xmp
	expect(xmp).toBeDefined()
	return xmp!.toString('utf8')
}

const downloadCount = (versionId: string) =>
	db.downloadCount
		.aggregate({ where: { versionId }, _sum: { count: true } })
		.then((r) => r._sum.count ?? 0)

/** The image XObjects a PDF page uses, with their sizes. */
function pageImages(pdf: PDFDocument) {
	const resources = pdf.getPage(0).node.Resources()!
	const xobjects = resources.lookup(PDFName.of('XObject'), PDFDict)
	return xobjects.keys().map((key) => {
		const stream = xobjects.lookup(key) as PDFStream
		const number = (name: string) => (stream.dict.get(PDFName.of(name)) as PDFNumber).asNumber()
		expect(stream.dict.get(PDFName.of('Subtype'))).toEqual(PDFName.of('Image'))
		return { width: number('Width'), height: number('Height') }
	})
}

describe('PNG', () => {
	test('carries the credit in iTXt chunks; the pixels are the original’s', async () => {
		const { material, bytes, file } = await frenchPoster()
		const { outcome, response, bytes: png } = await download(file.id, 'png', '?ui=en')
		expect(outcome).toBe('ok')
		expect(response.headers.get('content-type')).toBe('image/png')
		expect(response.headers.get('content-length')).toBe(String(png.length))
		expect(response.headers.get('cache-control')).toBe('private, no-cache')
		expect(response.headers.get('content-disposition')).toContain(
			"filename*=UTF-8''reste-en-s%C3%A9curit%C3%A9-fr.png",
		)
		const { texts, order } = itxtChunks(png)
		expect(order.slice(0, 2)).toEqual(['IHDR', 'iTXt'])
		expect(texts.Title).toBe('Reste en sécurité')
		expect(texts.Author).toBe('France')
		expect(texts.Copyright).toContain('France')
		expect(texts.Copyright).toContain('CC BY 4.0')
		expect(texts.Copyright).toBe(
			'“Reste en sécurité” by France, CC BY 4.0. https://creativecommons.org/licenses/by/4.0/',
		)
		// The credit in every UI language, and where the material is published.
		expect(texts.Description).toContain('« Reste en sécurité » par France, CC BY 4.0.')
		expect(texts.Description).toContain('«Reste en sécurité» من إعداد فرنسا، CC BY 4.0.')
		expect(texts.Description).toContain(`/en/materials/${material.id}`)

		const decode = (b: Buffer) => sharp(b).raw().toBuffer({ resolveWithObject: true })
		const [original, downloaded] = await Promise.all([decode(bytes), decode(png)])
		expect(downloaded.info).toEqual(original.info)
		expect(downloaded.data.equals(original.data)).toBe(true)
		// Counted, as a download of the original is.
		expect(await downloadCount(material.versions[0]!.id)).toBe(1)
	})

	test('an Arabic UI gets the Arabic sentence; without ?ui= the browser’s language is used', async () => {
		const { file } = await frenchPoster()
		const ar = itxtChunks((await download(file.id, 'png', '?ui=ar')).bytes).texts
		expect(ar.Author).toBe('فرنسا')
		expect(ar.Copyright).toContain('«Reste en sécurité» من إعداد فرنسا، CC BY 4.0.')
		const negotiated = await download(file.id, 'png', '', {
			headers: { 'accept-language': 'fr-BE, en;q=0.5' },
		})
		expect(itxtChunks(negotiated.bytes).texts.Copyright).toContain(
			'« Reste en sécurité » par France, CC BY 4.0.',
		)
		expect(negotiated.response.headers.get('vary')).toBe('accept-language')
		// An unknown ?ui= is not trusted: the browser's language again.
		const unknown = await download(file.id, 'png', '?ui=xx', {
			headers: { 'accept-language': 'ar' },
		})
		expect(itxtChunks(unknown.bytes).texts.Author).toBe('فرنسا')
	})

	test('an adaptation credits both the adapter and its source', async () => {
		const source = await frenchPoster({ licence: 'cc-by-sa-4.0' })
		const adapted = await createMaterial({
			countryCode: 'BE',
			licence: 'cc-by-sa-4.0',
			originalLang: 'nl',
			versions: [{ lang: 'nl', title: 'Blijf veilig' }],
			derivedFrom: { versionId: source.material.versions[0]!.id, kind: 'adaptation' },
		})
		const { file } = await attachPng(adapted.versions[0]!.id)
		const { texts } = itxtChunks((await download(file.id, 'png', '?ui=en')).bytes)
		expect(texts.Copyright).toContain(
			'“Blijf veilig” by Belgium, CC BY-SA 4.0, adapted from “Reste en sécurité” by France.',
		)
		const pdf = await PDFDocument.load((await download(file.id, 'pdf-a4', '?ui=fr')).bytes, {
			updateMetadata: false,
		})
		expect(pdf.getSubject()).toContain(
			'« Blijf veilig » par Belgique, CC BY-SA 4.0, d’après « Reste en sécurité » par France.',
		)
	})

	test('a public-domain material still says where it came from', async () => {
		const { file } = await frenchPoster({ licence: 'cc0-1.0' })
		const { texts } = itxtChunks((await download(file.id, 'png', '?ui=en')).bytes)
		expect(texts.Copyright).toContain('Source: “Reste en sécurité” (France), CC0 (public domain).')
	})
})

describe('WebP', () => {
	test('carries the credit in XMP', async () => {
		const { file } = await frenchPoster()
		const { outcome, response, bytes } = await download(file.id, 'webp', '?ui=ar')
		expect(outcome).toBe('ok')
		expect(response.headers.get('content-type')).toBe('image/webp')
		expect(response.headers.get('content-disposition')).toContain(
			'reste-en-s%C3%A9curit%C3%A9-fr.webp',
		)
		const metadata = await sharp(bytes).metadata()
		expect([metadata.format, metadata.width, metadata.height]).toEqual(['webp', 64, 90])
		const xmp = metadata.xmp!.toString('utf8')
		expect(xmp).toContain(
			'<rdf:li xml:lang="x-default">«Reste en sécurité» من إعداد فرنسا، CC BY 4.0.',
		)
		expect(xmp).toContain('“Reste en sécurité” by France, CC BY 4.0.')
		expect(xmp).toContain(
			'<xmpRights:WebStatement>https://creativecommons.org/licenses/by/4.0/</xmpRights:WebStatement>',
		)
		expect(xmp).toContain('<cc:attributionName>فرنسا</cc:attributionName>')
	})
})

describe('PDF', () => {
	test.each([
		['pdf-a4', 'A4', 595.28, 841.89],
		['pdf-a3', 'A3', 841.89, 1190.55],
	] as const)(
		'%s: the paper size, the poster, and the credit under it as text and in the metadata',
		async (format, paper, width, height) => {
			const { file } = await frenchPoster()
			const { outcome, response, bytes } = await download(file.id, format, '?ui=en')
			expect(outcome).toBe('ok')
			expect(response.headers.get('content-type')).toBe('application/pdf')
			// A 64 px wide image prints at a few ppi, and its name says so.
			expect(response.headers.get('content-disposition')).toMatch(
				new RegExp(`reste-en-s%C3%A9curit%C3%A9-fr-${paper}-\\d+ppi\\.pdf`),
			)
			const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
			expect(pdf.getPageCount()).toBe(1)
			const page = pdf.getPage(0)
			expect(page.getWidth()).toBeCloseTo(width, 2)
			expect(page.getHeight()).toBeCloseTo(height, 2)
			expect(pdf.getTitle()).toBe('Reste en sécurité')
			expect(pdf.getAuthor()).toBe('France')
			expect(pdf.getSubject()).toContain('“Reste en sécurité” by France, CC BY 4.0.')
			expect(pdf.getKeywords()).toContain('CC BY 4.0')
			expect(pdf.getProducer()).toBeUndefined()
			expect(pdf.getCreationDate()).toBeUndefined()

			// One image, the poster, whole; the credit is text.
			expect(pageImages(pdf)).toEqual([{ width: 64, height: 90 }])
			expect(pdfImages(bytes)).toHaveLength(1)
			expect(pdfText(bytes)).toContain(
				'“Reste en sécurité” by France, CC BY 4.0. https://creativecommons.org/licenses/by/4.0/',
			)
		},
	)

	test('an Arabic UI prints and records the Arabic sentence', async () => {
		const { file } = await frenchPoster()
		const bytes = (await download(file.id, 'pdf-a4', '?ui=ar')).bytes
		const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
		expect(pdf.getSubject()).toContain('«Reste en sécurité» من إعداد فرنسا، CC BY 4.0.')
		expect(pdf.getAuthor()).toBe('فرنسا')
		const text = pdfText(bytes)
		for (const part of ['Reste en sécurité', 'من إعداد فرنسا', 'CC BY 4.0'])
			expect(text).toContain(part)
	})
})

describe('access', () => {
	test('a draft’s file: 404 anonymously, 200 for its country’s contributor, not counted', async () => {
		const { material, file } = await frenchPoster({ status: 'draft', publishedAt: null })
		expect((await download(file.id, 'png')).outcome).toBe(404)
		const german = await createUser('contributor', { country: 'DE' })
		expect((await download(file.id, 'pdf-a4', '', { cookie: german.cookie })).outcome).toBe(404)
		const french = await createUser('contributor', { country: 'FR' })
		for (const format of ['png', 'webp', 'pdf-a4', 'pdf-a3']) {
			const { outcome, response, bytes } = await download(file.id, format, '?ui=fr', {
				cookie: french.cookie,
			})
			expect(outcome).toBe('ok')
			expect(response.headers.get('cache-control')).toBe('private, no-store')
			if (format === 'png') {
				const { texts } = itxtChunks(bytes)
				expect(texts.Copyright).toContain('« Reste en sécurité » par France')
				// A draft has no public page to point to.
				expect(texts.Description).not.toContain('/materials/')
			}
		}
		expect(await downloadCount(material.versions[0]!.id)).toBe(0)
	})

	test('a PDF, a preview, an unknown format and an unknown file are 404', async () => {
		const material = await createMaterial({ countryCode: 'FR' })
		const versionId = material.versions[0]!.id
		const document = await PDFDocument.create()
		document.addPage([200, 200])
		const pdfFile = await attachFile({
			versionId,
			bytes: await document.save(),
			mediaType: 'application/pdf',
			role: 'primary',
		})
		const text = await attachFile({
			versionId,
			bytes: new TextEncoder().encode('Hello'),
			mediaType: 'text/plain',
			role: 'primary',
		})
		const { file: preview } = await attachPng(versionId, 'preview')
		const { file: image } = await attachPng(versionId)
		for (const format of ['png', 'webp', 'pdf-a4', 'pdf-a3']) {
			expect((await download(pdfFile.id, format)).outcome).toBe(404)
			expect((await download(text.id, format)).outcome).toBe(404)
			expect((await download(preview.id, format)).outcome).toBe(404)
		}
		for (const format of ['jpg', 'pdf', 'pdf-a5', 'PNG', 'constructor', '__proto__', '']) {
			expect((await download(image.id, format)).outcome).toBe(404)
		}
		expect((await download('no-such-file', 'png')).outcome).toBe(404)
		expect((await download('x'.repeat(65), 'png')).outcome).toBe(404)
		expect(await downloadCount(versionId)).toBe(0)
	})

	test('a repeated request with the ETag gets 304, uncounted', async () => {
		const { material, file } = await frenchPoster()
		const first = await download(file.id, 'webp', '?ui=en')
		const etag = first.response.headers.get('etag')!
		expect(etag).toMatch(/^W\/"/)
		const again = await call(formatLoader, `/download/${file.id}/webp?ui=en`, {
			params: { fileId: file.id, format: 'webp' },
			headers: { 'if-none-match': etag },
		})
		expect((again.result as Response).status).toBe(304)
		// Another language is another file.
		const arabic = await download(file.id, 'webp', '?ui=ar')
		expect(arabic.response.headers.get('etag')).not.toBe(etag)
		expect(await downloadCount(material.versions[0]!.id)).toBe(2)
	})
})

describe('zip', () => {
	test('the README carries the credit in English, French and Arabic, and the licence', async () => {
		const material = await createMaterial({
			countryCode: 'FR',
			versions: [
				{ lang: 'fr', title: 'Reste en sécurité' },
				{ lang: 'ar', title: 'ابقَ آمنًا' },
			],
		})
		for (const version of material.versions) await attachPng(version.id)
		const response = (await zipLoader({
			request: new Request('http://x/?ui=en'),
			params: { id: material.id },
			context: {},
		})) as Response
		expect(response.status).toBe(200)
		const entries = unzipSync(new Uint8Array(await response.arrayBuffer()))
		const readme = new TextDecoder().decode(entries['README.txt'])
		expect(readme).toContain('“Reste en sécurité” by France, CC BY 4.0.')
		expect(readme).toContain('« Reste en sécurité » par France, CC BY 4.0.')
		// Each language's line names the version in that language, if there is one.
		expect(readme).toContain('«ابقَ آمنًا» من إعداد فرنسا، CC BY 4.0.')
		expect(readme).toContain('https://creativecommons.org/licenses/by/4.0/')
	})
})

describe('the producing organisation, in every download', () => {
	/** A French material of a campaign whose organisation it takes, with files of each kind. */
	async function campaignMaterial(title = 'Reste en sécurité') {
		await ensureCountries('FR')
		const campaign = await insertCampaign({
			countryCode: 'FR',
			originalLang: 'fr',
			organisation: 'e-Enfance',
			organisationContact: 'https://www.e-enfance.example.org/',
			channels: [],
			audiences: ['parents-carers'],
			risks: ['grooming'],
			translations: [{ lang: 'fr', title: 'Parlons-en', summary: 'Une campagne.' }],
		})
		return createMaterial({
			countryCode: 'FR',
			campaignId: campaign.id,
			versions: [{ lang: 'fr', title }],
		})
	}

	const EN = '“Reste en sécurité” by e-Enfance (France), CC BY 4.0.'
	const FR = '« Reste en sécurité » par e-Enfance (France), CC BY 4.0.'
	const AR = '«Reste en sécurité» من إعداد e-Enfance (فرنسا)، CC BY 4.0.'

	test('the plain download of a PNG: the credit in its text chunks, its pixels untouched', async () => {
		const material = await campaignMaterial()
		const { bytes, file } = await attachPng(material.versions[0]!.id)
		const { outcome, response, bytes: png } = await plain(file.id, '?ui=ar')
		expect(outcome).toBe('ok')
		expect(response.headers.get('content-type')).toBe('image/png')
		expect(response.headers.get('content-disposition')).toContain(
			'reste-en-s%C3%A9curit%C3%A9-fr.png',
		)
		const { texts } = itxtChunks(png)
		expect(texts.Copyright).toContain(AR)
		expect(texts.Author).toBe('e-Enfance (فرنسا)')
		expect(texts.Description).toContain(EN)
		expect(texts.Description).toContain(FR)
		const decode = (b: Buffer) => sharp(b).raw().toBuffer({ resolveWithObject: true })
		const [original, downloaded] = await Promise.all([decode(bytes), decode(png)])
		expect(downloaded.data.equals(original.data)).toBe(true)
		expect(await downloadCount(material.versions[0]!.id)).toBe(1)
		// Another language is another file, made once and then streamed.
		const english = await plain(file.id, '?ui=en')
		expect(itxtChunks(english.bytes).texts.Copyright).toContain(EN)
		expect(english.response.headers.get('etag')).not.toBe(response.headers.get('etag'))
		expect(
			await db.conversion.count({ where: { assetId: file.assetId, format: 'original' } }),
		).toBe(2)
	})

	test.each([
		[
			'JPEG',
			'image/jpeg',
			'jpg',
			() =>
				sharp({ create: { width: 48, height: 64, channels: 3, background: '#0b4f8a' } })
					.jpeg({ quality: 85 })
					.toBuffer(),
		],
		[
			'WebP',
			'image/webp',
			'webp',
			() =>
				sharp({ create: { width: 48, height: 64, channels: 3, background: '#0b4f8a' } })
					.webp({ quality: 85 })
					.toBuffer(),
		],
	] as const)(
		'the plain download of a %s: the credit in its XMP, its image data copied as it is',
		async (_, mediaType, extension, make) => {
			const material = await campaignMaterial()
			const bytes = await make()
			const file = await attachFile({
				versionId: material.versions[0]!.id,
				bytes,
				mediaType,
				role: 'primary',
				width: 48,
				height: 64,
			})
			const { outcome, response, bytes: credited } = await plain(file.id, '?ui=ar')
			expect(outcome).toBe('ok')
			expect(response.headers.get('content-type')).toBe(mediaType)
			expect(response.headers.get('content-disposition')).toContain(`-fr.${extension}`)
			const xmp = await xmpOf(credited)
			expect(xmp).toContain(`<rdf:li xml:lang="x-default">${AR.replace(/«/g, '«')}`)
			expect(xmp).toContain(EN)
			expect(xmp).toContain('<cc:attributionName>e-Enfance (فرنسا)</cc:attributionName>')
			const decode = (b: Buffer) => sharp(b).raw().toBuffer({ resolveWithObject: true })
			const [original, downloaded] = await Promise.all([decode(bytes), decode(credited)])
			expect(downloaded.data.equals(original.data)).toBe(true)
			// The other formats name the organisation too.
			const png = await download(file.id, 'png', '?ui=fr')
			expect(itxtChunks(png.bytes).texts.Copyright).toContain(FR)
			const webp = await download(file.id, 'webp', '?ui=fr')
			expect(await xmpOf(webp.bytes)).toContain(FR)
		},
	)

	test.each([
		['en', EN],
		['fr', FR],
		['ar', AR],
	] as const)(
		'the A4 PDF prints the credit with the organisation as text (%s)',
		async (lang, sentence) => {
			const material = await campaignMaterial()
			const { file } = await attachPng(material.versions[0]!.id)
			const { bytes } = await download(file.id, 'pdf-a4', `?ui=${lang}`)
			const text = pdfText(bytes)
			if (lang === 'ar') {
				// Poppler puts the Latin runs of a right-to-left line where they
				// stand on the line; every phrase reads in its own order.
				for (const part of ['Reste en sécurité', 'من إعداد', 'e-Enfance', 'فرنسا', 'CC BY 4.0'])
					expect(text).toContain(part)
			} else {
				expect(text).toContain(sentence)
			}
			expect(text).toContain(`/${lang}/materials/${material.id}`)
			const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
			expect(pdf.getSubject()).toContain(sentence)
		},
	)

	test('an uploaded PDF gets a credit page at its end; its own pages are untouched', async () => {
		const material = await campaignMaterial()
		const source = await PDFDocument.create()
		const font = await source.embedFont(StandardFonts.Helvetica)
		for (const words of ['Page one of the leaflet', 'Page two of the leaflet'])
			source.addPage([420, 595]).drawText(words, { x: 40, y: 500, size: 14, font })
		const original = Buffer.from(await source.save())
		const file = await attachFile({
			versionId: material.versions[0]!.id,
			bytes: original,
			mediaType: 'application/pdf',
			role: 'primary',
		})
		const { outcome, response, bytes } = await plain(file.id, '?ui=ar')
		expect(outcome).toBe('ok')
		expect(response.headers.get('content-type')).toBe('application/pdf')
		expect(response.headers.get('content-disposition')).toContain(
			'reste-en-s%C3%A9curit%C3%A9-fr.pdf',
		)
		const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
		expect(pdf.getPageCount()).toBe(3)
		// The credit page is the size of the last page.
		expect(pdf.getPage(2).getSize()).toEqual({ width: 420, height: 595 })
		expect(pdf.getAuthor()).toBe('e-Enfance (فرنسا)')
		expect(pdf.getSubject()).toContain(AR)
		const pages = poppler('pdftotext', bytes).split('\f')
		expect(pages[0]).toContain('Page one of the leaflet')
		expect(pages[1]).toContain('Page two of the leaflet')
		const credit = pages[2]!.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ')
		for (const part of ['اذكر المصدر', 'Reste en sécurité', 'من إعداد', 'e-Enfance', 'فرنسا'])
			expect(credit).toContain(part)
		// Then the credit in the other UI languages.
		expect(credit).toContain(EN)
		expect(credit).toContain(FR)
		expect(credit).toContain(`/ar/materials/${material.id}`)
	})

	test('a text file ends with the credit; a video is named with it, its bytes as stored', async () => {
		const material = await campaignMaterial()
		const versionId = material.versions[0]!.id
		const text = await attachFile({
			versionId,
			bytes: new TextEncoder().encode('Parle à tes parents.\nIls sont là.\n'),
			mediaType: 'text/plain',
			role: 'primary',
		})
		const downloaded = await plain(text.id, '?ui=fr')
		expect(downloaded.bytes.toString('utf8')).toBe(
			`Parle à tes parents.\nIls sont là.\n\n—\n${FR} https://creativecommons.org/licenses/by/4.0/\nhttp://localhost:3000/fr/materials/${material.id}\n`.replace(
				'http://localhost:3000',
				appOrigin(),
			),
		)
		const video = Buffer.from('not really a video, served as it is stored')
		const file = await attachFile({
			versionId,
			bytes: video,
			mediaType: 'video/mp4',
			role: 'primary',
		})
		const { response, bytes } = await plain(file.id, '?ui=fr')
		expect(bytes.equals(video)).toBe(true)
		expect(response.headers.get('content-disposition')).toContain(
			'reste-en-s%C3%A9curit%C3%A9-fr-e-enfance-france-cc-by-4-0.mp4',
		)
	})

	test.each([
		[
			'DOCX',
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'docx',
			'docProps/core.xml',
		],
		['ODT', 'application/vnd.oasis.opendocument.text', 'odt', 'meta.xml'],
	] as const)(
		'an office document (%s): the credit in its properties and its name, its content as stored',
		async (_, mediaType, extension, properties) => {
			const material = await campaignMaterial()
			const xml = '<?xml version="1.0" encoding="UTF-8"?>'
			const parts: Record<string, string> =
				extension === 'docx'
					? {
							'[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
							'_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
							'docProps/core.xml': `${xml}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>`,
							'word/document.xml': `${xml}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Parle à tes parents.</w:t></w:r></w:p></w:body></w:document>`,
						}
					: {
							mimetype: mediaType,
							'META-INF/manifest.xml': `${xml}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mediaType}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
							'meta.xml': `${xml}<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"><office:meta/></office:document-meta>`,
							'content.xml': `${xml}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text><text:p>Parle à tes parents.</text:p></office:text></office:body></office:document-content>`,
						}
			const stored = zipSync(
				Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])),
			)
			const file = await attachFile({
				versionId: material.versions[0]!.id,
				bytes: stored,
				mediaType,
				role: 'primary',
			})
			const { outcome, response, bytes } = await plain(file.id, '?ui=fr')
			expect(outcome).toBe('ok')
			expect(response.headers.get('content-type')).toBe(mediaType)
			expect(response.headers.get('content-disposition')).toContain(
				`reste-en-s%C3%A9curit%C3%A9-fr-e-enfance-france-cc-by-4-0.${extension}`,
			)
			const entries = unzipSync(new Uint8Array(bytes))
			expect(Object.keys(entries).sort()).toEqual(Object.keys(parts).sort())
			const props = new TextDecoder().decode(entries[properties])
			expect(props).toContain('Reste en sécurité')
			expect(props).toContain('e-Enfance (France)')
			expect(props).toContain(FR.replace(/’/g, '’'))
			expect(props).toContain(EN)
			// Everything else is the stored document's, byte for byte.
			for (const [name, text] of Object.entries(parts))
				if (name !== properties) expect(new TextDecoder().decode(entries[name]), name).toBe(text)
		},
	)

	test('the zip’s README names the organisation and its contact, in every UI language', async () => {
		const material = await campaignMaterial()
		await attachPng(material.versions[0]!.id)
		const response = (await zipLoader({
			request: new Request('http://x/?ui=fr'),
			params: { id: material.id },
			context: {},
		})) as Response
		const entries = unzipSync(new Uint8Array(await response.arrayBuffer()))
		const readme = new TextDecoder().decode(entries['README.txt'])
		expect(readme).toContain('Ressource partagée par e-Enfance (France)')
		expect(readme).toContain('https://www.e-enfance.example.org/')
		for (const sentence of [EN, FR, AR]) expect(readme).toContain(sentence)
		// The poster in it is the plain download's: credited in the reader's language.
		const poster = Object.entries(entries).find(([name]) => name.endsWith('.png'))!
		expect(itxtChunks(Buffer.from(poster[1])).texts.Copyright).toContain(FR)
	})
})

describe('print-ready posters', () => {
	/** A French poster whose file is its template's rendering, as an adaptation's is. */
	async function templatePoster() {
		const contributor = await createUser('contributor', { country: 'FR' })
		const material = await createMaterial({
			countryCode: 'FR',
			status: 'draft',
			publishedAt: null,
			organisation: 'e-Enfance',
			versions: [{ lang: 'fr', title: 'Parle-moi' }],
		})
		const version = material.versions[0]!
		const background = await sharp({
			create: { width: 600, height: 848, channels: 3, background: '#f2e6c9' },
		})
			.png()
			.toBuffer()
		const asset = await storeImageAsset(
			{ bytes: background },
			{ mediaType: 'image/png', width: 600, height: 848 },
		)
		await insertTemplate(version.id, {
			backgroundId: asset.id,
			slots: [
				{
					id: 'title',
					kind: 'text',
					x: 40,
					y: 60,
					width: 520,
					height: 160,
					fontSize: 64,
					color: '#1b2430',
					align: 'center',
					weight: 'bold',
				},
			],
			texts: { title: 'Parle-moi avant de partager' },
		})
		const rendered = await refreshRenderedPoster(contributor, {
			materialId: material.id,
			countryCode: 'FR',
			versionId: version.id,
			lang: 'fr',
		})
		expect(rendered).toEqual({ ok: true, rendered: true })
		const file = await db.versionFile.findFirstOrThrow({
			where: { versionId: version.id, role: 'primary', rendered: true },
		})
		return { contributor, material, file }
	}

	test.each([
		['pdf-a4', 2480],
		['pdf-a3', 3508],
	] as const)(
		'%s of a template’s poster: rendered again at 300 ppi, the credit as text',
		async (format, minWidth) => {
			const { contributor, file } = await templatePoster()
			const { outcome, response, bytes } = await download(file.id, format, '?ui=en', {
				cookie: contributor.cookie,
			})
			expect(outcome).toBe('ok')
			// Print quality: its name says nothing of a low resolution.
			expect(response.headers.get('content-disposition')).toMatch(/parle-moi-fr-A[34]\.pdf/)
			const images = pdfImages(bytes)
			expect(images).toHaveLength(1)
			expect(images[0]!.width).toBeGreaterThanOrEqual(minWidth)
			// The stored 600 px poster, and what the PDF holds: the same poster.
			expect(images[0]!.height / images[0]!.width).toBeCloseTo(848 / 600, 2)
			expect(pdfText(bytes)).toContain('“Parle-moi” by e-Enfance (France), CC BY 4.0.')
			// The conversion is stored under a variant of its own: made once.
			const again = await download(file.id, format, '?ui=en', { cookie: contributor.cookie })
			expect(again.bytes.equals(bytes)).toBe(true)
			expect(await db.conversion.count({ where: { assetId: file.assetId, format } })).toBe(1)
		},
		60_000,
	)

	test('a poster whose version has a template but whose file was uploaded prints from its own pixels', async () => {
		const { contributor, material } = await templatePoster()
		const { file } = await attachPng(material.versions[0]!.id)
		const { bytes } = await download(file.id, 'pdf-a4', '?ui=en', { cookie: contributor.cookie })
		expect(pdfImages(bytes)).toEqual([{ width: 64, height: 90 }])
	})
})
