import { describe, expect, test } from 'vitest'
import { typicalAgeRange, vcard } from './oai-metadata.ts'
import {
	encodeResumptionToken,
	formatDatestamp,
	parseOaiRequest,
	parseSetSpec,
	parseUtcDatetime,
} from './oai-pmh.ts'
import { escapeXml } from './xml.ts'

const parse = (query: string) => parseOaiRequest(new URLSearchParams(query))

describe('dates', () => {
	test('a day and a second, as the instant they start and the first after', () => {
		expect(parseUtcDatetime('2026-03-01')).toEqual({
			start: new Date('2026-03-01T00:00:00Z'),
			next: new Date('2026-03-02T00:00:00Z'),
			granularity: 'day',
		})
		expect(parseUtcDatetime('2026-03-01T10:20:30Z')?.next).toEqual(new Date('2026-03-01T10:20:31Z'))
	})

	test.each([
		'2026-02-29',
		'2026-1-01',
		'2026-01-01T10:00Z',
		'2026-01-01T10:00:00',
		'2026-01-01T10:00:00.000Z',
		'2026-01-01T24:00:00Z',
		'',
	])('%j is refused', (value) => expect(parseUtcDatetime(value)).toBeUndefined())

	test('datestamps are to the second, in UTC', () => {
		expect(formatDatestamp(new Date('2026-03-01T10:20:30.999Z'))).toBe('2026-03-01T10:20:30Z')
	})
})

describe('sets', () => {
	test('families and values of the vocabularies', () => {
		expect(parseSetSpec('country:FR')).toEqual({ family: 'country', value: 'FR' })
		expect(parseSetSpec('lang')).toEqual({ family: 'lang', value: null })
		expect(parseSetSpec('risk:sextortion')).toEqual({ family: 'risk', value: 'sextortion' })
		for (const unknown of ['country:fr', 'risk:nothing', 'colour:blue', 'lang:xx', 'type:poster:a'])
			expect(parseSetSpec(unknown), unknown).toBeNull()
	})
})

describe('resumption tokens', () => {
	test('carry the whole request and where the page stopped', () => {
		const token = encodeResumptionToken(
			{
				metadataPrefix: 'lom',
				from: new Date('2026-01-01T00:00:00Z'),
				before: new Date('2026-02-01T00:00:00Z'),
				set: { family: 'audience', value: 'parents-carers' },
			},
			{ modifiedAt: new Date('2026-01-15T12:00:00.123Z'), id: 'abc', count: 100 },
		)
		const parsed = parse(`verb=ListRecords&resumptionToken=${token}`)
		expect(parsed).toMatchObject({
			ok: true,
			request: {
				verb: 'ListRecords',
				selection: {
					metadataPrefix: 'lom',
					from: new Date('2026-01-01T00:00:00Z'),
					before: new Date('2026-02-01T00:00:00Z'),
					set: { family: 'audience', value: 'parents-carers' },
				},
				after: { modifiedAt: new Date('2026-01-15T12:00:00.123Z'), id: 'abc', count: 100 },
			},
		})
	})

	test('a token altered to name a set that does not exist, or a bad id, is refused', () => {
		const forge = (body: object) => Buffer.from(JSON.stringify(body)).toString('base64url')
		const base = { v: 1, p: 'oai_dc', f: null, b: null, s: null, m: 0, i: 'x', c: 0 }
		expect(parse(`verb=ListRecords&resumptionToken=${forge(base)}`).ok).toBe(true)
		for (const bad of [
			{ ...base, s: 'colour:blue' },
			{ ...base, i: "x' OR 1=1" },
			{ ...base, p: 'marc21' },
			{ ...base, m: -1 },
			{ ...base, v: 2 },
		])
			expect(parse(`verb=ListRecords&resumptionToken=${forge(bad)}`)).toMatchObject({
				ok: false,
				errors: [{ code: 'badResumptionToken' }],
			})
	})
})

describe('XML text', () => {
	test('markup is escaped and characters XML forbids are dropped', () => {
		expect(escapeXml(`<a href="x">&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
		)
		expect(escapeXml('a\u0000b\u0008c\uD800d\uFFFEe\tf😀')).toBe('abcde\tf😀')
	})
})

describe('LOM values', () => {
	test('typicalAgeRange', () => {
		expect(typicalAgeRange(9, 12)).toBe('9-12')
		expect(typicalAgeRange(13, null)).toBe('13-')
		expect(typicalAgeRange(null, 8)).toBe('-8')
		expect(typicalAgeRange(10, 10)).toBe('10')
		expect(typicalAgeRange(null, null)).toBeNull()
	})

	test('a vCard escapes its separators, so an organisation cannot add a field', () => {
		expect(vcard('A;B,C', 'X\nEMAIL:evil@example.org')).toBe(
			'BEGIN:VCARD\nVERSION:3.0\nFN:A\\;B\\,C\nORG:X\\nEMAIL:evil@example.org\nEND:VCARD',
		)
	})
})
