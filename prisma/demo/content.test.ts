import { describe, expect, test } from 'vitest'
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
