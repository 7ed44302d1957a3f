import { describe, expect, test } from 'vitest'
import { diffRevision, type ComparableMaterial } from './revision-diff.ts'

const poster = (): ComparableMaterial => ({
	resourceType: 'poster',
	licence: 'cc-by-4.0',
	ageMin: 9,
	ageMax: 12,
	campaignId: null,
	organisation: null,
	organisationContact: null,
	audiences: ['children', 'parents-carers'],
	risks: ['grooming'],
	accessibility: [],
	versions: [
		{
			lang: 'fr',
			title: 'Parle à quelqu’un',
			description: 'Une affiche pour les écoles.',
			files: [
				{ assetId: 'a1', role: 'primary' },
				{ assetId: 'a1', role: 'preview' },
			],
			segments: [
				{ key: 'helpline', text: '3018' },
				{ key: 'slot:title', text: 'Parle à quelqu’un' },
			],
			template: '["bg1",null,"[]"]',
		},
	],
})

describe('what a revision changes', () => {
	test('nothing, when the copy is untouched', () => {
		expect(diffRevision(poster(), poster())).toEqual([])
	})

	test('a new helpline number on the poster, and nothing else', () => {
		const revision = poster()
		revision.versions[0]!.segments[0]!.text = '119'
		expect(diffRevision(poster(), revision)).toEqual([
			{ kind: 'segment', lang: 'fr', key: 'helpline', before: '3018', after: '119' },
		])
	})

	test('facts shared by every language, in order, with tags compared as sets', () => {
		const revision = poster()
		revision.licence = 'cc-by-sa-4.0'
		revision.ageMax = 14
		revision.audiences = ['parents-carers', 'children'] // same set
		revision.risks = ['grooming', 'sextortion']
		expect(diffRevision(poster(), revision)).toEqual([
			{ kind: 'fact', fact: 'licence', before: ['cc-by-4.0'], after: ['cc-by-sa-4.0'] },
			{ kind: 'fact', fact: 'age', before: ['9–12'], after: ['9–14'] },
			{ kind: 'fact', fact: 'risks', before: ['grooming'], after: ['grooming', 'sextortion'] },
		])
	})

	test('texts, files, the poster layout and a new language, per language', () => {
		const revision = poster()
		const fr = revision.versions[0]!
		fr.title = 'Parle à un adulte'
		fr.files = [
			{ assetId: 'a2', role: 'primary' },
			{ assetId: 'a2', role: 'preview' },
		]
		fr.template = '["bg2",null,"[]"]'
		revision.versions.push({
			lang: 'ar',
			title: 'تحدث إلى شخص ما',
			description: '',
			files: [],
			segments: [],
			template: null,
		})
		expect(diffRevision(poster(), revision)).toEqual([
			{ kind: 'added-language', lang: 'ar' },
			{
				kind: 'text',
				lang: 'fr',
				part: 'title',
				before: 'Parle à quelqu’un',
				after: 'Parle à un adulte',
			},
			{ kind: 'files', lang: 'fr', added: 1, removed: 1 },
			{ kind: 'poster-layout', lang: 'fr' },
		])
	})

	test('the producing organisation, named or changed, with its contact after its name', () => {
		const named = poster()
		named.organisation = 'e-Enfance'
		named.organisationContact = 'https://www.e-enfance.org/'
		expect(diffRevision(poster(), named)).toEqual([
			{
				kind: 'fact',
				fact: 'organisation',
				before: [],
				after: ['e-Enfance · https://www.e-enfance.org/'],
			},
		])
		const moved = poster()
		moved.organisation = 'e-Enfance'
		moved.organisationContact = 'contact@e-enfance.org'
		expect(diffRevision(named, moved)).toEqual([
			{
				kind: 'fact',
				fact: 'organisation',
				before: ['e-Enfance · https://www.e-enfance.org/'],
				after: ['e-Enfance · contact@e-enfance.org'],
			},
		])
	})
})
