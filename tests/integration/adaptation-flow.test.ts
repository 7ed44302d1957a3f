import type * as RemixReact from '@remix-run/react'
import { createElement, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import sharp from 'sharp'
import { describe, expect, test, vi } from 'vitest'
import { createI18n } from '#app/i18n/config.ts'
import { RESOURCES } from '#app/i18n/resources.server.ts'
import { transitionMaterial } from '#app/models/material/transitions.server.ts'
import { action as adaptAction, loader as adaptLoader } from '#app/routes/$lang.adapt.$id.tsx'
import InboxPage, { loader as inboxLoader } from '#app/routes/$lang.inbox.tsx'
import { loader as resumeLoader } from '#app/routes/$lang.workspace.adaptations.$id._index.tsx'
import { action as previewAction } from '#app/routes/$lang.workspace.adaptations.$id.preview.tsx'
import TranslatePage, {
	action as translateAction,
	loader as translateLoader,
} from '#app/routes/$lang.workspace.adaptations.$id.translate.tsx'
import WorkspacePage, { loader as workspaceLoader } from '#app/routes/$lang.workspace._index.tsx'
import {
	action as templateAction,
	loader as templateLoader,
} from '#app/routes/$lang.workspace.templates.$versionId.tsx'
import { loader as previewImageLoader } from '#app/routes/template-preview.$versionId.ts'
import { db } from '#app/utils/db.server.ts'
import { attachPng, createMaterial, createUser, type TestUser } from '#tests/factories.ts'
import { HOSTILE_FILLS } from '#tests/fixtures/hostile-templates.ts'
import { call } from '#tests/support/routes.ts'

/**
 * Adapting as one guided flow: an adaptation already in progress is resumed
 * rather than duplicated, the workspace takes its country back to the step
 * it left off at, a poster that is no template can be asked for as one (and
 * its owner makes it one through a revision), and artwork with words on it
 * is translated by covering the words.
 */

// Pages are rendered with the data their loader returned, outside a router.
const page = vi.hoisted(() => ({ data: null as unknown }))
vi.mock('@remix-run/react', async (original) => {
	const { createElement: h } = await import('react')
	return {
		...(await original<typeof RemixReact>()),
		useLoaderData: () => page.data,
		useActionData: () => undefined,
		useSearchParams: () => [new URLSearchParams()],
		useMatches: () => [],
		Link: ({ to, children }: { to: string; children?: ReactNode }) =>
			h('a', { href: to }, children),
		Form: ({ children }: { children?: ReactNode }) => h('form', { method: 'post' }, children),
	}
})

function render(component: () => ReactNode, data: unknown, lang: 'en' | 'fr' | 'ar' = 'en') {
	page.data = data
	return renderToString(
		createElement(
			I18nextProvider,
			{ i18n: createI18n(lang, RESOURCES[lang], RESOURCES.en) },
			createElement(component),
		),
	)
}

let n = 0
const draftId = () => `dflow${Date.now()}${++n}abcdefgh`

const actor = (user: TestUser, role: string, countryCode: string | null) => ({
	id: user.id,
	memberships: [{ role, countryCode }],
})

/** Starts an adaptation through the first step's form; the outcome, and the draft's id when made. */
async function startAdaptation(
	user: TestUser,
	source: { id: string; versions: { id: string }[] },
	options: { lang?: string; country?: string; duplicate?: boolean } = {},
) {
	const id = draftId()
	const started = await call(adaptAction, `/en/adapt/${source.id}`, {
		params: { lang: 'en', id: source.id },
		cookie: user.cookie,
		form: {
			intent: 'adapt',
			draftId: id,
			countryCode: options.country ?? 'JP',
			sourceVersionId: source.versions[0]!.id,
			lang: options.lang ?? 'ja',
			licence: 'cc-by-4.0',
			kind: 'adaptation',
			...(options.duplicate ? { duplicate: 'yes' } : {}),
		},
	})
	return { ...started, id }
}

const location = (result: unknown) => (result as Response).headers.get('location') ?? ''

describe('resuming instead of duplicating', () => {
	test('a second start into the same language offers the draft in progress; insisting makes a second', async () => {
		const source = await createMaterial({ countryCode: 'FR', licence: 'cc-by-4.0' })
		const coordinator = await createUser('coordinator', { country: 'JP' })
		const colleague = await createUser('contributor', { country: 'JP' })

		const first = await startAdaptation(coordinator, source)
		expect(first.outcome).toBe('ok')
		// The flow goes on to the translation.
		expect(location(first.result)).toBe(`/en/workspace/adaptations/${first.id}/translate`)

		// A colleague of the same country is offered to resume it, on the page and on posting.
		const offered = await call(adaptLoader, `/en/adapt/${source.id}`, {
			params: { lang: 'en', id: source.id },
			cookie: colleague.cookie,
		})
		const data = offered.result as {
			country: { inProgress: { id: string; lang: string; step: string }[] }
			defaults: { lang: string }
		}
		expect(data.country.inProgress).toMatchObject([{ id: first.id, lang: 'ja', step: 'translate' }])
		// Japan's main language is offered first.
		expect(data.defaults.lang).toBe('ja')

		const again = await startAdaptation(colleague, source)
		expect(again.outcome).toBe(409)
		expect((again.result as { data: { exists: { id: string } } }).data.exists.id).toBe(first.id)
		expect(await db.material.count({ where: { id: again.id } })).toBe(0)

		// Another language is another adaptation.
		const english = await startAdaptation(colleague, source, { lang: 'en' })
		expect(english.outcome).toBe('ok')
		expect(await db.material.count({ where: { id: english.id } })).toBe(1)

		// A country that insists gets a second draft into the same language.
		const second = await startAdaptation(colleague, source, { duplicate: true })
		expect(second.outcome).toBe('ok')
		const japanese = await db.material.findMany({
			where: { derivedFromVersion: { materialId: source.id }, originalLang: 'ja' },
		})
		expect(japanese.map((m) => m.id).sort()).toEqual([first.id, second.id].sort())
	})

	test('another country’s adaptation into the same language is no reason to stop', async () => {
		const source = await createMaterial({ countryCode: 'FR', licence: 'cc-by-4.0' })
		const japanese = await createUser('contributor', { country: 'JP' })
		const german = await createUser('contributor', { country: 'DE' })
		expect((await startAdaptation(japanese, source, { lang: 'de' })).outcome).toBe('ok')
		expect((await startAdaptation(german, source, { lang: 'de', country: 'DE' })).outcome).toBe(
			'ok',
		)
	})
})

describe('the workspace takes an adaptation back where it was left', () => {
	async function workspaceLinks(user: TestUser) {
		const loaded = await call(workspaceLoader, '/en/workspace', {
			params: { lang: 'en' },
			cookie: user.cookie,
		})
		const html = render(WorkspacePage, loaded.result)
		return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)
	}

	test('translate, preview, submit; sent back, the translation', async () => {
		const source = await createMaterial({ countryCode: 'FR', licence: 'cc-by-4.0' })
		const japanese = await createUser('coordinator', { country: 'JP' })
		const reviewer = await createUser('reviewer')
		const { id } = await startAdaptation(japanese, source)
		const flow = `/en/workspace/adaptations/${id}`
		expect(await workspaceLinks(japanese)).toContain(`${flow}/translate`)

		// "Save" stays on the translation; "Save and continue" goes on to the preview.
		const saved = await call(translateAction, `${flow}/translate`, {
			params: { lang: 'en', id },
			cookie: japanese.cookie,
			form: { intent: 'save', 'segment:title': 'ダメと言おう' },
		})
		expect(location(saved.result)).toBe(`${flow}/translate?saved=1`)
		expect(await workspaceLinks(japanese)).toContain(`${flow}/translate`)
		const continued = await call(translateAction, `${flow}/translate`, {
			params: { lang: 'en', id },
			cookie: japanese.cookie,
			form: { intent: 'continue', 'segment:title': 'ダメと言おう' },
		})
		expect(location(continued.result)).toBe(`${flow}/preview`)
		expect(await workspaceLinks(japanese)).toContain(`${flow}/preview`)

		const previewed = await call(previewAction, `${flow}/preview`, {
			params: { lang: 'en', id },
			cookie: japanese.cookie,
			form: { intent: 'continue' },
		})
		expect(location(previewed.result)).toBe(`${flow}/submit`)
		expect(await workspaceLinks(japanese)).toContain(`${flow}/submit`)
		// The flow's own address resumes there too (a link from the inbox, a bookmark).
		const resumed = await call(resumeLoader, flow, {
			params: { lang: 'en', id },
			cookie: japanese.cookie,
		})
		expect(location(resumed.result)).toBe(`${flow}/submit`)

		// In review, the row leads to the material; sent back, to the translation.
		const submitted = await transitionMaterial(
			actor(japanese, 'coordinator', 'JP'),
			id,
			'submit',
			'',
		)
		expect(submitted.ok).toBe(true)
		expect(await workspaceLinks(japanese)).toContain(`/en/workspace/materials/${id}`)
		await transitionMaterial(
			actor(reviewer, 'reviewer', null),
			id,
			'request-changes',
			'Le numéro d’aide doit être japonais.',
		)
		expect(await workspaceLinks(japanese)).toContain(`${flow}/translate`)
	})

	test('an adaptation from before the step was kept is placed by its progress', async () => {
		const source = await createMaterial({ countryCode: 'FR', licence: 'cc-by-4.0' })
		const japanese = await createUser('coordinator', { country: 'JP' })
		const { id } = await startAdaptation(japanese, source)
		await db.material.update({ where: { id }, data: { adaptationStep: null } })
		const flow = `/en/workspace/adaptations/${id}`
		expect(await workspaceLinks(japanese)).toContain(flow)
		const resume = () =>
			call(resumeLoader, flow, { params: { lang: 'en', id }, cookie: japanese.cookie })
		expect(location((await resume()).result)).toBe(`${flow}/translate`)
		await db.versionSegment.updateMany({
			where: { version: { materialId: id } },
			data: { text: '訳' },
		})
		await db.materialVersion.updateMany({
			where: { materialId: id },
			data: { title: '訳', description: '訳' },
		})
		expect(location((await resume()).result)).toBe(`${flow}/preview`)
	})
})

