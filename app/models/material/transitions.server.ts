import { checkTransition, transitionFor, type TransitionProblem } from '#app/domain/moderation.ts'
import { can, type Actor } from '#app/domain/permissions.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { queueMail } from '#app/mail/mail.server.ts'
import { db } from '#app/utils/db.server.ts'
import { publishRevision, snapshotForWithdrawal } from './revisions.server.ts'
import { changeMaterial, MaterialChangeRefused, type MaterialTx } from './unit-of-work.server.ts'

/**
 * Moderation: moves a material through the workflow of
 * app/domain/moderation.ts. Each transition, in one transaction: the status,
 * the history event (who, when, why), the audit entry, the search index (a
 * material enters or leaves public search exactly when it is published or
 * withdrawn), and for a reviewer's decision the submitter's inbox message and
 * e-mail.
 */

export type TransitionResult =
	| { ok: true; status: string }
	| { ok: false; problem: TransitionProblem | 'forbidden' | 'not-found' | 'changed-meanwhile' }

const DECISIONS = new Set(['publish', 'request-changes', 'withdraw'])

export async function transitionMaterial(
	actor: Actor,
	materialId: string,
	action: string,
	reason: string,
	options: { origin: string; now?: Date } = { origin: '' },
): Promise<TransitionResult> {
	const now = options.now ?? new Date()
	const material = await db.material.findUnique({
		where: { id: materialId },
		include: {
			versions: { select: { lang: true, title: true } },
			createdBy: { select: { id: true, email: true, uiLang: true } },
		},
	})
	if (!material) return { ok: false, problem: 'not-found' }
	// Permission before workflow: someone without the right learns nothing
	// about the material's state.
	const known = transitionFor(action)
	if (!known) return { ok: false, problem: 'not-allowed-from-status' }
	if (
		!can(actor, known.action, 'material', {
			countryCode: material.countryCode,
			ownerId: material.createdById,
		})
	) {
		return { ok: false, problem: 'forbidden' }
	}
	const check = checkTransition(material.status, action, reason)
	if (!check.ok) return { ok: false, problem: check.problem }
	const { transition } = check
	const trimmed = reason.trim()
	// A revision is published into the material it revises.
	if (material.revisionOfId && transition.action === 'publish') {
		const published = await publishRevision(actor, materialId, {
			origin: options.origin,
			now,
		}).catch((error) => {
			// The published material was withdrawn meanwhile: there is nothing to replace.
			if (error instanceof MaterialChangeRefused) return { ok: false } as const
			throw error
		})
		return published.ok
			? { ok: true, status: 'published' }
			: { ok: false, problem: 'changed-meanwhile' }
	}

	const done = await changeMaterial({
		actor,
		materialId,
		action: transition.action,
		when: 'any',
		run: async ({ tx, note, unchanged }) => {
			// Leaving publication keeps what the public saw, so the reviewer of
			// the material edited meanwhile sees what changed; publication ends it.
			const lastPublished =
				material.status === 'published' && transition.to !== 'published'
					? { lastPublished: await snapshotForWithdrawal(tx, materialId) }
					: transition.to === 'published'
						? { lastPublished: null }
						: {}
			// Compare-and-set on the status: a double post or two reviewers at once
			// produce one transition, and the second is told what happened.
			const updated = await tx.material.updateMany({
				where: { id: materialId, status: material.status },
				data: {
					status: transition.to,
					...(transition.to === 'submitted' ? { submittedAt: now } : {}),
					...(transition.to === 'published' ? { publishedAt: now } : {}),
					...lastPublished,
				},
			})
			if (updated.count !== 1) {
				unchanged()
				return false
			}
			await tx.moderationEvent.create({
				data: {
					materialId,
					fromStatus: material.status,
					toStatus: transition.to,
					userId: actor.id,
					reason: trimmed,
					createdAt: now,
				},
			})
			note({
				from: material.status,
				to: transition.to,
				...(trimmed ? { reason: trimmed } : {}),
			})
			const submitter = material.createdBy
			if (DECISIONS.has(transition.action) && submitter && submitter.id !== actor.id) {
				await tx.inboxMessage.create({
					data: {
						userId: submitter.id,
						kind: transition.action,
						materialId,
						body: trimmed,
						createdAt: now,
					},
				})
				const title =
					pickVersion(material.versions, submitter.uiLang, material.originalLang)?.title ?? ''
				await queueMail(tx, {
					to: submitter.email,
					kind: 'review-decision',
					lang: submitter.uiLang,
					vars: {
						title,
						decision: transition.action,
						reason: trimmed,
						link: `${options.origin}/${submitter.uiLang}/workspace/materials/${materialId}`,
					},
				})
			}
			if (transition.to === 'published' && material.derivedFromVersionId) {
				await notifyOwnerOfAdaptation(tx, material, options.origin)
			}
			return true
		},
	})
	if (!done) return { ok: false, problem: 'changed-meanwhile' }
	return { ok: true, status: transition.to }
}

/**
 * The country whose material was adapted hears of it when the adaptation is
 * published: its coordinators and the source's author get an inbox message
 * and an e-mail in their language.
 */
async function notifyOwnerOfAdaptation(
	tx: MaterialTx,
	material: {
		id: string
		countryCode: string
		derivedFromVersionId: string | null
		versions: { lang: string; title: string }[]
	},
	origin: string,
) {
	const source = await tx.materialVersion.findUnique({
		where: { id: material.derivedFromVersionId! },
		select: {
			title: true,
			material: { select: { id: true, countryCode: true, createdById: true } },
		},
	})
	if (!source || source.material.countryCode === material.countryCode) return
	const people = await tx.user.findMany({
		where: {
			OR: [
				{
					memberships: { some: { countryCode: source.material.countryCode, role: 'coordinator' } },
				},
				...(source.material.createdById ? [{ id: source.material.createdById }] : []),
			],
		},
		select: { id: true, email: true, uiLang: true },
	})
	for (const person of people) {
		await tx.inboxMessage.create({
			data: { userId: person.id, kind: 'adapted', materialId: material.id },
		})
		await queueMail(tx, {
			to: person.email,
			kind: 'adapted',
			lang: person.uiLang,
			vars: {
				title: source.title,
				country: material.countryCode,
				link: `${origin}/${person.uiLang}/materials/${material.id}`,
			},
		})
	}
}

/** Submissions waiting for review, oldest first, with what a reviewer needs to preview them. */
export async function listReviewQueue(uiLang: string) {
	const rows = await db.material.findMany({
		where: { status: 'submitted' },
		orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
		take: 200,
		select: {
			id: true,
			countryCode: true,
			resourceType: true,
			licence: true,
			originalLang: true,
			submittedAt: true,
			createdBy: { select: { name: true } },
			versions: {
				select: {
					lang: true,
					title: true,
					description: true,
					files: { where: { role: 'preview' }, select: { id: true }, take: 1 },
				},
			},
		},
	})
	return rows.map((m) => {
		const version = pickVersion(m.versions, uiLang, m.originalLang)
		return {
			id: m.id,
			countryCode: m.countryCode,
			resourceType: m.resourceType,
			licence: m.licence,
			submittedAt: m.submittedAt?.toISOString() ?? null,
			submittedBy: m.createdBy?.name ?? null,
			title: version?.title ?? '',
			lang: version?.lang ?? '',
			description: version?.description.slice(0, 300) ?? '',
			previewFileId: version?.files[0]?.id ?? null,
			languages: m.versions.map((v) => v.lang),
		}
	})
}
