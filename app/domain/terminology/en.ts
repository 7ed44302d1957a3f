import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** English. */
export const en: readonly DiscouragedTerm[] = [
	{
		term: 'child pornography',
		concept: 'child-pornography',
		preferred: 'child sexual abuse material',
		reason: 'legitimises',
		forms: ['child pornographic (?:material|content|images?|videos?)s?'],
	},
	{
		term: 'child porn',
		concept: 'child-pornography',
		preferred: 'child sexual abuse material',
		reason: 'legitimises',
		forms: ['kidd(?:ie|y) porno?'],
	},
	{
		term: 'self-generated child pornography',
		concept: 'child-pornography',
		preferred: 'self-generated sexual material',
		reason: 'legitimises',
		forms: ['self~produced child pornography'],
	},
	{
		term: 'child prostitute',
		concept: 'child-prostitution',
		preferred: 'child subjected to sexual exploitation',
		reason: 'victim-blaming',
		forms: ['child prostitutes'],
	},
	{
		term: 'child prostitution',
		concept: 'child-prostitution',
		preferred: 'sexual exploitation of children',
		reason: 'implies-consent',
		forms: ['(?:juvenile|teen|teenage) prostitution'],
	},
	{
		term: 'child sex worker',
		concept: 'child-prostitution',
		preferred: 'child subjected to sexual exploitation',
		reason: 'implies-consent',
		forms: ['child sex workers'],
	},
	{
		term: 'child sex tourism',
		concept: 'sex-tourism',
		preferred: 'sexual exploitation of children in travel and tourism',
		reason: 'legitimises',
	},
	{
		term: 'sex tourism',
		concept: 'sex-tourism',
		preferred: 'sexual exploitation of children in travel and tourism',
		reason: 'legitimises',
	},
	{
		term: 'child sex tourist',
		concept: 'sex-tourism',
		preferred: 'travelling child sex offender',
		reason: 'legitimises',
		forms: ['(?:child )?sex tourists?'],
	},
	{
		term: 'revenge porn',
		concept: 'revenge-porn',
		preferred: 'non-consensual sharing of intimate images',
		reason: 'victim-blaming',
		forms: ['revenge pornography'],
	},
	{
		term: 'underage sex',
		concept: 'other',
		preferred: 'child sexual abuse',
		reason: 'implies-consent',
		forms: ['underage sexual (?:activity|relations)'],
	},
	{
		term: 'paedophile',
		concept: 'paedophile',
		preferred: 'child sex offender',
		reason: 'offender-label',
		// Not "paedophilia": the diagnosis itself is a legitimate word.
		forms: ['pa?edophiles?'],
	},
]
