import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Lithuanian. */
export const lt: readonly DiscouragedTerm[] = [
	{
		term: 'vaikų pornografija',
		concept: 'child-pornography',
		preferred: 'vaikų seksualinės prievartos medžiaga',
		reason: 'legitimises',
		forms: ['vaiku pornografij(?:a|os|ai|oje)', 'vaiku porno'],
	},
	{
		term: 'vaikų prostitucija',
		concept: 'child-prostitution',
		preferred: 'vaikų seksualinis išnaudojimas',
		reason: 'implies-consent',
		forms: ['vaiku prostitucij(?:a|os|ai|oje)'],
	},
	{
		term: 'keršto pornografija',
		concept: 'revenge-porn',
		preferred: 'intymių vaizdų platinimas be sutikimo',
		reason: 'victim-blaming',
		forms: ['kersto pornografij(?:a|os|ai|oje)', 'kersto porno', 'revenge porn'],
	},
	{
		term: 'sekso turizmas',
		concept: 'sex-tourism',
		preferred: 'vaikų seksualinis išnaudojimas kelionėse ir turizme',
		reason: 'legitimises',
		forms: ['sekso turizm(?:as|o|ui|u|e)'],
	},
	{
		term: 'pedofilas',
		concept: 'paedophile',
		preferred: 'seksualinį nusikaltimą prieš vaiką padaręs asmuo',
		reason: 'offender-label',
		forms: ['pedofil(?:ai|o|u|ams|us|u)'],
	},
]
