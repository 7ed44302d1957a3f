import { describe, expect, test } from 'vitest'
import {
	checkSlotText,
	cleanSlotText,
	edgeColour,
	MAX_SLOT_TEXT,
	MAX_SLOTS,
	validateTemplate,
	type PosterTemplate,
	type TemplateSlot,
} from './poster-template.ts'

function slot(overrides: Partial<TemplateSlot> = {}): TemplateSlot {
	return {
		id: 'headline',
		kind: 'text',
		x: 40,
		y: 50,
		width: 520,
		height: 190,
		fontSize: 60,
		color: '#ffffff',
		align: 'start',
		...overrides,
	}
}

function template(slots: TemplateSlot[], size = { width: 600, height: 850 }): PosterTemplate {
	return { ...size, slots }
}

function problemsOf(t: PosterTemplate) {
	const result = validateTemplate(t)
	return result.ok ? [] : result.problems
}

describe('validateTemplate', () => {
	test('accepts a template whose slots lie inside the image', () => {
		expect(
			validateTemplate(
				template([
					slot(),
					slot({ id: 'helpline-2', align: 'center', weight: 'bold', color: '#1B2430' }),
					slot({ id: 'logo', kind: 'logo', x: 0, y: 0, width: 600, height: 850, fontSize: 6 }),
				]),
			),
		).toEqual({ ok: true })
		// Edges touching the image's edges are inside.
		expect(validateTemplate(template([slot({ x: 592, y: 842, width: 8, height: 8 })]))).toEqual({
			ok: true,
		})
	})

	test('refuses slots outside the image, on every side', () => {
		for (const outside of [
			{ x: -1 },
			{ y: -1 },
			{ x: 81 }, // 81 + 520 > 600
			{ y: 661 }, // 661 + 190 > 850
			{ x: 1000, y: 1000 },
		]) {
			expect(problemsOf(template([slot(outside)]))).toEqual([
				{ slotId: 'headline', problem: 'outside-image' },
			])
		}
	})

	test('refuses slots under 8×8 pixels', () => {
		expect(problemsOf(template([slot({ width: 7 })]))).toEqual([
			{ slotId: 'headline', problem: 'too-small' },
		])
		expect(problemsOf(template([slot({ height: 0 })]))).toEqual([
			{ slotId: 'headline', problem: 'too-small' },
		])
	})

	test('refuses font sizes outside 6 to 400 px and sizes that are not whole pixels', () => {
		for (const fontSize of [5.9, 401, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(problemsOf(template([slot({ fontSize })]))).toEqual([
				{ slotId: 'headline', problem: 'bad-size' },
			])
		}
		expect(
			validateTemplate(template([slot({ fontSize: 6 }), slot({ id: 'b', fontSize: 400 })])),
		).toEqual({
			ok: true,
		})
		expect(problemsOf(template([slot({ x: 1.5 })]))).toEqual([
			{ slotId: 'headline', problem: 'bad-size' },
		])
	})

	test('refuses images under 100 or over 10 000 px a side', () => {
		for (const size of [
			{ width: 99, height: 850 },
			{ width: 600, height: 10_001 },
			{ width: 600.5, height: 850 },
		]) {
			expect(problemsOf(template([], size))).toEqual([{ slotId: null, problem: 'bad-size' }])
		}
		expect(validateTemplate(template([], { width: 100, height: 10_000 }))).toEqual({ ok: true })
	})

	test('refuses colours that are not #rrggbb', () => {
		for (const color of ['red', '#fff', '#12345g', 'ffffff', '#ffffff00', '#ffffff;x']) {
			expect(problemsOf(template([slot({ color })]))).toEqual([
				{ slotId: 'headline', problem: 'bad-colour' },
			])
		}
	})

	test('a fill is a #rrggbb colour too, or none', () => {
		expect(validateTemplate(template([slot({ fill: '#f2e6c9' })]))).toEqual({ ok: true })
		for (const fill of ['white', '#fff', '', 'url(#x)', 0xffffff, null])
			expect(problemsOf(template([slot({ fill: fill as string })]))).toEqual([
				{ slotId: 'headline', problem: 'bad-colour' },
			])
	})

	test('refuses duplicate and malformed ids', () => {
		expect(problemsOf(template([slot(), slot({ y: 300 })]))).toEqual([
			{ slotId: 'headline', problem: 'duplicate-id' },
		])
		for (const id of ['', 'Headline', 'head_line', 'a'.repeat(41), 'tête']) {
			expect(problemsOf(template([slot({ id })]))).toEqual([{ slotId: id, problem: 'bad-id' }])
		}
		expect(validateTemplate(template([slot({ id: 'a'.repeat(40) })]))).toEqual({ ok: true })
	})

	test('refuses unknown kinds, alignments and weights (templates arrive as JSON)', () => {
		const bad = [
			{ kind: 'video' },
			{ align: 'left' },
			{ weight: 'heavy' },
		] as unknown as Partial<TemplateSlot>[]
		for (const overrides of bad) {
			expect(problemsOf(template([slot(overrides)]))).toEqual([
				{ slotId: 'headline', problem: 'bad-option' },
			])
		}
	})

	test('refuses more than 40 slots with one problem', () => {
		const slots = Array.from({ length: MAX_SLOTS + 1 }, (_, i) => slot({ id: `s${i}` }))
		expect(problemsOf(template(slots))).toEqual([{ slotId: null, problem: 'too-many-slots' }])
		expect(validateTemplate(template(slots.slice(0, MAX_SLOTS)))).toEqual({ ok: true })
	})

	test('reports every problem, each with its slot', () => {
		expect(
			problemsOf(
				template([
					slot({ id: 'a', x: -5, color: 'blue' }),
					slot({ id: 'b', width: 4 }),
					slot({ id: 'a' }),
				]),
			),
		).toEqual([
			{ slotId: 'a', problem: 'outside-image' },
			{ slotId: 'a', problem: 'bad-colour' },
			{ slotId: 'b', problem: 'too-small' },
			{ slotId: 'a', problem: 'duplicate-id' },
		])
	})
})

describe('cleanSlotText', () => {
	test('normalises to NFC', () => {
		expect(cleanSlotText('Cafe\u0301')).toBe('Café')
		expect(cleanSlotText('Cafe\u0301')).toBe('Caf\u00e9')
	})

	test('removes bidi embeddings, overrides and isolates, keeping the marks', () => {
		const controls = [
			'\u202A',
			'\u202B',
			'\u202C',
			'\u202D',
			'\u202E',
			'\u2066',
			'\u2067',
			'\u2068',
			'\u2069',
		]
		for (const control of controls) {
			expect(cleanSlotText(`call ${control}111 611${control} now`)).toBe('call 111 611 now')
		}
		// A right-to-left override turning "gpj.exe" into something that reads as a picture.
		expect(cleanSlotText('photo\u202Egpj.exe')).toBe('photogpj.exe')
		expect(cleanSlotText('\u200Fمرحبا\u200E 116')).toBe('\u200Fمرحبا\u200E 116')
	})

	test('removes control characters except newlines', () => {
		expect(cleanSlotText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg')).toBe('abcdefg')
		expect(cleanSlotText('line one\nline two')).toBe('line one\nline two')
		expect(cleanSlotText('windows\r\nline\rmac\u2028sep\u2029para')).toBe(
			'windows\nline\nmac\nsep\npara',
		)
	})

	test('collapses spaces, trims lines and keeps at most one empty line', () => {
		expect(cleanSlotText('  116   111\t\tnow  ')).toBe('116 111 now')
		expect(cleanSlotText('one  \n   two')).toBe('one\ntwo')
		expect(cleanSlotText('one\n\n\n\n\ntwo')).toBe('one\n\ntwo')
		// A no-break space is meant: it stays.
		expect(cleanSlotText('116\u00A0111')).toBe('116\u00A0111')
		expect(cleanSlotText(' \n\t \u202E ')).toBe('')
	})

	test('keeps at most 1000 characters, without splitting a character', () => {
		expect(Array.from(cleanSlotText('x'.repeat(5000)))).toHaveLength(MAX_SLOT_TEXT)
		const emoji = cleanSlotText('👋'.repeat(1200))
		expect(Array.from(emoji)).toHaveLength(MAX_SLOT_TEXT)
		expect(emoji.endsWith('👋')).toBe(true)
	})
})

describe('checkSlotText', () => {
	test('accepts up to 1000 characters and refuses more', () => {
		expect(checkSlotText('a'.repeat(MAX_SLOT_TEXT))).toBe('ok')
		expect(checkSlotText('a'.repeat(MAX_SLOT_TEXT + 1))).toBe('too-long')
		expect(checkSlotText('a'.repeat(10_000))).toBe('too-long')
		expect(checkSlotText('')).toBe('ok')
	})

	test('counts characters as printed, not code units or pasted controls', () => {
		// 1000 emoji are 2000 UTF-16 code units.
		expect(checkSlotText('👋'.repeat(MAX_SLOT_TEXT))).toBe('ok')
		// Line endings pasted from Windows and bidi controls do not count.
		const lines = Array.from({ length: 100 }, () => 'abcdefghi').join('\r\n')
		expect(Array.from(cleanSlotText(lines))).toHaveLength(999)
		expect(checkSlotText(`\u202E${lines}\u202C`)).toBe('ok')
		// Decomposed accents count once composed: 2000 code points typed, 1000 printed.
		expect(checkSlotText('e\u0301'.repeat(MAX_SLOT_TEXT))).toBe('ok')
		expect(checkSlotText(`${'a'.repeat(MAX_SLOT_TEXT)}   `)).toBe('ok')
	})
})

describe('edgeColour', () => {
	/** A 20×10 RGB image of one colour, with a rectangle of another. */
	function image(
		back: number[],
		rect: { x: number; y: number; w: number; h: number; rgb: number[] },
	) {
		const width = 20
		const height = 10
		const data = new Uint8Array(width * height * 3)
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++) {
				const inRect = x >= rect.x && x < rect.x + rect.w && y >= rect.y && y < rect.y + rect.h
				data.set(inRect ? rect.rgb : back, (y * width + x) * 3)
			}
		return { data, width, height, channels: 3 }
	}

	test('is the background around words, whatever crosses the edges', () => {
		// Dark "letters" cross the box's left and top edges: a third of them at most.
		const pixels = image([0xf2, 0xe6, 0xc9], { x: 2, y: 2, w: 6, h: 5, rgb: [0x1b, 0x24, 0x30] })
		expect(edgeColour(pixels, { x: 4, y: 1, width: 12, height: 8 })).toBe('#f2e6c9')
	})

	test('reads RGBA, cuts the box to the image, and gives white for a box outside it', () => {
		const rgba = { data: new Uint8Array(4 * 4 * 4).fill(0x80), width: 4, height: 4, channels: 4 }
		expect(edgeColour(rgba, { x: 2, y: 2, width: 50, height: 50 })).toBe('#808080')
		expect(edgeColour(rgba, { x: 10, y: 10, width: 5, height: 5 })).toBe('#ffffff')
		// A one-pixel box is its pixel.
		expect(edgeColour(rgba, { x: 0, y: 0, width: 1, height: 1 })).toBe('#808080')
	})
})
