import { getUser } from '#app/auth/session.server.ts'
import { getTemplate } from '#app/models/material/templates.server.ts'
import { can } from '#app/domain/permissions.ts'
import {
	getAnyVersionFile,
	getDownloadableFile,
	getVersionScope,
} from '#app/models/material/queries.server.ts'
import { materialAccess } from '#app/auth/material-access.server.ts'

/**
 * An unpublished material's file, when the signed-in user may read that
 * material's drafts (its country, reviewers); null for everyone else, who
 * must not learn that it exists.
 */
export async function findUnpublishedFileFor(request: Request, fileId: string) {
	const user = await getUser(request)
	if (!user) return null
	const file = await getAnyVersionFile(fileId)
	if (
		!file ||
		!can(user, 'read-draft', 'material', { countryCode: file.version.material.countryCode })
	)
		return null
	return file
}

/**
 * A file for whoever may have it: a published material's file for anyone
 * (published: true), a draft's for its country and reviewers; null for
 * everyone else and for ids that cannot be one.
 */
export async function findFileFor(request: Request, fileId: string | undefined) {
	if (!fileId || fileId.length > 64) return null
	const published = await getDownloadableFile(fileId)
	if (published) return { file: published, published: true }
	const draft = await findUnpublishedFileFor(request, fileId)
	return draft ? { file: draft, published: false } : null
}

/**
 * A language version's poster template, for whoever may see the version: a
 * published material's template is public (templates are there to be
 * reused); a draft's only reaches its country and reviewers.
 */
export async function findTemplateFor(request: Request, versionId: string) {
	const found = await getVersionScope(versionId)
	if (!found) return null
	const isPublic = found.material.status === 'published'
	if (!isPublic) {
		const user = await getUser(request)
		if (!user || materialAccess(user, found.material, 'read-draft') !== 'ok') return null
	}
	const template = await getTemplate(versionId)
	return template ? { template, version: found.version, isPublic } : null
}
