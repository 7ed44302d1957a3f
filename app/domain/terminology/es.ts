import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Spanish. */
export const es: readonly DiscouragedTerm[] = [
	{
		term: 'pornografía infantil',
		concept: 'child-pornography',
		preferred: 'material de abuso sexual infantil',
		reason: 'legitimises',
		forms: ['pornografia (?:infantil|juvenil|de menores|con menores)'],
	},
	{
		term: 'pedopornografía',
		concept: 'child-pornography',
		preferred: 'material de abuso sexual infantil',
		reason: 'legitimises',
		forms: ['pedopornografic[oa]s?'],
	},
	{
		term: 'prostitución infantil',
		concept: 'child-prostitution',
		preferred: 'explotación sexual de niñas, niños y adolescentes',
		reason: 'implies-consent',
		forms: ['prostitucion (?:juvenil|de menores|de ninos|de ninas)'],
	},
	{
		term: 'niño prostituto',
		concept: 'child-prostitution',
		preferred: 'niña, niño o adolescente víctima de explotación sexual',
		reason: 'victim-blaming',
		forms: ['nin[oa]s? prostitut[oa]s?', 'menores prostitut[oa]s'],
	},
	{
		term: 'turismo sexual',
		concept: 'sex-tourism',
		preferred:
			'explotación sexual de niñas, niños y adolescentes en el contexto de viajes y turismo',
		reason: 'legitimises',
		forms: ['turismo sexual infantil'],
	},
	{
		term: 'porno vengativo',
		concept: 'revenge-porn',
		preferred: 'difusión no consentida de imágenes íntimas',
		reason: 'victim-blaming',
		forms: ['porno~venganza', 'pornografia (?:vengativa|de venganza)', 'revenge porn'],
	},
	{
		term: 'pedófilo',
		concept: 'paedophile',
		preferred: 'agresor sexual de niñas y niños',
		reason: 'offender-label',
		forms: ['pedofil(?:o|a|os|as)'],
	},
]
