import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Finnish. */
export const fi: readonly DiscouragedTerm[] = [
	{
		term: 'lapsipornografia',
		concept: 'child-pornography',
		preferred: 'lapsen seksuaalista hyväksikäyttöä esittävä materiaali',
		reason: 'legitimises',
		forms: [
			'lapsi~pornografi(?:a|an|aa|asta|aan|alla|assa)',
			'lapsi~porno(?:a|n|kuva|kuvat|kuvia|kuvien|materiaali|materiaalia)?',
		],
	},
	{
		term: 'lapsiprostituutio',
		concept: 'child-prostitution',
		preferred: 'lasten seksuaalinen hyväksikäyttö',
		reason: 'implies-consent',
		forms: ['lapsi~prostituutio(?:ta|n|sta|on)?'],
	},
	{
		term: 'kostoporno',
		concept: 'revenge-porn',
		preferred: 'intiimien kuvien levittäminen ilman suostumusta',
		reason: 'victim-blaming',
		forms: ['kosto~porno(?:a|n|sta)?', 'revenge porn'],
	},
	{
		term: 'seksiturismi',
		concept: 'sex-tourism',
		preferred: 'lasten seksuaalinen hyväksikäyttö matkailun yhteydessä',
		reason: 'legitimises',
		forms: ['(?:lapsi)?seksi~turismi(?:a|n|sta)?'],
	},
	{
		// Not "pedofilia": the diagnosis itself is a legitimate word.
		term: 'pedofiili',
		concept: 'paedophile',
		preferred: 'lapsiin kohdistuvan seksuaalirikoksen tekijä',
		reason: 'offender-label',
		forms: ['pedofiili(?:t|n|a|en|eja|ja)'],
	},
]
