import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import exifReader from 'exif-reader'
import { unzipSync } from 'fflate'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'
import { beforeAll, describe, expect, test, vi } from 'vitest'

// Before the app reads its environment: a small image limit, so "too large"
// can be tested with a real 1.5 MB image.
vi.hoisted(() => {
	process.env.MAX_IMAGE_MB = '1'
})

const { db } = await import('#app/utils/db.server.ts')
const { pathForKey, tempRoot, storageRoot } = await import('#app/media/storage.server.ts')
const { action: uploadAction } = await import('#app/routes/api.v1.materials.$id.files.ts')
const { loader: fileLoader } = await import('#app/routes/files.$fileId.ts')
const { loader: healthLoader } = await import('#app/routes/healthz.ts')
const { loader: renditionLoader } = await import('#app/routes/renditions.$id.ts')
const { loader: zipLoader } = await import('#app/routes/download.materials.$id.zip.ts')
const { action: workspaceAction } = await import('#app/routes/$lang.workspace.materials.$id.tsx')
const { searchMaterials } = await import('#app/models/search.server.ts')
const { emptyFilters } = await import('#app/domain/catalog-filters.ts')
const { createMaterial, createUser } = await import('#tests/factories.ts')
const { HOSTILE_FILES, HOSTILE_DIR } = await import('#tests/fixtures/hostile.ts')
const { call } = await import('#tests/support/routes.ts')

type Upload = { name: string; type: string; bytes: Uint8Array }

async function upload(cookie: string, materialId: string, versionId: string, file: Upload) {
	const form = new FormData()
	form.set('versionId', versionId)
	form.set('file', new File([Buffer.from(file.bytes)], file.name, { type: file.type }))
	const response = (await uploadAction({
		request: new Request(`http://localhost/api/v1/materials/${materialId}/files?ui=en`, {
			method: 'POST',
			headers: { cookie },
			body: form,
		}),
		params: { id: materialId },
		context: {},
	})) as Response
	return {
		status: response.status,
		body: (await response.json()) as { fileId?: string; error?: { code: string; message: string } },
	}
}

let contributor: Awaited<ReturnType<typeof createUser>>
async function draft(country = 'FR') {
	const m = await createMaterial({ countryCode: country, status: 'draft', publishedAt: null })
	return { materialId: m.id, versionId: m.versions[0]!.id }
}

const storedFiles = () => {
	const out: string[] = []
	const walk = (dir: string) => {
		for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
			if (entry.isDirectory()) walk(path.join(dir, entry.name))
			else out.push(path.join(dir, entry.name))
		}
	}
	walk(storageRoot())
	return out.sort()
}

/** A JPEG with a GPS position in its EXIF, as a phone would write it. */
async function photoWithGps() {
	return sharp({ create: { width: 900, height: 600, channels: 3, background: '#7a9cc6' } })
		.jpeg()
		.withMetadata({ orientation: 6 })
		.withExifMerge({
			IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
			IFD3: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '48/1 51/1 2400/100',
				GPSLongitudeRef: 'E',
				GPSLongitude: '2/1 21/1 300/100',
			},
		})
		.toBuffer()
}

function hasGps(bytes: Buffer) {
	return sharp(bytes)
		.metadata()
		.then((m) => {
			if (!m.exif) return false
			const exif = exifReader(m.exif) as { GPSInfo?: Record<string, unknown> }
			return !!exif.GPSInfo && Object.keys(exif.GPSInfo).length > 0
		})
}

beforeAll(async () => {
	contributor = await createUser('contributor', { country: 'FR' })
})

