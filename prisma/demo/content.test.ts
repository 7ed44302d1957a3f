import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseCampaignForm } from '#app/domain/campaign-form.ts'
import { isContentLanguage } from '#app/domain/languages.ts'
import { allowsDerivatives, LICENCE_TERMS } from '#app/domain/licence.ts'
import { ALLIANCE_COUNTRIES } from '#app/domain/countries.ts'
import { contactKind, MAX_ORGANISATION_LENGTH } from '#app/domain/organisation.ts'
import { DEMO_CAMPAIGNS } from './content.ts'
import { DEMO_ORGANISATIONS } from './organisations.ts'

const materials = DEMO_CAMPAIGNS.flatMap((c) =>
	c.materials.map((m) => ({ ...m, countryCode: c.countryCode })),
)
const versions = materials.flatMap((m) => m.versions)

describe('demo library', () => {
	test('is large and varied enough to show what the exchange does', () => {
		expect(DEMO_CAMPAIGNS.length).toBeGreaterThanOrEqual(30)
		expect(new Set(DEMO_CAMPAIGNS.map((c) => c.countryCode)).size).toBeGreaterThanOrEqual(12)
		expect(materials.length).toBeGreaterThanOrEqual(80)
		const languages = new Set(versions.map((v) => v.lang))
		expect(languages.size).toBeGreaterThanOrEqual(8)
		for (const lang of ['ar', 'zh', 'ru']) expect(languages, lang).toContain(lang)
	})

	test('uses only Alliance countries, known languages and unique ids', () => {
		for (const c of DEMO_CAMPAIGNS) expect(ALLIANCE_COUNTRIES, c.id).toContain(c.countryCode)
		for (const v of versions) expect(isContentLanguage(v.lang), v.lang).toBe(true)
		const ids = [...DEMO_CAMPAIGNS.map((c) => c.id), ...materials.map((m) => m.id)]
		expect(new Set(ids).size).toBe(ids.length)
		for (const m of materials)
			expect(
				m.versions.map((v) => v.lang),
				m.id,
			).toContain(m.originalLang)
	})

	test('lineage points at earlier materials, in a language they have, as the licence allows', () => {
		const seen = new Map<string, (typeof materials)[number]>()
		let derived = 0
		for (const m of materials) {
			if (m.derivedFrom) {
				derived++
				const source = seen.get(m.derivedFrom.materialId)
				expect(source, `${m.id} derives from a later or unknown material`).toBeDefined()
				expect(
					source!.versions.map((v) => v.lang),
					m.id,
				).toContain(m.derivedFrom.lang)
				expect(allowsDerivatives(source!.licence), m.id).toBe(true)
				if (LICENCE_TERMS[source!.licence].shareAlike) expect(m.licence, m.id).toBe(source!.licence)
				if (LICENCE_TERMS[source!.licence].nonCommercial)
					expect(LICENCE_TERMS[m.licence].nonCommercial, m.id).toBe(true)
				const crossCountry = source!.countryCode !== m.countryCode
				if (crossCountry) expect(m.derivedFrom.kind, m.id).toBe('adaptation')
			}
			seen.set(m.id, m)
		}
		expect(derived).toBeGreaterThanOrEqual(8)
	})

	test('follows the Luxembourg Terminology Guidelines in every language', () => {
		const text = JSON.stringify(DEMO_CAMPAIGNS).toLowerCase()
		for (const term of ['pornograph', 'pornogra', 'порнограф', 'prostitution', 'إباحية']) {
			expect(text).not.toContain(term)
		}
	})

	test('campaign figures pass the campaign form’s own checks, and some show each kind', () => {
		for (const c of DEMO_CAMPAIGNS) {
			const form = new FormData()
			const text = c.translations[0]!
			const fields: Record<string, string | number | undefined> = {
				campaignId: c.id,
				lang: text.lang,
				title: text.title,
				summary: text.summary,
				startYear: c.startYear,
				endYear: c.endYear,
				reachCount: c.reachCount,
				reachUnit: c.reachUnit,
				evaluationMethod: c.evaluationMethod,
				costAmount: c.costAmount,
				costCurrency: c.costCurrency,
				durationMonths: c.durationMonths,
			}
			for (const [name, value] of Object.entries(fields))
				if (value !== undefined) form.set(name, String(value))
			for (const a of c.audiences) form.append('audiences', a)
			for (const r of c.risks) form.append('risks', r)
			for (const ch of c.channels) form.append('channels', ch)
			const parsed = parseCampaignForm(form, 'existing')
			expect(parsed.ok ? null : parsed.errors, c.id).toBe(null)
		}
		const count = (has: (c: (typeof DEMO_CAMPAIGNS)[number]) => unknown) =>
			DEMO_CAMPAIGNS.filter(has).length
		expect(count((c) => c.costAmount)).toBeGreaterThanOrEqual(8)
		expect(count((c) => c.durationMonths)).toBeGreaterThanOrEqual(8)
		expect(count((c) => c.reachUnit && c.reachUnit !== 'people')).toBeGreaterThanOrEqual(8)
	})

	test('the evidence migration gives existing demo campaigns exactly the figures the demo files give', () => {
		const sql = fs.readFileSync(
			path.resolve(
				import.meta.dirname,
				'../migrations/20261206150000_campaign_evidence_and_search/migration.sql',
			),
			'utf8',
		)
		const migrated = new Map<string, Record<string, string | number>>()
		for (const [, set, id] of sql.matchAll(
			/^UPDATE "Campaign" SET (.+) WHERE "id" = '([^']+)' AND "isDemo" = 1;$/gm,
		)) {
			const values: Record<string, string | number> = {}
			for (const [, column, value] of set!.matchAll(/"(\w+)" = ('[^']*'|\d+)/g))
				values[column!] = value!.startsWith("'") ? value!.slice(1, -1) : Number(value)
			migrated.set(id!, values)
		}
		for (const c of DEMO_CAMPAIGNS) {
			const expected: Record<string, string | number> = {}
			if (c.reachUnit && c.reachUnit !== 'people') expected.reachUnit = c.reachUnit
			if (c.costAmount !== undefined) expected.costAmount = c.costAmount
			if (c.costCurrency !== undefined) expected.costCurrency = c.costCurrency
			if (c.durationMonths !== undefined) expected.durationMonths = c.durationMonths
			expect(migrated.get(c.id) ?? {}, c.id).toEqual(expected)
		}
	})

	test('credits invented organisations, reachable only at example addresses', () => {
		const ids = new Set([...DEMO_CAMPAIGNS.map((c) => c.id), ...materials.map((m) => m.id)])
		const entries = Object.entries(DEMO_ORGANISATIONS)
		expect(entries.length).toBeGreaterThanOrEqual(5)
		for (const [id, organisation] of entries) {
			expect(ids, id).toContain(id)
			expect(organisation.name.length, id).toBeLessThanOrEqual(MAX_ORGANISATION_LENGTH)
			if (organisation.contact) {
				expect(contactKind(organisation.contact), id).not.toBeNull()
				expect(organisation.contact, id).toMatch(/[./@]example\.org\b/)
			}
		}
	})
})
