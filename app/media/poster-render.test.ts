import {
	decodePDFRawStream,
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFName,
	PDFNumber,
	PDFRawStream,
	PDFStream,
} from 'pdf-lib'
import sharp from 'sharp'
import { beforeAll, describe, expect, test } from 'vitest'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { PosterTemplate, TemplateSlot } from '#app/domain/poster-template.ts'
import {
	BACKGROUND_PATH,
	GOLDEN_CASES,
	GOLDEN_TEMPLATE,
	goldenPath,
	makeLogo,
	type GoldenCase,
} from '#tests/fixtures/golden/golden.ts'
import { PAPER_SIZES, posterLayout } from '#app/domain/print.ts'
import {
	PosterRenderError,
	posterToPdf,
	posterToWebp,
	renderPoster,
	sampleEdgeColours,
	type RenderPosterInput,
} from './poster-render.server.ts'

// The references in tests/fixtures/golden/ were looked at by a person
// before being committed (make-golden.ts): a render that drifts from them
// by more than anti-aliasing is a change someone must look at again.

type Pixels = { data: Buffer; width: number; height: number }

async function pixels(image: Buffer | string): Promise<Pixels> {
	const { data, info } = await sharp(image)
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true })
	return { data, width: info.width, height: info.height }
}

/** Pixels whose largest channel difference is over 32. */
function differingPixels(a: Pixels, b: Pixels, skip?: (x: number, y: number) => boolean) {
	expect([a.width, a.height]).toEqual([b.width, b.height])
	let count = 0
	for (let y = 0; y < a.height; y++) {
		for (let x = 0; x < a.width; x++) {
			if (skip?.(x, y)) continue
			const i = (y * a.width + x) * 4
			for (let c = 0; c < 4; c++) {
				if (Math.abs(a.data[i + c]! - b.data[i + c]!) > 32) {
					count++
					break
				}
			}
		}
	}
	return count
}

/** Pixels that differ at all, outside the given boxes. */
function changedOutside(a: Pixels, b: Pixels, boxes: TemplateSlot[]) {
	let count = 0
	for (let y = 0; y < a.height; y++) {
		for (let x = 0; x < a.width; x++) {
			if (boxes.some((s) => x >= s.x && x < s.x + s.width && y >= s.y && y < s.y + s.height))
				continue
			const i = (y * a.width + x) * 4
			if (!a.data.subarray(i, i + 4).equals(b.data.subarray(i, i + 4))) count++
		}
	}
	return count
}

/** The bounds, in the box, of the pixels that differ from the background. */
function inkColumns(render: Pixels, background: Pixels, box: TemplateSlot) {
	let first = Infinity
	let last = -Infinity
	let top = Infinity
	let bottom = -Infinity
	for (let y = box.y; y < box.y + box.height; y++) {
		for (let x = box.x; x < box.x + box.width; x++) {
			const i = (y * render.width + x) * 4
			if (!render.data.subarray(i, i + 4).equals(background.data.subarray(i, i + 4))) {
				first = Math.min(first, x - box.x)
				last = Math.max(last, x - box.x)
				top = Math.min(top, y - box.y)
				bottom = Math.max(bottom, y - box.y)
			}
		}
	}
	return { first, last, top, bottom }
}

function withSlots(slots: TemplateSlot[]): PosterTemplate {
	return { width: GOLDEN_TEMPLATE.width, height: GOLDEN_TEMPLATE.height, slots }
}

const slotById = (id: string) => GOLDEN_TEMPLATE.slots.find((s) => s.id === id)!

async function refusal(input: RenderPosterInput) {
	const error = await renderPoster(input).catch((e: unknown) => e)
	expect(error).toBeInstanceOf(PosterRenderError)
	return error as PosterRenderError
}

let background: Pixels
let logo: Buffer
beforeAll(async () => {
	background = await pixels(BACKGROUND_PATH)
	logo = await makeLogo()
})

