import fs from 'node:fs'
import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { pathForKey } from '#app/media/storage.server.ts'
import { storageKeysInUse } from '#app/models/asset.server.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import { loader as formatLoader } from '#app/routes/download.$fileId_.$format.ts'
import { db } from '#app/utils/db.server.ts'
import { attachPng, createMaterial } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

/**
 * A conversion (an image material as PNG, WebP or PDF with its credit) is
 * made on its first download and stored; later downloads stream the stored
 * file. Whatever the file says (the credit's language, the title, the
 * licence, the source of an adaptation) is part of its key: a change makes
 * a new conversion, never serves the old one.
 */

async function download(fileId: string, format: string, ui = 'en') {
	const { result } = await call(formatLoader, `/download/${fileId}/${format}?ui=${ui}`, {
		params: { fileId, format },
	})
	const response = result as Response
	expect(response.status).toBe(200)
	return Buffer.from(await response.arrayBuffer())
}

const xmpOf = async (webp: Buffer) => (await sharp(webp).metadata()).xmp?.toString('utf8') ?? ''

async function poster() {
	const material = await createMaterial({
		countryCode: 'FR',
		versions: [{ lang: 'fr', title: 'Reste en sécurité' }],
	})
	const { file } = await attachPng(material.versions[0]!.id)
	return { material, file }
}

const conversionsOf = (fileId: string) =>
	db.versionFile
		.findUniqueOrThrow({ where: { id: fileId }, select: { assetId: true } })
		.then(({ assetId }) =>
			db.conversion.findMany({ where: { assetId }, orderBy: { createdAt: 'asc' } }),
		)

describe('a conversion', () => {
	test('is made once, stored, and streamed from the store afterwards', async () => {
		const { file } = await poster()
		const first = await download(file.id, 'webp')
		const stored = await conversionsOf(file.id)
		expect(stored).toHaveLength(1)
		expect(stored[0]).toMatchObject({ format: 'webp', byteSize: first.length })
		const onDisk = pathForKey(stored[0]!.storageKey)
		expect(fs.readFileSync(onDisk).equals(first)).toBe(true)
		// The sweeper keeps it.
		expect((await storageKeysInUse([stored[0]!.storageKey])).has(stored[0]!.storageKey)).toBe(true)

		// The next download is the stored file, not a new conversion: marked
		// bytes written over it come back as they are.
		const marked = Buffer.concat([first, Buffer.from('stored copy')])
		fs.writeFileSync(onDisk, marked)
		await db.conversion.update({ where: { id: stored[0]!.id }, data: { byteSize: marked.length } })
		expect((await download(file.id, 'webp')).equals(marked)).toBe(true)
		expect(await conversionsOf(file.id)).toHaveLength(1)
	})

	test('a burst of downloads of the same conversion makes it once', async () => {
		const { file } = await poster()
		const bodies = await Promise.all(Array.from({ length: 8 }, () => download(file.id, 'pdf-a4')))
		expect(new Set(bodies.map((b) => b.toString('base64'))).size).toBe(1)
		expect(await conversionsOf(file.id)).toHaveLength(1)
	})

	test('another language, title, licence or source gives another conversion, never the stale one', async () => {
		const source = await createMaterial({
			countryCode: 'FR',
			licence: 'cc-by-sa-4.0',
			versions: [{ lang: 'fr', title: 'Reste en sécurité' }],
		})
		const adapted = await createMaterial({
			countryCode: 'BE',
			licence: 'cc-by-sa-4.0',
			originalLang: 'nl',
			versions: [{ lang: 'nl', title: 'Blijf veilig' }],
			derivedFrom: { versionId: source.versions[0]!.id, kind: 'adaptation' },
		})
		const versionId = adapted.versions[0]!.id
		const { file } = await attachPng(versionId)

		const english = await xmpOf(await download(file.id, 'webp', 'en'))
		expect(english).toContain(
			'“Blijf veilig” by Belgium, CC BY-SA 4.0, adapted from “Reste en sécurité” by France.',
		)
		const french = await xmpOf(await download(file.id, 'webp', 'fr'))
		expect(french).toContain('<rdf:li xml:lang="x-default">« Blijf veilig » par Belgique')

		await db.materialVersion.update({
			where: { id: versionId },
			data: { title: 'Blijf veilig online' },
		})
		expect(await xmpOf(await download(file.id, 'webp', 'en'))).toContain(
			'“Blijf veilig online” by Belgium',
		)

		await db.material.update({ where: { id: adapted.id }, data: { licence: 'cc-by-nc-sa-4.0' } })
		const nonCommercial = await xmpOf(await download(file.id, 'webp', 'en'))
		expect(nonCommercial).toContain('CC BY-NC-SA 4.0')
		expect(nonCommercial).toContain('https://creativecommons.org/licenses/by-nc-sa/4.0/')

		// The source withdrawn: the credit does not depend on its status, so
		// it is still named, and the same conversion serves.
		await db.material.update({ where: { id: source.id }, data: { status: 'withdrawn' } })
		const stillCredited = await xmpOf(await download(file.id, 'webp', 'en'))
		expect(stillCredited).toContain('Reste en sécurité')

		// Each state made its own conversion; none was served for another.
		expect(await conversionsOf(file.id)).toHaveLength(4)
		expect(english).not.toBe(french)
	})

	test('only the newest variants of a source and format are kept', async () => {
		const { material, file } = await poster()
		const versionId = material.versions[0]!.id
		for (let i = 1; i <= 10; i++) {
			await db.materialVersion.update({ where: { id: versionId }, data: { title: `Affiche ${i}` } })
			await download(file.id, 'png')
		}
		const kept = await conversionsOf(file.id)
		expect(kept).toHaveLength(8)
		const png = await download(file.id, 'png')
		expect(png.includes(Buffer.from('Affiche 10'))).toBe(true)
	})
})

describe('image work', () => {
	test('a burst of conversions runs two at a time (IMAGE_WORK_CONCURRENCY), the rest queued', async () => {
		// Noise, so encoding takes long enough to overlap.
		const side = 1600
		const noise = Buffer.alloc(side * side * 3)
		for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24
		const png = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
			.png({ compressionLevel: 1 })
			.toBuffer()
		const files = []
		for (const title of ['Poster one', 'Poster two']) {
			const material = await createMaterial({
				countryCode: 'FR',
				versions: [{ lang: 'fr', title }],
			})
			files.push(
				await attachFile({
					versionId: material.versions[0]!.id,
					bytes: png,
					mediaType: 'image/png',
					role: 'primary',
					width: side,
					height: side,
				}),
			)
		}
		let most = 0
		const sampler = setInterval(() => {
			most = Math.max(most, sharp.counters().process + sharp.counters().queue)
		}, 2)
		// Six different WebP conversions (two materials, three languages), each one sharp job.
		await Promise.all(
			files.flatMap((file) => ['en', 'fr', 'ar'].map((ui) => download(file.id, 'webp', ui))),
		)
		clearInterval(sampler)
		expect(most).toBeGreaterThan(0)
		expect(most).toBeLessThanOrEqual(2)
	})
})
