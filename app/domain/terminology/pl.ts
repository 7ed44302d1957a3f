import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Polish. */
export const pl: readonly DiscouragedTerm[] = [
	{
		term: 'pornografia dziecięca',
		concept: 'child-pornography',
		preferred: 'materiały przedstawiające seksualne wykorzystywanie dzieci',
		reason: 'legitimises',
		forms: [
			'pornografi[aie] dzieci(?:eca|ecej)',
			'pornografi[aie] z udzialem (?:dzieci|maloletnich)',
		],
	},
	{
		term: 'prostytucja dziecięca',
		concept: 'child-prostitution',
		preferred: 'seksualne wykorzystywanie dzieci',
		reason: 'implies-consent',
		forms: [
			'prostytucj[aie] (?:dzieci(?:eca|ecej)|dzieci|nieletnich)',
			'dzieci(?:eca|ecej) prostytucj[aie]',
		],
	},
	{
		term: 'seksturystyka',
		concept: 'sex-tourism',
		preferred: 'seksualne wykorzystywanie dzieci w podróżach i turystyce',
		reason: 'legitimises',
		forms: ['seks(?: )?turystyk[aie]', 'turystyk[aie] seksualn(?:a|ej|e)'],
	},
	{
		term: 'porno zemsty',
		concept: 'revenge-porn',
		preferred: 'udostępnianie intymnych wizerunków bez zgody',
		reason: 'victim-blaming',
		forms: ['porno~zemst(?:a|y|e|ie)', 'zemst(?:a|y|e|ie) pornograficzn(?:a|ej)', 'revenge porn'],
	},
	{
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'sprawca wykorzystywania seksualnego dzieci',
		reason: 'offender-label',
		// Not "pedofilia" (nor its "pedofilii"/"pedofili"): the diagnosis itself is a legitimate word.
		forms: ['pedofil(?:a|owi|em|u|e|owie|ow|om|ami|ach)'],
	},
]
