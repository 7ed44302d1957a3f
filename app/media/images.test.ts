import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import exifReader from 'exif-reader'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
	ImageRefusedError,
	MAX_INPUT_PIXELS,
	inspectImage,
	renderRenditions,
	renditionWidthsFor,
	sanitizeImage,
	sanitizeWithRenditions,
	srcSetFor,
	type Rendition,
} from './images.server.ts'

// Every image here is made by sharp in the test (no fixture files), with the
// metadata a phone photo carries: the point is that none of it comes out.

let dir: string
beforeAll(async () => {
	dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'images-test-'))
})
afterAll(async () => {
	await fsp.rm(dir, { recursive: true, force: true })
})

let fileCount = 0
async function write(bytes: Buffer, ext: string) {
	const file = path.join(dir, `in-${++fileCount}.${ext}`)
	await fsp.writeFile(file, bytes)
	return file
}
async function outDir() {
	return fsp.mkdtemp(path.join(dir, 'out-'))
}

function noise(width: number, height: number) {
	return sharp({
		create: {
			width,
			height,
			channels: 3,
			// Ignored with noise, but required by sharp's typings.
			background: '#000',
			noise: { type: 'gaussian', mean: 128, sigma: 40 },
		},
	})
}

function fill(width: number, height: number, [r, g, b]: readonly number[]) {
	return sharp({ create: { width, height, channels: 3, background: { r: r!, g: g!, b: b! } } })
}

function jpegSegment(marker: number, payload: Buffer) {
	const header = Buffer.from([0xff, marker, 0, 0])
	header.writeUInt16BE(payload.length + 2, 2)
	return Buffer.concat([header, payload])
}

/** An APP13 segment with one IPTC caption, as Photoshop and news desks write it. */
function iptcSegment(caption: string) {
	const text = Buffer.from(caption)
	const record = Buffer.concat([Buffer.from([0x1c, 2, 120, 0, text.length]), text])
	const size = Buffer.alloc(4)
	size.writeUInt32BE(record.length)
	const resource = Buffer.concat([
		Buffer.from('8BIM'),
		Buffer.from([4, 4, 0, 0]), // IPTC resource, empty name
		size,
		record,
		Buffer.alloc(record.length % 2),
	])
	return jpegSegment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]))
}

const SECRETS = {
	description: 'secret-description',
	xmp: 'secret-xmp-title',
	iptc: 'secret-iptc-caption',
	comment: 'secret-comment',
}
// The GPS IFD pointer tag (0x8825, LONG, count 1) in either byte order.
const GPS_POINTERS = [
	Buffer.from([0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00]),
	Buffer.from([0x88, 0x25, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01]),
]

/** A photo as a phone sends it: EXIF with a GPS position, XMP, IPTC and a comment. */
async function phonePhoto(width: number, height: number) {
	const jpeg = await noise(width, height)
		.jpeg({ quality: 90 })
		.withExif({
			IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', ImageDescription: SECRETS.description },
			IFD2: { DateTimeOriginal: '2024:05:01 16:20:00' },
			IFD3: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '51/1 30/1 2616/100',
				GPSLongitudeRef: 'W',
				GPSLongitude: '0/1 7/1 3996/100',
				GPSMapDatum: 'WGS-84',
			},
		})
		.withXmp(
			`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${SECRETS.xmp}</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>`,
		)
		.toBuffer()
	// sharp cannot write IPTC or comments: they go in right after SOI.
	return Buffer.concat([
		jpeg.subarray(0, 2),
		iptcSegment(SECRETS.iptc),
		jpegSegment(0xfe, Buffer.from(SECRETS.comment)),
		jpeg.subarray(2),
	])
}

/** What a file must not contain, checked on its metadata and on its raw bytes. */
async function expectNoMetadata(file: string) {
	const metadata = await sharp(file).metadata()
	expect(metadata.exif).toBeUndefined()
	expect(metadata.xmp).toBeUndefined()
	expect(metadata.iptc).toBeUndefined()
	expect(metadata.comments).toBeUndefined()
	expect(metadata.orientation).toBeUndefined()
	// No ICC profile at all: untagged pixels are sRGB.
	expect(metadata.hasProfile).toBe(false)
	if (metadata.exif) expect(exifReader(metadata.exif).GPSInfo).toBeUndefined()
	const bytes = await fsp.readFile(file)
	expect(bytes.includes('Exif\0\0')).toBe(false)
	for (const pointer of GPS_POINTERS) expect(bytes.includes(pointer)).toBe(false)
	expect(bytes.includes('WGS-84')).toBe(false)
	expect(bytes.includes('http://ns.adobe.com/xap/1.0/')).toBe(false)
	expect(bytes.includes('Photoshop 3.0')).toBe(false)
	for (const secret of Object.values(SECRETS)) expect(bytes.includes(secret)).toBe(false)
	return metadata
}

