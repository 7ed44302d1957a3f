import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Serbian, in Cyrillic and in Latin script. */
export const sr: readonly DiscouragedTerm[] = [
	{
		term: 'дечја порнографија',
		concept: 'child-pornography',
		preferred: 'материјал који приказује сексуално злостављање деце',
		reason: 'legitimises',
		forms: [
			'дечј(?:а|е|у|ом|ој) порнографиј(?:а|е|у|ом|и)',
			'decj(?:a|e|u|om|oj) pornografij(?:a|e|u|om|i)',
			'порнографиј(?:а|е|у|ом) са децом',
			'pornografij(?:a|e|u|om) sa decom',
		],
	},
	{
		term: 'дечја проституција',
		concept: 'child-prostitution',
		preferred: 'сексуално искоришћавање деце',
		reason: 'implies-consent',
		forms: [
			'дечј(?:а|е|у|ом|ој) проституциј(?:а|е|у|ом|и)',
			'decj(?:a|e|u|om|oj) prostitucij(?:a|e|u|om|i)',
		],
	},
	{
		term: 'осветничка порнографија',
		concept: 'revenge-porn',
		preferred: 'дељење интимних снимака без пристанка',
		reason: 'victim-blaming',
		forms: [
			'осветничк(?:а|е|у|ом|ој) порнографиј(?:а|е|у|ом|и)',
			'osvetnick(?:a|e|u|om|oj) pornografij(?:a|e|u|om|i)',
			'revenge porn',
		],
	},
	{
		term: 'сексуални туризам',
		concept: 'sex-tourism',
		preferred: 'сексуално искоришћавање деце у контексту путовања и туризма',
		reason: 'legitimises',
		forms: [
			'сексуалн(?:и|ог|ом) туриз(?:ам|ма|му|мом)',
			'seksualn(?:i|og|om) turiz(?:am|ma|mu|mom)',
			'секс~туриз(?:ам|ма|му|мом)',
			'seks~turiz(?:am|ma|mu|mom)',
		],
	},
	{
		term: 'педофил',
		concept: 'paedophile',
		preferred: 'починилац сексуалног злостављања деце',
		reason: 'offender-label',
		forms: ['педофил(?:и|а|у|ом|има)', 'pedofil(?:i|a|u|om|ima)?'],
	},
]