/** A published French poster that is no template: a picture with its words in it. */
async function flatFrenchPoster() {
	const source = await createMaterial({ countryCode: 'FR', licence: 'cc-by-4.0' })
	await attachPng(source.versions[0]!.id)
	return source
}

async function postBackground(user: TestUser, versionId: string, bytes: Buffer) {
	const form = new FormData()
	form.set('file', new File([new Uint8Array(bytes)], 'fond.png', { type: 'image/png' }))
	try {
		return await templateAction({
			request: new Request(`http://localhost/en/workspace/templates/${versionId}`, {
				method: 'POST',
				headers: { cookie: user.cookie },
				body: form,
			}),
			params: { lang: 'en', versionId },
			context: {},
		})
	} catch (thrown) {
		return thrown
	}
}

const cream = '#f2e6c9'

/** A 600×848 cream poster whose artwork carries dark "words" where the headline goes. */
function artworkWithWords() {
	return sharp({ create: { width: 600, height: 848, channels: 3, background: cream } })
		.composite([
			{
				input: Buffer.from(
					'<svg width="600" height="848"><rect x="90" y="130" width="400" height="24" fill="#1b2430"/><rect x="90" y="170" width="300" height="24" fill="#1b2430"/></svg>',
				),
			},
		])
		.png()
		.toBuffer()
}

