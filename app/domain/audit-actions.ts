/**
 * What the audit log can say: every action the app records and every kind of
 * thing it records it about. The audit page shows each through a label
 * (`audit.actions.<key>`, `audit.entities.<key>` in the account namespace),
 * never as the raw key; app/domain/audit-actions.test.ts fails when a writer
 * records an action missing here, or a language has no label for one.
 */
import { TRANSITION_ACTIONS } from './moderation.ts'
import { REPORT_TRANSITIONS } from './reporting.ts'

/** A report's workflow step is recorded as `<step>-report` (submit-report...). */
export const REPORT_TRANSITION_AUDIT_ACTIONS = REPORT_TRANSITIONS.map(
	(t) => `${t.action}-report` as const,
)

export const AUDIT_ACTIONS = [
	// Materials, through the unit of work (app/models/material/).
	'create',
	'edit',
	'add-version',
	...TRANSITION_ACTIONS,
	'open-revision',
	'publish-revision',
	'attach-file',
	'render-poster',
	'detach-file',
	'adapt',
	'adaptation-step',
	'adaptation-choices',
	'request-permission',
	'grant-permission',
	'refuse-permission',
	'review-source-change',
	'template-background',
	'template-logo',
	'template-save',
	'request-template',
	'campaign-organisation',
	'material.import',
	// Countries: their details and their archives.
	'country.export',
	'country.import',
	// Notes that a work was used in a country.
	'record-usage-note',
	'edit-usage-note',
	'remove-usage-note',
	// Accounts and invitations.
	'invite',
	'revoke-invitation',
	'accept-invitation',
	'remove-member',
	'create-administrator',
	'sign-in',
	'sign-in-locked',
	'sign-out-everywhere',
	'password-reset-requested',
	'password-reset',
	'password-changed',
	'two-factor-enabled',
	'two-factor-disabled',
	'recovery-codes-renewed',
	// Reporting rounds, country reports and the joint report.
	'open-round',
	'add-goal',
	'close-round',
	'remind-report',
	'start-report',
	...REPORT_TRANSITION_AUDIT_ACTIONS,
	'save-report-goal',
	'add-report-measure',
	'save-report-measure',
	'remove-report-measure',
	'save-report-measure-state',
	'save-report-activity',
	'report-conflict',
	'resolve-report-conflict',
	'save-joint-narrative',
	'highlight-best-practice',
	'remove-best-practice',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ENTITY_TYPES = [
	'material',
	'campaign',
	'country',
	'usage-note',
	'account',
	'invitation',
	'membership',
	'reporting-round',
	'country-report',
	'joint-report',
] as const

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number]

const ACTIONS = new Set<string>(AUDIT_ACTIONS)
const ENTITY_TYPES = new Set<string>(AUDIT_ENTITY_TYPES)

/**
 * The label key of a recorded action. i18next reads a dot as nesting, so
 * `material.import` is labelled under `material-import`; an action this
 * version does not know (an old row) gets the generic label.
 */
export function auditActionLabelKey(action: string) {
	return ACTIONS.has(action) ? `audit.actions.${action.replaceAll('.', '-')}` : 'audit.otherAction'
}

/** The label key of a recorded entity type; an unknown one gets the generic label. */
export function auditEntityLabelKey(entityType: string) {
	return ENTITY_TYPES.has(entityType) ? `audit.entities.${entityType}` : 'audit.otherEntity'
}
