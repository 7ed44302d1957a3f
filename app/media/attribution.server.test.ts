import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { UI_LANGUAGES } from '#app/domain/languages.ts'
import {
	attributionInAllLanguages,
	attributionLines,
	jpegWithXmp,
	pngWithText,
	webpWithXmp,
	xmpPacket,
	type AttributionInput,
} from './attribution.server.ts'

// The CRC-32 of the PNG specification (annex D), written out here so the
// test does not check zlib.crc32 against itself.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
	return c >>> 0
})
function crc(bytes: Uint8Array) {
	let c = 0xffffffff
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8)
	return (c ^ 0xffffffff) >>> 0
}

type Chunk = { type: string; data: Buffer; crcOk: boolean }

function chunksOf(png: Buffer): Chunk[] {
	const chunks: Chunk[] = []
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at)
		const type = png.toString('latin1', at + 4, at + 8)
		const data = png.subarray(at + 8, at + 8 + length)
		const crcOk = png.readUInt32BE(at + 8 + length) === crc(png.subarray(at + 4, at + 8 + length))
		chunks.push({ type, data, crcOk })
		at += 12 + length
	}
	return chunks
}

/** iTXt chunks by keyword: text, compression flag, language tag. */
function itxt(png: Buffer) {
	const out: Record<string, { text: string; compressed: number; lang: string }> = {}
	for (const { type, data } of chunksOf(png)) {
		if (type !== 'iTXt') continue
		const k = data.indexOf(0)
		const compressed = data[k + 1]!
		const langEnd = data.indexOf(0, k + 3)
		const translatedEnd = data.indexOf(0, langEnd + 1)
		out[data.toString('latin1', 0, k)] = {
			compressed,
			lang: data.toString('latin1', k + 3, langEnd),
			text: data.subarray(translatedEnd + 1).toString('utf8'),
		}
	}
	return out
}

const image = () =>
	sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a6ea5' } })
		.png()
		.toBuffer()

/** Of the lines in every UI language (in UI_LANGUAGES' order), the English, French and Arabic ones. */
function inEnglishFrenchArabic<T>(lines: T[]) {
	expect(lines).toHaveLength(UI_LANGUAGES.length)
	return (['en', 'fr', 'ar'] as const).map((lang) => lines[UI_LANGUAGES.indexOf(lang)])
}

describe('pngWithText', () => {
	test('adds uncompressed UTF-8 iTXt chunks right after IHDR, with valid CRCs', async () => {
		const png = await image()
		const entries = {
			Title: 'ملصق «ابقَ آمنًا»',
			Author: 'France',
			Copyright: '« Affiche » par France, CC BY 4.0. https://creativecommons.org/licenses/by/4.0/',
			Description: 'Line one\nالسطر الثاني',
		}
		const out = pngWithText(png, entries)
		const chunks = chunksOf(out)
		expect(chunks.map((c) => c.type).slice(0, 5)).toEqual(['IHDR', 'iTXt', 'iTXt', 'iTXt', 'iTXt'])
		expect(chunks.at(-1)!.type).toBe('IEND')
		expect(chunks.every((c) => c.crcOk)).toBe(true)
		const texts = itxt(out)
		expect(Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.text]))).toEqual(entries)
		expect(Object.values(texts).every((v) => v.compressed === 0)).toBe(true)

		// Still a PNG that decodes to the same pixels, and libvips reads the text.
		const decode = (b: Buffer) => sharp(b, { failOn: 'warning' }).raw().toBuffer()
		const [before, after] = await Promise.all([decode(png), decode(out)])
		expect(after.equals(before)).toBe(true)
		const { comments } = await sharp(out).metadata()
		expect(comments).toContainEqual({ keyword: 'Title', text: entries.Title })
	})

	test('replaces text chunks of the same keyword, keeps others, and tags the language', async () => {
		const once = pngWithText(await image(), { Title: 'Old', Software: 'kept' })
		const twice = pngWithText(once, { Title: 'جديد' }, { lang: 'ar' })
		const texts = itxt(twice)
		expect(texts.Title).toEqual({ text: 'جديد', compressed: 0, lang: 'ar' })
		expect(texts.Software?.text).toBe('kept')
		expect(chunksOf(twice).filter((c) => c.type === 'iTXt')).toHaveLength(2)
	})

	test('refuses bytes that are not a PNG, and keywords the specification does not allow', async () => {
		const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
			.jpeg()
			.toBuffer()
		expect(() => pngWithText(jpeg, { Title: 'x' })).toThrow(/Not a PNG/)
		expect(() => pngWithText(Buffer.from('not an image'), { Title: 'x' })).toThrow(/Not a PNG/)
		const png = await image()
		expect(() => pngWithText(png.subarray(0, png.length - 20), { Title: 'x' })).toThrow(/Not a PNG/)
		for (const keyword of ['', ' Title', 'Ti  tle', 'x'.repeat(80), 'Tit\u0000le', 'عنوان']) {
			expect(() => pngWithText(png, { [keyword]: 'x' })).toThrow(/keyword/)
		}
	})
})

