import { describe, expect, test } from 'vitest'
import { addMissingRenditions, storeImageAsset } from '#app/models/asset.server.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import { loader as renditionLoader } from '#app/routes/renditions.$id.ts'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createPng } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

/**
 * The demo library's pictures are stored as drawn, without renditions; the
 * server gives them theirs in the background once it listens.
 */
describe('images without renditions', () => {
	test('get WebP and AVIF renditions, served like an upload’s; a second run changes nothing', async () => {
		const material = await createMaterial()
		const versionId = material.versions[0]!.id
		// A preview 700 px wide (two rendition widths), a text file, and a
		// template background, which is drawn on and never shown through renditions.
		const preview = await attachFile({
			versionId,
			role: 'preview',
			bytes: await createPng('#b8420f', 700, 990),
			mediaType: 'image/png',
			width: 700,
			height: 990,
		})
		await attachFile({
			versionId,
			role: 'primary',
			bytes: new TextEncoder().encode('Le texte de l’affiche.'),
			mediaType: 'text/plain',
		})
		const background = await storeImageAsset(
			{ bytes: await createPng('#0b4f8a', 300, 400) },
			{ mediaType: 'image/png', width: 300, height: 400 },
		)

		const lines: string[] = []
		const first = await addMissingRenditions((line) => lines.push(line))
		expect(first).toEqual({ done: 1, failed: 0 })
		expect(lines).toEqual([
			expect.stringMatching(/^renditions: 1 images given renditions in \d+ s$/),
		])

		const renditions = await db.rendition.findMany({
			where: { assetId: preview.assetId },
			orderBy: [{ format: 'asc' }, { width: 'asc' }],
		})
		expect(renditions.map((r) => `${r.format} ${r.width}×${r.height}`)).toEqual([
			'avif 320×453',
			'avif 640×905',
			'webp 320×453',
			'webp 640×905',
		])
		expect(await db.rendition.count({ where: { assetId: background.id } })).toBe(0)

		// Served as an upload's are: the published material's renditions are public.
		for (const rendition of renditions) {
			const { outcome, result } = await call(renditionLoader, `/renditions/${rendition.id}`, {
				params: { id: rendition.id },
			})
			expect(outcome).toBe('ok')
			const response = result as Response
			expect(response.headers.get('content-type')).toBe(`image/${rendition.format}`)
			expect((await response.arrayBuffer()).byteLength).toBe(rendition.byteSize)
		}

		// Idempotent: nothing left to do, no second set.
		expect(await addMissingRenditions(() => {})).toEqual({ done: 0, failed: 0 })
		expect(await db.rendition.count({ where: { assetId: preview.assetId } })).toBe(4)
	})
})
