import { beforeAll, describe, expect, test } from 'vitest'
import { insertCampaign } from '#app/models/campaign.server.ts'
import { transitionMaterial } from '#app/models/material/transitions.server.ts'
import { getJointReport } from '#app/models/reporting/joint-report.server.ts'
import { openRound } from '#app/models/reporting/rounds.server.ts'
import { insertUsageNote } from '#app/models/usage-note.server.ts'
import {
	action as campaignAction,
	loader as campaignLoader,
} from '#app/routes/$lang.campaigns.$id.tsx'
import {
	action as materialAction,
	loader as materialLoader,
} from '#app/routes/$lang.materials.$id.tsx'
import { loader as countryLoader } from '#app/routes/$lang.countries.$code.tsx'
import { loader as usageCsvLoader } from '#app/routes/$lang.reports.$roundId.usage[.]csv.ts'
import { loader as jsonLoader } from '#app/routes/$lang.reports.$roundId.data[.]json.ts'
import { publicLibraryGeneration } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser, ensureCountries, type TestUser } from '#tests/factories.ts'
import { HOSTILE_REPORT_TEXTS } from '#tests/fixtures/hostile-reporting.ts'
import { call, type Outcome } from '#tests/support/routes.ts'

/**
 * "Used in our country" notes through the material and campaign pages'
 * actions and loaders, as a browser posts them: who may say a work was
 * used, one note per country and work, withdrawn works' notes hidden, and
 * the joint report's count of them.
 */

interface PageData {
	usage: {
		notes: { countryCode: string; note: string; outcomeValue: number | null }[]
		forms: { countryCode: string; existing: { note: string } | null; canEdit: boolean }[]
	}
}

const frenchMaterial = () => createMaterial({ countryCode: 'FR' })

const frenchCampaign = async (published = true) => {
	const campaign = await insertCampaign({
		countryCode: 'FR',
		originalLang: 'fr',
		channels: [],
		audiences: ['parents-carers'],
		risks: ['grooming'],
		translations: [{ lang: 'fr', title: 'Parents, parlons-en !', summary: 'Une campagne.' }],
	})
	const material = await createMaterial({
		countryCode: 'FR',
		campaignId: campaign.id,
		status: published ? 'published' : 'draft',
		publishedAt: published ? new Date() : null,
	})
	return { campaign, material }
}

const saveForm = (countryCode: string, overrides: Record<string, string> = {}) => ({
	intent: 'save-usage',
	countryCode,
	note: 'Printed as it was for schools in Wallonia; teachers asked for more.',
	outcomeValue: '3 000',
	outcomeUnit: 'copies',
	...overrides,
})

const postOnMaterial = (
	user: { cookie?: string } | null,
	id: string,
	form: Record<string, string>,
) =>
	call(materialAction, `/en/materials/${id}`, {
		cookie: user?.cookie,
		params: { lang: 'en', id },
		form,
	})

const materialPage = async (id: string, user?: { cookie?: string }) => {
	const { outcome, result } = await call(materialLoader, `/en/materials/${id}`, {
		cookie: user?.cookie,
		params: { lang: 'en', id },
	})
	return { outcome, data: result as PageData }
}

const notesOn = (materialId: string) => db.usageNote.findMany({ where: { materialId } })

const refusalOf = (result: unknown) =>
	(result as { data: { usage: { errors: Record<string, string> } } }).data.usage.errors

let beCoordinator: TestUser
let beContributor: TestUser

beforeAll(async () => {
	await ensureCountries('FR', 'BE', 'DE', 'JP', 'US')
	beCoordinator = await createUser('coordinator', { country: 'BE' })
	beContributor = await createUser('contributor', { country: 'BE' })
})

