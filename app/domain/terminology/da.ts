import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Danish. */
export const da: readonly DiscouragedTerm[] = [
	{
		term: 'børnepornografi',
		concept: 'child-pornography',
		preferred: 'materiale med seksuelle overgreb mod børn',
		reason: 'legitimises',
		forms: ['borne~pornografi(?:en|sk|ske)?', 'borne~porno(?:en)?', 'pornografi med born'],
	},
	{
		term: 'børneprostitution',
		concept: 'child-prostitution',
		preferred: 'seksuel udnyttelse af børn',
		reason: 'implies-consent',
		forms: ['borne~prostitution(?:en)?'],
	},
	{
		term: 'hævnporno',
		concept: 'revenge-porn',
		preferred: 'deling af intime billeder uden samtykke',
		reason: 'victim-blaming',
		forms: ['haevn~porno(?:en)?', 'revenge porn'],
	},
	{
		term: 'sexturisme',
		concept: 'sex-tourism',
		preferred: 'seksuel udnyttelse af børn i forbindelse med rejser og turisme',
		reason: 'legitimises',
		forms: ['sex~turisme(?:n)?', 'borne~sex~turisme(?:n)?'],
	},
	{
		// Not "pædofili": the diagnosis itself is a legitimate word.
		term: 'pædofil',
		concept: 'paedophile',
		preferred: 'person, der begår seksuelle overgreb mod børn',
		reason: 'offender-label',
		forms: ['paedofil(?:e|en|ene)'],
	},
]
