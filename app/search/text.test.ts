import Database from 'better-sqlite3'
import { afterAll, describe, expect, test } from 'vitest'
import {
	MAX_QUERY_WORDS,
	editDistanceWithin,
	highlight,
	indexText,
	maxTyposFor,
	normalizeText,
	parseQuery,
	segment,
	stem,
	toFtsQuery,
} from '#app/search/text.ts'

describe('normalizeText', () => {
	test('folds case and Latin diacritics', () => {
		expect(normalizeText('Élève ÉCOLE')).toBe('eleve ecole')
		expect(normalizeText('Über Straße')).toBe('uber strasse')
		expect(normalizeText('Niño SEÑAL')).toBe('nino senal')
		expect(normalizeText('Łódź İstanbul ısı')).toBe('lodz istanbul isi')
		// Decomposed input folds like precomposed input.
		expect(normalizeText('e\u0301le\u0300ve')).toBe(normalizeText('élève'))
	})

	test('folds Greek accents and final sigma', () => {
		expect(normalizeText('Παιδιά ΟΔΟΣ')).toBe(normalizeText('παιδια οδοσ'))
	})

	test('Cyrillic: ё becomes е, й and ї stay letters', () => {
		expect(normalizeText('Ёлка ещё')).toBe('елка еще')
		expect(normalizeText('грумінг їжак йод')).toBe('грумінг їжак йод')
		expect(normalizeText('Й')).toBe('й')
	})

	test('Arabic: harakat, tatweel and alef forms', () => {
		expect(normalizeText('إِسْتِدْرَاج')).toBe(normalizeText('استدراج'))
		expect(normalizeText('الإِسْتِدْرَاج')).toBe('الاستدراج')
		expect(normalizeText('أإآٱ')).toBe('اااا')
		expect(normalizeText('مـــرحـبـا')).toBe('مرحبا')
		expect(normalizeText('على')).toBe('علي')
		expect(normalizeText('حماية')).toBe('حمايه')
		expect(normalizeText('٢٠٢٤')).toBe('2024')
		// Hamza on a carrier other than alef is a different spelling: kept.
		expect(normalizeText('مسؤول')).toBe('مسؤول')
	})

	test('Hebrew niqqud is removed, letters stay', () => {
		expect(normalizeText('שָׁלוֹם')).toBe('שלום')
	})

	test('Thai, Devanagari, CJK and Hangul survive intact', () => {
		for (const word of [
			'น้ำ',
			'การล่อลวงเด็ก',
			'เด็ก',
			'बच्चों की सुरक्षा',
			'ग्रूमिंग',
			'网络诱骗',
			'子ども',
			'그루밍',
		]) {
			expect(normalizeText(word)).toBe(word)
		}
	})

	test('compatibility forms: full-width, half-width kana, ligatures', () => {
		expect(normalizeText('ＡＢＣ１２３')).toBe('abc123')
		expect(normalizeText('ｸﾞﾙｰﾐﾝｸﾞ')).toBe('グルーミング')
		expect(normalizeText('ﬁle')).toBe('file')
	})

	test('removes bidi overrides, isolates and zero-width characters; controls separate', () => {
		expect(normalizeText('a\u202Eb\u202Cc')).toBe('abc')
		expect(normalizeText('\u2066word\u2069 \u200Bzero\u200Dwidth\uFEFF')).toBe('word zerowidth')
		expect(normalizeText('soft\u00ADhyphen')).toBe('softhyphen')
		expect(normalizeText('a\u0000b\u001fc')).toBe('a b c')
	})

	test('collapses whitespace', () => {
		expect(normalizeText('  a \t\n b\u00A0\u3000c  ')).toBe('a b c')
	})
})

