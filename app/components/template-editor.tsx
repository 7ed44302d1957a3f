import {
	useId,
	useRef,
	useState,
	useSyncExternalStore,
	type CSSProperties,
	type KeyboardEvent,
	type PointerEvent,
	type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import { directionOf } from '#app/domain/languages.ts'
import {
	edgeColour,
	MAX_FONT_SIZE,
	MAX_SLOT_TEXT,
	MAX_SLOTS,
	MIN_FONT_SIZE,
	MIN_SLOT_SIDE,
	type SlotAlign,
	type TemplateSlot,
} from '#app/domain/poster-template.ts'

export { default as templateEditorStyles } from '#app/styles/template-editor.css?url'

/**
 * The visual editor of a poster template: the background with its boxes
 * ("slots") drawn on it, and each box's settings as ordinary form fields.
 * It renders fields only: the route wraps it in a <Form method="post"> and
 * gives the Save button. Everything works without JavaScript (the fields
 * post the geometry, and adding or removing a box is a submit button whose
 * `intent` the server acts on after saving); with JavaScript the boxes can
 * also be dragged, resized and moved with the keyboard, and what is typed
 * shows on the poster at once.
 *
 * A box can cover the artwork under it with a colour (its fill), so that a
 * poster whose artwork already has words on it can be used as it is: the
 * author paints boxes over the words to replace. The colour offered is
 * sampled from the artwork along the box's edges, by the server for the
 * boxes as they were loaded and, with JavaScript, in the browser for a box
 * where it is now.
 */

export type EditorSlot = TemplateSlot & { text: string }

export type SlotBox = Pick<TemplateSlot, 'x' | 'y' | 'width' | 'height'>
export type ImageSize = { width: number; height: number }
export type DragMode = 'move' | 'resize'

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n))

/** A length on screen, in display pixels, as whole pixels on the background. */
export function toImagePixels(display: number, scale: number) {
	if (!(scale > 0) || !Number.isFinite(display)) return 0
	return Math.round(display / scale) || 0
}

/**
 * The box moved by (dx, dy) background pixels, in whole pixels, kept
 * inside the image: its size does not change.
 */
export function moveBox(box: SlotBox, dx: number, dy: number, image: ImageSize): SlotBox {
	const width = Math.round(box.width)
	const height = Math.round(box.height)
	return {
		x: clamp(Math.round(box.x + dx), 0, Math.max(0, image.width - width)),
		y: clamp(Math.round(box.y + dy), 0, Math.max(0, image.height - height)),
		width,
		height,
	}
}

/**
 * The box with its bottom-right corner moved by (dw, dh) background pixels,
 * in whole pixels: never smaller than MIN_SLOT_SIDE, never past the image's
 * right or bottom edge. Its top-left corner stays.
 */
export function resizeBox(box: SlotBox, dw: number, dh: number, image: ImageSize): SlotBox {
	const x = Math.round(box.x)
	const y = Math.round(box.y)
	return {
		x,
		y,
		width: clamp(
			Math.round(box.width + dw),
			MIN_SLOT_SIDE,
			Math.max(MIN_SLOT_SIDE, image.width - x),
		),
		height: clamp(
			Math.round(box.height + dh),
			MIN_SLOT_SIDE,
			Math.max(MIN_SLOT_SIDE, image.height - y),
		),
	}
}

/**
 * Where a box dragged by the pointer ends up: the pointer's movement in
 * display pixels is converted to background pixels by the display scale
 * (display width / background width), then the box is moved or resized.
 */
export function dragBox(
	start: SlotBox,
	mode: DragMode,
	displayDx: number,
	displayDy: number,
	scale: number,
	image: ImageSize,
): SlotBox {
	const dx = toImagePixels(displayDx, scale)
	const dy = toImagePixels(displayDy, scale)
	return mode === 'move' ? moveBox(start, dx, dy, image) : resizeBox(start, dx, dy, image)
}

