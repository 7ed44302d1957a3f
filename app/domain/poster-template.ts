/**
 * Poster templates: a background image with boxes ("slots") where a
 * country's own text or logo goes, so a poster made in one language can be
 * re-published in another without a designer. This module holds the rules a
 * template and the text put in its slots must follow; the rendering itself
 * is app/media/poster-render.server.ts.
 */

export type SlotKind = 'text' | 'logo'
export type SlotAlign = 'start' | 'center' | 'end'
export type SlotWeight = 'normal' | 'bold'

export type TemplateSlot = {
	id: string
	kind: SlotKind
	/** The box, in pixels on the background. */
	x: number
	y: number
	width: number
	height: number
	/** Pixels: the largest size the text may have; it shrinks to fit the box. */
	fontSize: number
	/** #rrggbb */
	color: string
	/**
	 * #rrggbb: an opaque colour painted over the whole box before its text
	 * or logo, so that artwork that already has words on it can be used as
	 * it is: the box covers the original words and the translation is drawn
	 * on a clean area. No fill leaves the artwork visible under the text.
	 */
	fill?: string
	/** 'start' is the left edge for left-to-right languages and the right edge for right-to-left ones. */
	align: SlotAlign
	weight?: SlotWeight
	/**
	 * A text slot that shows the version's helpline number rather than text
	 * of its own: the translator enters the number once and it is printed
	 * wherever the poster shows it.
	 */
	bind?: SlotBinding
}

export type SlotBinding = 'helpline'

export type PosterTemplate = {
	/** Pixels: the background's size. */
	width: number
	height: number
	slots: TemplateSlot[]
}

export type TemplateProblem = {
	slotId: string | null
	problem:
		| 'outside-image'
		| 'too-small'
		| 'bad-colour'
		| 'duplicate-id'
		| 'bad-id'
		| 'bad-option'
		| 'too-many-slots'
		| 'bad-size'
		| 'text-too-long'
}

export type TemplateValidation = { ok: true } | { ok: false; problems: TemplateProblem[] }

export const MIN_IMAGE_SIDE = 100
export const MAX_IMAGE_SIDE = 10_000
export const MIN_SLOT_SIDE = 8
export const MIN_FONT_SIZE = 6
export const MAX_FONT_SIZE = 400
export const MAX_SLOTS = 40
/** Characters (code points) of text in one slot: a long paragraph, not a leaflet. */
export const MAX_SLOT_TEXT = 1000

const SLOT_ID = /^[a-z0-9-]{1,40}$/
const COLOUR = /^#[0-9a-fA-F]{6}$/
const KINDS: readonly string[] = ['text', 'logo'] satisfies SlotKind[]
const ALIGNS: readonly string[] = ['start', 'center', 'end'] satisfies SlotAlign[]
const WEIGHTS: readonly string[] = ['normal', 'bold'] satisfies SlotWeight[]
const BINDINGS: readonly string[] = ['helpline'] satisfies SlotBinding[]

/** The segment of a language version that holds a slot's text (app/domain/adaptation.ts). */
export function slotSegmentKey(slot: Pick<TemplateSlot, 'id' | 'bind'>) {
	return slot.bind === 'helpline' ? 'helpline' : `slot:${slot.id}`
}

/**
 * Slots from their stored JSON. Rows are validated before they are
 * written, so anything unreadable here is damage: it gives no slots rather
 * than an error page.
 */
export function parseSlots(json: string): TemplateSlot[] {
	try {
		const value: unknown = JSON.parse(json)
		return Array.isArray(value) ? (value as TemplateSlot[]) : []
	} catch {
		return []
	}
}

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n)

/**
 * Checks a template before it is stored or rendered. Templates arrive as
 * JSON from an editor, so the checks do not trust the TypeScript types:
 * sizes must be whole pixels (sharp composites at whole pixels), every slot
 * must lie inside the image, and ids must be unique because texts are given
 * per slot id.
 */
export function validateTemplate(template: PosterTemplate): TemplateValidation {
	const problems: TemplateProblem[] = []
	const side = (n: unknown) => isWhole(n) && n >= MIN_IMAGE_SIDE && n <= MAX_IMAGE_SIDE
	const imageOk = side(template.width) && side(template.height)
	if (!imageOk) problems.push({ slotId: null, problem: 'bad-size' })
	const slots = Array.isArray(template.slots) ? template.slots : null
	if (!slots) return { ok: false, problems: [...problems, { slotId: null, problem: 'bad-size' }] }
	// Past the limit the slots are not looked at one by one: a template with
	// thousands of slots gets one problem, not thousands.
	if (slots.length > MAX_SLOTS) {
		return { ok: false, problems: [...problems, { slotId: null, problem: 'too-many-slots' }] }
	}

	const seen = new Set<string>()
	for (const slot of slots) {
		const slotId = typeof slot.id === 'string' ? slot.id : null
		const report = (problem: TemplateProblem['problem']) => problems.push({ slotId, problem })
		if (slotId === null || !SLOT_ID.test(slotId)) report('bad-id')
		else if (seen.has(slotId)) report('duplicate-id')
		else seen.add(slotId)

		if (!KINDS.includes(slot.kind) || !ALIGNS.includes(slot.align)) report('bad-option')
		else if (slot.weight !== undefined && !WEIGHTS.includes(slot.weight)) report('bad-option')
		else if (slot.bind !== undefined && (slot.kind !== 'text' || !BINDINGS.includes(slot.bind)))
			report('bad-option')

		const { x, y, width, height } = slot
		if (![x, y, width, height].every(isWhole)) {
			report('bad-size')
		} else {
			if (width < MIN_SLOT_SIDE || height < MIN_SLOT_SIDE) report('too-small')
			const inside =
				x >= 0 && y >= 0 && x + width <= template.width && y + height <= template.height
			if (imageOk && !inside) report('outside-image')
		}
		if (
			typeof slot.fontSize !== 'number' ||
			!(slot.fontSize >= MIN_FONT_SIZE && slot.fontSize <= MAX_FONT_SIZE)
		) {
			report('bad-size')
		}
		if (typeof slot.color !== 'string' || !COLOUR.test(slot.color)) report('bad-colour')
		else if (slot.fill !== undefined && (typeof slot.fill !== 'string' || !COLOUR.test(slot.fill)))
			report('bad-colour')
	}
	return problems.length ? { ok: false, problems } : { ok: true }
}

