/**
 * Walks the public API as a client would, through a base URL given on the
 * command line (the app, or a validating proxy such as Stoplight Prism in
 * front of it), and prints what came back: every page of the list, every
 * material, searches, revalidations and hostile queries.
 *
 *   npx tsx scripts/api-walk.ts http://127.0.0.1:4010
 *
 * Prism reports a request or answer that breaks the OpenAPI document in a
 * `sl-violations` header (and, with --errors, as an error answer); the
 * walk counts both, and 5xx answers, and exits 1 when there is any.
 */
import process from 'node:process'

const base = (process.argv[2] ?? '').replace(/\/$/, '')
if (!/^https?:\/\//.test(base)) {
	console.error('usage: tsx scripts/api-walk.ts <base URL>')
	process.exit(2)
}

const statuses = new Map<number, number>()
const violations: string[] = []
const serverErrors: string[] = []
let calls = 0

async function get(path: string, headers: Record<string, string> = {}) {
	const response = await fetch(`${base}${path}`, { headers })
	calls++
	statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
	const reported = response.headers.get('sl-violations')
	if (reported) violations.push(`${path}: ${reported}`)
	if (response.status >= 500) serverErrors.push(`${path}: ${response.status}`)
	const text = await response.text()
	return { response, body: text && response.status < 500 ? JSON.parse(text) : null }
}

const first = await get('/api/v1/materials?pageSize=100&ui=fr')
const items: { id: string }[] = [...first.body.items]
for (let page = 2; page <= first.body.pageCount; page++)
	items.push(...(await get(`/api/v1/materials?pageSize=100&page=${page}`)).body.items)
for (const { id } of items) {
	const one = await get(`/api/v1/materials/${id}`, { 'accept-language': 'ar' })
	await get(`/api/v1/materials/${id}`, { 'if-none-match': one.response.headers.get('etag') ?? '' })
}
for (const query of [
	'q=sextortion',
	'q=p%C3%A9dopi%C3%A9geage&ui=ar',
	'q=eltrnx',
	'risk=grooming&lang=fr',
	'audience=parents-carers&age=13-17',
])
	await get(`/api/v1/search?${query}`)
for (const query of ['accessibility=captions', 'licence=cc-by-4.0&licence=cc0-1.0', 'country=fr'])
	await get(`/api/v1/materials?${query}`)
for (const bad of [
	'/api/v1/materials?risk=%3Cscript%3E',
	'/api/v1/materials?pageSize=100000',
	'/api/v1/materials/does-not-exist',
	'/api/v1/search?age=%00%ff',
	'/api/v1/search?page=0',
])
	await get(bad)

console.log(`${calls} requests, ${items.length} materials`)
console.log(
	`statuses: ${[...statuses].map(([status, count]) => `${status} × ${count}`).join(', ')}`,
)
console.log(`server errors: ${serverErrors.length}`)
console.log(`schema violations: ${violations.length}`)
for (const line of [...serverErrors, ...violations].slice(0, 20)) console.log(`  ${line}`)
process.exit(serverErrors.length || violations.length ? 1 : 0)
