import { expect, test } from 'vitest'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { getSearchEngine, warmUpSearch } from '#app/search/search.server.ts'
import { createMaterial } from '#tests/factories.ts'

test('warming up loads the library before the first search and says how much it holds', async () => {
	await createMaterial({
		countryCode: 'FR',
		versions: [{ lang: 'fr', title: 'Un inconnu trop gentil' }],
	})
	await createMaterial({ countryCode: 'DE', versions: [{ lang: 'de', title: 'Hilfe für Eltern' }] })
	await createMaterial({
		countryCode: 'JP',
		status: 'draft',
		versions: [{ lang: 'ja', title: '下書き' }],
	})

	const lines: string[] = []
	await warmUpSearch((line) => lines.push(line))
	// Drafts are not searchable, so two materials, not three.
	expect(lines[0]).toMatch(/^search: 2 materials ready in \d+\.\d s$/)

	const engine = await getSearchEngine()
	const result = await engine.search({
		q: 'inconnu',
		filters: emptyFilters(),
		page: 1,
		pageSize: 24,
		uiLang: 'en',
	})
	expect(result.total).toBe(1)
})
