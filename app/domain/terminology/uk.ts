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
	{
		term: 'порнопомста',
		concept: 'revenge-porn',
		preferred: 'поширення інтимних зображень без згоди',
		reason: 'victim-blaming',
		forms: [
			'порно~помст(?:а|и|і|у|ою)',
			'порно помст(?:а|и|і|у|ою)',
			'помст(?:а|и|і|у|ою) порно',
			'мстив(?:е|ого|ому|им) порно',
			'revenge porn',
		],
	},
	{
		term: 'педофіл',
		concept: 'paedophile',
		preferred: 'особа, яка вчинила сексуальне насильство над дитиною',
		reason: 'offender-label',
		// Not "педофілія": the diagnosis itself is a legitimate word.
		forms: ['педофіл(?:а|у|ові|ом|і|и|ів|ам|ами|ах)'],
	},
]