describe('uploading images', () => {
	test('no stored or served byte of a photo keeps its GPS position; renditions are made; twice is once', async () => {
		const original = await photoWithGps()
		expect(await hasGps(original)).toBe(true)
		const { materialId, versionId } = await draft()
		const first = await upload(contributor.cookie, materialId, versionId, {
			name: 'photo.jpg',
			type: 'image/jpeg',
			bytes: original,
		})
		expect(first.status).toBe(201)

		const file = await db.versionFile.findUniqueOrThrow({
			where: { id: first.body.fileId! },
			include: { asset: { include: { renditions: true } } },
		})
		// Auto-oriented: the EXIF said "rotate 90°", the stored master is portrait.
		expect([file.asset.width, file.asset.height]).toEqual([600, 900])
		expect(file.fileName).toBe('photo.jpg')
		// WebP and AVIF at 320 px at least, never wider than the image itself.
		const formats = file.asset.renditions.map((r) => `${r.format}:${r.width}`)
		expect(formats).toEqual(expect.arrayContaining(['webp:320', 'avif:320']))
		expect(file.asset.renditions.every((r) => r.width <= 600)).toBe(true)
		const stored = [file.asset.storageKey, ...file.asset.renditions.map((r) => r.storageKey)]
		for (const key of stored) {
			const bytes = fs.readFileSync(pathForKey(key))
			const meta = await sharp(bytes).metadata()
			expect(meta.exif, key).toBeUndefined()
			expect(meta.xmp, key).toBeUndefined()
			expect(meta.iptc, key).toBeUndefined()
			expect(bytes.includes(Buffer.from('Exif\0\0')), key).toBe(false)
		}

		// What reviewers and, once published, everyone receives.
		const reviewer = await createUser('reviewer')
		const served = (await fileLoader({
			request: new Request('http://x', { headers: { cookie: reviewer.cookie } }),
			params: { fileId: file.id },
			context: {},
		})) as Response
		expect(served.status).toBe(200)
		expect(await hasGps(Buffer.from(await served.arrayBuffer()))).toBe(false)
		for (const r of file.asset.renditions) {
			const res = (await renditionLoader({
				request: new Request('http://x', { headers: { cookie: reviewer.cookie } }),
				params: { id: r.id },
				context: {},
			})) as Response
			expect(res.status).toBe(200)
			expect(res.headers.get('cache-control')).toBe('private, no-store')
			expect(await hasGps(Buffer.from(await res.arrayBuffer()))).toBe(false)
		}
		// Anonymous readers cannot see a draft's renditions.
		const anon = (await renditionLoader({
			request: new Request('http://x'),
			params: { id: file.asset.renditions[0]!.id },
			context: {},
		})) as Response
		expect(anon.status).toBe(404)

		// The same photo again: one asset, one attachment.
		const again = await upload(contributor.cookie, materialId, versionId, {
			name: 'photo-copy.jpg',
			type: 'image/jpeg',
			bytes: original,
		})
		expect(again).toMatchObject({ status: 201, body: { fileId: first.body.fileId } })
		expect(await db.versionFile.count({ where: { versionId, role: 'primary' } })).toBe(1)
		// The image is also the version's preview.
		expect(
			await db.versionFile.count({ where: { versionId, role: 'preview', assetId: file.assetId } }),
		).toBe(1)
		expect(fs.readdirSync(tempRoot())).toEqual([])
	}, 60_000)

	test('an image over the per-type limit is refused with the limit in the message', async () => {
		const noise = Buffer.alloc(800 * 700 * 3)
		for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
		const big = await sharp(noise, { raw: { width: 800, height: 700, channels: 3 } })
			.png({ compressionLevel: 0 })
			.toBuffer()
		expect(big.byteLength).toBeGreaterThan(1024 * 1024)
		const { materialId, versionId } = await draft()
		const result = await upload(contributor.cookie, materialId, versionId, {
			name: 'big.png',
			type: 'image/png',
			bytes: big,
		})
		expect(result.status).toBe(413)
		expect(result.body.error).toMatchObject({ code: 'too-large' })
		expect(result.body.error!.message).toContain('1 MB')
		expect(await db.versionFile.count({ where: { versionId } })).toBe(0)
	})
})

/**
 * Runs `work` while asking /healthz every 20 ms, and gives the longest the
 * server took to answer: parsing an upload must never hold the thread every
 * other request needs.
 */
async function whileProbingHealth<T>(work: Promise<T>) {
	let done = false
	let slowestMs = 0
	const probing = (async () => {
		while (!done) {
			const started = performance.now()
			const response = (await healthLoader()) as Response
			expect(response.status).toBe(200)
			await new Promise((resolve) => setTimeout(resolve, 20))
			slowestMs = Math.max(slowestMs, performance.now() - started)
		}
	})()
	try {
		return { result: await work, slowestMs: () => slowestMs }
	} finally {
		done = true
		await probing
	}
}

/** The file's bytes, and each inflated part when it is a zip (an office document). */
function partsOf(bytes: Buffer): Buffer[] {
	if (bytes.subarray(0, 2).toString('latin1') !== 'PK') return [bytes]
	return [bytes, ...Object.values(unzipSync(bytes)).map((part) => Buffer.from(part))]
}

