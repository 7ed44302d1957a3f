import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import {
	ALLIANCE_2012,
	ALLIANCE_2014,
	ALLIANCE_COUNTRIES,
	allianceSince,
	countryName,
	mainLanguageOf,
} from './countries.ts'
import { isContentLanguage } from './languages.ts'

// The founding texts sit beside the repository when it is checked out with
// its shared folder; the membership list must agree with them.
const seedsDir = path.resolve(import.meta.dirname, '../../../shared/seeds')
const haveSeeds = fs.existsSync(seedsDir)

/** Names as the declarations spell them, mapped to the codes whose English name differs. */
const ALIASES: Record<string, string> = {
	'Czech Republic': 'CZ',
	'Slovak Republic': 'SK',
	'Republic of Korea': 'KR',
	'Republic of Moldova': 'MD',
	Moldova: 'MD',
	'the Netherlands': 'NL',
	Netherlands: 'NL',
	'the Philippines': 'PH',
	'United States of America': 'US',
	Turkey: 'TR',
	Vietnam: 'VN',
	'Bosnia and Herzegovina': 'BA',
	Kosovo: 'XK',
}

function endorsers(file: string) {
	const text = fs.readFileSync(path.join(seedsDir, file), 'utf8')
	const line = text.split('\n').find((l) => /^Declaration endorsed by/.test(l))!
	const names = line
		.replace(/^.*?:/, '')
		.replace(/\band \d+ countries outside the EU:/, ',')
		.split(',')
		.map((n) => n.trim().replace(/^and /, '').replace(/^the /, '').replace(/\.$/, '').trim())
		.filter(Boolean)
	const byName = new Map(
		[...ALLIANCE_COUNTRIES].map((code) => [countryName(code, 'en'), code] as const),
	)
	return names.map((name) => ALIASES[name] ?? byName.get(name) ?? `unknown:${name}`)
}

describe('Global Alliance membership', () => {
	test('48 countries in 2012 and 7 more in 2014', () => {
		expect(ALLIANCE_2012).toHaveLength(48)
		expect(ALLIANCE_2014).toHaveLength(7)
		expect(new Set(ALLIANCE_COUNTRIES).size).toBe(55)
		expect(allianceSince('FR')).toBe(2012)
		expect(allianceSince('CA')).toBe(2014)
		expect(allianceSince('CN')).toBeNull()
	})

	test.runIf(haveSeeds)('matches the endorsers named in the 2012 declaration', () => {
		expect(new Set(endorsers('2012-declaration.txt'))).toEqual(new Set(ALLIANCE_2012))
	})

	test.runIf(haveSeeds)('every 2014 endorser is a member, and the new ones date from 2014', () => {
		const names = endorsers('2014-ministers-declaration.txt')
		expect(names.filter((c) => c.startsWith('unknown'))).toEqual([])
		for (const code of names) expect(allianceSince(code)).not.toBeNull()
		expect(new Set(names.filter((c) => allianceSince(c) === 2014))).toEqual(new Set(ALLIANCE_2014))
	})

	test('country names are localized', () => {
		expect(countryName('DE', 'fr')).toBe('Allemagne')
		expect(countryName('JP', 'ar')).toBe('اليابان')
		// As the pages name it: the interface's Portuguese is Portugal's, not Brazil's "Armênia".
		expect(countryName('AM', 'pt')).toBe('Arménia')
	})
})

describe('the main language of a member country', () => {
	test('every member has one that materials can be written in', () => {
		const missing = ALLIANCE_COUNTRIES.filter((code) => !isContentLanguage(mainLanguageOf(code)))
		expect(missing).toEqual([])
	})

	test('is the language most of its people speak', () => {
		expect(['FR', 'JP', 'IL', 'DE', 'BE', 'MD', 'XK'].map(mainLanguageOf)).toEqual([
			'fr',
			'ja',
			'he',
			'de',
			'nl',
			'ro',
			'sq',
		])
	})

	test('is unknown for a country outside the Alliance and for anything else', () => {
		expect(mainLanguageOf('CN')).toBeNull()
		expect(mainLanguageOf('constructor')).toBeNull()
	})
})