describe('renderPoster against the reviewed references', () => {
	test.each(Object.keys(GOLDEN_CASES) as GoldenCase[])('%s', async (name) => {
		const poster = await renderPoster({
			background: BACKGROUND_PATH,
			template: GOLDEN_TEMPLATE,
			texts: GOLDEN_CASES[name],
			logo,
		})
		expect([poster.width, poster.height]).toEqual([600, 850])
		const reference = await pixels(goldenPath(name))
		const rendered = await pixels(poster.png)
		expect(differingPixels(rendered, reference)).toBeLessThan(0.005 * 600 * 850)
		// The text and the logo went into their boxes and nowhere else.
		expect(changedOutside(rendered, background, GOLDEN_TEMPLATE.slots)).toBe(0)
		for (const slot of GOLDEN_TEMPLATE.slots) {
			expect(inkColumns(rendered, background, slot).first, slot.id).toBeLessThan(Infinity)
		}
	})
})

describe('renderPoster fitting', () => {
	test('a 1000-character text shrinks and stays inside its box, even a box too small for it', async () => {
		const text = 'Talk to your child about online strangers, and listen. '.repeat(20).slice(0, 1000)
		const tiny: TemplateSlot = {
			...slotById('body'),
			id: 'tiny',
			x: 300,
			y: 780,
			width: 60,
			height: 24,
		}
		const template = withSlots([...GOLDEN_TEMPLATE.slots, tiny])
		const poster = await renderPoster({
			background: BACKGROUND_PATH,
			template,
			texts: {
				headline: { lang: 'en', text },
				body: { lang: 'fr', text },
				helpline: { lang: 'ar', text: 'اتصل '.repeat(200).trim() },
				tiny: { lang: 'en', text },
			},
		})
		expect(poster.fitted.headline).toBeLessThan(slotById('headline').fontSize)
		expect(poster.fitted.body).toBeLessThan(slotById('body').fontSize)
		expect(poster.fitted.helpline).toBeLessThan(slotById('helpline').fontSize)
		// At the smallest size it still does not fit: cut at the box.
		expect(poster.fitted.tiny).toBe(6)
		const rendered = await pixels(poster.png)
		expect(changedOutside(rendered, background, template.slots)).toBe(0)
	})

	test('uses the largest size that fits', async () => {
		const texts = { headline: GOLDEN_CASES.latin.headline }
		const first = await renderPoster({
			background: BACKGROUND_PATH,
			template: GOLDEN_TEMPLATE,
			texts,
		})
		const size = first.fitted.headline!
		expect(size).toBeLessThan(slotById('headline').fontSize)
		// One pixel larger is the largest allowed, and does not fit.
		const headline = { ...slotById('headline'), fontSize: size + 1 }
		const again = await renderPoster({
			background: BACKGROUND_PATH,
			template: withSlots([headline]),
			texts,
		})
		expect(again.fitted.headline).toBe(size)
	})

	test('short text keeps the largest size', async () => {
		const poster = await renderPoster({
			background: BACKGROUND_PATH,
			template: GOLDEN_TEMPLATE,
			texts: { helpline: { lang: 'en', text: '116' } },
		})
		expect(poster.fitted).toEqual({ helpline: 72 })
	})
})

