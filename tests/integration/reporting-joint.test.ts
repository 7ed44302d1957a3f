import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { getJointReport } from '#app/models/reporting/joint-report.server.ts'
import { openRound } from '#app/models/reporting/rounds.server.ts'
import { closePdfBrowser } from '#app/reporting/pdf.server.ts'
import { db } from '#app/utils/db.server.ts'
import { createMaterial, createUser, ensureCountries, type TestUser } from '#tests/factories.ts'
import { HOSTILE_REPORT_TEXTS } from '#tests/fixtures/hostile-reporting.ts'
import { call, type Outcome } from '#tests/support/routes.ts'

const ROUTES = import.meta.glob<Record<string, unknown>>('/app/routes/*.{ts,tsx}', { eager: true })
const route = (name: string) => {
	const found = Object.entries(ROUTES).find(
		([file]) => file.replace(/^.*\//, '').replace(/\.tsx?$/, '') === name,
	)
	if (!found) throw new Error(`no route file ${name}`)
	return found[1] as Record<string, Parameters<typeof call>[0]>
}

const INDEX = '$lang.reports._index'
const NEW = '$lang.reports.new'
const ROUND = '$lang.reports.$roundId._index'
const JOINT = '$lang.reports.$roundId.joint'
const CSV = '$lang.reports.$roundId.data[.]csv'
const JSON_EXPORT = '$lang.reports.$roundId.data[.]json'
const JOINT_PDF = '$lang.reports.$roundId.joint[.]pdf'

const COUNTRIES = ['BE', 'FR', 'JP', 'DE', 'US', 'IL', 'CA']

let n = 0
const round = (overrides: Partial<Parameters<typeof openRound>[1]> = {}) =>
	openRound(null, {
		kind: 'biennial',
		title: `Biennial ${++n}`,
		periodStart: new Date('2023-01-01T00:00:00Z'),
		periodEnd: new Date('2024-12-31T23:59:59.999Z'),
		dueDate: new Date('2025-03-31T23:59:59.999Z'),
		secretariatCountryCode: 'BE',
		visibility: 'members',
		...overrides,
	})

/** A report of `country` in `roundId` with `status`, and one measure per title under goal `goalKey`. */
async function report(
	roundId: string,
	country: string,
	status: string,
	measures: {
		title: string
		kind?: string
		state?: string
		goalKey?: string
		lang?: string
	}[] = [],
) {
	const goals = await db.reportingGoal.findMany({ where: { target: { roundId } } })
	return db.countryReport.create({
		data: {
			roundId,
			countryCode: country,
			status,
			acceptedAt: status === 'accepted' ? new Date() : null,
			measures: {
				create: measures.map((m, position) => ({
					goalId: goals.find((g) => g.key === (m.goalKey ?? 't3-g1'))!.id,
					kind: m.kind ?? 'in-place',
					state: m.state ?? '',
					title: m.title,
					lang: m.lang ?? 'en',
					position,
				})),
			},
		},
	})
}

const params = (roundId: string, lang = 'en') => ({ lang, roundId })

beforeAll(async () => {
	// The Alliance as the seed knows it, less what these tests do not need.
	await ensureCountries(...COUNTRIES)
	await db.country.updateMany({
		where: { code: { in: COUNTRIES } },
		data: { allianceSince: 2012 },
	})
	await db.country.updateMany({
		where: { code: { in: ['IL', 'CA'] } },
		data: { allianceSince: 2014 },
	})
	await db.country.updateMany({
		where: { code: { notIn: COUNTRIES } },
		data: { allianceSince: null },
	})
})

afterAll(closePdfBrowser)

describe('who may see a round and its exports', () => {
	interface People {
		member: TestUser
		/** A coordinator of the participant holding another round's secretariat. */
		otherSecretariat: TestUser
		secretariat: TestUser
		admin: TestUser
		noRole: TestUser
	}
	let people: People
	beforeAll(async () => {
		people = {
			member: await createUser('contributor', { country: 'DE' }),
			otherSecretariat: await createUser('coordinator', { country: 'US' }),
			secretariat: await createUser('contributor', { country: 'BE' }),
			admin: await createUser('admin'),
			noRole: await createUser(null),
		}
		// The United States hold the secretariat of another round.
		await round({ secretariatCountryCode: 'US', visibility: 'members' })
	})

	async function outcomes(name: string, roundId: string) {
		const result: Record<string, Outcome> = {}
		const url = `/en/reports/${roundId}`
		result.anonymous = (await call(route(name).loader, url, { params: params(roundId) })).outcome
		for (const [who, user] of Object.entries(people))
			result[who] = (
				await call(route(name).loader, url, { params: params(roundId), cookie: user.cookie })
			).outcome
		return result
	}

	test.each([ROUND, JOINT, CSV, JSON_EXPORT])(
		'a members-only round: %s is for the Alliance and the secretariat; the secretariat of another round is just a member',
		async (name) => {
			const r = await round({ visibility: 'members' })
			expect(await outcomes(name, r.id)).toEqual({
				anonymous: 'login',
				member: 'ok',
				otherSecretariat: 'ok',
				secretariat: 'ok',
				admin: 'ok',
				noRole: 404,
			})
		},
	)

	test.each([ROUND, JOINT, CSV, JSON_EXPORT])(
		'a public round: %s is for everyone',
		async (name) => {
			const r = await round({ visibility: 'public' })
			expect(await outcomes(name, r.id)).toEqual({
				anonymous: 'ok',
				member: 'ok',
				otherSecretariat: 'ok',
				secretariat: 'ok',
				admin: 'ok',
				noRole: 'ok',
			})
		},
	)

	test('the index lists public rounds to everyone, members-only ones to the Alliance', async () => {
		const members = await round({ visibility: 'members', title: 'Members only round' })
		const open = await round({ visibility: 'public', title: 'Public round' })
		const titles = async (cookie?: string) => {
			const { result } = await call(route(INDEX).loader, '/en/reports', {
				params: { lang: 'en' },
				cookie,
			})
			return (result as { rounds: { id: string }[] }).rounds.map((r) => r.id)
		}
		const anonymous = await titles()
		expect(anonymous).toContain(open.id)
		expect(anonymous).not.toContain(members.id)
		expect(await titles(people.member.cookie)).toEqual(
			expect.arrayContaining([open.id, members.id]),
		)
	})

	test('the dashboard is the secretariat’s: a member, or another round’s secretariat, reads the round without it', async () => {
		const r = await round({ visibility: 'members' })
		const dashboard = async (user: TestUser) =>
			(
				(
					await call(route(ROUND).loader, `/en/reports/${r.id}`, {
						params: params(r.id),
						cookie: user.cookie,
					})
				).result as { dashboard: unknown }
			).dashboard
		expect(await dashboard(people.member)).toBeNull()
		expect(await dashboard(people.otherSecretariat)).toBeNull()
		expect(await dashboard(people.secretariat)).not.toBeNull()
		expect(await dashboard(people.admin)).not.toBeNull()
	})

	test('readers see the joint report once published; the secretariat sees the draft', async () => {
		const r = await round({ visibility: 'public' })
		const joint = async (cookie?: string) =>
			(
				(
					await call(route(JOINT).loader, `/en/reports/${r.id}/joint`, {
						params: params(r.id),
						cookie,
					})
				).result as { joint: unknown }
			).joint
		expect(await joint()).toBeNull()
		expect(await joint(people.otherSecretariat.cookie)).toBeNull()
		expect(await joint(people.secretariat.cookie)).not.toBeNull()
		const closed = await call(route(ROUND).action, `/en/reports/${r.id}`, {
			params: params(r.id),
			cookie: people.admin.cookie,
			form: { intent: 'close' },
		})
		expect(closed.outcome).toBe('ok')
		expect(await joint()).not.toBeNull()
	})
})

describe('opening and closing rounds', () => {
	const form = (overrides: Record<string, string> = {}) => ({
		kind: 'biennial',
		title: 'Biennial report 2026',
		periodStart: '2025-01-01',
		periodEnd: '2026-12-31',
		dueDate: '2027-03-31',
		secretariatCountryCode: 'JP',
		visibility: 'public',
		previousRoundId: '',
		...overrides,
	})

	test('an administrator opens a round that follows another; the one before cannot be followed twice', async () => {
		const admin = await createUser('admin')
		const coordinator = await createUser('coordinator', { country: 'JP' })
		const previous = await round()
		const refused = await call(route(NEW).action, '/en/reports/new', {
			params: { lang: 'en' },
			cookie: coordinator.cookie,
			form: form({ previousRoundId: previous.id }),
		})
		expect(refused.outcome).toBe(403)
		const opened = await call(route(NEW).action, '/en/reports/new', {
			params: { lang: 'en' },
			cookie: admin.cookie,
			form: form({ previousRoundId: previous.id }),
		})
		expect(opened.outcome).toBe('ok')
		const created = await db.reportingRound.findFirstOrThrow({
			where: { previousRoundId: previous.id },
			include: { targets: true },
		})
		expect(created).toMatchObject({
			kind: 'biennial',
			secretariatCountryCode: 'JP',
			visibility: 'public',
			status: 'open',
		})
		expect(created.targets).toHaveLength(4)
		expect(
			await db.auditEntry.count({ where: { action: 'open-round', entityId: created.id } }),
		).toBe(1)
		const twice = await call(route(NEW).action, '/en/reports/new', {
			params: { lang: 'en' },
			cookie: admin.cookie,
			form: form({ previousRoundId: previous.id, title: 'Again' }),
		})
		expect(twice.outcome).toBe(400)
		expect((twice.result as { data: { errors: unknown } }).data.errors).toEqual({
			previousRoundId: 'previous-followed',
		})
	})

	test('a secretariat that is not an Alliance participant is refused beside its field', async () => {
		const admin = await createUser('admin')
		await ensureCountries('ZZ')
		const result = await call(route(NEW).action, '/en/reports/new', {
			params: { lang: 'en' },
			cookie: admin.cookie,
			form: form({ secretariatCountryCode: 'ZZ' }),
		})
		expect(result.outcome).toBe(400)
		expect((result.result as { data: { errors: unknown } }).data.errors).toEqual({
			secretariatCountryCode: 'not-alliance',
		})
	})

	test('only administrators close a round, not even its secretariat', async () => {
		const r = await round({ secretariatCountryCode: 'FR' })
		const coordinator = await createUser('coordinator', { country: 'FR' })
		const close = (cookie: string) =>
			call(route(ROUND).action, `/en/reports/${r.id}`, {
				params: params(r.id),
				cookie,
				form: { intent: 'close' },
			})
		expect((await close(coordinator.cookie)).outcome).toBe(403)
		expect((await db.reportingRound.findUniqueOrThrow({ where: { id: r.id } })).status).toBe('open')
		expect((await close((await createUser('admin')).cookie)).outcome).toBe('ok')
		expect((await db.reportingRound.findUniqueOrThrow({ where: { id: r.id } })).status).toBe(
			'closed',
		)
	})

	test('a closed round refuses every change: reminders, goals, narratives, best practices, closing again', async () => {
		const r = await round({ secretariatCountryCode: 'FR' })
		const admin = await createUser('admin')
		await call(route(ROUND).action, `/en/reports/${r.id}`, {
			params: params(r.id),
			cookie: admin.cookie,
			form: { intent: 'close' },
		})
		const before = await db.auditEntry.count()
		const mails = await db.mailMessage.count()
		const secretariat = await createUser('coordinator', { country: 'FR' })
		await createUser('coordinator', { country: 'DE' })
		const changes: [string, Record<string, string | string[]>][] = [
			[ROUND, { intent: 'remind', countries: ['DE'] }],
			[
				ROUND,
				{ intent: 'add-goal', target: 't3', 'goal-en': 'A goal', agreedAt: 'Conference 2026' },
			],
			[ROUND, { intent: 'close' }],
			[JOINT, { intent: 'narrative', target: 't3', revision: '0', base: '', text: 'Late words' }],
			[JOINT, { intent: 'highlight', campaign: 'any' }],
			[JOINT, { intent: 'unhighlight', campaign: 'any' }],
		]
		for (const [name, formData] of changes) {
			for (const user of [secretariat, admin]) {
				const { outcome } = await call(route(name).action, `/en/reports/${r.id}`, {
					params: params(r.id),
					cookie: user.cookie,
					form: formData,
				})
				if (name === ROUND && formData.intent === 'close' && user === secretariat)
					expect(outcome).toBe(403)
				else expect(outcome, `${name} ${String(formData.intent)}`).toBe(409)
			}
		}
		expect(await db.auditEntry.count()).toBe(before)
		expect(await db.mailMessage.count()).toBe(mails)
		expect(
			(await db.reportingGoal.findMany({ where: { target: { roundId: r.id } } })).map((g) => g.key),
		).not.toContain('t3-g3')
	})

	test('the secretariat adds a goal agreed at a conference under a target, or under a new target', async () => {
		const r = await round({ secretariatCountryCode: 'FR' })
		const secretariat = await createUser('contributor', { country: 'FR' })
		const add = (form: Record<string, string>) =>
			call(route(ROUND).action, `/en/reports/${r.id}`, {
				params: params(r.id),
				cookie: secretariat.cookie,
				form: { intent: 'add-goal', agreedAt: 'Conference, Washington, 2014', ...form },
			})
		expect(
			(
				await add({
					target: 't3',
					'goal-en': 'Reach children with disabilities',
					'goal-fr': 'Atteindre les enfants handicapés',
				})
			).outcome,
		).toBe('ok')
		expect(
			(
				await add({
					target: 'new',
					'targetTitle-en': 'Prevention',
					'goal-en': 'Support people at risk of offending',
				})
			).outcome,
		).toBe('ok')
		const missing = await add({ target: 't3', 'goal-fr': 'Seulement en français' })
		expect(missing.outcome).toBe(400)
		const goals = await db.reportingGoal.findMany({
			where: { target: { roundId: r.id } },
			include: { target: true },
		})
		const added = goals
			.filter((g) => g.addedAt)
			.map((g) => [g.target.key, g.key, JSON.parse(g.texts)])
		expect(added).toEqual(
			expect.arrayContaining([
				[
					't3',
					't3-g3',
					{ en: 'Reach children with disabilities', fr: 'Atteindre les enfants handicapés' },
				],
				['t5', 't5-g1', { en: 'Support people at risk of offending' }],
			]),
		)
		expect(added).toHaveLength(2)
	})
})

describe('reminders', () => {
	test('go to the coordinators of the chosen countries, in their language, once a day, and are audited', async () => {
		const r = await round({
			secretariatCountryCode: 'BE',
			dueDate: new Date('2020-01-01T00:00:00Z'),
		})
		const secretariat = await createUser('coordinator', { country: 'BE' })
		const frCoordinator = await createUser('coordinator', { country: 'FR' })
		await db.user.update({ where: { id: frCoordinator.id }, data: { uiLang: 'fr' } })
		const frContributor = await createUser('contributor', { country: 'FR' })
		const gone = await createUser('coordinator', { country: 'FR' })
		await db.user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } })
		const jpCoordinator = await createUser('coordinator', { country: 'JP' })
		const deCoordinator = await createUser('coordinator', { country: 'DE' })
		await report(r.id, 'DE', 'submitted')
		const remind = (countries: string[]) =>
			call(route(ROUND).action, `/en/reports/${r.id}`, {
				params: params(r.id),
				cookie: secretariat.cookie,
				form: { intent: 'remind', countries },
			})
		const first = await remind(['FR', 'JP', 'DE', 'CA'])
		expect(first.outcome).toBe('ok')
		expect((first.result as { data: unknown }).data).toEqual({
			ok: 'reminded',
			sent: ['FR', 'JP'],
			tooSoon: [],
			noCoordinator: ['CA'],
			notNeeded: ['DE'],
		})
		// Other tests' coordinators of the same countries get this round's reminder too; only theirs are here.
		const mail = (await db.mailMessage.findMany({ where: { kind: 'report-reminder' } })).filter(
			(m) =>
				m.text.includes(r.id) &&
				[frCoordinator, frContributor, gone, jpCoordinator, deCoordinator].some(
					(u) => u.email === m.to,
				),
		)
		expect(mail.map((m) => m.to).sort()).toEqual([frCoordinator.email, jpCoordinator.email].sort())
		expect(mail.map((m) => m.to)).not.toContain(frContributor.email)
		expect(mail.map((m) => m.to)).not.toContain(gone.email)
		expect(mail.map((m) => m.to)).not.toContain(deCoordinator.email)
		const fr = mail.find((m) => m.to === frCoordinator.email)!
		expect(fr.subject).toContain('Rappel')
		expect(fr.subject).toContain('France')
		expect(fr.text).toContain(`/fr/reports/${r.id}/FR`)
		expect(mail.find((m) => m.to === jpCoordinator.email)!.text).toContain(`/en/reports/${r.id}/JP`)
		expect(
			await db.auditEntry.findMany({
				where: { action: 'remind-report', entityId: r.id },
				select: { countryCode: true, userId: true },
				orderBy: { countryCode: 'asc' },
			}),
		).toEqual([
			{ countryCode: 'FR', userId: secretariat.id },
			{ countryCode: 'JP', userId: secretariat.id },
		])

		// The same day: nothing new; the dashboard says who may be reminded.
		const again = await remind(['FR', 'JP'])
		expect((again.result as { data: { tooSoon: string[] } }).data.tooSoon).toEqual(['FR', 'JP'])
		const forRound = async () =>
			(await db.mailMessage.findMany({ where: { kind: 'report-reminder' } })).filter((m) =>
				m.text.includes(r.id),
			).length
		const sentFirst = await forRound()
		expect(await forRound()).toBe(sentFirst)
		const { result } = await call(route(ROUND).loader, `/en/reports/${r.id}`, {
			params: params(r.id),
			cookie: secretariat.cookie,
		})
		const rows = (
			result as {
				dashboard: {
					rows: { countryCode: string; mayRemind: boolean; late: boolean; status: string }[]
				}
			}
		).dashboard.rows
		const row = (code: string) => rows.find((x) => x.countryCode === code)!
		expect(row('FR')).toMatchObject({ mayRemind: false, late: true, status: 'not-started' })
		expect(row('DE')).toMatchObject({ late: false, status: 'submitted' })
		expect(row('IL')).toMatchObject({ mayRemind: false, late: true })

		// A day later, once more.
		const lastDay = new Date(Date.now() - 25 * 60 * 60 * 1000)
		await db.auditEntry.updateMany({
			where: { action: 'remind-report', entityId: r.id },
			data: { at: lastDay },
		})
		const nextDay = await remind(['FR'])
		expect((nextDay.result as { data: { sent: string[] } }).data.sent).toEqual(['FR'])
		expect(await forRound()).toBeGreaterThan(sentFirst)
	})

	test('two secretariat members reminding at once remind a country once', async () => {
		const r = await round({ secretariatCountryCode: 'BE' })
		const a = await createUser('coordinator', { country: 'BE' })
		const b = await createUser('contributor', { country: 'BE' })
		// Canada's only coordinator.
		await createUser('coordinator', { country: 'CA' })
		await Promise.all(
			[a, b].map((user) =>
				call(route(ROUND).action, `/en/reports/${r.id}`, {
					params: params(r.id),
					cookie: user.cookie,
					form: { intent: 'remind', countries: ['CA'] },
				}),
			),
		)
		const mail = await db.mailMessage.findMany({ where: { kind: 'report-reminder' } })
		expect(mail.filter((m) => m.text.includes(r.id))).toHaveLength(1)
		expect(await db.auditEntry.count({ where: { action: 'remind-report', entityId: r.id } })).toBe(
			1,
		)
	})
})

