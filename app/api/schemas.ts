import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'
import { MAX_PAGE_SIZE, PAGE_SIZE } from '#app/domain/catalog-filters.ts'
import { CONTENT_LANGUAGES, UI_LANGUAGES } from '#app/domain/languages.ts'
import {
	ACCESSIBILITY_FEATURES,
	AGE_BAND_KEYS,
	AUDIENCES,
	DERIVATION_KINDS,
	LICENCES,
	RESOURCE_TYPES,
	RISKS,
	type AgeBand,
} from '#app/domain/vocabularies.ts'

/**
 * The public API's shapes, as Zod schemas. The routes validate every query
 * with these, and app/api/openapi.server.ts builds the OpenAPI document from
 * the same objects, so the description cannot drift from what is enforced.
 * The response schemas are checked against real answers by the tests.
 */
extendZodWithOpenApi(z)

const AGE_BANDS = AGE_BAND_KEYS as [AgeBand, ...AgeBand[]]

/** A filter parameter: repeatable, or comma-separated; values of one parameter are OR-ed. */
const filter = <T extends z.ZodType>(item: T, description: string, example: string[]) =>
	z
		.array(item)
		.optional()
		.openapi({ description: `${description} Repeat it, or separate values with commas.`, example })

const FilterQuery = {
	audience: filter(z.enum(AUDIENCES), 'Who the material is for.', ['parents-carers']),
	risk: filter(z.enum(RISKS), 'The risk the material is about.', ['grooming']),
	lang: filter(z.enum(CONTENT_LANGUAGES), 'A language version the material has (BCP 47).', ['fr']),
	country: filter(
		// Upper-cased before it is checked; the pattern says what a client may send.
		z.string().regex(/^[A-Za-z]{2}$/),
		'The country that published it (ISO 3166-1 alpha-2, any case).',
		['FR'],
	),
	type: filter(z.enum(RESOURCE_TYPES), 'The kind of resource.', ['poster']),
	age: filter(z.enum(AGE_BANDS), 'An age band the material’s age range overlaps.', ['13-17']),
	licence: filter(z.enum(LICENCES), 'The licence it is published under.', ['cc-by-4.0']),
}

const Paging = {
	page: z.coerce
		.number()
		.int()
		.min(1)
		.max(1_000_000)
		.default(1)
		.openapi({ description: 'Page number, from 1.', example: 1 }),
	pageSize: z.coerce
		.number()
		.int()
		.min(1)
		.max(MAX_PAGE_SIZE)
		.default(PAGE_SIZE)
		.openapi({ description: 'Items per page.', example: 24 }),
	ui: z.enum(UI_LANGUAGES).optional().openapi({
		description:
			'Language of page URLs and of the version shown when there is a choice; an unknown value is ignored and Accept-Language decides.',
		example: 'en',
	}),
}

/** The API's own filter, beside the catalog's: the list and the search take it alike. */
const AccessibilityQuery = {
	accessibility: filter(
		z.enum(ACCESSIBILITY_FEATURES),
		'An accessibility feature the material has; several values match a material with any of them.',
		['captions'],
	),
}

export const MaterialListQuerySchema = z
	.object({
		...FilterQuery,
		...AccessibilityQuery,
		...Paging,
	})
	.openapi('MaterialListQuery')

export const SearchQuerySchema = z
	.object({
		q: z.string().default('').openapi({
			description:
				'Words to find, in any language. Only the first 10 words count; a longer text is cut, never refused.',
			example: 'sextortion',
		}),
		...FilterQuery,
		...AccessibilityQuery,
		...Paging,
	})
	.openapi('SearchQuery')

export const MaterialIdSchema = z
	.string()
	.max(64)
	.openapi({ param: { name: 'id', in: 'path' }, description: 'A material id.' })

