import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Thai (matched inside text, as it has no spaces between words). */
export const th: readonly DiscouragedTerm[] = [
	{
		term: 'สื่อลามกอนาจารเด็ก',
		preferred: 'สื่อการล่วงละเมิดทางเพศเด็ก',
		reason: 'legitimises',
		forms: ['ภาพลามกอนาจารเด็ก', 'สื่อลามกเด็ก', 'ภาพโป๊เด็ก', 'หนังโป๊เด็ก'],
	},
	{
		term: 'การค้าประเวณีเด็ก',
		preferred: 'การแสวงหาประโยชน์ทางเพศจากเด็ก',
		reason: 'implies-consent',
		forms: ['ค้าประเวณีเด็ก'],
	},
	{
		term: 'โสเภณีเด็ก',
		preferred: 'เด็กที่ถูกแสวงหาประโยชน์ทางเพศ',
		reason: 'victim-blaming',
		forms: ['เด็กขายบริการ'],
	},
	{
		term: 'รีเวนจ์พอร์น',
		preferred: 'การเผยแพร่ภาพส่วนตัวโดยไม่ยินยอม',
		reason: 'victim-blaming',
		forms: ['revenge porn'],
	},
	{
		term: 'เซ็กส์ทัวร์',
		preferred: 'การแสวงหาประโยชน์ทางเพศจากเด็กในการเดินทางและการท่องเที่ยว',
		reason: 'legitimises',
		forms: ['การท่องเที่ยวเชิงเพศ'],
	},
]
