import { useTranslation } from 'react-i18next'
import { useLabels } from '#app/components/vocab.tsx'
import { extensionFor, isImage } from '#app/media/media-types.ts'
import { PRINT_PPI, printedResolution, printPixelSize, type Paper } from '#app/domain/print.ts'

export interface DownloadableFile {
	id: string
	mediaType: string
	byteSize: number
	width: number | null
	height: number | null
	/** Made from its version's poster template: its PDFs are rendered again for print. */
	rendered: boolean
}

const PAPERS = [
	{ paper: 'A4', format: 'pdf-a4' },
	{ paper: 'A3', format: 'pdf-a3' },
] as const satisfies readonly { paper: Paper; format: string }[]

/** The resolution a file's PDF prints at (app/domain/print.ts), as the download route makes it. */
function pdfResolution(file: DownloadableFile, paper: Paper) {
	if (!file.width || !file.height) return null
	const size = file.rendered ? printPixelSize(paper, file.width, file.height) : file
	return printedResolution(paper, size.width!, size.height!)
}

/**
 * One file's downloads, for the public page and for a draft in the
 * workspace. Everything carries the credit (download.$fileId.ts,
 * download.$fileId_.$format.ts). A document, video or sound is one button;
 * an image is one group: its own format first, then the others, then the
 * PDFs for print, each labelled with the resolution it prints at, or
 * "print quality" when that is 300 ppi or more. Each link's visible label
 * starts its accessible name (WCAG 2.5.3); the hidden rest says which
 * material and language it is.
 */
export function FileDownloads({
	file,
	title,
	lang,
}: {
	file: DownloadableFile
	/** The version's title and language, for the links' accessible names. */
	title: string
	lang: string
}) {
	const { t, i18n } = useTranslation()
	const labels = useLabels()
	const which = (
		<span className="visually-hidden">
			{' '}
			{t('material.downloadLabel', { title, language: labels.language(lang) })}
		</span>
	)
	const ui = `?ui=${i18n.language}`
	const format = extensionFor(file.mediaType).toUpperCase()
	const size = labels.bytes(file.byteSize)
	if (!isImage(file.mediaType)) {
		return (
			<a className="button" href={`/download/${file.id}${ui}`} download>
				{t('material.download', { format, size })}
				{which}
			</a>
		)
	}
	const choices = [
		{ href: `/download/${file.id}${ui}`, label: t('material.formats.original', { format, size }) },
		...(file.mediaType === 'image/png'
			? []
			: [{ href: `/download/${file.id}/png${ui}`, label: t('material.formats.png') }]),
		...(file.mediaType === 'image/webp'
			? []
			: [{ href: `/download/${file.id}/webp${ui}`, label: t('material.formats.webp') }]),
		...PAPERS.map(({ paper, format: pdf }) => {
			const ppi = pdfResolution(file, paper)
			return {
				href: `/download/${file.id}/${pdf}${ui}`,
				label:
					ppi === null
						? t('material.formats.pdf', { paper })
						: ppi >= PRINT_PPI
							? t('material.formats.pdfPrint', { paper })
							: t('material.formats.pdfPpi', { paper, ppi: labels.number(ppi) }),
			}
		}),
	]
	const soft = PAPERS.some(({ paper }) => (pdfResolution(file, paper) ?? PRINT_PPI) < PRINT_PPI)
	return (
		<div className="downloads" role="group" aria-labelledby={`downloads-${file.id}`}>
			<span id={`downloads-${file.id}`} className="downloads__label">
				{t('material.formats.label')}
				{which}
			</span>
			<ul className="downloads__choices">
				{choices.map((choice, i) => (
					<li key={choice.href}>
						<a
							className={i === 0 ? 'button' : 'button button--secondary'}
							href={choice.href}
							download
						>
							{choice.label}
							{which}
						</a>
					</li>
				))}
			</ul>
			{soft && file.width && file.height ? (
				<p className="hint downloads__hint">
					{t('material.formats.lowResolution', {
						width: labels.number(file.width),
						height: labels.number(file.height),
					})}
				</p>
			) : null}
		</div>
	)
}
