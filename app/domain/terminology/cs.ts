import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Czech. */
export const cs: readonly DiscouragedTerm[] = [
	{
		term: 'dětská pornografie',
		concept: 'child-pornography',
		preferred: 'materiály zobrazující sexuální zneužívání dětí',
		reason: 'legitimises',
		forms: [
			'detsk(?:a|e|ou) pornografi(?:e|i)',
			'pornografi(?:e|i) s detmi',
			'detsk(?:e|eho|ym) porno',
		],
	},
	{
		term: 'dětská prostituce',
		concept: 'child-prostitution',
		preferred: 'sexuální vykořisťování dětí',
		reason: 'implies-consent',
		forms: ['detsk(?:a|e|ou) prostituc(?:e|i)', 'prostituc(?:e|i) (?:deti|nezletilych)'],
	},
	{
		term: 'pomstychtivé porno',
		concept: 'revenge-porn',
		preferred: 'sdílení intimních snímků bez souhlasu',
		reason: 'victim-blaming',
		forms: ['porno z pomsty', 'revenge porn'],
	},
	{
		term: 'sexuální turistika',
		concept: 'sex-tourism',
		preferred: 'sexuální vykořisťování dětí v kontextu cestování a cestovního ruchu',
		reason: 'legitimises',
		forms: ['sexualni turistik(?:a|y|u|ou|e)', 'sex~turistik(?:a|y|u|ou|e)'],
	},
	{
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'pachatel sexuálního zneužívání dětí',
		reason: 'offender-label',
		forms: ['pedofil(?:ove|u|a|em|ovi|e)'],
	},
]
