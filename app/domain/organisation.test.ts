import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import {
	contactHref,
	contactKind,
	contactLabel,
	organisationFields,
	producingOrganisation,
} from './organisation.ts'

describe('organisation contact', () => {
	test.each([
		['https://www.e-enfance.org/', 'url'],
		['http://education.gouv.fr/contact', 'url'],
		['HTTPS://Example.org', 'url'],
		['contact@e-enfance.org', 'email'],
		['info@bildung.bund.de', 'email'],
		['prévention@ministère.fr', 'email'],
	] as const)('%s is a %s', (contact, kind) => {
		expect(contactKind(contact)).toBe(kind)
	})

	test.each([
		'javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'ftp://files.example.org',
		'www.e-enfance.org',
		'+33 1 23 45 67 89',
		'https://',
		'https://intranet',
		'https://user:secret@example.org',
		'https://example.org/a b',
		'contact@localhost',
		'two@@example.org',
		'mailto:contact@example.org',
		'<contact@example.org>',
	])('%s is neither', (contact) => {
		expect(contactKind(contact)).toBeNull()
		expect(contactHref(contact)).toBeNull()
	})

	test('shown without a scheme or a final slash; an e-mail address as it is', () => {
		expect(contactLabel('https://www.e-enfance.org/')).toBe('www.e-enfance.org')
		expect(contactLabel('http://example.org/aide?lang=fr')).toBe('example.org/aide?lang=fr')
		expect(contactLabel('contact@e-enfance.org')).toBe('contact@e-enfance.org')
	})

	test('links go to the web address as parsed, or to mailto:', () => {
		expect(contactHref('https://Example.org')).toBe('https://example.org/')
		expect(contactHref('contact@e-enfance.org')).toBe('mailto:contact@e-enfance.org')
	})
})

describe('organisation fields', () => {
	const schema = z.object(organisationFields('form.errors.'))
	const problem = (input: Record<string, unknown>) => {
		const result = schema.safeParse(input)
		return result.success ? null : result.error.issues.map((i) => [i.path[0], i.message])
	}

	test('empty fields are "not given"; text is trimmed, inner runs of spaces made one', () => {
		expect(schema.parse({ organisation: '', organisationContact: '' })).toEqual({
			organisation: null,
			organisationContact: null,
		})
		expect(schema.parse({})).toEqual({ organisation: null, organisationContact: null })
		expect(
			schema.parse({
				organisation: '  Ministry \n of   Education ',
				organisationContact: ' a@b.org ',
			}),
		).toEqual({ organisation: 'Ministry of Education', organisationContact: 'a@b.org' })
	})

	test('a name over 200 characters, a contact over 300 or of another kind are refused', () => {
		expect(problem({ organisation: 'x'.repeat(201) })).toEqual([
			['organisation', 'form.errors.organisation-too-long'],
		])
		expect(problem({ organisation: 'x'.repeat(200) })).toBeNull()
		expect(problem({ organisationContact: `https://example.org/${'a'.repeat(290)}` })).toEqual([
			['organisationContact', 'form.errors.contact-too-long'],
		])
		expect(problem({ organisationContact: 'javascript:alert(1)' })).toEqual([
			['organisationContact', 'form.errors.contact-invalid'],
		])
	})
})

describe('the producing organisation', () => {
	const none = { organisation: null, organisationContact: null }
	const campaign = {
		organisation: 'Ministère de l’Éducation',
		organisationContact: 'https://education.gouv.fr',
	}

	test('a material’s own, else its campaign’s, else none', () => {
		expect(
			producingOrganisation({ organisation: 'e-Enfance', organisationContact: null }, campaign),
		).toEqual({ name: 'e-Enfance', contact: null, from: 'material' })
		expect(producingOrganisation(none, campaign)).toEqual({
			name: 'Ministère de l’Éducation',
			contact: 'https://education.gouv.fr',
			from: 'campaign',
		})
		expect(producingOrganisation(none, none)).toBeNull()
		expect(producingOrganisation(none, null)).toBeNull()
	})
})
