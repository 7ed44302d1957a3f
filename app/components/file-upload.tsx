import { useRevalidator } from '@remix-run/react'
import { useRef, useState, type DragEvent, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FilePicker } from './ui/file-picker.tsx'

/** What the file picker offers; the server decides from the bytes anyway. */
export const ACCEPT =
	'image/jpeg,image/png,image/webp,image/avif,application/pdf,video/mp4,video/webm,audio/mpeg,audio/ogg,' +
	'.docx,.pptx,.odt,.odp'

/**
 * Adds a file to a language version. Without JavaScript it is a plain
 * multipart form posted to the page. With it, the file (picked or dropped)
 * is sent with XMLHttpRequest to the JSON endpoint, so a progress bar can
 * show how much has gone; the page's data is then reloaded.
 */
export function FileUpload({
	versionId,
	apiUrl,
	limits,
	error,
}: {
	versionId: string
	apiUrl: string
	/** Largest upload per kind, in MB, for the hint. */
	limits: { image: number; document: number; video: number; audio: number }
	error?: string | null
}) {
	const { t, i18n } = useTranslation('account')
	const revalidator = useRevalidator()
	const inputRef = useRef<HTMLInputElement>(null)
	const [progress, setProgress] = useState<number | null>(null)
	const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(
		error ? { tone: 'error', text: error } : null,
	)
	const [dragging, setDragging] = useState(false)
	const id = `upload-${versionId}`

	function send(event: FormEvent<HTMLFormElement>) {
		const file = inputRef.current?.files?.[0]
		if (!file || typeof XMLHttpRequest === 'undefined') return
		event.preventDefault()
		const body = new FormData()
		body.set('versionId', versionId)
		body.set('file', file)
		const xhr = new XMLHttpRequest()
		xhr.open('POST', `${apiUrl}?ui=${i18n.language}`)
		xhr.responseType = 'json'
		xhr.upload.onprogress = (e) =>
			e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100))
		xhr.onload = () => {
			setProgress(null)
			const response = xhr.response as { error?: { message: string } } | null
			if (xhr.status === 201) {
				setMessage({ tone: 'ok', text: t('upload.done', { name: file.name }) })
				if (inputRef.current) inputRef.current.value = ''
				revalidator.revalidate()
			} else {
				setMessage({
					tone: 'error',
					text: response?.error?.message ?? t('upload.errors.interrupted'),
				})
			}
		}
		xhr.onerror = () => {
			setProgress(null)
			setMessage({ tone: 'error', text: t('upload.errors.interrupted') })
		}
		setMessage(null)
		setProgress(0)
		xhr.send(body)
	}

	function drop(event: DragEvent<HTMLFormElement>) {
		event.preventDefault()
		setDragging(false)
		if (inputRef.current && event.dataTransfer.files.length) {
			inputRef.current.files = event.dataTransfer.files
			event.currentTarget.requestSubmit()
		}
	}

	return (
		<form
			method="post"
			encType="multipart/form-data"
			className={dragging ? 'upload upload--dragging' : 'upload'}
			onSubmit={send}
			onDragOver={(e) => {
				e.preventDefault()
				setDragging(true)
			}}
			onDragLeave={() => setDragging(false)}
			onDrop={drop}
		>
			<input type="hidden" name="versionId" value={versionId} />
			<label htmlFor={id}>{t('upload.label')}</label>
			<p className="hint" id={`${id}-hint`}>
				{t('upload.hint', limits)}
			</p>
			<div className="actions">
				<FilePicker
					inputRef={inputRef}
					id={id}
					name="file"
					accept={ACCEPT}
					describedBy={`${id}-hint`}
				/>
				<button type="submit" className="button" disabled={progress !== null}>
					{t('upload.submit')}
				</button>
			</div>
			{progress !== null ? (
				<progress max={100} value={progress} aria-label={t('upload.progress')}>
					{progress}%
				</progress>
			) : null}
			{message ? (
				<p
					className={message.tone === 'error' ? 'field__error' : 'hint'}
					role={message.tone === 'error' ? 'alert' : 'status'}
				>
					{message.text}
				</p>
			) : null}
		</form>
	)
}