describe('hostile files', () => {
	test.each(HOSTILE_FILES.map((f) => [`${f.file} as ${f.declaredName}`, f] as const))(
		'%s gets a clear refusal or a safe result, and the server answers meanwhile',
		async (_, hostile) => {
			const { materialId, versionId } = await draft()
			const assetsBefore = await db.asset.count()
			const filesBefore = storedFiles()
			const bytes = fs.readFileSync(path.join(HOSTILE_DIR, hostile.file))
			const { result, slowestMs } = await whileProbingHealth(
				upload(contributor.cookie, materialId, versionId, {
					name: hostile.declaredName,
					type: hostile.declaredType,
					bytes,
				}),
			)
			expect(slowestMs()).toBeLessThan(2000)
			if (hostile.expect === 'refused') {
				expect(result.status, JSON.stringify(result.body)).toBeGreaterThanOrEqual(400)
				expect(result.body.error?.message).toBeTruthy()
				// Translated, not the bare key.
				expect(result.body.error?.message).not.toContain('upload.errors')
				if (hostile.reason) expect(result.body.error?.code).toBe(hostile.reason)
				expect(await db.asset.count()).toBe(assetsBefore)
				expect(storedFiles()).toEqual(filesBefore)
			} else {
				expect(result.status, JSON.stringify(result.body)).toBe(201)
				const file = await db.versionFile.findUniqueOrThrow({
					where: { id: result.body.fileId! },
					include: { asset: true, version: true },
				})
				expect(file.fileName).not.toMatch(/[/\\\u0000-\u001f\u202a-\u202e]/)
				if (hostile.sniffed) expect(file.asset.mediaType).toBe(hostile.sniffed)
				// What is stored is a re-encoded image or a cleaned document: no script survives in it.
				const stored = fs.readFileSync(pathForKey(file.asset.storageKey))
				expect(stored.includes(Buffer.from('<script'))).toBe(false)
				expect(createHash('sha256').update(stored).digest('hex')).toBe(file.asset.sha256)
				const reviewer = await createUser('reviewer')
				const served = (await fileLoader({
					request: new Request('http://x', { headers: { cookie: reviewer.cookie } }),
					params: { fileId: file.id },
					context: {},
				})) as Response
				expect(served.headers.get('content-security-policy')).toBe('sandbox')
				// Pages show pictures; a document is never opened on the exchange's origin.
				expect(served.headers.get('content-disposition')).toBe(
					file.asset.kind === 'image' ? 'inline' : 'attachment',
				)
				const servedBytes = Buffer.from(await served.arrayBuffer())
				expect(servedBytes.equals(stored)).toBe(true)
				for (const part of partsOf(stored)) {
					for (const marker of hostile.mustNotContain ?? []) {
						expect(part.includes(marker), `${JSON.stringify(marker)} is still there`).toBe(false)
					}
				}
				if (hostile.text) expect(file.version.extractedText).toContain(hostile.text)
			}
			expect(fs.readdirSync(tempRoot())).toEqual([])
		},
		60_000,
	)
})

describe('documents', () => {
	test('a PDF is found by the text of its pages, with a picture of its first page', async () => {
		const pdf = await PDFDocument.create()
		const font = await pdf.embedFont(StandardFonts.Helvetica)
		for (const text of [
			'First page: talk to your children',
			'Second page: the word xylophonique appears here',
		]) {
			pdf.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 16, font })
		}
		const bytes = await pdf.save()
		const { materialId, versionId } = await draft()
		const result = await upload(contributor.cookie, materialId, versionId, {
			name: 'guide.pdf',
			type: 'application/pdf',
			bytes,
		})
		expect(result.status, JSON.stringify(result.body)).toBe(201)
		const file = await db.versionFile.findUniqueOrThrow({
			where: { id: result.body.fileId! },
			include: { asset: { include: { pages: true, poster: true } } },
		})
		expect(file.asset).toMatchObject({ kind: 'pdf', pageCount: 2 })
		expect(file.asset.pages.map((p) => p.page)).toEqual([1, 2])
		expect(file.asset.poster?.mediaType).toMatch(/^image\//)
		expect(
			(await db.materialVersion.findUniqueOrThrow({ where: { id: versionId } })).extractedText,
		).toContain('xylophonique')
		// Published, it is found by a word that is only inside the PDF.
		await db.material.update({
			where: { id: materialId },
			data: { status: 'published', publishedAt: new Date() },
		})
		const { indexMaterialInTransaction } = await import('#app/models/search-index.server.ts')
		await db.$transaction((tx) => indexMaterialInTransaction(tx, materialId))
		const found = await searchMaterials({
			q: 'xylophonique',
			filters: emptyFilters(),
			page: 1,
			pageSize: 10,
			uiLang: 'en',
		})
		expect(found.items.map((i) => i.id)).toContain(materialId)
	}, 60_000)
})

