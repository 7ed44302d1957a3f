import { unzipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { loader as fileLoader } from '#app/routes/download.$fileId.ts'
import { loader as formatLoader } from '#app/routes/download.$fileId_.$format.ts'
import { loader as zipLoader } from '#app/routes/download.materials.$id.zip.ts'
import { attachPng, createMaterial } from '#tests/factories.ts'
import { HOSTILE_TITLES } from '#tests/fixtures/hostile.ts'
import { call } from '#tests/support/routes.ts'

/**
 * Every download route names its file after the material's title: a title
 * with characters outside the Basic Multilingual Plane (CJK Extension B,
 * emoji, flags) must still download, under a name that is whole characters.
 */

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** The UTF-8 name of a Content-Disposition header (RFC 6266 `filename*`). */
function utf8Name(response: Response) {
	const header = response.headers.get('content-disposition') ?? ''
	const encoded = /filename\*=UTF-8''([^;]+)/.exec(header)?.[1]
	expect(encoded, header).toBeTruthy()
	return decodeURIComponent(encoded!)
}

describe.each(HOSTILE_TITLES.map((h) => [h.why, h.title] as const))('%s', (_, title) => {
	test('the file, each format and the zip download, named with whole characters', async () => {
		const material = await createMaterial({
			countryCode: 'FR',
			versions: [{ lang: 'fr', title }],
		})
		const { file } = await attachPng(material.versions[0]!.id)

		const responses: [string, Response][] = []
		const original = await call(fileLoader, `/download/${file.id}`, {
			params: { fileId: file.id },
		})
		responses.push(['file', original.result as Response])
		for (const format of ['png', 'webp', 'pdf-a4', 'pdf-a3']) {
			const converted = await call(formatLoader, `/download/${file.id}/${format}?ui=en`, {
				params: { fileId: file.id, format },
			})
			responses.push([format, converted.result as Response])
		}
		const zip = await call(zipLoader, `/download/materials/${material.id}/zip?ui=en`, {
			params: { id: material.id },
		})
		responses.push(['zip', zip.result as Response])

		for (const [route, response] of responses) {
			expect(response.status, route).toBe(200)
			const name = utf8Name(response)
			expect(name, route).not.toMatch(LONE_SURROGATE)
			expect(name.length, route).toBeLessThan(100)
			expect(name, route).toMatch(/\.(png|webp|pdf|zip)$/)
		}
		const entries = unzipSync(new Uint8Array(await responses.at(-1)![1].arrayBuffer()))
		const pictures = Object.keys(entries).filter((name) => name !== 'README.txt')
		expect(pictures).toHaveLength(1)
		expect(pictures[0]).toMatch(/^fr\/.+-fr\.png$/)
		expect(pictures[0]).not.toMatch(LONE_SURROGATE)
	})
})
