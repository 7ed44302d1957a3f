import { describe, expect, test } from 'vitest'
import { indexText, normalizeText, stem, STEM_LANGUAGES } from '#app/search/text.ts'

const NEW_LANGUAGES = [
	'fi',
	'hu',
	'et',
	'lt',
	'lv',
	'cs',
	'sk',
	'sl',
	'hr',
	'sr',
	'bg',
	'uk',
	'el',
	'tr',
]

/** A word as the engine stems it: normalized first (diacritics folded). */
const stemOf = (word: string, lang: string) => stem(normalizeText(word), lang)

/**
 * Inflected forms of one word that must meet: the stem of each form is a
 * prefix of every other form, so a search for any of them finds the rest.
 */
const FORMS: [lang: string, forms: string[]][] = [
	['fi', ['lapset', 'lapsille', 'lapsia', 'lapsen']],
	['fi', ['vanhemmat', 'vanhemmille', 'vanhemmat']],
	['fi', ['nuoret', 'nuorille', 'nuorten']],
	['hu', ['gyerekek', 'gyerekeknek', 'gyerekeket']],
	['hu', ['szülők', 'szülőknek', 'szülőket']],
	['hu', ['tanárok', 'tanároknak', 'tanárokat']],
	['et', ['vanemad', 'vanematele', 'vanemate']],
	['et', ['õpetajad', 'õpetajatele', 'õpetajate']],
	['lt', ['vaikai', 'vaikams', 'vaikų', 'vaikus']],
	['lt', ['mokytojai', 'mokytojams', 'mokytojų']],
	['lv', ['bērni', 'bērniem', 'bērnu']],
	['lv', ['vecāki', 'vecākiem', 'vecāku']],
	['cs', ['rodiče', 'rodičům', 'rodičů', 'rodiči']],
	['cs', ['učitelé', 'učitelům', 'učitelů']],
	['sk', ['rodičia', 'rodičom', 'rodičov']],
	['sk', ['vydieranie', 'vydierania', 'vydieraním']],
	['sl', ['starši', 'staršem', 'staršev']],
	['sl', ['izsiljevanje', 'izsiljevanja', 'izsiljevanju']],
	['hr', ['roditelji', 'roditeljima', 'roditelja']],
	['hr', ['ucjena', 'ucjene', 'ucjenom', 'ucjeni']],
	['sr', ['родитељи', 'родитељима', 'родитеља']],
	['sr', ['roditelji', 'roditeljima', 'roditelja']],
	['sr', ['сексуална', 'сексуалне', 'сексуалном']],
	['bg', ['родители', 'родителите', 'родителя']],
	['bg', ['изнудване', 'изнудването']],
	['uk', ['батьки', 'батьків', 'батькам', 'батьками']],
	['uk', ['вчителі', 'вчителям', 'вчителів']],
	['el', ['παιδιά', 'παιδιών', 'παιδί']],
	['el', ['εκπαιδευτικοί', 'εκπαιδευτικών', 'εκπαιδευτικούς']],
	['el', ['εκβιασμός', 'εκβιασμού', 'εκβιασμό']],
	['tr', ['çocuklar', 'çocukların', 'çocuklara']],
	['tr', ['öğretmenler', 'öğretmenlere', 'öğretmenlerin']],
	['tr', ['şantaj', 'şantajı', 'şantajla']],
]

describe('light stemmers of the inflected languages', () => {
	test('each is one of the languages a query word is stemmed in', () => {
		for (const lang of NEW_LANGUAGES) expect(STEM_LANGUAGES).toContain(lang)
	})

	test.each(FORMS)('%s: %j meet', (lang, forms) => {
		for (const form of forms) {
			const s = stemOf(form, lang)
			expect([...s].length, `${form} → ${s}`).toBeGreaterThanOrEqual(4)
			for (const other of forms)
				expect(normalizeText(other).startsWith(s), `${form} → ${s}, ${other}`).toBe(true)
		}
	})

	test.each([
		['fi', 'lapsille', 'laps'],
		['hu', 'gyerekeknek', 'gyerek'],
		['hu', 'szülőknek', 'szulo'],
		['et', 'vanematele', 'vanema'],
		['lt', 'vaikams', 'vaik'],
		['lv', 'bērniem', 'bern'],
		['cs', 'rodičům', 'rodic'],
		['sk', 'rodičom', 'rodic'],
		['sl', 'staršem', 'stars'],
		['hr', 'roditeljima', 'roditelj'],
		['sr', 'родитељима', 'родитељ'],
		['sr', 'roditeljima', 'roditelj'],
		['bg', 'родителите', 'родител'],
		['uk', 'батьками', 'батьк'],
		['el', 'παιδιών', 'παιδι'],
		['tr', 'çocukların', 'cocuk'],
	])('%s: %s → %s', (lang, word, expected) => {
		expect(stemOf(word, lang)).toBe(expected)
	})

	test('a word of another language loses one Turkish ending, not three', () => {
		expect(stemOf('helpine', 'tr')).toBe('helpin')
		// A Russian word being typed keeps five letters in the other Cyrillic stemmers.
		for (const lang of ['uk', 'bg', 'sr']) expect(stemOf('груми', lang)).toBe('груми')
	})

	test('unrelated words do not meet', () => {
		const apart: [lang: string, a: string, b: string][] = [
			// Parents and birthday: szulo- is not szul-.
			['hu', 'szülők', 'szülinap'],
			// Children and education: παιδι- is not παιδ-.
			['el', 'παιδιά', 'παιδεία'],
			['el', 'παιδιά', 'παιδαγωγός'],
			// Children and detail; parents and the Serbian "rod" (kin) words.
			['cs', 'děti', 'detail'],
			['hr', 'roditelji', 'rodbina'],
			['fi', 'lapset', 'lappu'],
			['tr', 'çocuklar', 'çoğunluk'],
			['lv', 'bērni', 'bēres'],
			['uk', 'батьки', 'батон'],
			['bg', 'родители', 'родина'],
		]
		for (const [lang, a, b] of apart) {
			expect(normalizeText(b).startsWith(stemOf(a, lang)), `${a} → ${b}`).toBe(false)
			expect(normalizeText(a).startsWith(stemOf(b, lang)), `${b} → ${a}`).toBe(false)
		}
	})

	test('short words are left whole', () => {
		for (const lang of NEW_LANGUAGES) {
			for (const word of ['deti', 'деца', 'anne', 'laps', 'παιδι', 'ders'])
				expect(stemOf(word, lang), `${lang} ${word}`).toBe(normalizeText(word))
		}
	})

	test('a stem is always a prefix of its word, and never shorter than four letters', () => {
		const words = indexText(
			'lapsille vanhemmille gyerekeknek szülőknek vanematele õpetajatele vaikams bērniem vecākiem ' +
				'rodičům učitelům rodičom staršem roditeljima родитељима родителите батьками вчителям ' +
				'παιδιών εκπαιδευτικούς çocukların öğretmenlerine children parents sextortion grooming',
		).split(' ')
		for (const lang of STEM_LANGUAGES) {
			for (const word of words) {
				const s = stem(word, lang)
				expect(word.startsWith(s), `${lang} ${word}`).toBe(true)
				if (s !== word) expect([...s].length, `${lang} ${word} → ${s}`).toBeGreaterThanOrEqual(4)
			}
		}
	})
})