describe('segment', () => {
	test('splits on punctuation, apostrophes and hyphens', () => {
		expect(segment(normalizeText("L'enfant, self-generated (aujourd'hui)!"))).toEqual([
			'l',
			'enfant',
			'self',
			'generated',
			'aujourd',
			'hui',
		])
	})

	test('Chinese runs are cut into words', () => {
		const tokens = segment(normalizeText('网络诱骗儿童'))
		expect(tokens).toContain('网络')
		expect(tokens).toContain('儿童')
		expect(tokens.join('')).toBe('网络诱骗儿童')
	})

	test('Japanese mixed script', () => {
		const tokens = segment(normalizeText('子どもをネットの危険から守る'))
		expect(tokens).toContain('子ども')
		expect(tokens).toContain('ネット')
		expect(tokens).toContain('危険')
		const mixed = segment(normalizeText('SNS上のグルーミング'))
		expect(mixed[0]).toBe('sns')
		expect(mixed.at(-1)).toBe('グルーミング')
		expect(mixed.join('')).toBe('sns上のグルーミング')
	})

	test('a katakana loanword the dictionary does not know is one word, and so is its prefix', () => {
		expect(segment(normalizeText('セクストーション'))).toEqual(['セクストーション'])
		expect(segment(normalizeText('セクスト'))).toEqual(['セクスト'])
		expect(segment(normalizeText('セクストーションの被害'))).toEqual([
			'セクストーション',
			'の',
			'被害',
		])
		// Words the dictionary knows stay apart.
		expect(segment(normalizeText('オンラインゲーム'))).toEqual(['オンライン', 'ゲーム'])
		expect(segment(normalizeText('スマホの写真をシェア'))).toEqual([
			'スマホ',
			'の',
			'写真',
			'を',
			'シェア',
		])
	})

	test('Thai is cut into words, Korean keeps its spaces', () => {
		expect(segment('การล่อลวงเด็ก')).toEqual(['การ', 'ล่อลวง', 'เด็ก'])
		expect(segment('온라인 그루밍')).toEqual(['온라인', '그루밍'])
	})

	test('Khmer is cut into words, with or without zero-width spaces', () => {
		expect(segment('ការរំលោភបំពានផ្លូវភេទលើកុមារ')).toEqual(['ការរំលោភ', 'បំពាន', 'ផ្លូវភេទ', 'លើ', 'កុមារ'])
		// Khmer writers often mark word breaks with U+200B; normalization drops it.
		expect(indexText('ឪពុក\u200bម្តាយ និង កុមារ')).toBe('ឪពុក ម្តាយ និង កុមារ')
		expect(segment('កុមារ')).toEqual(['កុមារ'])
	})

	test('a Japanese verb or adjective in its plain form is its kanji', () => {
		// The segmenter cuts the inflected forms after the kanji; the plain form is cut alike.
		expect(segment('脅す')).toEqual(['脅'])
		expect(segment('脅されて')).toEqual(['脅', 'さ', 'れ', 'て'])
		expect(segment('写真を送る')).toEqual(['写真', 'を', '送'])
		expect(segment('怖い')).toEqual(['怖'])
		// Nouns written with okurigana stay whole.
		expect(segment('子ども')).toEqual(['子ども'])
		expect(segment('手引き')).toEqual(['手引き'])
		// Kana-only words and compounds are untouched.
		expect(segment('グルーミング')).toEqual(['グルーミング'])
		expect(segment('脅迫')).toEqual(['脅迫'])
		expect(highlight('脅すと脅された', new Set(['脅']))).toBe(
			'<mark>脅</mark>すと<mark>脅</mark>された',
		)
	})

	test('Arabic words lose an attached conjunction and preposition before the article', () => {
		expect(indexText('والأمهات')).toBe('الامهات')
		expect(indexText('للأطفال وبالإنترنت فالمعلمين')).toBe('الاطفال الانترنت المعلمين')
		expect(indexText('الأمهات')).toBe('الامهات')
		// Root letters stay: adults, parents, father; short words after the article too.
		expect(indexText('بالغين والدين والده والدتها')).toBe('بالغين والدين والده والدتها')
		expect(indexText('والأهل')).toBe('والاهل')
		// Words without the article keep their letters.
		expect(indexText('ولد وطن')).toBe('ولد وطن')
		// The whole written word is highlighted.
		expect(highlight('دليل والأمهات', new Set(['الامهات']))).toBe('دليل <mark>والأمهات</mark>')
	})

	test('symbols and emoji are not words', () => {
		expect(segment(normalizeText('😀 🔥 ✨ — … #️⃣'))).toEqual([])
	})

	test('indexText joins the tokens with spaces', () => {
		expect(indexText('Protéger les enfants — 保护儿童 😀')).toBe('proteger les enfants 保护 儿童')
	})
})

