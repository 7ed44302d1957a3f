/**
 * Light stemmers for the inflected languages of the Alliance beyond the ten
 * in text.ts: Finnish, Hungarian and Estonian; Lithuanian and Latvian; Czech,
 * Slovak, Slovene, Croatian, Serbian (both scripts), Bulgarian and
 * Ukrainian; Greek; Turkish. In the style of Savoy's light stemmers (and
 * Lucene's ports of them): they strip case, number and the commonest
 * possessive endings, never derivation, and never rewrite a letter, so
 * every stem is a prefix of its word. The engine uses a stem that way: as a
 * prefix that reaches the word's other inflected forms (Finnish
 * "opettajille" → opettaj-, which finds "opettajat").
 *
 * They run on normalized tokens (text.ts normalizeText): Latin and Greek
 * diacritics are already folded (ä→a, ő→o, č→c, ū→u, ά→α, ς→σ), so the
 * endings below are written folded. A query word is stemmed for every
 * language (its language is not known), so each stemmer keeps a minimum
 * stem length, and the engine uses no stem shorter than MIN_STEM_PREFIX:
 * a short stem would reach unrelated words of every language.
 */

/** Strips the first listed suffix (list longest first) that leaves at least `minStem` characters. */
function strip(word: string, suffixes: readonly string[], minStem: number) {
	for (const suffix of suffixes) {
		if (word.length - suffix.length >= minStem && word.endsWith(suffix))
			return word.slice(0, -suffix.length)
	}
	return word
}

/** Suffix lists sorted longest first, so the most specific ending is tried first. */
const longestFirst = (suffixes: string) =>
	suffixes
		.split(' ')
		.filter(Boolean)
		.sort((a, b) => b.length - a.length)

// ---------------------------------------------------------------------------
// Finnic and Hungarian

const FI_CLITICS = longestFirst('kaan kin han pa ko')
const FI_POSSESSIVES = longestFirst('nsa mme nne ni si')
const FI_CASES = longestFirst(
	'ssa sta lla lta lle ksi tta na ta seen siin hin hen han hon hun hyn iden itten jen ien den ten n',
)

/**
 * Finnish: a clitic (-kin, -kaan), a possessive (-nsa, -mme), a case ending
 * (-ssa, -lle, -ksi, the genitive -n…), then the plural -t/-i/-j and a final
 * vowel: lapset, lapsille, lapsen → laps-; vanhemmat, vanhemmille → vanhemm-.
 */
export function stemFinnish(word: string) {
	if (word.length < 5) return word
	let w = strip(word, FI_CLITICS, 4)
	w = strip(w, FI_POSSESSIVES, 4)
	w = strip(w, FI_CASES, 4)
	if (w.length > 4 && w.endsWith('t')) w = w.slice(0, -1)
	if (w.length > 4 && /[aeiouy]$/.test(w)) w = w.slice(0, -1)
	if (w.length > 4 && /[ij]$/.test(w)) w = w.slice(0, -1)
	return w
}

const HU_CASES = longestFirst(
	'nak nek ban ben bol rol tol hoz hez val vel ert nal nel kent ba be ra re ig on en ul va ve',
)
const HU_POSSESSIVES = longestFirst('aik eik juk jaik jeik ja je ai ei uk')
const HU_PLURALS = longestFirst('ok ek ak k')

/**
 * Hungarian: a case ending (-nak, -ban, -val, -ról…), the accusative -t, a
 * possessive, then the plural -k with its linking vowel: gyerekeknek,
 * gyerekeket → gyerek-; szülőknek (folded szuloknek) → szulo-. The linking
 * vowel goes only when five letters stay: szulok is szulo-k, not szul-ok
 * (which would reach szülinap, "birthday").
 */
export function stemHungarian(word: string) {
	if (word.length < 5) return word
	let w = strip(word, HU_CASES, 4)
	if (w === word) w = strip(w, ['at', 'et', 'ot', 'ut'], 4)
	w = strip(w, HU_POSSESSIVES, 4)
	return strip(w, HU_PLURALS, 5)
}

const ET_CASES = longestFirst('sse ga ta na ni ks st le lt l s')
const ET_PLURALS = longestFirst('sid id de te d')

/** Estonian: a case ending (-sse, -ga, -le, -st…), then the plural -d/-de/-id: vanematele, vanemad → vanema-. */
export function stemEstonian(word: string) {
	if (word.length < 5) return word
	return strip(strip(word, ET_CASES, 4), ET_PLURALS, 4)
}

// ---------------------------------------------------------------------------
// Baltic

const LT_ENDINGS = longestFirst(
	'iams iems ioms uose iuose ose ese yse ams ems oms ims ais iai iui ius ias iu ui ai as is ys us os es ei a e i o u',
)

/** Lithuanian case endings (ą ę ė į ų ū folded): vaikai, vaikams, vaikų → vaik-. */
export function stemLithuanian(word: string) {
	if (word.length < 5) return word
	return strip(word, LT_ENDINGS, 4)
}

const LV_ENDINGS = longestFirst(
	'ajiem ajai ajam ajos ajas iem aja ais ai ei am em im os as es is us a e i u s',
)

/** Latvian case endings, after Lucene's LatvianStemmer (ā ē ī ū folded): bērni, bērniem → bern-. */
export function stemLatvian(word: string) {
	if (word.length < 5) return word
	return strip(word, LV_ENDINGS, 4)
}