describe('who may upload', () => {
	test('another country’s contributor gets 404, a published material 409, nobody signed in 401; nothing is kept', async () => {
		const jpeg = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#abc' } })
			.jpeg()
			.toBuffer()
		const file = { name: 'a.jpg', type: 'image/jpeg', bytes: jpeg }
		const german = await draft('DE')
		expect(
			(await upload(contributor.cookie, german.materialId, german.versionId, file)).status,
		).toBe(404)
		const published = await createMaterial({ countryCode: 'FR' })
		expect(
			(await upload(contributor.cookie, published.id, published.versions[0]!.id, file)).status,
		).toBe(409)
		const { materialId, versionId } = await draft()
		expect((await upload('', materialId, versionId, file)).status).toBe(401)
		expect(
			await db.versionFile.count({ where: { versionId: { in: [german.versionId, versionId] } } }),
		).toBe(0)
		expect(fs.readdirSync(tempRoot())).toEqual([])
	})

	test('the plain form (no JavaScript) uploads through the page and comes back to it', async () => {
		const { materialId, versionId } = await draft()
		const form = new FormData()
		form.set('versionId', versionId)
		const png = await sharp({
			create: { width: 50, height: 50, channels: 4, background: '#0b4f8a' },
		})
			.png()
			.toBuffer()
		form.set('file', new File([png], 'logo.png', { type: 'image/png' }))
		let result: unknown
		try {
			result = await workspaceAction({
				request: new Request(`http://localhost/en/workspace/materials/${materialId}`, {
					method: 'POST',
					headers: { cookie: contributor.cookie },
					body: form,
				}),
				params: { lang: 'en', id: materialId },
				context: {},
			})
		} catch (thrown) {
			result = thrown
		}
		expect((result as Response).status).toBe(302)
		expect((result as Response).headers.get('location')).toContain('uploaded=1')
		expect(await db.versionFile.count({ where: { versionId, role: 'primary' } })).toBe(1)
	})
})

describe('downloads', () => {
	test('every language version as one zip, streamed, with a README', async () => {
		const { unzipSync } = await import('fflate')
		const { attachPng } = await import('#tests/factories.ts')
		const m = await createMaterial({
			versions: [
				{ lang: 'fr', title: 'Affiche' },
				{ lang: 'ar', title: 'ملصق' },
			],
		})
		for (const v of m.versions) await attachPng(v.id)
		const response = (await zipLoader({
			request: new Request('http://x/?ui=en'),
			params: { id: m.id },
			context: {},
		})) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('content-type')).toBe('application/zip')
		const entries = unzipSync(new Uint8Array(await response.arrayBuffer()))
		expect(Object.keys(entries).sort()).toEqual([
			'README.txt',
			'ar/ملصق-ar.png',
			'fr/affiche-fr.png',
		])
		expect(new TextDecoder().decode(entries['README.txt'])).toContain('Affiche')
		const draftOne = await draft()
		expect(
			(
				(await zipLoader({
					request: new Request('http://x'),
					params: { id: draftOne.materialId },
					context: {},
				})) as Response
			).status,
		).toBe(404)
	})
})

