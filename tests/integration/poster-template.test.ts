import sharp from 'sharp'
import { describe, expect, test } from 'vitest'
import { type TemplateSlot } from '#app/domain/poster-template.ts'
import { action as adaptAction } from '#app/routes/$lang.adapt.$id.tsx'
import { action as previewAction } from '#app/routes/$lang.workspace.adaptations.$id.preview.tsx'
import { action as translateAction } from '#app/routes/$lang.workspace.adaptations.$id.translate.tsx'
import {
	action as templateAction,
	loader as templateLoader,
} from '#app/routes/$lang.workspace.templates.$versionId.tsx'
import { loader as backgroundLoader } from '#app/routes/template-background.$versionId.ts'
import { loader as previewLoader } from '#app/routes/template-preview.$versionId.ts'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser, type TestUser } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

const WIDTH = 600
const HEIGHT = 848

async function background(format: 'png' | 'pdf' = 'png') {
	if (format === 'pdf')
		return {
			bytes: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
			name: 'bg.pdf',
			type: 'application/pdf',
		}
	const bytes = await sharp({
		create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#f2e6c9' },
	})
		.composite([
			{
				input: Buffer.from(
					`<svg width="${WIDTH}" height="${HEIGHT}"><circle cx="300" cy="600" r="180" fill="#0b4f8a"/></svg>`,
				),
			},
		])
		.png()
		.toBuffer()
	return { bytes, name: 'background.png', type: 'image/png' }
}

