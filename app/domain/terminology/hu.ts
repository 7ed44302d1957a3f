import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Hungarian. */
export const hu: readonly DiscouragedTerm[] = [
	{
		term: 'gyermekpornográfia',
		preferred: 'gyermekek szexuális bántalmazását ábrázoló anyag',
		reason: 'legitimises',
		forms: [
			'gyer(?:mek|ek)~pornografi(?:a|at|aval|arol|aban|as|ak)',
			'gyer(?:mek|ek)~porno(?:t|k)?',
		],
	},
	{
		term: 'gyermekprostitúció',
		preferred: 'gyermekek szexuális kizsákmányolása',
		reason: 'implies-consent',
		forms: ['gyer(?:mek|ek)~prostitucio(?:t|val|rol|ban)?'],
	},
	{
		term: 'bosszúpornó',
		preferred: 'intim képek beleegyezés nélküli megosztása',
		reason: 'victim-blaming',
		forms: ['bosszu~porno(?:t|val|rol|k)?', 'revenge porn'],
	},
	{
		term: 'szexturizmus',
		preferred: 'gyermekek szexuális kizsákmányolása az utazás és a turizmus összefüggésében',
		reason: 'legitimises',
		forms: ['szex~turizmus(?:t|sal|rol|ban)?', 'szexualis turizmus(?:t|sal|rol|ban)?'],
	},
	{
		term: 'pedofil',
		preferred: 'gyermekek sérelmére elkövetett szexuális bűncselekmény elkövetője',
		reason: 'offender-label',
		forms: ['pedofil(?:ok|t|ek|oknak|nak|okat)'],
	},
]
