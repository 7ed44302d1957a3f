import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Chinese. */
export const zh: readonly DiscouragedTerm[] = [
	{
		term: '儿童色情',
		concept: 'child-pornography',
		preferred: '儿童性虐待材料',
		reason: 'legitimises',
		forms: ['儿童色情(?:制品|材料|内容|图片|图像|视频|物品)'],
	},
	{
		term: '兒童色情',
		concept: 'child-pornography',
		preferred: '兒童性虐待材料',
		reason: 'legitimises',
		forms: ['兒童色情(?:製品|材料|內容|圖片|圖像|影片|物品)'],
	},
	{
		term: '儿童卖淫',
		concept: 'child-prostitution',
		preferred: '对儿童的性剥削',
		reason: 'implies-consent',
	},
	{
		term: '兒童賣淫',
		concept: 'child-prostitution',
		preferred: '對兒童的性剝削',
		reason: 'implies-consent',
	},
	{
		term: '雏妓',
		concept: 'child-prostitution',
		preferred: '遭受性剥削的儿童',
		reason: 'victim-blaming',
	},
	{
		term: '雛妓',
		concept: 'child-prostitution',
		preferred: '遭受性剝削的兒童',
		reason: 'victim-blaming',
	},
	{
		// Not a bare 性旅游: "男性旅游" (men's travel) contains it.
		term: '儿童性旅游',
		concept: 'sex-tourism',
		preferred: '旅行和旅游中对儿童的性剥削',
		reason: 'legitimises',
		forms: ['色情旅游'],
	},
	{
		term: '兒童性旅遊',
		concept: 'sex-tourism',
		preferred: '旅行和旅遊中對兒童的性剝削',
		reason: 'legitimises',
		forms: ['色情旅遊'],
	},
	{
		term: '复仇色情',
		concept: 'revenge-porn',
		preferred: '未经同意分享私密图像',
		reason: 'victim-blaming',
		forms: ['报复性色情', '色情报复'],
	},
	{
		term: '復仇色情',
		concept: 'revenge-porn',
		preferred: '未經同意分享私密圖像',
		reason: 'victim-blaming',
		forms: ['報復性色情', '色情報復'],
	},
	{ term: '恋童癖者', concept: 'paedophile', preferred: '儿童性犯罪者', reason: 'offender-label' },
	{ term: '戀童癖者', concept: 'paedophile', preferred: '兒童性犯罪者', reason: 'offender-label' },
	{
		// The offence abolished in 2015 for calling raped girls prostitutes.
		term: '嫖宿幼女',
		concept: 'child-prostitution',
		preferred: '性侵儿童',
		reason: 'victim-blaming',
	},
]
