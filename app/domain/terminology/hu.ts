import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Hungarian. */
export const hu: readonly DiscouragedTerm[] = [
	{
		term: 'gyermekpornográfia',
		concept: 'child-pornography',
		preferred: 'gyermekek szexuális bántalmazását ábrázoló anyag',
		reason: 'legitimises',
		forms: [
			'gyer(?:mek|ek)~pornografi(?:a|at|aval|arol|aban|as|ak)',
			'gyer(?:mek|ek)~porno(?:t|k)?',
		],
	},
	{
		term: 'gyermekprostitúció',
		concept: 'child-prostitution',
		preferred: 'gyermekek szexuális kizsákmányolása',
		reason: 'implies-consent',
		forms: ['gyer(?:mek|ek)~prostitucio(?:t|val|rol|ban)?'],
	},
	{
		term: 'bosszúpornó',
		concept: 'revenge-porn',
		preferred: 'intim képek beleegyezés nélküli megosztása',
		reason: 'victim-blaming',
		forms: ['bosszu~porno(?:t|val|rol|k)?', 'revenge porn'],
	},
	{
		term: 'szexturizmus',
		concept: 'sex-tourism',
		preferred: 'gyermekek szexuális kizsákmányolása az utazás és a turizmus összefüggésében',
		reason: 'legitimises',
		forms: ['szex~turizmus(?:t|sal|rol|ban)?', 'szexualis turizmus(?:t|sal|rol|ban)?'],
	},
	{
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'gyermekek sérelmére elkövetett szexuális bűncselekmény elkövetője',
		reason: 'offender-label',
		forms: ['pedofil(?:ok|t|ek|oknak|nak|okat)'],
	},
]
