import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** French. */
export const fr: readonly DiscouragedTerm[] = [
	{
		term: 'pédopornographie',
		concept: 'child-pornography',
		preferred: 'matériel d’abus sexuel sur enfant',
		reason: 'legitimises',
		forms: ['pedopornographies', 'pedopornographiques?'],
	},
	{
		term: 'contenu pédopornographique',
		concept: 'child-pornography',
		preferred: 'contenus d’abus sexuels sur enfants',
		reason: 'legitimises',
		forms: ['(?:contenus?|images?|videos?|fichiers?|materiels?|photos?) pedopornographiques?'],
	},
	{
		term: 'pornographie infantile',
		concept: 'child-pornography',
		preferred: 'matériel d’abus sexuel sur enfant',
		reason: 'legitimises',
		forms: [
			'pornographies? (?:infantiles?|juveniles?|enfantines?)',
			'pornographie (?:mettant en scene|impliquant) des (?:enfants|mineurs)',
		],
	},
	{
		term: 'prostitution infantile',
		concept: 'child-prostitution',
		preferred: 'exploitation sexuelle des enfants',
		reason: 'implies-consent',
		forms: ['prostitution (?:enfantine|juvenile|des enfants|des mineurs|de mineurs)'],
	},
	{
		term: 'enfant prostitué',
		concept: 'child-prostitution',
		preferred: 'enfant victime d’exploitation sexuelle',
		reason: 'victim-blaming',
		forms: ['enfants? prostitue(?:e|s|es)?', 'mineure?s? prostitue(?:e|s|es)?'],
	},
	{
		term: 'tourisme sexuel',
		concept: 'sex-tourism',
		preferred: 'exploitation sexuelle des enfants dans le contexte des voyages et du tourisme',
		reason: 'legitimises',
		forms: ['tourisme sexuel (?:impliquant des enfants|pedophile)'],
	},
	{
		term: 'revenge porn',
		concept: 'revenge-porn',
		preferred: 'diffusion non consentie d’images intimes',
		reason: 'victim-blaming',
		forms: ['vengeance pornographique', 'porno~vengeance'],
	},
	{
		// The official French coinage for "revenge porn" still calls the images pornography.
		term: 'pornodivulgation',
		concept: 'revenge-porn',
		preferred: 'diffusion non consentie d’images intimes',
		reason: 'legitimises',
	},
	{
		term: 'pédophile',
		concept: 'paedophile',
		preferred: 'auteur d’infractions sexuelles sur enfant',
		reason: 'offender-label',
		forms: ['pedophiles'],
	},
]
