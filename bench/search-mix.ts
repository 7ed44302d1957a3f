/**
 * The search benchmarks' fixed query mix (bench/search.ts,
 * bench/search-compare.ts): catalog query strings, with what each one
 * exercises.
 */
export const MIX: readonly { name: string; kind: string; query: string }[] = [
	{ kind: 'word', name: 'broad English word', query: 'q=online' },
	{ kind: 'word', name: 'topic word', query: 'q=grooming' },
	{ kind: 'word', name: 'French word', query: 'q=agresseurs' },
	{ kind: 'word', name: 'German word', query: 'q=Erpressung' },
	{ kind: 'word', name: 'two words', query: 'q=trusted adult' },
	{ kind: 'word', name: 'three words', query: 'q=privacy settings conversations' },
	{ kind: 'phrase', name: 'phrase', query: 'q="trusted adult"' },
	{ kind: 'phrase', name: 'Spanish phrase', query: 'q="alguien de confianza"' },
	{ kind: 'typo', name: 'one typo', query: 'q=extortoin' },
	{ kind: 'typo', name: 'two typos', query: 'q=responsibilty sharred' },
	{ kind: 'prefix', name: 'prefix being typed', query: 'q=instinc' },
	{ kind: 'cjk', name: 'two-character Chinese', query: 'q=网络' },
	{ kind: 'cjk', name: 'Japanese', query: 'q=子ども' },
	{ kind: 'arabic', name: 'Arabic', query: 'q=الأطفال' },
	{ kind: 'arabic', name: 'Arabic with article', query: 'q=الابتزاز' },
	{ kind: 'cyrillic', name: 'Russian', query: 'q=родители' },
	{ kind: 'concept', name: 'topic in another language', query: 'q=pédopiégeage' },
	{ kind: 'filter', name: 'filter only', query: 'risk=sextortion&lang=fr' },
	{ kind: 'filter', name: 'filters, no words, page 5', query: 'audience=children&age=9-12&page=5' },
	{
		kind: 'facets',
		name: 'word + 4 facets',
		query: 'q=children&risk=grooming&risk=sextortion&audience=parents-carers&type=poster&lang=en',
	},
	{
		kind: 'facets',
		name: 'word + country + licence',
		query: 'q=safe&country=FR&country=DE&licence=cc-by-4.0',
	},
	{
		kind: 'hostile',
		name: 'hostile syntax',
		query: `q=${encodeURIComponent('"NEAR(child* online)" ^title: (help')}`,
	},
]
