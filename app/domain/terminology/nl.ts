import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Dutch. */
export const nl: readonly DiscouragedTerm[] = [
	{
		term: 'kinderpornografie',
		concept: 'child-pornography',
		preferred: 'beeldmateriaal van seksueel kindermisbruik',
		reason: 'legitimises',
		forms: ['kinder~porno(?:grafische?|s)?', 'kinder~pornografie'],
	},
	{
		term: 'kinderprostitutie',
		concept: 'child-prostitution',
		preferred: 'seksuele uitbuiting van kinderen',
		reason: 'implies-consent',
		forms: ['kinder~prostitutie', 'jeugd~prostitutie'],
	},
	{
		term: 'kindersekstoerisme',
		concept: 'sex-tourism',
		preferred: 'seksuele uitbuiting van kinderen in reizen en toerisme',
		reason: 'legitimises',
		forms: ['kinder~seks~toerisme'],
	},
	{
		term: 'sekstoerisme',
		concept: 'sex-tourism',
		preferred: 'seksuele uitbuiting van kinderen in reizen en toerisme',
		reason: 'legitimises',
		forms: ['seks~toerisme'],
	},
	{
		term: 'wraakporno',
		concept: 'revenge-porn',
		preferred: 'verspreiding van intieme beelden zonder toestemming',
		reason: 'victim-blaming',
		forms: ['wraak~porno', 'revenge porn'],
	},
	{
		term: 'pedofiel',
		concept: 'paedophile',
		preferred: 'pleger van seksueel kindermisbruik',
		reason: 'offender-label',
		forms: ['pedofiel(?:e|en)'],
	},
]
