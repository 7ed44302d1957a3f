import fs from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { type Part } from '#tests/fixtures/hostile-bodies.ts'

// Before the app reads its environment: small limits, so that "too large"
// is reached with a few megabytes. The largest (video, 2 MB) is where a
// file is cut off while it streams, before its type is known.
vi.hoisted(() => {
	process.env.MAX_IMAGE_MB = '1'
	process.env.MAX_DOCUMENT_MB = '1'
	process.env.MAX_VIDEO_MB = '2'
	process.env.MAX_AUDIO_MB = '1'
})

const { db } = await import('#app/utils/db.server.ts')
const { tempRoot } = await import('#app/media/storage.server.ts')
const { action: uploadAction } = await import('#app/routes/api.v1.materials.$id.files.ts')
const { action: workspaceAction } = await import('#app/routes/$lang.workspace.materials.$id.tsx')
const { createMaterial, createUser } = await import('#tests/factories.ts')
const { HOSTILE_DIR, HOSTILE_FILE_NAMES } = await import('#tests/fixtures/hostile.ts')
const { multipart, MULTIPART_TYPE, streamed } = await import('#tests/fixtures/hostile-bodies.ts')

/**
 * Uploads are read by a streaming multipart reader: the one file goes to a
 * temporary file as it arrives, and every limit (a second file, the size of
 * the file, the number and size of fields) stops the reading when it is
 * reached, whatever the body's length or encoding.
 */

let contributor: Awaited<ReturnType<typeof createUser>>
beforeAll(async () => {
	contributor = await createUser('contributor', { country: 'FR' })
})

async function draft() {
	const m = await createMaterial({ countryCode: 'FR', status: 'draft', publishedAt: null })
	return { materialId: m.id, versionId: m.versions[0]!.id }
}

const uploadFiles = () =>
	fs.existsSync(tempRoot()) ? fs.readdirSync(tempRoot()).filter((f) => f.endsWith('.upload')) : []

/** Posts a streamed multipart body to the upload endpoint; `onPull` sees each chunk as it is read. */
async function send(
	materialId: string,
	parts: Part[] | Iterator<Uint8Array>,
	options: { ui?: string; onPull?: () => void } = {},
) {
	const { body, pulled } = streamed(
		Array.isArray(parts) ? multipart(parts) : parts,
		options.onPull ? () => options.onPull!() : undefined,
	)
	const response = (await uploadAction({
		request: new Request(
			`http://localhost/api/v1/materials/${materialId}/files?ui=${options.ui ?? 'en'}`,
			{
				method: 'POST',
				headers: { cookie: contributor.cookie, 'content-type': MULTIPART_TYPE },
				body,
				...({ duplex: 'half' } as object),
			},
		),
		params: { id: materialId },
		context: {},
	})) as Response
	return {
		status: response.status,
		body: (await response.json()) as { fileId?: string; error?: { code: string; message: string } },
		pulled: pulled(),
	}
}

const jpeg = fs.readFileSync(path.join(HOSTILE_DIR, 'normal.jpg'))

describe('one file per upload', () => {
	test('a second file part is refused before any of it is written to disk', async () => {
		const { materialId, versionId } = await draft()
		let mostOnDisk = 0
		const result = await send(
			materialId,
			[
				{ name: 'versionId', content: versionId },
				{ name: 'file', fileName: 'one.jpg', type: 'image/jpeg', content: jpeg },
				// Under the size limit: only the one-file rule can stop it.
				{ name: 'file', fileName: 'two.jpg', type: 'image/jpeg', content: 1536 * 1024 },
			],
			{ onPull: () => (mostOnDisk = Math.max(mostOnDisk, uploadFiles().length)) },
		)
		expect(result.status).toBe(400)
		expect(result.body.error?.code).toBe('one-file')
		expect(result.body.error?.message).toBe('Upload one file at a time.')
		// The second file never reached the disk (the first may have, for a moment).
		expect(mostOnDisk).toBeLessThanOrEqual(1)
		expect(result.pulled).toBeLessThan(1024 * 1024)
		expect(uploadFiles()).toEqual([])
		expect(await db.versionFile.count({ where: { versionId } })).toBe(0)
	})
})

