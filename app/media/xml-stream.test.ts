import { describe, expect, test } from 'vitest'
import { parseXml, XmlMalformed, XmlRefused, XmlTooDeep } from './xml-stream.server.ts'

const utf8 = (text: string) => Buffer.from(text, 'utf8')

describe('parseXml', () => {
	test('refuses a DOCTYPE, whatever it declares', () => {
		expect(() => parseXml(utf8('<!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>'), {})).toThrow(
			XmlRefused,
		)
	})

	test('refuses unterminated sections and undefined entities as malformed', () => {
		for (const xml of ['<r><![CDATA[ never closed', '<r><!-- never closed', '<r>&lol;</r>', '<r>'])
			expect(() => parseXml(utf8(xml), {}), xml).toThrow(XmlMalformed)
	})

	test('refuses elements nested more than 1000 deep', () => {
		const nest = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`
		expect(() => parseXml(utf8(nest(1000)), {})).not.toThrow()
		expect(() => parseXml(utf8(nest(1001)), {})).toThrow(XmlTooDeep)
	})
})
