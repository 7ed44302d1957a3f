import { beforeAll, describe, expect, test } from 'vitest'
import { emptyFilters } from '#app/domain/catalog-filters.ts'
import { loadSearchDocument } from '#app/models/search-index.server.ts'
import {
	SEARCH_FACETS,
	type SearchDocument,
	type SearchEngine,
	type SearchFilters,
	type SearchQuery,
	type SearchResult,
} from '#app/search/engine.ts'
import { db } from '#app/utils/db.server.ts'
import { createMaterial } from '#tests/factories.ts'

/**
 * The behaviour every search engine must have, whichever it is. Runs against
 * the embedded engine always and against Meilisearch when MEILI_URL is set
 * (tests/integration/search-contract.test.ts). Materials are created through
 * the app's own model functions, then given to the engine with `reindex`.
 */

const ids: Record<string, string> = {}
const id = (key: string) => ids[key] ?? `missing ${key}`

async function corpus() {
	const make = async (key: string, input: Parameters<typeof createMaterial>[0]) => {
		const material = await createMaterial(input)
		ids[key] = material.id
		return material
	}
	await make('frGrooming', {
		countryCode: 'FR',
		originalLang: 'fr',
		audiences: ['parents-carers'],
		risks: ['grooming'],
		accessibility: ['alt-text', 'large-print'],
		versions: [
			{
				lang: 'fr',
				title: 'Un inconnu trop gentil en ligne ?',
				description:
					'Affiche pour les parents sur les signes du pédopiégeage : flatteries, cadeaux, secrets.',
			},
			{
				lang: 'en',
				title: 'Too nice to be true?',
				description: 'A poster for parents about the signs of online grooming.',
			},
		],
	})
	await make('jaLesson', {
		countryCode: 'JP',
		originalLang: 'ja',
		resourceType: 'lesson-plan',
		audiences: ['teachers-educators'],
		risks: ['grooming'],
		ageMin: 10,
		ageMax: 12,
		versions: [
			{
				lang: 'ja',
				title: 'ネットで知り合った人に気をつけよう',
				description: '小学生向けの四十五分の授業です。',
			},
		],
	})
	await make('zhLeaflet', {
		countryCode: 'AU',
		originalLang: 'zh',
		resourceType: 'leaflet',
		audiences: ['parents-carers'],
		risks: ['sextortion'],
		versions: [
			{
				lang: 'zh',
				title: '家长指南：网络诱骗与性勒索',
				description: '介绍网络诱骗的迹象，以及如何与孩子谈论。',
			},
		],
	})
	await make('thPoster', {
		countryCode: 'TH',
		originalLang: 'th',
		audiences: ['children'],
		risks: ['self-generated'],
		versions: [
			{ lang: 'th', title: 'อย่าส่งรูปให้คนแปลกหน้า', description: 'โปสเตอร์สำหรับเด็กเรื่องการส่งรูปภาพ' },
		],
	})
	await make('arLeaflet', {
		countryCode: 'JO',
		originalLang: 'ar',
		resourceType: 'leaflet',
		audiences: ['parents-carers'],
		risks: ['sextortion'],
		accessibility: ['large-print'],
		versions: [
			{
				lang: 'ar',
				title: 'ماذا تفعلون إذا تعرّض طفلكم للتهديد بصوره؟',
				description: 'مطوية للآباء والأمهات حول الاستدراج عبر الإنترنت والصور الحميمة.',
			},
		],
	})
	await make('ruPoster', {
		countryCode: 'MD',
		originalLang: 'ru',
		audiences: ['young-people'],
		risks: ['grooming'],
		ageMin: 13,
		ageMax: 17,
		versions: [
			{
				lang: 'ru',
				title: 'Не каждый друг в сети — друг',
				description: 'Плакат о признаках опасности. Её история.',
			},
		],
	})
	const guide = await make('enGuide', {
		countryCode: 'GB',
		originalLang: 'en',
		resourceType: 'guide',
		audiences: ['parents-carers'],
		risks: ['sextortion', 'reporting-help'],
		licence: 'cc-by-nc-4.0',
		accessibility: ['easy-read', 'screen-reader-pdf'],
		versions: [
			{
				lang: 'en',
				title: 'Sextortion: what parents can do',
				description: 'A short guide for parents and carers.',
				extractedText:
					'If someone threatens to share a picture of your child, do not pay. Keep the messages. Report the account.',
			},
		],
	})
	await make('deAdaptation', {
		countryCode: 'DE',
		originalLang: 'de',
		resourceType: 'guide',
		audiences: ['parents-carers'],
		risks: ['sextortion'],
		derivedFrom: { versionId: guide.versions[0]!.id, kind: 'adaptation' },
		versions: [
			{
				lang: 'de',
				title: 'Hilfe bei Erpressung mit Fotos',
				description: 'Ein Ratgeber für Eltern.',
			},
		],
	})
	await make('enReporting', {
		countryCode: 'IE',
		originalLang: 'en',
		audiences: ['general-public'],
		risks: ['reporting-help'],
		versions: [
			{
				lang: 'en',
				title: 'Reporting online abuse',
				description: 'Where to report and how to get help.',
				extractedText:
					'Many kinds of harm can be reported, including sextortion and <script>alert(1)</script> threats.',
			},
		],
	})
	await make('draft', {
		countryCode: 'FR',
		status: 'draft',
		publishedAt: null,
		versions: [
			{ lang: 'en', title: 'Sextortion draft nobody may see', description: 'Unreviewed.' },
		],
	})
	// Two materials alike in every word; the first was adapted by two countries.
	const adopted = await make('adopted', {
		countryCode: 'SE',
		originalLang: 'en',
		audiences: ['children'],
		risks: ['self-generated'],
		versions: [
			{ lang: 'en', title: 'Think before you send a selfie', description: 'Poster about selfies.' },
		],
		publishedAt: new Date(Date.UTC(2024, 0, 1)),
	})
	await make('notAdopted', {
		countryCode: 'NO',
		originalLang: 'en',
		audiences: ['children'],
		risks: ['self-generated'],
		versions: [
			{ lang: 'en', title: 'Think before you send a selfie', description: 'Poster about selfies.' },
		],
		publishedAt: new Date(Date.UTC(2024, 0, 1)),
	})
	for (const countryCode of ['ES', 'IT']) {
		await createMaterial({
			countryCode,
			originalLang: countryCode.toLowerCase(),
			audiences: ['children'],
			risks: ['self-generated'],
			derivedFrom: { versionId: adopted.versions[0]!.id, kind: 'translation' },
			versions: [
				{ lang: countryCode.toLowerCase(), title: `Selfie ${countryCode}`, description: '…' },
			],
		})
	}
}

