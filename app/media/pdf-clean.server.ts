import {
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFName,
	PDFRawStream,
	PDFRef,
	PDFStream,
	type PDFContext,
	type PDFObject,
} from 'pdf-lib'
import { stripJpegMetadata } from './image-metadata.ts'

/**
 * A PDF rewritten without what identifies its author or runs on opening:
 * - the Info dictionary (Author, Creator, Producer, Title, Subject,
 *   Keywords, dates) and the trailer's file ID;
 * - XMP (/Metadata) of the document and of every object, and application
 *   data (/PieceInfo: Illustrator keeps a whole copy of its file there);
 * - the document's opening action, additional actions (/AA) of every
 *   object, the /JavaScript and /EmbeddedFiles name trees, embedded files
 *   themselves (/EF), XFA forms, usage rights and signatures (which name
 *   their signer, and no longer match once the file is rewritten);
 * - JavaScript, Launch, GoToR, GoToE, ImportData, SubmitForm, Rendition,
 *   Sound, Movie and RichMediaExecute actions wherever they are (links,
 *   bookmarks, form fields): emptied, which readers ignore;
 * - file attachment, sound, movie, screen, rich media and 3D annotations,
 *   and the author (/T) of comments;
 * - EXIF, XMP, GPS and comments of embedded JPEG pictures (DCTDecode),
 *   removed byte by byte, the pictures themselves unchanged.
 * Then only the objects still reachable from the catalog are written, as
 * a new file (not an incremental update, which would keep the old objects
 * after the new ones), with plain-text object dictionaries.
 *
 * 'encrypted' for an encrypted PDF, even one that opens without a password:
 * pdf-lib cannot decrypt it, so it cannot be cleaned. Throws for a PDF it
 * cannot read. Runs in the document worker.
 */
export async function cleanPdf(bytes: Uint8Array): Promise<Uint8Array | 'encrypted'> {
	const doc = await PDFDocument.load(bytes, {
		// Checked below: pdf-lib's own error cannot be told apart by its class.
		ignoreEncryption: true,
		updateMetadata: false,
		throwOnInvalidObject: false,
		parseSpeed: Infinity,
	})
	if (doc.isEncrypted) return 'encrypted'
	const context = doc.context
	context.trailerInfo.Info = undefined
	context.trailerInfo.ID = undefined
	if (!(context.lookup(context.trailerInfo.Root) instanceof PDFDict)) throw new Error('no catalog')

	const objects = context.enumerateIndirectObjects()
	// What points at a refused action or annotation lets go of it first,
	// while the action or annotation still says what it is.
	for (const [, object] of objects) {
		for (const dict of dictionariesIn(object)) dropReferences(context, dict)
	}
	for (const [ref, object] of objects) {
		for (const dict of dictionariesIn(object)) cleanDictionary(dict)
		if (object instanceof PDFRawStream && isJpegStream(object)) {
			const stripped = stripJpegMetadata(Buffer.from(object.getContents()))
			if (stripped.changed) context.assign(ref, PDFRawStream.of(object.dict, stripped.bytes))
		}
	}
	removeUnreachable(context)
	if (doc.getPageCount() < 1) throw new Error('no pages')
	return doc.save({
		useObjectStreams: false,
		addDefaultPage: false,
		updateFieldAppearances: false,
		objectsPerTick: Infinity,
	})
}

const name = (value: string) => PDFName.of(value)

/** Keys removed from every dictionary; none has another meaning elsewhere. */
const REMOVED_KEYS = [
	'Metadata',
	'PieceInfo',
	'OpenAction',
	'AA',
	'JavaScript',
	'EmbeddedFiles',
	'AlternatePresentations',
	'EF',
	'XFA',
	'Perms',
	'DSS',
	'Collection',
	'AF',
].map(name)

const REFUSED_ACTIONS = new Set(
	[
		'JavaScript',
		'Launch',
		'GoToR',
		'GoToE',
		'ImportData',
		'SubmitForm',
		'Rendition',
		'Sound',
		'Movie',
		'RichMediaExecute',
	].map(name),
)

const REMOVED_ANNOTATIONS = new Set(
	['FileAttachment', 'Sound', 'Movie', 'Screen', 'RichMedia', '3D'].map(name),
)

/** Annotations whose /T is not an author: a form field's name, or nothing shown. */
const ANNOTATIONS_WITHOUT_AUTHOR = new Set(['Widget', 'Link', 'Popup'].map(name))