const headline = {
	id: 'headline',
	kind: 'text',
	x: 60,
	y: 100,
	width: 480,
	height: 120,
	fontSize: 48,
	color: '#b8420f',
	align: 'center',
	weight: 'bold',
}

function slotForm(
	slot: Record<string, string | number>,
	text: string,
	cover: { fill: string; on: boolean },
) {
	const form: Record<string, string> = { intent: 'save', 'slot.0.text': text }
	for (const [key, value] of Object.entries(slot)) form[`slot.0.${key}`] = String(value)
	form['slot.0.fill'] = cover.fill
	if (cover.on) form['slot.0.cover'] = 'yes'
	return form
}

/** Opens a revision of a published material from its template editor, as its owner would. */
async function reviseFromTemplateEditor(owner: TestUser, versionId: string) {
	const revised = await call(templateAction, `/en/workspace/templates/${versionId}`, {
		params: { lang: 'en', versionId },
		cookie: owner.cookie,
		form: { intent: 'revise' },
	})
	expect(revised.outcome).toBe('ok')
	const to = location(revised.result)
	expect(to).toMatch(/^\/en\/workspace\/templates\/[^/?]+\?revision=opened$/)
	return to.split('/').pop()!.split('?')[0]!
}

describe('a poster that is no template', () => {
	test('a request for a template reaches the owning country’s coordinators once, and is answered when the template is published', async () => {
		const source = await flatFrenchPoster()
		const versionId = source.versions[0]!.id
		const owners = [
			await createUser('coordinator', { country: 'FR' }),
			await createUser('coordinator', { country: 'FR' }),
		]
		const frenchContributor = await createUser('contributor', { country: 'FR' })
		const japanese = await createUser('coordinator', { country: 'JP' })
		const colleague = await createUser('contributor', { country: 'JP' })

		// The first step says what can be done with it.
		const first = await call(adaptLoader, `/en/adapt/${source.id}`, {
			params: { lang: 'en', id: source.id },
			cookie: japanese.cookie,
		})
		expect((first.result as { source: { needsTemplate: boolean } }).source.needsTemplate).toBe(true)

		const ask = (user: TestUser, message: string) =>
			call(adaptAction, `/en/adapt/${source.id}`, {
				params: { lang: 'en', id: source.id },
				cookie: user.cookie,
				form: { intent: 'request-template', countryCode: 'JP', versionId, message },
			})
		expect((await ask(japanese, 'Pourriez-vous en faire un modèle ?')).outcome).toBe('ok')
		// Asked again, by the same country: nothing more reaches France.
		expect((await ask(colleague, 'Encore ?')).outcome).toBe('ok')
		expect(await db.templateRequest.count({ where: { materialId: source.id } })).toBe(1)
		for (const owner of owners) {
			const messages = await db.inboxMessage.findMany({
				where: { userId: owner.id, kind: 'template-requested' },
			})
			expect(messages).toMatchObject([
				{ materialId: source.id, versionId, body: 'Pourriez-vous en faire un modèle ?' },
			])
		}
		// Contributors are not the ones asked.
		expect(
			await db.inboxMessage.count({
				where: { userId: frenchContributor.id, kind: 'template-requested' },
			}),
		).toBe(0)
		// Nobody asks their own country, or for a poster that is a template already.
		const own = await call(adaptAction, `/en/adapt/${source.id}`, {
			params: { lang: 'en', id: source.id },
			cookie: owners[0]!.cookie,
			form: { intent: 'request-template', countryCode: 'FR', versionId, message: '' },
		})
		expect(own.outcome).toBe(409)

		// The message leads to the template editor of that poster, which lists the request.
		const inbox = await call(inboxLoader, '/en/inbox', {
			params: { lang: 'en' },
			cookie: owners[0]!.cookie,
		})
		expect(render(InboxPage, inbox.result)).toContain(`href="/en/workspace/templates/${versionId}"`)
		const editor = await call(templateLoader, `/en/workspace/templates/${versionId}`, {
			params: { lang: 'en', versionId },
			cookie: owners[0]!.cookie,
		})
		expect(editor.result).toMatchObject({
			canEdit: false,
			canRevise: true,
			context: { requests: [{ countryCode: 'JP', message: 'Pourriez-vous en faire un modèle ?' }] },
		})

		// France makes it a template in a revision, which a reviewer publishes.
		const copy = await reviseFromTemplateEditor(owners[0]!, versionId)
		expect(
			((await postBackground(owners[0]!, copy, await artworkWithWords())) as Response).status,
		).toBe(302)
		const revision = await db.materialVersion.findUniqueOrThrow({ where: { id: copy } })
		await transitionMaterial(
			actor(owners[0]!, 'coordinator', 'FR'),
			revision.materialId,
			'submit',
			'',
		)
		expect(await db.templateRequest.count({ where: { status: 'pending' } })).toBeGreaterThan(0)
		const reviewer = await createUser('reviewer')
		await transitionMaterial(actor(reviewer, 'reviewer', null), revision.materialId, 'publish', '')

		expect(
			await db.templateRequest.findFirstOrThrow({ where: { materialId: source.id } }),
		).toMatchObject({
			status: 'done',
		})
		expect(
			await db.inboxMessage.findMany({ where: { userId: japanese.id, kind: 'template-ready' } }),
		).toMatchObject([{ materialId: source.id, versionId }])
		const after = await call(adaptLoader, `/en/adapt/${source.id}`, {
			params: { lang: 'en', id: source.id },
			cookie: japanese.cookie,
		})
		expect((after.result as { source: { needsTemplate: boolean } }).source.needsTemplate).toBe(
			false,
		)
	})

	test('the template editor of a published poster works through a revision; the public poster stays until it is published', async () => {
		const source = await flatFrenchPoster()
		const versionId = source.versions[0]!.id
		const owner = await createUser('contributor', { country: 'FR' })
		// Saving a template on the published version itself is refused.
		const direct = await call(templateAction, `/en/workspace/templates/${versionId}`, {
			params: { lang: 'en', versionId },
			cookie: owner.cookie,
			form: slotForm(headline, 'Je dis non', { fill: cream, on: false }),
		})
		expect(direct.outcome).toBe(403)

		const copy = await reviseFromTemplateEditor(owner, versionId)
		expect(copy).not.toBe(versionId)
		// Asked twice, the same revision.
		expect(await reviseFromTemplateEditor(owner, versionId)).toBe(copy)
		await postBackground(owner, copy, await artworkWithWords())
		const saved = await call(templateAction, `/en/workspace/templates/${copy}`, {
			params: { lang: 'en', versionId: copy },
			cookie: owner.cookie,
			form: slotForm(headline, 'Je dis non', { fill: cream, on: true }),
		})
		expect(saved.outcome).toBe('ok')
		// The public poster is as it was.
		expect(await db.posterTemplate.count({ where: { versionId } })).toBe(0)

		const revision = await db.materialVersion.findUniqueOrThrow({ where: { id: copy } })
		const reviewer = await createUser('reviewer')
		await transitionMaterial(actor(owner, 'contributor', 'FR'), revision.materialId, 'submit', '')
		await transitionMaterial(actor(reviewer, 'reviewer', null), revision.materialId, 'publish', '')
		const published = await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })
		expect(JSON.parse(published.slots)).toMatchObject([{ id: 'headline', fill: cream }])
	})

	test('its adaptation can take artwork of its own; the preview step says what to do until then', async () => {
		const source = await flatFrenchPoster()
		const japanese = await createUser('coordinator', { country: 'JP' })
		const { id } = await startAdaptation(japanese, source)
		const version = await db.materialVersion.findFirstOrThrow({ where: { materialId: id } })
		// No template came with it.
		expect(await db.posterTemplate.count({ where: { versionId: version.id } })).toBe(0)

		const asked = await call(previewAction, `/en/workspace/adaptations/${id}/preview`, {
			params: { lang: 'en', id },
			cookie: japanese.cookie,
			form: { intent: 'request-template', message: '' },
		})
		expect(location(asked.result)).toBe(`/en/workspace/adaptations/${id}/preview?requested=1`)
		expect(
			await db.templateRequest.count({ where: { materialId: source.id, countryCode: 'JP' } }),
		).toBe(1)

		// Japan puts the French artwork in its own template and paints over the words.
		expect(
			((await postBackground(japanese, version.id, await artworkWithWords())) as Response).status,
		).toBe(302)
		await call(templateAction, `/en/workspace/templates/${version.id}`, {
			params: { lang: 'en', versionId: version.id },
			cookie: japanese.cookie,
			form: slotForm(headline, 'ダメと言おう', { fill: cream, on: true }),
		})
		// The adaptation's poster is made from it at once: it is the version's file.
		const file = await db.versionFile.findFirst({
			where: { versionId: version.id, rendered: true },
		})
		expect(file).not.toBeNull()
	})
})

