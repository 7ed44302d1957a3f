import { can, type Action, type Actor } from '#app/domain/permissions.ts'
import {
	getMaterialScope,
	getVersionScope,
	type MaterialScope,
} from '#app/models/material/queries.server.ts'
import { requireUser, type SessionUser } from './session.server.ts'

/**
 * Who may do what to one material, for every route that names one. A
 * material someone may not see (another country's draft) answers exactly as
 * a missing one, 404, so ids tell nothing; so does a reviewer's decision
 * asked by someone who is not a reviewer. A material they may see but not
 * change in that way is a 403.
 */

const REVIEW_ACTIONS: ReadonlySet<Action> = new Set(['publish', 'request-changes', 'withdraw'])

export function materialAccess(
	user: Actor,
	material: MaterialScope | null,
	action: Action,
): 'ok' | 404 | 403 {
	if (!material) return 404
	const target = { countryCode: material.countryCode, ownerId: material.createdById }
	const allowed = action === 'read-draft' || can(user, action, 'material', target)
	if (!can(user, 'read-draft', 'material', target)) return 404
	if (!allowed) return REVIEW_ACTIONS.has(action) ? 404 : 403
	return 'ok'
}

function refuse(status: 404 | 403): never {
	throw new Response(status === 404 ? 'Not found' : 'Forbidden', {
		status,
		headers: { 'content-type': 'text/plain' },
	})
}

/** The signed-in user and the material, when the user may `action` it; else 404 or 403. */
export async function requireMaterialAccess(
	request: Request,
	materialId: string | undefined,
	action: Action,
): Promise<{ user: SessionUser & { sessionId: string }; material: MaterialScope }> {
	const user = await requireUser(request)
	const material = materialId ? await getMaterialScope(materialId) : null
	const access = materialAccess(user, material, action)
	if (access !== 'ok') refuse(access)
	return { user, material: material! }
}

/** The same, for a route that names one language version of a material. */
export async function requireVersionAccess(
	request: Request,
	versionId: string | undefined,
	action: Action,
) {
	const user = await requireUser(request)
	const found = versionId ? await getVersionScope(versionId) : null
	const access = materialAccess(user, found?.material ?? null, action)
	if (access !== 'ok') refuse(access)
	return { user, version: found!.version, material: found!.material }
}
