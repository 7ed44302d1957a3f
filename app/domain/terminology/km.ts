import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Khmer (matched inside text, as it has no spaces between words). */
export const km: readonly DiscouragedTerm[] = [
	{
		term: 'អាសអាភាសកុមារ',
		concept: 'child-pornography',
		preferred: 'សម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ',
		reason: 'legitimises',
		forms: ['រូបភាពអាសអាភាសលើកុមារ'],
	},
	{
		term: 'ពេស្យាចារកុមារ',
		concept: 'child-prostitution',
		preferred: 'ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ',
		reason: 'implies-consent',
		forms: ['ពេស្យាចារលើកុមារ'],
	},
	{
		term: 'ទេសចរណ៍ផ្លូវភេទ',
		concept: 'sex-tourism',
		preferred: 'ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារក្នុងវិស័យទេសចរណ៍',
		reason: 'legitimises',
	},
	{
		term: 'អាសអាភាសសងសឹក',
		concept: 'revenge-porn',
		preferred: 'ការចែករំលែករូបភាពឯកជនដោយគ្មានការយល់ព្រម',
		reason: 'victim-blaming',
		forms: ['revenge porn'],
	},
	{
		// "One who loves children sexually"; both spellings of ស្រឡាញ់ (love) are written.
		term: 'អ្នកស្រលាញ់កុមារផ្លូវភេទ',
		concept: 'paedophile',
		preferred: 'ជនល្មើសផ្លូវភេទលើកុមារ',
		reason: 'offender-label',
		forms: ['អ្នកស្រឡាញ់កុមារផ្លូវភេទ', 'pa?edophile'],
	},
]
