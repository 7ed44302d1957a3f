import { createHash } from 'node:crypto'
import { isUiLanguage, negotiateUiLanguage, type UiLanguage } from '#app/domain/languages.ts'
import { PRINT_PPI, printedResolution } from '#app/domain/print.ts'
import { downloadFileName } from '#app/domain/versions.ts'
import { attributionLines } from '#app/media/attribution.server.ts'
import {
	canCreditOriginal,
	CONVERSION_FORMATS,
	conversionVariant,
	isOfficeDocument,
	printSpec,
	renderConversion,
	type ConversionSpec,
	type PrintTemplate,
	type StoredFormat,
} from '#app/media/conversions.server.ts'
import { PosterRenderError } from '#app/media/poster-render.server.ts'
import { extensionFor } from '#app/media/media-types.ts'
import { storedFileResponse } from '#app/media/serve.server.ts'
import { pathForKey, storedFileExists } from '#app/media/storage.server.ts'
import { getAttributionFacts, getOrMakeConversion } from '#app/models/conversion.server.ts'
import { recordDownload } from '#app/models/material/queries.server.ts'
import { getPrintTemplate } from '#app/models/material/templates.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { type findFileFor } from './__file-access.server.ts'

type Found = NonNullable<Awaited<ReturnType<typeof findFileFor>>>

/** RFC 6266: an ASCII fallback plus the UTF-8 name for titles in any script. */
export function contentDisposition(name: string) {
	const ascii =
		name
			.normalize('NFKD')
			.replace(/[^\x20-\x7e]/g, '')
			.replace(/["\\]/g, '') || 'material'
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/** The reader's UI language: `?ui=`, else their browser's. */
export function readerLanguage(request: Request) {
	const ui = new URL(request.url).searchParams.get('ui')
	return {
		lang: isUiLanguage(ui) ? ui : negotiateUiLanguage(request.headers.get('accept-language')),
		chosen: isUiLanguage(ui),
	}
}

type Facts = NonNullable<Awaited<ReturnType<typeof getAttributionFacts>>>

/** What a credited file says besides its own content (conversionVariant hashes all of it). */
function specFor(
	facts: Facts,
	format: StoredFormat,
	lang: UiLanguage,
	published: boolean,
	template: PrintTemplate | null,
): ConversionSpec {
	const paper = format === 'original' ? null : CONVERSION_FORMATS[format].paper
	return {
		format,
		lang,
		credit: facts.input,
		titleLang: facts.lang,
		pageUrl: published ? `${appOrigin()}/${lang}/materials/${facts.materialId}` : null,
		print: paper && template ? printSpec(template, paper) : null,
	}
}

/** The stored credited file for a spec, made first if there is none (or its file is missing). */
function storedCredited(
	file: Found['file'],
	spec: ConversionSpec,
	variant: string,
	template: PrintTemplate | null,
) {
	return getOrMakeConversion({ assetId: file.assetId, format: spec.format, variant }, () =>
		renderConversion(
			{ path: pathForKey(file.asset.storageKey), mediaType: file.asset.mediaType },
			spec,
			template,
		),
	)
}

/**
 * A file with its credit written in (app/media/conversions.server.ts), in
 * the reader's UI language: `original` for the file in its own format, or
 * another format of an image. Each is made once and stored; later
 * downloads stream it from the store. Published files are counted.
 */
export async function creditedFileResponse(
	request: Request,
	{ file, published }: Found,
	format: StoredFormat,
) {
	const notFound = () => new Response('Not found', { status: 404 })
	const facts = await getAttributionFacts(file.versionId)
	if (!facts) return notFound()
	const { lang, chosen } = readerLanguage(request)
	const paper = format === 'original' ? null : CONVERSION_FORMATS[format].paper
	let template = paper ? await getPrintTemplate(file) : null
	let spec = specFor(facts, format, lang, published, template)
	const contentType =
		format === 'original' ? file.asset.mediaType : CONVERSION_FORMATS[format].contentType
	const extension =
		format === 'original'
			? extensionFor(file.asset.mediaType)
			: CONVERSION_FORMATS[format].extension
	let name =
		format === 'original' && isOfficeDocument(file.asset.mediaType)
			? creditedName(request, facts, extension)
			: downloadFileName(facts.input.title, facts.lang, extension)
	if (paper) {
		// A print that is not sharp says so in its name, as on its button.
		const ppi =
			spec.print || !file.asset.width || !file.asset.height
				? null
				: printedResolution(paper, file.asset.width, file.asset.height)
		name = name.replace(
			/\.pdf$/,
			`-${paper}${ppi !== null && ppi < PRINT_PPI ? `-${ppi}ppi` : ''}.pdf`,
		)
	}
	let variant = conversionVariant(spec)
	const etag = `W/"${createHash('sha256').update(`${file.asset.sha256}/${format}/${variant}`).digest('base64url')}"`
	const headers: Record<string, string> = {
		etag,
		'cache-control': published ? 'private, no-cache' : 'private, no-store',
		'content-disposition': contentDisposition(name),
	}
	if (!chosen) headers.vary = 'accept-language'
	if (request.headers.get('if-none-match') === etag) {
		return new Response(null, { status: 304, headers })
	}
	if (!storedFileExists(file.asset.storageKey)) {
		console.error(`stored file missing: ${file.asset.storageKey}`)
		return notFound()
	}

	let conversion
	try {
		conversion = await storedCredited(file, spec, variant, template)
	} catch (error) {
		if (!(error instanceof PosterRenderError) || !template) throw error
		// The template no longer renders (a text made too long since the file
		// was rendered): the file's own pixels, as for any flat image.
		console.error(`print of ${file.id} from its template failed: ${error.reason}`)
		template = null
		spec = specFor(facts, format, lang, published, null)
		variant = conversionVariant(spec)
		conversion = await storedCredited(file, spec, variant, null)
	}
	const response = storedFileResponse(request, { ...conversion, mediaType: contentType }, headers)
	if (published && response.status === 200 && request.method === 'GET')
		await recordDownload(file.versionId)
	return response
}

/**
 * Where the zip finds a file: its credited copy (made and stored if need
 * be) when it can carry a credit, else the stored file. A PDF whose credit
 * page cannot be made goes in as it is stored.
 */
export async function creditedStorageKey(file: Found['file'], lang: UiLanguage) {
	if (file.role !== 'primary' || !canCreditOriginal(file.asset.mediaType))
		return file.asset.storageKey
	const facts = await getAttributionFacts(file.versionId)
	if (!facts) return file.asset.storageKey
	const spec = specFor(facts, 'original', lang, true, null)
	try {
		return (await storedCredited(file, spec, conversionVariant(spec), null)).storageKey
	} catch (error) {
		console.error(`credited copy of ${file.id} for a zip failed, using the stored file`, error)
		return file.asset.storageKey
	}
}

/**
 * The name of a file that cannot carry its credit inside (video, audio,
 * office documents): its title and language, then who made it and the
 * licence, in the reader's language.
 */
export function creditedName(request: Request, facts: Facts, extension: string) {
	const credit = attributionLines(facts.input, readerLanguage(request).lang)
	return downloadFileName(
		facts.input.title,
		facts.lang,
		extension,
		`${credit.owner} ${credit.licence}`,
	)
}
