import { describe, expect, test } from 'vitest'
import { getEnv } from '#app/utils/env.server.ts'
import { isLocalOrigin, isLoopbackAddress, mayUseDemoAccounts } from './demo.server.ts'

describe('where demo accounts work', () => {
	test('loopback addresses, as Express gives them', () => {
		for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])
			expect(isLoopbackAddress(address), address).toBe(true)
		for (const address of [
			'192.168.1.5',
			'10.0.0.1',
			'::ffff:192.0.2.1',
			'2001:db8::1',
			'128.0.0.1',
			'127.0.0.1.evil.example',
			'unknown',
			'',
		])
			expect(isLoopbackAddress(address), address).toBe(false)
	})

	test('origins that name this computer, and those that do not', () => {
		for (const origin of [
			undefined,
			'http://localhost:3000',
			'http://demo.localhost',
			'http://127.0.0.1:8080',
			'http://[::1]:3000',
		])
			expect(isLocalOrigin(origin), String(origin)).toBe(true)
		for (const origin of [
			'https://awareness.example.org',
			'http://localhost.example.org',
			'http://192.168.1.5:3000',
			'http://127.0.0.1.nip.io',
			'not a url',
		])
			expect(isLocalOrigin(origin), origin).toBe(false)
	})

	test('a demo account needs the app on this computer, the browser too, and no proxy between', () => {
		const local = { ...getEnv(), APP_ORIGIN: undefined }
		const deployed = { ...getEnv(), APP_ORIGIN: 'https://awareness.example.org' }
		expect(mayUseDemoAccounts({ clientAddress: '127.0.0.1' }, local)).toBe(true)
		expect(mayUseDemoAccounts({ clientAddress: '::ffff:127.0.0.1' }, local)).toBe(true)
		expect(mayUseDemoAccounts({ clientAddress: '203.0.113.7' }, local)).toBe(false)
		expect(mayUseDemoAccounts({ clientAddress: '127.0.0.1', forwarded: true }, local)).toBe(false)
		expect(mayUseDemoAccounts({}, local)).toBe(false)
		expect(mayUseDemoAccounts({ clientAddress: '127.0.0.1' }, deployed)).toBe(false)
	})
})