describe('who may say a work was used in their country', () => {
	test('another country’s contributors and coordinators; not the owning country, nobody anonymous, no exchange-wide role', async () => {
		const cases: { who: string; user: () => Promise<TestUser | null>; country: string }[] = [
			{ who: 'anonymous', user: async () => null, country: 'BE' },
			{ who: 'BE coordinator', user: async () => beCoordinator, country: 'BE' },
			{ who: 'BE contributor', user: async () => beContributor, country: 'BE' },
			{
				who: 'FR coordinator',
				user: () => createUser('coordinator', { country: 'FR' }),
				country: 'FR',
			},
			{
				who: 'FR contributor',
				user: () => createUser('contributor', { country: 'FR' }),
				country: 'FR',
			},
			{ who: 'reviewer', user: () => createUser('reviewer'), country: 'BE' },
			{ who: 'admin', user: () => createUser('admin'), country: 'BE' },
			{ who: 'BE coordinator for Germany', user: async () => beCoordinator, country: 'DE' },
		]
		const outcomes: Record<string, Outcome> = {}
		const written: Record<string, number> = {}
		for (const { who, user, country } of cases) {
			const material = await frenchMaterial()
			const { outcome } = await postOnMaterial(await user(), material.id, saveForm(country))
			outcomes[who] = outcome
			written[who] = (await notesOn(material.id)).length
		}
		expect(outcomes).toEqual({
			anonymous: 'login',
			'BE coordinator': 'ok',
			'BE contributor': 'ok',
			'FR coordinator': 403,
			'FR contributor': 403,
			reviewer: 403,
			admin: 403,
			'BE coordinator for Germany': 403,
		})
		expect(written).toEqual({
			anonymous: 0,
			'BE coordinator': 1,
			'BE contributor': 1,
			'FR coordinator': 0,
			'FR contributor': 0,
			reviewer: 0,
			admin: 0,
			'BE coordinator for Germany': 0,
		})
	})

	test('the owning country is told, in its language, that other countries say it', async () => {
		const material = await frenchMaterial()
		const frCoordinator = await createUser('coordinator', { country: 'FR' })
		const { result } = await postOnMaterial(frCoordinator, material.id, saveForm('FR'))
		expect(refusalOf(result).form).toBe('usage.errors.own-country')
		// Nor does its page offer it the form.
		expect((await materialPage(material.id, frCoordinator)).data.usage.forms).toEqual([])
	})

	test('a draft cannot be marked as used (404, as if it did not exist)', async () => {
		const draft = await createMaterial({ countryCode: 'FR', status: 'draft', publishedAt: null })
		const { outcome } = await postOnMaterial(beCoordinator, draft.id, saveForm('BE'))
		expect(outcome).toBe(404)
		expect(await notesOn(draft.id)).toHaveLength(0)
	})

	test('a form with a problem comes back with its translated errors and nothing is saved', async () => {
		const material = await frenchMaterial()
		const { outcome, result } = await postOnMaterial(
			beCoordinator,
			material.id,
			saveForm('BE', { note: ' ', outcomeValue: '-4' }),
		)
		expect(outcome).toBe(400)
		expect(refusalOf(result)).toEqual({
			note: 'usage.errors.note-required',
			outcomeValue: 'usage.errors.outcome-value',
		})
		expect(await notesOn(material.id)).toHaveLength(0)
	})
})

describe('one note per country and work', () => {
	test('a second post edits the note; the same form posted twice stays one row; each write is audited', async () => {
		const material = await frenchMaterial()
		const first = await postOnMaterial(beCoordinator, material.id, saveForm('BE'))
		expect((first.result as Response).headers.get('location')).toBe(
			`/en/materials/${material.id}?usage=added#usage-notes`,
		)
		await postOnMaterial(beCoordinator, material.id, saveForm('BE'))
		const edited = await postOnMaterial(
			beCoordinator,
			material.id,
			saveForm('BE', { note: 'Used in 40 schools.', outcomeValue: '', outcomeUnit: 'copies' }),
		)
		expect((edited.result as Response).headers.get('location')).toContain('?usage=saved')
		const notes = await notesOn(material.id)
		expect(notes).toHaveLength(1)
		expect(notes[0]).toMatchObject({
			countryCode: 'BE',
			note: 'Used in 40 schools.',
			outcomeValue: null,
			outcomeUnit: null,
			createdById: beCoordinator.id,
		})
		const audit = await db.auditEntry.findMany({
			where: { entityType: 'usage-note', entityId: notes[0]!.id },
			orderBy: { id: 'asc' },
		})
		expect(audit.map((a) => [a.action, a.userId, a.countryCode])).toEqual([
			['record-usage-note', beCoordinator.id, 'BE'],
			['edit-usage-note', beCoordinator.id, 'BE'],
			['edit-usage-note', beCoordinator.id, 'BE'],
		])
	})

	test('a contributor changes their own note, not a colleague’s; the coordinators change and remove any', async () => {
		const material = await frenchMaterial()
		const colleague = await createUser('contributor', { country: 'BE' })
		expect((await postOnMaterial(colleague, material.id, saveForm('BE'))).outcome).toBe('ok')
		expect(
			(await postOnMaterial(colleague, material.id, saveForm('BE', { note: 'Mine, edited.' })))
				.outcome,
		).toBe('ok')

		const other = await postOnMaterial(
			beContributor,
			material.id,
			saveForm('BE', { note: 'Overwritten?' }),
		)
		expect(other.outcome).toBe(403)
		expect(refusalOf(other.result).form).toBe('usage.errors.not-allowed')
		// The page shows that contributor the note without a form to change it.
		const seen = (await materialPage(material.id, beContributor)).data.usage.forms
		expect(seen).toMatchObject([{ countryCode: 'BE', canEdit: false }])

		const removeForm = { intent: 'remove-usage', countryCode: 'BE' }
		expect((await postOnMaterial(colleague, material.id, removeForm)).outcome).toBe(403)
		expect(
			(await postOnMaterial(beCoordinator, material.id, saveForm('BE', { note: 'Checked.' })))
				.outcome,
		).toBe('ok')
		expect((await notesOn(material.id))[0]!.note).toBe('Checked.')
		const removed = await postOnMaterial(beCoordinator, material.id, removeForm)
		expect((removed.result as Response).headers.get('location')).toContain('?usage=removed')
		expect(await notesOn(material.id)).toHaveLength(0)
		expect(
			await db.auditEntry.count({
				where: { action: 'remove-usage-note', userId: beCoordinator.id },
			}),
		).toBeGreaterThan(0)
	})
})

