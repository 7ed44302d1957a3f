import { createHash } from 'node:crypto'
import { type LoaderFunctionArgs } from '@remix-run/node'
import { isUiLanguage, negotiateUiLanguage } from '#app/domain/languages.ts'
import { downloadFileName } from '#app/domain/versions.ts'
import {
	CONVERSION_FORMATS,
	conversionVariant,
	isConversionFormat,
	renderConversion,
	type ConversionSpec,
} from '#app/media/conversions.server.ts'
import { isImage } from '#app/media/media-types.ts'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { pathForKey, storedFileExists } from '#app/media/storage.server.ts'
import { getAttributionFacts, getOrMakeConversion } from '#app/models/conversion.server.ts'
import { recordDownload } from '#app/models/material/queries.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { findFileFor } from './__file-access.server.ts'
import { contentDisposition } from './download.$fileId.ts'

/**
 * An image material in another format, carrying its credit (PNG, WebP, or a
 * print-ready A4 or A3 PDF: app/media/conversions.server.ts), in the
 * reader's UI language (`?ui=`, else their browser's). Each conversion is
 * made once and stored; later downloads stream it from the store.
 * Access is download.$fileId's: published files are public and counted; a
 * draft's files reach only its country and reviewers, uncounted, and to
 * everyone else do not exist.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const notFound = () => new Response('Not found', { status: 404 })
	const format = params.format
	if (!isConversionFormat(format)) return notFound()
	const found = await findFileFor(request, params.fileId)
	if (!found) return notFound()
	const { file, published } = found
	if (file.role !== 'primary' || !isImage(file.asset.mediaType)) return notFound()
	const facts = await getAttributionFacts(file.versionId)
	if (!facts) return notFound()

	const ui = new URL(request.url).searchParams.get('ui')
	const lang = isUiLanguage(ui) ? ui : negotiateUiLanguage(request.headers.get('accept-language'))
	const spec: ConversionSpec = {
		format,
		lang,
		credit: facts.input,
		titleLang: facts.lang,
		pageUrl: published ? `${appOrigin()}/${lang}/materials/${facts.materialId}` : null,
	}
	const variant = conversionVariant(spec)
	const output = CONVERSION_FORMATS[format]
	const name = downloadFileName(facts.input.title, facts.lang, output.extension).replace(
		/\.pdf$/,
		`-${output.paper}.pdf`,
	)
	const etag = `W/"${createHash('sha256').update(`${file.asset.sha256}/${variant}`).digest('base64url')}"`
	const headers: Record<string, string> = {
		etag,
		'cache-control': published ? 'private, no-cache' : 'private, no-store',
		'content-disposition': contentDisposition(name),
	}
	if (!isUiLanguage(ui)) headers.vary = 'accept-language'
	if (request.headers.get('if-none-match') === etag) {
		return new Response(null, { status: 304, headers })
	}
	if (!storedFileExists(file.asset.storageKey)) {
		console.error(`stored file missing: ${file.asset.storageKey}`)
		return notFound()
	}

	const conversion = await getOrMakeConversion({ assetId: file.assetId, format, variant }, () =>
		renderConversion(
			{ path: pathForKey(file.asset.storageKey), mediaType: file.asset.mediaType },
			spec,
		),
	)
	const response = storedFileResponse(
		request,
		{ ...conversion, mediaType: output.contentType },
		headers,
	)
	if (published && response.status === 200 && request.method === 'GET')
		await recordDownload(file.versionId)
	return response
}
