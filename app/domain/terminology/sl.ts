import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Slovene. */
export const sl: readonly DiscouragedTerm[] = [
	{
		term: 'otroška pornografija',
		concept: 'child-pornography',
		preferred: 'gradivo spolne zlorabe otrok',
		reason: 'legitimises',
		forms: [
			'otrosk(?:a|e|o|i) pornografij(?:a|e|o|i)',
			'pornografij(?:a|e|o|i) z otroki',
			'otrosk(?:a|i|o) porno',
		],
	},
	{
		term: 'otroška prostitucija',
		concept: 'child-prostitution',
		preferred: 'spolno izkoriščanje otrok',
		reason: 'implies-consent',
		forms: ['otrosk(?:a|e|o|i) prostitucij(?:a|e|o|i)'],
	},
	{
		term: 'maščevalna pornografija',
		concept: 'revenge-porn',
		preferred: 'razširjanje intimnih posnetkov brez privolitve',
		reason: 'victim-blaming',
		forms: [
			'mascevaln(?:a|e|o|i) pornografij(?:a|e|o|i)',
			'mascevaln(?:a|e|o|i) porno',
			'revenge porn',
		],
	},
	{
		term: 'spolni turizem',
		concept: 'sex-tourism',
		preferred: 'spolno izkoriščanje otrok v okviru potovanj in turizma',
		reason: 'legitimises',
		forms: ['spoln(?:i|ega|em) turiz(?:em|ma|mu|mom)', 'seks~turiz(?:em|ma|mu|mom)'],
	},
	{
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'storilec spolne zlorabe otrok',
		reason: 'offender-label',
		forms: ['pedofil(?:i|a|u|om|ov)'],
	},
]
