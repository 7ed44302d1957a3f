import { describe, expect, test } from 'vitest'
import {
	adaptationGate,
	changedSegments,
	defaultSourceVersion,
	defaultTargetLanguage,
	isSegmentKey,
	resumeStep,
	segmentProgress,
} from './adaptation.ts'
import { LICENCES } from './vocabularies.ts'

describe('the licence gate', () => {
	test.each(LICENCES.map((l) => [l] as const))('%s', (licence) => {
		const without = adaptationGate(licence, { permissionGranted: false })
		const withPermission = adaptationGate(licence, { permissionGranted: true })
		const needsPermission = ['cc-by-nd-4.0', 'cc-by-nc-nd-4.0', 'all-rights-reserved'].includes(
			licence,
		)
		expect(without.allowed).toBe(!needsPermission)
		expect(withPermission.allowed).toBe(true)
		if (needsPermission) {
			expect(without).toEqual({
				allowed: false,
				reason: licence === 'all-rights-reserved' ? 'all-rights-reserved' : 'no-derivatives',
			})
			// Permission lets the country adapt; the source's licence stays on the adaptation.
			expect(withPermission).toEqual({ allowed: true, licences: [licence], byPermission: true })
		} else {
			expect(withPermission).toEqual(without)
			// The source's own licence is offered first (the form's default).
			expect(without.allowed && without.licences[0]).toBe(licence)
		}
	})
})

describe('segments', () => {
	test('progress counts only parts that have something to translate', () => {
		expect(
			segmentProgress([
				{ key: 'title', source: 'Parle-moi', text: 'Talk to me' },
				{ key: 'description', source: 'Texte', text: ' ' },
				{ key: 'legal', source: '', text: '' },
			]),
		).toEqual({ done: 1, total: 2 })
	})

	test('a part whose source changed since it was translated is listed', () => {
		expect(
			changedSegments([
				{ key: 'title', source: 'Parle-moi vite', text: 'x', sourceAtTranslation: 'Parle-moi' },
				{ key: 'helpline', source: '3018', text: 'y', sourceAtTranslation: '3018' },
				{ key: 'legal', source: 'Loi', text: '', sourceAtTranslation: null },
			]),
		).toEqual(['title'])
	})

	test('only known keys and poster slots are segment keys', () => {
		expect(['title', 'description', 'helpline', 'legal', 'slot:headline'].every(isSegmentKey)).toBe(
			true,
		)
		expect(['bogus', 'slot:', 'slot:../x', 'slot:' + 'a'.repeat(41)].some(isSegmentKey)).toBe(false)
	})
})

describe('the guided flow', () => {
	test('the workspace takes a draft back to the step its last save led to', () => {
		for (const step of ['translate', 'preview', 'submit'] as const)
			expect(resumeStep({ status: 'draft', adaptationStep: step })).toBe(step)
		// A reviewer's request for changes is answered in the translation.
		expect(resumeStep({ status: 'changes-requested', adaptationStep: 'submit' })).toBe('translate')
		// In review or public: where it stands.
		expect(resumeStep({ status: 'submitted', adaptationStep: 'submit' })).toBe('submit')
		expect(resumeStep({ status: 'published', adaptationStep: null })).toBe('submit')
	})

	test('an adaptation without a stored step is placed by its progress', () => {
		const draft = { status: 'draft', adaptationStep: null }
		expect(resumeStep(draft, { done: 0, total: 4 })).toBe('translate')
		expect(resumeStep(draft, { done: 3, total: 4 })).toBe('translate')
		expect(resumeStep(draft, { done: 4, total: 4 })).toBe('preview')
		expect(resumeStep(draft)).toBe('translate')
		// Something unknown in the column is not a step.
		expect(
			resumeStep({ status: 'draft', adaptationStep: 'elsewhere' }, { done: 0, total: 1 }),
		).toBe('translate')
	})

	test('the source version: the reader’s language if there is one, else the original', () => {
		const versions = [
			{ lang: 'fr', hasTemplate: false },
			{ lang: 'en', hasTemplate: false },
		]
		expect(defaultSourceVersion(versions, 'en', 'fr')?.lang).toBe('en')
		expect(defaultSourceVersion(versions, 'ar', 'fr')?.lang).toBe('fr')
		// Among a poster's versions, those that are templates bring their boxes.
		const poster = [
			{ lang: 'fr', hasTemplate: true },
			{ lang: 'en', hasTemplate: false },
		]
		expect(defaultSourceVersion(poster, 'en', 'fr')?.lang).toBe('fr')
	})

	test('the target language: the adapting country’s, else the reader’s', () => {
		expect(defaultTargetLanguage('JP', 'en')).toBe('ja')
		expect(defaultTargetLanguage('IL', 'ar')).toBe('he')
		expect(defaultTargetLanguage('CN', 'fr')).toBe('fr')
		expect(defaultTargetLanguage('CN', 'xx')).toBe('')
	})
})