async function postBackground(
	user: TestUser,
	versionId: string,
	file: { bytes: Buffer; name: string; type: string },
) {
	const form = new FormData()
	form.set('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }))
	let result: unknown
	try {
		result = await templateAction({
			request: new Request(`http://localhost/en/workspace/templates/${versionId}`, {
				method: 'POST',
				headers: { cookie: user.cookie },
				body: form,
			}),
			params: { lang: 'en', versionId },
			context: {},
		})
	} catch (thrown) {
		result = thrown
	}
	return result
}

function slotFields(slots: (TemplateSlot & { text: string })[]) {
	const form: Record<string, string> = {}
	slots.forEach((s, i) => {
		for (const [key, value] of Object.entries(s)) form[`slot.${i}.${key}`] = String(value)
	})
	return form
}

const titleSlot = {
	id: 'title',
	kind: 'text' as const,
	x: 40,
	y: 60,
	width: 520,
	height: 160,
	fontSize: 64,
	color: '#1b2430',
	align: 'center' as const,
	weight: 'bold' as const,
	text: 'Parle-moi avant de partager',
}
const helplineSlot = {
	id: 'helpline',
	kind: 'text' as const,
	x: 40,
	y: 260,
	width: 520,
	height: 80,
	fontSize: 48,
	color: '#b8420f',
	align: 'center' as const,
	weight: 'bold' as const,
	bind: 'helpline' as const,
	text: '3018',
}

async function frenchTemplate() {
	const contributor = await createUser('contributor', { country: 'FR' })
	const material = await createMaterial({
		countryCode: 'FR',
		status: 'draft',
		licence: 'cc-by-sa-4.0',
		resourceType: 'poster',
		versions: [{ lang: 'fr', title: 'Parle-moi', description: 'Une affiche pour les collèges.' }],
	})
	const versionId = material.versions[0]!.id
	return { contributor, material, versionId }
}

async function saveSlots(
	user: TestUser,
	versionId: string,
	slots: (TemplateSlot & { text: string })[],
	intent = 'save',
) {
	return call(templateAction, `/en/workspace/templates/${versionId}`, {
		params: { lang: 'en', versionId },
		cookie: user.cookie,
		form: { intent, ...slotFields(slots) },
	})
}

describe('poster templates', () => {
	test('a contributor sets a background and boxes; the texts become the version’s segments', async () => {
		const { contributor, versionId } = await frenchTemplate()
		const posted = await postBackground(contributor, versionId, await background())
		expect((posted as Response).status).toBe(302)
		const template = await db.posterTemplate.findUniqueOrThrow({
			where: { versionId },
			include: { background: true },
		})
		expect([template.background.width, template.background.height]).toEqual([WIDTH, HEIGHT])

		const revisionBefore = (
			await db.materialVersion.findUniqueOrThrow({ where: { id: versionId } })
		).revision
		expect((await saveSlots(contributor, versionId, [titleSlot, helplineSlot])).outcome).toBe('ok')
		const segments = await db.versionSegment.findMany({
			where: { versionId },
			orderBy: { key: 'asc' },
		})
		expect(segments.map((s) => [s.key, s.text])).toEqual([
			['helpline', '3018'],
			['slot:title', 'Parle-moi avant de partager'],
		])
		const version = await db.materialVersion.findUniqueOrThrow({ where: { id: versionId } })
		expect(version.revision).toBe(revisionBefore + 1)

		// Saving the same thing again is not a new revision.
		await saveSlots(contributor, versionId, [titleSlot, helplineSlot])
		expect(
			(await db.materialVersion.findUniqueOrThrow({ where: { id: versionId } })).revision,
		).toBe(revisionBefore + 1)

		const page = await call(templateLoader, `/en/workspace/templates/${versionId}`, {
			params: { lang: 'en', versionId },
			cookie: contributor.cookie,
		})
		expect(page.outcome).toBe('ok')
		const loaded = page.result as { template: { slots: { id: string; text: string }[] } }
		expect(loaded.template.slots.map((s) => [s.id, s.text])).toEqual([
			['title', 'Parle-moi avant de partager'],
			['helpline', '3018'],
		])

		// The preview is a PNG of the background's size, for the country only while a draft.
		const preview = await call(previewLoader, `/template-preview/${versionId}`, {
			params: { versionId },
			cookie: contributor.cookie,
		})
		const png = Buffer.from(await (preview.result as Response).arrayBuffer())
		expect(await sharp(png).metadata()).toMatchObject({
			format: 'png',
			width: WIDTH,
			height: HEIGHT,
		})
		for (const loader of [previewLoader, backgroundLoader]) {
			expect((await call(loader, '/x', { params: { versionId } })).outcome).toBe(404)
			const german = await createUser('contributor', { country: 'DE' })
			expect(
				(await call(loader, '/x', { params: { versionId }, cookie: german.cookie })).outcome,
			).toBe(404)
		}
	})

	test('boxes are added and removed; the removed box takes its text with it', async () => {
		const { contributor, versionId } = await frenchTemplate()
		await postBackground(contributor, versionId, await background())
		await saveSlots(contributor, versionId, [titleSlot, helplineSlot])
		await saveSlots(contributor, versionId, [titleSlot, helplineSlot], 'add-slot:logo')
		let template = await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })
		const slots = JSON.parse(template.slots) as TemplateSlot[]
		expect(slots.map((s) => s.kind)).toEqual(['text', 'text', 'logo'])
		const logo = slots[2]!
		expect(logo.x + logo.width).toBeLessThanOrEqual(WIDTH)

		await saveSlots(
			contributor,
			versionId,
			[helplineSlot, { ...logo, text: '' }],
			'remove-slot:title',
		)
		template = await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })
		expect((JSON.parse(template.slots) as TemplateSlot[]).map((s) => s.id)).toEqual([
			'helpline',
			logo.id,
		])
		const keys = (await db.versionSegment.findMany({ where: { versionId } })).map((s) => s.key)
		expect(keys).toEqual(['helpline'])
	})

	test('a box outside the image, a text of 10,000 characters and a PDF background are refused, and nothing changes', async () => {
		const { contributor, versionId } = await frenchTemplate()
		await postBackground(contributor, versionId, await background())
		await saveSlots(contributor, versionId, [titleSlot])
		const before = await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })
		const segmentsBefore = await db.versionSegment.findMany({ where: { versionId } })

		const outside = await saveSlots(contributor, versionId, [{ ...titleSlot, x: 500, width: 400 }])
		expect(outside.outcome).toBe(400)
		expect((outside.result as { data: { problems: unknown[] } }).data.problems).toEqual([
			{ slotId: 'title', problem: 'outside-image' },
		])
		const long = await saveSlots(contributor, versionId, [
			{ ...titleSlot, text: 'a'.repeat(10_000) },
		])
		expect(long.outcome).toBe(400)
		expect((long.result as { data: { problems: unknown[] } }).data.problems).toEqual([
			{ slotId: 'title', problem: 'text-too-long' },
		])
		const nonsense = await saveSlots(contributor, versionId, [
			{ ...titleSlot, fontSize: Number.NaN, color: 'red' },
		])
		expect(nonsense.outcome).toBe(400)

		const pdf = await postBackground(contributor, versionId, await background('pdf'))
		expect(outcomeStatus(pdf)).toBe(415)

		expect(await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })).toEqual(before)
		expect(await db.versionSegment.findMany({ where: { versionId } })).toEqual(segmentsBefore)
	})

	test('another country cannot see or change the template; a published one is read-only', async () => {
		const { contributor, versionId, material } = await frenchTemplate()
		await postBackground(contributor, versionId, await background())
		const german = await createUser('contributor', { country: 'DE' })
		expect(
			(
				await call(templateLoader, '/x', {
					params: { lang: 'en', versionId },
					cookie: german.cookie,
				})
			).outcome,
		).toBe(404)
		expect((await saveSlots(german, versionId, [titleSlot])).outcome).toBe(404)
		await db.material.update({ where: { id: material.id }, data: { status: 'published' } })
		expect((await saveSlots(contributor, versionId, [titleSlot])).outcome).toBe(403)
		// Published templates are there to be reused: their background is public.
		expect((await call(backgroundLoader, '/x', { params: { versionId } })).outcome).toBe('ok')
	})
})