describe('artwork with words on it', () => {
	test('a box painted over the words covers them with its fill; the colour offered is the artwork’s', async () => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const material = await createMaterial({
			countryCode: 'FR',
			status: 'draft',
			publishedAt: null,
		})
		const versionId = material.versions[0]!.id
		await postBackground(contributor, versionId, await artworkWithWords())
		const fill = '#ff00ff'
		const saved = await call(templateAction, `/en/workspace/templates/${versionId}`, {
			params: { lang: 'en', versionId },
			cookie: contributor.cookie,
			form: slotForm(headline, 'Non !', { fill, on: true }),
		})
		expect(saved.outcome).toBe('ok')

		const preview = await call(previewImageLoader, `/template-preview/${versionId}`, {
			params: { versionId },
			cookie: contributor.cookie,
		})
		const { data, info } = await sharp(
			Buffer.from(await (preview.result as Response).arrayBuffer()),
		)
			.removeAlpha()
			.raw()
			.toBuffer({ resolveWithObject: true })
		const at = (x: number, y: number) => {
			const i = (y * info.width + x) * 3
			return [data[i], data[i + 1], data[i + 2]]
		}
		// The corners of the box and the words' place at its edges: the fill, no ink, no old words.
		for (const [x, y] of [
			[61, 101],
			[538, 218],
			[95, 140],
			[480, 140],
		] as const)
			expect(at(x, y), `${x},${y}`).toEqual([0xff, 0x00, 0xff])
		let oldWords = 0
		for (let y = headline.y; y < headline.y + headline.height; y++)
			for (let x = headline.x; x < headline.x + headline.width; x++) {
				const [r, g, b] = at(x, y)
				if (r === 0x1b && g === 0x24 && b === 0x30) oldWords++
			}
		expect(oldWords).toBe(0)
		// Outside the box the artwork is untouched.
		expect(at(30, 30)).toEqual([0xf2, 0xe6, 0xc9])

		// Unticked, the box covers nothing: the words show through again.
		await call(templateAction, `/en/workspace/templates/${versionId}`, {
			params: { lang: 'en', versionId },
			cookie: contributor.cookie,
			form: slotForm(headline, 'Non !', { fill, on: false }),
		})
		const editor = await call(templateLoader, `/en/workspace/templates/${versionId}`, {
			params: { lang: 'en', versionId },
			cookie: contributor.cookie,
		})
		const loaded = editor.result as {
			template: { slots: { fill?: string }[] }
			suggestedFills: Record<string, string>
		}
		expect(loaded.template.slots[0]!.fill).toBeUndefined()
		// The colour offered is the artwork's around the words, not the words'.
		expect(loaded.suggestedFills).toEqual({ headline: cream })

		// A fill that is not a colour is refused like a bad text colour.
		const bad = await call(templateAction, `/en/workspace/templates/${versionId}`, {
			params: { lang: 'en', versionId },
			cookie: contributor.cookie,
			form: slotForm(headline, 'Non !', { fill: 'url(#x)', on: true }),
		})
		expect(bad.outcome).toBe(400)
		expect((bad.result as { data: { problems: unknown[] } }).data.problems).toEqual([
			{ slotId: 'headline', problem: 'bad-colour' },
		])
	})
})