/** The key's effect on a box (arrow keys; Shift for 10 px, Alt or Ctrl to resize), or null. */
export function boxAfterKey(
	box: SlotBox,
	key: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean },
	image: ImageSize,
): SlotBox | null {
	const step = key.shiftKey ? 10 : 1
	const delta: Record<string, [number, number]> = {
		ArrowLeft: [-step, 0],
		ArrowRight: [step, 0],
		ArrowUp: [0, -step],
		ArrowDown: [0, step],
	}
	const d = delta[key.key]
	if (!d) return null
	return key.altKey || key.ctrlKey
		? resizeBox(box, d[0], d[1], image)
		: moveBox(box, d[0], d[1], image)
}

// Digits in groups, as phone numbers are written ("116 111"): the poster
// renderer keeps them in one left-to-right piece in right-to-left text
// (app/media/poster-render.server.ts), where the bidi algorithm alone would
// show "111 116"; the preview does the same.
const GROUPED_NUMBER = /\+?[0-9]+(?:[ \u00A0\u202F./-]+[0-9]+)+/g

/** The text with its grouped numbers isolated left to right, as the poster prints them. */
function keepNumbersTogether(text: string): ReactNode[] {
	const parts: ReactNode[] = []
	let last = 0
	for (const match of text.matchAll(GROUPED_NUMBER)) {
		const start = match.index ?? 0
		if (start > last) parts.push(text.slice(last, start))
		parts.push(
			<bdi key={start} dir="ltr">
				{match[0]}
			</bdi>,
		)
		last = start + match[0].length
	}
	if (last < text.length) parts.push(text.slice(last))
	return parts
}

const percent = (n: number, of: number) => `${(n / of) * 100}%`
const HEX_COLOUR = /^#[0-9a-f]{6}$/i
// A logo's place along its box; the canvas is left-to-right, so 'start' is the left.
const JUSTIFY: Record<SlotAlign, string> = {
	start: 'flex-start',
	center: 'center',
	end: 'flex-end',
}

type Drag = {
	pointerId: number
	index: number
	mode: DragMode
	startX: number
	startY: number
	start: SlotBox
	scale: number
	moved: boolean
}

/**
 * The colour of the artwork along a box's edges (edgeColour), read in the
 * browser from the background as it is displayed at full size: the same
 * median the server takes, for a box that has moved since the page loaded.
 * Transparent artwork is read on white, as it is printed.
 */
async function sampleArtwork(url: string, box: SlotBox): Promise<string | null> {
	const width = Math.max(1, Math.round(box.width))
	const height = Math.max(1, Math.round(box.height))
	const image = new Image()
	image.src = url
	await image.decode()
	const canvas = document.createElement('canvas')
	canvas.width = width
	canvas.height = height
	const context = canvas.getContext('2d', { willReadFrequently: true })
	if (!context) return null
	context.fillStyle = '#ffffff'
	context.fillRect(0, 0, width, height)
	context.drawImage(image, box.x, box.y, width, height, 0, 0, width, height)
	const { data } = context.getImageData(0, 0, width, height)
	return edgeColour({ data, width, height, channels: 4 }, { x: 0, y: 0, width, height })
}

type EditorProps = {
	backgroundUrl: string
	/** The background's size in pixels. */
	width: number
	height: number
	slots: EditorSlot[]
	/** Language of the texts (for lang/dir on text fields) */
	lang: string
	/** Translated problem messages by slot id; '' for template-wide ones */
	problems: Record<string, string[]>
	readOnly?: boolean
	/** By slot id: the colour a fill would have to blend into the artwork (sampled by the server). */
	suggestedFills?: Record<string, string>
}

export function TemplateEditor(props: EditorProps) {
	// The editor keeps what is typed and dragged in its own state; slots that
	// come back from the server (after a save, an added or removed box)
	// start it afresh.
	const key = JSON.stringify([props.width, props.height, props.slots])
	return <Editor key={key} {...props} />
}

