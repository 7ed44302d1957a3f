import { useTranslation } from 'react-i18next'
import { useLabels } from '#app/components/vocab.tsx'

/** Other formats of an image, each carrying the credit (download.$fileId_.$format.ts). */
const IMAGE_FORMATS = [
	{ format: 'png', label: 'material.formats.png' },
	{ format: 'webp', label: 'material.formats.webp' },
	{ format: 'pdf-a4', label: 'material.formats.pdfA4' },
	{ format: 'pdf-a3', label: 'material.formats.pdfA3' },
] as const

/**
 * Links to an image file as PNG, WebP and print-ready A4 and A3 PDF, for
 * the public page and for a draft in the workspace. Each link's visible
 * label starts its accessible name (WCAG 2.5.3); the hidden rest says which
 * material and language it is.
 */
export function ImageFormatLinks({
	fileId,
	title,
	lang,
}: {
	fileId: string
	/** The version's title and language, for the links' accessible names. */
	title: string
	lang: string
}) {
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	return (
		<div className="actions" style={{ flexBasis: '100%', gap: '0.5rem' }}>
			<span id={`formats-${fileId}`}>{t('material.formats.label')}</span>
			<ul
				className="actions"
				aria-labelledby={`formats-${fileId}`}
				style={{ listStyle: 'none', margin: 0, padding: 0 }}
			>
				{IMAGE_FORMATS.map(({ format, label }) => (
					<li key={format}>
						<a href={`/download/${fileId}/${format}?ui=${i18n.language}`} download>
							{t(label)}
							<span className="visually-hidden">
								{' '}
								{t('material.downloadLabel', { title, language: labels.language(lang) })}
							</span>
						</a>
					</li>
				))}
			</ul>
		</div>
	)
}
