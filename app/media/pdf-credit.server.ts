import { PDFDocument } from 'pdf-lib'
import { drawTextBlock, layOutText, PdfTextFonts, type Paragraph } from './pdf-text.server.ts'

/**
 * An uploaded PDF as it is downloaded: the document itself untouched, and
 * one page added at its end that gives the credit as text, with the
 * credit in the document's information too.
 *
 * A page of its own rather than a line on the first page: a leaflet or a
 * poster is designed to its edges, and a footer would sit on its artwork
 * or on its text, in a document we cannot see. An annotation would be
 * hidden by many viewers and dropped by many printers. The added page is
 * the size of the last one, so it prints like the rest, and the pages
 * before it keep their numbers. Runs in the document worker
 * (document-tasks.server.ts): pdf-lib holds the whole document in memory.
 */

export interface CreditPage {
	/** "Credit it like this", in the reader's language. */
	heading: { text: string; lang: string }
	/** The credit in the reader's language, the material's address, then the credit in the other languages. */
	paragraphs: { text: string; lang: string; emphasis?: boolean }[]
	metadata: { title: string; author: string; subject: string; keywords: string[] }
}

/** 20 mm, in points. */
const MARGIN = (20 / 25.4) * 72

export async function pdfWithCreditPage(bytes: Uint8Array, credit: CreditPage) {
	const pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false })
	const pages = pdf.getPages()
	const last = pages.at(-1)
	const size = last ? last.getSize() : { width: 595.28, height: 841.89 }
	// A page of a sensible size even after a strip or a stamp-sized page.
	const width = Math.max(size.width, 298)
	const height = Math.max(size.height, 420)
	const page = pdf.addPage([width, height])
	// Text scales with the page: 11 points on A4, never under 8.
	const base = Math.max(8, Math.min(18, (11 * width) / 595.28))
	const paragraphs: Paragraph[] = [
		{ ...credit.heading, size: base * 1.3 },
		...credit.paragraphs.map((p) => ({
			text: p.text,
			lang: p.lang,
			size: p.emphasis ? base : base * 0.9,
		})),
	]
	const boxWidth = width - 2 * MARGIN
	const block = await layOutText(paragraphs, boxWidth)
	const fonts = new PdfTextFonts(pdf)
	drawTextBlock(page, fonts, block, { x: MARGIN, top: height - MARGIN, boxWidth })
	fonts.finish()

	pdf.setTitle(credit.metadata.title)
	pdf.setAuthor(credit.metadata.author)
	pdf.setSubject(credit.metadata.subject)
	pdf.setKeywords([credit.metadata.keywords.join('; ')])
	return pdf.save({
		useObjectStreams: false,
		addDefaultPage: false,
		updateFieldAppearances: false,
		objectsPerTick: Infinity,
	})
}
