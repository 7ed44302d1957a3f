/**
 * Who may do what, as data: one row per (role, action, entity, scope). The
 * server checks every request with `can` (through requirePermission in
 * app/auth/session.server.ts) and the UI calls the same function to decide
 * which buttons to show, so nobody sees a button they cannot use.
 *
 * Scopes:
 * - own: the target was created by the actor (or is the actor's account);
 * - country: the target belongs to a country where the actor holds the role;
 * - any: every target.
 */
import { type Role } from './vocabularies.ts'

export const ACTIONS = [
	'create',
	'edit',
	'submit',
	'read-draft',
	'publish',
	'request-changes',
	'withdraw',
	'adapt',
	'invite',
	'remove',
	'read',
	'manage',
	'decide',
	// Taking a country's published library away as an archive (app/archive/).
	'export',
] as const
export type Action = (typeof ACTIONS)[number]

export const ENTITIES = [
	'material',
	'campaign',
	'contributor',
	'coordinator',
	'reviewer',
	'admin',
	'review-queue',
	'audit-log',
	'mail-outbox',
	'country',
	'account',
	'adaptation-permission',
	// The reporting mechanism: opening and closing rounds is the administrators';
	// who acts on a round's reports is decided per round (app/domain/reporting.ts).
	'reporting-round',
	// A country's note that it used another country's material or campaign
	// (app/domain/usage-note.ts); the target country is the note's, not the material's.
	'usage-note',
] as const
export type Entity = (typeof ENTITIES)[number]

export const SCOPES = ['own', 'country', 'any'] as const
export type Scope = (typeof SCOPES)[number]

export interface Permission {
	role: Role
	action: Action
	entity: Entity
	scope: Scope
}

const rows = (role: Role, scope: Scope, entity: Entity, actions: Action[]): Permission[] =>
	actions.map((action) => ({ role, action, entity, scope }))

/** What a country's contributors do; coordinators do it too. */
const CONTRIBUTING = (role: Role): Permission[] => [
	...rows(role, 'country', 'material', ['create', 'edit', 'submit', 'read-draft']),
	...rows(role, 'country', 'campaign', ['create', 'edit']),
	// Adapting is asked of the source material, which can be any country's;
	// the derivative is created in the actor's own country.
	...rows(role, 'any', 'material', ['adapt']),
	// Saying that the country used another country's work; which works is
	// decided by the work (public, not the country's own: app/domain/usage-note.ts).
	...rows(role, 'country', 'usage-note', ['create']),
]

export const PERMISSIONS: readonly Permission[] = [
	...rows('contributor', 'own', 'account', ['edit']),
	...rows('coordinator', 'own', 'account', ['edit']),
	...rows('reviewer', 'own', 'account', ['edit']),
	...rows('admin', 'own', 'account', ['edit']),

	...CONTRIBUTING('contributor'),
	// A contributor changes the note they wrote; the country's coordinators answer for all of them.
	...rows('contributor', 'own', 'usage-note', ['edit']),

	...CONTRIBUTING('coordinator'),
	...rows('coordinator', 'country', 'contributor', ['invite', 'remove']),
	// Whether another country may adapt a material whose licence needs permission.
	...rows('coordinator', 'country', 'adaptation-permission', ['decide']),
	...rows('coordinator', 'country', 'usage-note', ['edit', 'remove']),
	...rows('coordinator', 'country', 'country', ['export']),

	...rows('reviewer', 'any', 'material', ['read-draft', 'publish', 'request-changes', 'withdraw']),
	...rows('reviewer', 'any', 'review-queue', ['read']),
	...rows('reviewer', 'any', 'audit-log', ['read']),

	...rows('admin', 'any', 'country', ['manage', 'export']),
	...rows('admin', 'any', 'reporting-round', ['manage']),
	...rows('admin', 'any', 'contributor', ['invite', 'remove']),
	...rows('admin', 'any', 'coordinator', ['invite', 'remove']),
	...rows('admin', 'any', 'reviewer', ['invite', 'remove']),
	...rows('admin', 'any', 'admin', ['invite', 'remove']),
	...rows('admin', 'any', 'mail-outbox', ['read']),
	...rows('admin', 'any', 'audit-log', ['read']),
]

export interface Actor {
	id: string
	memberships: readonly { role: string; countryCode: string | null }[]
}

export interface Target {
	/** The country the target belongs to (a material's, an invitation's). */
	countryCode?: string | null
	/** Who created it, or whose account it is. */
	ownerId?: string | null
}

/**
 * Whether `actor` may do `action` on `entity`. Without a target, answers
 * "on at least one target" (for showing a menu entry); with one, for that
 * target exactly.
 */
export function can(
	actor: Actor | null | undefined,
	action: Action,
	entity: Entity,
	target?: Target,
): boolean {
	if (!actor) return false
	for (const membership of actor.memberships) {
		for (const p of PERMISSIONS) {
			if (p.role !== membership.role || p.action !== action || p.entity !== entity) continue
			if (!target) return true
			if (p.scope === 'any') return true
			if (p.scope === 'own' && target.ownerId != null && target.ownerId === actor.id) return true
			if (
				p.scope === 'country' &&
				membership.countryCode != null &&
				target.countryCode === membership.countryCode
			) {
				return true
			}
		}
	}
	return false
}

/** The countries where the actor may do `action` on `entity` with country scope (e.g. create materials). */
export function countriesWhere(
	actor: Actor | null | undefined,
	action: Action,
	entity: Entity,
): string[] {
	if (!actor) return []
	const codes = new Set<string>()
	for (const membership of actor.memberships) {
		if (!membership.countryCode) continue
		const granted = PERMISSIONS.some(
			(p) =>
				p.role === membership.role &&
				p.action === action &&
				p.entity === entity &&
				p.scope !== 'own',
		)
		if (granted) codes.add(membership.countryCode)
	}
	return [...codes].sort()
}

/** Roles that protect the whole exchange; their holders must use a second factor. */
export const ROLES_REQUIRING_TOTP: readonly Role[] = ['reviewer', 'admin']

export function requiresSecondFactor(actor: Actor): boolean {
	return actor.memberships.some((m) => (ROLES_REQUIRING_TOTP as readonly string[]).includes(m.role))
}

/** Which roles an actor may invite (and remove), for the invitation form. */
export function invitableRoles(actor: Actor | null | undefined): Role[] {
	return (['contributor', 'coordinator', 'reviewer', 'admin'] as const).filter((role) =>
		can(actor, 'invite', role),
	)
}

/** Country-scoped roles hold a country; exchange-wide roles do not. */
export function isCountryRole(role: string): boolean {
	return role === 'contributor' || role === 'coordinator'
}
