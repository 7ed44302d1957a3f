import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Armenian. */
export const hy: readonly DiscouragedTerm[] = [
	{
		term: 'մանկական պոռնոգրաֆիա',
		concept: 'child-pornography',
		preferred: 'երեխաների սեռական բռնության նյութեր',
		reason: 'legitimises',
		forms: ['մանկական պոռնոգրաֆիա(?:ն|յի|յով)', 'մանկական պոռնո'],
	},
	{
		term: 'մանկական մարմնավաճառություն',
		concept: 'child-prostitution',
		preferred: 'երեխաների սեռական շահագործում',
		reason: 'implies-consent',
		forms: ['մանկական մարմնավաճառություն(?:ը|ն|ից)'],
	},
	{
		term: 'վրեժի պոռնո',
		concept: 'revenge-porn',
		preferred: 'մտերմիկ պատկերների տարածում առանց համաձայնության',
		reason: 'victim-blaming',
		forms: ['revenge porn'],
	},
	{
		term: 'սեքս տուրիզմ',
		concept: 'sex-tourism',
		preferred: 'երեխաների սեռական շահագործում ճանապարհորդության և զբոսաշրջության համատեքստում',
		reason: 'legitimises',
		forms: ['սեքս~տուրիզմ(?:ը|ի)?', 'սեռական տուրիզմ(?:ը|ի)?'],
	},
	{
		term: 'պեդոֆիլ',
		concept: 'paedophile',
		preferred: 'երեխաների նկատմամբ սեռական հանցագործություն կատարած անձ',
		reason: 'offender-label',
		forms: ['պեդոֆիլ(?:ը|ներ|ները|ի|ների)'],
	},
]