describe('video, audio and office documents', () => {
	test('a video gets its duration, size and a poster; a DOCX gives its text to search', async () => {
		const { execFileSync } = await import('node:child_process')
		const os = await import('node:os')
		const { zipSync, strToU8 } = await import('fflate')
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ax-video-'))
		const video = path.join(dir, 'clip.mp4')
		execFileSync('ffmpeg', [
			'-v',
			'error',
			'-f',
			'lavfi',
			'-i',
			'testsrc=duration=2:size=320x240:rate=10',
			'-pix_fmt',
			'yuv420p',
			// Where it was filmed and what it shows, as a phone writes them.
			'-metadata',
			'location=+48.8577+002.2950/',
			'-metadata',
			'title=Filmed at school',
			'-y',
			video,
		])
		const { materialId, versionId } = await draft()
		const result = await upload(contributor.cookie, materialId, versionId, {
			name: 'clip.mp4',
			type: 'video/mp4',
			bytes: fs.readFileSync(video),
		})
		expect(result.status, JSON.stringify(result.body)).toBe(201)
		const file = await db.versionFile.findUniqueOrThrow({
			where: { id: result.body.fileId! },
			include: { asset: { include: { poster: { include: { renditions: true } } } } },
		})
		expect(file.asset).toMatchObject({ kind: 'video', width: 320, height: 240 })
		expect(
			execFileSync('ffprobe', ['-v', 'error', '-show_format', video], { encoding: 'utf8' }),
		).toContain('location')
		const storedTags = execFileSync(
			'ffprobe',
			[
				'-v',
				'error',
				'-show_entries',
				'format_tags:stream_tags',
				'-of',
				'json',
				pathForKey(file.asset.storageKey),
			],
			{ encoding: 'utf8' },
		)
		expect(storedTags).not.toMatch(/location|48\.8577|Filmed at school/)
		expect(file.asset.durationMs).toBeGreaterThan(1800)
		expect(file.asset.durationMs).toBeLessThan(2200)
		expect(file.asset.poster?.renditions.length).toBeGreaterThan(0)
		expect(
			await db.versionFile.count({
				where: { versionId, role: 'preview', assetId: file.asset.posterId! },
			}),
		).toBe(1)

		const docx = zipSync({
			'[Content_Types].xml': strToU8(
				'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
			),
			'word/document.xml': strToU8(
				'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Plan de séance : le mot quetzalcoatlique</w:t></w:r></w:p></w:body></w:document>',
			),
		})
		const second = await draft()
		const doc = await upload(contributor.cookie, second.materialId, second.versionId, {
			name: 'lesson.docx',
			type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			bytes: docx,
		})
		expect(doc.status, JSON.stringify(doc.body)).toBe(201)
		expect(
			(await db.materialVersion.findUniqueOrThrow({ where: { id: second.versionId } }))
				.extractedText,
		).toContain('quetzalcoatlique')
		fs.rmSync(dir, { recursive: true, force: true })
	}, 60_000)
})

describe('removing a file from a draft', () => {
	test('the attachment, its preview, its text in search and its asset go; another country cannot', async () => {
		const pdf = await PDFDocument.create()
		const font = await pdf.embedFont(StandardFonts.Helvetica)
		pdf
			.addPage([595, 842])
			.drawText('Only here: the word zanzibarique', { x: 50, y: 780, size: 16, font })
		const { materialId, versionId } = await draft()
		const uploaded = await upload(contributor.cookie, materialId, versionId, {
			name: 'guide.pdf',
			type: 'application/pdf',
			bytes: await pdf.save(),
		})
		expect(uploaded.status).toBe(201)
		const assetId = (
			await db.versionFile.findUniqueOrThrow({ where: { id: uploaded.body.fileId! } })
		).assetId
		expect(
			(await db.materialVersion.findUniqueOrThrow({ where: { id: versionId } })).extractedText,
		).toContain('zanzibarique')

		const remove = (cookie: string) =>
			call(workspaceAction, '/x', {
				params: { lang: 'en', id: materialId },
				cookie,
				form: { intent: 'remove-file', fileId: uploaded.body.fileId! },
			})
		const german = await createUser('contributor', { country: 'DE' })
		expect((await remove(german.cookie)).outcome).toBe(404)
		expect(await db.versionFile.count({ where: { versionId } })).toBe(2)

		expect((await remove(contributor.cookie)).outcome).toBe('ok')
		expect(await db.versionFile.count({ where: { versionId } })).toBe(0)
		expect(
			(await db.materialVersion.findUniqueOrThrow({ where: { id: versionId } })).extractedText,
		).not.toContain('zanzibarique')
		expect(await db.asset.count({ where: { id: assetId } })).toBe(0)
		expect(
			await db.auditEntry.count({ where: { action: 'detach-file', entityId: materialId } }),
		).toBe(1)
		// Removing it again finds nothing.
		expect((await remove(contributor.cookie)).outcome).toBe(404)
	}, 60_000)
})