const input: AttributionInput = {
	title: 'Stay safe online',
	countryCode: 'FR',
	licence: 'cc-by-4.0',
	adaptedFrom: null,
}

describe('attribution lines', () => {
	test('the material page’s sentence in each UI language', () => {
		const [en, fr, ar] = inEnglishFrenchArabic(attributionInAllLanguages(input))
		expect(en!.line).toBe('“Stay safe online” by France, CC BY 4.0.')
		expect(fr!.line).toBe('« Stay safe online » par France, CC BY 4.0.')
		expect(ar!.line).toBe('«Stay safe online» من إعداد فرنسا، CC BY 4.0.')
		expect(ar!.dir).toBe('rtl')
		expect(en!.lineWithUrl).toBe(`${en!.line} https://creativecommons.org/licenses/by/4.0/`)
	})

	test('an adaptation names its source; a public-domain material still says where it came from', () => {
		const adapted = { ...input, adaptedFrom: { title: 'Affiche', countryCode: 'BE' } }
		expect(attributionLines(adapted, 'en').line).toBe(
			'“Stay safe online” by France, CC BY 4.0, adapted from “Affiche” by Belgium.',
		)
		const cc0 = attributionLines({ ...input, licence: 'cc0-1.0' }, 'en')
		expect(cc0.needsAttribution).toBe(false)
		expect(cc0.line).toBe('Source: “Stay safe online” (France), CC0 (public domain).')
		expect(attributionLines({ ...adapted, licence: 'cc0-1.0' }, 'fr').line).toContain('Belgique')
		expect(attributionLines({ ...input, licence: 'all-rights-reserved' }, 'en').lineWithUrl).toBe(
			'“Stay safe online” by France, All rights reserved.',
		)
	})

	test('the producing organisation is named with its country, the source’s too', () => {
		const made = { ...input, organisation: 'e-Enfance' }
		const [en, fr, ar] = inEnglishFrenchArabic(attributionInAllLanguages(made))
		expect(en!.line).toBe('“Stay safe online” by e-Enfance (France), CC BY 4.0.')
		expect(fr!.line).toBe('« Stay safe online » par e-Enfance (France), CC BY 4.0.')
		expect(ar!.line).toBe('«Stay safe online» من إعداد e-Enfance (فرنسا)، CC BY 4.0.')
		expect(en!.owner).toBe('e-Enfance (France)')
		const adapted = {
			...made,
			adaptedFrom: { title: 'Affiche', countryCode: 'BE', organisation: 'Centre Vigilance' },
		}
		expect(attributionLines(adapted, 'en').line).toBe(
			'“Stay safe online” by e-Enfance (France), CC BY 4.0, adapted from “Affiche” by Centre Vigilance (Belgium).',
		)
		expect(attributionLines({ ...made, licence: 'cc0-1.0' }, 'en').line).toBe(
			'Source: “Stay safe online” (e-Enfance, France), CC0 (public domain).',
		)
	})
})

describe('xmpPacket', () => {
	test('well-formed and escaped, with the licence and the credit', () => {
		const xml = xmpPacket({
			title: 'Fish & <chips> "quoted"',
			titleLang: 'en',
			creator: 'France',
			rights: [
				{ lang: 'fr', text: '« A » par France' },
				{ lang: 'ar', text: '«A» من إعداد فرنسا' },
			],
			licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
			attributionName: 'France',
			attributionUrl: 'https://example.org/fr/materials/a?b=1&c=2',
			marked: true,
		})
		expect(xml.startsWith('<?xpacket begin="\uFEFF"')).toBe(true)
		expect(xml.endsWith('<?xpacket end="r"?>')).toBe(true)
		expect(xml).toContain('Fish &amp; &lt;chips&gt; &quot;quoted&quot;')
		expect(xml).toContain('<rdf:li xml:lang="x-default">« A » par France</rdf:li>')
		expect(xml).toContain('<rdf:li xml:lang="ar">«A» من إعداد فرنسا</rdf:li>')
		expect(xml).toContain(
			'<xmpRights:WebStatement>https://creativecommons.org/licenses/by/4.0/</xmpRights:WebStatement>',
		)
		expect(xml).toContain(
			'<cc:license rdf:resource="https://creativecommons.org/licenses/by/4.0/"/>',
		)
		expect(xml).toContain('?b=1&amp;c=2')
		// No raw markup characters outside tags: every < starts a tag or processing instruction.
		expect(xml.replace(/<[?/]?[a-zA-Z][^<>]*>/g, '')).not.toMatch(/[<>]/)
	})

	test('sharp writes it into a WebP', async () => {
		const xml = xmpPacket({
			title: 'ملصق',
			creator: 'فرنسا',
			rights: [{ lang: 'ar', text: '«ملصق» من إعداد فرنسا، CC BY 4.0.' }],
			licenceUrl: null,
			attributionName: 'فرنسا',
		})
		const webp = await sharp(await image())
			.webp()
			.withXmp(xml)
			.toBuffer()
		expect((await sharp(webp).metadata()).xmp?.toString('utf8')).toContain(
			'«ملصق» من إعداد فرنسا، CC BY 4.0.',
		)
		expect(xml).not.toContain('WebStatement')
	})
})