/** CIE76 colour difference between two sRGB colours: about 2.3 is just noticeable. */
function deltaE(a: readonly number[], b: readonly number[]) {
	const lab = (rgb: readonly number[]) => {
		const [r, g, b] = rgb.map((v) => {
			const c = v / 255
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
		}) as [number, number, number]
		const xyz = [
			(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
			0.2126 * r + 0.7152 * g + 0.0722 * b,
			(0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
		].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116)) as [
			number,
			number,
			number,
		]
		return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])]
	}
	const [p, q] = [lab(a), lab(b)]
	return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!)
}

async function pixelAt(file: string, x: number, y: number) {
	const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true })
	const i = (y * info.width + x) * info.channels
	return [data[i]!, data[i + 1]!, data[i + 2]!]
}

/** A 1×1 PNG whose IHDR declares `width`×`height`, its CRC fixed so the header parses. */
async function pngBomb(width: number, height: number) {
	const png = Buffer.from(await fill(1, 1, [255, 255, 255]).png().toBuffer())
	expect(png.toString('latin1', 12, 16)).toBe('IHDR')
	png.writeUInt32BE(width, 16)
	png.writeUInt32BE(height, 20)
	png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)), 29)
	return png
}

describe('metadata removal', () => {
	test('the test photo carries what a phone photo does', async () => {
		const bytes = await phonePhoto(200, 150)
		const metadata = await sharp(bytes).metadata()
		expect(metadata.xmp).toBeDefined()
		expect(metadata.iptc).toBeDefined()
		expect(exifReader(metadata.exif!).GPSInfo?.GPSLatitude).toEqual([51, 30, 26.16])
		expect(bytes.includes('Exif\0\0')).toBe(true)
		expect(GPS_POINTERS.some((p) => bytes.includes(p))).toBe(true)
		for (const secret of Object.values(SECRETS)) expect(bytes.includes(secret)).toBe(true)
	})

	test('the master and every rendition carry no EXIF, GPS, XMP, IPTC or comment', async () => {
		const input = await write(await phonePhoto(800, 600), 'jpg')
		const out = await outDir()
		const master = await sanitizeImage(input, path.join(out, 'master'))
		expect(master).toMatchObject({ mediaType: 'image/jpeg', width: 800, height: 600 })
		expect(master.byteSize).toBe(fs.statSync(path.join(out, 'master')).size)
		expect((await expectNoMetadata(path.join(out, 'master'))).format).toBe('jpeg')

		const renditions = await renderRenditions(path.join(out, 'master'), out)
		expect(renditions).toHaveLength(4)
		for (const r of renditions) await expectNoMetadata(r.path)
	})

	test('renditions made straight from an upload carry none either', async () => {
		const input = await write(await phonePhoto(400, 300), 'jpg')
		const renditions = await renderRenditions(input, await outDir())
		expect(renditions.length).toBeGreaterThan(0)
		for (const r of renditions) await expectNoMetadata(r.path)
	})
})

describe('orientation', () => {
	test('EXIF orientation 6 is applied to the pixels and the tag dropped', async () => {
		// Stored 300×200, left half red and right half blue; orientation 6
		// means "rotate 90° clockwise to display": red on top, 200×300.
		const stored = await fill(300, 200, [0, 0, 255])
			.composite([{ input: await fill(150, 200, [255, 0, 0]).png().toBuffer(), left: 0, top: 0 }])
			.jpeg({ quality: 95 })
			.withMetadata({ orientation: 6 })
			.toBuffer()
		const before = await sharp(stored).metadata()
		expect([before.width, before.height, before.orientation]).toEqual([300, 200, 6])

		const input = await write(stored, 'jpg')
		expect(await inspectImage(input)).toMatchObject({ ok: true, width: 200, height: 300 })
		const out = path.join(await outDir(), 'master')
		expect(await sanitizeImage(input, out)).toMatchObject({ width: 200, height: 300 })
		const after = await expectNoMetadata(out)
		expect([after.width, after.height]).toEqual([200, 300])
		expect(deltaE(await pixelAt(out, 100, 20), [255, 0, 0])).toBeLessThan(5)
		expect(deltaE(await pixelAt(out, 100, 280), [0, 0, 255])).toBeLessThan(5)
	})
})

