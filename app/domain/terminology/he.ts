import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Hebrew (attached prefixes ו ה ב ל מ ש כ are allowed before a term). */
export const he: readonly DiscouragedTerm[] = [
	{
		term: 'פורנוגרפיית ילדים',
		concept: 'child-pornography',
		preferred: 'חומרי פגיעה מינית בילדים',
		reason: 'legitimises',
		forms: [
			'פורנוגרפיה של (?:ילדים|קטינים)',
			'פורנוגרפיית קטינים',
			// The vocalized spelling writes one yod: פּוֹרְנוֹגְרַפְיַת.
			'פורנוגרפית (?:ילדים|קטינים)',
			'פורנו ילדים',
			'פורנוגרפיה (?:עם|בה מעורבים) ילדים',
		],
	},
	{
		term: 'זנות ילדים',
		concept: 'child-prostitution',
		preferred: 'ניצול מיני של ילדים',
		reason: 'implies-consent',
		forms: ['זנות (?:קטינים|קטינות|קטינה|קטין)'],
	},
	{
		term: 'פורנו נקמה',
		concept: 'revenge-porn',
		preferred: 'הפצת תמונות אינטימיות ללא הסכמה',
		reason: 'victim-blaming',
		forms: ['revenge porn'],
	},
	{
		term: 'תיירות מין',
		concept: 'sex-tourism',
		preferred: 'ניצול מיני של ילדים בהקשר של נסיעות ותיירות',
		reason: 'legitimises',
	},
	{
		// Not "פדופיליה": the diagnosis itself is a legitimate word.
		term: 'פדופיל',
		concept: 'paedophile',
		preferred: 'פוגע מינית בילדים',
		reason: 'offender-label',
		forms: ['פדופילים'],
	},
]
