import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Bulgarian. */
export const bg: readonly DiscouragedTerm[] = [
	{
		term: 'детска порнография',
		concept: 'child-pornography',
		preferred: 'материали със сексуално насилие над деца',
		reason: 'legitimises',
		forms: ['детск(?:а|ата) порнография', 'порнография с деца', 'детско порно(?:то)?'],
	},
	{
		term: 'детска проституция',
		concept: 'child-prostitution',
		preferred: 'сексуална експлоатация на деца',
		reason: 'implies-consent',
		forms: ['детск(?:а|ата) проституция', 'проституция на деца'],
	},
	{
		term: 'порно за отмъщение',
		concept: 'revenge-porn',
		preferred: 'разпространение на интимни изображения без съгласие',
		reason: 'victim-blaming',
		forms: ['отмъстително порно', 'revenge porn'],
	},
	{
		term: 'секс туризъм',
		concept: 'sex-tourism',
		preferred: 'сексуална експлоатация на деца в контекста на пътуванията и туризма',
		reason: 'legitimises',
		forms: ['секс~туризъм(?:ът|а)?', 'сексуален туризъм(?:ът|а)?', 'детски секс туризъм'],
	},
	{
		// Not "педофилия": the diagnosis itself is a legitimate word.
		term: 'педофил',
		concept: 'paedophile',
		preferred: 'извършител на сексуално насилие над деца',
		reason: 'offender-label',
		forms: ['педофил(?:и|ите|ът|а)'],
	},
]
