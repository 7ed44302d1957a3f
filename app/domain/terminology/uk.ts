import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Ukrainian. */
export const uk: readonly DiscouragedTerm[] = [
	{
		term: 'дитяча порнографія',
		concept: 'child-pornography',
		preferred: 'матеріали сексуального насильства над дітьми',
		reason: 'legitimises',
		forms: ['дитяч(?:а|ої|у|ій|ою|і|их) порнографі(?:я|ї|ю|єю)'],
	},
	{
		term: 'дитяча проституція',
		concept: 'child-prostitution',
		preferred: 'сексуальна експлуатація дітей',
		reason: 'implies-consent',
		forms: ['дитяч(?:а|ої|у|ій|ою) проституці(?:я|ї|ю|єю)'],
	},
	{
		term: 'секс-туризм',
		concept: 'sex-tourism',
		preferred: 'сексуальна експлуатація дітей у сфері подорожей і туризму',
		reason: 'legitimises',
		forms: ['секс(?: )?туризм(?:у|ом|і)?'],
	},
]
