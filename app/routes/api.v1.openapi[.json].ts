import { type LoaderFunctionArgs } from '@remix-run/node'
import { answerJson, answerPreflight } from '#app/api/http.server.ts'
import { buildOpenApiDocument } from '#app/api/openapi.server.ts'

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 description, generated from its Zod schemas. */
export async function loader({ request }: LoaderFunctionArgs) {
	if (request.method === 'OPTIONS') return answerPreflight()
	return answerJson(request, buildOpenApiDocument(), { maxAgeS: 300 })
}