describe('hostile upload bodies', () => {
	test.each([
		[
			'10,000 fields',
			() => Array.from({ length: 10_000 }, (_, i) => ({ name: `f${i}`, content: 'x' })),
			'too-many-fields',
		],
		[
			'one field of 100 MB',
			() => [{ name: 'versionId', content: 100 * 1024 * 1024 }],
			'field-too-large',
		],
		[
			'a part header of 1 MB',
			() => [{ disposition: `form-data; name="${'n'.repeat(1024 * 1024)}"`, content: 'x' }],
			'field-too-large',
		],
		[
			'a file of 100 MB',
			() => [{ name: 'file', fileName: 'film.mp4', type: 'video/mp4', content: 100 * 1024 * 1024 }],
			'too-large',
		],
	] as const)('%s: 413, having read little more than the limit', async (_, parts, code) => {
		const { materialId } = await draft()
		const result = await send(materialId, parts() as Part[])
		expect(result.status).toBe(413)
		expect(result.body.error?.code).toBe(code)
		expect(result.body.error?.message).toBeTruthy()
		// The largest limit here is the 2 MB file.
		expect(result.pulled).toBeLessThan(3 * 1024 * 1024)
		expect(uploadFiles()).toEqual([])
	})
})

describe('file names', () => {
	test.each(HOSTILE_FILE_NAMES.map((n) => [n.why, n] as const))('%s', async (_, hostile) => {
		const { materialId, versionId } = await draft()
		const result = await send(materialId, [
			{ name: 'versionId', content: versionId },
			{ disposition: hostile.disposition, type: 'image/jpeg', content: jpeg },
		])
		expect(result.status, JSON.stringify(result.body)).toBe(201)
		const file = await db.versionFile.findUniqueOrThrow({ where: { id: result.body.fileId! } })
		expect(file.fileName).toBe(hostile.fileName)
	})
})

describe('the "too large" message', () => {
	// Noise does not compress: a PNG of it is as large as its pixels.
	const noisyPng = async () => {
		const sharp = (await import('sharp')).default
		const noise = Buffer.alloc(800 * 700 * 3)
		for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
		return sharp(noise, { raw: { width: 800, height: 700, channels: 3 } })
			.png({ compressionLevel: 0 })
			.toBuffer()
	}
	const cases = {
		en: ['at most 1 MB', 'at most 2 MB'],
		fr: ['au plus 1 Mo', 'au plus 2 Mo'],
		ar: ['1 ميغابايت على الأكثر', '2 ميغابايت على الأكثر'],
	}

	test.each(Object.entries(cases))(
		'%s: says the limit, for its type and while streaming',
		async (ui, [image, any]) => {
			const { materialId, versionId } = await draft()
			const png = await noisyPng()
			const overImage = await send(
				materialId,
				[
					{ name: 'versionId', content: versionId },
					{ name: 'file', fileName: 'big.png', type: 'image/png', content: png },
				],
				{ ui },
			)
			expect(overImage.status).toBe(413)
			expect(overImage.body.error?.message).toContain(image)
			const overAll = await send(
				materialId,
				[
					{ name: 'versionId', content: versionId },
					{ name: 'file', fileName: 'film.mp4', type: 'video/mp4', content: 3 * 1024 * 1024 },
				],
				{ ui },
			)
			expect(overAll.status).toBe(413)
			expect(overAll.body.error?.message).toContain(any)
		},
	)

	test('the page without JavaScript says it too', async () => {
		const { materialId, versionId } = await draft()
		const { body } = streamed(
			multipart([
				{ name: 'versionId', content: versionId },
				{ name: 'file', fileName: 'big.png', type: 'image/png', content: await noisyPng() },
			]),
		)
		const result = await workspaceAction({
			request: new Request(`http://localhost/fr/workspace/materials/${materialId}`, {
				method: 'POST',
				headers: { cookie: contributor.cookie, 'content-type': MULTIPART_TYPE },
				body,
				...({ duplex: 'half' } as object),
			}),
			params: { lang: 'fr', id: materialId },
			context: {},
		})
		expect(result).toMatchObject({
			init: { status: 413 },
			data: { upload: { code: 'too-large', limitMb: 1 } },
		})
	})

	test('an office document that is too complex to read is not said to be too many megabytes', async () => {
		const { materialId, versionId } = await draft()
		// A DOCX whose text part inflates to 51 MB (past what is read of one
		// document), in a file of some 50 KB: a zip bomb, not a large file.
		const docx = zipSync(
			{
				'[Content_Types].xml': strToU8(
					'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
				),
				'word/document.xml': new Uint8Array(51 * 1024 * 1024).fill(0x20),
			},
			{ level: 9 },
		)
		expect(docx.length).toBeLessThan(1024 * 1024)
		for (const ui of ['en', 'fr', 'ar']) {
			const result = await send(
				materialId,
				[
					{ name: 'versionId', content: versionId },
					{
						name: 'file',
						fileName: 'lesson.docx',
						type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
						content: docx,
					},
				],
				{ ui },
			)
			expect(result.body.error?.code).toBe('too-complex')
			expect(result.status).toBe(413)
			expect(result.body.error?.message).not.toMatch(/MB|Mo|ميغابايت/)
		}
	})
})
