import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, test } from 'vitest'
import { MAX_SLOTS, MIN_SLOT_SIDE } from '#app/domain/poster-template.ts'
import { createI18n } from '#app/i18n/config.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import {
	boxAfterKey,
	dragBox,
	moveBox,
	resizeBox,
	TemplateEditor,
	templateEditorStyles,
	toImagePixels,
	type EditorSlot,
} from './template-editor.tsx'

const IMAGE = { width: 600, height: 850 }

function slot(overrides: Partial<EditorSlot> = {}): EditorSlot {
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
		text: 'Stay safe online',
		...overrides,
	}
}

function render(
	props: Partial<Parameters<typeof TemplateEditor>[0]> = {},
	uiLang: 'en' | 'fr' | 'ar' = 'en',
) {
	const i18n = createI18n(uiLang, RESOURCES[uiLang], RESOURCES.en)
	return renderToString(
		<I18nextProvider i18n={i18n}>
			<TemplateEditor
				backgroundUrl="/renditions/bg.png"
				width={IMAGE.width}
				height={IMAGE.height}
				slots={[]}
				lang="en"
				problems={{}}
				{...props}
			/>
		</I18nextProvider>,
	)
}

/** The opening tag of the element whose name attribute is `name`. */
function tagNamed(html: string, name: string) {
	const match = html.match(
		new RegExp(`<(input|textarea|select)[^>]*name="${name.replace(/\./g, '\\.')}"[^>]*>`),
	)
	return match?.[0] ?? null
}

const SLOTS: EditorSlot[] = [
	slot(),
	slot({
		id: 'phone',
		y: 700,
		height: 80,
		fontSize: 40,
		color: '#1b2430',
		align: 'center',
		weight: 'bold',
		bind: 'helpline',
		text: '116 111',
	}),
	slot({ id: 'logo', kind: 'logo', x: 20, y: 780, width: 120, height: 60, text: '', align: 'end' }),
]

