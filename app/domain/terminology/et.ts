import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Estonian. */
export const et: readonly DiscouragedTerm[] = [
	{
		term: 'lapsporno',
		concept: 'child-pornography',
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
		concept: 'child-prostitution',
		preferred: 'laste seksuaalne ärakasutamine',
		reason: 'implies-consent',
		forms: ['(?:laste|laps)~prostitutsioon(?:i|ist)?'],
	},
	{
		term: 'kättemaksuporno',
		concept: 'revenge-porn',
		preferred: 'intiimsete piltide levitamine ilma nõusolekuta',
		reason: 'victim-blaming',
		forms: ['kattemaksu~porno(?:t|st)?', 'revenge porn'],
	},
	{
		term: 'seksiturism',
		concept: 'sex-tourism',
		preferred: 'laste seksuaalne ärakasutamine reisimise ja turismi kontekstis',
		reason: 'legitimises',
		forms: ['seksi~turism(?:i|ist)?'],
	},
	{
		term: 'pedofiil',
		concept: 'paedophile',
		preferred: 'lapsi seksuaalselt väärkohtlev isik',
		reason: 'offender-label',
		forms: ['pedofiil(?:i|id|ide|e)'],
	},
]