describe('pages kept for anonymous readers', () => {
	test('a note added, edited or removed makes them out of date, so the next reader sees it', async () => {
		const material = await frenchMaterial()
		const before = publicLibraryGeneration()
		await postOnMaterial(beCoordinator, material.id, saveForm('BE'))
		const added = publicLibraryGeneration()
		expect(added).toBeGreaterThan(before)
		await postOnMaterial(
			beCoordinator,
			material.id,
			saveForm('BE', { note: 'Used in 12 schools.' }),
		)
		expect(publicLibraryGeneration()).toBeGreaterThan(added)
		// A refused post changes nothing a reader sees.
		const refused = publicLibraryGeneration()
		await postOnMaterial(beCoordinator, material.id, saveForm('FR'))
		expect(publicLibraryGeneration()).toBe(refused)
	})
})

describe('what readers see', () => {
	test('everyone, anonymous included, reads the notes on the material and campaign pages; not who wrote them', async () => {
		const material = await frenchMaterial()
		await postOnMaterial(beCoordinator, material.id, saveForm('BE'))
		const page = await materialPage(material.id)
		expect(page.outcome).toBe('ok')
		expect(page.data.usage.notes).toMatchObject([
			{ countryCode: 'BE', note: saveForm('BE').note, outcomeValue: 3000, outcomeUnit: 'copies' },
		])
		expect(JSON.stringify(page.data.usage)).not.toContain(beCoordinator.id)
		expect(page.data.usage.forms).toEqual([])
		// Belgium's coordinator gets the form, filled with the country's note.
		const own = await materialPage(material.id, beCoordinator)
		expect(own.data.usage.forms).toMatchObject([
			{ countryCode: 'BE', existing: { note: saveForm('BE').note }, canEdit: true },
		])

		const { campaign } = await frenchCampaign()
		const jp = await createUser('coordinator', { country: 'JP' })
		const posted = await call(campaignAction, `/en/campaigns/${campaign.id}`, {
			cookie: jp.cookie,
			params: { lang: 'en', id: campaign.id },
			form: saveForm('JP', {
				note: '保護者向け講座で使いました。',
				outcomeValue: '1200',
				outcomeUnit: 'people',
			}),
		})
		expect(posted.outcome).toBe('ok')
		const campaignPage = await call(campaignLoader, `/en/campaigns/${campaign.id}`, {
			params: { lang: 'en', id: campaign.id },
		})
		expect((campaignPage.result as PageData).usage.notes).toMatchObject([
			{ countryCode: 'JP', note: '保護者向け講座で使いました。', outcomeValue: 1200 },
		])
	})

	test('a withdrawn material keeps its notes, hidden with it; a campaign without a published material likewise', async () => {
		const material = await frenchMaterial()
		await postOnMaterial(beCoordinator, material.id, saveForm('BE'))
		const reviewer = await createUser('reviewer')
		const withdrawn = await transitionMaterial(
			{ id: reviewer.id, memberships: [{ role: 'reviewer', countryCode: null }] },
			material.id,
			'withdraw',
			'The helpline number changed.',
		)
		expect(withdrawn.ok).toBe(true)
		expect((await materialPage(material.id)).outcome).toBe(404)
		expect((await postOnMaterial(beCoordinator, material.id, saveForm('BE'))).outcome).toBe(404)
		expect(await notesOn(material.id)).toHaveLength(1)

		const { campaign } = await frenchCampaign(false)
		const posted = await call(campaignAction, `/en/campaigns/${campaign.id}`, {
			cookie: beCoordinator.cookie,
			params: { lang: 'en', id: campaign.id },
			form: saveForm('BE'),
		})
		expect(posted.outcome).toBe(404)
	})
})

