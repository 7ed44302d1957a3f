import { describe, expect, test } from 'vitest'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { insertMaterial } from '#app/models/material/drafts.server.ts'
import { searchMaterials } from '#app/models/search.server.ts'
import { loader as inboxLoader } from '#app/routes/$lang.inbox.tsx'
import { loader as publicLoader } from '#app/routes/$lang.materials.$id.tsx'
import { action as reviewAction } from '#app/routes/$lang.review.$id.tsx'
import {
	action as materialAction,
	loader as materialLoader,
} from '#app/routes/$lang.workspace.materials.$id.tsx'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser, ensureCountries, type TestUser } from '#tests/factories.ts'
import { call } from '#tests/support/routes.ts'

const search = async (q: string) =>
	(
		await searchMaterials({ q, filters: emptyFilters(), page: 1, pageSize: 10, uiLang: 'fr' })
	).items.map((item) => item.id)

let n = 0
async function publishedLeaflet() {
	const title = `Dépliant mésange ${++n}`
	const material = await createMaterial({
		countryCode: 'FR',
		status: 'published',
		licence: 'cc-by-4.0',
		resourceType: 'leaflet',
		versions: [
			{ lang: 'fr', title, description: 'Appelez le 3018 si quelqu’un vous menace.' },
			{ lang: 'en', title: `Blue tit leaflet ${n}`, description: 'Call 3018 if threatened.' },
		],
	})
	return { material, title, versionId: material.versions.find((v) => v.lang === 'fr')!.id }
}

const post = (user: TestUser, id: string, form: Record<string, string | string[]>) =>
	call(materialAction, `/fr/workspace/materials/${id}`, {
		params: { lang: 'fr', id },
		cookie: user.cookie,
		form,
	})

const publicDescription = async (id: string) => {
	const page = await call(publicLoader, `/fr/materials/${id}`, { params: { lang: 'fr', id } })
	expect(page.outcome).toBe('ok')
	return (
		page.result as { material: { versions: { lang: string; description: string }[] } }
	).material.versions.find((v) => v.lang === 'fr')!.description
}

const draftForm = (id: string, description: string, title: string) => ({
	intent: 'save',
	draftId: id,
	title,
	description,
	lang: 'fr',
	resourceType: 'leaflet',
	licence: 'cc-by-4.0',
	audiences: ['children'],
	risks: ['grooming'],
	ageMin: '9',
	ageMax: '12',
})

