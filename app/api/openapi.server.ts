import {
	OpenApiGeneratorV31,
	OpenAPIRegistry,
	type ResponseConfig,
} from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'
import { apiUrl } from './http.server.ts'
import {
	MaterialDetailSchema,
	MaterialIdSchema,
	MaterialListQuerySchema,
	MaterialListSchema,
	ProblemSchema,
	SearchQuerySchema,
	SearchResponseSchema,
} from './schemas.ts'

/**
 * The OpenAPI 3.1 description of the public API, built from the Zod schemas
 * the routes validate with (app/api/schemas.ts).
 *
 * Examples of error answers carry `x-request`, the request that gives them:
 * the tests send each one and check the answer is the one documented.
 */

/** Headers every successful JSON answer carries. */
const CACHE_HEADERS = {
	ETag: {
		description: 'A weak validator: send it back in If-None-Match to get 304 when nothing changed.',
		schema: { type: 'string' as const },
	},
	'Cache-Control': { schema: { type: 'string' as const } },
	Vary: {
		description: 'Accept-Language: titles and URLs follow it when `ui` is not given.',
		schema: { type: 'string' as const },
	},
	'Access-Control-Allow-Origin': {
		description: 'Any site may read the public API.',
		schema: { type: 'string' as const },
	},
}

function ok(description: string, schema: z.ZodType): ResponseConfig {
	return {
		description,
		headers: CACHE_HEADERS,
		content: { 'application/json': { schema } },
	}
}

const NOT_MODIFIED: ResponseConfig = {
	description: 'The answer has not changed since the ETag given in If-None-Match.',
	headers: { ETag: CACHE_HEADERS.ETag },
}

/** An error answer, with examples as `[name, request path, the body's fixed members]`. */
function problem(
	description: string,
	examples: [name: string, request: string, value: Record<string, unknown>][],
): ResponseConfig {
	return {
		description,
		content: {
			'application/problem+json': {
				schema: ProblemSchema,
				examples: Object.fromEntries(
					examples.map(([name, request, value]) => [
						name,
						{ summary: `GET ${request}`, value, 'x-request': request },
					]),
				),
			},
		},
	}
}

const invalidParameter = (path: string, param: string, value: string) =>
	[
		`invalid-${param}`,
		`${path}?${param}=${encodeURIComponent(value)}`,
		{
			type: apiUrl('/en/api#problem-invalid_parameter'),
			title: 'Invalid query parameter',
			status: 400,
			detail: `Invalid value for "${param}": ${JSON.stringify(value)}`,
			code: 'invalid_parameter',
			param,
			error: {
				code: 'invalid_parameter',
				message: `Invalid value for "${param}": ${JSON.stringify(value)}`,
				param,
			},
		},
	] as [string, string, Record<string, unknown>]

const RATE_LIMITED: ResponseConfig = {
	description:
		'Too many searches from this address in a minute; Retry-After says when to try again. The detail is in the reader’s language.',
	headers: { 'Retry-After': { schema: { type: 'integer' } } },
	content: { 'application/problem+json': { schema: ProblemSchema } },
}

function buildRegistry() {
	const registry = new OpenAPIRegistry()
	registry.register('Problem', ProblemSchema)

	registry.registerPath({
		method: 'get',
		path: '/api/v1/materials',
		operationId: 'listMaterials',
		summary: 'Published materials, newest first',
		description:
			'The catalog with its filters. Values of one parameter are OR-ed, parameters are AND-ed.',
		request: { query: MaterialListQuerySchema },
		responses: {
			200: ok('One page of materials.', MaterialListSchema),
			304: NOT_MODIFIED,
			400: problem('A parameter has a value outside its vocabulary.', [
				invalidParameter('/api/v1/materials', 'audience', 'aliens'),
				invalidParameter('/api/v1/materials', 'accessibility', 'telepathy'),
				invalidParameter('/api/v1/materials', 'pageSize', '1000'),
			]),
		},
	})

	registry.registerPath({
		method: 'get',
		path: '/api/v1/materials/{id}',
		operationId: 'getMaterial',
		summary: 'One published material',
		description:
			'Every language version with its files, the producing organisation, what it was adapted from and its lineage tree.',
		request: { params: z.object({ id: MaterialIdSchema }) },
		responses: {
			200: ok('The material.', MaterialDetailSchema),
			304: NOT_MODIFIED,
			404: problem('No published material has this id.', [
				[
					'unknown-id',
					'/api/v1/materials/no-such-material',
					{
						type: apiUrl('/en/api#problem-not_found'),
						title: 'Not found',
						status: 404,
						detail: 'No published material with this id',
						code: 'not_found',
						error: { code: 'not_found', message: 'No published material with this id' },
					},
				],
			]),
		},
	})

	registry.registerPath({
		method: 'get',
		path: '/api/v1/search',
		operationId: 'searchMaterials',
		summary: 'Search published materials in any language',
		description:
			'Hits with the title and snippet highlighted in the language that matched, why each matched, facet counts (a facet’s counts ignore its own selection), and a corrected query when nothing matched. Without `q`, the filtered catalog newest first.',
		request: { query: SearchQuerySchema },
		responses: {
			200: ok('One page of hits.', SearchResponseSchema),
			304: NOT_MODIFIED,
			400: problem('A parameter has a value outside its vocabulary.', [
				invalidParameter('/api/v1/search', 'risk', '<script>'),
				invalidParameter('/api/v1/search', 'accessibility', 'telepathy'),
				invalidParameter('/api/v1/search', 'page', '0'),
			]),
			429: RATE_LIMITED,
		},
	})
	return registry
}

/** The OpenAPI document, its server on APP_ORIGIN when set. */
export function buildOpenApiDocument() {
	return new OpenApiGeneratorV31(buildRegistry().definitions).generateDocument({
		openapi: '3.1.0',
		info: {
			title: 'Awareness Exchange API',
			version: '1.0.0',
			description:
				'Read-only access to the published materials of the Awareness Exchange, a shared library of public awareness materials against child sexual abuse online. No key is needed; any site may call it (CORS). Errors are RFC 9457 problem details.',
		},
		servers: [{ url: apiUrl('/') }],
	})
}