describe('renderPoster alignment', () => {
	const box: TemplateSlot = {
		id: 'line',
		kind: 'text',
		x: 40,
		y: 300,
		width: 520,
		height: 80,
		fontSize: 32,
		color: '#ffffff',
		align: 'start',
	}
	async function columns(align: TemplateSlot['align'], text: string, lang: string) {
		const poster = await renderPoster({
			background: BACKGROUND_PATH,
			template: withSlots([{ ...box, align }]),
			texts: { line: { text, lang } },
		})
		return inkColumns(await pixels(poster.png), background, box)
	}

	test("'start' is the left edge in a left-to-right language and the right edge in a right-to-left one", async () => {
		const english = await columns('start', 'Talk to your child', 'en')
		expect(english.first).toBeLessThan(4)
		expect(english.last).toBeLessThan(400)
		const arabic = await columns('start', 'تحدّث مع طفلك', 'ar')
		expect(arabic.last).toBeGreaterThan(box.width - 4)
		expect(arabic.first).toBeGreaterThan(200)
		const hebrewEnd = await columns('end', 'דברו עם הילדים', 'he')
		expect(hebrewEnd.first).toBeLessThan(4)
		const centred = await columns('center', 'Talk', 'en')
		expect(Math.abs(centred.first + centred.last - box.width)).toBeLessThan(4)
	})

	test('an Arabic paragraph opening with a Latin name still runs right to left', async () => {
		// Two lines, the second short. Pango takes a paragraph's direction from
		// its first letter, here Latin: without the right-to-left mark the
		// paragraph would run left to right, its short line on the left.
		const narrow = { ...box, width: 300, height: 160 }
		const poster = await renderPoster({
			background: BACKGROUND_PATH,
			template: withSlots([narrow]),
			texts: { line: { text: 'Childline خط نجدة الطفل', lang: 'ar' } },
		})
		const render = await pixels(poster.png)
		const all = inkColumns(render, background, narrow)
		const height = all.bottom - all.top
		expect(height).toBeGreaterThan(60)
		const secondLine = {
			...narrow,
			y: narrow.y + all.top + Math.round(0.7 * height),
			height: Math.round(0.3 * height),
		}
		const short = inkColumns(render, background, secondLine)
		expect(short.last).toBeGreaterThan(all.last - 4)
		expect(short.first).toBeGreaterThan(all.first + 100)
	})

	test('a phone number in Arabic text keeps its groups in order', async () => {
		// "12 345678": the short group must be on the left. Arabic text orders
		// space-separated numbers right to left unless told otherwise.
		const gapPosition = async (text: string, lang: string) => {
			const poster = await renderPoster({
				background: BACKGROUND_PATH,
				template: withSlots([{ ...box, align: 'center' }]),
				texts: { line: { text, lang } },
			})
			const render = await pixels(poster.png)
			const { first, last } = inkColumns(render, background, box)
			// The widest run of columns without ink is the space between the groups.
			let gap = { at: 0, width: 0 }
			let run = 0
			for (let x = first; x <= last; x++) {
				const column = { ...box, x: box.x + x, width: 1 }
				run = inkColumns(render, background, column).first === Infinity ? run + 1 : 0
				if (run > gap.width) gap = { at: x - run / 2, width: run }
			}
			return (gap.at - first) / (last - first)
		}
		expect(await gapPosition('12 345678', 'en')).toBeLessThan(0.4)
		expect(await gapPosition('12 345678', 'ar')).toBeLessThan(0.4)
	})
})