// ---------------------------------------------------------------------------
// Slavic (Latin script)

const CS_ENDINGS = longestFirst(
	'atech etem atum ech ich eho emi emu ete eti iho imi imu ach ata aty ych ama ami ove ovi ymi em es im um at am os us ym mi ou ie a e i o u y',
)

/** Czech case endings, after Dolamic and Savoy's light stemmer: rodiče, rodičům → rodic-. */
export function stemCzech(word: string) {
	if (word.length < 5) return word
	return strip(word, CS_ENDINGS, 4)
}

const SK_ENDINGS = longestFirst(
	'ami ach ych ymi eho emu iho imu ia ie ov om am em im ou ej ho mu a e i o u y',
)

/** Slovak case endings: rodičia, rodičom → rodic-; učiteľov → ucitel-. */
export function stemSlovak(word: string) {
	if (word.length < 5) return word
	return strip(word, SK_ENDINGS, 4)
}

const SL_ENDINGS = longestFirst('ama ami ega emu ima ih ov ev om em ah im mi a e i o u')

/** Slovene case endings: staršem, starši → stars-. */
export function stemSlovene(word: string) {
	if (word.length < 5) return word
	return strip(word, SL_ENDINGS, 4)
}

const HR_ENDINGS = longestFirst(
	'ama ima oga ome omu ovi ova ove evi eva om em og ih im oj a e i o u',
)

/** Croatian and Serbian in Latin script (č ć š ž đ folded): roditelji, roditeljima → roditelj-. */
export function stemCroatian(word: string) {
	if (word.length < 5) return word
	return strip(word, HR_ENDINGS, 4)
}

// ---------------------------------------------------------------------------
// Slavic (Cyrillic script)

/** See stemSerbian. */
const CYRILLIC_MIN_STEM = 5

const SR_CYRILLIC_ENDINGS = longestFirst(
	'ама има ога оме ому ови ова ове еви ева ом ем ог их им ој а е и о у',
)

/**
 * Serbian in Cyrillic: the Latin endings of stemCroatian, in Cyrillic
 * (родитељима → родитељ-). The Cyrillic stemmers keep five letters: they
 * also stem every Russian query word, where a four-letter stem of a word
 * being typed (груми → грум-) reaches past what the Russian stemmer allows.
 */
export function stemSerbian(word: string) {
	if (word.length < 5) return word
	return /[a-z]/.test(word)
		? stemCroatian(word)
		: strip(word, SR_CYRILLIC_ENDINGS, CYRILLIC_MIN_STEM)
}

const BG_ARTICLES = longestFirst('ият ът ят та то те ия')
const BG_PLURALS = longestFirst('овци ища ове еве ища та и')

/**
 * Bulgarian, after Savoy's light stemmer (Lucene's BulgarianStemmer without
 * its rewrites): the postfixed article, the plural, a final vowel:
 * родителите, родители → родител-.
 */
export function stemBulgarian(word: string) {
	if (word.length < 6) return word
	let w = strip(word, BG_ARTICLES, CYRILLIC_MIN_STEM)
	w = strip(w, BG_PLURALS, CYRILLIC_MIN_STEM)
	return strip(w, ['а', 'я', 'о', 'е', 'ъ'], CYRILLIC_MIN_STEM)
}

const UK_ENDINGS = longestFirst(
	'ами ями ові еві ого ому ими іми его ему их іх ах ях ам ям ом ем ою ею ий ій ої ей ів ї і у ю а я о е и ь',
)

/** Ukrainian case endings, in the style of Lucene's Russian light stemmer: батьків, батьки → батьк-. */
export function stemUkrainian(word: string) {
	if (word.length < 6) return word
	return strip(word, UK_ENDINGS, CYRILLIC_MIN_STEM)
}

// ---------------------------------------------------------------------------
// Greek and Turkish

const EL_ENDINGS = longestFirst(
	'ιων ιεσ ουσ εισ εων ατα ατων ιου ια ιο οσ ου ων εσ ησ ισ οι αι ασ α ε η ι ο υ',
)

/**
 * Greek noun and adjective endings (accents folded, ς as σ): παιδιά,
 * παιδιών, παιδί → παιδι-. Five letters stay: παιδ- would also reach
 * παιδεία ("education") and παιδαγωγός.
 */
export function stemGreek(word: string) {
	if (word.length < 6) return word
	return strip(word, EL_ENDINGS, 5)
}

const TR_CASES = longestFirst(
	'nin nun dan den tan ten yla yle ya ye yi yu da de ta te la le in un a e i u',
)
const TR_POSSESSIVES = longestFirst('imiz iniz umuz unuz leri lari si su im um')
const TR_PLURALS = longestFirst('lar ler')

/**
 * Turkish suffixes (ç ğ ı ö ş ü folded) in the order they stack, from the
 * end: a case, a possessive, the plural: çocukların → cocuklar → cocuk-;
 * öğretmenlere → ogretmen-. One of each at most, so that a word of another
 * language loses one ending, not three (helpine is helpin-, not help-).
 */
export function stemTurkish(word: string) {
	if (word.length < 5) return word
	const w = strip(strip(word, TR_CASES, 4), TR_POSSESSIVES, 4)
	return strip(w, TR_PLURALS, 4)
}
