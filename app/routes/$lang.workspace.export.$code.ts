import { Readable } from 'node:stream'
import { type LoaderFunctionArgs } from '@remix-run/node'
import {
	ArchiveUnavailable,
	planCountryArchive,
	streamCountryArchive,
} from '#app/archive/export.server.ts'
import { requirePermission } from '#app/auth/session.server.ts'
import { isCountryCode } from '#app/domain/countries.ts'
import { getCountry } from '#app/models/country.server.ts'
import { recordCountryExport } from '#app/models/country-archive.server.ts'
import { invariantResponse } from '#app/utils/http.server.ts'
import { contentDisposition } from './__download.server.ts'

/**
 * A country's published library as a country archive (tar.gz, streamed;
 * app/archive/), for its coordinators and for administrators: another
 * instance loads it with `npm run import`. Every export is in the audit log.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const code = params.code?.toUpperCase()
	invariantResponse(isCountryCode(code), 404)
	const user = await requirePermission(request, 'export', 'country', { countryCode: code })
	invariantResponse(await getCountry(code), 404)
	let plan
	try {
		plan = await planCountryArchive(code)
	} catch (error) {
		if (!(error instanceof ArchiveUnavailable)) throw error
		// Files the database references are missing from the store: a backup's work, not the reader's.
		console.error(`export of ${code} refused: ${error.message}`)
		throw new Response('The archive cannot be made: stored files are missing', { status: 500 })
	}
	await recordCountryExport(user, code, plan.manifest.counts)
	const body = Readable.toWeb(streamCountryArchive(plan)) as ReadableStream<Uint8Array>
	return new Response(body, {
		headers: {
			'content-type': 'application/gzip',
			'content-disposition': contentDisposition(
				`awareness-exchange-${code}-${plan.manifest.exportedAt.slice(0, 10)}.tar.gz`,
			),
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff',
		},
	})
}
