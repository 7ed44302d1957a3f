import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Georgian. */
export const ka: readonly DiscouragedTerm[] = [
	{
		term: 'ბავშვთა პორნოგრაფია',
		concept: 'child-pornography',
		preferred: 'ბავშვზე სექსუალური ძალადობის ამსახველი მასალა',
		reason: 'legitimises',
		forms: ['ბავშვთა პორნოგრაფი(?:ის|ით|ად)', 'საბავშვო პორნოგრაფი(?:ა|ის|ით)', 'ბავშვთა პორნო'],
	},
	{
		term: 'ბავშვთა პროსტიტუცია',
		concept: 'child-prostitution',
		preferred: 'ბავშვთა სექსუალური ექსპლუატაცია',
		reason: 'implies-consent',
		forms: ['ბავშვთა პროსტიტუცი(?:ის|ით)'],
	},
	{
		term: 'შურისძიების პორნო',
		concept: 'revenge-porn',
		preferred: 'ინტიმური ფოტოების თანხმობის გარეშე გავრცელება',
		reason: 'victim-blaming',
		forms: ['შურისძიების პორნოგრაფი(?:ა|ის)', 'revenge porn'],
	},
	{
		term: 'სექს ტურიზმი',
		concept: 'sex-tourism',
		preferred: 'ბავშვთა სექსუალური ექსპლუატაცია მოგზაურობისა და ტურიზმის კონტექსტში',
		reason: 'legitimises',
		forms: ['სექს~ტურიზმ(?:ის|ით)', 'სექსუალური ტურიზმ(?:ი|ის|ით)'],
	},
	{
		term: 'პედოფილი',
		concept: 'paedophile',
		preferred: 'ბავშვზე სექსუალური ძალადობის ჩამდენი პირი',
		reason: 'offender-label',
		forms: ['პედოფილ(?:ის|ები|ებს|ებმა|მა)'],
	},
]