describe('TemplateEditor (server-rendered)', () => {
	const html = render({ slots: SLOTS })

	test('posts every field of every slot, by index, with its value', () => {
		expect(tagNamed(html, 'slot.0.id')).toContain('value="headline"')
		expect(tagNamed(html, 'slot.0.id')).toContain('type="hidden"')
		expect(tagNamed(html, 'slot.0.kind')).toContain('value="text"')
		expect(html).toMatch(/<textarea[^>]*name="slot\.0\.text"[^>]*>Stay safe online<\/textarea>/)
		for (const [field, value] of [
			['x', '40'],
			['y', '50'],
			['width', '520'],
			['height', '190'],
			['fontSize', '60'],
		]) {
			const tag = tagNamed(html, `slot.0.${field}`)
			expect(tag, field).toContain('type="number"')
			expect(tag, field).toContain(`value="${value}"`)
			expect(tag, field).toContain('step="1"')
			expect(tag, field).toMatch(/min="\d+"/)
			expect(tag, field).toMatch(/max="\d+"/)
		}
		expect(tagNamed(html, 'slot.0.color')).toContain('type="color"')
		expect(tagNamed(html, 'slot.0.color')).toContain('value="#ffffff"')
		expect(html).toMatch(
			/<select[^>]*name="slot\.0\.align"[^>]*>.*?<option value="start" selected=""/,
		)
		expect(tagNamed(html, 'slot.0.weight')).toContain('value="bold"')
		expect(tagNamed(html, 'slot.0.weight')).not.toContain('checked')
		expect(tagNamed(html, 'slot.0.bind')).toContain('value="helpline"')
		expect(tagNamed(html, 'slot.0.bind')).not.toContain('checked')
		expect(tagNamed(html, 'slot.0.text')).toContain(`maxLength="1000"`)
	})

	test('a helpline slot keeps its text field, labelled as the number, and its options checked', () => {
		expect(tagNamed(html, 'slot.1.id')).toContain('value="phone"')
		expect(html).toMatch(/<textarea[^>]*name="slot\.1\.text"[^>]*>116 111<\/textarea>/)
		expect(html).toContain('Helpline number</label>')
		expect(html).toContain('<legend>Helpline box 2</legend>')
		expect(tagNamed(html, 'slot.1.bind')).toContain('checked')
		expect(tagNamed(html, 'slot.1.weight')).toContain('checked')
		expect(tagNamed(html, 'slot.1.color')).toContain('value="#1b2430"')
		expect(html).toMatch(/name="slot\.1\.align"[^>]*>.*?<option value="center" selected=""/)
		expect(html).toContain('This box shows the helpline number')
	})

	test('a logo slot has geometry, but no text, helpline or weight field', () => {
		expect(html).toContain('<legend>Logo box 3</legend>')
		expect(tagNamed(html, 'slot.2.kind')).toContain('value="logo"')
		expect(tagNamed(html, 'slot.2.x')).toContain('value="20"')
		expect(tagNamed(html, 'slot.2.height')).toContain('value="60"')
		expect(tagNamed(html, 'slot.2.text')).toBeNull()
		expect(tagNamed(html, 'slot.2.bind')).toBeNull()
		expect(tagNamed(html, 'slot.2.weight')).toBeNull()
		expect(html).toMatch(/name="slot\.2\.align"[^>]*>.*?<option value="end" selected=""/)
	})

	test('legends, remove and add buttons with their intents', () => {
		expect(html).toContain('<legend>Text box 1</legend>')
		for (const id of ['headline', 'phone', 'logo']) {
			expect(html).toMatch(
				new RegExp(
					`<button type="submit" name="intent" value="remove-slot:${id}"[^>]*>Remove this box</button>`,
				),
			)
		}
		expect(html).toMatch(
			/<button type="submit" name="intent" value="add-slot:text"[^>]*>Add a text box<\/button>/,
		)
		expect(html).toMatch(
			/<button type="submit" name="intent" value="add-slot:logo"[^>]*>Add a logo box<\/button>/,
		)
	})

	test('the canvas: background, boxes placed in percentages, left-to-right, keyboard-focusable', () => {
		expect(html).toMatch(/<div[^>]*class="template-editor__canvas"[^>]*dir="ltr"/)
		expect(html).toMatch(/<img[^>]*src="\/renditions\/bg\.png"[^>]*alt="Poster background"/)
		// x 40 of 600, y 700 of 850
		expect(html).toContain('left:6.666666666666667%')
		expect(html).toContain('top:82.35294117647058%')
		expect(html).toContain(
			'aria-label="Stay safe online, Text box 1: x 40, y 50, 520 by 190 pixels"',
		)
		expect(html.match(/role="button" tabindex="0"/g)).toHaveLength(3)
		expect(html).toContain('aria-live="polite"')
	})

	test('problems: by slot inside its fieldset, template-wide ones at the top', () => {
		const withProblems = render({
			slots: SLOTS,
			problems: {
				'': ['The template has too many boxes.'],
				phone: ['This box goes past the edge of the image.'],
				gone: ['A box that no longer exists.'],
			},
		})
		const top = withProblems.indexOf('The template has too many boxes.')
		expect(top).toBeGreaterThan(-1)
		expect(top).toBeLessThan(withProblems.indexOf('<fieldset'))
		expect(withProblems.indexOf('A box that no longer exists.')).toBeLessThan(
			withProblems.indexOf('<fieldset'),
		)
		const phone = withProblems.match(
			/<fieldset id="([^"]+)"[^>]*aria-describedby="([^"]+)"[^>]*><legend>Helpline box 2<\/legend>(.*?)<\/fieldset>/,
		)
		expect(phone).not.toBeNull()
		const [, , describedBy, inside] = phone!
		expect(inside).toContain(
			`<div id="${describedBy}" class="template-editor__slot-problems"><p class="field__error">This box goes past the edge of the image.</p>`,
		)
		expect(inside).toMatch(new RegExp(`<textarea[^>]*aria-describedby="${describedBy}"`))
	})

	test('text fields take the language and direction of the texts', () => {
		const arabic = render({ slots: SLOTS, lang: 'ar' }, 'ar')
		expect(tagNamed(arabic, 'slot.0.text')).toContain('lang="ar"')
		expect(tagNamed(arabic, 'slot.0.text')).toContain('dir="rtl"')
		// A phone number would show its groups reversed in a right-to-left field.
		expect(tagNamed(arabic, 'slot.1.text')).toContain('lang="ar"')
		expect(tagNamed(arabic, 'slot.1.text')).toContain('dir="auto"')
		// The preview keeps grouped numbers in one piece, as the poster prints them.
		expect(arabic).toContain('<bdi dir="ltr">116 111</bdi>')
		expect(arabic).toMatch(/<span class="template-editor__text" lang="ar" dir="rtl"/)
		expect(arabic).toContain('مربع النص 1')
		// The canvas stays left-to-right in an Arabic page.
		expect(arabic).toMatch(/class="template-editor__canvas"[^>]*dir="ltr"/)
		expect(tagNamed(html, 'slot.0.text')).toContain('dir="ltr"')
	})

	test('no add buttons once the template has MAX_SLOTS boxes', () => {
		const full = Array.from({ length: MAX_SLOTS }, (_, i) =>
			slot({ id: `s${i}`, y: 0, height: 10, width: 10 }),
		)
		const fullHtml = render({ slots: full })
		expect(fullHtml).not.toContain('add-slot:')
		expect(fullHtml).toContain(`at most ${MAX_SLOTS} boxes`)
		expect(fullHtml).toContain(`name="slot.${MAX_SLOTS - 1}.id"`)
		const oneLess = render({ slots: full.slice(1) })
		expect(oneLess).toContain('value="add-slot:text"')
		expect(oneLess).toContain('value="add-slot:logo"')
	})

	test('read-only: fields locked, no buttons, no resize handles', () => {
		const ro = render({ slots: SLOTS, readOnly: true })
		expect(ro).not.toContain('<button')
		expect(ro).not.toContain('template-editor__handle')
		expect(tagNamed(ro, 'slot.0.text')).toContain('readonly=""')
		expect(tagNamed(ro, 'slot.0.x')).toContain('readonly=""')
		expect(tagNamed(ro, 'slot.0.color')).toContain('disabled')
		expect(tagNamed(ro, 'slot.0.align')).toContain('disabled')
		expect(tagNamed(ro, 'slot.0.weight')).toContain('disabled')
	})

	test('every string is translated in French and Arabic', () => {
		const keys = (value: unknown, prefix = ''): string[] =>
			value && typeof value === 'object'
				? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
				: [prefix.slice(0, -1).replace(/_(zero|one|two|few|many|other)$/, '')]
		const of = (lang: 'en' | 'fr' | 'ar') =>
			[
				...new Set(keys((RESOURCES[lang].contribute as Record<string, unknown>).templateEditor)),
			].sort()
		expect(of('en').length).toBeGreaterThan(10)
		expect(of('fr')).toEqual(of('en'))
		expect(of('ar')).toEqual(of('en'))
		expect(render({ slots: SLOTS }, 'fr')).toContain('Supprimer cette zone')
	})

	test('exports the stylesheet URL', () => {
		// Vitest does not process CSS (the URL is empty here); Vite gives the real one.
		expect(typeof templateEditorStyles).toBe('string')
	})
})

