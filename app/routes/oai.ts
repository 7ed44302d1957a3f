import { type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { renderLom, renderOaiDc } from '#app/domain/oai-metadata.ts'
import {
	encodeResumptionToken,
	parseOaiRequest,
	renderErrors,
	renderHeader,
	renderIdentify,
	renderMetadataFormats,
	renderOaiResponse,
	renderRecord,
	renderResumptionToken,
	renderSets,
	type MetadataPrefix,
	type OaiError,
	type OaiRequest,
} from '#app/domain/oai-pmh.ts'
import {
	getEarliestDatestamp,
	getHarvestRecord,
	listHarvestRecords,
	listHarvestSets,
	type HarvestRecord,
} from '#app/models/oai.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { appOrigin, readForm } from '#app/utils/request.server.ts'

/**
 * The OAI-PMH 2.0 endpoint for harvesters (Europeana, national education
 * portals): GET with a query string, or POST with a form body, as the
 * protocol allows both. Every answer is 200 with XML; protocol errors are
 * `<error>` elements, not HTTP statuses. See docs/decisions/019.
 */
export async function loader({ request }: LoaderFunctionArgs) {
	return answer(new URL(request.url).searchParams)
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	const params: [string, string][] = []
	for (const [key, value] of form) if (typeof value === 'string') params.push([key, value])
	return answer(params)
}

async function answer(params: Iterable<[string, string]>) {
	const origin = appOrigin()
	const baseUrl = `${origin}/oai`
	const parsed = parseOaiRequest(params)
	const body = parsed.ok ? await respond(parsed.request, origin) : renderErrors(parsed.errors)
	const xml = renderOaiResponse({
		responseDate: new Date(),
		baseUrl,
		arguments: parsed.arguments,
		body: typeof body === 'string' ? body : renderErrors([body]),
	})
	return new Response(xml, {
		headers: {
			'content-type': 'text/xml; charset=utf-8',
			// Harvests are incremental and a record changes at any time.
			'cache-control': 'no-cache',
		},
	})
}

function metadataOf(record: HarvestRecord, prefix: MetadataPrefix) {
	return prefix === 'lom' ? renderLom(record.material) : renderOaiDc(record.material)
}

/** The verb's element, or the one error it ends in. */
async function respond(request: OaiRequest, origin: string): Promise<string | OaiError> {
	switch (request.verb) {
		case 'Identify': {
			const env = getEnv()
			const adminEmail =
				env.OAI_ADMIN_EMAIL ?? /<([^>]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM
			return renderIdentify({
				repositoryName: 'Awareness Exchange',
				baseUrl: `${origin}/oai`,
				adminEmail,
				earliestDatestamp: await getEarliestDatestamp(),
			})
		}
		case 'ListMetadataFormats': {
			if (request.identifier && !(await getHarvestRecord(origin, request.identifier)))
				return idDoesNotExist(request.identifier)
			// Every record is disseminated in both formats.
			return renderMetadataFormats()
		}
		case 'ListSets':
			return renderSets(await listHarvestSets())
		case 'GetRecord': {
			const record = await getHarvestRecord(origin, request.identifier)
			if (!record) return idDoesNotExist(request.identifier)
			return `<GetRecord>${renderRecord(record.header, metadataOf(record, request.metadataPrefix))}</GetRecord>`
		}
		case 'ListIdentifiers':
		case 'ListRecords': {
			const page = await listHarvestRecords({
				origin,
				selection: request.selection,
				after: request.after,
				pageSize: getEnv().OAI_PAGE_SIZE,
			})
			if (!page.records.length) {
				// A token was given only when a record followed it. When none does
				// any more, every one left the list meanwhile (in a list bounded by
				// `until` or a set, a record that changes can leave it): the list
				// cannot be answered empty (the schema wants a record), and
				// noRecordsMatch speaks of the request's arguments. OAI-PMH 3.5.1
				// names this error for a repository that changed under a harvest;
				// the harvester starts the list again. See docs/decisions/019.
				if (request.after)
					return {
						code: 'badResumptionToken',
						message:
							'No record follows this resumption token any more: those that did have changed and left the list since. Start the list again.',
					}
				return { code: 'noRecordsMatch', message: 'No record matches this request.' }
			}
			const items = page.records.map((record) =>
				request.verb === 'ListIdentifiers'
					? renderHeader(record.header)
					: renderRecord(record.header, metadataOf(record, request.selection.metadataPrefix)),
			)
			const token = renderResumptionToken({
				token: page.next ? encodeResumptionToken(request.selection, page.next) : null,
				cursor: page.cursor,
				completeListSize: page.total,
				resumed: request.after !== null,
			})
			return `<${request.verb}>${items.join('')}${token}</${request.verb}>`
		}
	}
}

function idDoesNotExist(identifier: string): OaiError {
	return {
		code: 'idDoesNotExist',
		message: `"${identifier.slice(0, 200)}" is not the identifier of a record of this repository.`,
	}
}
