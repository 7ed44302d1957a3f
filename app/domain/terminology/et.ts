import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Estonian. */
export const et: readonly DiscouragedTerm[] = [
	{
		term: 'lapsporno',
		preferred: 'laste seksuaalse väärkohtlemise materjal',
		reason: 'legitimises',
		forms: [
			'lapsporno(?:t|st|ga)?',
			'laste~porno(?:t|st)?',
			'(?:laste|laps)~pornograafia(?:t|st|ga)?',
		],
	},
	{
		term: 'lasteprostitutsioon',
		preferred: 'laste seksuaalne ärakasutamine',
		reason: 'implies-consent',
		forms: ['(?:laste|laps)~prostitutsioon(?:i|ist)?'],
	},
	{
		term: 'kättemaksuporno',
		preferred: 'intiimsete piltide levitamine ilma nõusolekuta',
		reason: 'victim-blaming',
		forms: ['kattemaksu~porno(?:t|st)?', 'revenge porn'],
	},
	{
		term: 'seksiturism',
		preferred: 'laste seksuaalne ärakasutamine reisimise ja turismi kontekstis',
		reason: 'legitimises',
		forms: ['seksi~turism(?:i|ist)?'],
	},
	{
		term: 'pedofiil',
		preferred: 'lapsi seksuaalselt väärkohtlev isik',
		reason: 'offender-label',
		forms: ['pedofiil(?:i|id|ide|e)'],
	},
]
