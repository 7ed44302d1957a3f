import { normalizeText, segment } from '#app/search/text.ts'
import { ALLIANCE_COUNTRIES } from '#app/domain/countries.ts'
import { CONTENT_LANGUAGES, UI_LANGUAGES } from '#app/domain/languages.ts'

/**
 * Country names as readers type them, in every content and interface
 * language: "japan sextortion", "México sextorsión", "한국 그루밍". Search
 * treats a country named in a query like a topic: it matches the materials
 * of that country (as Meilisearch does with the country's names among its
 * searchable attributes), whatever language their text is in.
 */

/** Names people type that Intl.DisplayNames does not give (it says 대한민국, Republica Moldova). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
	KR: ['한국', 'Korea', 'Corée', 'Korea Selatan'],
	MD: ['Moldova', 'Moldavie', 'Молдова'],
	US: ['USA', 'America', 'Amérique'],
	GB: ['Britain', 'Great Britain', 'England'],
	NL: ['Holland'],
	CZ: ['Czech Republic', 'Česko'],
}

/**
 * A single short word is a country name only outside Latin and Cyrillic
 * script: Vietnamese "Mỹ" folds to "my" and "Ý" to "y", words of other
 * languages; "日本" or "ישראל" are not.
 */
const SHORT_WORD = /^[\p{sc=Latin}\p{sc=Cyrillic}\p{N}]{1,3}$/u

export interface CountryMatch {
	code: string
	/** The query tokens the name covered. */
	tokens: string[]
}

let displays: Intl.DisplayNames[] | null = null

/** One Intl.DisplayNames per interface and content language (each costs a lookup of locale data). */
function displayNames() {
	return (displays ??= [...new Set<string>([...UI_LANGUAGES, ...CONTENT_LANGUAGES])].flatMap(
		(lang) => {
			try {
				return [new Intl.DisplayNames([lang], { type: 'region' })]
			} catch {
				return []
			}
		},
	))
}

let byFirstToken: Map<string, { code: string; tokens: string[] }[]> | null = null
const namesByCode = new Map<string, string[]>()

/** A country's names in every content and interface language, and the aliases people type. */
export function countryNamesOf(code: string): string[] {
	let names = namesByCode.get(code)
	if (!names) {
		const all = new Set<string>()
		for (const names of displayNames()) {
			const name = names.of(code)
			if (name && name !== code) all.add(name)
		}
		for (const alias of ALIASES[code] ?? []) all.add(alias)
		names = [...all].filter((name) => {
			const tokens = segment(normalizeText(name))
			return tokens.length > 1 || (tokens.length === 1 && !SHORT_WORD.test(tokens[0]!))
		})
		namesByCode.set(code, names)
	}
	return names
}

function index() {
	if (byFirstToken) return byFirstToken
	const map = new Map<string, { code: string; tokens: string[] }[]>()
	const seen = new Set<string>()
	const add = (code: string, name: string) => {
		const tokens = segment(normalizeText(name))
		const id = `${code}:${tokens.join(' ')}`
		if (seen.has(id)) return
		seen.add(id)
		const list = map.get(tokens[0]!) ?? []
		list.push({ code, tokens })
		map.set(tokens[0]!, list)
	}
	for (const code of ALLIANCE_COUNTRIES) for (const name of countryNamesOf(code)) add(code, name)
	return (byFirstToken = map)
}

/** Builds the table of names now rather than on the first search that needs it. */
export function loadCountryNames() {
	index()
}

/**
 * The countries named in a query's terms (normalized, segmented tokens),
 * each once, at its longest mention: "Costa Rica" is one name, not "Rica".
 */
export function findCountries(terms: readonly string[]): CountryMatch[] {
	const found: CountryMatch[] = []
	for (let i = 0; i < terms.length; i++) {
		let best: { code: string; tokens: string[] } | null = null
		for (const entry of index().get(terms[i]!) ?? []) {
			const { tokens } = entry
			if (i + tokens.length > terms.length) continue
			if (tokens.some((token, k) => terms[i + k] !== token)) continue
			if (!best || tokens.length > best.tokens.length) best = entry
		}
		if (best && !found.some((f) => f.code === best.code)) {
			found.push({ code: best.code, tokens: [...best.tokens] })
			i += best.tokens.length - 1
		}
	}
	return found
}
