import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Romanian. */
export const ro: readonly DiscouragedTerm[] = [
	{
		term: 'pornografie infantilă',
		concept: 'child-pornography',
		preferred: 'materiale cu abuz sexual asupra copiilor',
		reason: 'legitimises',
		forms: ['pornografi(?:e|a|ei) infantil(?:a|e)', 'pornografi(?:e|a|ei) cu (?:minori|copii)'],
	},
	{
		term: 'prostituție infantilă',
		concept: 'child-prostitution',
		preferred: 'exploatarea sexuală a copiilor',
		reason: 'implies-consent',
		forms: ['prostituti(?:e|a|ei) infantil(?:a|e)', 'prostituti(?:e|a|ei) (?:minorilor|copiilor)'],
	},
	{
		term: 'pornografie din răzbunare',
		concept: 'revenge-porn',
		preferred: 'distribuirea fără consimțământ a imaginilor intime',
		reason: 'victim-blaming',
		forms: ['porno din razbunare', 'revenge porn'],
	},
	{
		term: 'turism sexual',
		concept: 'sex-tourism',
		preferred: 'exploatarea sexuală a copiilor în contextul călătoriilor și turismului',
		reason: 'legitimises',
		forms: ['turismul sexual'],
	},
	{
		// Not "pedofilie": the diagnosis itself is a legitimate word.
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'agresor sexual asupra copiilor',
		reason: 'offender-label',
		forms: ['pedofil(?:ul|ii|ilor|i)'],
	},
]
