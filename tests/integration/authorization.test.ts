import { afterAll, describe, expect, test } from 'vitest'
import { insertCampaign } from '#app/models/campaign.server.ts'
import { ensureReport, transitionReport } from '#app/models/reporting/reports.server.ts'
import { openRound } from '#app/models/reporting/rounds.server.ts'
import { closePdfBrowser } from '#app/reporting/pdf.server.ts'
import { db } from '#app/utils/db.server.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import {
	attachPng,
	createMaterial,
	createPng,
	createUser,
	ensureCountries,
	TEST_PASSWORD,
} from '#tests/factories.ts'
import { call, type Outcome } from '#tests/support/routes.ts'

/**
 * The authorization matrix: every mutating route and every file route, for
 * every role, on the actor's own country (FR) and on another (DE), and on
 * unpublished material, with the outcome each must get. One table; the last
 * test fails when a route with an action is added without a row here.
 *
 * Refusals for another country's unpublished material are 404, as if it did
 * not exist; refusals of an action on something the actor can see are 403.
 */

type Who = 'anonymous' | 'contributor' | 'coordinator' | 'reviewer' | 'admin'
const WHO: Who[] = ['anonymous', 'contributor', 'coordinator', 'reviewer', 'admin']

const ROUTES = import.meta.glob<Record<string, unknown>>('/app/routes/*.{ts,tsx}', { eager: true })
const routeModule = (name: string) => {
	const found = Object.entries(ROUTES).find(
		([file]) => file.replace(/^.*\//, '').replace(/\.tsx?$/, '') === name,
	)
	if (!found) throw new Error(`no route file ${name}`)
	return found[1]
}

interface Prepared {
	url: string
	params?: Record<string, string>
	form?: Record<string, string | string[]>
}

interface Row {
	route: string
	handler: 'action' | 'loader'
	name: string
	prepare: (actor: { id: string | null }) => Promise<Prepared>
	expect: Record<Who, Outcome>
}

const draftIn = async (country: string, status = 'draft') => {
	const m = await createMaterial({ countryCode: country, status, publishedAt: null })
	return m
}

/** A draft whose version has a poster template (a 120×160 background). */
const draftWithTemplate = async (country: string) => {
	const m = await draftIn(country)
	const versionId = m.versions[0]!.id
	const bytes = await createPng(`#${m.id.slice(-6).replace(/[^0-9a-f]/g, 'a')}`, 120, 160)
	const file = await attachFile({
		versionId,
		bytes,
		mediaType: 'image/png',
		role: 'preview',
		width: 120,
		height: 160,
	})
	await db.posterTemplate.create({ data: { versionId, backgroundId: file.assetId } })
	return versionId
}

const draftForm = (draftId: string) => ({
	draftId,
	title: 'Changed title',
	description: 'Changed.',
	lang: 'fr',
	resourceType: 'poster',
	licence: 'cc-by-4.0',
	audiences: 'parents-carers',
	risks: 'grooming',
	ageMin: '',
	ageMax: '',
})

const contributorMembership = async (country: string) => {
	const u = await createUser('contributor', { country })
	return (await db.membership.findFirstOrThrow({ where: { userId: u.id } })).id
}

const fileOf = async (country: string, status: string) => {
	const m = await createMaterial({
		countryCode: country,
		status,
		publishedAt: status === 'published' ? new Date() : null,
	})
	return (await attachPng(m.versions[0]!.id)).file
}

const fileOfWithAsset = async (country: string, status: string) => {
	const m = await createMaterial({
		countryCode: country,
		status,
		publishedAt: status === 'published' ? new Date() : null,
	})
	const { file } = await attachPng(m.versions[0]!.id)
	const asset = await db.asset.findUniqueOrThrow({ where: { id: file.assetId } })
	return { file: { ...file, storageKey: asset.storageKey } }
}

let n = 0
const campaignIn = (country: string) =>
	insertCampaign({
		countryCode: country,
		originalLang: 'fr',
		channels: [],
		audiences: ['children'],
		risks: ['grooming'],
		translations: [{ lang: 'fr', title: 'Campagne', summary: 'Résumé.' }],
	})
const campaignForm = (campaignId: string) => ({
	campaignId,
	lang: 'fr',
	title: 'Changed title',
	summary: 'Changed.',
	audiences: 'parents-carers',
	risks: 'grooming',
})
const newDraftIdForMatrix = () =>
	`dmatrixadapt${String(++n).padStart(6, '0')}${Math.random().toString(36).slice(2, 10)}`
const newCampaignFormId = () =>
	`cmatrix${String(++n).padStart(6, '0')}${Math.random().toString(36).slice(2, 12)}`
const newDraftId = () =>
	`dmatrix${String(++n).padStart(6, '0')}${Math.random().toString(36).slice(2, 12)}`

/**
 * A country's report in a fresh members-only round whose secretariat is
 * Germany (the matrix's actors act for France, or for the whole exchange),
 * moved along its workflow to `status`.
 */
const reportIn = async (country: string, status: 'draft' | 'submitted' | 'accepted' = 'draft') => {
	await ensureCountries('FR', 'DE', 'BE')
	const round = await openRound(null, {
		kind: 'biennial',
		title: `Matrix round ${++n}`,
		periodStart: new Date('2025-01-01T00:00:00Z'),
		periodEnd: new Date('2026-06-30T00:00:00Z'),
		dueDate: new Date('2027-01-01T00:00:00Z'),
		secretariatCountryCode: 'DE',
		visibility: 'members',
	})
	const report = await ensureReport(null, round.id, country)
	const steps = { draft: [], submitted: ['submit'], accepted: ['submit', 'accept'] }[status]
	for (const step of steps)
		await transitionReport({ id: null }, report.id, step, '', { origin: '' })
	const goal = await db.reportingGoal.findFirstOrThrow({
		where: { target: { roundId: round.id }, key: 't3-g1' },
	})
	const path = `/en/reports/${round.id}/${country}`
	return { path, params: { lang: 'en', roundId: round.id, countryCode: country }, goalId: goal.id }
}
const reportingRound = (secretariatCountryCode: string, visibility: 'public' | 'members') =>
	openRound(null, {
		kind: 'biennial',
		title: `Matrix round ${++n}`,
		periodStart: new Date('2025-01-01T00:00:00Z'),
		periodEnd: new Date('2026-12-31T23:59:59Z'),
		dueDate: new Date('2027-03-31T23:59:59Z'),
		secretariatCountryCode,
		visibility,
	})

export const MATRIX: Row[] = [
	// Public entry points: the same answer whoever asks.
	{
		// OAI-PMH allows POST for requests too long for a URL; it reads only.
		route: 'oai',
		handler: 'action',
		name: 'harvest with POST',
		prepare: async () => ({ url: '/oai', form: { verb: 'Identify' } }),
		expect: { anonymous: 'ok', contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 'ok' },
	},
	{
		route: '$lang.login._index',
		handler: 'action',
		name: 'sign in with a wrong password',
		prepare: async () => ({
			url: '/en/login',
			params: { lang: 'en' },
			form: { email: `nobody-${++n}@test.example`, password: 'wrong password 123' },
		}),
		expect: { anonymous: 401, contributor: 401, coordinator: 401, reviewer: 401, admin: 401 },
	},
	{
		route: '$lang.login.verify',
		handler: 'action',
		name: 'second factor without a half-signed session',
		prepare: async () => ({
			url: '/en/login/verify',
			params: { lang: 'en' },
			form: { code: '123456' },
		}),
		expect: {
			anonymous: 'login',
			contributor: 'login',
			coordinator: 'login',
			reviewer: 'login',
			admin: 'login',
		},
	},
	{
		route: '$lang.logout',
		handler: 'action',
		name: 'sign out',
		prepare: async () => ({ url: '/en/logout', params: { lang: 'en' }, form: {} }),
		expect: { anonymous: 'ok', contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 'ok' },
	},
	{
		route: '$lang.forgot-password',
		handler: 'action',
		name: 'ask for a reset link',
		prepare: async () => ({
			url: '/en/forgot-password',
			params: { lang: 'en' },
			form: { email: 'nobody@test.example' },
		}),
		expect: { anonymous: 'ok', contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 'ok' },
	},
	{
		route: '$lang.reset-password.$token',
		handler: 'action',
		name: 'reset with an unknown token',
		prepare: async () => ({
			url: '/en/reset-password/x',
			params: { lang: 'en', token: 'A'.repeat(43) },
			form: { password: TEST_PASSWORD, confirm: TEST_PASSWORD },
		}),
		expect: { anonymous: 410, contributor: 410, coordinator: 410, reviewer: 410, admin: 410 },
	},
	{
		route: '$lang.invitations.$token',
		handler: 'action',
		name: 'accept an unknown invitation',
		prepare: async () => ({
			url: '/en/invitations/x',
			params: { lang: 'en', token: 'B'.repeat(43) },
			form: { name: 'X', password: TEST_PASSWORD, confirm: TEST_PASSWORD },
		}),
		expect: { anonymous: 410, contributor: 410, coordinator: 410, reviewer: 410, admin: 410 },
	},
	// The account itself: any signed-in user, nobody else.
	{
		route: '$lang.account._index',
		handler: 'action',
		name: 'change password with a wrong current password',
		prepare: async () => ({
			url: '/en/account',
			params: { lang: 'en' },
			form: {
				intent: 'change-password',
				current: 'not it at all',
				password: 'another long passphrase',
				confirm: 'another long passphrase',
			},
		}),
		expect: { anonymous: 'login', contributor: 400, coordinator: 400, reviewer: 400, admin: 400 },
	},
	{
		route: '$lang.account.two-factor',
		handler: 'action',
		name: 'renew recovery codes',
		prepare: async () => ({
			url: '/en/account/two-factor',
			params: { lang: 'en' },
			form: { intent: 'recovery-codes' },
		}),
		expect: {
			anonymous: 'login',
			contributor: 'ok',
			coordinator: 'ok',
			reviewer: 'ok',
			admin: 'ok',
		},
	},
	// Materials: a country's people write their country's drafts.
	{
		route: '$lang.workspace.materials.new',
		handler: 'action',
		name: 'create a draft',
		prepare: async () => ({
			url: '/en/workspace/materials/new',
			params: { lang: 'en' },
			form: draftForm(newDraftId()),
		}),
		expect: { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 403 },
	},
	{
		route: '$lang.workspace.materials.new',
		handler: 'action',
		name: 'create a draft for another country',
		prepare: async () => ({
			url: '/en/workspace/materials/new',
			params: { lang: 'en' },
			form: { ...draftForm(newDraftId()), countryCode: 'DE' },
		}),
		expect: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 403 },
	},
	{
		route: '$lang.workspace.materials.new',
		handler: 'action',
		name: 'create a draft in own country’s campaign',
		prepare: async () => ({
			url: '/en/workspace/materials/new',
			params: { lang: 'en' },
			form: { ...draftForm(newDraftId()), campaignId: (await campaignIn('FR')).id },
		}),
		expect: { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 403 },
	},
	{
		route: '$lang.workspace.materials.new',
		handler: 'action',
		name: 'create a draft in another country’s campaign',
		prepare: async () => ({
			url: '/en/workspace/materials/new',
			params: { lang: 'en' },
			form: { ...draftForm(newDraftId()), campaignId: (await campaignIn('DE')).id },
		}),
		expect: { anonymous: 'login', contributor: 400, coordinator: 400, reviewer: 403, admin: 403 },
	},
	{
		route: '$lang.workspace.materials.$id',
		handler: 'action',
		name: 'move own country draft into another country’s campaign',
		prepare: async () => {
			const m = await draftIn('FR')
			return {
				url: `/en/workspace/materials/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: { intent: 'save', ...draftForm(m.id), campaignId: (await campaignIn('DE')).id },
			}
		},
		expect: { anonymous: 'login', contributor: 400, coordinator: 400, reviewer: 403, admin: 404 },
	},
	{
		route: '$lang.workspace.materials.$id',
		handler: 'action',
		name: 'edit own country draft',
		prepare: async () => {
			const m = await draftIn('FR')
			return {
				url: `/en/workspace/materials/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: { intent: 'save', ...draftForm(m.id) },
			}
		},
		expect: { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 404 },
	},
	{
		route: '$lang.workspace.materials.$id',
		handler: 'action',
		name: 'edit another country draft (id changed in the URL)',
		prepare: async () => {
			const m = await draftIn('DE')
			return {
				url: `/en/workspace/materials/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: { intent: 'save', ...draftForm(m.id) },
			}
		},
		expect: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 403, admin: 404 },
	},
	...(['FR', 'DE'] as const).map((country): Row => ({
		route: '$lang.workspace.materials.$id',
		handler: 'action',
		name: `remove a file from ${country === 'FR' ? 'own' : 'another'} country draft`,
		prepare: async () => {
			const m = await draftIn(country)
			const { file } = await attachPng(m.versions[0]!.id)
			return {
				url: `/en/workspace/materials/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: { intent: 'remove-file', fileId: file.id },
			}
		},
		expect:
			country === 'FR'
				? { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 404 }
				: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 403, admin: 404 },
	})),
	{
		route: '$lang.workspace.materials.$id',
		handler: 'action',
		name: 'submit own country draft',
		prepare: async () => {
			const m = await draftIn('FR')
			return {
				url: `/en/workspace/materials/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: { intent: 'submit' },
			}
		},
		expect: { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 404 },
	},
	{
		route: '$lang.workspace.materials.$id',
		handler: 'action',
		name: 'submit another country draft',
		prepare: async () => {
			const m = await draftIn('DE')
			return {
				url: `/en/workspace/materials/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: { intent: 'submit' },
			}
		},
		expect: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 403, admin: 404 },
	},
	// Review decisions: the secretariat's reviewers only; for anyone else the
	// review pages do not exist, so ids cannot be probed there.
	...(['publish', 'request-changes'] as const).map((decision): Row => ({
		route: '$lang.review.$id',
		handler: 'action',
		name: `${decision} a submission from own country`,
		prepare: async () => {
			const m = await draftIn('FR', 'submitted')
			return {
				url: `/en/review/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: { decision, reason: 'Please add the helpline.' },
			}
		},
		expect: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 'ok', admin: 404 },
	})),
	{
		route: '$lang.review.$id',
		handler: 'action',
		name: 'withdraw a published material of another country',
		prepare: async () => {
			const m = await createMaterial({ countryCode: 'DE' })
			return {
				url: `/en/review/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: { decision: 'withdraw', reason: 'Outdated helpline.' },
			}
		},
		expect: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 'ok', admin: 404 },
	},
	// The review page itself answers the same for an id that exists and one
	// that does not, to anyone who is not a reviewer.
	...(['submitted', 'missing'] as const).map((which): Row => ({
		route: '$lang.review.$id',
		handler: 'loader',
		name: `the review page of a ${which === 'missing' ? 'missing material' : 'submission from own country'}`,
		prepare: async () => {
			const id = which === 'missing' ? 'no-such-material' : (await draftIn('FR', 'submitted')).id
			return { url: `/en/review/${id}`, params: { lang: 'en', id } }
		},
		expect:
			which === 'missing'
				? { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 404, admin: 404 }
				: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 'ok', admin: 404 },
	})),
	// People: coordinators for their country's contributors, administrators for everyone.
	{
		route: '$lang.team',
		handler: 'action',
		name: 'invite a contributor to own country',
		prepare: async () => ({
			url: '/en/team',
			params: { lang: 'en' },
			form: {
				intent: 'invite',
				email: `new-${++n}@test.example`,
				role: 'contributor',
				countryCode: 'FR',
			},
		}),
		expect: { anonymous: 'login', contributor: 403, coordinator: 'ok', reviewer: 403, admin: 'ok' },
	},
	{
		route: '$lang.team',
		handler: 'action',
		name: 'invite a contributor to another country',
		prepare: async () => ({
			url: '/en/team',
			params: { lang: 'en' },
			form: {
				intent: 'invite',
				email: `new-${++n}@test.example`,
				role: 'contributor',
				countryCode: 'DE',
			},
		}),
		expect: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 'ok' },
	},
	{
		route: '$lang.team',
		handler: 'action',
		name: 'invite a reviewer',
		prepare: async () => ({
			url: '/en/team',
			params: { lang: 'en' },
			form: { intent: 'invite', email: `new-${++n}@test.example`, role: 'reviewer' },
		}),
		expect: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 'ok' },
	},
	{
		route: '$lang.team',
		handler: 'action',
		name: 'remove a contributor of own country',
		prepare: async () => ({
			url: '/en/team',
			params: { lang: 'en' },
			form: { intent: 'remove', id: await contributorMembership('FR') },
		}),
		expect: { anonymous: 'login', contributor: 403, coordinator: 'ok', reviewer: 403, admin: 'ok' },
	},
	{
		route: '$lang.team',
		handler: 'action',
		name: 'remove a contributor of another country',
		prepare: async () => ({
			url: '/en/team',
			params: { lang: 'en' },
			form: { intent: 'remove', id: await contributorMembership('DE') },
		}),
		expect: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 'ok' },
	},
	// Countries: administrators only.
	{
		route: '$lang.admin.countries',
		handler: 'action',
		name: 'set a country’s Alliance membership',
		prepare: async () => ({
			url: '/en/admin/countries',
			params: { lang: 'en' },
			form: { code: 'PT', allianceSince: '2014' },
		}),
		expect: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 'ok' },
	},
	// Campaigns: a country's people describe their country's campaigns.
	{
		route: '$lang.workspace.campaigns.new',
		handler: 'action',
		name: 'create a campaign',
		prepare: async () => ({
			url: '/en/workspace/campaigns/new',
			params: { lang: 'en' },
			form: campaignForm(newCampaignFormId()),
		}),
		expect: { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 403 },
	},
	{
		route: '$lang.workspace.campaigns.new',
		handler: 'action',
		name: 'create a campaign for another country',
		prepare: async () => ({
			url: '/en/workspace/campaigns/new',
			params: { lang: 'en' },
			form: { ...campaignForm(newCampaignFormId()), countryCode: 'DE' },
		}),
		expect: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 403 },
	},
	{
		route: '$lang.workspace.campaigns.$id',
		handler: 'action',
		name: 'edit own country campaign',
		prepare: async () => {
			const c = await campaignIn('FR')
			return {
				url: `/en/workspace/campaigns/${c.id}`,
				params: { lang: 'en', id: c.id },
				form: campaignForm(c.id),
			}
		},
		expect: { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 404, admin: 404 },
	},
	{
		route: '$lang.workspace.campaigns.$id',
		handler: 'action',
		name: 'edit another country campaign (id changed in the URL)',
		prepare: async () => {
			const c = await campaignIn('DE')
			return {
				url: `/en/workspace/campaigns/${c.id}`,
				params: { lang: 'en', id: c.id },
				form: campaignForm(c.id),
			}
		},
		expect: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 404, admin: 404 },
	},
	{
		route: '$lang.workspace.campaigns.$id',
		handler: 'action',
		name: 'add a language to another country campaign',
		prepare: async () => {
			const c = await campaignIn('DE')
			return {
				url: `/en/workspace/campaigns/${c.id}`,
				params: { lang: 'en', id: c.id },
				form: { ...campaignForm(c.id), lang: 'en', originalLang: 'fr' },
			}
		},
		expect: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 404, admin: 404 },
	},
	// Campaign pages: public while one of their materials is published, and
	// in the workspace for their own country only.
	{
		route: '$lang.campaigns._index',
		handler: 'loader',
		name: 'the public campaigns index, searched',
		prepare: async () => ({ url: '/en/campaigns?q=campagne&country=FR', params: { lang: 'en' } }),
		expect: { anonymous: 'ok', contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 'ok' },
	},
	...([true, false] as const).map((published): Row => ({
		route: '$lang.campaigns.$id',
		handler: 'loader',
		name: `the public page of a campaign ${published ? 'with a published material' : 'with drafts only'}`,
		prepare: async () => {
			const c = await campaignIn('DE')
			await createMaterial({
				countryCode: 'DE',
				campaignId: c.id,
				status: published ? 'published' : 'draft',
				publishedAt: published ? new Date() : null,
			})
			return { url: `/en/campaigns/${c.id}`, params: { lang: 'en', id: c.id } }
		},
		expect: published
			? { anonymous: 'ok', contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 'ok' }
			: { anonymous: 404, contributor: 404, coordinator: 404, reviewer: 404, admin: 404 },
	})),
	// "Used in our country": another country's contributors and coordinators
	// speak for their country; the owning country and exchange-wide roles may not.
	...(['DE', 'FR'] as const).map((country): Row => ({
		route: '$lang.materials.$id',
		handler: 'action',
		name: `say ${country === 'DE' ? 'another' : 'own'} country’s published material was used in France`,
		prepare: async () => {
			const m = await createMaterial({ countryCode: country })
			return {
				url: `/en/materials/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: { intent: 'save-usage', countryCode: 'FR', note: 'Printed as it was.' },
			}
		},
		expect:
			country === 'DE'
				? { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 403 }
				: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 403 },
	})),
	{
		route: '$lang.campaigns.$id',
		handler: 'action',
		name: 'say another country’s public campaign was used in France',
		prepare: async () => {
			const c = await campaignIn('DE')
			await createMaterial({ countryCode: 'DE', campaignId: c.id })
			return {
				url: `/en/campaigns/${c.id}`,
				params: { lang: 'en', id: c.id },
				form: { intent: 'save-usage', countryCode: 'FR', note: 'Run in our schools.' },
			}
		},
		expect: { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 403 },
	},
	...(['FR', 'DE'] as const).map((country): Row => ({
		route: '$lang.workspace.campaigns.$id',
		handler: 'loader',
		name: `the workspace page of ${country === 'FR' ? 'own' : 'another'} country’s campaign, with its materials`,
		prepare: async () => {
			const c = await campaignIn(country)
			await createMaterial({
				countryCode: country,
				campaignId: c.id,
				status: 'draft',
				publishedAt: null,
			})
			return { url: `/en/workspace/campaigns/${c.id}`, params: { lang: 'en', id: c.id } }
		},
		expect:
			country === 'FR'
				? { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 404, admin: 404 }
				: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 404, admin: 404 },
	})),
	// Adapting: a country's people adapt others' materials into their own country.
	{
		route: '$lang.adapt.$id',
		handler: 'action',
		name: 'adapt another country’s CC BY material into own country',
		prepare: async () => {
			const m = await createMaterial({ countryCode: 'DE', licence: 'cc-by-4.0' })
			return {
				url: `/en/adapt/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: {
					intent: 'adapt',
					draftId: newDraftIdForMatrix(),
					countryCode: 'FR',
					sourceVersionId: m.versions[0]!.id,
					lang: 'fr',
					licence: 'cc-by-4.0',
					kind: 'translation',
				},
			}
		},
		expect: { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 403 },
	},
	{
		route: '$lang.adapt.$id',
		handler: 'action',
		name: 'adapt into a country that is not the actor’s',
		prepare: async () => {
			const m = await createMaterial({ countryCode: 'FR', licence: 'cc-by-4.0' })
			return {
				url: `/en/adapt/${m.id}`,
				params: { lang: 'en', id: m.id },
				form: {
					intent: 'adapt',
					draftId: newDraftIdForMatrix(),
					countryCode: 'DE',
					sourceVersionId: m.versions[0]!.id,
					lang: 'de',
					licence: 'cc-by-4.0',
					kind: 'translation',
				},
			}
		},
		expect: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 403 },
	},
	// The steps of an adaptation's guided flow: its country works on it, a
	// reviewer may look but not change it, others do not see it.
	...(
		[
			['translate', 'save the translation of', { 'segment:title': 'Traduit' }],
			[
				'languages',
				'change the language and licence of',
				{ lang: 'fr', licence: 'cc-by-4.0', kind: 'translation' },
			],
			['preview', 'ask for a template for', { intent: 'request-template', message: 'Merci' }],
			['submit', 'submit for review', { intent: 'submit' }],
		] as const
	).flatMap(([step, what, form]) =>
		(['FR', 'DE'] as const).map((country): Row => ({
			route: `$lang.workspace.adaptations.$id.${step}`,
			handler: 'action',
			name: `${what} ${country === 'FR' ? 'own' : 'another'} country’s adaptation`,
			prepare: async () => {
				// A poster of Japan's that is no template: the preview's request has a reason to exist.
				const source = await createMaterial({ countryCode: 'JP', licence: 'cc-by-4.0' })
				const m = await createMaterial({
					countryCode: country,
					status: 'draft',
					publishedAt: null,
					derivedFrom: { versionId: source.versions[0]!.id, kind: 'translation' },
				})
				return {
					url: `/en/workspace/adaptations/${m.id}/${step}`,
					params: { lang: 'en', id: m.id },
					form,
				}
			},
			expect:
				country === 'FR'
					? { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 404 }
					: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 403, admin: 404 },
		})),
	),
	...(['FR', 'DE'] as const).map((country): Row => ({
		route: '$lang.workspace.templates.$versionId',
		handler: 'action',
		name: `save the poster template of ${country === 'FR' ? 'own' : 'another'} country’s draft`,
		prepare: async () => {
			const versionId = await draftWithTemplate(country)
			return {
				url: `/en/workspace/templates/${versionId}`,
				params: { lang: 'en', versionId },
				form: {
					intent: 'save',
					'slot.0.id': 'title',
					'slot.0.kind': 'text',
					'slot.0.text': 'Titre',
					'slot.0.x': '2',
					'slot.0.y': '2',
					'slot.0.width': '40',
					'slot.0.height': '20',
					'slot.0.fontSize': '12',
					'slot.0.color': '#000000',
					'slot.0.align': 'center',
				},
			}
		},
		expect:
			country === 'FR'
				? { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 404 }
				: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 403, admin: 404 },
	})),
	...(['FR', 'DE'] as const).map((country): Row => ({
		route: '$lang.workspace.templates.$versionId',
		handler: 'action',
		name: `start a revision to make ${country === 'FR' ? 'own' : 'another'} country’s published poster a template`,
		prepare: async () => {
			const m = await createMaterial({ countryCode: country })
			const versionId = m.versions[0]!.id
			return {
				url: `/en/workspace/templates/${versionId}`,
				params: { lang: 'en', versionId },
				form: { intent: 'revise' },
			}
		},
		expect:
			country === 'FR'
				? { anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 403, admin: 404 }
				: { anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 403, admin: 404 },
	})),
	...(['template-background.$versionId', 'template-preview.$versionId'] as const).flatMap((route) =>
		(['FR', 'DE'] as const).map((country): Row => ({
			route,
			handler: 'loader',
			name: `${route.split('.')[0]} of ${country === 'FR' ? 'own' : 'another'} country’s draft`,
			prepare: async () => {
				const versionId = await draftWithTemplate(country)
				return { url: `/${route.split('.')[0]}/${versionId}`, params: { versionId } }
			},
			expect:
				country === 'FR'
					? { anonymous: 404, contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 404 }
					: { anonymous: 404, contributor: 404, coordinator: 404, reviewer: 'ok', admin: 404 },
		})),
	),
	{
		route: '$lang.workspace.permissions',
		handler: 'action',
		name: 'grant another country permission to adapt own country’s material',
		prepare: async () => {
			const m = await createMaterial({ countryCode: 'FR', licence: 'cc-by-nd-4.0' })
			const requester = await createUser('contributor', { country: 'DE' })
			const r = await db.adaptationPermission.create({
				data: { materialId: m.id, countryCode: 'DE', requestedById: requester.id },
			})
			return {
				url: '/en/workspace/permissions',
				params: { lang: 'en' },
				form: { id: r.id, decision: 'grant' },
			}
		},
		expect: { anonymous: 'login', contributor: 403, coordinator: 'ok', reviewer: 403, admin: 403 },
	},
	// A country's report: its people write it, its coordinators submit it, the
	// round's secretariat (administrators included) decides; a report someone
	// may not read is a 404 like a missing one.
	...(
		[
			[
				'own country’s draft',
				'FR',
				'draft',
				{ anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 404, admin: 'ok' },
			],
			[
				'another country’s draft',
				'BE',
				'draft',
				{ anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 404, admin: 'ok' },
			],
			[
				'another country’s accepted report in a members-only round',
				'BE',
				'accepted',
				{ anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 'ok' },
			],
		] as const
	).map(([name, country, status, expected]): Row => ({
		route: '$lang.reports_.$roundId_.$countryCode',
		handler: 'loader',
		name: `read ${name}`,
		prepare: async () => {
			const r = await reportIn(country, status)
			return { url: r.path, params: r.params }
		},
		expect: expected,
	})),
	...(
		[
			[
				'submit own country’s draft',
				'FR',
				'draft',
				'submit',
				{ anonymous: 'login', contributor: 403, coordinator: 'ok', reviewer: 404, admin: 403 },
			],
			[
				'accept own country’s submitted report',
				'FR',
				'submitted',
				'accept',
				{ anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 404, admin: 'ok' },
			],
			[
				'return another country’s submitted report',
				'BE',
				'submitted',
				'return',
				{ anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 404, admin: 'ok' },
			],
		] as const
	).map(([name, country, status, intent, expected]): Row => ({
		route: '$lang.reports_.$roundId_.$countryCode',
		handler: 'action',
		name,
		prepare: async () => {
			const r = await reportIn(country, status)
			return { url: r.path, params: r.params, form: { intent, comment: 'Please complete.' } }
		},
		expect: expected,
	})),
	...(
		[
			[
				'own country’s draft',
				'FR',
				{ anonymous: 'login', contributor: 'ok', coordinator: 'ok', reviewer: 404, admin: 403 },
			],
			[
				'another country’s draft',
				'BE',
				{ anonymous: 'login', contributor: 404, coordinator: 404, reviewer: 404, admin: 403 },
			],
		] as const
	).flatMap(([name, country, expected]): Row[] => [
		{
			route: '$lang.reports_.$roundId_.$countryCode_.edit',
			handler: 'loader',
			name: `edit page of ${name}`,
			prepare: async () => {
				const r = await reportIn(country)
				return { url: `${r.path}/edit`, params: r.params }
			},
			expect: expected,
		},
		{
			route: '$lang.reports_.$roundId_.$countryCode_.edit',
			handler: 'action',
			name: `save a goal’s assessment in ${name}`,
			prepare: async () => {
				const r = await reportIn(country)
				return {
					url: `${r.path}/edit`,
					params: r.params,
					form: {
						intent: 'save-goal',
						goalId: r.goalId,
						revision: '1',
						assessment: 'some',
						assessmentText: 'Changed.',
						followUp: '',
					},
				}
			},
			expect: expected,
		},
	]),
	// Uploads: a country's people add files to their drafts.
	{
		route: 'api.v1.materials.$id.files',
		handler: 'action',
		name: 'upload to own country draft (the form carries no file)',
		prepare: async () => {
			const m = await draftIn('FR')
			return {
				url: `/api/v1/materials/${m.id}/files`,
				params: { id: m.id },
				form: { versionId: m.versions[0]!.id },
			}
		},
		expect: { anonymous: 401, contributor: 400, coordinator: 400, reviewer: 403, admin: 404 },
	},
	{
		route: 'api.v1.materials.$id.files',
		handler: 'action',
		name: 'upload to another country draft',
		prepare: async () => {
			const m = await draftIn('DE')
			return {
				url: `/api/v1/materials/${m.id}/files`,
				params: { id: m.id },
				form: { versionId: m.versions[0]!.id },
			}
		},
		expect: { anonymous: 401, contributor: 404, coordinator: 404, reviewer: 403, admin: 404 },
	},
	...(['published', 'submitted'] as const).map((status): Row => ({
		route: 'renditions.$id',
		handler: 'loader',
		name: `a rendition of a ${status} material of own country`,
		prepare: async () => {
			const { file } = await fileOfWithAsset('FR', status)
			const r = await db.rendition.create({
				data: {
					assetId: file.assetId,
					format: 'webp',
					width: 64,
					height: 90,
					byteSize: 1,
					storageKey: file.storageKey,
				},
			})
			return { url: `/renditions/${r.id}`, params: { id: r.id } }
		},
		expect:
			status === 'published'
				? { anonymous: 'ok', contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 'ok' }
				: { anonymous: 404, contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 404 },
	})),
	...(['published', 'draft'] as const).map((status): Row => ({
		route: 'download.materials.$id.zip',
		handler: 'loader',
		name: `every language version of a ${status} material as a zip`,
		prepare: async () => {
			const m = await createMaterial({
				countryCode: 'FR',
				status,
				publishedAt: status === 'published' ? new Date() : null,
			})
			await attachPng(m.versions[0]!.id)
			return { url: `/download/materials/${m.id}/zip`, params: { id: m.id } }
		},
		expect:
			status === 'published'
				? { anonymous: 'ok', contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 'ok' }
				: { anonymous: 404, contributor: 404, coordinator: 404, reviewer: 404, admin: 404 },
	})),
	// Other formats of an image, with its credit: download.$fileId's access.
	...(
		[
			[
				'a published image',
				'DE',
				'published',
				{ anonymous: 'ok', contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 'ok' },
			],
			[
				'an unpublished image of own country',
				'FR',
				'submitted',
				{ anonymous: 404, contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 404 },
			],
			[
				'an unpublished image of another country',
				'DE',
				'draft',
				{ anonymous: 404, contributor: 404, coordinator: 404, reviewer: 'ok', admin: 404 },
			],
		] as const
	).map(([name, country, status, expected]): Row => ({
		route: 'download.$fileId_.$format',
		handler: 'loader',
		name: `${name} as a PDF with its credit`,
		prepare: async () => {
			const f = await fileOf(country, status)
			return { url: `/download/${f.id}/pdf-a4?ui=en`, params: { fileId: f.id, format: 'pdf-a4' } }
		},
		expect: expected,
	})),
	// Files: published ones are public; a draft's only reach its country and reviewers.
	...(['download.$fileId', 'files.$fileId'] as const).flatMap((route): Row[] => [
		{
			route,
			handler: 'loader',
			name: 'a published file',
			prepare: async () => {
				const f = await fileOf('DE', 'published')
				return { url: `/x/${f.id}`, params: { fileId: f.id } }
			},
			expect: {
				anonymous: 'ok',
				contributor: 'ok',
				coordinator: 'ok',
				reviewer: 'ok',
				admin: 'ok',
			},
		},
		{
			route,
			handler: 'loader',
			name: 'an unpublished file of own country',
			prepare: async () => {
				const f = await fileOf('FR', 'submitted')
				return { url: `/x/${f.id}`, params: { fileId: f.id } }
			},
			expect: { anonymous: 404, contributor: 'ok', coordinator: 'ok', reviewer: 'ok', admin: 404 },
		},
		{
			route,
			handler: 'loader',
			name: 'an unpublished file of another country',
			prepare: async () => {
				const f = await fileOf('DE', 'draft')
				return { url: `/x/${f.id}`, params: { fileId: f.id } }
			},
			expect: { anonymous: 404, contributor: 404, coordinator: 404, reviewer: 'ok', admin: 404 },
		},
	]),
	// Reporting: administrators open and close rounds; a round's secretariat (the
	// people of the participant holding it, and administrators) reminds and writes
	// the joint report; readers as the round's visibility allows. The actors' country
	// is FR: a round held by FR makes its contributors and coordinators its secretariat.
	{
		route: '$lang.reports.new',
		handler: 'action',
		name: 'open a round',
		prepare: async () => ({
			url: '/en/reports/new',
			params: { lang: 'en' },
			form: {
				kind: 'biennial',
				title: `Round ${++n}`,
				periodStart: '2025-01-01',
				periodEnd: '2026-12-31',
				dueDate: '2027-03-31',
				secretariatCountryCode: 'DE',
				visibility: 'members',
				previousRoundId: '',
			},
		}),
		expect: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 'ok' },
	},
	{
		route: '$lang.reports.$roundId._index',
		handler: 'action',
		name: "remind in another participant's round",
		prepare: async () => {
			const r = await reportingRound('DE', 'members')
			return {
				url: `/en/reports/${r.id}`,
				params: { lang: 'en', roundId: r.id },
				form: { intent: 'remind', countries: ['DE'] },
			}
		},
		expect: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 'ok' },
	},
	{
		route: '$lang.reports.$roundId._index',
		handler: 'action',
		name: 'remind as the round’s secretariat',
		prepare: async () => {
			const r = await reportingRound('FR', 'members')
			return {
				url: `/en/reports/${r.id}`,
				params: { lang: 'en', roundId: r.id },
				form: { intent: 'remind', countries: ['DE'] },
			}
		},
		expect: {
			anonymous: 'login',
			contributor: 'ok',
			coordinator: 'ok',
			reviewer: 403,
			admin: 'ok',
		},
	},
	{
		route: '$lang.reports.$roundId._index',
		handler: 'action',
		name: 'close a round',
		prepare: async () => {
			const r = await reportingRound('FR', 'public')
			return {
				url: `/en/reports/${r.id}`,
				params: { lang: 'en', roundId: r.id },
				form: { intent: 'close' },
			}
		},
		expect: { anonymous: 'login', contributor: 403, coordinator: 403, reviewer: 403, admin: 'ok' },
	},
	{
		route: '$lang.reports.$roundId.joint',
		handler: 'action',
		name: "write the joint report's narrative",
		prepare: async () => {
			const r = await reportingRound('FR', 'members')
			return {
				url: `/en/reports/${r.id}/joint`,
				params: { lang: 'en', roundId: r.id },
				form: { intent: 'narrative', target: 't3', revision: '0', base: '', text: 'Progress.' },
			}
		},
		expect: {
			anonymous: 'login',
			contributor: 'ok',
			coordinator: 'ok',
			reviewer: 403,
			admin: 'ok',
		},
	},
	...(
		[
			['$lang.reports.$roundId.data[.]csv', 'data.csv'],
			['$lang.reports.$roundId.data[.]json', 'data.json'],
			['$lang.reports.$roundId.usage[.]csv', 'usage.csv'],
		] as const
	).flatMap(([route, file]): Row[] => [
		{
			route,
			handler: 'loader',
			name: 'a members-only round',
			prepare: async () => {
				const r = await reportingRound('DE', 'members')
				return { url: `/en/reports/${r.id}/${file}`, params: { lang: 'en', roundId: r.id } }
			},
			expect: {
				anonymous: 'login',
				contributor: 'ok',
				coordinator: 'ok',
				reviewer: 'ok',
				admin: 'ok',
			},
		},
	]),
	{
		route: '$lang.reports.$roundId.joint[.]pdf',
		handler: 'loader',
		name: 'the joint report before publication',
		prepare: async () => {
			const r = await reportingRound('FR', 'public')
			return { url: `/en/reports/${r.id}/joint.pdf`, params: { lang: 'en', roundId: r.id } }
		},
		expect: { anonymous: 404, contributor: 'ok', coordinator: 'ok', reviewer: 404, admin: 'ok' },
	},
	{
		route: '$lang.reports.$roundId.$countryCode_.report[.]pdf',
		handler: 'loader',
		name: "a country's draft report",
		prepare: async () => {
			const r = await reportingRound('DE', 'members')
			await db.countryReport.create({ data: { roundId: r.id, countryCode: 'FR' } })
			return {
				url: `/en/reports/${r.id}/FR/report.pdf`,
				params: { lang: 'en', roundId: r.id, countryCode: 'FR' },
			}
		},
		expect: {
			anonymous: 'login',
			contributor: 'ok',
			coordinator: 'ok',
			reviewer: 404,
			admin: 'ok',
		},
	},
	// A country's published library as an archive: its coordinators' and the administrators'.
	{
		route: '$lang.workspace.export._index',
		handler: 'loader',
		name: 'the countries one may export',
		prepare: async () => ({ url: '/en/workspace/export', params: { lang: 'en' } }),
		expect: { anonymous: 'login', contributor: 403, coordinator: 'ok', reviewer: 403, admin: 'ok' },
	},
	...(['FR', 'DE'] as const).map((code): Row => ({
		route: '$lang.workspace.export.$code',
		handler: 'loader',
		name: `the archive of ${code === 'FR' ? 'own country' : 'another country'}`,
		prepare: async () => ({
			url: `/en/workspace/export/${code}`,
			params: { lang: 'en', code },
		}),
		expect: {
			anonymous: 'login',
			contributor: 403,
			coordinator: code === 'FR' ? 'ok' : 403,
			reviewer: 403,
			admin: 'ok',
		},
	})),
]

