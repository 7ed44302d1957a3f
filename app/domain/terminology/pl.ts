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
]