describe('parseQuery and toFtsQuery', () => {
	const db = new Database(':memory:')
	afterAll(() => db.close())
	db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')`)
	const insert = db.prepare('INSERT INTO t (body) VALUES (?)')
	for (const text of [
		'A poster near the school about online grooming',
		'Child safety online: a guide for parents',
		'Les enfants et le pédopiégeage',
		'网络诱骗儿童',
		'الإِسْتِدْرَاج عبر الإنترنت',
		'or and not',
	]) {
		insert.run(indexText(text))
	}
	const count = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck()
	const search = (raw: string) => {
		const expression = toFtsQuery(parseQuery(raw).terms)
		return expression ? (count.get(expression) as number) : 0
	}

	const hostile = [
		'"unbalanced',
		'NEAR(a b)',
		'NEAR/2 "a" "b"',
		'title:foo',
		'body:grooming',
		'a* ^b',
		'(((',
		')))',
		'\u0000\u001f',
		'OR AND NOT',
		'AND',
		'-grooming +parents',
		'"" """ "',
		'{body}: grooming',
		'x'.repeat(10_000),
		'grooming '.repeat(2_000),
		'😀🔥✨',
		'\u202Egrooming\u202C',
		'\uD800 lone surrogate \uDC00',
		"'; DROP TABLE t; --",
	]

	test.each(hostile)('hostile input %# never throws and yields a valid MATCH', (raw) => {
		const parsed = parseQuery(raw)
		expect(parsed.terms.length).toBeLessThanOrEqual(MAX_QUERY_WORDS)
		const expression = toFtsQuery(parsed.terms)
		// Outside quoted strings only our own syntax remains: AND, OR, *, parentheses.
		const bare = expression.replace(/"(?:[^"]|"")*"/g, '').replace(/\b(?:AND|OR)\b|[*()\s]/g, '')
		expect(bare).toBe('')
		if (expression) expect(() => count.get(expression)).not.toThrow()
	})

	test('operators typed by the user are plain words', () => {
		expect(search('NEAR')).toBe(1)
		expect(search('near school')).toBe(1)
		expect(search('OR AND NOT')).toBe(1)
		expect(search('NEAR(poster school)')).toBe(1)
	})

	test('matches across normalization and segmentation', () => {
		expect(search('GROOMING')).toBe(1)
		expect(search('pedopiegeage')).toBe(1)
		expect(search('诱骗')).toBe(1)
		expect(search('الاستدراج')).toBe(1)
		expect(search('الإستدراج')).toBe(1)
		expect(search('groo')).toBe(1)
	})

	test('only the first 10 words count', () => {
		const { terms } = parseQuery('a b c d e f g h i j k l m')
		expect(terms.map((t) => t.text)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])
		// The tenth word is not the one being typed.
		expect(terms.some((t) => t.prefix)).toBe(false)
	})

	test('the last word is a prefix while it is being typed', () => {
		expect(parseQuery('child saf').terms).toEqual([
			{ text: 'child', prefix: false },
			{ text: 'saf', prefix: true },
		])
		expect(parseQuery('child safety ').terms.at(-1)?.prefix).toBe(false)
		expect(parseQuery('child safety.').terms.at(-1)?.prefix).toBe(false)
		expect(parseQuery('enfan').normalized).toBe('enfan')
		expect(toFtsQuery(parseQuery('child saf').terms)).toBe('"child" AND "saf" *')
	})

	test('balanced quotes make a phrase, unbalanced ones are ignored', () => {
		const { terms } = parseQuery('"child safety" online')
		expect(terms).toEqual([
			{ text: 'child', prefix: false, phrase: 0 },
			{ text: 'safety', prefix: false, phrase: 0 },
			{ text: 'online', prefix: true },
		])
		expect(toFtsQuery(terms)).toBe('"child safety" AND "online" *')
		expect(search('"child safety"')).toBe(1)
		expect(search('"safety child"')).toBe(0)
		expect(parseQuery('"child safety').terms.every((t) => t.phrase === undefined)).toBe(true)
		expect(parseQuery('«contrôle parental»').terms.map((t) => t.phrase)).toEqual([0, 0])
	})

	test('alternatives are OR-ed per term', () => {
		const terms = parseQuery('parents groomnig').terms
		expect(
			toFtsQuery(terms, {
				stems: new Map([['parents', ['parent']]]),
				typoAlternatives: new Map([['groomnig', ['grooming', 'grooming']]]),
			}),
		).toBe('("parents" OR "parent" *) AND ("groomnig" * OR "grooming")')
		expect(toFtsQuery([{ text: 'a"b', prefix: false }])).toBe('"a""b"')
		expect(toFtsQuery([])).toBe('')
	})

	test('a 10,000-character query is bounded work', () => {
		const long = 'grooming online safety '.repeat(500)
		const started = performance.now()
		for (let i = 0; i < 100; i++) parseQuery(long)
		expect((performance.now() - started) / 100).toBeLessThan(2)
	})
})

