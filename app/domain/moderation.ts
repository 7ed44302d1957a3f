/**
 * The moderation workflow of a material:
 *
 *   draft ──submit──▶ submitted ──publish──▶ published ──withdraw──▶ withdrawn
 *                       │   ▲                                           │
 *        request-changes│   │submit                                     │submit
 *                       ▼   │                                           │
 *                 changes-requested ◀───────────────────────────────────┘
 *
 * Only published material is visible to the public. Every transition is
 * recorded (who, when, why); a reviewer's request for changes and a
 * withdrawal must say why, because the country has to act on it.
 */
import { type Action } from './permissions.ts'
import { type MaterialStatus } from './vocabularies.ts'

export const TRANSITIONS = [
	{
		action: 'submit',
		from: ['draft', 'changes-requested', 'withdrawn'],
		to: 'submitted',
		needsReason: false,
	},
	{ action: 'publish', from: ['submitted'], to: 'published', needsReason: false },
	{ action: 'request-changes', from: ['submitted'], to: 'changes-requested', needsReason: true },
	{ action: 'withdraw', from: ['published'], to: 'withdrawn', needsReason: true },
] as const satisfies readonly {
	action: Action
	from: readonly MaterialStatus[]
	to: MaterialStatus
	needsReason: boolean
}[]

export type Transition = (typeof TRANSITIONS)[number]
export type TransitionAction = Transition['action']

export const TRANSITION_ACTIONS = TRANSITIONS.map((t) => t.action)

/** Reasons are shown to the country as written; long enough for a paragraph, short enough for an inbox. */
export const MAX_REASON_LENGTH = 2000

export function transitionFor(action: string): Transition | undefined {
	return TRANSITIONS.find((t) => t.action === action)
}

/** The transitions that start from `status` (for the buttons a page offers). */
export function transitionsFrom(status: string): Transition[] {
	return TRANSITIONS.filter((t) => (t.from as readonly string[]).includes(status))
}

/** A country may change a material's content only while it is not in review or public. */
export function isEditableStatus(status: string): boolean {
	return status === 'draft' || status === 'changes-requested' || status === 'withdrawn'
}

export type TransitionProblem = 'not-allowed-from-status' | 'reason-required' | 'reason-too-long'

/** Checks a requested transition against the workflow; the permission check is separate. */
export function checkTransition(
	status: string,
	action: string,
	reason: string,
): { ok: true; transition: Transition } | { ok: false; problem: TransitionProblem } {
	const transition = transitionFor(action)
	if (!transition || !(transition.from as readonly string[]).includes(status)) {
		return { ok: false, problem: 'not-allowed-from-status' }
	}
	if (transition.needsReason && reason.trim().length === 0)
		return { ok: false, problem: 'reason-required' }
	if (reason.length > MAX_REASON_LENGTH) return { ok: false, problem: 'reason-too-long' }
	return { ok: true, transition }
}
