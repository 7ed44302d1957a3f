import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { UI_LANGUAGES } from './languages.ts'
import {
	changedFields,
	parsePartFields,
	parseReturnComment,
	parseRevision,
	readStoredFields,
	REPORT_FORM_ERRORS,
	reportGaps,
	sameFields,
} from './report-form.ts'
import { ASSESSMENTS, MEASURE_STATES, REPORT_STATUSES } from './reporting.ts'

const form = (fields: Record<string, string | string[]>) => {
	const data = new FormData()
	for (const [name, value] of Object.entries(fields))
		for (const one of [value].flat()) data.append(name, one)
	return data
}

const localesDir = path.resolve(import.meta.dirname, '../../locales')
const strings = (lang: string) =>
	JSON.parse(fs.readFileSync(path.join(localesDir, lang, 'reporting.json'), 'utf8')) as Record<
		string,
		unknown
	>
const lookup = (tree: Record<string, unknown>, key: string) =>
	key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], tree)

describe('the report’s forms', () => {
	test('a measure: title required and bounded, a known language, texts trimmed with CRLF as one character', () => {
		expect(
			parsePartFields(
				form({
					title: '  Ligne 3018 ',
					lang: 'fr',
					description: 'Un\r\ndeux\r\n',
					materials: ['m1', 'm1'],
				}),
				'measure',
			),
		).toEqual({
			ok: true,
			fields: {
				title: 'Ligne 3018',
				lang: 'fr',
				description: 'Un\ndeux',
				campaigns: [],
				materials: ['m1'],
			},
		})
		expect(parsePartFields(form({ title: ' ', lang: 'xx' }), 'measure')).toEqual({
			ok: false,
			errors: { title: 'report.errors.title-required', lang: 'report.errors.lang' },
		})
		expect(parsePartFields(form({ title: 'x'.repeat(301), lang: 'fr' }), 'measure')).toMatchObject({
			ok: false,
			errors: { title: 'report.errors.title-too-long' },
		})
		// 10,000 characters, counted with line breaks as the browser counts them.
		const full = `${'a'.repeat(4999)}\r\n${'b'.repeat(5000)}`
		expect(
			parsePartFields(form({ title: 't', lang: 'fr', description: full }), 'measure'),
		).toMatchObject({
			ok: true,
		})
		expect(
			parsePartFields(form({ title: 't', lang: 'fr', description: `${full}c` }), 'measure'),
		).toMatchObject({ ok: false, errors: { description: 'report.errors.text-too-long' } })
		expect(
			parsePartFields(
				form({ title: 't', lang: 'fr', campaigns: ['../etc'], materials: [] }),
				'measure',
			),
		).toMatchObject({ ok: false, errors: { campaigns: 'report.errors.invalid-choice' } })
		const many = Array.from({ length: 11 }, (_, i) => `id${i}`)
		expect(
			parsePartFields(
				form({ title: 't', lang: 'fr', campaigns: many, materials: many }),
				'measure',
			),
		).toMatchObject({ ok: false, errors: { materials: 'report.errors.too-much-evidence' } })
	})

	test('choices come from the scales, or are left unsaid', () => {
		for (const assessment of [...ASSESSMENTS, ''])
			expect(parsePartFields(form({ assessment }), 'goal')).toMatchObject({ ok: true })
		expect(parsePartFields(form({ assessment: 'great' }), 'goal')).toMatchObject({
			ok: false,
			errors: { assessment: 'report.errors.invalid-choice' },
		})
		for (const state of [...MEASURE_STATES, ''])
			expect(parsePartFields(form({ state }), 'carried')).toMatchObject({ ok: true })
		expect(parsePartFields(form({ state: 'forgotten' }), 'carried')).toMatchObject({ ok: false })
	})

	test('a revision is a positive whole number, or the form is out of date', () => {
		expect(parseRevision(form({ revision: '3' }))).toBe(3)
		for (const revision of ['', '0', '-1', '1.5', '1e3', '99999999999'])
			expect(parseRevision(form({ revision })), revision).toBeNull()
		expect(parseRevision(form({}))).toBeNull()
	})

	test('two versions are the same when their texts are, evidence in any order', () => {
		const a = { title: 'T', lang: 'fr', description: '', campaigns: ['c1', 'c2'], materials: [] }
		expect(sameFields('measure', a, { ...a, campaigns: ['c2', 'c1'] })).toBe(true)
		expect(changedFields('measure', a, { ...a, description: 'D', campaigns: ['c1'] })).toEqual([
			'description',
			'campaigns',
		])
	})

	test('a conflict’s stored text is read back only when it is the part’s', () => {
		expect(readStoredFields('activity', { narrative: 'Récit', baseRevision: 2 })).toEqual({
			narrative: 'Récit',
		})
		expect(readStoredFields('carried', { state: 'lost', stateComment: '' })).toBeNull()
		expect(readStoredFields('goal', 'nonsense')).toBeNull()
	})

	test('returning a report needs a comment, within its limit', () => {
		expect(parseReturnComment(form({ comment: '  À compléter \r\n' }))).toEqual({
			ok: true,
			comment: 'À compléter',
		})
		expect(parseReturnComment(form({ comment: ' ' }))).toEqual({
			ok: false,
			error: 'report.errors.comment-required',
		})
		expect(parseReturnComment(form({ comment: 'x'.repeat(5001) }))).toEqual({
			ok: false,
			error: 'report.errors.comment-too-long',
		})
	})

	test('what a report leaves unsaid before it is submitted', () => {
		expect(
			reportGaps({
				entries: [{ assessment: 'some' }, { assessment: '' }, { assessment: '' }],
				measures: [
					{ kind: 'carried', state: '' },
					{ kind: 'carried', state: 'done' },
					{ kind: 'announced', state: '' },
				],
			}),
		).toEqual({ unassessedGoals: 2, carriedWithoutState: 1 })
	})
})

describe('the reporting strings', () => {
	const keysOf = (tree: Record<string, unknown>, prefix = ''): string[] =>
		Object.entries(tree).flatMap(([key, value]) =>
			value && typeof value === 'object'
				? keysOf(value as Record<string, unknown>, `${prefix}${key}.`)
				: [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
		)

	test.each(UI_LANGUAGES)('%s has every string English has, and no other', (lang) => {
		expect([...new Set(keysOf(strings(lang)))].sort()).toEqual(
			[...new Set(keysOf(strings('en')))].sort(),
		)
	})

	test.each(UI_LANGUAGES)('%s names every error, status, state and assessment', (lang) => {
		const tree = strings(lang)
		const keys = [
			...REPORT_FORM_ERRORS.map((e) => `report.errors.${e}`),
			...REPORT_STATUSES.map((s) => `report.status.${s}`),
			...MEASURE_STATES.map((s) => `report.states.${s}`),
			...ASSESSMENTS.map((a) => `report.assessment.values.${a}`),
		]
		for (const key of keys) expect(lookup(tree, key), `${lang}: ${key}`).toEqual(expect.any(String))
	})
})