describe('typo budget', () => {
	test('maxTyposFor counts code points', () => {
		expect(maxTyposFor('abcd')).toBe(0)
		expect(maxTyposFor('abcde')).toBe(1)
		expect(maxTyposFor('abcdefgh')).toBe(1)
		expect(maxTyposFor('abcdefghi')).toBe(2)
		expect(maxTyposFor('𠀀𠀀𠀀')).toBe(0)
		expect(maxTyposFor('груминг')).toBe(1)
	})

	test('editDistanceWithin', () => {
		expect(editDistanceWithin('grooming', 'grooming', 0)).toBe(0)
		expect(editDistanceWithin('grooming', 'groomnig', 1)).toBe(1)
		expect(editDistanceWithin('grooming', 'groming', 1)).toBe(1)
		expect(editDistanceWithin('grooming', 'grroomingg', 2)).toBe(2)
		expect(editDistanceWithin('grooming', 'grooming!!!', 2)).toBeNull()
		expect(editDistanceWithin('sextortion', 'sextorsion', 1)).toBe(1)
		expect(editDistanceWithin('abcdef', 'badcfe', 3)).toBe(3)
		expect(editDistanceWithin('abcdef', 'badcfe', 2)).toBeNull()
		expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(3)
		expect(editDistanceWithin('kitten', 'sitting', 2)).toBeNull()
		expect(editDistanceWithin('', 'ab', 2)).toBe(2)
		expect(editDistanceWithin('', 'abc', 2)).toBeNull()
		expect(editDistanceWithin('a', 'b', -1)).toBeNull()
		// Code points, not UTF-16 units: one astral character is one edit.
		expect(editDistanceWithin('𠀀a', '𠀁a', 1)).toBe(1)
		expect(editDistanceWithin('诱骗', '骗诱', 1)).toBe(1)
	})
})

