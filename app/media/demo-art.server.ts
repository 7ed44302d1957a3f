import sharp, { type OverlayOptions } from 'sharp'
import { directionOf } from '#app/domain/languages.ts'
import { type TemplateSlot } from '#app/domain/poster-template.ts'

/**
 * Generated artwork for demo materials: posters, leaflets and covers drawn
 * with sharp (Pango lays out the text, so Arabic, Hebrew, Chinese, Thai...
 * are shaped and wrapped correctly with the Noto fonts). No copyrighted
 * image goes into the demo library.
 */

export const POSTER_WIDTH = 800
export const POSTER_HEIGHT = 1131 // ISO A-series ratio
export const PREVIEW_WIDTH = 480

const PALETTES = [
	{ from: '#0b4f8a', to: '#1d7fc4', accent: '#ffbf47', ink: '#ffffff' },
	{ from: '#5b2a86', to: '#9a4fd0', accent: '#ffd166', ink: '#ffffff' },
	{ from: '#0f6e5a', to: '#2bb38f', accent: '#fff3b0', ink: '#ffffff' },
	{ from: '#b8420f', to: '#e8772e', accent: '#fff1d6', ink: '#ffffff' },
	{ from: '#263238', to: '#455a64', accent: '#80deea', ink: '#ffffff' },
	{ from: '#8a0b3c', to: '#d1406f', accent: '#ffe0ea', ink: '#ffffff' },
] as const

export type ArtKind = 'poster' | 'leaflet' | 'cover'

export interface ArtInput {
	kind: ArtKind
	lang: string
	/** First line is the headline; the rest are printed below it. */
	lines: string[]
	helpline?: string
	/** Small print at the bottom, e.g. country and "demo material". */
	footer: string
	/** Picks the palette, so one material keeps its colours across languages. */
	paletteSeed: string
}

function escapeMarkup(text: string) {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function hash(text: string) {
	let h = 2166136261
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
	return h >>> 0
}

/**
 * Lays out text at a font size, shrinking it until it fits the box: text
 * never overflows, whatever the language's length.
 */
async function textImage(
	text: string,
	options: {
		width: number
		height: number
		size: number
		color: string
		weight?: 'bold' | 'normal'
		align: 'left' | 'centre' | 'right'
	},
) {
	const markup = `<span foreground="${options.color}" font_weight="${options.weight ?? 'normal'}">${escapeMarkup(text)}</span>`
	let size = options.size
	for (;;) {
		const result = await sharp({
			text: {
				text: markup,
				font: `Noto Sans ${size}`,
				width: options.width,
				rgba: true,
				align: options.align,
				wrap: 'word-char',
				dpi: 72,
			},
		})
			.png()
			.toBuffer({ resolveWithObject: true })
		if (result.info.height <= options.height || size <= 10) {
			if (result.info.height <= options.height) return result
			// Even the smallest size is too tall: crop rather than overflow.
			const cropped = await sharp(result.data)
				.extract({ left: 0, top: 0, width: result.info.width, height: options.height })
				.png()
				.toBuffer({ resolveWithObject: true })
			return cropped
		}
		size = Math.max(10, Math.floor(size * 0.85))
	}
}

type Palette = (typeof PALETTES)[number]

function backgroundSvg(palette: Palette, { light, rtl }: { light: boolean; rtl: boolean }) {
	const W = POSTER_WIDTH
	const H = POSTER_HEIGHT
	const margin = 64
	const bandHeight = light ? 420 : H
	return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
		<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
			<stop offset="0" stop-color="${palette.from}"/><stop offset="1" stop-color="${palette.to}"/>
		</linearGradient></defs>
		<rect width="${W}" height="${H}" fill="${light ? '#fbfaf7' : 'url(#g)'}"/>
		<rect width="${W}" height="${bandHeight}" fill="url(#g)"/>
		<circle cx="${rtl ? 90 : W - 90}" cy="150" r="210" fill="${palette.accent}" opacity="0.18"/>
		<circle cx="${rtl ? 40 : W - 40}" cy="${H - 260}" r="140" fill="${palette.accent}" opacity="${light ? 0.35 : 0.14}"/>
		<rect x="${margin}" y="${H - 200}" width="${W - 2 * margin}" height="4" fill="${light ? palette.from : palette.accent}" opacity="0.6"/>
	</svg>`)
}

/** Where the demo poster's texts go (renderDemoArt's layout), as template boxes. */
function demoPosterSlots(palette: Palette, helplineBox: boolean): TemplateSlot[] {
	const W = POSTER_WIDTH
	const H = POSTER_HEIGHT
	const margin = 64
	const align = 'start' as const
	const width = W - 2 * margin
	return [
		{
			id: 'headline',
			kind: 'text',
			x: margin,
			y: 120,
			width,
			height: 330,
			fontSize: 64,
			color: palette.ink,
			align,
			weight: 'bold',
		},
		{
			id: 'body',
			kind: 'text',
			x: margin,
			y: 480,
			width,
			height: 270,
			fontSize: 30,
			color: palette.ink,
			align,
		},
		{
			id: 'helpline',
			kind: 'text',
			bind: 'helpline',
			x: margin + 24,
			y: H - 340,
			width: width - 48,
			height: 90,
			fontSize: 36,
			color: helplineBox ? '#1b2430' : palette.ink,
			align: 'center',
			weight: 'bold',
		},
		{
			id: 'footer',
			kind: 'text',
			x: margin,
			y: H - 170,
			width,
			height: 80,
			fontSize: 22,
			color: palette.ink,
			align,
		},
	]
}

/**
 * A demo poster as a template: its background without words (with the
 * helpline's box drawn in), the boxes where renderDemoArt puts its texts,
 * and those texts by slot, so the demo library has posters other countries
 * can adapt.
 */
export async function renderDemoTemplate(input: Omit<ArtInput, 'kind'>) {
	const palette = PALETTES[hash(input.paletteSeed) % PALETTES.length]!
	const rtl = directionOf(input.lang) === 'rtl'
	const W = POSTER_WIDTH
	const H = POSTER_HEIGHT
	const margin = 64
	const helplineBox = Buffer.from(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W - 2 * margin}" height="130"><rect width="${W - 2 * margin}" height="130" rx="18" fill="${palette.accent}"/></svg>`,
	)
	// The helpline's box only where the original has a number to put in it;
	// an adaptation can still add one, printed on the artwork.
	const background = await sharp(backgroundSvg(palette, { light: false, rtl }))
		.composite(input.helpline ? [{ input: helplineBox, top: H - 360, left: margin }] : [])
		.png({ compressionLevel: 9, palette: false })
		.toBuffer()
	const [headline = '', ...rest] = input.lines.filter((l) => l.trim())
	return {
		background,
		width: W,
		height: H,
		slots: demoPosterSlots(palette, !!input.helpline),
		texts: {
			headline,
			body: rest.join('\n\n'),
			helpline: input.helpline ?? '',
			footer: input.footer,
		},
	}
}

