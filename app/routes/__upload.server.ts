import { type SessionUser } from '#app/auth/session.server.ts'
import { isEditableStatus } from '#app/domain/moderation.ts'
import { findMaterialAccess } from '#app/auth/material-access.server.ts'
import { discardIngested, ingestUpload, type Ingested } from '#app/media/ingest.server.ts'
import { MultipartLimitError } from '#app/media/multipart.server.ts'
import {
	discard,
	maxUploadBytes,
	receiveUpload,
	uploadLimits,
	type ReceivedFile,
} from '#app/media/upload.server.ts'
import { attachIngestedFile } from '#app/models/material/files.server.ts'
import { MaterialChangeRefused } from '#app/models/material/unit-of-work.server.ts'

/**
 * One upload to a material's language version, shared by the plain form on
 * the workspace page (no JavaScript) and the JSON endpoint the progress bar
 * uses. Temporary files are removed on every path.
 */

export type UploadOutcome =
	| { ok: true; fileId: string; versionId: string }
	| { ok: false; status: number; code: string; limitMb?: number }

export async function handleMaterialUpload(
	request: Request,
	user: SessionUser,
	materialId: string,
): Promise<UploadOutcome> {
	const { access, material: scope } = await findMaterialAccess(user, materialId, 'edit')
	if (access === 404) return { ok: false, status: 404, code: 'not-found' }
	if (access === 403 || !scope) return { ok: false, status: 403, code: 'forbidden' }
	if (!isEditableStatus(scope.status)) return { ok: false, status: 409, code: 'not-editable' }
	return withIngestedUpload(request, async (form, ingested) => {
		const versionId = form.get('versionId')
		if (typeof versionId !== 'string' || !versionId || versionId.length > 64)
			return { ok: false, status: 400, code: 'no-version' }
		try {
			const file = await attachIngestedFile(
				user,
				{ materialId: scope.id, countryCode: scope.countryCode, versionId },
				ingested,
			)
			return { ok: true, fileId: file.id, versionId }
		} catch (error) {
			if (!(error instanceof MaterialChangeRefused)) throw error
			// A version of another material, or a submission that began meanwhile.
			return error.problem === 'not-found'
				? { ok: false, status: 400, code: 'no-version' }
				: { ok: false, status: 409, code: 'not-editable' }
		}
	})
}

export type UploadFailure = { ok: false; status: number; code: string; limitMb?: number }

/**
 * Receives a multipart request with exactly one file, ingests it (type from
 * the bytes, limits, sanitized image and renditions) and hands it to `handle`
 * with the form's other fields. Refusals come back as a status and a code
 * the pages translate; every temporary file is removed on every path.
 */
export async function withIngestedUpload<T>(
	request: Request,
	handle: (form: FormData, ingested: Ingested) => Promise<T | UploadFailure>,
): Promise<T | UploadFailure> {
	if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
		return { ok: false, status: 400, code: 'no-file' }
	}
	let received: { form: FormData; files: ReceivedFile[] }
	try {
		received = await receiveUpload(request)
	} catch (error) {
		if (error instanceof MultipartLimitError) return refusalFor(error)
		// A client that goes away mid-upload, or a body that is not multipart.
		return { ok: false, status: 400, code: 'interrupted' }
	}
	const { form, files } = received
	try {
		if (files.length !== 1)
			return { ok: false, status: 400, code: files.length ? 'one-file' : 'no-file' }
		const result = await ingestUpload(files[0]!)
		if (!result.ok) {
			if (result.reason === 'too-large')
				return { ok: false, status: 413, code: 'too-large', limitMb: toMb(result.limitBytes) }
			const tooBig = ['image-too-large', 'too-many-pages', 'too-complex'].includes(result.reason)
			return { ok: false, status: tooBig ? 413 : 415, code: result.reason }
		}
		try {
			return await handle(form, result.ingested)
		} finally {
			await discardIngested(result.ingested)
		}
	} finally {
		await discard(files)
	}
}

/** What an upload stopped at one of its limits is told. */
function refusalFor(error: MultipartLimitError): UploadFailure {
	switch (error.limit) {
		case 'file-size':
			return { ok: false, status: 413, code: 'too-large', limitMb: toMb(maxUploadBytes()) }
		case 'files':
			return { ok: false, status: 400, code: 'one-file' }
		case 'fields':
			return { ok: false, status: 413, code: 'too-many-fields' }
		case 'field-size':
		case 'header-size':
			return { ok: false, status: 413, code: 'field-too-large' }
	}
}

const toMb = (bytes: number) => Math.round(bytes / 1024 / 1024)

/** The upload limits in MB, for the form's hint. */
export function uploadLimitsMb() {
	const limits = uploadLimits()
	return {
		image: toMb(limits.image),
		document: toMb(limits.document),
		video: toMb(limits.video),
		audio: toMb(limits.audio),
	}
}
