import { data, redirect } from '@remix-run/node'
import { getUser, requireUser } from '#app/auth/session.server.ts'
import {
	mayEditUsageNote,
	mayRemoveUsageNote,
	parseUsageNoteForm,
	usageCountriesFor,
	usageNoteValuesFromForm,
	type UsageNoteErrors,
	type UsageNoteValues,
} from '#app/domain/usage-note.ts'
import {
	listUsageNotes,
	removeUsageNote,
	saveUsageNote,
	type UsageTarget,
} from '#app/models/usage-note.server.ts'
import { field, readForm } from '#app/utils/request.server.ts'

/**
 * The "Used in other countries" section of the material and campaign pages:
 * what their loaders add (the notes, and the forms the reader may use) and
 * what their actions do with a posted note.
 */

export interface UsageForm {
	countryCode: string
	/** The country's note, when it has one. */
	existing: { note: string; outcomeValue: number | null; outcomeUnit: string | null } | null
	canEdit: boolean
	canRemove: boolean
}

/** The notes on a public work, and one form per country the reader may speak for. */
export async function loadUsage(request: Request, target: UsageTarget, ownerCountryCode: string) {
	const [notes, user] = await Promise.all([listUsageNotes(target), getUser(request)])
	const forms: UsageForm[] = usageCountriesFor(user, ownerCountryCode).map((countryCode) => {
		const existing = notes.find((n) => n.countryCode === countryCode) ?? null
		return {
			countryCode,
			existing: existing
				? {
						note: existing.note,
						outcomeValue: existing.outcomeValue,
						outcomeUnit: existing.outcomeUnit,
					}
				: null,
			canEdit: !existing || mayEditUsageNote(user, existing),
			canRemove: !!existing && mayRemoveUsageNote(user, existing),
		}
	})
	return {
		// Who wrote a note is the country's business, not the public's.
		notes: notes.map(({ createdById: _, ...note }) => note),
		forms,
	}
}

export type UsageActionResult = {
	usage: { countryCode: string; errors: UsageNoteErrors; values: UsageNoteValues }
}

/**
 * Saves or removes the reader's country's note, then back to the page (a
 * reload does not post again). A refusal comes back with the form as typed
 * and a translated message: 400 for the form, 403 for who may not, 404 for
 * a work that is no longer public.
 */
export async function usageAction(request: Request, target: UsageTarget) {
	const user = await requireUser(request)
	const form = await readForm(request)
	const intent = field(form, 'intent', 40)
	const back = new URL(request.url).pathname
	const values = usageNoteValuesFromForm(form)
	const refuse = (errors: UsageNoteErrors, status: number) =>
		data<UsageActionResult>(
			{ usage: { countryCode: values.countryCode.slice(0, 2), errors, values } },
			{ status },
		)
	switch (intent) {
		case 'save-usage': {
			const parsed = parseUsageNoteForm(form)
			if (!parsed.ok) return refuse(parsed.errors, 400)
			const saved = await saveUsageNote(user, target, parsed.note)
			if (!saved.ok) {
				if (saved.problem === 'not-public') throw new Response('Not found', { status: 404 })
				return refuse({ form: `usage.errors.${saved.problem}` }, 403)
			}
			throw redirect(`${back}?usage=${saved.created ? 'added' : 'saved'}#usage-notes`)
		}
		case 'remove-usage': {
			const removed = await removeUsageNote(user, target, values.countryCode)
			if (!removed.ok) {
				if (removed.problem === 'not-found') throw new Response('Not found', { status: 404 })
				return refuse({ form: 'usage.errors.not-allowed' }, 403)
			}
			throw redirect(`${back}?usage=removed#usage-notes`)
		}
		default:
			throw new Response(`Invalid intent "${intent}"`, { status: 400 })
	}
}
