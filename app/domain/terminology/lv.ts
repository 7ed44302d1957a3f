import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Latvian. */
export const lv: readonly DiscouragedTerm[] = [
	{
		term: 'bērnu pornogrāfija',
		concept: 'child-pornography',
		preferred: 'bērnu seksuālas izmantošanas materiāli',
		reason: 'legitimises',
		forms: ['bernu pornografij(?:a|as|u|ai)', 'bernu porno'],
	},
	{
		term: 'bērnu prostitūcija',
		concept: 'child-prostitution',
		preferred: 'bērnu seksuāla izmantošana',
		reason: 'implies-consent',
		forms: ['bernu prostitucij(?:a|as|u|ai)'],
	},
	{
		term: 'atriebības pornogrāfija',
		concept: 'revenge-porn',
		preferred: 'intīmu attēlu izplatīšana bez piekrišanas',
		reason: 'victim-blaming',
		forms: ['atriebibas pornografij(?:a|as|u)', 'atriebibas porno', 'revenge porn'],
	},
	{
		term: 'seksa tūrisms',
		concept: 'sex-tourism',
		preferred: 'bērnu seksuāla izmantošana ceļojumu un tūrisma kontekstā',
		reason: 'legitimises',
		forms: ['seksa turism(?:s|a|u|am)'],
	},
	{
		term: 'pedofils',
		concept: 'paedophile',
		preferred: 'bērnu seksuālās vardarbības izdarītājs',
		reason: 'offender-label',
		forms: ['pedofil(?:i|u|am|iem|a)'],
	},
]