/** Pixels of an image, row by row, `channels` bytes each (RGB or RGBA first). */
export type Pixels = {
	data: ArrayLike<number>
	width: number
	height: number
	channels: number
}

/**
 * The colour a box's fill should have to blend into the artwork around it:
 * the median, channel by channel, of the artwork's pixels along the box's
 * four edges. Around words on a plain or gently shaded background the edges
 * are mostly background, and the median ignores the strokes of letters
 * that cross them, where a mean would be darkened by them. The box is cut
 * to the image; a box with no pixels in it gives white.
 */
export function edgeColour(
	pixels: Pixels,
	box: Pick<TemplateSlot, 'x' | 'y' | 'width' | 'height'>,
): string {
	const left = Math.max(0, Math.floor(box.x))
	const top = Math.max(0, Math.floor(box.y))
	const right = Math.min(pixels.width, Math.floor(box.x + box.width)) - 1
	const bottom = Math.min(pixels.height, Math.floor(box.y + box.height)) - 1
	if (right < left || bottom < top || pixels.channels < 3) return '#ffffff'
	// A histogram per channel: a median of 8-bit values in one pass.
	const histograms = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)]
	let count = 0
	const add = (x: number, y: number) => {
		const at = (y * pixels.width + x) * pixels.channels
		for (let c = 0; c < 3; c++) histograms[c]![pixels.data[at + c]! & 255]!++
		count++
	}
	for (let x = left; x <= right; x++) {
		add(x, top)
		if (bottom !== top) add(x, bottom)
	}
	for (let y = top + 1; y < bottom; y++) {
		add(left, y)
		if (right !== left) add(right, y)
	}
	const median = (histogram: Uint32Array) => {
		let seen = 0
		for (let value = 0; value < 256; value++) {
			seen += histogram[value]!
			if (seen * 2 >= count) return value
		}
		return 255
	}
	return `#${histograms.map((h) => median(h).toString(16).padStart(2, '0')).join('')}`
}

// Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI
// PDI): an override can make a helpline number or web address read in the
// wrong order, and Pango needs none of them to lay out mixed text. The
// marks (LRM, RLM, ALM) stay: they are ordinary in Arabic and Hebrew text.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g
// C0 and C1 controls and DEL; newline is the only one kept (tabs become
// spaces and carriage returns newlines before this runs).
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g
const SPACE_RUNS = / {2,}/g

/** Everything cleanSlotText does but the cut at the limit. */
function normaliseSlotText(text: string) {
	return text
		.normalize('NFC')
		.replace(LINE_BREAKS, '\n')
		.replace(/\t/g, ' ')
		.replace(BIDI_CONTROLS, '')
		.replace(CONTROLS, '')
		.replace(SPACE_RUNS, ' ')
		.replace(/ ?\n ?/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim()
}

/**
 * The text a slot will print, from what someone typed or pasted: NFC (so
 * the same words are the same code points whatever the keyboard), without
 * bidi controls or other control characters, spaces collapsed, at most two
 * newlines in a row, trimmed, and no more than MAX_SLOT_TEXT characters
 * (a safety net: callers refuse longer text with checkSlotText rather than
 * cutting it).
 */
export function cleanSlotText(text: string): string {
	const cleaned = normaliseSlotText(text)
	const chars = Array.from(cleaned)
	return chars.length <= MAX_SLOT_TEXT ? cleaned : chars.slice(0, MAX_SLOT_TEXT).join('').trimEnd()
}

export type SlotTextCheck = 'ok' | 'too-long'

/**
 * Refuses text over MAX_SLOT_TEXT characters (code points) once cleaned:
 * pasted line endings and controls do not count against it. Text far over
 * the limit is refused before it is cleaned, so a huge paste costs nothing.
 */
export function checkSlotText(text: string): SlotTextCheck {
	if (text.length > MAX_SLOT_TEXT * 4) return 'too-long'
	let count = 0
	for (const _ of normaliseSlotText(text)) if (++count > MAX_SLOT_TEXT) return 'too-long'
	return 'ok'
}