describe('geometry', () => {
	const box = { x: 40, y: 50, width: 520, height: 190 }

	test('display pixels to whole background pixels', () => {
		expect(toImagePixels(100, 0.5)).toBe(200)
		expect(toImagePixels(10, 0.3)).toBe(33)
		expect(toImagePixels(-7, 2)).toBe(-3) // -3.5 rounds towards +∞
		expect(toImagePixels(10, 0)).toBe(0)
		expect(toImagePixels(Number.NaN, 1)).toBe(0)
	})

	test('a move keeps the box inside the image', () => {
		expect(moveBox(box, 10, -20, IMAGE)).toEqual({ x: 50, y: 30, width: 520, height: 190 })
		// Past the right edge: x is width - slot.width.
		expect(moveBox(box, 500, 0, IMAGE).x).toBe(IMAGE.width - box.width)
		expect(moveBox(box, -500, -500, IMAGE)).toMatchObject({ x: 0, y: 0 })
		expect(moveBox(box, 0, 5000, IMAGE).y).toBe(IMAGE.height - box.height)
	})

	test('a resize never makes a box smaller than MIN_SLOT_SIDE or past the edges', () => {
		expect(resizeBox(box, -10, 10, IMAGE)).toEqual({ x: 40, y: 50, width: 510, height: 200 })
		expect(resizeBox(box, -1000, -1000, IMAGE)).toMatchObject({
			width: MIN_SLOT_SIDE,
			height: MIN_SLOT_SIDE,
		})
		expect(resizeBox(box, 1000, 1000, IMAGE)).toEqual({
			x: 40,
			y: 50,
			width: IMAGE.width - 40,
			height: IMAGE.height - 50,
		})
	})

	test('a pointer drag converts display pixels by the scale, rounds and clamps', () => {
		// Shown at 300px wide: scale 0.5, so 15 display px = 30 image px.
		expect(dragBox(box, 'move', 15, 5.3, 0.5, IMAGE)).toEqual({
			x: 70,
			y: 61,
			width: 520,
			height: 190,
		})
		expect(dragBox(box, 'move', 1000, 0, 0.5, IMAGE).x).toBe(80)
		expect(dragBox(box, 'resize', -1000, 0, 0.5, IMAGE).width).toBe(MIN_SLOT_SIDE)
		expect(dragBox(box, 'resize', 2.2, 0, 0.5, IMAGE).width).toBe(524)
	})

	test('arrow keys move by 1 (Shift: 10), and resize with Alt or Ctrl', () => {
		const key = (
			k: string,
			mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean }> = {},
		) => ({
			key: k,
			shiftKey: false,
			altKey: false,
			ctrlKey: false,
			...mods,
		})
		expect(boxAfterKey(box, key('ArrowRight'), IMAGE)).toMatchObject({ x: 41, y: 50 })
		expect(boxAfterKey(box, key('ArrowUp', { shiftKey: true }), IMAGE)).toMatchObject({ y: 40 })
		expect(boxAfterKey(box, key('ArrowLeft', { altKey: true }), IMAGE)).toMatchObject({
			x: 40,
			width: 519,
		})
		expect(
			boxAfterKey(box, key('ArrowDown', { ctrlKey: true, shiftKey: true }), IMAGE),
		).toMatchObject({ height: 200 })
		expect(boxAfterKey(box, key('ArrowRight', { shiftKey: true }), IMAGE)).toMatchObject({ x: 50 })
		expect(boxAfterKey({ ...box, x: 80 }, key('ArrowRight'), IMAGE)).toMatchObject({ x: 80 })
		expect(boxAfterKey(box, key('a'), IMAGE)).toBeNull()
	})
})
