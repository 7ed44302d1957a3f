import { PNG_SIGNATURE, pngChunks } from './png.ts'

/**
 * Metadata removed from JPEG and PNG pictures byte by byte, without decoding
 * them: for the pictures inside PDFs and office documents, which must stay
 * exactly the pictures their authors placed (uploaded images themselves are
 * re-encoded by sharp instead, see images.server.ts).
 *
 * What goes is what describes the photo rather than its pixels: EXIF (with
 * the GPS position and the camera's serial number), XMP, IPTC, comments,
 * thumbnails, and anything after the end of the image (a second picture, or
 * a polyglot's payload). What stays is what a decoder needs to show the same
 * colours: the JFIF header, an ICC profile, and Adobe's colour-transform
 * marker (without it a CMYK JPEG comes out inverted).
 */

export class InvalidImage extends Error {}

export type StrippedImage = { bytes: Buffer; changed: boolean }

/** JPEG or PNG by their first bytes; anything else comes back unchanged. */
export function stripImageMetadata(bytes: Buffer): StrippedImage {
	if (isJpeg(bytes)) return stripJpegMetadata(bytes)
	if (isPng(bytes)) return stripPngMetadata(bytes)
	return { bytes, changed: false }
}

export function isJpeg(bytes: Uint8Array) {
	return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
}

export function isPng(bytes: Uint8Array) {
	return bytes.length >= 8 && Buffer.from(bytes.buffer, bytes.byteOffset, 8).equals(PNG_SIGNATURE)
}

const SOS = 0xda
const EOI = 0xd9
const COM = 0xfe

/**
 * The JPEG without its APP1–APP15 segments (APP2 ICC profiles and the APP14
 * Adobe marker excepted), JFXX thumbnails, comments, and whatever follows
 * the end-of-image marker. Entropy-coded data is copied as it is. A file
 * cut short after its headers keeps what it has (viewers show the top of
 * the picture); one whose headers are broken throws InvalidImage.
 */
export function stripJpegMetadata(jpeg: Buffer): StrippedImage {
	if (!isJpeg(jpeg)) throw new InvalidImage('not a JPEG')
	const kept: Buffer[] = [jpeg.subarray(0, 2)]
	let changed = false
	let at = 2
	while (at < jpeg.length) {
		if (jpeg[at] !== 0xff) throw new InvalidImage(`no marker at ${at}`)
		// Any number of 0xFF may pad before a marker.
		let markerAt = at
		while (markerAt + 1 < jpeg.length && jpeg[markerAt + 1] === 0xff) markerAt++
		if (markerAt + 1 >= jpeg.length) break
		const marker = jpeg[markerAt + 1]!
		if (markerAt !== at) changed = true
		if (marker === EOI) {
			kept.push(jpeg.subarray(markerAt, markerAt + 2))
			if (markerAt + 2 < jpeg.length) changed = true
			return finish(kept, jpeg, changed)
		}
		// Markers without a length: restarts and TEM.
		if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
			kept.push(jpeg.subarray(markerAt, markerAt + 2))
			at = markerAt + 2
			continue
		}
		if (markerAt + 4 > jpeg.length) throw new InvalidImage('truncated segment')
		const length = jpeg.readUInt16BE(markerAt + 2)
		const end = markerAt + 2 + length
		if (length < 2 || end > jpeg.length) throw new InvalidImage('segment past the end')
		const segment = jpeg.subarray(markerAt, end)
		if (isMetadataSegment(marker, segment)) {
			changed = true
		} else {
			kept.push(segment)
		}
		at = end
		if (marker === SOS) {
			// Entropy-coded data runs to the next marker that is neither a
			// stuffed 0xFF00 nor a restart.
			let scan = at
			while (scan + 1 < jpeg.length) {
				if (jpeg[scan] === 0xff) {
					const next = jpeg[scan + 1]!
					if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) break
				}
				scan++
			}
			if (scan + 1 >= jpeg.length) {
				// Cut short in the image data: keep it all, as decoders do.
				kept.push(jpeg.subarray(at))
				return finish(kept, jpeg, changed)
			}
			kept.push(jpeg.subarray(at, scan))
			at = scan
		}
	}
	return finish(kept, jpeg, changed)
}

function isMetadataSegment(marker: number, segment: Buffer) {
	if (marker === COM) return true
	if (marker < 0xe0 || marker > 0xef) return false
	const label = segment.toString('latin1', 4, 16)
	if (marker === 0xe0) return !label.startsWith('JFIF\0')
	if (marker === 0xe2) return !label.startsWith('ICC_PROFILE\0')
	if (marker === 0xee) return !label.startsWith('Adobe')
	return true
}

function finish(kept: Buffer[], original: Buffer, changed: boolean): StrippedImage {
	return changed ? { bytes: Buffer.concat(kept), changed } : { bytes: original, changed }
}

/**
 * Chunks that hold text or dates: tEXt, zTXt and iTXt (XMP is an iTXt),
 * eXIf (EXIF with GPS) and tIME. Colour chunks (iCCP, sRGB, gAMA, cHRM)
 * and everything the picture needs stay.
 */
const PNG_METADATA_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME'])

/** The PNG without its text, EXIF and time chunks, nor anything after IEND. Throws InvalidImage for a broken PNG. */
export function stripPngMetadata(png: Buffer): StrippedImage {
	let chunks: ReturnType<typeof pngChunks>
	try {
		chunks = pngChunks(png)
	} catch (error) {
		throw new InvalidImage(error instanceof Error ? error.message : String(error))
	}
	const kept = chunks.filter((chunk) => !PNG_METADATA_CHUNKS.has(chunk.type))
	const length = 8 + chunks.reduce((sum, chunk) => sum + chunk.bytes.length, 0)
	if (kept.length === chunks.length && length === png.length) return { bytes: png, changed: false }
	return {
		bytes: Buffer.concat([PNG_SIGNATURE, ...kept.map((chunk) => chunk.bytes)]),
		changed: true,
	}
}