describe('colour', () => {
	// Red is out of the CMYK gamut, so comes back a little duller; the other
	// colours are in it. The failures this catches are far larger: CMYK kept
	// as is, channels read as RGB, or inverted (Adobe) CMYK shown as a negative.
	const colours = [
		[255, 0, 0],
		[200, 80, 60],
		[60, 120, 180],
		[128, 128, 128],
	] as const

	for (const tagged of [false, true]) {
		test(`a CMYK JPEG ${tagged ? 'with' : 'without'} an ICC profile comes out sRGB with its colours`, async () => {
			for (const colour of colours) {
				const cmyk = tagged
					? // Converted through the CMYK profile, which is embedded (1 MB).
						await fill(64, 64, colour).withIccProfile('cmyk').jpeg({ quality: 95 }).toBuffer()
					: await fill(64, 64, colour).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer()
				const before = await sharp(cmyk).metadata()
				expect([before.space, before.channels, before.hasProfile]).toEqual(['cmyk', 4, tagged])

				const out = path.join(await outDir(), 'master')
				await sanitizeImage(await write(cmyk, 'jpg'), out)
				const after = await expectNoMetadata(out)
				expect([after.space, after.channels]).toEqual(['srgb', 3])
				expect(deltaE(await pixelAt(out, 32, 32), colour)).toBeLessThan(15)
			}
		})
	}

	test('a greyscale image stays one channel', async () => {
		const grey = await noise(100, 80).toColourspace('b-w').png().toBuffer()
		const out = path.join(await outDir(), 'master')
		await sanitizeImage(await write(grey, 'png'), out)
		const after = await sharp(out).metadata()
		expect([after.format, after.space, after.channels]).toEqual(['png', 'b-w', 1])
	})
})

describe('refusals', () => {
	test('a decompression bomb is refused from its header, fast', async () => {
		const bomb = await write(await pngBomb(50_000, 50_000), 'png')
		expect(fs.statSync(bomb).size).toBeLessThan(100)
		expect(50_000 * 50_000).toBeGreaterThan(MAX_INPUT_PIXELS)

		const started = performance.now()
		expect(await inspectImage(bomb)).toEqual({ ok: false, reason: 'too-large' })
		expect(performance.now() - started).toBeLessThan(1000)

		const out = path.join(await outDir(), 'master')
		const started2 = performance.now()
		const error = await sanitizeImage(bomb, out).catch((e: unknown) => e)
		expect(performance.now() - started2).toBeLessThan(1000)
		expect(error).toBeInstanceOf(ImageRefusedError)
		expect((error as ImageRefusedError).reason).toBe('too-large')
		expect(fs.existsSync(out)).toBe(false)
		await expect(renderRenditions(bomb, await outDir())).rejects.toMatchObject({
			reason: 'too-large',
		})
	})

	test('an image just within the limit in its header is not a bomb', async () => {
		const file = await write(await pngBomb(10_000, 10_000), 'png')
		expect(await inspectImage(file)).toMatchObject({ ok: true, width: 10_000, height: 10_000 })
		// Its header passes, but its data is one pixel: decoding it fails.
		const error = await sanitizeImage(file, path.join(await outDir(), 'master')).catch(
			(e: unknown) => e,
		)
		expect(error).toMatchObject({ name: 'ImageRefusedError', reason: 'corrupt' })
	})

	test('a truncated JPEG is refused, not completed with grey', async () => {
		const jpeg = await noise(400, 300).jpeg().toBuffer()
		const input = await write(jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'jpg')
		// Its header is intact: only decoding finds the missing data.
		expect(await inspectImage(input)).toMatchObject({ ok: true, format: 'jpeg' })
		const out = path.join(await outDir(), 'master')
		const error = await sanitizeImage(input, out).catch((e: unknown) => e)
		expect(error).toBeInstanceOf(ImageRefusedError)
		expect((error as ImageRefusedError).reason).toBe('corrupt')
		expect(fs.existsSync(out)).toBe(false)
	})

	test('a truncated PNG is refused', async () => {
		const png = await noise(300, 200).png().toBuffer()
		const input = await write(png.subarray(0, Math.floor(png.length * 0.6)), 'png')
		await expect(sanitizeImage(input, path.join(await outDir(), 'm'))).rejects.toMatchObject({
			reason: 'corrupt',
		})
	})

	test('a file that is no image, a GIF and a TIFF are refused', async () => {
		const text = await write(Buffer.from('hello, not an image'), 'txt')
		expect(await inspectImage(text)).toEqual({ ok: false, reason: 'unsupported' })
		const gif = await write(await noise(20, 20).gif().toBuffer(), 'gif')
		expect(await inspectImage(gif)).toEqual({ ok: false, reason: 'unsupported' })
		const tiff = await write(await noise(20, 20).tiff().toBuffer(), 'tif')
		expect(await inspectImage(tiff)).toEqual({ ok: false, reason: 'unsupported' })
		await expect(sanitizeImage(tiff, path.join(dir, 'tiff-master'))).rejects.toMatchObject({
			reason: 'unsupported',
		})
	})

	test('an animated WebP is refused rather than stored as its first frame', async () => {
		const frames = await Promise.all(
			[0, 120, 240].map((r) => fill(40, 40, [r, 80, 160]).png().toBuffer()),
		)
		const animated = await sharp(frames, { join: { animated: true } })
			.webp({ loop: 0 })
			.toBuffer()
		const input = await write(animated, 'webp')
		expect((await sharp(input).metadata()).pages).toBe(3)
		expect(await inspectImage(input)).toEqual({ ok: false, reason: 'unsupported' })
	})
})