describe('revising published work', () => {
	test('a new helpline number is reviewed while the published leaflet stays online, then replaces it in place', async () => {
		const { material, title, versionId } = await publishedLeaflet()
		const contributor = await createUser('contributor', { country: 'FR' })
		const reviewer = await createUser('reviewer')
		// Israel adapted the French version.
		await ensureCountries('IL')
		const israeli = await createUser('coordinator', { country: 'IL' })
		const adaptation = await insertMaterial({
			countryCode: 'IL',
			status: 'published',
			resourceType: 'leaflet',
			licence: 'cc-by-4.0',
			originalLang: 'he',
			audiences: ['parents-carers'],
			risks: ['grooming'],
			derivedFrom: { versionId, kind: 'adaptation' },
			versions: [{ lang: 'he', title: 'עלון', description: 'התקשרו' }],
		})
		const revisionBefore = (
			await db.materialVersion.findUniqueOrThrow({ where: { id: versionId } })
		).revision

		// "Start a revision": a draft copy; clicking twice finds the same one.
		const opened = await post(contributor, material.id, { intent: 'revise' })
		expect(opened.outcome).toBe('ok')
		const location = (opened.result as Response).headers.get('location')!
		const revisionId = /\/workspace\/materials\/([^?]+)\?revision=opened$/.exec(location)![1]!
		const again = await post(contributor, material.id, { intent: 'revise' })
		expect((again.result as Response).headers.get('location')).toBe(location)
		expect(await db.material.count({ where: { revisionOfId: material.id } })).toBe(1)

		// The published material cannot be edited in place.
		const inPlace = await post(contributor, material.id, draftForm(material.id, 'x', title))
		expect(inPlace.outcome).toBe(409)

		const newText = 'Appelez le 119 si quelqu’un vous menace.'
		expect(
			(await post(contributor, revisionId, draftForm(revisionId, newText, title))).outcome,
		).toBe('ok')
		// The revision's page says what it changes.
		const page = await call(materialLoader, `/fr/workspace/materials/${revisionId}`, {
			params: { lang: 'fr', id: revisionId },
			cookie: contributor.cookie,
		})
		expect(page.result).toMatchObject({
			revisionOf: { id: material.id },
			revisionChanges: [{ kind: 'text', lang: 'fr', part: 'description', after: newText }],
		})
		expect((await post(contributor, revisionId, { intent: 'submit' })).outcome).toBe('ok')

		// Online meanwhile: the public sees the published text, search finds it.
		expect(await publicDescription(material.id)).toContain('3018')
		expect(await search('3018')).toContain(material.id)
		expect(await search('119')).not.toContain(material.id)
		expect(await search('119')).not.toContain(revisionId)

		const published = await call(reviewAction, `/fr/review/${revisionId}`, {
			params: { lang: 'fr', id: revisionId },
			cookie: reviewer.cookie,
			form: { decision: 'publish', confirmed: 'yes' },
		})
		expect(published.outcome).toBe('ok')

		// The same material and version, with the new text and a new revision number.
		expect(await publicDescription(material.id)).toBe(newText)
		const version = await db.materialVersion.findUniqueOrThrow({ where: { id: versionId } })
		expect(version).toMatchObject({ materialId: material.id, revision: revisionBefore + 1 })
		expect(await db.material.count({ where: { id: revisionId } })).toBe(0)
		expect(await search('119')).toContain(material.id)
		// The English version did not change: same revision.
		expect(
			(
				await db.materialVersion.findFirstOrThrow({
					where: { materialId: material.id, lang: 'en' },
				})
			).revision,
		).toBe(1)
		// Its history holds the revision's review.
		const history = await db.moderationEvent.findMany({
			where: { materialId: material.id },
			orderBy: { createdAt: 'asc' },
		})
		expect(history.map((e) => e.toStatus)).toEqual(['submitted', 'published'])
		const audit = await db.auditEntry.findMany({
			where: { entityId: { in: [material.id, revisionId] } },
			orderBy: { id: 'asc' },
		})
		expect(audit.map((a) => a.action)).toEqual(
			expect.arrayContaining(['open-revision', 'edit', 'submit', 'publish-revision']),
		)

		// Israel is told, with a link to the comparison; its adaptation still credits France.
		const inbox = await call(inboxLoader, '/en/inbox', {
			params: { lang: 'en' },
			cookie: israeli.cookie,
		})
		expect(inbox.result).toMatchObject({
			messages: [expect.objectContaining({ kind: 'source-revised', materialId: adaptation.id })],
		})
		const mail = await db.mailMessage.findFirstOrThrow({
			where: { kind: 'source-revised', to: israeli.email },
		})
		expect(mail.text).toContain(`/compare/${adaptation.id}`)
		expect(
			(await db.material.findUniqueOrThrow({ where: { id: adaptation.id } })).derivedFromVersionId,
		).toBe(versionId)
	})

	test('only a published material is revised, only by its country; another country gets a 404', async () => {
		const { material } = await publishedLeaflet()
		const german = await createUser('contributor', { country: 'DE' })
		expect((await post(german, material.id, { intent: 'revise' })).outcome).toBe(404)
		const draft = await createMaterial({ countryCode: 'FR', status: 'draft' })
		const contributor = await createUser('contributor', { country: 'FR' })
		expect((await post(contributor, draft.id, { intent: 'revise' })).outcome).toBe(409)
		expect(
			await db.material.count({ where: { revisionOfId: { in: [material.id, draft.id] } } }),
		).toBe(0)
	})

	test('a revision that changes nothing tells the reviewer so, and publishing it bumps no revision', async () => {
		const { material, versionId } = await publishedLeaflet()
		const contributor = await createUser('contributor', { country: 'FR' })
		const reviewer = await createUser('reviewer')
		const mailBefore = await db.mailMessage.count({ where: { kind: 'source-revised' } })
		const opened = await post(contributor, material.id, { intent: 'revise' })
		const revisionId = /materials\/([^?]+)\?/.exec(
			(opened.result as Response).headers.get('location')!,
		)![1]!
		const page = await call(materialLoader, `/fr/workspace/materials/${revisionId}`, {
			params: { lang: 'fr', id: revisionId },
			cookie: contributor.cookie,
		})
		expect(page.result).toMatchObject({ revisionChanges: [] })
		await post(contributor, revisionId, { intent: 'submit' })
		await call(reviewAction, `/fr/review/${revisionId}`, {
			params: { lang: 'fr', id: revisionId },
			cookie: reviewer.cookie,
			form: { decision: 'publish', confirmed: 'yes' },
		})
		expect(
			(await db.materialVersion.findUniqueOrThrow({ where: { id: versionId } })).revision,
		).toBe(1)
		expect(await db.mailMessage.count({ where: { kind: 'source-revised' } })).toBe(mailBefore)
	})
})

describe('attribution of an adaptation', () => {
	test('never depends on the source’s status: a withdrawn source is still credited, without a link', async () => {
		const source = await createMaterial({
			countryCode: 'FR',
			status: 'published',
			versions: [{ lang: 'fr', title: 'Reste en sécurité', description: '' }],
		})
		await ensureCountries('BE')
		const adaptation = await insertMaterial({
			countryCode: 'BE',
			status: 'published',
			resourceType: 'poster',
			licence: 'cc-by-4.0',
			originalLang: 'nl',
			audiences: ['children'],
			risks: ['grooming'],
			derivedFrom: { versionId: source.versions[0]!.id, kind: 'adaptation' },
			versions: [{ lang: 'nl', title: 'Blijf veilig' }],
		})
		await db.material.update({ where: { id: source.id }, data: { status: 'withdrawn' } })
		const page = await call(publicLoader, `/en/materials/${adaptation.id}`, {
			params: { lang: 'en', id: adaptation.id },
		})
		expect(page.result).toMatchObject({
			material: {
				adaptedFrom: {
					materialId: source.id,
					isPublic: false,
					countryCode: 'FR',
					title: 'Reste en sécurité',
				},
			},
		})
	})
})