describe('renderPoster refusals', () => {
	test('removes bidi overrides: the render is the render of the cleaned text', async () => {
		const render = (text: string) =>
			renderPoster({
				background: BACKGROUND_PATH,
				template: GOLDEN_TEMPLATE,
				texts: { body: { lang: 'en', text }, helpline: { lang: 'ar', text: '116 111' } },
			}).then((p) => pixels(p.png))
		const spoofed = await render('Call \u202E111 611\u202C or visit \u2067example.org\u2069 today')
		const clean = await render('Call 111 611 or visit example.org today')
		expect(spoofed.data.equals(clean.data)).toBe(true)
	})

	test('refuses text over 1000 characters', async () => {
		const error = await refusal({
			background: BACKGROUND_PATH,
			template: GOLDEN_TEMPLATE,
			texts: { body: { lang: 'en', text: 'a'.repeat(10_000) } },
		})
		expect(error.reason).toBe('text-too-long')
		expect(error.detail.slotId).toBe('body')
		expect(
			(
				await refusal({
					background: BACKGROUND_PATH,
					template: GOLDEN_TEMPLATE,
					texts: { body: { lang: 'en', text: 'a'.repeat(1001) } },
				})
			).reason,
		).toBe('text-too-long')
	})

	test('refuses a template whose slot lies outside the image', async () => {
		const outside = { ...slotById('body'), x: 500 }
		const error = await refusal({
			background: BACKGROUND_PATH,
			template: withSlots([outside]),
			texts: { body: { lang: 'en', text: 'Hello' } },
		})
		expect(error.reason).toBe('invalid-template')
		expect(error.detail.problems).toEqual([{ slotId: 'body', problem: 'outside-image' }])
	})

	test('refuses texts for unknown or logo slots, bad language tags and a background of another size', async () => {
		const input = { background: BACKGROUND_PATH, template: GOLDEN_TEMPLATE }
		expect((await refusal({ ...input, texts: { footer: { lang: 'en', text: 'x' } } })).reason).toBe(
			'unknown-slot',
		)
		expect((await refusal({ ...input, texts: { logo: { lang: 'en', text: 'x' } } })).reason).toBe(
			'unknown-slot',
		)
		for (const lang of ['', 'english language', 'en"><span foreground="red', 'e']) {
			expect((await refusal({ ...input, texts: { body: { lang, text: 'x' } } })).reason).toBe(
				'bad-language',
			)
		}
		const small = await sharp(BACKGROUND_PATH).resize(300).png().toBuffer()
		expect((await refusal({ ...input, background: small, texts: {} })).reason).toBe(
			'background-mismatch',
		)
		const broken = Buffer.from('not an image')
		expect((await refusal({ ...input, background: broken, texts: {} })).reason).toBe('bad-image')
	})

	test('at a scale, for print: the same poster, larger, its texts laid out at that size', async () => {
		const input = {
			background: BACKGROUND_PATH,
			template: GOLDEN_TEMPLATE,
			texts: GOLDEN_CASES.latin,
			logo,
		}
		const [one, three] = await Promise.all([
			renderPoster(input),
			renderPoster({ ...input, scale: 3 }),
		])
		expect([three.width, three.height]).toEqual([one.width * 3, one.height * 3])
		const meta = await sharp(three.png).metadata()
		expect([meta.width, meta.height]).toEqual([one.width * 3, one.height * 3])
		for (const [id, size] of Object.entries(one.fitted)) {
			expect(three.fitted[id], id).toBeGreaterThanOrEqual(size * 3 * 0.9)
			expect(three.fitted[id], id).toBeLessThanOrEqual(size * 3 * 1.1)
		}
		// Brought back to the first size, it is the same poster: only the
		// anti-aliased edges of letters differ.
		const down = await sharp(three.png).resize(one.width, one.height).png().toBuffer()
		const differing = differingPixels(await pixels(down), await pixels(one.png))
		expect(differing).toBeLessThan(one.width * one.height * 0.08)
	})

	test('escapes markup in the text', async () => {
		const poster = await renderPoster({
			background: BACKGROUND_PATH,
			template: GOLDEN_TEMPLATE,
			texts: { body: { lang: 'en', text: '<b>bold</b> & <span foreground="red">red</span>' } },
		})
		expect(poster.fitted.body).toBe(30)
	})
})