describe('a country’s page', () => {
	interface CountryData {
		used: {
			kind: string
			id: string
			ownerCountryCode: string
			title: string
			lang: string
			note: string
			outcomeValue: number | null
		}[]
	}
	const countryPage = async (code: string) => {
		const page = await call(countryLoader, `/en/countries/${code}`, {
			params: { lang: 'en', code },
		})
		expect(page.outcome).toBe('ok')
		return (page.result as CountryData).used
	}

	test('lists what the country said it used of other countries’ public works, newest first', async () => {
		const nz = await createUser('coordinator', { country: 'NZ' })
		expect(await countryPage('NZ')).toEqual([])
		const material = await frenchMaterial()
		await postOnMaterial(nz, material.id, saveForm('NZ', { note: 'Printed for Auckland schools.' }))
		const { campaign } = await frenchCampaign()
		await db.usageNote.updateMany({
			where: { countryCode: 'NZ' },
			data: { createdAt: new Date('2026-01-01') },
		})
		const posted = await call(campaignAction, `/en/campaigns/${campaign.id}`, {
			cookie: nz.cookie,
			params: { lang: 'en', id: campaign.id },
			form: saveForm('NZ', { note: 'Ran the parents’ evenings in Wellington.' }),
		})
		expect(posted.outcome).toBe('ok')

		const used = await countryPage('NZ')
		expect(used).toMatchObject([
			{
				kind: 'campaign',
				id: campaign.id,
				ownerCountryCode: 'FR',
				title: 'Parents, parlons-en !',
				lang: 'fr',
				note: 'Ran the parents’ evenings in Wellington.',
			},
			{
				kind: 'material',
				id: material.id,
				ownerCountryCode: 'FR',
				lang: 'fr',
				note: 'Printed for Auckland schools.',
				outcomeValue: 3000,
			},
		])
		// Nobody else's notes, and not on the owner's page.
		expect((await countryPage('FR')).some((u) => u.note.includes('Auckland'))).toBe(false)

		// A withdrawn material leaves the list with its page; its note is kept.
		const reviewer = await createUser('reviewer')
		const withdrawn = await transitionMaterial(
			{ id: reviewer.id, memberships: [{ role: 'reviewer', countryCode: null }] },
			material.id,
			'withdraw',
			'Outdated.',
		)
		expect(withdrawn.ok).toBe(true)
		expect((await countryPage('NZ')).map((u) => u.kind)).toEqual(['campaign'])
		expect(await notesOn(material.id)).toHaveLength(1)
	})
})

