import { mayAccessMaterial, requireMaterialAccess } from '#app/auth/material-access.server.ts'
import { isEditableStatus } from '#app/domain/moderation.ts'
import { getAdaptationSegments } from '#app/models/material/adaptations.server.ts'

/**
 * What every page of an adaptation's guided flow
 * (`/workspace/adaptations/:id/<step>`) starts from: the signed-in user
 * with access to the draft, the adaptation and its segments, and what the
 * user may do with it. A material that is not an adaptation is a 404 here.
 */
export async function loadAdaptation(request: Request, id: string | undefined) {
	const { user, material: scope } = await requireMaterialAccess(request, id, 'read-draft')
	const adaptation = await getAdaptationSegments(scope.id)
	if (!adaptation) throw new Response('Not found', { status: 404 })
	const mayEdit = mayAccessMaterial(user, scope, 'edit')
	// Content changes only outside review and publication; acknowledging a
	// change in the source changes no content, so it is allowed in any status.
	return {
		user,
		scope,
		adaptation,
		canEdit: isEditableStatus(scope.status) && mayEdit,
		canReview: mayEdit,
	}
}

/** What the unit of work's target needs to know of the adaptation's one version. */
export function posterTarget(loaded: Awaited<ReturnType<typeof loadAdaptation>>) {
	return {
		materialId: loaded.scope.id,
		countryCode: loaded.scope.countryCode,
		versionId: loaded.adaptation.version.id,
		lang: loaded.adaptation.version.lang,
	}
}
