/** The eight bytes every PNG starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The chunks of a PNG, checked for shape (not for CRCs); throws for bytes that are not a PNG. */
export function pngChunks(png: Buffer) {
	if (png.length < 8 + 25 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) {
		throw new Error('Not a PNG')
	}
	const chunks: { type: string; bytes: Buffer; data: Buffer }[] = []
	let at = 8
	while (at < png.length) {
		if (at + 12 > png.length) throw new Error('Not a PNG: truncated chunk')
		const length = png.readUInt32BE(at)
		const end = at + 12 + length
		if (length > 0x7fffffff || end > png.length) throw new Error('Not a PNG: truncated chunk')
		const type = png.toString('latin1', at + 4, at + 8)
		if (!/^[A-Za-z]{4}$/.test(type)) throw new Error('Not a PNG: bad chunk type')
		chunks.push({ type, bytes: png.subarray(at, end), data: png.subarray(at + 8, end - 4) })
		at = end
		if (type === 'IEND') break
	}
	if (chunks[0]?.type !== 'IHDR' || chunks[0].data.length !== 13) {
		throw new Error('Not a PNG: no IHDR')
	}
	if (chunks.at(-1)?.type !== 'IEND') throw new Error('Not a PNG: no IEND')
	return chunks
}
