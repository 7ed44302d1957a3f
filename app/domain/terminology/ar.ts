import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Arabic. */
export const ar: readonly DiscouragedTerm[] = [
	{
		term: 'إباحية الأطفال',
		concept: 'child-pornography',
		preferred: 'مواد الاعتداء الجنسي على الأطفال',
		reason: 'legitimises',
	},
	{
		term: 'المواد الإباحية للأطفال',
		concept: 'child-pornography',
		preferred: 'مواد الاعتداء الجنسي على الأطفال',
		reason: 'legitimises',
		forms: [
			'(?:ال)?(?:مواد|صور) (?:ال)?إباحية (?:للأطفال|(?:المتعلقة|الخاصة) بالأطفال)',
			'استغلال الأطفال في المواد الإباحية',
		],
	},
	{
		term: 'دعارة الأطفال',
		concept: 'child-prostitution',
		preferred: 'الاستغلال الجنسي للأطفال',
		reason: 'implies-consent',
		forms: ['بغاء الأطفال', 'استغلال الأطفال في (?:البغاء|الدعارة)'],
	},
	{
		term: 'السياحة الجنسية',
		concept: 'sex-tourism',
		preferred: 'الاستغلال الجنسي للأطفال في سياق السفر والسياحة',
		reason: 'legitimises',
		forms: ['سياحة جنسية'],
	},
	{
		term: 'الإباحية الانتقامية',
		concept: 'revenge-porn',
		preferred: 'نشر الصور الحميمة دون موافقة',
		reason: 'victim-blaming',
		forms: ['الانتقام الإباحي'],
	},
	{
		term: 'مشتهي الأطفال',
		concept: 'paedophile',
		preferred: 'مرتكب الاعتداء الجنسي على الأطفال',
		reason: 'offender-label',
		forms: ['مشتهو الأطفال'],
	},
]