describe('the joint report counts notes of use', () => {
	test('notes written in the period on public works, by country and work, against a hand count', async () => {
		const r = await openRound(null, {
			kind: 'biennial',
			title: 'Biennial usage',
			periodStart: new Date('2021-01-01T00:00:00Z'),
			periodEnd: new Date('2021-12-31T23:59:59.999Z'),
			dueDate: new Date('2022-03-31T23:59:59.999Z'),
			secretariatCountryCode: 'BE',
			visibility: 'public',
		})
		const m1 = await frenchMaterial()
		const m2 = await createMaterial({ countryCode: 'DE' })
		const withdrawnLater = await frenchMaterial()
		const m4 = await frenchMaterial()
		const { campaign: c1 } = await frenchCampaign()
		const note = async (
			countryCode: string,
			target: { kind: 'material' | 'campaign'; id: string },
			day: string,
			text = `Used (${countryCode}).`,
		) =>
			insertUsageNote({ countryCode, target, note: text, createdAt: new Date(`${day}T12:00:00Z`) })
		const material = (id: string) => ({ kind: 'material' as const, id })
		await note('BE', material(m1.id), '2021-03-01')
		await note('DE', material(m1.id), '2021-05-01')
		await note('JP', material(m1.id), '2020-12-31') // before the period
		await note('BE', material(m2.id), '2021-06-01')
		await note('JP', { kind: 'campaign', id: c1.id }, '2021-02-01')
		await note('US', { kind: 'campaign', id: c1.id }, '2021-07-01')
		await note('BE', { kind: 'campaign', id: c1.id }, '2021-08-01')
		await note('BE', material(withdrawnLater.id), '2021-04-01')
		await note('FR', material(m4.id), '2021-04-01') // its own country: not use elsewhere
		await note('US', material(m4.id), '2022-01-01') // after the period
		const reviewer = await createUser('reviewer')
		await transitionMaterial(
			{ id: reviewer.id, memberships: [{ role: 'reviewer', countryCode: null }] },
			withdrawnLater.id,
			'withdraw',
			'Outdated.',
		)

		// By hand: m1 by BE and DE, m2 by BE, c1 by JP, US and BE; six notes, four countries.
		const { figures } = await getJointReport(r)
		expect(figures.usage).toEqual({
			notes: 6,
			countries: ['BE', 'DE', 'JP', 'US'],
			mostUsed: [
				{
					kind: 'campaign',
					id: c1.id,
					countryCode: 'FR',
					titles: { fr: 'Parents, parlons-en !' },
					originalLang: 'fr',
					countries: ['BE', 'JP', 'US'],
				},
				{
					kind: 'material',
					id: m1.id,
					countryCode: 'FR',
					titles: { fr: m1.versions[0]!.title },
					originalLang: 'fr',
					countries: ['BE', 'DE'],
				},
				{
					kind: 'material',
					id: m2.id,
					countryCode: 'DE',
					titles: { fr: m2.versions[0]!.title },
					originalLang: 'fr',
					countries: ['BE'],
				},
			],
		})

		const json = await call(jsonLoader, `/en/reports/${r.id}/data.json`, {
			params: { lang: 'en', roundId: r.id },
		})
		const body = (await (json.result as Response).json()) as {
			usageNotes: { country: string; kind: string; id: string; from: string }[]
		}
		expect(body.usageNotes.map((n) => `${n.country}:${n.kind}:${n.from}`)).toEqual([
			'JP:campaign:FR',
			'BE:material:FR',
			'DE:material:FR',
			'BE:material:DE',
			'US:campaign:FR',
			'BE:campaign:FR',
		])
	})

	test('the CSV of notes carries hostile notes as text', async () => {
		const r = await openRound(null, {
			kind: 'biennial',
			title: 'Notes, "quoted"',
			periodStart: new Date('2019-01-01T00:00:00Z'),
			periodEnd: new Date('2019-12-31T23:59:59.999Z'),
			dueDate: new Date('2020-03-31T23:59:59.999Z'),
			secretariatCountryCode: 'BE',
			visibility: 'public',
		})
		for (const [i, hostile] of HOSTILE_REPORT_TEXTS.entries()) {
			const m = await frenchMaterial()
			await insertUsageNote({
				countryCode: 'BE',
				target: { kind: 'material', id: m.id },
				note: hostile.text,
				outcomeValue: i,
				outcomeUnit: 'schools',
				createdAt: new Date(Date.UTC(2019, 0, 1 + i)),
			})
		}
		const { result } = await call(usageCsvLoader, `/en/reports/${r.id}/usage.csv`, {
			params: { lang: 'en', roundId: r.id },
		})
		const response = result as Response
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
		expect(
			text.startsWith(
				'\uFEFFround,country,kind,id,from,title,language,written,outcome,unit,note\r\n',
			),
		).toBe(true)
		expect(text).toContain(`,0,schools,"'=HYPERLINK(""https://evil.example"",""open"")"\r\n`)
		expect(text).toContain(`,7,schools,"Line one\r\nLine two\nLine three"\r\n`)
		expect(
			text.split('\r\n').filter((line) => line.startsWith('"Notes, ""quoted"""')),
		).toHaveLength(HOSTILE_REPORT_TEXTS.length)
	})
})
