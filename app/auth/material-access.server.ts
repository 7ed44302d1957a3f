import { can, type Action, type Actor } from '#app/domain/permissions.ts'
import { getRenditionForServing } from '#app/models/asset.server.ts'
import {
	getAnyVersionFile,
	getMaterialScope,
	getVersionScope,
	type MaterialScope,
} from '#app/models/material/queries.server.ts'
import { getUser, requireUser, type SessionUser } from './session.server.ts'

/**
 * Who may do what to one material, for every route that names one: routes
 * hand the id they were given to this module, and read the material only
 * through what it returns. A material someone may not see (another country's
 * draft) answers exactly as a missing one, 404, so ids tell nothing; so does
 * a reviewer's decision asked by someone who is not a reviewer. A material
 * they may see but not change in that way is a 403.
 *
 * Besides the permission actions, two belong to routes:
 * - `read`: what routes that also serve the public ask. A published material
 *   is anyone's, signed in or not; any other is its country's and the
 *   reviewers' (as `read-draft`), and a 404 for everyone else, including
 *   someone not signed in (who is not sent to sign in: that would tell the
 *   id exists).
 * - `review`: the review pages. Only reviewers; for anyone else the 404 a
 *   missing material gets, decided before the material is looked up.
 */

export type MaterialAction = Action | 'read' | 'review'

/** What the decision needs of a material: whose it is, and whether it is public. */
export type AccessScope = Pick<MaterialScope, 'countryCode' | 'status'> & {
	createdById?: string | null
}

const REVIEW_ACTIONS: ReadonlySet<MaterialAction> = new Set([
	'publish',
	'request-changes',
	'withdraw',
])

/** Actions that only need the material to be visible. */
const SEEING: ReadonlySet<MaterialAction> = new Set(['read', 'read-draft', 'review'])

const PUBLISHED = 'published'

function isReviewer(user: Actor) {
	return can(user, 'read', 'review-queue')
}

export function materialAccess(
	user: Actor | null,
	material: AccessScope | null,
	action: MaterialAction,
): 'ok' | 404 | 403 {
	if (!material) return 404
	if (action === 'read' && material.status === PUBLISHED) return 'ok'
	if (!user) return 404
	if (action === 'review' && !isReviewer(user)) return 404
	const target = { countryCode: material.countryCode, ownerId: material.createdById ?? null }
	if (!can(user, 'read-draft', 'material', target)) return 404
	const allowed = SEEING.has(action) || can(user, action as Action, 'material', target)
	if (!allowed) return REVIEW_ACTIONS.has(action) ? 404 : 403
	return 'ok'
}

/** Whether `user` may `action` the material: for what a page offers (buttons, links). */
export function mayAccessMaterial(
	user: Actor | null,
	material: AccessScope | null,
	action: MaterialAction,
) {
	return materialAccess(user, material, action) === 'ok'
}

function refuse(status: 404 | 403): never {
	throw new Response(status === 404 ? 'Not found' : 'Forbidden', {
		status,
		headers: { 'content-type': 'text/plain' },
	})
}

/**
 * For a route that has the material already (from requireMaterialAccess) and
 * then needs more of the user for one of its forms: a 404 or 403 unless
 * `user` may `action` it.
 */
export function assertMaterialAccess(
	user: Actor | null,
	material: AccessScope,
	action: MaterialAction,
) {
	const access = materialAccess(user, material, action)
	if (access !== 'ok') refuse(access)
}

type SignedIn = SessionUser & { sessionId: string }

/**
 * The user and the material, when the user may `action` it; else 404 or 403.
 * For `read`, the user is null when no one is signed in and the material is
 * published; for every other action someone not signed in is sent to sign
 * in, and reviewers and administrators without a second factor to set one up.
 */
export async function requireMaterialAccess(
	request: Request,
	materialId: string | undefined,
	action: 'read',
): Promise<{ user: SessionUser | null; material: MaterialScope }>
export async function requireMaterialAccess(
	request: Request,
	materialId: string | undefined,
	action: Exclude<MaterialAction, 'read'>,
): Promise<{ user: SignedIn; material: MaterialScope }>
export async function requireMaterialAccess(
	request: Request,
	materialId: string | undefined,
	action: MaterialAction,
): Promise<{ user: SessionUser | null; material: MaterialScope }> {
	if (action === 'read') {
		const material = materialId ? await getMaterialScope(materialId) : null
		const user = material ? await getUser(request) : null
		const access = materialAccess(user, material, action)
		if (access !== 'ok') refuse(access)
		// Someone who may see a draft: a second factor their role requires comes first, as in the workspace.
		if (material!.status !== PUBLISHED)
			return { user: await requireUser(request), material: material! }
		return { user, material: material! }
	}
	const user = await requireUser(request)
	// Before any lookup: a 403 for ids that exist would tell which ones do.
	if (action === 'review' && !isReviewer(user)) refuse(404)
	const material = materialId ? await getMaterialScope(materialId) : null
	const access = materialAccess(user, material, action)
	if (access !== 'ok') refuse(access)
	return { user, material: material! }
}

/** The same, for a route that names one language version of a material. */
export async function requireVersionAccess(
	request: Request,
	versionId: string | undefined,
	action: Exclude<MaterialAction, 'read'>,
) {
	const user = await requireUser(request)
	const found = versionId ? await getVersionScope(versionId) : null
	const access = materialAccess(user, found?.material ?? null, action)
	if (access !== 'ok') refuse(access)
	return { user, version: found!.version, material: found!.material }
}

/**
 * The decision without throwing, for a route that answers in its own way
 * (the upload endpoint answers JSON): the material, when there is one, and
 * whether `user` may `action` it.
 */
export async function findMaterialAccess(
	user: Actor,
	materialId: string,
	action: Exclude<MaterialAction, 'read'>,
) {
	const material = materialId ? await getMaterialScope(materialId) : null
	return { access: materialAccess(user, material, action), material }
}

/**
 * A language version and its material, when whoever asks may `read` it (a
 * published material's: anyone; a draft's: its country and reviewers); null
 * otherwise. For files fetched by the pages (images, downloads), which
 * answer a plain 404 and send no one elsewhere.
 */
export async function findReadableVersion(request: Request, versionId: string) {
	const found = await getVersionScope(versionId)
	if (!found) return null
	const isPublic = found.material.status === PUBLISHED
	const user = isPublic ? null : await getUser(request)
	return materialAccess(user, found.material, 'read') === 'ok' ? { ...found, isPublic } : null
}

/**
 * A file of an unpublished material, when the signed-in user may read that
 * material's drafts (its country, reviewers); null for everyone else, who
 * must not learn that it exists.
 */
export async function findReadableDraftFile(request: Request, fileId: string) {
	const user = await getUser(request)
	if (!user) return null
	const file = await getAnyVersionFile(fileId)
	if (!file || materialAccess(user, file.version.material, 'read-draft') !== 'ok') return null
	return file
}

/**
 * A rendition, when whoever asks may see one of the materials its image
 * belongs to (an image can be shared by several: a published one makes it
 * public); null otherwise.
 */
export async function findReadableRendition(request: Request, renditionId: string) {
	const found = await getRenditionForServing(renditionId)
	if (!found) return null
	if (found.isPublic) return found
	const user = await getUser(request)
	return found.materials.some((material) => materialAccess(user, material, 'read') === 'ok')
		? found
		: null
}
