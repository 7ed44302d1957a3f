import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Italian. */
export const it: readonly DiscouragedTerm[] = [
	{
		term: 'pedopornografia',
		concept: 'child-pornography',
		preferred: 'materiale di abuso sessuale su minori',
		reason: 'legitimises',
		forms: ['pedopornograf(?:ie|ico|ica|ici|iche)'],
	},
	{
		term: 'pornografia minorile',
		concept: 'child-pornography',
		preferred: 'materiale di abuso sessuale su minori',
		reason: 'legitimises',
		forms: ['pornografia (?:infantile|giovanile)'],
	},
	{
		term: 'prostituzione minorile',
		concept: 'child-prostitution',
		preferred: 'sfruttamento sessuale di minori',
		reason: 'implies-consent',
		forms: ['prostituzione (?:infantile|giovanile)'],
	},
	{
		term: 'baby prostitute',
		concept: 'child-prostitution',
		preferred: 'minori vittime di sfruttamento sessuale',
		reason: 'victim-blaming',
		forms: ['baby (?:squillo|prostituta)'],
	},
	{
		term: 'turismo sessuale',
		concept: 'sex-tourism',
		preferred: 'sfruttamento sessuale di minori nei viaggi e nel turismo',
		reason: 'legitimises',
		forms: ['turismo sessuale minorile'],
	},
	{
		term: 'revenge porn',
		concept: 'revenge-porn',
		preferred: 'diffusione non consensuale di immagini intime',
		reason: 'victim-blaming',
		forms: ['porno~vendetta', 'pornografia (?:della )?vendetta', 'revenge pornography'],
	},
	{
		term: 'pedofilo',
		concept: 'paedophile',
		preferred: 'autore di abusi sessuali su minori',
		reason: 'offender-label',
		// Not "pedofilia": the diagnosis itself is a legitimate word.
		forms: ['pedofil[iae]'],
	},
]