function Editor({
	backgroundUrl,
	width: imageWidth,
	height: imageHeight,
	slots: initialSlots,
	lang,
	problems,
	readOnly = false,
	suggestedFills = {},
}: EditorProps) {
	const { t, i18n } = useTranslation('contribute')
	const uid = useId()
	const [slots, setSlots] = useState(initialSlots)
	const [selected, setSelected] = useState<number | null>(null)
	const [announcement, setAnnouncement] = useState('')
	const canvasRef = useRef<HTMLDivElement>(null)
	const drag = useRef<Drag | null>(null)

	const image = { width: imageWidth, height: imageHeight }
	const dir = directionOf(lang)
	const hintId = `${uid}-hint`
	const fieldsetId = (i: number) => `${uid}-slot-${i}`
	const fieldId = (i: number, field: string) => `${uid}-slot-${i}-${field}`

	const slotName = (slot: EditorSlot, i: number) =>
		t(
			slot.kind === 'logo'
				? 'templateEditor.legend.logo'
				: slot.bind === 'helpline'
					? 'templateEditor.legend.helpline'
					: 'templateEditor.legend.text',
			{ n: i + 1 },
		)
	const geometry = (slot: EditorSlot, i: number) =>
		t('templateEditor.geometry', {
			name: slotName(slot, i),
			x: slot.x,
			y: slot.y,
			width: slot.width,
			height: slot.height,
		})

	function update(index: number, patch: Partial<EditorSlot>) {
		setSlots((current) => current.map((s, i) => (i === index ? { ...s, ...patch } : s)))
	}

	function setBox(index: number, box: SlotBox, announce: boolean) {
		const slot = slots[index]
		if (!slot) return
		update(index, box)
		if (announce) setAnnouncement(geometry({ ...slot, ...box }, index))
	}

	function scrollToFields(index: number) {
		const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
		document
			.getElementById(fieldsetId(index))
			?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' })
	}

	function focusFields(index: number) {
		document
			.getElementById(fieldsetId(index))
			?.querySelector<HTMLElement>('textarea, input:not([type="hidden"]), select')
			?.focus()
	}

	function onPointerDown(event: PointerEvent<HTMLDivElement>, index: number) {
		setSelected(index)
		const slot = slots[index]
		const canvas = canvasRef.current
		if (readOnly || !slot || !canvas || event.button !== 0) return
		const scale = canvas.getBoundingClientRect().width / imageWidth
		if (!(scale > 0)) return
		const onHandle = (event.target as Element).closest('.template-editor__handle') !== null
		drag.current = {
			pointerId: event.pointerId,
			index,
			mode: onHandle ? 'resize' : 'move',
			startX: event.clientX,
			startY: event.clientY,
			start: { x: slot.x, y: slot.y, width: slot.width, height: slot.height },
			scale,
			moved: false,
		}
		event.currentTarget.setPointerCapture(event.pointerId)
	}

	function onPointerMove(event: PointerEvent<HTMLDivElement>) {
		const d = drag.current
		if (!d || d.pointerId !== event.pointerId) return
		const dx = event.clientX - d.startX
		const dy = event.clientY - d.startY
		// A few pixels of wobble in a click are not a drag.
		if (!d.moved && Math.abs(dx) < 3 && Math.abs(dy) < 3) return
		d.moved = true
		setBox(d.index, dragBox(d.start, d.mode, dx, dy, d.scale, image), false)
	}

	function onPointerEnd(event: PointerEvent<HTMLDivElement>) {
		const d = drag.current
		if (!d || d.pointerId !== event.pointerId) return
		if (event.currentTarget.hasPointerCapture(event.pointerId)) {
			event.currentTarget.releasePointerCapture(event.pointerId)
		}
		if (d.moved) {
			const box = dragBox(
				d.start,
				d.mode,
				event.clientX - d.startX,
				event.clientY - d.startY,
				d.scale,
				image,
			)
			setBox(d.index, box, true)
		}
		// Kept until the click that follows, so that a drag does not scroll
		// the page to the box's fields.
		drag.current = d.moved ? { ...d, pointerId: -1 } : null
	}

	function onClick(index: number) {
		const dragged = drag.current?.moved
		drag.current = null
		setSelected(index)
		if (!dragged) scrollToFields(index)
	}

	function onKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number) {
		const slot = slots[index]
		if (!slot) return
		if (event.key === 'Enter' || event.key === ' ') {
			event.preventDefault()
			setSelected(index)
			focusFields(index)
			return
		}
		if (readOnly) return
		const box = boxAfterKey(slot, event, image)
		if (!box) return
		event.preventDefault()
		setSelected(index)
		setBox(index, box, true)
	}

	const slotProblems = (id: string) => problems[id] ?? []
	const knownIds = new Set(slots.map((s) => s.id))
	// Problems of ids no box has any more belong to the template as a whole.
	const generalProblems = Object.entries(problems).flatMap(([id, list]) =>
		id === '' || !knownIds.has(id) ? list : [],
	)
	const canAdd = !readOnly && slots.length < MAX_SLOTS

	return (
		<div
			className="template-editor"
			style={{ '--template-editor-ratio': imageWidth / imageHeight } as CSSProperties}
		>
			{generalProblems.length ? (
				<div className="form-message form-message--error" role="alert">
					<ul className="template-editor__problems">
						{generalProblems.map((p, i) => (
							<li key={i}>{p}</li>
						))}
					</ul>
				</div>
			) : null}
			<div className="template-editor__layout">
				<div className="template-editor__stage">
					{/* Coordinates are physical: the poster never mirrors, whatever the page's direction. */}
					<div
						ref={canvasRef}
						className="template-editor__canvas"
						dir="ltr"
						role="group"
						aria-label={t('templateEditor.canvas')}
					>
						<img
							className="template-editor__background"
							src={backgroundUrl}
							alt={t('templateEditor.background')}
							width={imageWidth}
							height={imageHeight}
							draggable={false}
						/>
						{slots.map((slot, i) => {
							const isText = slot.kind === 'text'
							const classes = ['template-editor__box', `template-editor__box--${slot.kind}`]
							if (selected === i) classes.push('template-editor__box--selected')
							if (slotProblems(slot.id).length) classes.push('template-editor__box--invalid')
							if (readOnly) classes.push('template-editor__box--readonly')
							if (slot.fill) classes.push('template-editor__box--filled')
							const style = {
								// Physical on purpose: x and y are pixels from the image's top-left corner.
								left: percent(slot.x, imageWidth),
								top: percent(slot.y, imageHeight),
								width: percent(slot.width, imageWidth),
								height: percent(slot.height, imageHeight),
								color: isText ? slot.color : undefined,
								// A filled box shows its fill, as the poster will: the words under it are gone.
								background: slot.fill && HEX_COLOUR.test(slot.fill) ? slot.fill : undefined,
								fontWeight: isText && slot.weight === 'bold' ? 700 : 400,
								'--template-editor-font': slot.fontSize / imageWidth,
								'--template-editor-justify': JUSTIFY[slot.align] ?? 'flex-start',
							} as CSSProperties
							return (
								<div
									key={`${i}-${slot.id}`}
									className={classes.join(' ')}
									style={style}
									role="button"
									tabIndex={0}
									// Its visible text starts its name (WCAG 2.5.3), then where it is.
									aria-label={
										isText && slot.text.trim()
											? `${slot.text.trim()}, ${geometry(slot, i)}`
											: geometry(slot, i)
									}
									aria-describedby={hintId}
									onPointerDown={(e) => onPointerDown(e, i)}
									onPointerMove={onPointerMove}
									onPointerUp={onPointerEnd}
									onPointerCancel={onPointerEnd}
									onClick={() => onClick(i)}
									onKeyDown={(e) => onKeyDown(e, i)}
									onFocus={() => setSelected(i)}
								>
									{!isText ? (
										<span className="template-editor__logo">{t('templateEditor.logo')}</span>
									) : slot.text.trim() ? (
										<span
											className="template-editor__text"
											lang={lang}
											dir={dir}
											style={{ textAlign: slot.align }}
										>
											{dir === 'rtl' ? keepNumbersTogether(slot.text) : slot.text}
										</span>
									) : (
										<span
											className="template-editor__text template-editor__text--empty"
											dir={i18n.dir()}
											style={{ textAlign: slot.align }}
										>
											{slotName(slot, i)}
										</span>
									)}
									{readOnly ? null : (
										<span className="template-editor__handle" aria-hidden="true" />
									)}
								</div>
							)
						})}
					</div>
					<p id={hintId} className="hint">
						{readOnly ? t('templateEditor.hintReadOnly') : t('templateEditor.hint')}
					</p>
					<p className="visually-hidden" aria-live="polite">
						{announcement}
					</p>
				</div>

				<div className="template-editor__fields">
					{slots.length === 0 ? <p className="hint">{t('templateEditor.noSlots')}</p> : null}
					{slots.map((slot, i) => (
						<SlotFields
							key={`${i}-${slot.id}`}
							slot={slot}
							index={i}
							name={slotName(slot, i)}
							id={fieldsetId(i)}
							fieldId={(field) => fieldId(i, field)}
							selected={selected === i}
							problems={slotProblems(slot.id)}
							lang={lang}
							readOnly={readOnly}
							image={image}
							suggestedFill={suggestedFills[slot.id] ?? null}
							sample={() => sampleArtwork(backgroundUrl, slots[i] ?? slot)}
							onChange={(patch) => update(i, patch)}
							onFocus={() => setSelected(i)}
						/>
					))}
					{canAdd ? (
						<div className="actions template-editor__add">
							<button
								type="submit"
								name="intent"
								value="add-slot:text"
								className="button button--secondary"
								formNoValidate
							>
								{t('templateEditor.addText')}
							</button>
							<button
								type="submit"
								name="intent"
								value="add-slot:logo"
								className="button button--secondary"
								formNoValidate
							>
								{t('templateEditor.addLogo')}
							</button>
						</div>
					) : !readOnly ? (
						<p className="hint">{t('templateEditor.maxReached', { count: MAX_SLOTS })}</p>
					) : null}
				</div>
			</div>
		</div>
	)
}

