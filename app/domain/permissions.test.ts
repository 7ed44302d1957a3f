import { describe, expect, test } from 'vitest'
import {
	can,
	countriesWhere,
	invitableRoles,
	PERMISSIONS,
	requiresSecondFactor,
} from './permissions.ts'

const actor = (role: string, countryCode: string | null = null) => ({
	id: `u-${role}`,
	memberships: [{ role, countryCode }],
})

describe('permissions', () => {
	test('a contributor writes drafts of their own country only', () => {
		const c = actor('contributor', 'FR')
		expect(can(c, 'edit', 'material', { countryCode: 'FR' })).toBe(true)
		expect(can(c, 'edit', 'material', { countryCode: 'DE' })).toBe(false)
		expect(can(c, 'publish', 'material', { countryCode: 'FR' })).toBe(false)
		expect(can(c, 'invite', 'contributor', { countryCode: 'FR' })).toBe(false)
		expect(can(c, 'adapt', 'material', { countryCode: 'DE' })).toBe(true)
	})

	test('a coordinator invites contributors for their country, not coordinators', () => {
		const c = actor('coordinator', 'JP')
		expect(can(c, 'invite', 'contributor', { countryCode: 'JP' })).toBe(true)
		expect(can(c, 'invite', 'contributor', { countryCode: 'KR' })).toBe(false)
		expect(can(c, 'invite', 'coordinator', { countryCode: 'JP' })).toBe(false)
		expect(invitableRoles(c)).toEqual(['contributor'])
	})

	test('reviewers decide on any country, but cannot write drafts', () => {
		const r = actor('reviewer')
		for (const action of ['publish', 'request-changes', 'withdraw', 'read-draft'] as const) {
			expect(can(r, action, 'material', { countryCode: 'BR' })).toBe(true)
		}
		expect(can(r, 'edit', 'material', { countryCode: 'BR' })).toBe(false)
		expect(can(r, 'read', 'audit-log')).toBe(true)
		expect(countriesWhere(r, 'create', 'material')).toEqual([])
	})

	test('administrators manage people and countries but do not review', () => {
		const a = actor('admin')
		expect(invitableRoles(a)).toEqual(['contributor', 'coordinator', 'reviewer', 'admin'])
		expect(can(a, 'manage', 'country', {})).toBe(true)
		expect(can(a, 'publish', 'material', { countryCode: 'FR' })).toBe(false)
	})

	test('nobody anonymous can do anything; own scope needs the owner', () => {
		expect(can(null, 'read', 'audit-log')).toBe(false)
		const c = actor('contributor', 'FR')
		expect(can(c, 'edit', 'account', { ownerId: c.id })).toBe(true)
		expect(can(c, 'edit', 'account', { ownerId: 'someone-else' })).toBe(false)
	})

	test('reviewers and administrators need a second factor', () => {
		expect(requiresSecondFactor(actor('reviewer'))).toBe(true)
		expect(requiresSecondFactor(actor('admin'))).toBe(true)
		expect(requiresSecondFactor(actor('contributor', 'FR'))).toBe(false)
	})

	test('every row names a known role, action, entity and scope, once', () => {
		const keys = PERMISSIONS.map((p) => `${p.role}:${p.action}:${p.entity}:${p.scope}`)
		expect(new Set(keys).size).toBe(keys.length)
	})
})
