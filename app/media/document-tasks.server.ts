import fs from 'node:fs'
import { InvalidImage } from './image-metadata.ts'
import { type CreditPage } from './pdf-credit.server.ts'
import { cleanOfficeZip, DocumentEncrypted } from './office-clean.server.ts'
import { creditOfficeZip, type OfficeCredit } from './office-credit.server.ts'
import { readOfficeText, type OfficeFormat } from './office-text.server.ts'
import { MAX_TEXT_CHARS } from './tidy-text.ts'
import { XmlMalformed, XmlRefused, XmlTooDeep } from './xml-stream.server.ts'
import { openZip, ZipCorrupt, ZipTooLarge } from './zip.server.ts'

/**
 * What the document worker (document-worker.mjs) does with one uploaded PDF
 * or office document: writes a copy without its metadata to `outputPath`
 * and, for office documents, reads the text of that copy; or, for a
 * download, writes a stored PDF with its credit page (pdf-credit.server.ts)
 * or a stored office document with the credit in its properties
 * (office-credit.server.ts). Run only in the worker, which the server stops
 * when it outlives its time or memory (documents.server.ts), so nothing
 * here can hold the server.
 */

export type DocumentTask =
	| { kind: 'office'; inputPath: string; outputPath: string; mediaType: string }
	| { kind: 'pdf'; inputPath: string; outputPath: string }
	| { kind: 'credit-pdf'; inputPath: string; outputPath: string; credit: CreditPage }
	| {
			kind: 'credit-office'
			inputPath: string
			outputPath: string
			mediaType: string
			credit: OfficeCredit
	  }

/**
 * - corrupt: not a document we can read (malformed zip, XML or PDF);
 * - encrypted: protected, so its metadata cannot be removed;
 * - too-complex: more than the limits below once unpacked, or nested
 *   deeper than any real document.
 */
export type DocumentRefusal = 'corrupt' | 'encrypted' | 'too-complex'

export type DocumentTaskResult =
	{ ok: true; text: string | null } | { ok: false; reason: DocumentRefusal }

const MAX_ZIP_ENTRIES = 10_000
/** All entries of one office document, inflated: several times what a 50 MB upload of real pictures and text unpacks to. */
const MAX_OFFICE_UNPACKED_BYTES = 256 * 1024 * 1024
/** The XML parts read for the text, inflated once more. */
const MAX_OFFICE_XML_BYTES = 50 * 1024 * 1024

const OFFICE_FORMAT_BY_MEDIA_TYPE: Record<string, OfficeFormat> = {
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
	'application/vnd.oasis.opendocument.text': 'odt',
	'application/vnd.oasis.opendocument.presentation': 'odp',
}

export async function runDocumentTask(task: DocumentTask): Promise<DocumentTaskResult> {
	try {
		if (task.kind === 'pdf') {
			// Loaded only for PDFs: pdf-lib is a third of the worker's start-up.
			const { cleanPdf } = await import('./pdf-clean.server.ts')
			// A copy of its own: parts of pdf-lib read a view's whole ArrayBuffer,
			// which for a small Buffer is Node's shared pool.
			const cleaned = await cleanPdf(new Uint8Array(fs.readFileSync(task.inputPath)))
			if (cleaned === 'encrypted') return { ok: false, reason: 'encrypted' }
			fs.writeFileSync(task.outputPath, cleaned, { flag: 'wx' })
			return { ok: true, text: null }
		}
		if (task.kind === 'credit-pdf') {
			const { pdfWithCreditPage } = await import('./pdf-credit.server.ts')
			const credited = await pdfWithCreditPage(
				new Uint8Array(fs.readFileSync(task.inputPath)),
				task.credit,
			)
			fs.writeFileSync(task.outputPath, credited, { flag: 'wx' })
			return { ok: true, text: null }
		}
		if (task.kind === 'credit-office') {
			const format = OFFICE_FORMAT_BY_MEDIA_TYPE[task.mediaType]
			const stored = fs.readFileSync(task.inputPath)
			const credited = format
				? creditOfficeZip(openZip(stored, MAX_ZIP_ENTRIES), format, task.credit, {
						left: MAX_OFFICE_UNPACKED_BYTES,
					})
				: null
			fs.writeFileSync(task.outputPath, credited ?? stored, { flag: 'wx' })
			return { ok: true, text: null }
		}
		return cleanOfficeDocument(task.inputPath, task.outputPath, task.mediaType)
	} catch (error) {
		return { ok: false, reason: refusalFor(error, task.kind) }
	}
}

/**
 * A media type that is not one of the four is 'corrupt': the caller decided
 * it was one. The text is read from the cleaned copy, not the upload, which
 * checks that the copy reads as a whole document; the copy is written only
 * then.
 */
function cleanOfficeDocument(
	inputPath: string,
	outputPath: string,
	mediaType: string,
): DocumentTaskResult {
	const format = OFFICE_FORMAT_BY_MEDIA_TYPE[mediaType.split(';')[0]!.trim().toLowerCase()]
	if (!format) return { ok: false, reason: 'corrupt' }
	const cleaned = cleanOfficeZip(openZip(fs.readFileSync(inputPath), MAX_ZIP_ENTRIES), format, {
		left: MAX_OFFICE_UNPACKED_BYTES,
	})
	const text = readOfficeText(
		openZip(cleaned, MAX_ZIP_ENTRIES),
		format,
		{ left: MAX_OFFICE_XML_BYTES },
		MAX_TEXT_CHARS,
	)
	if (text === null) return { ok: false, reason: 'corrupt' }
	// 'wx': the output is always a new temporary file, never one that exists.
	fs.writeFileSync(outputPath, cleaned, { flag: 'wx' })
	return { ok: true, text }
}

/**
 * Refusals for what a file can cause; anything else is a fault of ours and
 * is thrown on, so that it shows. pdf-lib throws many kinds of errors for
 * the PDFs it cannot read, so every error it throws is 'corrupt'.
 */
function refusalFor(error: unknown, kind: DocumentTask['kind']): DocumentRefusal {
	if (error instanceof DocumentEncrypted) return 'encrypted'
	if (error instanceof ZipTooLarge || error instanceof XmlTooDeep) return 'too-complex'
	if (
		error instanceof ZipCorrupt ||
		error instanceof XmlMalformed ||
		error instanceof XmlRefused ||
		error instanceof InvalidImage ||
		// A read past a buffer's end, or a stack overflow on nesting in a PDF.
		error instanceof RangeError ||
		// fflate's FlateError has a numeric code.
		(error instanceof Error && typeof (error as { code?: unknown }).code === 'number') ||
		kind === 'pdf'
	)
		return 'corrupt'
	throw error
}
