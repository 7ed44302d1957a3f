import type * as RemixReact from '@remix-run/react'
import { createElement, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, test, vi } from 'vitest'
import { createI18n } from '#app/i18n/config.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import { action as adaptAction } from '#app/routes/$lang.adapt.$id.tsx'
import CompareWithOriginal, { loader as compareLoader } from '#app/routes/$lang.compare.$id.tsx'
import { action as translateAction } from '#app/routes/$lang.workspace.adaptations.$id.translate.tsx'
import { db } from '#app/utils/db.server.ts'
import { attachPng, createMaterial, createUser } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

// The page is rendered with the data its loader returned, outside a router.
const page = vi.hoisted(() => ({ data: null as unknown }))
vi.mock('@remix-run/react', async (original) => {
	const { createElement: h } = await import('react')
	return {
		...(await original<typeof RemixReact>()),
		useLoaderData: () => page.data,
		Link: ({ to, children }: { to: string; children?: ReactNode }) =>
			h('a', { href: to }, children),
	}
})

type CompareData = Awaited<ReturnType<typeof compareLoader>>

let n = 0
const draftId = () => `dcompare${Date.now()}${++n}abcdef`

/**
 * A French source adapted into Arabic by Israel, with the title and helpline
 * translated. `prepare` runs on the source version before it is adapted.
 */
async function adaptedPoster(prepare?: (sourceVersionId: string) => Promise<void>) {
	const source = await createMaterial({
		countryCode: 'FR',
		licence: 'cc-by-sa-4.0',
		versions: [
			{ lang: 'fr', title: 'Parle-moi', description: 'Appelle le 3018 si quelqu’un te menace.' },
		],
	})
	const sourceVersionId = source.versions[0]!.id
	await db.versionSegment.create({
		data: { versionId: sourceVersionId, key: 'helpline', text: '3018' },
	})
	await prepare?.(sourceVersionId)
	const israeli = await createUser('contributor', { country: 'IL' })
	const id = draftId()
	const adapted = await call(adaptAction, '/x', {
		params: { lang: 'en', id: source.id },
		cookie: israeli.cookie,
		form: {
			intent: 'adapt',
			draftId: id,
			countryCode: 'IL',
			sourceVersionId,
			lang: 'ar',
			licence: 'cc-by-sa-4.0',
			kind: 'translation',
		},
	})
	expect(adapted.outcome).toBe('ok')
	const saved = await call(translateAction, '/x', {
		params: { lang: 'en', id },
		cookie: israeli.cookie,
		form: { 'segment:title': 'تحدّث معي', 'segment:helpline': '1202' },
	})
	expect(saved.outcome).toBe('ok')
	return { source, sourceVersionId, id, israeli }
}

const publish = (id: string) =>
	db.material.update({ where: { id }, data: { status: 'published', publishedAt: new Date() } })

const compare = (id: string, cookie?: string, lang = 'en') =>
	call(compareLoader, `/${lang}/compare/${id}`, { params: { lang, id }, cookie })

function render(data: CompareData, lang: 'en' | 'fr' | 'ar') {
	page.data = data
	return renderToString(
		createElement(
			I18nextProvider,
			{ i18n: createI18n(lang, RESOURCES[lang], RESOURCES.en) },
			createElement(CompareWithOriginal),
		),
	)
}