const S = name('S')
const JS = name('JS')
const TYPE = name('Type')
const SUBTYPE = name('Subtype')
const ANNOTS = name('Annots')
const A = name('A')
const NEXT = name('Next')
const RECT = name('Rect')
const T = name('T')
const FT = name('FT')
const FILTER = name('Filter')
const DCT = name('DCTDecode')
const SIG = name('Sig')
const BYTE_RANGE = name('ByteRange')

function cleanDictionary(dict: PDFDict) {
	for (const key of REMOVED_KEYS) dict.delete(key)
	const subtype = dict.get(SUBTYPE)
	const isAnnotation =
		dict.get(TYPE) === name('Annot') || (subtype instanceof PDFName && dict.has(RECT))
	if (
		isRefusedAction(dict) ||
		dict.get(TYPE) === SIG ||
		dict.has(BYTE_RANGE) ||
		(isAnnotation && REMOVED_ANNOTATIONS.has(subtype as PDFName))
	) {
		for (const key of dict.keys()) dict.delete(key)
		return
	}
	if (isAnnotation && !dict.has(FT) && !ANNOTATIONS_WITHOUT_AUTHOR.has(subtype as PDFName))
		dict.delete(T)
}

/**
 * Takes attachments, sounds, movies, screens, rich media and 3D off a page's
 * annotations, and refused actions off the links, bookmarks and actions
 * that would run them (/A, /Next).
 */
function dropReferences(context: PDFContext, dict: PDFDict) {
	const annots = dict.lookup(ANNOTS)
	if (annots instanceof PDFArray) {
		for (let i = annots.size() - 1; i >= 0; i--) {
			const annotation = context.lookup(annots.get(i))
			if (
				annotation instanceof PDFDict &&
				REMOVED_ANNOTATIONS.has(annotation.get(SUBTYPE) as PDFName)
			)
				annots.remove(i)
		}
	}
	if (isRefusedAction(context.lookup(dict.get(A)))) dict.delete(A)
	const next = context.lookup(dict.get(NEXT))
	if (isRefusedAction(next)) dict.delete(NEXT)
	if (next instanceof PDFArray) {
		for (let i = next.size() - 1; i >= 0; i--) {
			if (isRefusedAction(context.lookup(next.get(i)))) next.remove(i)
		}
	}
}

function isRefusedAction(object: PDFObject | undefined) {
	if (!(object instanceof PDFDict)) return false
	const type = object.get(S)
	return (type instanceof PDFName && REFUSED_ACTIONS.has(type)) || object.has(JS)
}

/** A picture stored as a JPEG file: DCTDecode as its only filter. */
function isJpegStream(stream: PDFRawStream) {
	const filter = stream.dict.get(FILTER)
	if (filter === DCT) return true
	return filter instanceof PDFArray && filter.size() === 1 && filter.get(0) === DCT
}

/**
 * Every dictionary in an object (its stream dictionary, nested direct
 * dictionaries and arrays), without following references: each indirect
 * object is visited on its own. A stack rather than recursion, for objects
 * nested thousands deep.
 */
function* dictionariesIn(object: PDFObject): Generator<PDFDict> {
	const stack: PDFObject[] = [object]
	while (stack.length) {
		const item = stack.pop()!
		if (item instanceof PDFStream) {
			stack.push(item.dict)
		} else if (item instanceof PDFDict) {
			yield item
			// Read after the caller changed it, so removed values are not walked.
			for (const [, value] of item.entries()) stack.push(value)
		} else if (item instanceof PDFArray) {
			for (const value of item.asArray()) stack.push(value)
		}
	}
}

/** Deletes every object the catalog no longer leads to (the Info dictionary, XMP streams, old revisions). */
function removeUnreachable(context: PDFContext) {
	const reachable = new Set<PDFRef>()
	const stack: PDFObject[] = [context.trailerInfo.Root as PDFObject]
	while (stack.length) {
		const item = stack.pop()!
		if (item instanceof PDFRef) {
			if (reachable.has(item)) continue
			reachable.add(item)
			const target = context.lookup(item)
			if (target) stack.push(target)
		} else if (item instanceof PDFStream) {
			stack.push(item.dict)
		} else if (item instanceof PDFDict) {
			for (const [, value] of item.entries()) stack.push(value)
		} else if (item instanceof PDFArray) {
			for (const value of item.asArray()) stack.push(value)
		}
	}
	for (const [ref] of context.enumerateIndirectObjects()) {
		if (!reachable.has(ref)) context.delete(ref)
	}
}
