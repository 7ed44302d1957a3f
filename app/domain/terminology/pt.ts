import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Portuguese. */
export const pt: readonly DiscouragedTerm[] = [
	{
		term: 'pornografia infantil',
		concept: 'child-pornography',
		preferred: 'material de abuso sexual de crianças',
		reason: 'legitimises',
		forms: ['pornografia (?:infanto~juvenil|juvenil|de menores)'],
	},
	{
		term: 'pedopornografia',
		concept: 'child-pornography',
		preferred: 'material de abuso sexual de crianças',
		reason: 'legitimises',
		forms: ['pedopornografic[oa]s?'],
	},
	{
		term: 'prostituição infantil',
		concept: 'child-prostitution',
		preferred: 'exploração sexual de crianças',
		reason: 'implies-consent',
		forms: ['prostituicao (?:infanto~juvenil|de menores|de criancas)'],
	},
	{
		term: 'criança prostituta',
		concept: 'child-prostitution',
		preferred: 'criança vítima de exploração sexual',
		reason: 'victim-blaming',
		forms: ['criancas prostitutas'],
	},
	{
		term: 'turismo sexual',
		concept: 'sex-tourism',
		preferred: 'exploração sexual de crianças no contexto de viagens e turismo',
		reason: 'legitimises',
	},
	{
		term: 'pornografia de vingança',
		concept: 'revenge-porn',
		preferred: 'partilha não consentida de imagens íntimas',
		reason: 'victim-blaming',
		forms: ['porno de vinganca', 'revenge porn'],
	},
	{
		term: 'pedófilo',
		concept: 'paedophile',
		preferred: 'agressor sexual de crianças',
		reason: 'offender-label',
		forms: ['pedofil(?:o|a|os|as)'],
	},
]
