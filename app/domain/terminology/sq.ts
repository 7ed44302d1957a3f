import { type DiscouragedTerm } from '#app/domain/terminology.ts'

/** Albanian. */
export const sq: readonly DiscouragedTerm[] = [
	{
		term: 'pornografi e fëmijëve',
		concept: 'child-pornography',
		preferred: 'materiale të abuzimit seksual të fëmijëve',
		reason: 'legitimises',
		forms: ['pornografi(?:a|ne|se)? (?:e|me) femije(?:ve|t)?', 'pornografi(?:a|ne|se)? infantile'],
	},
	{
		term: 'prostitucion i fëmijëve',
		concept: 'child-prostitution',
		preferred: 'shfrytëzim seksual i fëmijëve',
		reason: 'implies-consent',
		forms: ['prostitucion(?:i|in)? (?:i|e|me) femije(?:ve|t)?'],
	},
	{
		term: 'pornografi hakmarrëse',
		concept: 'revenge-porn',
		preferred: 'shpërndarje e imazheve intime pa pëlqim',
		reason: 'victim-blaming',
		forms: ['pornografi(?:a)? hakmarrese', 'revenge porn'],
	},
	{
		term: 'turizëm seksual',
		concept: 'sex-tourism',
		preferred: 'shfrytëzim seksual i fëmijëve në udhëtime dhe turizëm',
		reason: 'legitimises',
		forms: ['turizm(?:i|in|it) seksual'],
	},
	{
		term: 'pedofil',
		concept: 'paedophile',
		preferred: 'autor i abuzimit seksual ndaj fëmijëve',
		reason: 'offender-label',
		forms: ['pedofil(?:et|ve|e|i)'],
	},
]