describe('renderPoster over artwork that has words on it', () => {
	// A cream poster whose artwork carries "words" (dark bars) where the
	// translation goes, and a blue band elsewhere that must stay.
	const box = { x: 60, y: 100, width: 480, height: 120 }
	async function artwork() {
		return sharp({ create: { width: 600, height: 850, channels: 3, background: '#f2e6c9' } })
			.composite([
				{
					input: Buffer.from(
						`<svg width="600" height="850"><rect x="90" y="130" width="400" height="24" fill="#1b2430"/><rect x="90" y="170" width="300" height="24" fill="#1b2430"/><rect x="0" y="600" width="600" height="80" fill="#0b4f8a"/></svg>`,
					),
				},
			])
			.png()
			.toBuffer()
	}
	const slot: TemplateSlot = {
		id: 'headline',
		kind: 'text',
		...box,
		fontSize: 40,
		color: '#b8420f',
		align: 'start',
		fill: '#f2e6c9',
	}

	test('a box with a fill covers the words under it; the translation is drawn on it', async () => {
		const bytes = await artwork()
		const poster = await renderPoster({
			background: bytes,
			template: withSlots([slot]),
			texts: { headline: { text: 'ダメと言う', lang: 'ja' } },
		})
		const rendered = await pixels(poster.png)
		const original = await pixels(bytes)
		const at = (p: Pixels, x: number, y: number) => {
			const i = (y * p.width + x) * 4
			return [...p.data.subarray(i, i + 3)]
		}
		// Where the text is not drawn, the box is the fill, not the old words.
		const ink = inkColumns(rendered, original, slot)
		let covered = 0
		let stillDark = 0
		for (let y = box.y; y < box.y + box.height; y++)
			for (let x = box.x; x < box.x + box.width; x++) {
				const [r, g, b] = at(rendered, x, y)
				const inText =
					x - box.x >= ink.first &&
					x - box.x <= ink.last &&
					y - box.y >= ink.top &&
					y - box.y <= ink.bottom
				if (!inText && r === 0xf2 && g === 0xe6 && b === 0xc9) covered++
				if (r === 0x1b && g === 0x24 && b === 0x30) stillDark++
			}
		expect(stillDark).toBe(0)
		expect(covered).toBeGreaterThan(box.width * box.height * 0.5)
		// The translation's orange ink is there.
		expect(ink.first).toBeLessThan(Infinity)
		// Outside the box the artwork is as it was: the blue band stays.
		expect(changedOutside(rendered, original, [slot])).toBe(0)
		expect(at(rendered, 300, 640)).toEqual([0x0b, 0x4f, 0x8a])
	})

	test('a fill is drawn even where there is no text yet, and under every text', async () => {
		const bytes = await artwork()
		const covering = { ...slot, id: 'cover' }
		// A second box overlaps the first: its text is drawn above the first box's fill.
		const over: TemplateSlot = { ...slot, id: 'over', fill: undefined, y: 150, height: 100 }
		const poster = await renderPoster({
			background: bytes,
			template: withSlots([over, covering]),
			texts: { over: { text: 'ABC', lang: 'en' } },
		})
		const rendered = await pixels(poster.png)
		const original = await pixels(bytes)
		const ink = inkColumns(rendered, original, over)
		expect(ink.first).toBeLessThan(Infinity)
		// The text of `over` is orange, not hidden by the other box's fill.
		let orange = 0
		for (let i = 0; i < rendered.data.length; i += 4)
			if (
				rendered.data[i] === 0xb8 &&
				rendered.data[i + 1] === 0x42 &&
				rendered.data[i + 2] === 0x0f
			)
				orange++
		expect(orange).toBeGreaterThan(0)
		// The box with no text still covers the words: a dark bar under it is gone.
		const i = (135 * rendered.width + 100) * 4
		expect([...rendered.data.subarray(i, i + 3)]).toEqual([0xf2, 0xe6, 0xc9])
	})

	test('the colour offered for a fill is the artwork’s around the words', async () => {
		const colours = await sampleEdgeColours(await artwork(), [
			{ id: 'headline', ...box },
			{ id: 'band', x: 100, y: 610, width: 50, height: 50 },
		])
		expect(colours).toEqual({ headline: '#f2e6c9', band: '#0b4f8a' })
	})
})