function outcomeStatus(result: unknown) {
	if (result instanceof Response) return result.status
	return (result as { init?: { status?: number } }).init?.status ?? 200
}

describe('an adaptation of a poster template', () => {
	async function publishedFrenchPoster() {
		const { contributor, versionId, material } = await frenchTemplate()
		await postBackground(contributor, versionId, await background())
		await saveSlots(contributor, versionId, [titleSlot, helplineSlot])
		await db.material.update({
			where: { id: material.id },
			data: { status: 'published', publishedAt: new Date() },
		})
		return { material, versionId }
	}

	async function adapt(sourceVersionId: string, sourceId: string) {
		const israeli = await createUser('contributor', { country: 'IL' })
		const id = `dposter${Date.now()}${Math.random().toString(36).slice(2, 8)}`
		const created = await call(adaptAction, '/x', {
			params: { lang: 'en', id: sourceId },
			cookie: israeli.cookie,
			form: {
				intent: 'adapt',
				draftId: id,
				countryCode: 'IL',
				sourceVersionId,
				lang: 'ar',
				licence: 'cc-by-sa-4.0',
				kind: 'adaptation',
			},
		})
		expect(created.outcome).toBe('ok')
		const version = await db.materialVersion.findFirstOrThrow({ where: { materialId: id } })
		return { israeli, id, versionId: version.id }
	}

	function translate(user: TestUser, id: string, segments: Record<string, string>) {
		return call(translateAction, `/en/workspace/adaptations/${id}`, {
			params: { lang: 'en', id },
			cookie: user.cookie,
			form: Object.fromEntries(Object.entries(segments).map(([k, v]) => [`segment:${k}`, v])),
		})
	}

	test('copies the template, and every save renders the Arabic poster as the version’s file', async () => {
		const source = await publishedFrenchPoster()
		const { israeli, id, versionId } = await adapt(source.versionId, source.material.id)
		const copied = await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })
		const original = await db.posterTemplate.findUniqueOrThrow({
			where: { versionId: source.versionId },
		})
		expect([copied.backgroundId, copied.slots]).toEqual([original.backgroundId, original.slots])

		const saved = await translate(israeli, id, {
			title: 'تحدث معي',
			description: 'ملصق للمدارس.',
			helpline: '1-800-22-44-55',
			// A right-to-left override would make the number read backwards: it is dropped.
			'slot:title': 'تحدث معي \u202Eقبل أن تشارك',
		})
		expect(saved.outcome).toBe('ok')
		expect((saved.result as Response).headers.get('location')).not.toContain('poster=')
		const files = await db.versionFile.findMany({ where: { versionId }, include: { asset: true } })
		const rendered = files.filter((f) => f.role === 'primary')
		expect(rendered).toHaveLength(1)
		expect(rendered[0]).toMatchObject({ rendered: true, fileName: 'poster-ar.png' })
		expect(rendered[0]!.asset).toMatchObject({
			mediaType: 'image/png',
			width: WIDTH,
			height: HEIGHT,
		})
		const preview = files.find((f) => f.role === 'preview')
		expect(preview?.assetId).toBe(rendered[0]!.assetId)
		expect(await db.rendition.count({ where: { assetId: rendered[0]!.assetId } })).toBeGreaterThan(
			0,
		)
		expect(
			await db.versionSegment.findUniqueOrThrow({
				where: { versionId_key: { versionId, key: 'slot:title' } },
			}),
		).toMatchObject({
			sourceText: 'Parle-moi avant de partager',
		})

		// A second save replaces the poster rather than adding one.
		await translate(israeli, id, { 'slot:title': 'تحدّث معي قبل أن تشارك' })
		const after = await db.versionFile.findMany({ where: { versionId, role: 'primary' } })
		expect(after).toHaveLength(1)
		expect(after[0]!.assetId).not.toBe(rendered[0]!.assetId)
		expect(await db.asset.count({ where: { id: rendered[0]!.assetId } })).toBe(0)
	})

	test('a slot text of 10,000 characters is refused and nothing is saved', async () => {
		const source = await publishedFrenchPoster()
		const { israeli, id, versionId } = await adapt(source.versionId, source.material.id)
		const result = await translate(israeli, id, {
			title: 'عنوان',
			'slot:title': 'ب'.repeat(10_000),
		})
		expect(result.outcome).toBe(400)
		expect((result.result as { data: { problem: string; key: string } }).data).toMatchObject({
			problem: 'translate.errors.slot-too-long',
			key: 'slot:title',
		})
		const version = await db.materialVersion.findUniqueOrThrow({ where: { id: versionId } })
		expect(version.title).toBe('')
		expect(await db.versionFile.count({ where: { versionId } })).toBe(0)
	})

	test('a template whose boxes lie outside its image keeps the texts and says why there is no poster', async () => {
		const source = await publishedFrenchPoster()
		const { israeli, id, versionId } = await adapt(source.versionId, source.material.id)
		await db.posterTemplate.update({
			where: { versionId },
			data: { slots: JSON.stringify([{ ...titleSlot, text: undefined, x: 5000 }]) },
		})
		const result = await translate(israeli, id, { 'slot:title': 'تحدث معي' })
		expect(result.outcome).toBe('ok')
		expect((result.result as Response).headers.get('location')).toContain('poster=invalid-template')
		expect(
			(
				await db.versionSegment.findUniqueOrThrow({
					where: { versionId_key: { versionId, key: 'slot:title' } },
				})
			).text,
		).toBe('تحدث معي')
		const preview = await call(previewLoader, '/x', {
			params: { versionId },
			cookie: israeli.cookie,
		})
		expect(preview.outcome).toBe(422)
	})

	test('the adapting country puts its logo in the logo box; a PDF as a logo is refused', async () => {
		const { contributor, versionId, material } = await frenchTemplate()
		await postBackground(contributor, versionId, await background())
		const logoSlot = {
			id: 'logo-1',
			kind: 'logo' as const,
			x: 400,
			y: 700,
			width: 160,
			height: 120,
			fontSize: 12,
			color: '#000000',
			align: 'end' as const,
			text: '',
		}
		await saveSlots(contributor, versionId, [titleSlot, logoSlot])
		await db.material.update({
			where: { id: material.id },
			data: { status: 'published', publishedAt: new Date() },
		})
		const adapted = await adapt(versionId, material.id)
		await translate(adapted.israeli, adapted.id, { 'slot:title': 'تحدث معي' })
		const withoutLogo = await db.versionFile.findFirstOrThrow({
			where: { versionId: adapted.versionId, role: 'primary' },
		})

		const post = async (file: File) => {
			const form = new FormData()
			form.set('file', file)
			try {
				return await previewAction({
					request: new Request(`http://localhost/en/workspace/adaptations/${adapted.id}/preview`, {
						method: 'POST',
						headers: { cookie: adapted.israeli.cookie },
						body: form,
					}),
					params: { lang: 'en', id: adapted.id },
					context: {},
				})
			} catch (thrown) {
				return thrown
			}
		}
		const pdf = await post(new File(['%PDF-1.4\n%%EOF\n'], 'logo.pdf', { type: 'application/pdf' }))
		expect(outcomeStatus(pdf)).toBe(415)
		expect(
			(await db.posterTemplate.findUniqueOrThrow({ where: { versionId: adapted.versionId } }))
				.logoId,
		).toBeNull()

		const logo = await sharp({
			create: { width: 200, height: 100, channels: 3, background: '#0038b8' },
		})
			.png()
			.toBuffer()
		const saved = await post(new File([new Uint8Array(logo)], 'logo.png', { type: 'image/png' }))
		expect((saved as Response).headers.get('location')).toContain('logo=1')
		const template = await db.posterTemplate.findUniqueOrThrow({
			where: { versionId: adapted.versionId },
		})
		expect(template.logoId).not.toBeNull()
		// The source's template keeps no logo of Israel's.
		expect((await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })).logoId).toBeNull()
		const poster = await db.versionFile.findFirstOrThrow({
			where: { versionId: adapted.versionId, role: 'primary' },
			include: { asset: true },
		})
		expect(poster.assetId).not.toBe(withoutLogo.assetId)
		// The logo's blue is in the logo box of the rendered poster.
		const { pathForKey } = await import('#app/media/storage.server.ts')
		const pixel = await sharp(pathForKey(poster.asset.storageKey))
			.extract({ left: 480, top: 760, width: 1, height: 1 })
			.raw()
			.toBuffer()
		expect([...pixel.subarray(0, 3)]).toEqual([0x00, 0x38, 0xb8])
	})

	test('when the original gains a box, marking the change reviewed brings the box and its text to translate', async () => {
		const source = await publishedFrenchPoster()
		const { israeli, id, versionId } = await adapt(source.versionId, source.material.id)
		await translate(israeli, id, { 'slot:title': 'تحدث معي' })
		// France adds a box to its published poster, through a revision that
		// the secretariat publishes.
		const { saveTemplate } = await import('#app/models/material/templates.server.ts')
		const { openRevision } = await import('#app/models/material/revisions.server.ts')
		const { transitionMaterial } = await import('#app/models/material/transitions.server.ts')
		const french = await createUser('contributor', { country: 'FR' })
		const reviewer = await createUser('reviewer')
		const revision = await openRevision(french, source.material.id)
		const revisionVersion = await db.materialVersion.findFirstOrThrow({
			where: { materialId: revision.id, lang: 'fr' },
		})
		const newBox = { ...titleSlot, id: 'tagline', y: 400, height: 80, text: 'Tu n’es jamais seul' }
		const saved = await saveTemplate(
			french,
			{ materialId: revision.id, countryCode: 'FR', versionId: revisionVersion.id },
			{
				slots: [titleSlot, helplineSlot, newBox].map(({ text: _t, ...slot }) => slot),
				texts: { title: titleSlot.text, helpline: helplineSlot.text, tagline: newBox.text },
			},
		)
		expect(saved.ok).toBe(true)
		const asActor = (user: TestUser, role: string, countryCode: string | null) => ({
			id: user.id,
			memberships: [{ role, countryCode }],
		})
		for (const [user, decision] of [
			[asActor(french, 'contributor', 'FR'), 'submit'],
			[asActor(reviewer, 'reviewer', null), 'publish'],
		] as const)
			expect(await transitionMaterial(user, revision.id, decision, '')).toMatchObject({ ok: true })

		const reviewed = await call(translateAction, `/en/workspace/adaptations/${id}`, {
			params: { lang: 'en', id },
			cookie: israeli.cookie,
			form: { intent: 'mark-reviewed' },
		})
		expect(reviewed.outcome).toBe('ok')
		const slots = JSON.parse(
			(await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })).slots,
		) as TemplateSlot[]
		expect(slots.map((s) => s.id)).toEqual(['title', 'helpline', 'tagline'])
		expect(
			await db.versionSegment.findUniqueOrThrow({
				where: { versionId_key: { versionId, key: 'slot:tagline' } },
			}),
		).toMatchObject({ text: '', sourceText: 'Tu n’es jamais seul' })
		// What was translated stays.
		expect(
			(
				await db.versionSegment.findUniqueOrThrow({
					where: { versionId_key: { versionId, key: 'slot:title' } },
				})
			).text,
		).toBe('تحدث معي')
	})

	test('a new background for the adaptation’s template re-renders its poster and drops the unused old one', async () => {
		const { contributor, versionId } = await frenchTemplate()
		// Bytes no other template uses (identical bytes share one asset).
		const own = await sharp({
			create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#e6f2c9' },
		})
			.png()
			.toBuffer()
		await postBackground(contributor, versionId, {
			bytes: own,
			name: 'fond.png',
			type: 'image/png',
		})
		const first = (await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })).backgroundId
		const other = await sharp({
			create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#c9e6f2' },
		})
			.png()
			.toBuffer()
		await postBackground(contributor, versionId, {
			bytes: other,
			name: 'autre.png',
			type: 'image/png',
		})
		const second = (await db.posterTemplate.findUniqueOrThrow({ where: { versionId } }))
			.backgroundId
		expect(second).not.toBe(first)
		expect(await db.asset.count({ where: { id: first } })).toBe(0)

		// An adaptation's template, edited in the template editor, keeps its stored poster in step.
		const source = await publishedFrenchPoster()
		const adapted = await adapt(source.versionId, source.material.id)
		await translate(adapted.israeli, adapted.id, { 'slot:title': 'تحدث معي' })
		const before = await db.versionFile.findFirstOrThrow({
			where: { versionId: adapted.versionId, rendered: true },
		})
		const moved = await saveSlots(adapted.israeli, adapted.versionId, [
			{ ...titleSlot, y: 300, text: 'تحدث معي' },
			{ ...helplineSlot, y: 500, text: '' },
		])
		expect(moved.outcome).toBe('ok')
		const after = await db.versionFile.findFirstOrThrow({
			where: { versionId: adapted.versionId, rendered: true },
		})
		expect(after.assetId).not.toBe(before.assetId)
	})
})
