import { describe, expect, test } from 'vitest'
import {
	checkTransition,
	isEditableStatus,
	MAX_REASON_LENGTH,
	transitionsFrom,
} from './moderation.ts'

describe('moderation workflow', () => {
	test.each([
		['draft', 'submit', 'submitted'],
		['changes-requested', 'submit', 'submitted'],
		['withdrawn', 'submit', 'submitted'],
		['submitted', 'publish', 'published'],
		['submitted', 'request-changes', 'changes-requested'],
		['published', 'withdraw', 'withdrawn'],
	])('%s --%s--> %s', (from, action, to) => {
		const result = checkTransition(from, action, 'because')
		expect(result.ok && result.transition.to).toBe(to)
	})

	test.each([
		['draft', 'publish'],
		['published', 'publish'],
		['submitted', 'submit'],
		['draft', 'withdraw'],
		['published', 'erase'],
	])('%s cannot %s', (from, action) => {
		expect(checkTransition(from, action, 'x')).toEqual({
			ok: false,
			problem: 'not-allowed-from-status',
		})
	})

	test('a request for changes and a withdrawal must say why, within limits', () => {
		expect(checkTransition('submitted', 'request-changes', '   ')).toEqual({
			ok: false,
			problem: 'reason-required',
		})
		expect(checkTransition('published', 'withdraw', 'x'.repeat(MAX_REASON_LENGTH + 1))).toEqual({
			ok: false,
			problem: 'reason-too-long',
		})
		expect(checkTransition('submitted', 'publish', '').ok).toBe(true)
	})

	test('content can change only outside review and publication', () => {
		expect(['draft', 'changes-requested', 'withdrawn'].every(isEditableStatus)).toBe(true)
		expect(['submitted', 'published'].some(isEditableStatus)).toBe(false)
		expect(transitionsFrom('submitted').map((t) => t.action)).toEqual([
			'publish',
			'request-changes',
		])
	})
})
