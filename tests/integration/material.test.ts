import { describe, expect, test } from 'vitest'
import { stripPngMetadata } from '#app/media/image-metadata.ts'
import { loader as materialLoader } from '#app/routes/$lang.materials.$id.tsx'
import { loader as downloadLoader } from '#app/routes/download.$fileId.ts'
import { loader as fileLoader } from '#app/routes/files.$fileId.ts'
import { db } from '#app/utils/db.server.ts'
import { callApi } from '#tests/support/api-contract.ts'
import { attachPng, createMaterial } from '#tests/factories.ts'

const args = (url: string, params: Record<string, string>) => ({
	request: new Request(`http://localhost${url}`),
	params,
	context: {},
})

async function expectStatus(promise: Promise<unknown>, status: number) {
	const thrown = await promise.then(
		() => null,
		(e: unknown) => e,
	)
	expect(thrown).toBeInstanceOf(Response)
	expect((thrown as Response).status).toBe(status)
}

describe('material page', () => {
	test('shows every language version with its files and the licence', async () => {
		const material = await createMaterial({
			versions: [
				{ lang: 'fr', title: 'Dis non', description: 'Pour les enfants.' },
				{ lang: 'ru', title: 'Скажи нет' },
			],
		})
		const [fr] = material.versions
		await attachPng(fr!.id)
		const data = await materialLoader(
			args(`/en/materials/${material.id}`, { lang: 'en', id: material.id }),
		)
		expect(data.material.versions.map((v) => v.lang)).toEqual(['fr', 'ru'])
		expect(data.material.versions[0]!.files[0]).toMatchObject({
			role: 'primary',
			mediaType: 'image/png',
		})
		expect(data.material.licence).toBe('cc-by-4.0')
		expect(data.title).toContain('Dis non')
	})

	test('unknown, draft and withdrawn materials are 404', async () => {
		await expectStatus(materialLoader(args('/en/materials/nope', { lang: 'en', id: 'nope' })), 404)
		const draft = await createMaterial({ status: 'draft' })
		await expectStatus(
			materialLoader(args(`/en/materials/${draft.id}`, { lang: 'en', id: draft.id })),
			404,
		)
		const withdrawn = await createMaterial({ status: 'withdrawn' })
		await expectStatus(
			materialLoader(args(`/en/materials/${withdrawn.id}`, { lang: 'en', id: withdrawn.id })),
			404,
		)
		await expectStatus(
			materialLoader(args('/en/materials/x', { lang: 'en', id: 'x'.repeat(5000) })),
			404,
		)
		const api = await callApi(`/api/v1/materials/${draft.id}`)
		expect(api.status).toBe(404)
	})

	test('lineage shows what it was adapted from and who adapted it', async () => {
		const original = await createMaterial({
			countryCode: 'FR',
			versions: [{ lang: 'fr', title: 'Original' }],
		})
		const belgian = await createMaterial({
			countryCode: 'BE',
			originalLang: 'nl',
			derivedFrom: { versionId: original.versions[0]!.id, kind: 'adaptation' },
			versions: [{ lang: 'nl', title: 'Belgische versie' }],
		})
		const dutch = await createMaterial({
			countryCode: 'NL',
			originalLang: 'nl',
			derivedFrom: { versionId: belgian.versions[0]!.id, kind: 'adaptation' },
			versions: [{ lang: 'nl', title: 'Nederlandse versie' }],
		})
		// A draft adaptation is nobody's business but its author's.
		await createMaterial({
			countryCode: 'DE',
			status: 'draft',
			derivedFrom: { versionId: original.versions[0]!.id, kind: 'adaptation' },
			versions: [{ lang: 'de', title: 'Entwurf' }],
		})

		const fromOriginal = await materialLoader(
			args(`/en/materials/${original.id}`, { lang: 'en', id: original.id }),
		)
		expect(fromOriginal.material.adaptedFrom).toBeNull()
		expect(fromOriginal.material.family.reuse).toEqual({
			derivatives: 2,
			countries: 2,
			languages: 1,
		})
		expect(fromOriginal.material.family.tree!.children.map((c) => c.id)).toEqual([belgian.id])

		const fromDutch = await materialLoader(
			args(`/en/materials/${dutch.id}`, { lang: 'en', id: dutch.id }),
		)
		expect(fromDutch.material.adaptedFrom).toMatchObject({
			materialId: belgian.id,
			countryCode: 'BE',
			title: 'Belgische versie',
		})
		expect(fromDutch.material.family.tree!.id).toBe(original.id)

		// The source changes after the adaptation: the derivative can tell.
		await db.materialVersion.update({
			where: { id: belgian.versions[0]!.id },
			data: { revision: { increment: 1 } },
		})
		const stale = await materialLoader(
			args(`/en/materials/${dutch.id}`, { lang: 'en', id: dutch.id }),
		)
		expect(stale.material.adaptedFrom!.currentRevision).toBeGreaterThan(
			stale.material.adaptedFrom!.revisionUsed!,
		)
	})
})

describe('downloads', () => {
	test('stream the stored file with its credit, named after title and language, and count them', async () => {
		const material = await createMaterial({
			versions: [{ lang: 'ar', title: 'لا تشارك صورك' }],
			originalLang: 'ar',
		})
		const { bytes, file } = await attachPng(material.versions[0]!.id)
		const response = await downloadLoader(args(`/download/${file.id}`, { fileId: file.id }))
		expect(response.status).toBe(200)
		expect(response.headers.get('content-type')).toBe('image/png')
		expect(response.headers.get('x-content-type-options')).toBe('nosniff')
		const disposition = response.headers.get('content-disposition')!
		expect(disposition).toContain('attachment')
		expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('لا-تشارك-صورك-ar.png')
		// The stored PNG, byte for byte, once the credit's text chunks are taken out.
		const downloaded = Buffer.from(await response.arrayBuffer())
		expect(downloaded.toString('utf8')).toContain('من إعداد فرنسا')
		expect(stripPngMetadata(downloaded).bytes.equals(bytes)).toBe(true)

		await downloadLoader(args(`/download/${file.id}`, { fileId: file.id })).then((r) =>
			r.arrayBuffer(),
		)
		const counts = await db.downloadCount.findMany({
			where: { versionId: material.versions[0]!.id },
		})
		expect(counts).toHaveLength(1)
		expect(counts[0]!.count).toBe(2)
		expect(Object.keys(counts[0]!).sort()).toEqual(['count', 'day', 'versionId'])
	})

	test('files of unpublished materials and unknown files are 404', async () => {
		const draft = await createMaterial({ status: 'draft' })
		const { file } = await attachPng(draft.versions[0]!.id)
		expect((await downloadLoader(args(`/download/${file.id}`, { fileId: file.id }))).status).toBe(
			404,
		)
		expect((await fileLoader(args(`/files/${file.id}`, { fileId: file.id }))).status).toBe(404)
		expect(
			(await downloadLoader(args('/download/../../etc/passwd', { fileId: '../../etc/passwd' })))
				.status,
		).toBe(404)
	})

	test('previews answer conditional requests with 304', async () => {
		const material = await createMaterial()
		const { file } = await attachPng(material.versions[0]!.id, 'preview')
		const first = await fileLoader(args(`/files/${file.id}`, { fileId: file.id }))
		const etag = first.headers.get('etag')!
		const again = await fileLoader({
			request: new Request(`http://localhost/files/${file.id}`, {
				headers: { 'if-none-match': etag },
			}),
			params: { fileId: file.id },
			context: {},
		})
		expect(again.status).toBe(304)
	})
})
