import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** German. */
export const de: readonly DiscouragedTerm[] = [
	{
		term: 'Kinderpornografie',
		concept: 'child-pornography',
		preferred: 'Darstellungen sexuellen Kindesmissbrauchs',
		reason: 'legitimises',
		forms: [
			'kinder~pornogra(?:f|ph)ie',
			'kinder~pornogra(?:f|ph)isch(?:e|em|en|er|es)?',
			'kinder~pornos?',
		],
	},
	{
		term: 'Jugendpornografie',
		concept: 'child-pornography',
		preferred: 'Darstellungen sexuellen Missbrauchs von Jugendlichen',
		reason: 'legitimises',
		forms: [
			'jugend~pornogra(?:f|ph)ie',
			'jugend~pornogra(?:f|ph)isch(?:e|em|en|er|es)?',
			'jugend~pornos?',
		],
	},
	{
		term: 'Kinderprostitution',
		concept: 'child-prostitution',
		preferred: 'sexuelle Ausbeutung von Kindern',
		reason: 'implies-consent',
		forms: ['kinder~prostitution'],
	},
	{
		term: 'Kinderprostituierte',
		concept: 'child-prostitution',
		preferred: 'sexuell ausgebeutete Kinder',
		reason: 'victim-blaming',
		forms: ['kinder~prostituierten?'],
	},
	{
		term: 'Kindersextourismus',
		concept: 'sex-tourism',
		preferred: 'sexuelle Ausbeutung von Kindern auf Reisen und im Tourismus',
		reason: 'legitimises',
		forms: ['kinder~sex~tourismus'],
	},
	{
		term: 'Sextourismus',
		concept: 'sex-tourism',
		preferred: 'sexuelle Ausbeutung von Kindern auf Reisen und im Tourismus',
		reason: 'legitimises',
		forms: ['sex~tourismus'],
	},
	{
		term: 'Racheporno',
		concept: 'revenge-porn',
		preferred: 'nicht einvernehmliche Verbreitung intimer Bilder',
		reason: 'victim-blaming',
		forms: ['rache~pornos?', 'rache~pornogra(?:f|ph)ie', 'revenge porn'],
	},
	{
		term: 'Pädophiler',
		concept: 'paedophile',
		preferred: 'Täter sexuellen Kindesmissbrauchs',
		reason: 'offender-label',
		// Not "Pädophilie": the diagnosis itself is a legitimate word.
		forms: ['padophil(?:e|er|en)'],
	},
	{
		// "Schänder": the shame is put on the child.
		term: 'Kinderschänder',
		concept: 'other',
		preferred: 'Täter sexuellen Kindesmissbrauchs',
		reason: 'victim-blaming',
		forms: ['kinderschander(?:s|n)?'],
	},
	{
		term: 'Sex mit Kindern',
		concept: 'other',
		preferred: 'sexueller Kindesmissbrauch',
		reason: 'implies-consent',
		forms: ['sex mit (?:minderjahrigen|einem kind)'],
	},
]
