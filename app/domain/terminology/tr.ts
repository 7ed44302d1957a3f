import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Turkish. */
export const tr: readonly DiscouragedTerm[] = [
	{
		term: 'çocuk pornografisi',
		concept: 'child-pornography',
		preferred: 'çocuğa yönelik cinsel istismar materyali',
		reason: 'legitimises',
		forms: ['cocuk pornografi(?:si|sine|sini|siyle|sinin|sinde)', 'cocuk porno(?:su|sunu|lari)?'],
	},
	{
		term: 'çocuk fuhşu',
		concept: 'child-prostitution',
		preferred: 'çocukların cinsel sömürüsü',
		reason: 'implies-consent',
		forms: ['cocuk fuhus(?:u)?', 'cocuk fuhs(?:una|unu|unun|unda)'],
	},
	{
		term: 'intikam pornosu',
		concept: 'revenge-porn',
		preferred: 'mahrem görüntülerin rıza dışı paylaşılması',
		reason: 'victim-blaming',
		forms: ['intikam porno(?:su|sunu|suna)?', 'revenge porn'],
	},
	{
		term: 'seks turizmi',
		concept: 'sex-tourism',
		preferred: 'seyahat ve turizm bağlamında çocukların cinsel sömürüsü',
		reason: 'legitimises',
		forms: ['seks turizm(?:i|ine|ini|inin)', 'cinsel turizm(?:i)?'],
	},
	{
		// Not "pedofili": it is the diagnosis (and the accusative, which cannot be told apart).
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'çocuklara yönelik cinsel suç faili',
		reason: 'offender-label',
		forms: ['pedofil(?:ler|leri|lere|lerin|e|in)'],
	},
]