describe('comparing a derivative with its original', () => {
	test('a published derivative of a published source is public; each segment pairs source and translation', async () => {
		const { source, id } = await adaptedPoster()
		await publish(id)
		const { outcome, result } = await compare(id)
		expect(outcome).toBe('ok')
		const data = result as CompareData
		expect(data).toMatchObject({
			kind: 'translation',
			sourcePublished: true,
			sourceChanged: false,
			changed: [],
			derivative: { id, countryCode: 'IL', lang: 'ar', title: 'تحدّث معي', published: true },
			source: {
				id: source.id,
				countryCode: 'FR',
				lang: 'fr',
				title: 'Parle-moi',
			},
		})
		expect(data.segments.map((s) => [s.key, s.source, s.text])).toEqual([
			['title', 'Parle-moi', 'تحدّث معي'],
			['description', 'Appelle le 3018 si quelqu’un te menace.', ''],
			['helpline', '3018', '1202'],
			['legal', '', ''],
		])
	})

	test('a poster’s texts are named by their box, numbered as the template editor numbers them, never by the template’s ids', async () => {
		const box = { y: 40, width: 500, height: 120, fontSize: 40, color: '#1b2430', align: 'start' }
		const { id } = await adaptedPoster(async (sourceVersionId) => {
			const { file } = await attachPng(sourceVersionId, 'preview')
			const background = await db.versionFile.findUniqueOrThrow({ where: { id: file.id } })
			await db.posterTemplate.create({
				data: {
					versionId: sourceVersionId,
					backgroundId: background.assetId,
					slots: JSON.stringify([
						{ id: 'headline', kind: 'text', x: 20, ...box },
						{ id: 'partner-logo', kind: 'logo', x: 20, ...box, y: 300 },
						{ id: 'tagline', kind: 'text', x: 20, ...box, y: 500 },
					]),
				},
			})
			await db.versionSegment.createMany({
				data: [
					{ versionId: sourceVersionId, key: 'slot:headline', text: 'Parle-moi' },
					{ versionId: sourceVersionId, key: 'slot:tagline', text: 'Avant de partager' },
				],
			})
		})
		await publish(id)
		const data = (await compare(id)).result as CompareData
		expect(data.segments.filter((s) => s.key.startsWith('slot:'))).toMatchObject([
			{ key: 'slot:headline', box: 1 },
			{ key: 'slot:tagline', box: 3 },
		])
		const english = render(data, 'en')
		expect(english).toContain('<th scope="row">Poster, text box 1</th>')
		expect(english).toContain('<th scope="row">Poster, text box 3</th>')
		expect(render(data, 'ar')).toContain('<th scope="row">الملصق، مربع النص 1</th>')
		for (const html of [english, render(data, 'fr'), render(data, 'ar')]) {
			expect(html).not.toMatch(/headline|tagline/)
		}
	})

	test('previews come with their renditions', async () => {
		const { sourceVersionId, id } = await adaptedPoster()
		await publish(id)
		const { file } = await attachPng(sourceVersionId, 'preview')
		await db.rendition.create({
			data: {
				assetId: file.assetId,
				format: 'webp',
				width: 64,
				height: 90,
				byteSize: 10,
				storageKey: `sha256${'0'.repeat(58)}`,
			},
		})
		const data = (await compare(id)).result as CompareData
		expect(data.source?.preview).toMatchObject({
			fileId: file.id,
			width: 64,
			height: 90,
			renditions: [{ format: 'webp', width: 64 }],
		})
		expect(data.derivative.preview).toBeNull()
		const html = render(data, 'en')
		expect(html).toContain(`src="/files/${file.id}"`)
		expect(html).toContain('alt="Preview of “Parle-moi”"')
		expect(html).toMatch(/<source type="image\/webp" srcSet="\/renditions\/[^" ]+ 64w"/)
	})

	test('a draft derivative: only its country and reviewers see it; everyone else gets 404', async () => {
		const { id, israeli } = await adaptedPoster()
		const german = await createUser('contributor', { country: 'DE' })
		const reviewer = await createUser('reviewer')
		expect((await compare(id)).outcome).toBe(404)
		expect((await compare(id, german.cookie)).outcome).toBe(404)
		const own = await compare(id, israeli.cookie)
		expect(own.outcome).toBe('ok')
		expect(own.result).toMatchObject({ derivative: { published: false } })
		expect((await compare(id, reviewer.cookie)).outcome).toBe('ok')
	})

	test('not a derivative, unknown or over-long ids: 404', async () => {
		const original = await createMaterial()
		expect((await compare(original.id)).outcome).toBe(404)
		expect((await compare('nosuchmaterial')).outcome).toBe(404)
		expect((await compare('x'.repeat(65))).outcome).toBe(404)
		expect((await compare('')).outcome).toBe(404)
	})

	test('when the source changes, the revisions and the changed segments are reported and shown', async () => {
		const { sourceVersionId, id } = await adaptedPoster()
		await publish(id)
		await db.materialVersion.update({
			where: { id: sourceVersionId },
			data: { title: 'Parle-moi vite', revision: { increment: 1 } },
		})
		const data = (await compare(id)).result as CompareData
		expect(data).toMatchObject({
			sourceChanged: true,
			changed: ['title'],
			source: { title: 'Parle-moi vite' },
		})
		expect(data.segments[0]).toMatchObject({
			key: 'title',
			source: 'Parle-moi vite',
			sourceAtTranslation: 'Parle-moi',
			text: 'تحدّث معي',
		})

		const html = render(data, 'ar')
		expect(html).toContain('<h1>المقارنة مع الأصل</h1>')
		expect(html).toContain('<caption>')
		expect(html).toContain('<th scope="col">')
		expect(html).toContain('<th scope="row">')
		// One badge, on the changed title, with the text it was translated from struck out.
		expect(html.match(/class="compare__badge"/g)).toHaveLength(1)
		expect(html).toContain('<del lang="fr" dir="ltr">Parle-moi</del>')
		expect(html).toContain(
			'<td lang="fr" dir="ltr"><div class="compare__text">Parle-moi vite</div>',
		)
		expect(html).toContain('<td lang="ar" dir="rtl"><div class="compare__text">تحدّث معي</div>')
		// Untranslated parts: a dash for the eye, words for screen readers, in the UI language.
		expect(html).toContain('<span class="visually-hidden">غير مترجم</span>')
		expect(html).toContain(`href="/ar/materials/${id}"`)
		// When, in words: no revision numbers, which mean nothing to a reader.
		const changedOn = new Intl.DateTimeFormat('ar', { dateStyle: 'medium' }).format(new Date())
		expect(html).toContain(`تغيّر الأصل منذ إعداد هذه النسخة، وآخر تغيير بتاريخ ${changedOn}.`)
		const english = render(data, 'en')
		const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date())
		expect(english).toContain(
			`<dt>Made from</dt><dd>an earlier version: the original has changed since, last on ${today}</dd>`,
		)
		expect(english).not.toMatch(/revision|used: \d|current: \d/i)
	})

	test('a withdrawn source: public no more; its country sees the derivative alone, without the source text', async () => {
		const { source, id, israeli } = await adaptedPoster()
		await publish(id)
		await db.material.update({ where: { id: source.id }, data: { status: 'withdrawn' } })
		expect((await compare(id)).outcome).toBe(404)
		const own = await compare(id, israeli.cookie, 'fr')
		expect(own.outcome).toBe('ok')
		const data = own.result as CompareData
		expect(data).toMatchObject({ sourcePublished: false, source: null, changed: [] })
		expect(data.segments.every((s) => s.source === '' && s.sourceAtTranslation === null)).toBe(true)
		const html = render(data, 'fr')
		expect(html).toContain('L’original n’est plus publié')
		expect(html).not.toContain('Parle-moi')
		expect(html).not.toContain(`/materials/${source.id}`)
	})
})