describe('hostile fills', () => {
	test.each(HOSTILE_FILLS.map((h) => [h.why, h] as const))('%s', async (_, { fill }) => {
		const contributor = await createUser('contributor', { country: 'FR' })
		const material = await createMaterial({ countryCode: 'FR', status: 'draft', publishedAt: null })
		const versionId = material.versions[0]!.id
		await postBackground(contributor, versionId, await artworkWithWords())
		const before = await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })
		const posted = await call(templateAction, `/en/workspace/templates/${versionId}`, {
			params: { lang: 'en', versionId },
			cookie: contributor.cookie,
			form: slotForm(headline, 'Non !', { fill, on: true }),
		})
		expect(posted.outcome).toBe(400)
		expect((posted.result as { data: { problems: unknown[] } }).data.problems).toEqual([
			{ slotId: 'headline', problem: 'bad-colour' },
		])
		expect(await db.posterTemplate.findUniqueOrThrow({ where: { versionId } })).toEqual(before)
	})
})

describe('the translation step', () => {
	test('when the original has changed, the translator can say the changes were checked', async () => {
		const source = await createMaterial({ countryCode: 'FR', licence: 'cc-by-4.0' })
		const japanese = await createUser('coordinator', { country: 'JP' })
		const { id } = await startAdaptation(japanese, source)
		const load = () =>
			call(translateLoader, `/en/workspace/adaptations/${id}/translate`, {
				params: { lang: 'en', id },
				cookie: japanese.cookie,
			})
		expect(render(TranslatePage, (await load()).result)).not.toContain('I have checked the changes')
		await db.materialVersion.update({
			where: { id: source.versions[0]!.id },
			data: { title: 'Parle-moi vite', revision: { increment: 1 } },
		})
		const html = render(TranslatePage, (await load()).result)
		expect(html).toContain('I have checked the changes')
		expect(html).toContain('name="intent" value="mark-reviewed"')
	})
})