describe('the joint report', () => {
	test('is assembled from accepted reports only, and frozen when the round closes', async () => {
		const r = await round({ visibility: 'public' })
		await report(r.id, 'FR', 'accepted', [
			{ title: 'حملة للأهالي الناطقين بالعربية', lang: 'ar', kind: 'carried', state: 'done' },
			{ title: 'Guide des parents', lang: 'fr' },
		])
		await report(r.id, 'JP', 'accepted', [
			{ title: '面向华人家长的传单', lang: 'zh', kind: 'carried', state: 'in-progress' },
		])
		await report(r.id, 'DE', 'submitted', [{ title: 'Noch nicht angenommen' }])
		await report(r.id, 'IL', 'returned', [{ title: 'Returned' }])
		// The exchange's own figures: FR's material, and JP's adaptation of it, in the period.
		const source = await createMaterial({
			countryCode: 'FR',
			publishedAt: new Date('2023-06-01T00:00:00Z'),
		})
		const adaptation = await createMaterial({
			countryCode: 'JP',
			publishedAt: new Date('2024-02-01T00:00:00Z'),
		})
		await db.material.update({
			where: { id: adaptation.id },
			data: { derivedFromVersionId: source.versions[0]!.id, derivationKind: 'adaptation' },
		})

		const live = await getJointReport(r)
		expect(live.figures.participation).toMatchObject({ reported: 3, accepted: 2 })
		expect(live.figures.participation.acceptedCountries).toEqual(['FR', 'JP'])
		const t3 = live.figures.targets.find((t) => t.key === 't3')!
		expect(t3.measures.map((m) => m.title)).toEqual([
			'حملة للأهالي الناطقين بالعربية',
			'Guide des parents',
			'面向华人家长的传单',
		])
		expect(t3.carried.done).toEqual({ count: 1, countries: ['FR'] })
		expect(t3.carried['in-progress']).toEqual({ count: 1, countries: ['JP'] })
		expect(live.figures.exchange.adaptations).toBe(1)
		expect(live.figures.exchange.mostReused).toEqual([
			expect.objectContaining({ materialId: source.id, countries: ['JP'] }),
		])

		const admin = await createUser('admin')
		await call(route(ROUND).action, `/en/reports/${r.id}`, {
			params: params(r.id),
			cookie: admin.cookie,
			form: { intent: 'close' },
		})
		// What happens to the tables afterwards does not change what was published.
		await db.countryReport.update({
			where: { roundId_countryCode: { roundId: r.id, countryCode: 'DE' } },
			data: { status: 'accepted' },
		})
		const frozen = await getJointReport({ ...r, status: 'closed' })
		expect(frozen.publishedAt).not.toBeNull()
		expect(frozen.figures.participation.accepted).toBe(2)
		expect(frozen.figures.targets.find((t) => t.key === 't3')!.measures).toHaveLength(3)
	})

	test('a narrative saved from an old page is refused when the same text changed meanwhile', async () => {
		const r = await round({ secretariatCountryCode: 'FR' })
		const one = await createUser('coordinator', { country: 'FR' })
		const two = await createUser('contributor', { country: 'FR' })
		const save = (user: TestUser, form: Record<string, string>) =>
			call(route(JOINT).action, `/en/reports/${r.id}/joint`, {
				params: params(r.id),
				cookie: user.cookie,
				form: { intent: 'narrative', ...form },
			})
		expect(
			(await save(one, { target: 't3', revision: '0', base: '', text: 'First words' })).outcome,
		).toBe('ok')
		// Another target, from the same old page: saved.
		expect(
			(await save(two, { target: 't1', revision: '0', base: '', text: 'About victims' })).outcome,
		).toBe('ok')
		// The same target, from the old page: refused, with the text now there.
		const conflict = await save(two, { target: 't3', revision: '0', base: '', text: 'Overwrite' })
		expect(conflict.outcome).toBe(409)
		expect((conflict.result as { data: { current: string } }).data.current).toBe('First words')
		const joint = await db.jointReport.findUniqueOrThrow({ where: { roundId: r.id } })
		expect(JSON.parse(joint.narratives)).toEqual({ t3: 'First words', t1: 'About victims' })
		expect(
			await db.auditEntry.count({ where: { action: 'save-joint-narrative', entityId: r.id } }),
		).toBe(2)
	})

	test('the CSV has a row per accepted measure, quoted, with a byte order mark; the JSON parses', async () => {
		const r = await round({ visibility: 'public', title: 'Round, "quoted"' })
		await report(
			r.id,
			'FR',
			'accepted',
			HOSTILE_REPORT_TEXTS.map((h) => ({ title: h.text })),
		)
		await report(r.id, 'DE', 'submitted', [{ title: 'Not accepted yet' }])
		const csv = await call(route(CSV).loader, `/en/reports/${r.id}/data.csv`, {
			params: params(r.id),
		})
		const response = csv.result as Response
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
		expect(response.headers.get('content-disposition')).toMatch(/^attachment;/)
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
		expect(text.startsWith('\uFEFFround,country,target,goal,kind,state,title,language\r\n')).toBe(
			true,
		)
		expect(text).not.toContain('Not accepted yet')
		expect(text).toContain('"Round, ""quoted""",FR,t3,t3-g1,in-place,,')
		expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""open"")"`)

		const json = await call(route(JSON_EXPORT).loader, `/en/reports/${r.id}/data.json`, {
			params: params(r.id),
		})
		const body = (await (json.result as Response).json()) as {
			format: string
			round: { id: string }
			jointReport: { figures: unknown }
			measures: { country: string; title: string }[]
		}
		expect(body.format).toBe('awareness-exchange/reporting-round')
		expect(body.round.id).toBe(r.id)
		// Not published yet: readers get the measures, not the secretariat's draft figures.
		expect(body.jointReport.figures).toBeNull()
		expect(body.measures.map((m) => m.title)).toEqual(HOSTILE_REPORT_TEXTS.map((h) => h.text))
	})

	test('the PDF is printed by Chromium, or refused with a translated 503 when there is none', async () => {
		const { renderPdf, PdfUnavailableError } = await import('#app/reporting/pdf.server.ts')
		await expect(
			renderPdf('<p>x</p>', { chromiumPath: '/nonexistent/chromium' }),
		).rejects.toBeInstanceOf(PdfUnavailableError)
		const r = await round({ visibility: 'public' })
		await report(r.id, 'FR', 'accepted', [{ title: 'حملة للأهالي الناطقين بالعربية', lang: 'ar' }])
		const admin = await createUser('admin')
		await call(route(ROUND).action, `/en/reports/${r.id}`, {
			params: params(r.id),
			cookie: admin.cookie,
			form: { intent: 'close' },
		})
		const pdf = await call(route(JOINT_PDF).loader, `/ar/reports/${r.id}/joint.pdf`, {
			params: params(r.id, 'ar'),
		})
		const response = pdf.result as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('content-type')).toBe('application/pdf')
		const bytes = Buffer.from(await response.arrayBuffer())
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
	})
})