describe('highlight', () => {
	test('a memo shared across the hits of one search marks exactly what separate calls mark', () => {
		const texts = ['حماية الأطفال على الإنترنت', 'الأطفال والآباء', 'Les enfants en ligne', 'الطفل']
		const tokens = new Set(['الاطفال', 'enfants'])
		const memo = new Map<string, boolean>()
		const shared = texts.map((t) => highlight(t, tokens, { memo }))
		expect(shared).toEqual(texts.map((t) => highlight(t, tokens)))
		expect(shared[0]).toContain('<mark>الأطفال</mark>')
		expect(shared[3]).not.toContain('<mark>')
		expect(memo.size).toBeGreaterThan(0)
	})

	test('escapes everything outside <mark>', () => {
		expect(highlight('<script>alert("x")</script> & \'grooming\'', new Set(['grooming']))).toBe(
			'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;<mark>grooming</mark>&#39;',
		)
		expect(highlight('<b>script</b>', new Set(['b']))).toBe(
			'&lt;<mark>b</mark>&gt;script&lt;/<mark>b</mark>&gt;',
		)
	})

	test('marks the original spelling of Latin words with diacritics', () => {
		expect(highlight('Le PÉDOPIÉGEAGE des enfants', new Set(['pedopiegeage']))).toBe(
			'Le <mark>PÉDOPIÉGEAGE</mark> des enfants',
		)
		expect(highlight('Les enfants', new Set(), { prefixTokens: new Set(['enfant']) })).toBe(
			'Les <mark>enfants</mark>',
		)
	})

	test('Arabic with harakat', () => {
		expect(highlight('عن الإِسْتِدْرَاج عبر الإنترنت', new Set(['الاستدراج']))).toBe(
			'عن <mark>الإِسْتِدْرَاج</mark> عبر الإنترنت',
		)
	})

	test('Chinese without spaces', () => {
		expect(highlight('保护儿童免受网络诱骗', new Set(['儿童']))).toBe(
			'保护<mark>儿童</mark>免受网络诱骗',
		)
	})

	test('a window around the first match', () => {
		const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Watch for grooming signs. ${'Consectetur adipiscing elit. '.repeat(20)}`
		const snippet = highlight(text, new Set(['grooming']), { maxLength: 80 })
		expect(snippet).toContain('<mark>grooming</mark>')
		expect(snippet.startsWith('…')).toBe(true)
		expect(snippet.endsWith('…')).toBe(true)
		const visible = snippet.replace(/<\/?mark>/g, '')
		expect(visible.length).toBeLessThanOrEqual(84)
		// No word is cut at either end: the window starts and ends at word boundaries of the original.
		const inner = visible.slice(1, -1)
		const at = text.indexOf(inner)
		expect(at).toBeGreaterThan(0)
		expect(text[at - 1]).toMatch(/\s/)
		expect(text[at + inner.length]).toMatch(/[\s.]/)
		expect(highlight('short text', new Set(['text']), { maxLength: 80 })).toBe(
			'short <mark>text</mark>',
		)
		expect(highlight(text, new Set(['absent']), { maxLength: 40 }).startsWith('Lorem')).toBe(true)
	})
})

describe('stem', () => {
	test.each([
		['en', 'parents', 'parent'],
		['en', 'grooming', 'groom'],
		['en', 'families', 'famil'],
		['en', 'family', 'famil'],
		['en', 'abused', 'abus'],
		['en', 'abuse', 'abus'],
		['fr', 'enfants', 'enfant'],
		['fr', 'harcelement', 'harcel'],
		['fr', 'protegees', 'proteg'],
		['de', 'kindern', 'kind'],
		['de', 'eltern', 'elt'],
		['es', 'jovenes', 'joven'],
		['es', 'padres', 'padr'],
		['it', 'bambini', 'bambin'],
		['it', 'bambino', 'bambin'],
		['pt', 'criancas', 'crianc'],
		['pt', 'protecoes', 'protec'],
		['pt', 'protecao', 'protec'],
		['nl', 'kinderen', 'kind'],
		['nl', 'ouders', 'ouder'],
		['sv', 'barnen', 'barn'],
		['ru', 'детей', 'дет'],
		['ru', 'родителями', 'родител'],
		['pl', 'rodzicow', 'rodzic'],
		['pl', 'rodzice', 'rodzic'],
	])('%s: %s → %s', (lang, word, expected) => {
		expect(stem(word, lang)).toBe(expected)
	})

	test('other languages, short tokens and region subtags', () => {
		expect(stem('grooming', 'ja')).toBe('grooming')
		expect(stem('kids', 'en')).toBe('kid')
		expect(stem('bus', 'en')).toBe('bus')
		expect(stem('parents', 'en-GB')).toBe('parent')
		expect(stem('parents', 'xx')).toBe('parents')
	})

	test('a stem is always a prefix of its word', () => {
		const words = indexText(
			'Children parents teachers grooming sextortion enfants harcèlement Kindern Jugendlichen jóvenes bambini crianças ' +
				'kinderen barnen детей родителями подростков dzieci rodziców nauczycielami families bullied shopping',
		).split(' ')
		for (const lang of ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'ru', 'pl']) {
			for (const word of words)
				expect(word.startsWith(stem(word, lang)), `${lang} ${word}`).toBe(true)
		}
	})
})
