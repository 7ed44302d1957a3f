import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Korean. */
export const ko: readonly DiscouragedTerm[] = [
	{
		// Korean law renamed these "성착취물" (sexual exploitation material) in 2020.
		term: '아동 포르노',
		concept: 'child-pornography',
		preferred: '아동·청소년 성착취물',
		reason: 'legitimises',
		forms: ['아동(?: )?포르노(?:물|그래피)?', '아동(?: )?음란물', '아동(?: |·)?청소년(?: )?음란물'],
	},
	{
		term: '아동 성매매',
		concept: 'child-prostitution',
		preferred: '아동·청소년 성착취',
		reason: 'implies-consent',
		forms: ['(?:아동|청소년|아동(?: |·)?청소년)(?: )?성매매', '원조(?: )?교제'],
	},
	{
		term: '리벤지 포르노',
		concept: 'revenge-porn',
		preferred: '성적 촬영물 비동의 유포',
		reason: 'victim-blaming',
		forms: ['리벤지(?: )?포르노'],
	},
	{
		// Not 성 관광 alone: 성 is also a castle.
		term: '섹스 관광',
		concept: 'sex-tourism',
		preferred: '여행·관광 중 아동 성착취',
		reason: 'legitimises',
		forms: ['섹스(?: )?관광', '아동(?: )?성(?: )?관광', '성매매(?: )?관광'],
	},
	{
		// The person, 소아성애자; not 소아성애, the diagnosis, a legitimate word.
		term: '소아성애자',
		concept: 'paedophile',
		preferred: '아동 대상 성범죄자',
		reason: 'offender-label',
		forms: ['소아(?: )?성애자'],
	},
]
