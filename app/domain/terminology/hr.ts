import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Croatian. */
export const hr: readonly DiscouragedTerm[] = [
	{
		term: 'dječja pornografija',
		concept: 'child-pornography',
		preferred: 'materijali koji prikazuju seksualno zlostavljanje djece',
		reason: 'legitimises',
		forms: [
			'djecj(?:a|e|u|om|oj) pornografij(?:a|e|u|om|i)',
			'pornografij(?:a|e|u|om) s djecom',
			'djecj(?:a|i|e) porno',
		],
	},
	{
		term: 'dječja prostitucija',
		concept: 'child-prostitution',
		preferred: 'seksualno iskorištavanje djece',
		reason: 'implies-consent',
		forms: ['djecj(?:a|e|u|om|oj) prostitucij(?:a|e|u|om|i)'],
	},
	{
		term: 'osvetnička pornografija',
		concept: 'revenge-porn',
		preferred: 'dijeljenje intimnih snimki bez pristanka',
		reason: 'victim-blaming',
		forms: [
			'osvetnick(?:a|e|u|om|oj) pornografij(?:a|e|u|om|i)',
			'osvetnick(?:i|a) porno',
			'revenge porn',
		],
	},
	{
		term: 'seksualni turizam',
		concept: 'sex-tourism',
		preferred: 'seksualno iskorištavanje djece u kontekstu putovanja i turizma',
		reason: 'legitimises',
		forms: ['seksualn(?:i|og|om) turiz(?:am|ma|mu|mom)', 'seks~turiz(?:am|ma|mu|mom)'],
	},
	{
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'počinitelj seksualnog zlostavljanja djece',
		reason: 'offender-label',
		forms: ['pedofil(?:i|a|u|om|ima)'],
	},
]
