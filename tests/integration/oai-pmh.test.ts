import { DOMParser } from 'linkedom'
import { beforeAll, describe, expect, test } from 'vitest'
import { encodeResumptionToken } from '#app/domain/oai-pmh.ts'
import { insertCampaign, saveCampaign } from '#app/models/campaign.server.ts'
import { transitionMaterial } from '#app/models/material/transitions.server.ts'
import { action, loader } from '#app/routes/oai.ts'
import { db } from '#app/utils/db.server.ts'
import { attachPng, createMaterial, createUser } from '#tests/factories.ts'
import { validateXml, XSD } from '#tests/support/xmllint.ts'

/**
 * Protocol conformance of /oai, verb by verb and error by error, each
 * response validated by xmllint against the OAI-PMH schema with the
 * schemas of its metadata formats. The records are real materials: live,
 * withdrawn, an adaptation, one with hostile text.
 */

process.env.OAI_PAGE_SIZE = '2'
const HOST = 'localhost'

interface Answer {
	status: number
	contentType: string | null
	xml: string
	doc: Document
	errors: { code: string; text: string }[]
	all: (tag: string) => Element[]
	text: (tag: string) => string[]
}

async function read(response: Response): Promise<Answer> {
	const xml = await response.text()
	const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document
	const all = (tag: string) => [...doc.getElementsByTagName(tag)]
	return {
		status: response.status,
		contentType: response.headers.get('content-type'),
		xml,
		doc,
		errors: all('error').map((e) => ({
			code: e.getAttribute('code') ?? '',
			text: e.textContent ?? '',
		})),
		all,
		text: (tag) => all(tag).map((e) => e.textContent ?? ''),
	}
}

async function oai(query: string) {
	const answer = await read(
		await loader({
			request: new Request(`http://localhost/oai?${query}`),
			params: {},
			context: {},
		}),
	)
	expect(validateXml(answer.xml, XSD.harvest), `${query}\n${answer.xml.slice(0, 2000)}`).toBe('')
	return answer
}

const identifierOf = (id: string) => `oai:${HOST}:${id}`

let live: Awaited<ReturnType<typeof createMaterial>>
let withdrawn: Awaited<ReturnType<typeof createMaterial>>
let adaptation: Awaited<ReturnType<typeof createMaterial>>
let hostile: Awaited<ReturnType<typeof createMaterial>>
let draftId: string

beforeAll(async () => {
	live = await createMaterial({
		countryCode: 'FR',
		audiences: ['parents-carers'],
		risks: ['sextortion'],
		ageMin: 13,
		ageMax: 17,
		organisation: 'e-Enfance',
		versions: [
			{ lang: 'fr', title: 'Chantage en ligne', description: 'Que faire face à un chantage.' },
			{ lang: 'el', title: 'Εκβιασμός στο διαδίκτυο', description: 'Τι να κάνετε.' },
		],
	})
	await attachPng(live.versions[0]!.id)
	withdrawn = await createMaterial({
		countryCode: 'DE',
		originalLang: 'de',
		versions: [{ lang: 'de', title: 'Zurückgezogen' }],
	})
	const reviewer = await createUser('reviewer')
	const result = await transitionMaterial(
		{ id: reviewer.id, memberships: [{ role: 'reviewer', countryCode: null }] },
		withdrawn.id,
		'withdraw',
		'Outdated helpline number.',
		{ origin: '' },
	)
	expect(result.ok).toBe(true)
	adaptation = await createMaterial({
		countryCode: 'GR',
		originalLang: 'el',
		resourceType: 'video',
		licence: 'all-rights-reserved',
		derivedFrom: { versionId: live.versions[0]!.id, kind: 'adaptation' },
		versions: [{ lang: 'el', title: 'Προσαρμογή' }],
	})
	hostile = await createMaterial({
		versions: [
			{
				lang: 'fr',
				title: 'Titre <script>alert(1)</script> & ]]> "quoted" \u0000\u0008\u001b\uFFFE fin',
				description: 'A form feed \u000c, a valid pair 😀 and \u000b.',
			},
		],
	})
	draftId = (await createMaterial({ status: 'draft', publishedAt: null })).id
})

