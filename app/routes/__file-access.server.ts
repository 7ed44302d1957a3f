import { getUser } from '#app/auth/session.server.ts'
import { can } from '#app/domain/permissions.ts'
import { getAnyVersionFile } from '#app/models/material.server.ts'

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