function SlotFields({
	slot,
	index,
	name,
	id,
	fieldId,
	selected,
	problems,
	lang,
	readOnly,
	image,
	suggestedFill,
	sample,
	onChange,
	onFocus,
}: {
	slot: EditorSlot
	index: number
	name: string
	id: string
	fieldId: (field: string) => string
	selected: boolean
	problems: string[]
	lang: string
	readOnly: boolean
	image: ImageSize
	suggestedFill: string | null
	sample: () => Promise<string | null>
	onChange: (patch: Partial<EditorSlot>) => void
	onFocus: () => void
}) {
	const { t } = useTranslation('contribute')
	const field = (f: string) => `slot.${index}.${f}`
	const problemsId = `${id}-problems`
	const isText = slot.kind === 'text'
	const helpline = isText && slot.bind === 'helpline'
	const color = HEX_COLOUR.test(slot.color) ? slot.color.toLowerCase() : '#000000'
	const number = (
		f: 'x' | 'y' | 'width' | 'height' | 'fontSize',
		label: string,
		min: number,
		max: number,
	) => (
		<NumberField
			id={fieldId(f)}
			// A logo box's first field is x: it carries the problems too.
			describedBy={!isText && f === 'x' && problems.length ? problemsId : undefined}
			name={field(f)}
			label={label}
			value={slot[f]}
			min={min}
			max={max}
			readOnly={readOnly}
			onChange={(value) => onChange({ [f]: value })}
		/>
	)

	// Text aligns to the language's start and end; a logo to the image's left and right.
	const [startLabel, endLabel] =
		slot.kind === 'logo'
			? [t('templateEditor.align.logoStart'), t('templateEditor.align.logoEnd')]
			: [t('templateEditor.align.start'), t('templateEditor.align.end')]
	const alignField = (
		<div className="field">
			<label htmlFor={fieldId('align')}>{t('templateEditor.fields.align')}</label>
			<select
				id={fieldId('align')}
				name={field('align')}
				value={slot.align}
				disabled={readOnly}
				onChange={(e) => onChange({ align: e.currentTarget.value as SlotAlign })}
			>
				<option value="start">{startLabel}</option>
				<option value="center">{t('templateEditor.align.center')}</option>
				<option value="end">{endLabel}</option>
			</select>
		</div>
	)
	return (
		<fieldset
			id={id}
			className={
				selected ? 'template-editor__slot template-editor__slot--selected' : 'template-editor__slot'
			}
			aria-describedby={problems.length ? problemsId : undefined}
			onFocus={onFocus}
		>
			<legend>{name}</legend>
			<input type="hidden" name={field('id')} value={slot.id} />
			<input type="hidden" name={field('kind')} value={slot.kind} />
			{problems.length ? (
				<div id={problemsId} className="template-editor__slot-problems">
					{problems.map((p, i) => (
						<p key={i} className="field__error">
							{p}
						</p>
					))}
				</div>
			) : null}

			{isText ? (
				<>
					<div className="field">
						<label htmlFor={fieldId('text')}>
							{helpline ? t('templateEditor.fields.helpline') : t('templateEditor.fields.text')}
						</label>
						<textarea
							id={fieldId('text')}
							name={field('text')}
							value={slot.text}
							maxLength={MAX_SLOT_TEXT}
							lang={lang}
							// A phone number typed in a right-to-left field shows its groups
							// reversed ("111 116") where the poster prints "116 111": the
							// helpline takes the direction of what is typed.
							dir={helpline ? 'auto' : directionOf(lang)}
							rows={helpline ? 1 : 3}
							readOnly={readOnly}
							aria-describedby={problems.length ? problemsId : undefined}
							onChange={(e) => onChange({ text: e.currentTarget.value })}
						/>
					</div>
					<label className="template-editor__check">
						<input
							type="checkbox"
							name={field('bind')}
							value="helpline"
							checked={helpline}
							disabled={readOnly}
							onChange={(e) => onChange({ bind: e.currentTarget.checked ? 'helpline' : undefined })}
						/>
						{t('templateEditor.fields.bind')}
					</label>
				</>
			) : null}

			<fieldset className="template-editor__geometry">
				<legend>{t('templateEditor.fields.geometry')}</legend>
				{number('x', t('templateEditor.fields.x'), 0, Math.max(0, image.width - MIN_SLOT_SIDE))}
				{number('y', t('templateEditor.fields.y'), 0, Math.max(0, image.height - MIN_SLOT_SIDE))}
				{number('width', t('templateEditor.fields.width'), MIN_SLOT_SIDE, image.width)}
				{number('height', t('templateEditor.fields.height'), MIN_SLOT_SIDE, image.height)}
			</fieldset>

			{isText ? (
				<>
					{number('fontSize', t('templateEditor.fields.fontSize'), MIN_FONT_SIZE, MAX_FONT_SIZE)}
					<div className="template-editor__row">
						<div className="field">
							<label htmlFor={fieldId('color')}>{t('templateEditor.fields.color')}</label>
							<input
								type="color"
								id={fieldId('color')}
								name={field('color')}
								value={color}
								disabled={readOnly}
								onChange={(e) => onChange({ color: e.currentTarget.value })}
							/>
						</div>
						{alignField}
					</div>
					<label className="template-editor__check">
						<input
							type="checkbox"
							name={field('weight')}
							value="bold"
							checked={slot.weight === 'bold'}
							disabled={readOnly}
							onChange={(e) => onChange({ weight: e.currentTarget.checked ? 'bold' : 'normal' })}
						/>
						{t('templateEditor.fields.bold')}
					</label>
				</>
			) : (
				<>
					{/* A logo has no text, but a slot always has these: they keep their values. */}
					<input type="hidden" name={field('fontSize')} value={slot.fontSize} />
					<input type="hidden" name={field('color')} value={color} />
					{alignField}
				</>
			)}

			<FillFields
				slot={slot}
				field={field}
				fieldId={fieldId}
				readOnly={readOnly}
				suggested={suggestedFill}
				sample={sample}
				onChange={onChange}
			/>

			{readOnly ? null : (
				<div className="actions">
					<button
						type="submit"
						name="intent"
						value={`remove-slot:${slot.id}`}
						className="button button--secondary button--small"
						formNoValidate
					>
						{t('templateEditor.remove')}
					</button>
				</div>
			)}
		</fieldset>
	)
}