describe('format families', () => {
	test('PNG stays PNG, with its alpha and exact pixels', async () => {
		const png = await sharp({
			create: {
				width: 120,
				height: 90,
				channels: 4,
				background: { r: 10, g: 200, b: 90, alpha: 0.5 },
			},
		})
			.png()
			.toBuffer()
		const input = await write(png, 'png')
		expect(await inspectImage(input)).toMatchObject({ ok: true, format: 'png', hasAlpha: true })
		const out = path.join(await outDir(), 'master')
		expect(await sanitizeImage(input, out)).toMatchObject({ mediaType: 'image/png' })
		const [a, b] = await Promise.all([sharp(input).raw().toBuffer(), sharp(out).raw().toBuffer()])
		expect(b.equals(a)).toBe(true)
	})

	test('a lossless WebP stays lossless; a lossy one stays WebP', async () => {
		const lossless = await write(await noise(100, 100).webp({ lossless: true }).toBuffer(), 'webp')
		const out = path.join(await outDir(), 'master')
		expect(await sanitizeImage(lossless, out)).toMatchObject({ mediaType: 'image/webp' })
		expect((await fsp.readFile(out)).includes('VP8L')).toBe(true)
		const [a, b] = await Promise.all([
			sharp(lossless).raw().toBuffer(),
			sharp(out).raw().toBuffer(),
		])
		expect(b.equals(a)).toBe(true)

		const lossy = await write(await noise(100, 100).webp({ quality: 80 }).toBuffer(), 'webp')
		const out2 = path.join(await outDir(), 'master')
		expect(await sanitizeImage(lossy, out2)).toMatchObject({ mediaType: 'image/webp' })
		expect((await fsp.readFile(out2)).includes('VP8 ')).toBe(true)
	})

	test('AVIF stays AVIF', async () => {
		const avif = await write(await noise(96, 64).avif({ effort: 2 }).toBuffer(), 'avif')
		expect(await inspectImage(avif)).toMatchObject({ ok: true, format: 'avif' })
		const out = path.join(await outDir(), 'master')
		expect(await sanitizeImage(avif, out)).toMatchObject({
			mediaType: 'image/avif',
			width: 96,
			height: 64,
		})
		expect(await sharp(out).metadata()).toMatchObject({ format: 'heif', compression: 'av1' })
	})
})

