import exifReader from 'exif-reader'
import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { AUTHOR, withXmp } from '#tests/fixtures/hostile-documents.ts'
import {
	InvalidImage,
	stripImageMetadata,
	stripJpegMetadata,
	stripPngMetadata,
} from './image-metadata.ts'
import { crc32 } from './zip.server.ts'

// Pictures made here by sharp, with what a phone or an editor writes into
// them; what must come out is the same pixels without any of it.

function gradient(width: number, height: number) {
	const pixels = Buffer.alloc(width * height * 3)
	for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7) % 256
	return sharp(pixels, { raw: { width, height, channels: 3 } })
}

async function gpsJpeg() {
	return gradient(64, 48)
		.jpeg({ quality: 85 })
		.withIccProfile('srgb')
		.withExif({
			IFD0: { Artist: AUTHOR },
			IFD3: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '48/1 51/1 2400/100',
				GPSLongitudeRef: 'E',
				GPSLongitude: '2/1 21/1 300/100',
			},
		})
		.toBuffer()
}

function segment(marker: number, payload: Buffer) {
	const header = Buffer.from([0xff, marker, 0, 0])
	header.writeUInt16BE(payload.length + 2, 2)
	return Buffer.concat([header, payload])
}

/** The APPn and COM markers of a JPEG, in order, up to its first scan. */
function markersOf(jpeg: Buffer) {
	const markers: string[] = []
	for (let at = 2; at + 4 <= jpeg.length;) {
		const marker = jpeg[at + 1]!
		if (marker === 0xda) break
		const label = jpeg.toString('latin1', at + 4, at + 9).replace(/\0.*/, '')
		if ((marker >= 0xe0 && marker <= 0xef) || marker === 0xfe)
			markers.push(`${marker.toString(16)}:${label}`)
		at += 2 + jpeg.readUInt16BE(at + 2)
	}
	return markers
}

async function pixels(image: Buffer) {
	return sharp(image).raw().toBuffer()
}

describe('stripJpegMetadata', () => {
	test('drops EXIF with GPS, XMP, comments and what follows the image; keeps the ICC profile and the pixels', async () => {
		const original = await gpsJpeg()
		const comment = segment(0xfe, Buffer.from(`Taken by ${AUTHOR}`))
		const loaded = Buffer.concat([
			withXmp(Buffer.concat([original.subarray(0, 2), comment, original.subarray(2)])),
			Buffer.from('<html><script>alert(1)</script></html>'),
		])
		expect(exifReader((await sharp(loaded).metadata()).exif!).GPSInfo).toBeDefined()
		expect(markersOf(loaded)).toEqual(
			expect.arrayContaining(['e1:http:', 'fe:Taken', 'e1:Exif', 'e2:ICC_P']),
		)

		const { bytes, changed } = stripJpegMetadata(loaded)
		expect(changed).toBe(true)
		expect(markersOf(bytes)).toEqual(['e2:ICC_P'])
		for (const secret of [AUTHOR, 'Exif\0\0', 'x:xmpmeta', '<script'])
			expect(bytes.includes(secret), secret).toBe(false)
		const meta = await sharp(bytes).metadata()
		expect(meta.exif).toBeUndefined()
		expect(meta.xmp).toBeUndefined()
		expect(meta.icc).toBeDefined()
		expect((await pixels(bytes)).equals(await pixels(original))).toBe(true)
		// Ends at its end-of-image marker.
		expect([...bytes.subarray(-2)]).toEqual([0xff, 0xd9])
	})

	test('keeps the Adobe marker a CMYK JPEG needs for its colours', async () => {
		const cmyk = await gradient(32, 32).toColourspace('cmyk').jpeg().toBuffer()
		const loaded = withXmp(cmyk)
		const { bytes } = stripJpegMetadata(loaded)
		expect(markersOf(bytes)).toContain('ee:Adobe')
		expect(markersOf(bytes).some((m) => m.startsWith('e1:'))).toBe(false)
		expect((await pixels(bytes)).equals(await pixels(cmyk))).toBe(true)
	})

	test('leaves a clean JPEG as it is, keeps a truncated one, refuses broken headers', async () => {
		const clean = await gradient(32, 32).jpeg().toBuffer()
		expect(stripJpegMetadata(clean)).toEqual({ bytes: clean, changed: false })

		const truncated = withXmp(clean).subarray(0, Math.floor(clean.length * 0.8) + 600)
		const { bytes } = stripJpegMetadata(truncated)
		expect(bytes.includes('x:xmpmeta')).toBe(false)
		expect(bytes.length).toBe(truncated.length - (withXmp(clean).length - clean.length))

		const broken = Buffer.from(clean)
		broken.writeUInt16BE(0xfff0, 4) // the first segment's length, past the end
		expect(() => stripJpegMetadata(broken)).toThrow(InvalidImage)
		expect(() => stripJpegMetadata(Buffer.from('not a jpeg'))).toThrow(InvalidImage)
	})
})

function pngChunk(type: string, data: Buffer) {
	const length = Buffer.alloc(4)
	length.writeUInt32BE(data.length)
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
	const crc = Buffer.alloc(4)
	crc.writeUInt32BE(crc32(body))
	return Buffer.concat([length, body, crc])
}

describe('stripPngMetadata', () => {
	test('drops text, XMP, EXIF and time chunks and what follows IEND; keeps colour chunks and pixels', async () => {
		const original = await gradient(40, 30)
			.png()
			.withIccProfile('srgb')
			.withExif({ IFD0: { Artist: AUTHOR } })
			.toBuffer()
		const iend = original.length - 12
		const loaded = Buffer.concat([
			original.subarray(0, 33),
			pngChunk('tEXt', Buffer.from(`Author\0${AUTHOR}`, 'latin1')),
			pngChunk('iTXt', Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>${AUTHOR}</x:xmpmeta>`)),
			pngChunk('tIME', Buffer.from([0x07, 0xe4, 1, 1, 0, 0, 0])),
			original.subarray(33, iend),
			original.subarray(iend),
			Buffer.from('<script>alert(1)</script>'),
		])
		expect(loaded.includes(AUTHOR)).toBe(true)

		const { bytes, changed } = stripPngMetadata(loaded)
		expect(changed).toBe(true)
		expect(bytes.includes(AUTHOR)).toBe(false)
		expect(bytes.includes('<script')).toBe(false)
		for (const type of ['tEXt', 'iTXt', 'tIME', 'eXIf'])
			expect(bytes.includes(type), type).toBe(false)
		expect(bytes.includes('iCCP')).toBe(true)
		expect((await sharp(bytes).metadata()).exif).toBeUndefined()
		expect((await pixels(bytes)).equals(await pixels(original))).toBe(true)
	})

	test('leaves a clean PNG as it is and refuses a broken one', async () => {
		const clean = await gradient(8, 8).png().toBuffer()
		expect(stripPngMetadata(clean)).toEqual({ bytes: clean, changed: false })
		expect(() => stripPngMetadata(clean.subarray(0, 40))).toThrow(InvalidImage)
	})
})

test('stripImageMetadata picks the format by the first bytes and leaves other files alone', async () => {
	const jpeg = withXmp(await gradient(8, 8).jpeg().toBuffer())
	expect(stripImageMetadata(jpeg).changed).toBe(true)
	const other = Buffer.from('GIF89a and something')
	expect(stripImageMetadata(other)).toEqual({ bytes: other, changed: false })
})