async function actorFor(who: Who) {
	if (who === 'anonymous') return { id: null, cookie: undefined }
	const user = await createUser(who, { country: 'FR' })
	return { id: user.id, cookie: user.cookie }
}

// The reporting rows print PDFs with the shared browser.
afterAll(closePdfBrowser)

describe('authorization matrix', () => {
	test.each(MATRIX.map((row) => [`${row.route} ${row.handler}: ${row.name}`, row] as const))(
		'%s',
		async (_, row) => {
			await ensureCountries('FR', 'DE')
			const outcomes: Record<string, Outcome> = {}
			for (const who of WHO) {
				const actor = await actorFor(who)
				const prepared = await row.prepare(actor)
				const handler = routeModule(row.route)[row.handler] as Parameters<typeof call>[0]
				const { outcome } = await call(handler, prepared.url, {
					cookie: actor.cookie,
					params: prepared.params,
					form: prepared.form,
				})
				outcomes[who] = outcome
			}
			expect(outcomes).toEqual(row.expect)
		},
	)

	test('every route that changes data or serves files has a row', () => {
		const mutating = Object.entries(ROUTES)
			.filter(([, mod]) => typeof mod.action === 'function')
			.map(([file]) => file.replace(/^.*\//, '').replace(/\.tsx?$/, ''))
		const covered = new Set(MATRIX.filter((r) => r.handler === 'action').map((r) => r.route))
		expect(mutating.filter((route) => !covered.has(route))).toEqual([])
		const fileRoutes = Object.keys(ROUTES)
			.map((file) => file.replace(/^.*\//, '').replace(/\.tsx?$/, ''))
			.filter((route) => /^(download|files|renditions)\./.test(route))
		const coveredFiles = new Set(MATRIX.filter((r) => r.handler === 'loader').map((r) => r.route))
		expect(fileRoutes.filter((route) => !coveredFiles.has(route))).toEqual([])
	})
})
