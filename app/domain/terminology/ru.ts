import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Russian. */
export const ru: readonly DiscouragedTerm[] = [
	{
		term: 'детская порнография',
		concept: 'child-pornography',
		preferred: 'материалы сексуального насилия над детьми',
		reason: 'legitimises',
		forms: [
			'детск(?:ая|ой|ую|ие|их|им|ими) порнографи(?:я|и|ю|ей)',
			'детск(?:ое|ого|ому|им|ом) порно',
			'порнографи(?:я|и|ю|ей) с участием (?:детей|несовершеннолетних)',
		],
	},
	{
		term: 'детская проституция',
		concept: 'child-prostitution',
		preferred: 'сексуальная эксплуатация детей',
		reason: 'implies-consent',
		forms: [
			'детск(?:ая|ой|ую) проституци(?:я|и|ю|ей)',
			'проституци(?:я|и|ю|ей) несовершеннолетних',
		],
	},
	{
		term: 'детская проститутка',
		concept: 'child-prostitution',
		preferred: 'ребёнок, подвергшийся сексуальной эксплуатации',
		reason: 'victim-blaming',
		forms: [
			'(?:детск|малолетн|несовершеннолетн)(?:ая|яя|ой|ей|ую|юю|ие|их|ими) проститут(?:ка|ки|ку|кой|ок|кам|ками|ках)',
		],
	},
	{
		term: 'секс-туризм',
		concept: 'sex-tourism',
		preferred: 'сексуальная эксплуатация детей в сфере путешествий и туризма',
		reason: 'legitimises',
		forms: ['секс(?: )?туризм(?:а|у|ом|е)?', 'сексуальн(?:ый|ого|ому|ым|ом) туризм(?:а|у|ом|е)?'],
	},
	{
		term: 'порноместь',
		concept: 'revenge-porn',
		preferred: 'распространение интимных изображений без согласия',
		reason: 'victim-blaming',
		forms: ['порно(?: )?мест(?:ь|и|ью)'],
	},
	{
		term: 'педофил',
		concept: 'paedophile',
		preferred: 'лицо, совершившее сексуальное насилие над ребёнком',
		reason: 'offender-label',
		// Not "педофилия": the diagnosis itself is a legitimate word.
		forms: ['педофил(?:а|у|ом|е|ы|ов|ам|ами|ах)'],
	},
]
