import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Greek. */
export const el: readonly DiscouragedTerm[] = [
	{
		term: 'παιδική πορνογραφία',
		concept: 'child-pornography',
		preferred: 'υλικό σεξουαλικής κακοποίησης παιδιών',
		reason: 'legitimises',
		forms: ['παιδικ(?:η|ης) πορνογραφια(?:ς)?'],
	},
	{
		term: 'παιδική πορνεία',
		concept: 'child-prostitution',
		preferred: 'σεξουαλική εκμετάλλευση παιδιών',
		reason: 'implies-consent',
		forms: ['παιδικ(?:η|ης) πορνεια(?:ς)?'],
	},
]
