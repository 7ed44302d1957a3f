import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Japanese. */
export const ja: readonly DiscouragedTerm[] = [
	{
		term: '児童ポルノ',
		concept: 'child-pornography',
		preferred: '児童性的虐待コンテンツ',
		reason: 'legitimises',
		forms: ['(?:子ども|子供|こども)(?:の)?ポルノ', 'チャイルドポルノ'],
	},
	{
		// 児童買春 (buying) names the adult's act; 売春 (selling) makes the child the actor.
		term: '児童売春',
		concept: 'child-prostitution',
		preferred: '児童の性的搾取',
		reason: 'implies-consent',
		forms: ['(?:子ども|子供|こども)(?:の)?売春'],
	},
	{
		term: '援助交際',
		concept: 'child-prostitution',
		preferred: '児童の性的搾取',
		reason: 'implies-consent',
	},
	{
		term: 'リベンジポルノ',
		concept: 'revenge-porn',
		preferred: '私的な性的画像の同意なき拡散',
		reason: 'victim-blaming',
	},
	{
		term: '買春ツアー',
		concept: 'sex-tourism',
		preferred: '旅行・観光における子どもの性的搾取',
		reason: 'legitimises',
		forms: ['売春ツアー', 'セックス・?ツーリズム'],
	},
	{
		// The person, 小児性愛者; not 小児性愛, the diagnosis, a legitimate word.
		term: '小児性愛者',
		concept: 'paedophile',
		preferred: '子どもへの性犯罪者',
		reason: 'offender-label',
		forms: ['幼児性愛者'],
	},
]
