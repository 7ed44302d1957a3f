import { findReadableDraftFile, findReadableVersion } from '#app/auth/material-access.server.ts'
import { getTemplate } from '#app/models/material/templates.server.ts'
import { getDownloadableFile } from '#app/models/material/queries.server.ts'

/**
 * A file for whoever may have it: a published material's file for anyone
 * (published: true), a draft's for its country and reviewers; null for
 * everyone else and for ids that cannot be one.
 */
export async function findFileFor(request: Request, fileId: string | undefined) {
	if (!fileId || fileId.length > 64) return null
	const published = await getDownloadableFile(fileId)
	if (published) return { file: published, published: true }
	const draft = await findReadableDraftFile(request, fileId)
	return draft ? { file: draft, published: false } : null
}

/**
 * A language version's poster template, for whoever may see the version: a
 * published material's template is public (templates are there to be
 * reused); a draft's only reaches its country and reviewers.
 */
export async function findTemplateFor(request: Request, versionId: string) {
	const found = await findReadableVersion(request, versionId)
	if (!found) return null
	const template = await getTemplate(found.version.id)
	return template ? { template, version: found.version, isPublic: found.isPublic } : null
}