describe('jpegWithXmp and webpWithXmp', () => {
	const xmp = xmpPacket({
		title: 'ابقَ آمنًا',
		titleLang: 'ar',
		creator: 'e-Enfance (فرنسا)',
		rights: [{ lang: 'ar', text: '«ابقَ آمنًا» من إعداد e-Enfance (فرنسا)، CC BY 4.0.' }],
		licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
		attributionName: 'e-Enfance (فرنسا)',
	})
	const decode = (b: Buffer) => sharp(b).raw().toBuffer({ resolveWithObject: true })

	test('a JPEG gets the packet first, or after its JFIF header; its image data is copied byte for byte', async () => {
		const bare = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c04' } })
			.jpeg({ quality: 80 })
			.toBuffer()
		// JFIF 1.01, no thumbnail, as many encoders write it.
		const jfifSegment = Buffer.from('ffe000104a46494600010100000100010000', 'hex')
		const jfif = Buffer.concat([bare.subarray(0, 2), jfifSegment, bare.subarray(2)])
		for (const [jpeg, headerLength] of [
			[bare, 0],
			[jfif, jfifSegment.length],
		] as const) {
			const credited = jpegWithXmp(jpeg, xmp)
			const metadata = await sharp(credited).metadata()
			expect(metadata.xmp!.toString('utf8')).toBe(xmp)
			const app1 = 2 + headerLength
			expect(credited.subarray(0, app1).equals(jpeg.subarray(0, app1))).toBe(true)
			expect(credited.readUInt16BE(app1)).toBe(0xffe1)
			// Everything after the packet is the original's, byte for byte.
			const afterPacket = app1 + 2 + credited.readUInt16BE(app1 + 2)
			expect(credited.subarray(afterPacket).equals(jpeg.subarray(app1))).toBe(true)
			const [a, b] = await Promise.all([decode(jpeg), decode(credited)])
			expect(b.data.equals(a.data)).toBe(true)
			// Written twice, the file still holds one packet: the newer.
			const again = jpegWithXmp(credited, xmp.replace('e-Enfance', 'Autre'))
			expect(again.toString('latin1').split('http://ns.adobe.com/xap/1.0/\0').length).toBe(2)
			expect((await sharp(again).metadata()).xmp!.toString('utf8')).toContain('Autre')
		}
	})

	test.each([
		['lossy', { quality: 80 }, false],
		['lossless', { lossless: true }, false],
		['lossless with alpha', { lossless: true }, true],
		['lossy with alpha', { quality: 80 }, true],
	] as const)('a %s WebP gets an XMP chunk, its pixels unchanged', async (_, options, alpha) => {
		const webp = await sharp({
			create: {
				width: 37,
				height: 21,
				channels: alpha ? 4 : 3,
				background: alpha ? { r: 200, g: 0, b: 40, alpha: 0.5 } : '#c04',
			},
		})
			.webp(options)
			.toBuffer()
		const credited = webpWithXmp(webp, xmp)
		expect(credited.toString('latin1', 12, 16)).toBe('VP8X')
		expect(credited.readUInt32LE(4)).toBe(credited.length - 8)
		const metadata = await sharp(credited).metadata()
		expect([metadata.width, metadata.height, metadata.hasAlpha]).toEqual([37, 21, alpha])
		expect(metadata.xmp!.toString('utf8')).toBe(xmp)
		const [a, b] = await Promise.all([decode(webp), decode(credited)])
		expect(b.info).toEqual(a.info)
		expect(b.data.equals(a.data)).toBe(true)
		// Written again, one XMP chunk.
		const again = webpWithXmp(credited, xmp)
		expect(again.toString('latin1').split('XMP ').length).toBe(2)
	})

	test('bytes of another kind are refused', async () => {
		const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
			.png()
			.toBuffer()
		expect(() => jpegWithXmp(png, xmp)).toThrow(/Not a JPEG/)
		expect(() => webpWithXmp(png, xmp)).toThrow(/Not a WebP/)
		expect(() => webpWithXmp(Buffer.from('RIFF\x10\0\0\0WEBPVP8 \x02\0\0\0xx'), xmp)).toThrow(
			/Not a WebP/,
		)
	})
})