async function allDocuments() {
	const rows = await db.material.findMany({ where: { status: 'published' }, select: { id: true } })
	const docs: SearchDocument[] = []
	for (const { id } of rows) {
		const doc = await loadSearchDocument(db, id)
		if (doc) docs.push(doc)
	}
	return docs
}

export function describeSearchContract(name: string, makeEngine: () => Promise<SearchEngine>) {
	describe(`search contract: ${name}`, () => {
		let engine: SearchEngine
		const search = (
			q: string,
			filters: Partial<SearchFilters> = {},
			extra: Partial<SearchQuery> = {},
		) =>
			engine.search({
				q,
				filters: { ...emptyFilters(), ...filters },
				page: 1,
				pageSize: 50,
				uiLang: 'en',
				...extra,
			})
		const found = (result: SearchResult) => result.hits.map((h) => h.materialId)

		beforeAll(async () => {
			if (!ids.frGrooming) await corpus()
			engine = await makeEngine()
			const { indexed } = await engine.reindex(await allDocuments())
			expect(indexed).toBeGreaterThanOrEqual(12)
		})

		test('finds words in any language and highlights them in the version that matched', async () => {
			const result = await search('flatteries')
			expect(found(result)).toEqual([ids.frGrooming])
			const hit = result.hits[0]!
			expect(hit.lang).toBe('fr')
			expect(hit.snippet).toContain('<mark>flatteries</mark>')
			expect(hit.matchedBy).toEqual({ kind: 'text' })
		})

		test('segments Chinese, Japanese and Thai into words, down to two-character Chinese words', async () => {
			expect(found(await search('网络'))).toContain(ids.zhLeaflet)
			expect(found(await search('诱骗'))).toContain(ids.zhLeaflet)
			expect(found(await search('授業'))).toContain(ids.jaLesson)
			expect(found(await search('คนแปลกหน้า'))).toContain(ids.thPoster)
		})

		test('folds diacritics, Arabic spellings and Cyrillic ё', async () => {
			expect(found(await search('pedopiegeage'))).toContain(ids.frGrooming)
			// Shadda and hamza on alef are spelling variants, not different words.
			expect(found(await search('تعرض'))).toContain(ids.arLeaflet)
			expect(found(await search('الإستدراج'))).toContain(ids.arLeaflet)
			expect(found(await search('ее история'))).toContain(ids.ruPoster)
		})

		test('matches other forms of a word in the main European languages', async () => {
			expect(found(await search('poster parent'))).toContain(ids.frGrooming)
			expect(found(await search('affiches'))).toContain(ids.frGrooming)
		})

		test('tolerates one typo from 5 characters and two from 9, and completes the last word', async () => {
			expect(found(await search('flateries'))).toContain(ids.frGrooming)
			expect(found(await search('sextortoin guide'))).toContain(ids.enGuide)
			expect(found(await search('guide sextrotoin'))).toContain(ids.enGuide)
			expect(found(await search('sextor'))).toContain(ids.enGuide)
			// Four letters allow no typo, and nothing starts with them.
			expect(found(await search('gide'))).not.toContain(ids.enGuide)
		})

		test('keeps quoted words together as a phrase', async () => {
			expect(found(await search('"parents and carers"'))).toEqual([ids.enGuide])
			expect(found(await search('"carers and parents"'))).toEqual([])
		})

		test('a topic named in any language also finds materials tagged with it, and says why', async () => {
			for (const word of ['pédopiégeage', 'груминг', 'grooming']) {
				const result = await search(word)
				expect(found(result), word).toContain(ids.jaLesson)
				expect(
					result.concepts.map((c) => c.key),
					word,
				).toContain('grooming')
				const hit = result.hits.find((h) => h.materialId === ids.jaLesson)!
				expect(hit.matchedBy, word).toMatchObject({
					kind: 'concept',
					vocabulary: 'risk',
					key: 'grooming',
				})
			}
		})

		test('ranks a title match above a match in the text, and adapted materials above others', async () => {
			const sextortion = found(await search('sextortion'))
			expect(sextortion.indexOf(id('enGuide'))).toBeLessThan(sextortion.indexOf(id('enReporting')))
			const selfie = found(await search('think before you send a selfie'))
			expect(selfie.slice(0, 2)).toEqual([ids.adopted, ids.notAdopted])
		})

		test('never returns unpublished material', async () => {
			const result = await search('nobody may see')
			expect(found(result)).not.toContain(ids.draft)
			expect(found(await search(''))).not.toContain(ids.draft)
		})

		test('filters narrow the results and facets count the whole match set, disjunctively', async () => {
			const all = await search('parents')
			expect(all.total).toBe(all.hits.length)
			const docs = new Map((await allDocuments()).map((d) => [d.materialId, d]))
			const expected = countFacets(found(all).map((id) => docs.get(id)!))
			for (const param of SEARCH_FACETS) expect(all.facets[param], param).toEqual(expected[param])

			const sextortion = await search('parents', { risk: ['sextortion'] })
			expect(sextortion.total).toBeGreaterThan(0)
			expect(sextortion.total).toBeLessThan(all.total)
			for (const id of found(sextortion)) expect(docs.get(id)!.risks).toContain('sextortion')
			// Selecting a risk keeps the other risks visible with their counts.
			expect(sextortion.facets.risk).toEqual(all.facets.risk)
			// Other facets count only what passes the risk filter.
			expect(sextortion.facets.country).toEqual(
				countFacets(found(sextortion).map((id) => docs.get(id)!)).country,
			)

			const two = await search('parents', { risk: ['sextortion'], lang: ['de'] })
			expect(found(two)).toEqual([ids.deAdaptation])
			expect(two.facets.lang).toEqual(sextortion.facets.lang)
		})

		test('accessibility filters like the other facets: any feature named, counted disjunctively', async () => {
			const docs = new Map((await allDocuments()).map((d) => [d.materialId, d]))
			const all = await search('parents')
			expect(all.facets.accessibility).toEqual({
				'alt-text': 1,
				'large-print': 2,
				'easy-read': 1,
				'screen-reader-pdf': 1,
			})

			const largePrint = await search('parents', { accessibility: ['large-print'] })
			expect(found(largePrint).sort()).toEqual([ids.frGrooming, ids.arLeaflet].sort())
			// Selecting a feature keeps the others visible with their counts.
			expect(largePrint.facets.accessibility).toEqual(all.facets.accessibility)
			expect(largePrint.facets.risk).toEqual(
				countFacets(found(largePrint).map((id) => docs.get(id)!)).risk,
			)

			// Several features: a material with any of them.
			const either = await search('parents', { accessibility: ['large-print', 'easy-read'] })
			expect(found(either).sort()).toEqual([ids.frGrooming, ids.arLeaflet, ids.enGuide].sort())
			// And with another facet: each counts what passes the other.
			const sextortion = await search('parents', {
				accessibility: ['large-print', 'easy-read'],
				risk: ['sextortion'],
			})
			expect(found(sextortion).sort()).toEqual([ids.arLeaflet, ids.enGuide].sort())
			expect(sextortion.facets.accessibility).toEqual({
				'large-print': 1,
				'easy-read': 1,
				'screen-reader-pdf': 1,
			})
			expect(sextortion.facets.risk).toEqual({ grooming: 1, sextortion: 2, 'reporting-help': 1 })

			// Without words too, and a feature no material has matches nothing.
			expect(found(await search('', { accessibility: ['easy-read'] }))).toEqual([ids.enGuide])
			expect((await search('', { accessibility: ['sign-language'] })).total).toBe(0)
		})

		test('filters without words list the catalog, newest first, with facets', async () => {
			const result = await search('', { audience: ['parents-carers'] })
			expect(result.total).toBeGreaterThanOrEqual(5)
			expect(found(result)).toContain(ids.arLeaflet)
			expect(result.facets.audience.children).toBeGreaterThan(0)
		})

		test('pages through results without overlap', async () => {
			const first = await search('', {}, { pageSize: 5 })
			const second = await search('', {}, { pageSize: 5, page: 2 })
			expect(first.hits).toHaveLength(5)
			expect(first.total).toBe(second.total)
			expect(found(first).filter((id) => found(second).includes(id))).toEqual([])
		})

		test('hostile input never errors and never changes what the words mean', async () => {
			const plain = found(await search('sextortion parents'))
			for (const q of [
				'sextortion parents"',
				'"sextortion parents',
				'(sextortion parents',
				'sextortion) parents',
				'sextortion* parents^',
				'sextortion\u0000 parents\u0007',
				'sextortion - parents',
				'sextortion + parents',
			]) {
				expect(found(await search(q)), JSON.stringify(q)).toEqual(plain)
			}
			// A column filter is only words: "title" is searched for, not a column.
			expect(found(await search('title:sextortion parents'))).toEqual(
				found(await search('title sextortion parents')),
			)
			expect(found(await search('{description}: sextortion parents'))).toEqual(
				found(await search('description sextortion parents')),
			)
			for (const q of [
				'NEAR(sextortion parents, 2)',
				'sextortion AND NOT parents',
				'sextortion OR parents',
				'*',
				'"',
				'()',
				'^',
				':',
				'NOT',
			]) {
				await expect(search(q), JSON.stringify(q)).resolves.toMatchObject({
					total: expect.any(Number),
				})
			}
			const long = await search('sextortion '.repeat(1000))
			expect(found(long)).toEqual(found(await search('sextortion')))
		})

		test('only the first 10 words count', async () => {
			const ten = Array.from({ length: 10 }, () => 'parents').join(' ')
			expect(found(await search(`${ten} unmatchablewordxyz`))).toEqual(
				found(await search('parents')),
			)
		})

		test('highlights escape HTML in the text', async () => {
			const hit = (await search('threats')).hits.find((h) => h.materialId === ids.enReporting)!
			expect(hit.snippet).toContain('&lt;script&gt;')
			expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z/]/i)
		})

		test('index replaces a material and remove takes it out', async () => {
			const doc = (await allDocuments()).find((d) => d.materialId === ids.ruPoster)!
			await engine.index({
				...doc,
				versions: doc.versions.map((v) => ({ ...v, title: 'Осторожно: незнакомцы' })),
			})
			expect(found(await search('незнакомцы'))).toEqual([ids.ruPoster])
			expect(found(await search('каждый друг'))).not.toContain(ids.ruPoster)
			await engine.remove(id('ruPoster'))
			expect(found(await search('незнакомцы'))).toEqual([])
			await engine.index(doc)
			expect(found(await search('каждый друг'))).toEqual([ids.ruPoster])
		})
	})
}

function countFacets(docs: SearchDocument[]) {
	const counts: Record<string, Record<string, number>> = Object.fromEntries(
		SEARCH_FACETS.map((p) => [p, {}]),
	)
	const add = (param: string, value: string) => {
		counts[param]![value] = (counts[param]![value] ?? 0) + 1
	}
	for (const doc of docs) {
		doc.audiences.forEach((v) => add('audience', v))
		doc.risks.forEach((v) => add('risk', v))
		new Set(doc.versions.map((v) => v.lang)).forEach((v) => add('lang', v))
		add('country', doc.countryCode)
		add('type', doc.resourceType)
		doc.ageBands.forEach((v) => add('age', v))
		add('licence', doc.licence)
		doc.accessibility.forEach((v) => add('accessibility', v))
	}
	return counts
}
