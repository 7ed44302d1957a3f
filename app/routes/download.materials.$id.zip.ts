import { type LoaderFunctionArgs } from '@remix-run/node'
import { Zip, ZipPassThrough } from 'fflate'
import { countryName } from '#app/domain/countries.ts'
import {
	isUiLanguage,
	languageName,
	negotiateUiLanguage,
	UI_LANGUAGES,
} from '#app/domain/languages.ts'
import { LICENCE_TERMS } from '#app/domain/licence.ts'
import { creditedOwner } from '#app/domain/organisation.ts'
import { downloadFileName, pickVersion } from '#app/domain/versions.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { attributionLines } from '#app/media/attribution.server.ts'
import { extensionFor } from '#app/media/media-types.ts'
import { openStoredFile, storedFileExists } from '#app/media/storage.server.ts'
import {
	getDownloadableFile,
	getPublishedMaterial,
	recordDownload,
} from '#app/models/material/queries.server.ts'
import { contentDisposition, creditedStorageKey } from './__download.server.ts'

/**
 * Every language version of a published material as one zip, streamed: each
 * file is read from the store and written into the archive as it goes
 * (stored, not recompressed: images, PDFs and videos are compressed
 * already), with a short text naming the material, who made it (the
 * organisation and its country) and its licence. Files that can carry their
 * credit go in as the plain download gives them (download.$fileId.ts), in
 * the reader's language.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const ui = new URL(request.url).searchParams.get('ui')
	const lang = isUiLanguage(ui) ? ui : negotiateUiLanguage(request.headers.get('accept-language'))
	const material =
		params.id && params.id.length <= 64 ? await getPublishedMaterial(params.id, lang) : null
	if (!material) return new Response('Not found', { status: 404 })
	const t = getFixedT(lang)
	const vocab = getFixedT(lang, 'vocab')
	const entries = material.versions.flatMap((v) =>
		v.files
			.filter((f) => f.role === 'primary')
			.map((f, i) => ({
				versionId: v.id,
				path: `${v.lang}/${downloadFileName(v.title, v.lang, extensionFor(f.mediaType)).replace(/(\.\w+)$/, i ? `-${i + 1}$1` : '$1')}`,
				fileId: f.id,
			})),
	)
	const about = [
		...material.versions.map((v) => `${languageName(v.lang, lang)}: ${v.title}`),
		'',
		`${t('material.byline', {
			country: creditedOwner(
				t,
				countryName(material.countryCode, lang),
				material.organisation?.name,
			),
		})}`,
		...(material.organisation?.contact ? [material.organisation.contact] : []),
		`${vocab(`licence.${material.licence}`)}`,
		'',
		// The credit in every UI language, each with the title of its version
		// when the material has one in that language; a right-to-left mark
		// gives an Arabic line its direction in any text editor.
		...UI_LANGUAGES.map((l) => {
			const credit = attributionLines(
				{
					title: pickVersion(material.versions, l, material.originalLang)?.title ?? '',
					countryCode: material.countryCode,
					organisation: material.organisation?.name,
					licence: material.licence,
					adaptedFrom: material.adaptedFrom,
				},
				l,
			)
			return `${credit.dir === 'rtl' ? '\u200F' : ''}${credit.line}`
		}),
		...(LICENCE_TERMS[material.licence].url ? ['', LICENCE_TERMS[material.licence].url] : []),
	].join('\r\n')

	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const zip = new Zip((error, chunk, final) => {
				if (error) return controller.error(error)
				controller.enqueue(chunk)
				if (final) controller.close()
			})
			const readme = new ZipPassThrough('README.txt')
			zip.add(readme)
			readme.push(new TextEncoder().encode(`${about}\r\n`), true)
			for (const entry of entries) {
				const stored = await getDownloadableFile(entry.fileId)
				if (!stored || !storedFileExists(stored.asset.storageKey)) continue
				const key = await creditedStorageKey(stored, lang)
				if (!storedFileExists(key)) continue
				const file = new ZipPassThrough(entry.path)
				zip.add(file)
				for await (const chunk of openStoredFile(key)) file.push(chunk as Uint8Array)
				file.push(new Uint8Array(0), true)
			}
			zip.end()
		},
	})
	if (request.method === 'GET') {
		for (const versionId of new Set(entries.map((e) => e.versionId)))
			await recordDownload(versionId)
	}
	const name = downloadFileName(material.versions[0]?.title ?? 'material', 'all', 'zip').replace(
		/-all\.zip$/,
		'.zip',
	)
	return new Response(stream, {
		headers: {
			'content-type': 'application/zip',
			'content-disposition': contentDisposition(name),
			'cache-control': 'private, no-cache',
			'x-content-type-options': 'nosniff',
		},
	})
}