describe('renditions', () => {
	async function renditionsOf(width: number, height: number) {
		const master = await write(await noise(width, height).jpeg().toBuffer(), 'jpg')
		return renderRenditions(master, await outDir())
	}

	test('an 800 px image gets 320 and 640 px WebP and AVIF, valid and proportional', async () => {
		const renditions = await renditionsOf(800, 600)
		const summary = renditions
			.map((r) => `${r.format} ${r.width}×${r.height}`)
			.sort((a, b) => a.localeCompare(b))
		expect(summary).toEqual(['avif 320×240', 'avif 640×480', 'webp 320×240', 'webp 640×480'])
		for (const r of renditions) {
			const metadata = await sharp(r.path).metadata()
			expect([metadata.width, metadata.height]).toEqual([r.width, r.height])
			expect(r.byteSize).toBe(fs.statSync(r.path).size)
			if (r.format === 'webp') {
				expect(metadata.format).toBe('webp')
				expect(r.mediaType).toBe('image/webp')
			} else {
				expect([metadata.format, metadata.compression]).toEqual(['heif', 'av1'])
				expect(r.mediaType).toBe('image/avif')
			}
		}
	})

	test('a 200 px image is not upscaled: one 200 px rendition per format', async () => {
		const renditions = await renditionsOf(200, 100)
		expect(renditions.map((r) => [r.format, r.width, r.height]).sort()).toEqual([
			['avif', 200, 100],
			['webp', 200, 100],
		])
	})

	test('a large image gets all three widths', async () => {
		expect(renditionWidthsFor(4000)).toEqual([320, 640, 1280])
		expect(renditionWidthsFor(1280)).toEqual([320, 640, 1280])
		expect(renditionWidthsFor(1279)).toEqual([320, 640])
		expect(renditionWidthsFor(100)).toEqual([100])
		const renditions = await renditionsOf(1500, 500)
		expect(
			renditions
				.filter((r) => r.format === 'avif')
				.map((r) => r.width)
				.sort(),
		).toEqual([1280, 320, 640])
	})

	test('sanitizeWithRenditions makes the same files in one pass, with no metadata', async () => {
		const input = await write(await phonePhoto(800, 600), 'jpg')
		const out = await outDir()
		const { master, renditions } = await sanitizeWithRenditions(
			input,
			path.join(out, 'master'),
			out,
		)
		expect(master).toMatchObject({ mediaType: 'image/jpeg', width: 800, height: 600 })
		await expectNoMetadata(path.join(out, 'master'))
		expect(renditions.map((r) => `${r.format} ${r.width}`).sort()).toEqual([
			'avif 320',
			'avif 640',
			'webp 320',
			'webp 640',
		])
		for (const r of renditions) await expectNoMetadata(r.path)
	})

	test('sanitizeWithRenditions leaves nothing behind when it refuses', async () => {
		const jpeg = await noise(800, 600).jpeg().toBuffer()
		const input = await write(jpeg.subarray(0, Math.floor(jpeg.length * 0.7)), 'jpg')
		const out = await outDir()
		await expect(
			sanitizeWithRenditions(input, path.join(out, 'master'), out),
		).rejects.toMatchObject({ name: 'ImageRefusedError', reason: 'corrupt' })
		expect(await fsp.readdir(out)).toEqual([])

		const bomb = await write(await pngBomb(50_000, 50_000), 'png')
		await expect(sanitizeWithRenditions(bomb, path.join(out, 'master'), out)).rejects.toMatchObject(
			{ reason: 'too-large' },
		)
		expect(await fsp.readdir(out)).toEqual([])
	})

	test('srcSetFor lists one format smallest first', () => {
		const r = (format: 'webp' | 'avif', width: number): Rendition => ({
			format,
			width,
			height: width / 2,
			path: `/tmp/${width}.${format}`,
			byteSize: 1,
			mediaType: `image/${format}`,
		})
		const all = [r('webp', 640), r('avif', 320), r('webp', 320), r('avif', 640)]
		expect(srcSetFor(all, 'webp', (x) => `/files/${x.width}.webp`)).toBe(
			'/files/320.webp 320w, /files/640.webp 640w',
		)
		expect(srcSetFor(all, 'avif', (x) => `/a/${x.width}`)).toBe('/a/320 320w, /a/640 640w')
		expect(srcSetFor([], 'avif', () => 'x')).toBe('')
	})
})
