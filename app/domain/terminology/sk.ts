import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Slovak. */
export const sk: readonly DiscouragedTerm[] = [
	{
		term: 'detská pornografia',
		concept: 'child-pornography',
		preferred: 'materiál zobrazujúci sexuálne zneužívanie detí',
		reason: 'legitimises',
		forms: [
			'detsk(?:a|ej|u|ou) pornografi(?:a|e|i|u|ou)',
			'pornografi(?:a|e|u|ou) s detmi',
			'detsk(?:e|eho) porno',
		],
	},
	{
		term: 'detská prostitúcia',
		concept: 'child-prostitution',
		preferred: 'sexuálne vykorisťovanie detí',
		reason: 'implies-consent',
		forms: [
			'detsk(?:a|ej|u|ou) prostituci(?:a|e|i|u|ou)',
			'prostituci(?:a|e|u|ou) (?:deti|maloletych)',
		],
	},
	{
		term: 'pomstychtivé porno',
		concept: 'revenge-porn',
		preferred: 'šírenie intímnych snímok bez súhlasu',
		reason: 'victim-blaming',
		forms: ['porno z pomsty', 'revenge porn'],
	},
	{
		term: 'sexuálna turistika',
		concept: 'sex-tourism',
		preferred: 'sexuálne vykorisťovanie detí v kontexte cestovania a cestovného ruchu',
		reason: 'legitimises',
		forms: ['sexualn(?:a|ej|u|ou) turistik(?:a|y|e|u|ou)'],
	},
	{
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'páchateľ sexuálneho zneužívania detí',
		reason: 'offender-label',
		forms: ['pedofil(?:i|ov|a|om|ovi)'],
	},
]