const Licence = z.enum(LICENCES).openapi({ description: 'The licence, by this library’s key.' })
const LicenceIdentifiers = {
	licenceSpdx: z.string().nullable().openapi({
		description: 'The SPDX identifier of the licence; null for all rights reserved.',
		example: 'CC-BY-4.0',
	}),
	licenceUri: z.url().openapi({
		description:
			'The licence deed, or the rightsstatements.org "In Copyright" statement for all rights reserved.',
		example: 'https://creativecommons.org/licenses/by/4.0/',
	}),
}
const Url = z.string().openapi({
	description: 'Absolute when the server has a public origin (APP_ORIGIN), else a path.',
})
const Timestamp = z.iso.datetime()

const Rendition = z
	.object({ id: z.string(), format: z.string(), width: z.number().int() })
	.openapi('Rendition')

const Preview = z
	.object({
		fileId: z.string(),
		width: z.number().int().nullable(),
		height: z.number().int().nullable(),
		renditions: z.array(Rendition),
	})
	.openapi('Preview')

export const MaterialCardSchema = z
	.object({
		id: z.string(),
		url: Url,
		title: z.string(),
		description: z.string(),
		lang: z.string().openapi({ description: 'The language of the version shown.' }),
		languages: z.array(z.string()),
		countryCode: z.string(),
		resourceType: z.enum(RESOURCE_TYPES),
		licence: Licence,
		...LicenceIdentifiers,
		ageMin: z.number().int().nullable(),
		ageMax: z.number().int().nullable(),
		ageBands: z.array(z.enum(AGE_BANDS)),
		audiences: z.array(z.enum(AUDIENCES)),
		risks: z.array(z.enum(RISKS)),
		derivationKind: z.enum(DERIVATION_KINDS).nullable(),
		publishedAt: Timestamp.nullable(),
		preview: Preview.nullable(),
	})
	.openapi('MaterialCard')

export const MaterialListSchema = z
	.object({
		items: z.array(MaterialCardSchema),
		total: z.number().int(),
		page: z.number().int(),
		pageSize: z.number().int(),
		pageCount: z.number().int(),
	})
	.openapi('MaterialList')

const LineageNode: z.ZodType<LineageNodeShape> = z
	.object({
		id: z.string(),
		parentId: z.string().nullable(),
		countryCode: z.string(),
		lang: z.string(),
		depth: z.number().int(),
		get children() {
			return z.array(LineageNode)
		},
	})
	.openapi('LineageNode')

interface LineageNodeShape {
	id: string
	parentId: string | null
	countryCode: string
	lang: string
	depth: number
	children: LineageNodeShape[]
}

export const MaterialDetailSchema = z
	.object({
		id: z.string(),
		url: Url,
		countryCode: z.string(),
		resourceType: z.enum(RESOURCE_TYPES),
		licence: Licence,
		...LicenceIdentifiers,
		ageMin: z.number().int().nullable(),
		ageMax: z.number().int().nullable(),
		ageBands: z.array(z.enum(AGE_BANDS)),
		originalLang: z.string(),
		publishedAt: Timestamp.nullable(),
		isDemo: z.boolean(),
		audiences: z.array(z.enum(AUDIENCES)),
		risks: z.array(z.enum(RISKS)),
		accessibility: z.array(z.enum(ACCESSIBILITY_FEATURES)),
		derivationKind: z.enum(DERIVATION_KINDS).nullable(),
		organisation: z
			.object({
				name: z.string(),
				contact: z.string().nullable(),
				from: z.enum(['material', 'campaign']),
			})
			.nullable(),
		campaign: z.object({ id: z.string(), title: z.string() }).nullable(),
		versions: z.array(
			z.object({
				id: z.string(),
				lang: z.string(),
				title: z.string(),
				description: z.string(),
				revision: z.number().int(),
				updatedAt: Timestamp,
				files: z.array(
					z.object({
						id: z.string(),
						role: z.enum(['primary', 'preview']),
						rendered: z.boolean(),
						mediaType: z.string(),
						byteSize: z.number().int(),
						width: z.number().int().nullable(),
						height: z.number().int().nullable(),
						renditions: z.array(Rendition),
						downloadUrl: Url,
					}),
				),
			}),
		),
		adaptedFrom: z
			.object({
				materialId: z.string(),
				isPublic: z.boolean(),
				countryCode: z.string(),
				lang: z.string(),
				title: z.string(),
				organisation: z.string().nullable(),
				licence: Licence,
				...LicenceIdentifiers,
				revisionUsed: z.number().int().nullable(),
				currentRevision: z.number().int(),
			})
			.nullable(),
		lineage: z.object({
			tree: LineageNode.nullable(),
			reuse: z.object({
				derivatives: z.number().int(),
				countries: z.number().int(),
				languages: z.number().int(),
			}),
		}),
	})
	.openapi('MaterialDetail')