describe('Identify, ListMetadataFormats, ListSets', () => {
	test('Identify describes the repository: persistent deletions, seconds granularity', async () => {
		const answer = await oai('verb=Identify')
		expect(answer.status).toBe(200)
		expect(answer.contentType).toBe('text/xml; charset=utf-8')
		expect(answer.text('baseURL')).toEqual([expect.stringMatching(/\/oai$/)])
		expect(answer.text('protocolVersion')).toEqual(['2.0'])
		expect(answer.text('deletedRecord')).toEqual(['persistent'])
		expect(answer.text('granularity')).toEqual(['YYYY-MM-DDThh:mm:ssZ'])
		expect(answer.all('request')[0]!.getAttribute('verb')).toBe('Identify')
	})

	test('POST with a form body answers as GET does', async () => {
		const response = await action({
			request: new Request('http://localhost/oai', {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifierOf(live.id))}`,
			}),
			params: {},
			context: {},
		})
		const answer = await read(response)
		expect(validateXml(answer.xml, XSD.harvest)).toBe('')
		expect(answer.text('dc:title')).toContain('Chantage en ligne')
	})

	test('ListMetadataFormats offers oai_dc and lom, for the repository and for a record', async () => {
		for (const query of [
			'verb=ListMetadataFormats',
			`verb=ListMetadataFormats&identifier=${identifierOf(live.id)}`,
		]) {
			const answer = await oai(query)
			expect(answer.text('metadataPrefix')).toEqual(['oai_dc', 'lom'])
		}
	})

	test('ListSets names each family and value', async () => {
		const answer = await oai('verb=ListSets')
		const specs = answer.text('setSpec')
		for (const spec of [
			'country',
			'country:FR',
			'risk:sextortion',
			'audience:parents-carers',
			'lang:el',
			'type:poster',
		])
			expect(specs).toContain(spec)
		const names = answer.text('setName')
		expect(names).toContain('Country: France')
		expect(names).toContain('Language: Greek')
		expect(names).toContain('Audience: Parents and carers')
	})
})

describe('GetRecord', () => {
	test('oai_dc: titles per language, licence URI, page and file links, sets in the header', async () => {
		const answer = await oai(
			`verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifierOf(live.id)}`,
		)
		const titles = answer.all('dc:title').map((e) => [e.getAttribute('xml:lang'), e.textContent])
		expect(titles).toEqual([
			['el', 'Εκβιασμός στο διαδίκτυο'],
			['fr', 'Chantage en ligne'],
		])
		expect(answer.text('dc:rights')).toContain('https://creativecommons.org/licenses/by/4.0/')
		expect(answer.text('dc:creator')).toEqual(['e-Enfance'])
		expect(answer.text('dc:language')).toEqual(['el', 'fr'])
		const identifiers = answer.text('dc:identifier')
		expect(identifiers).toContain(`http://localhost:3000/en/materials/${live.id}`)
		expect(identifiers.some((url) => /\/download\/[^/]+$/.test(url))).toBe(true)
		expect(answer.text('setSpec')).toEqual(
			expect.arrayContaining([
				'country:FR',
				'risk:sextortion',
				'audience:parents-carers',
				'lang:el',
				'lang:fr',
				'type:poster',
			]),
		)
		expect(answer.text('datestamp')[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
	})

	test('lom: end-user role, age range, rights and, for an adaptation, the source it is based on', async () => {
		const answer = await oai(
			`verb=GetRecord&metadataPrefix=lom&identifier=${identifierOf(live.id)}`,
		)
		expect(answer.text('typicalAgeRange')[0]).toBe('13-17')
		expect(answer.text('value')).toContain('parents-carers')
		const adapted = await oai(
			`verb=GetRecord&metadataPrefix=lom&identifier=${identifierOf(adaptation.id)}`,
		)
		const relation = adapted.all('relation')[0]!
		expect(relation.getElementsByTagName('value')[0]!.textContent).toBe('isbasedon')
		expect(relation.getElementsByTagName('entry')[0]!.textContent).toBe(
			`http://localhost:3000/en/materials/${live.id}`,
		)
		// All rights reserved: rightsstatements.org's "In Copyright".
		expect(adapted.xml).toContain('http://rightsstatements.org/vocab/InC/1.0/')
		const dc = await oai(
			`verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifierOf(adaptation.id)}`,
		)
		expect(dc.text('dc:source')).toEqual([`http://localhost:3000/en/materials/${live.id}`])
		expect(dc.text('dc:type')).toContain('MovingImage')
	})

	test('a withdrawn material is a deleted record: a header with status="deleted" and no metadata', async () => {
		const answer = await oai(
			`verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifierOf(withdrawn.id)}`,
		)
		expect(answer.all('header')[0]!.getAttribute('status')).toBe('deleted')
		expect(answer.all('metadata')).toHaveLength(0)
		expect(answer.xml).not.toContain('Zurückgezogen')
	})

	test('text a country wrote cannot break the XML: markup escaped, forbidden characters dropped', async () => {
		const answer = await oai(
			`verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifierOf(hostile.id)}`,
		)
		expect(answer.text('dc:title')).toEqual(['Titre <script>alert(1)</script> & ]]> "quoted"  fin'])
		expect(answer.text('dc:description')[0]).toBe('A form feed , a valid pair 😀 and .')
		const lom = await oai(
			`verb=GetRecord&metadataPrefix=lom&identifier=${identifierOf(hostile.id)}`,
		)
		expect(lom.xml).not.toContain('<script>')
	})
})

describe('errors', () => {
	test.each([
		['no verb', '', 'badVerb'],
		['an unknown verb', 'verb=Harvest', 'badVerb'],
		['a repeated verb', 'verb=Identify&verb=Identify', 'badVerb'],
		['an argument the verb does not take', 'verb=Identify&set=risk', 'badArgument'],
		[
			'a repeated argument',
			'verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc',
			'badArgument',
		],
		['a missing required argument', 'verb=ListRecords', 'badArgument'],
		['GetRecord without identifier', 'verb=GetRecord&metadataPrefix=oai_dc', 'badArgument'],
		['a malformed from', 'verb=ListRecords&metadataPrefix=oai_dc&from=2026-13-01', 'badArgument'],
		[
			'an impossible date',
			'verb=ListRecords&metadataPrefix=oai_dc&until=2026-02-30',
			'badArgument',
		],
		[
			'a date with a time zone offset',
			'verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01T00:00:00%2B01:00',
			'badArgument',
		],
		[
			'from and until of different granularity',
			'verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-02-01T00:00:00Z',
			'badArgument',
		],
		[
			'from after until',
			'verb=ListRecords&metadataPrefix=oai_dc&from=2026-02-01&until=2026-01-01',
			'badArgument',
		],
		['a malformed set', 'verb=ListRecords&metadataPrefix=oai_dc&set=risk::x', 'badArgument'],
		[
			'a resumption token with other arguments',
			'verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc',
			'badArgument',
		],
		[
			'a forged resumption token',
			'verb=ListRecords&resumptionToken=bm90LWEtdG9rZW4',
			'badResumptionToken',
		],
		[
			'a token that is not base64url',
			'verb=ListIdentifiers&resumptionToken=%3Cscript%3E',
			'badResumptionToken',
		],
		['a resumption token for ListSets', 'verb=ListSets&resumptionToken=abc', 'badResumptionToken'],
		[
			'an unknown format in a list',
			'verb=ListRecords&metadataPrefix=marc21',
			'cannotDisseminateFormat',
		],
		[
			'an unknown format for a record',
			'verb=GetRecord&metadataPrefix=mods&identifier=oai:localhost:x',
			'cannotDisseminateFormat',
		],
		[
			'an identifier of no record',
			'verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:nothing',
			'idDoesNotExist',
		],
		[
			'an identifier of another repository',
			'verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:example.org:x',
			'idDoesNotExist',
		],
		[
			'formats of no record',
			'verb=ListMetadataFormats&identifier=oai:localhost:nothing',
			'idDoesNotExist',
		],
		[
			'a set with no records',
			'verb=ListRecords&metadataPrefix=oai_dc&set=country:JP',
			'noRecordsMatch',
		],
		[
			'a set that does not exist',
			'verb=ListIdentifiers&metadataPrefix=oai_dc&set=colour:blue',
			'noRecordsMatch',
		],
		[
			'a range with no records',
			'verb=ListIdentifiers&metadataPrefix=lom&until=2000-01-01',
			'noRecordsMatch',
		],
	])('%s is %s', async (_name, query, code) => {
		const answer = await oai(query)
		expect(answer.status).toBe(200)
		expect(answer.errors.map((e) => e.code)).toEqual([code])
		// After badVerb and badArgument the request element carries no arguments.
		if (code === 'badVerb' || code === 'badArgument')
			expect(answer.all('request')[0]!.attributes.length).toBe(0)
	})

	test('a draft, never published, is no record at all', async () => {
		const answer = await oai(
			`verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifierOf(draftId)}`,
		)
		expect(answer.errors.map((e) => e.code)).toEqual(['idDoesNotExist'])
	})
})

describe('lists', () => {
	async function harvest(first: string, verb = 'ListIdentifiers') {
		const seen: string[] = []
		let answer = await oai(first)
		for (let pages = 0; ; pages++) {
			expect(pages).toBeLessThan(50)
			seen.push(
				...answer.all('header').map((h) => h.getElementsByTagName('identifier')[0]!.textContent!),
			)
			const token = answer.all('resumptionToken')[0]
			if (!token?.textContent) return { seen, last: token ?? null }
			answer = await oai(`verb=${verb}&resumptionToken=${token.textContent}`)
		}
	}

	const everyExposed = async () =>
		(
			await db.material.findMany({
				where: { revisionOfId: null, publishedAt: { not: null } },
				select: { id: true },
			})
		).map((m) => identifierOf(m.id))

	test('every record, live and deleted, in pages of OAI_PAGE_SIZE with cursor and complete size', async () => {
		const { seen, last } = await harvest('verb=ListIdentifiers&metadataPrefix=oai_dc')
		expect(seen.sort()).toEqual((await everyExposed()).sort())
		expect(seen).toContain(identifierOf(withdrawn.id))
		expect(seen).not.toContain(identifierOf(draftId))
		// The last page of a resumed list ends in an empty token.
		expect(last?.getAttribute('completeListSize')).toBe(String(seen.length))
		expect(Number(last?.getAttribute('cursor'))).toBe(seen.length - (seen.length % 2 || 2))
	})

	test('ListRecords carries metadata for live records only, in both formats', async () => {
		for (const prefix of ['oai_dc', 'lom']) {
			const answer = await oai(`verb=ListRecords&metadataPrefix=${prefix}`)
			expect(answer.all('record')).toHaveLength(2)
			expect(answer.all('metadata').length).toBeGreaterThan(0)
		}
	})

	test('sets select: a country, a language version, an audience, a whole family', async () => {
		expect(
			(await harvest('verb=ListIdentifiers&metadataPrefix=oai_dc&set=country:GR')).seen,
		).toEqual([identifierOf(adaptation.id)])
		expect(
			(await harvest('verb=ListIdentifiers&metadataPrefix=oai_dc&set=lang:el')).seen.sort(),
		).toEqual([identifierOf(live.id), identifierOf(adaptation.id)].sort())
		expect(
			(await harvest('verb=ListIdentifiers&metadataPrefix=lom&set=audience:parents-carers')).seen,
		).toEqual([identifierOf(live.id)])
		expect(
			(await harvest('verb=ListIdentifiers&metadataPrefix=oai_dc&set=country')).seen.length,
		).toBe((await everyExposed()).length)
	})

	test('from and until select on the datestamp, inclusively, to the second and to the day', async () => {
		const when = new Date('2031-05-06T07:08:09.500Z')
		await db.material.update({ where: { id: live.id }, data: { updatedAt: when } })
		const ids = async (range: string) =>
			(await harvest(`verb=ListIdentifiers&metadataPrefix=oai_dc&${range}`)).seen
		expect(await ids('from=2031-05-06T07:08:09Z&until=2031-05-06T07:08:09Z')).toEqual([
			identifierOf(live.id),
		])
		expect(await ids('from=2031-05-06&until=2031-05-06')).toEqual([identifierOf(live.id)])
		expect(await ids('from=2031-05-06T07:08:10Z')).toEqual([])
	})

	test('a campaign’s new organisation moves the datestamp of the records that credit it, and only theirs', async () => {
		const editor = await createUser('contributor', { country: 'PT' })
		const campaign = await insertCampaign({
			countryCode: 'PT',
			originalLang: 'pt',
			organisation: 'Linha Internet Segura',
			channels: [],
			audiences: [],
			risks: [],
			translations: [{ lang: 'pt', title: 'Campanha', summary: 'Resumo.' }],
		})
		const credits = await createMaterial({
			countryCode: 'PT',
			originalLang: 'pt',
			campaignId: campaign.id,
			versions: [{ lang: 'pt', title: 'Sem organização própria' }],
		})
		const ownCredit = await createMaterial({
			countryCode: 'PT',
			originalLang: 'pt',
			campaignId: campaign.id,
			organisation: 'APAV',
			versions: [{ lang: 'pt', title: 'Com organização própria' }],
		})
		const past = new Date('2025-01-01T00:00:00Z')
		await db.material.updateMany({
			where: { id: { in: [credits.id, ownCredit.id] } },
			data: { updatedAt: past },
		})
		const creator = async (id: string) =>
			(await oai(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${identifierOf(id)}`)).text(
				'dc:creator',
			)
		expect(await creator(credits.id)).toEqual(['Linha Internet Segura'])
		// A harvester's last visit, to the second, before the campaign is edited.
		const lastVisit = new Date(Math.ceil(Date.now() / 1000) * 1000)
		await new Promise((resolve) => setTimeout(resolve, lastVisit.getTime() - Date.now() + 10))
		const saved = await saveCampaign(editor, campaign.id, {
			campaignId: campaign.id,
			lang: 'pt',
			originalLang: 'pt',
			title: 'Campanha',
			summary: 'Resumo.',
			objectives: '',
			reach: '',
			results: '',
			lessonsLearned: '',
			startYear: null,
			endYear: null,
			reachCount: null,
			reachUnit: null,
			durationMonths: null,
			costAmount: null,
			costCurrency: null,
			evaluationMethod: null,
			organisation: 'Centro Internet Segura',
			organisationContact: null,
			channels: [],
			audiences: [],
			risks: [],
		})
		expect(saved).toMatchObject({ ok: true, changed: ['organisation'] })
		const since = lastVisit.toISOString().replace(/\.\d+Z$/, 'Z')
		const harvested = await harvest(
			`verb=ListRecords&metadataPrefix=oai_dc&from=${since}`,
			'ListRecords',
		)
		expect(harvested.seen).toContain(identifierOf(credits.id))
		expect(harvested.seen).not.toContain(identifierOf(ownCredit.id))
		expect(await creator(credits.id)).toEqual(['Centro Internet Segura'])
		// The same in LOM, whose publisher carries the organisation.
		const lom = await harvest(`verb=ListIdentifiers&metadataPrefix=lom&from=${since}`)
		expect(lom.seen).toContain(identifierOf(credits.id))
	})

	test('a harvest in progress survives changes: nothing is skipped when records are added and changed', async () => {
		const first = await oai('verb=ListIdentifiers&metadataPrefix=oai_dc')
		const seen = first
			.all('header')
			.map((h) => h.getElementsByTagName('identifier')[0]!.textContent!)
		let token = first.all('resumptionToken')[0]!.textContent!
		// Meanwhile a record already delivered changes, and a new one is published.
		const added = await createMaterial({
			countryCode: 'IT',
			originalLang: 'it',
			versions: [{ lang: 'it', title: 'Nuovo' }],
		})
		await db.material.update({ where: { id: live.id }, data: { updatedAt: new Date() } })
		for (;;) {
			const answer = await oai(`verb=ListIdentifiers&resumptionToken=${token}`)
			seen.push(
				...answer.all('header').map((h) => h.getElementsByTagName('identifier')[0]!.textContent!),
			)
			token = answer.all('resumptionToken')[0]?.textContent ?? ''
			if (!token) break
		}
		expect(new Set(seen)).toEqual(new Set(await everyExposed()))
		expect(seen).toContain(identifierOf(added.id))
	})

	test('when every record after a token leaves a list bounded by until, the token is refused and the list starts again', async () => {
		const listed = []
		for (const title of ['One', 'Two', 'Three'])
			listed.push(
				await createMaterial({
					countryCode: 'MT',
					originalLang: 'en',
					versions: [{ lang: 'en', title }],
				}),
			)
		const [first, second, third] = listed
		for (const [n, material] of [first!, second!, third!].entries())
			await db.material.update({
				where: { id: material.id },
				data: { updatedAt: new Date(Date.UTC(2024, 0, n + 1)) },
			})
		const query = 'verb=ListIdentifiers&metadataPrefix=oai_dc&set=country:MT&until=2024-12-31'
		const page = await oai(query)
		expect(page.all('header')).toHaveLength(2)
		const token = page.all('resumptionToken')[0]!.textContent!
		// The one record left to deliver changes, and its datestamp is past `until`.
		await db.material.update({ where: { id: third!.id }, data: { updatedAt: new Date() } })
		const resumed = await oai(`verb=ListIdentifiers&resumptionToken=${token}`)
		expect(resumed.errors.map((e) => e.code)).toEqual(['badResumptionToken'])
		expect(resumed.errors[0]!.text).toMatch(/changed .*Start the list again/)
		// Started again, the list is whole and ends: what it holds is all that matches now.
		const again = await harvest(query)
		expect(again.seen.sort()).toEqual([identifierOf(first!.id), identifierOf(second!.id)].sort())
	})

	test('a token carries its request: a set and a format survive into the next page', async () => {
		const token = encodeResumptionToken(
			{ metadataPrefix: 'lom', from: null, before: null, set: { family: 'country', value: 'FR' } },
			{ modifiedAt: new Date(0), id: '0', count: 0 },
		)
		const answer = await oai(`verb=ListRecords&resumptionToken=${token}`)
		expect(answer.all('lom').length).toBeGreaterThan(0)
		expect(answer.text('setSpec').filter((s) => s.startsWith('country:'))).toSatisfy(
			(specs: string[]) => specs.every((s) => s === 'country:FR'),
		)
	})
})
