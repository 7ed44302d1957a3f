import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Norwegian (Bokmål, the interface's `nb`, is read as `no`). */
export const no: readonly DiscouragedTerm[] = [
	{
		term: 'barnepornografi',
		concept: 'child-pornography',
		preferred: 'materiale som viser seksuelle overgrep mot barn',
		reason: 'legitimises',
		forms: ['barne~pornografi(?:en|sk|ske)?', 'barne~porno(?:en)?'],
	},
	{
		term: 'barneprostitusjon',
		concept: 'child-prostitution',
		preferred: 'seksuell utnyttelse av barn',
		reason: 'implies-consent',
		forms: ['barne~prostitusjon(?:en)?'],
	},
	{
		term: 'hevnporno',
		concept: 'revenge-porn',
		preferred: 'deling av intime bilder uten samtykke',
		reason: 'victim-blaming',
		forms: ['hevn~porno(?:en)?', 'revenge porn'],
	},
	{
		term: 'sexturisme',
		concept: 'sex-tourism',
		preferred: 'seksuell utnyttelse av barn i forbindelse med reiser og turisme',
		reason: 'legitimises',
		forms: ['sex~turisme(?:n)?'],
	},
	{
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'person som begår seksuelle overgrep mot barn',
		reason: 'offender-label',
		forms: ['pedofil(?:e|en|ene)'],
	},
]
