import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Vietnamese. */
export const vi: readonly DiscouragedTerm[] = [
	{
		term: 'khiêu dâm trẻ em',
		concept: 'child-pornography',
		preferred: 'tài liệu xâm hại tình dục trẻ em',
		reason: 'legitimises',
		forms: ['khieu dam (?:tre vi thanh nien|nguoi chua thanh nien)'],
	},
	{
		term: 'mại dâm trẻ em',
		concept: 'child-prostitution',
		preferred: 'bóc lột tình dục trẻ em',
		reason: 'implies-consent',
		forms: ['mai dam (?:tre vi thanh nien|nguoi chua thanh nien)'],
	},
	{
		term: 'phim khiêu dâm trả thù',
		concept: 'revenge-porn',
		preferred: 'phát tán hình ảnh riêng tư không có sự đồng ý',
		reason: 'victim-blaming',
		forms: ['khieu dam tra thu', 'revenge porn'],
	},
	{
		term: 'du lịch tình dục',
		concept: 'sex-tourism',
		preferred: 'bóc lột tình dục trẻ em trong du lịch',
		reason: 'legitimises',
	},
	{
		term: 'kẻ ấu dâm',
		concept: 'paedophile',
		preferred: 'kẻ xâm hại tình dục trẻ em',
		reason: 'offender-label',
	},
]
