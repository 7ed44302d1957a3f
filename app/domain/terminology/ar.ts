import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Arabic. */
export const ar: readonly DiscouragedTerm[] = [
	{
		term: 'إباحية الأطفال',
		preferred: 'مواد الاعتداء الجنسي على الأطفال',
		reason: 'legitimises',
	},
	{
		term: 'المواد الإباحية للأطفال',
		preferred: 'مواد الاعتداء الجنسي على الأطفال',
		reason: 'legitimises',
		forms: [
			'(?:ال)?(?:مواد|صور) (?:ال)?إباحية (?:للأطفال|(?:المتعلقة|الخاصة) بالأطفال)',
			'استغلال الأطفال في المواد الإباحية',
		],
	},
	{
		term: 'دعارة الأطفال',
		preferred: 'الاستغلال الجنسي للأطفال',
		reason: 'implies-consent',
		forms: ['بغاء الأطفال', 'استغلال الأطفال في (?:البغاء|الدعارة)'],
	},
	{
		term: 'السياحة الجنسية',
		preferred: 'الاستغلال الجنسي للأطفال في سياق السفر والسياحة',
		reason: 'legitimises',
		forms: ['سياحة جنسية'],
	},
	{
		term: 'الإباحية الانتقامية',
		preferred: 'نشر الصور الحميمة دون موافقة',
		reason: 'victim-blaming',
		forms: ['الانتقام الإباحي'],
	},
	{
		term: 'مشتهي الأطفال',
		preferred: 'مرتكب الاعتداء الجنسي على الأطفال',
		reason: 'offender-label',
		forms: ['مشتهو الأطفال'],
	},
]
