import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { unzipSync } from 'fflate'
import { PDFDict, PDFDocument, PDFName, type PDFNumber, type PDFStream } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { pdfFooterWidthPx } from '#app/media/poster-render.server.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import { loader as formatLoader } from '#app/routes/download.$fileId_.$format.ts'
import { loader as zipLoader } from '#app/routes/download.materials.$id.zip.ts'
import { db } from '#app/utils/db.server.ts'
import { attachPng, createMaterial, createUser } from '#tests/factories.ts'
import { call, type CallOptions } from '#tests/support/routes.ts'

/**
 * Downloads of an image material in other formats (PNG, WebP, PDF A4 and
 * A3) carry the material's credit, in the reader's UI language; the zip's
 * README carries it in every UI language.
 */

async function download(fileId: string, format: string, query = '', options: CallOptions = {}) {
	const { outcome, result } = await call(formatLoader, `/download/${fileId}/${format}${query}`, {
		params: { fileId, format },
		...options,
	})
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
		'%s: the paper size, the credit printed under the poster and in the metadata',
		async (format, paper, width, height) => {
			const { file } = await frenchPoster()
			const { outcome, response, bytes } = await download(file.id, format, '?ui=en')
			expect(outcome).toBe('ok')
			expect(response.headers.get('content-type')).toBe('application/pdf')
			expect(response.headers.get('content-disposition')).toContain(
				`reste-en-s%C3%A9curit%C3%A9-fr-${paper}.pdf`,
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

			// Two images: the poster, whole, and the credit strip as wide as the page inside its margins.
			const images = pageImages(pdf)
			expect(images).toHaveLength(2)
			expect(images).toContainEqual({ width: 64, height: 90 })
			expect(images.map((i) => i.width)).toContain(pdfFooterWidthPx(paper))

			// Poppler sees the same.
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attributed-'))
			try {
				fs.writeFileSync(path.join(dir, 'poster.pdf'), bytes)
				const list = execFileSync('pdfimages', ['-list', path.join(dir, 'poster.pdf')], {
					encoding: 'utf8',
				})
				const rows = list.trim().split('\n').slice(2)
				expect(rows).toHaveLength(2)
				expect(rows.every((row) => /\bimage\b/.test(row))).toBe(true)
			} finally {
				fs.rmSync(dir, { recursive: true, force: true })
			}
		},
	)

	test('an Arabic UI prints and records the Arabic sentence', async () => {
		const { file } = await frenchPoster()
		const pdf = await PDFDocument.load((await download(file.id, 'pdf-a4', '?ui=ar')).bytes, {
			updateMetadata: false,
		})
		expect(pdf.getSubject()).toContain('«Reste en sécurité» من إعداد فرنسا، CC BY 4.0.')
		expect(pdf.getAuthor()).toBe('فرنسا')
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