/** Renders a demo poster, leaflet page or cover as PNG bytes. */
export async function renderDemoArt(input: ArtInput): Promise<Buffer> {
	const palette = PALETTES[hash(input.paletteSeed) % PALETTES.length]!
	const rtl = directionOf(input.lang) === 'rtl'
	const align = rtl ? 'right' : 'left'
	const W = POSTER_WIDTH
	const H = POSTER_HEIGHT
	const margin = 64
	const [headline = '', ...rest] = input.lines.filter((l) => l.trim())

	const light = input.kind === 'leaflet'
	const bandHeight = light ? 420 : H
	const background = backgroundSvg(palette, { light, rtl })

	const layers: OverlayOptions[] = []
	const textWidth = W - 2 * margin
	const headlineSize = input.kind === 'cover' ? 54 : 64
	const head = await textImage(headline, {
		width: textWidth,
		height: light ? 300 : 360,
		size: headlineSize,
		color: palette.ink,
		weight: 'bold',
		align,
	})
	layers.push({
		input: head.data,
		top: light ? 80 : 120,
		left: rtl ? W - margin - head.info.width : margin,
	})

	if (rest.length) {
		const bodyTop = light ? bandHeight + 48 : 120 + head.info.height + 64
		const body = await textImage(rest.join('\n\n'), {
			width: textWidth,
			height: Math.max(120, H - 240 - bodyTop - (input.helpline ? 120 : 0)),
			size: input.kind === 'cover' ? 26 : 30,
			color: light ? '#1b2430' : palette.ink,
			align,
		})
		layers.push({
			input: body.data,
			top: bodyTop,
			left: rtl ? W - margin - body.info.width : margin,
		})
	}

	if (input.helpline) {
		const box = await textImage(input.helpline, {
			width: textWidth - 48,
			height: 90,
			size: 36,
			color: light ? '#ffffff' : '#1b2430',
			weight: 'bold',
			align: 'centre',
		})
		const boxHeight = box.info.height + 40
		const boxSvg = Buffer.from(
			`<svg xmlns="http://www.w3.org/2000/svg" width="${textWidth}" height="${boxHeight}"><rect width="${textWidth}" height="${boxHeight}" rx="18" fill="${light ? palette.from : palette.accent}"/></svg>`,
		)
		const top = H - 230 - boxHeight
		layers.push({ input: boxSvg, top, left: margin })
		layers.push({
			input: box.data,
			top: top + 20,
			left: margin + Math.round((textWidth - box.info.width) / 2),
		})
	}

	const footer = await textImage(input.footer, {
		width: textWidth,
		height: 80,
		size: 22,
		color: light ? '#4a5566' : palette.ink,
		align,
	})
	layers.push({
		input: footer.data,
		top: H - 170,
		left: rtl ? W - margin - footer.info.width : margin,
	})

	return sharp(background).composite(layers).png({ compressionLevel: 9, palette: false }).toBuffer()
}

/** A smaller WebP of an image for cards and material pages. */
export async function renderPreview(png: Buffer) {
	return sharp(png)
		.resize({ width: PREVIEW_WIDTH })
		.webp({ quality: 78 })
		.toBuffer({ resolveWithObject: true })
}
