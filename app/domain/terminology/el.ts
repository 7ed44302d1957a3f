import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Greek. */
export const el: readonly DiscouragedTerm[] = [
	{
		term: 'παιδική πορνογραφία',
		concept: 'child-pornography',
		preferred: 'υλικό σεξουαλικής κακοποίησης παιδιών',
		reason: 'legitimises',
		forms: [
			'παιδικ(?:η|ης) πορνογραφια(?:ς)?',
			'παιδοπορνογραφια(?:ς)?',
			'πορνογραφια(?:ς)? ανηλικων',
			'παιδικ(?:ο|ου) πορνο',
			'παιδικ(?:ο|ου) πορνογραφικ(?:ο|ου) υλικ(?:ο|ου)',
		],
	},
	{
		term: 'παιδική πορνεία',
		concept: 'child-prostitution',
		preferred: 'σεξουαλική εκμετάλλευση παιδιών',
		reason: 'implies-consent',
		forms: ['παιδικ(?:η|ης) πορνεια(?:ς)?', 'πορνεια(?:ς)? ανηλικων'],
	},
	{
		term: 'πορνό εκδίκησης',
		concept: 'revenge-porn',
		preferred: 'κοινοποίηση προσωπικών εικόνων χωρίς συναίνεση',
		reason: 'victim-blaming',
		forms: ['πορνογραφια(?:ς)? εκδικησης', 'revenge porn'],
	},
	{
		term: 'σεξουαλικός τουρισμός',
		concept: 'sex-tourism',
		preferred: 'σεξουαλική εκμετάλλευση παιδιών στο πλαίσιο ταξιδιών και τουρισμού',
		reason: 'legitimises',
		// Nominative, genitive and accusative: ο/του/τον (παιδικό) σεξουαλικό τουρισμό.
		forms: [
			'(?:παιδικ(?:ος|ου|ο) )?σεξουαλικ(?:ος|ου|ο) τουρισμ(?:ος|ου|ο)',
			'σεξ τουρισμ(?:ος|ου|ο)',
		],
	},
	{
		term: 'παιδόφιλος',
		concept: 'paedophile',
		preferred: 'δράστης σεξουαλικής κακοποίησης παιδιών',
		reason: 'offender-label',
		// Not "παιδοφιλία": the diagnosis itself is a legitimate word.
		forms: ['παιδοφιλ(?:ος|ου|ο|ε|οι|ων|ους)', 'παιδεραστ(?:ης|η|ες|ων)'],
	},
]