describe('poster output', () => {
	let png: Buffer
	beforeAll(async () => {
		png = (
			await renderPoster({
				background: BACKGROUND_PATH,
				template: GOLDEN_TEMPLATE,
				texts: GOLDEN_CASES.latin,
				logo,
			})
		).png
	})

	test.each(['A4', 'A3'] as const)(
		'a one-page %s PDF with the poster centred on the page',
		async (paper) => {
			const bytes = await posterToPdf(png, paper)
			expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
			// updateMetadata: false, or pdf-lib would fill in the producer and dates on loading.
			const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
			expect(pdf.getPageCount()).toBe(1)
			const page = pdf.getPage(0)
			const paperSize = PAPER_SIZES[paper]
			expect(page.getWidth()).toBeCloseTo(paperSize.width, 2)
			expect(page.getHeight()).toBeCloseTo(paperSize.height, 2)
			// No producer or dates: the same poster gives the same file.
			expect(pdf.getProducer()).toBeUndefined()
			expect(pdf.getCreationDate()).toBeUndefined()
			expect((await posterToPdf(png, paper)).equals(bytes)).toBe(true)

			// The poster's pixels, whole, drawn once: 600×850 is narrower than the
			// page, so it is as tall as the page and centred from left to right.
			const drawn = drawnImage(pdf)
			expect([drawn.image.get(PDFName.of('Width')), drawn.image.get(PDFName.of('Height'))]).toEqual(
				[PDFNumber.of(600), PDFNumber.of(850)],
			)
			const width = (600 * paperSize.height) / 850
			expect(drawn.width).toBeCloseTo(width, 2)
			expect(drawn.height).toBeCloseTo(paperSize.height, 2)
			expect(drawn.x).toBeCloseTo((paperSize.width - width) / 2, 2)
			expect(drawn.y).toBeCloseTo(0, 2)
		},
	)

	test('a PDF from a PNG with transparency, on white', async () => {
		const translucent = await sharp(png).ensureAlpha(0.5).png().toBuffer()
		const pdf = await PDFDocument.load(await posterToPdf(translucent, 'A4'))
		expect(pdf.getPageCount()).toBe(1)
		expect(drawnImage(pdf).image.get(PDFName.of('ColorSpace'))).toEqual(PDFName.of('DeviceRGB'))
	})

	test('with a credit: the poster inside the margins, the credit under it as text', async () => {
		const bytes = await posterToPdf(png, 'A4', {
			credit: [
				{ text: '«Reste en sécurité» من إعداد e-Enfance (فرنسا)، CC BY 4.0.', lang: 'ar' },
				{ text: 'https://exchange.example.org/ar/materials/m1', lang: 'ar' },
			],
		})
		const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
		const drawn = drawnImage(pdf)
		const layout = posterLayout('A4', 600, 850)
		expect(drawn.x).toBeCloseTo(layout.poster.x, 2)
		expect(drawn.y).toBeCloseTo(layout.poster.y, 2)
		expect(drawn.width).toBeCloseTo(layout.poster.width, 2)
		const text = pdfText(bytes)
		// Arabic comes back in reading order, joined letters and all.
		for (const word of ['Reste en sécurité', 'من إعداد', 'e-Enfance', 'فرنسا', 'CC BY 4.0'])
			expect(text).toContain(word)
		expect(text).toContain('https://exchange.example.org/ar/materials/m1')
		// Drawn with fonts made of the glyphs used, each with its ToUnicode map.
		const fonts = execPdf('pdffonts', bytes).trim().split('\n').slice(2)
		expect(fonts.length).toBeGreaterThanOrEqual(2) // Latin and Arabic
		for (const row of fonts) expect(row).toMatch(/Type 3\s+Custom\s+yes\s+no\s+yes/)
	})

	test('a WebP of the same size', async () => {
		const webp = await posterToWebp(png)
		const metadata = await sharp(webp).metadata()
		expect([metadata.format, metadata.width, metadata.height]).toEqual(['webp', 600, 850])
	})
})

/** The one image on the page's content, and where it is drawn (its `cm` matrix). */
function drawnImage(pdf: PDFDocument) {
	const page = pdf.getPage(0)
	const contents = page.node.Contents()
	const streams =
		contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents]
	const text = streams
		.map((stream) =>
			stream instanceof PDFRawStream
				? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
				: '',
		)
		.join('\n')
	const draws = [...text.matchAll(/([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\s*\/(\S+) Do/g)]
	expect(draws).toHaveLength(1)
	const [, width, height, x, y, name] = draws[0]!
	const xObjects = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict)
	const image = xObjects.lookup(PDFName.of(name!), PDFStream)
	expect(image.dict.get(PDFName.of('Subtype'))).toEqual(PDFName.of('Image'))
	return {
		image: image.dict,
		width: Number(width),
		height: Number(height),
		x: Number(x),
		y: Number(y),
	}
}

/** Runs a poppler tool on PDF bytes and returns what it prints. */
function execPdf(tool: 'pdftotext' | 'pdffonts', bytes: Buffer) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poster-pdf-'))
	try {
		const file = path.join(dir, 'poster.pdf')
		fs.writeFileSync(file, bytes)
		return execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' })
	} finally {
		fs.rmSync(dir, { recursive: true, force: true })
	}
}

/** The text poppler reads from a PDF, bidi marks removed. */
function pdfText(bytes: Buffer) {
	return execPdf('pdftotext', bytes).replace(/[\u200e\u200f\u202a-\u202e]/g, '')
}
