import { createHash } from 'node:crypto'
import fsp from 'node:fs/promises'
import { type LoaderFunctionArgs } from '@remix-run/node'
import sharp, { type SharpOptions } from 'sharp'
import { isUiLanguage, negotiateUiLanguage } from '#app/domain/languages.ts'
import { downloadFileName } from '#app/domain/versions.ts'
import { type Licence } from '#app/domain/vocabularies.ts'
import {
	attributionInAllLanguages,
	attributionLines,
	attributionStrip,
	pngWithText,
	xmpPacket,
	type AttributionInput,
} from '#app/media/attribution.server.ts'
import { MAX_INPUT_PIXELS } from '#app/media/images.server.ts'
import { isImage } from '#app/media/media-types.ts'
import { pdfFooterWidthPx, posterToPdf, type Paper } from '#app/media/poster-render.server.ts'
import { pathForKey, storedFileExists } from '#app/media/storage.server.ts'
import { recordDownload } from '#app/models/material.server.ts'
import { db } from '#app/utils/db.server.ts'
import { appOrigin } from '#app/utils/request.server.ts'
import { findFileFor } from './__file-access.server.ts'
import { contentDisposition } from './download.$fileId.ts'

/**
 * An image material in another format, carrying its credit: PNG with the
 * attribution in text chunks, WebP with it in XMP, a print-ready PDF (A4 or
 * A3) with it printed under the poster and in the document's information.
 * The credit is in the reader's UI language (`?ui=`, else their browser's).
 * Access is download.$fileId's: published files are public and counted; a
 * draft's files reach only its country and reviewers, uncounted, and to
 * everyone else do not exist.
 */

const FORMATS = {
	png: { contentType: 'image/png', extension: 'png', paper: null },
	webp: { contentType: 'image/webp', extension: 'webp', paper: null },
	'pdf-a4': { contentType: 'application/pdf', extension: 'pdf', paper: 'A4' },
	'pdf-a3': { contentType: 'application/pdf', extension: 'pdf', paper: 'A3' },
} as const satisfies Record<string, { contentType: string; extension: string; paper: Paper | null }>

function isFormat(value: string | undefined): value is keyof typeof FORMATS {
	return value !== undefined && Object.hasOwn(FORMATS, value)
}

// Stored images went through sanitizeImage, but are still decoded with the upload limits.
const IMAGE_INPUT: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }

// Changes when what this route writes changes, so browsers fetch it again.
const OUTPUT_REVISION = '1'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const notFound = () => new Response('Not found', { status: 404 })
	const format = params.format
	if (!isFormat(format)) return notFound()
	const found = await findFileFor(request, params.fileId)
	if (!found) return notFound()
	const { file, published } = found
	if (file.role !== 'primary' || !isImage(file.asset.mediaType)) return notFound()
	const facts = await attributionFacts(file.versionId)
	if (!facts) return notFound()

	const ui = new URL(request.url).searchParams.get('ui')
	const lang = isUiLanguage(ui) ? ui : negotiateUiLanguage(request.headers.get('accept-language'))
	const credit = attributionLines(facts.input, lang)
	const pageUrl = published ? `${appOrigin()}/${lang}/materials/${facts.materialId}` : null
	const spec = FORMATS[format]
	const name = downloadFileName(facts.input.title, facts.lang, spec.extension).replace(
		/\.pdf$/,
		`-${spec.paper}.pdf`,
	)
	const etag = `W/"${createHash('sha256')
		.update(
			JSON.stringify([OUTPUT_REVISION, file.asset.sha256, format, lang, credit.line, pageUrl]),
		)
		.digest('base64url')}"`
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

	const stored = await fsp.readFile(pathForKey(file.asset.storageKey))
	// A stored PNG is used as it is, so its pixels are exactly the original's.
	const png =
		format === 'webp'
			? null
			: file.asset.mediaType === 'image/png'
				? stored
				: await sharp(stored, IMAGE_INPUT).rotate().png().toBuffer()
	const all = attributionInAllLanguages(facts.input)
	let body: Buffer
	if (format === 'png') {
		body = pngWithText(png!, {
			Title: facts.input.title,
			Author: credit.owner,
			Copyright: credit.lineWithUrl,
			Description: [...all.map((a) => a.line), ...(pageUrl ? [pageUrl] : [])].join('\n'),
		})
	} else if (format === 'webp') {
		body = await sharp(stored, IMAGE_INPUT)
			.rotate()
			.webp({ quality: 88 })
			.withXmp(
				xmpPacket({
					title: facts.input.title,
					titleLang: facts.lang,
					creator: credit.owner,
					rights: [credit, ...all.filter((a) => a.lang !== lang)].map((a) => ({
						lang: a.lang,
						text: a.lineWithUrl,
					})),
					licenceUrl: credit.licenceUrl,
					attributionName: credit.owner,
					attributionUrl: pageUrl,
					marked: facts.input.licence !== 'cc0-1.0',
				}),
			)
			.toBuffer()
	} else {
		const paper = spec.paper!
		body = await posterToPdf(png!, paper, {
			footer: await attributionStrip(credit.lineWithUrl, lang, pdfFooterWidthPx(paper)),
			metadata: {
				title: facts.input.title,
				author: credit.owner,
				subject: credit.lineWithUrl,
				keywords: [credit.owner, credit.licence, ...(pageUrl ? [pageUrl] : [])],
			},
		})
	}

	if (published && request.method === 'GET') await recordDownload(file.versionId)
	return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
		headers: {
			'content-type': spec.contentType,
			'content-length': String(body.length),
			...headers,
		},
	})
}

/**
 * What the credit of a version's files is made of. The source of an
 * adaptation is named only while it is published, as on the material page.
 */
async function attributionFacts(versionId: string) {
	const version = await db.materialVersion.findUnique({
		where: { id: versionId },
		select: {
			lang: true,
			title: true,
			material: {
				select: {
					id: true,
					countryCode: true,
					licence: true,
					derivedFromVersion: {
						select: {
							title: true,
							material: { select: { countryCode: true, status: true } },
						},
					},
				},
			},
		},
	})
	if (!version) return null
	const { material } = version
	const source = material.derivedFromVersion
	const input: AttributionInput = {
		title: version.title,
		countryCode: material.countryCode,
		licence: material.licence as Licence,
		adaptedFrom:
			source && source.material.status === 'published'
				? { title: source.title, countryCode: source.material.countryCode }
				: null,
	}
	return { materialId: material.id, lang: version.lang, input }
}
