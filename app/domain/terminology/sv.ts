import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Swedish. */
export const sv: readonly DiscouragedTerm[] = [
	{
		term: 'barnpornografi',
		concept: 'child-pornography',
		preferred: 'material som visar sexuella övergrepp mot barn',
		reason: 'legitimises',
		forms: ['barn~pornografi(?:n|sk|ska)?', 'barn~porr(?:en)?'],
	},
	{
		term: 'barnprostitution',
		concept: 'child-prostitution',
		preferred: 'sexuell exploatering av barn',
		reason: 'implies-consent',
		forms: ['barn~prostitution(?:en)?'],
	},
	{
		term: 'hämndporr',
		concept: 'revenge-porn',
		preferred: 'spridning av intima bilder utan samtycke',
		reason: 'victim-blaming',
		forms: ['hamnd~porr(?:en)?', 'revenge porn'],
	},
	{
		term: 'sexturism',
		concept: 'sex-tourism',
		preferred: 'sexuell exploatering av barn i samband med resor och turism',
		reason: 'legitimises',
		forms: ['sex~turism(?:en)?'],
	},
	{
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'förövare av sexuella övergrepp mot barn',
		reason: 'offender-label',
		forms: ['pedofil(?:er|en|erna)'],
	},
]
