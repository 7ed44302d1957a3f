import { useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A file input that speaks the page's language. The browser draws a native
 * file input in its own language ("Choose File" on a French page), so the
 * input is hidden from sight, not from the keyboard or screen readers: it
 * keeps the focus (its ring is drawn on the button), Enter and Space open
 * the picker, and its labels name it. The button is a <label> for it, so it
 * works without JavaScript; so does the "file chosen" line, from CSS (a
 * required input is :valid once it holds a file). With JavaScript, the line
 * gives the file's name.
 */
export function FilePicker({
	id,
	name,
	accept,
	describedBy,
	invalid,
	inputRef,
	onChoose,
}: {
	id: string
	name: string
	accept: string
	describedBy?: string
	invalid?: boolean
	inputRef?: RefObject<HTMLInputElement>
	onChoose?: (file: File | null) => void
}) {
	const { t } = useTranslation()
	const [picked, setPicked] = useState<string | null>(null)
	return (
		<div className="file-picker">
			<input
				ref={inputRef}
				id={id}
				name={name}
				type="file"
				accept={accept}
				required
				className="file-picker__input"
				aria-describedby={[`${id}-chosen`, describedBy].filter(Boolean).join(' ')}
				aria-invalid={invalid || undefined}
				onChange={(event) => {
					const file = event.currentTarget.files?.[0] ?? null
					setPicked(file?.name ?? null)
					onChoose?.(file)
				}}
			/>
			<label htmlFor={id} className="button button--secondary file-picker__button">
				{t('filePicker.choose')}
			</label>
			<span id={`${id}-chosen`} className="file-picker__state">
				<span className="file-picker__none">{t('filePicker.none')}</span>
				<span className="file-picker__some">{picked ?? t('filePicker.chosen')}</span>
			</span>
		</div>
	)
}
