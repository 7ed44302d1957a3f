import { describe, expect, test } from 'vitest'
import { parseXml, rewriteXml, XmlMalformed, XmlRefused, XmlTooDeep } from './xml-stream.server.ts'

const utf8 = (text: string) => Buffer.from(text, 'utf8')

describe('rewriteXml', () => {
	test('writes back what it read, with only the edits made', () => {
		const xml =
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
			'<?mso-application progid="Word.Document"?>' +
			'<w:root xmlns:w="urn:w" a="x &amp; &lt;y&gt; &quot;z&quot;&#10;">' +
			'<w:t xml:space="preserve">  two  spaces &amp; é 漢字 </w:t><!-- dropped -->' +
			'<w:e/><![CDATA[<raw> & ]]]]><![CDATA[>]]><w:who w:author="Jane" w:date="d">kept</w:who>' +
			'<w:secret><w:deep>gone</w:deep>gone too</w:secret><w:after/></w:root>'
		const out = rewriteXml(utf8(xml), (tag) => {
			if (tag.name === 'w:who') return { attributes: { ...tag.attributes, 'w:author': '' } }
			if (tag.name === 'w:secret') return { emptyContent: true }
		}).toString('utf8')
		expect(out).toBe(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
				'<?mso-application progid="Word.Document"?>' +
				'<w:root xmlns:w="urn:w" a="x &#38; &#60;y> &#34;z&#34;&#10;">' +
				'<w:t xml:space="preserve">  two  spaces &amp; é 漢字 </w:t>' +
				'<w:e/><![CDATA[<raw> & ]]]]><![CDATA[>]]><w:who w:author="" w:date="d">kept</w:who>' +
				'<w:secret></w:secret><w:after/></w:root>',
		)
	})

	test('reads UTF-16 with its byte-order mark, and writes UTF-8', () => {
		const xml = '<?xml version="1.0" encoding="UTF-16"?><r a="é">texte</r>'
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])
		expect(rewriteXml(utf16, () => {}).toString('utf8')).toBe(
			'<?xml version="1.0" encoding="UTF-8"?><r a="é">texte</r>',
		)
	})
})

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