const Concept = z.object({
	vocabulary: z.enum(['risk', 'audience', 'type']),
	key: z.string(),
	term: z.string(),
})

const FacetCounts = z.record(z.string(), z.number().int())

export const SearchResponseSchema = z
	.object({
		query: z.string(),
		total: z.number().int(),
		page: z.number().int(),
		pageSize: z.number().int(),
		pageCount: z.number().int(),
		tookMs: z.number(),
		engine: z.enum(['sqlite-fts', 'meilisearch']),
		didYouMean: z.string().nullable(),
		concepts: z.array(Concept),
		facets: z.object({
			audience: FacetCounts,
			risk: FacetCounts,
			lang: FacetCounts,
			country: FacetCounts,
			type: FacetCounts,
			age: FacetCounts,
			licence: FacetCounts,
			accessibility: FacetCounts,
		}),
		hits: z.array(
			z.object({
				id: z.string(),
				url: Url,
				lang: z.string(),
				title: z.string(),
				highlightedTitle: z.string().nullable().openapi({
					description: 'The title with matches in <mark>; everything else HTML-escaped.',
				}),
				snippet: z.string().nullable(),
				matchedBy: z
					.union([
						z.object({ kind: z.literal('text') }),
						Concept.extend({ kind: z.literal('concept') }),
						z
							.object({
								kind: z.literal('lineage'),
								relation: z.enum(['adaptation', 'translation', 'source']),
								materialId: z.string(),
								title: z.string(),
							})
							.openapi({
								description:
									'Found through its lineage: an adaptation or a translation of the material `materialId` (titled `title`) that the query found by its title, or the source it was derived from.',
							}),
					])
					.nullable(),
				countryCode: z.string(),
				resourceType: z.enum(RESOURCE_TYPES),
				licence: Licence,
				...LicenceIdentifiers,
				languages: z.array(z.string()),
				audiences: z.array(z.enum(AUDIENCES)),
				risks: z.array(z.enum(RISKS)),
				ageBands: z.array(z.enum(AGE_BANDS)),
				publishedAt: Timestamp.nullable(),
				preview: Url.nullable(),
			}),
		),
	})
	.openapi('SearchResponse')

/** rate_limited is answered by the server in front of the app (server/rate-limit.js). */
export const PROBLEM_CODES = ['invalid_parameter', 'not_found', 'rate_limited'] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

export const ProblemSchema = z
	.object({
		type: z.string().openapi({ description: 'A URI that names the kind of problem.' }),
		title: z.string(),
		status: z.number().int(),
		detail: z.string(),
		code: z.enum(PROBLEM_CODES).openapi({ description: 'A stable code to branch on.' }),
		param: z
			.string()
			.optional()
			.openapi({ description: 'The query parameter at fault, for invalid_parameter.' }),
		error: z
			.object({
				code: z.enum(PROBLEM_CODES),
				message: z.string(),
				param: z.string().optional(),
			})
			.openapi({
				description: 'The same code, message and parameter, in the shape this API answered first.',
				deprecated: true,
			}),
	})
	.openapi('Problem', {
		description: 'An RFC 9457 problem details object, with `code` and `param` as extensions.',
	})