const noSubscription = () => () => {}

/** False in the server's HTML and before hydration, true once JavaScript runs the page. */
function useHydrated() {
	return useSyncExternalStore(
		noSubscription,
		() => true,
		() => false,
	)
}

/**
 * Whether a box covers the artwork under it, and with what colour: a
 * checkbox and a colour field, posted as they are without JavaScript (the
 * colour offered is the one the server sampled). With JavaScript, a button
 * samples the colour from the artwork where the box is now, and ticking the
 * checkbox for a box that has no colour yet does the same.
 */
function FillFields({
	slot,
	field,
	fieldId,
	readOnly,
	suggested,
	sample,
	onChange,
}: {
	slot: EditorSlot
	field: (f: string) => string
	fieldId: (f: string) => string
	readOnly: boolean
	suggested: string | null
	sample: () => Promise<string | null>
	onChange: (patch: Partial<EditorSlot>) => void
}) {
	const { t } = useTranslation('contribute')
	const [colour, setColour] = useState(() =>
		(slot.fill && HEX_COLOUR.test(slot.fill) ? slot.fill : (suggested ?? '#ffffff')).toLowerCase(),
	)
	// Whether the colour was chosen (picked, sampled or saved), so ticking the box keeps it.
	const chosen = useRef(Boolean(slot.fill))
	const checkbox = useRef<HTMLInputElement>(null)
	const scripted = useHydrated()
	const [sampling, setSampling] = useState(false)
	const covers = Boolean(slot.fill)
	const hintId = `${fieldId('fill')}-hint`
	// Read only, a box that covers nothing has nothing to say about it.
	if (readOnly && !covers) return null

	async function sampleNow() {
		setSampling(true)
		try {
			const sampled = await sample()
			if (!sampled) return
			setColour(sampled)
			chosen.current = true
			// The box may have been unticked while the artwork was read.
			if (checkbox.current?.checked) onChange({ fill: sampled })
		} catch {
			// An artwork that cannot be read here keeps the colour offered by the server.
		} finally {
			setSampling(false)
		}
	}

	return (
		<fieldset className="template-editor__fill">
			<legend>{t('templateEditor.fill.legend')}</legend>
			<p id={hintId} className="hint">
				{t('templateEditor.fill.hint')}
			</p>
			<label className="template-editor__check">
				<input
					type="checkbox"
					name={field('cover')}
					value="yes"
					checked={covers}
					disabled={readOnly}
					aria-describedby={hintId}
					ref={checkbox}
					onChange={(e) => {
						const on = e.currentTarget.checked
						// Ticked at once with the colour offered, then refined where the box is now.
						onChange({ fill: on ? colour : undefined })
						if (on && scripted && !chosen.current) void sampleNow()
					}}
				/>
				{t('templateEditor.fill.cover')}
			</label>
			<div className="template-editor__row">
				<div className="field">
					<label htmlFor={fieldId('fill')}>{t('templateEditor.fill.colour')}</label>
					<input
						type="color"
						id={fieldId('fill')}
						name={field('fill')}
						value={colour}
						disabled={readOnly}
						onChange={(e) => {
							const value = e.currentTarget.value
							setColour(value)
							chosen.current = true
							if (covers) onChange({ fill: value })
						}}
					/>
				</div>
				{scripted && !readOnly ? (
					<button
						type="button"
						className="button button--secondary button--small"
						disabled={sampling}
						onClick={() => void sampleNow()}
					>
						{t('templateEditor.fill.sample')}
					</button>
				) : null}
			</div>
		</fieldset>
	)
}

/**
 * A whole-pixel number field whose value can also change from the canvas.
 * What is being typed is kept as typed (an empty field, a lone minus sign)
 * and passed on only when it is a number.
 */
function NumberField({
	id,
	name,
	label,
	value,
	min,
	max,
	readOnly,
	describedBy,
	onChange,
}: {
	id: string
	name: string
	label: string
	describedBy?: string
	value: number
	min: number
	max: number
	readOnly: boolean
	onChange: (value: number) => void
}) {
	const [draft, setDraft] = useState<string | null>(null)
	return (
		<div className="field">
			<label htmlFor={id}>{label}</label>
			<input
				type="number"
				id={id}
				name={name}
				value={draft ?? String(value)}
				min={min}
				max={max}
				step={1}
				inputMode="numeric"
				readOnly={readOnly}
				aria-describedby={describedBy}
				onChange={(e) => {
					const text = e.currentTarget.value
					setDraft(text)
					const n = Number(text)
					if (text.trim() !== '' && Number.isFinite(n)) onChange(n)
				}}
				onBlur={() => setDraft(null)}
			/>
		</div>
	)
}
