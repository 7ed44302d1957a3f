import {
	mayEditUsageNote,
	mayRemoveUsageNote,
	usageCountriesFor,
	type UsageKind,
	type UsageNoteInput,
} from '#app/domain/usage-note.ts'
import { type Actor } from '#app/domain/permissions.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { publicLibraryChanged } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'
import { recordAudit } from './audit.server.ts'

type SaveResult = { ok: true; created: boolean } | { ok: false; problem: UsageNoteProblem }
type RemoveResult = { ok: true } | { ok: false; problem: 'not-found' | 'not-allowed' }

/**
 * "Used in our country" notes (app/domain/usage-note.ts). A note is about a
 * material or a campaign but is not part of it: writing one changes nothing
 * of the material (no revision, no index, no cache), so it does not go
 * through the material's unit of work (decision 017). It is shown while its
 * work is public: a withdrawn material's notes stay in the table, hidden
 * with it, and come back if it is published again.
 */

type Tx = Prisma.TransactionClient

export interface UsageTarget {
	kind: UsageKind
	id: string
}

const NOTE_SELECT = {
	id: true,
	countryCode: true,
	note: true,
	outcomeValue: true,
	outcomeUnit: true,
	createdById: true,
	createdAt: true,
	updatedAt: true,
} as const

const whereTarget = (target: UsageTarget) =>
	target.kind === 'material' ? { materialId: target.id } : { campaignId: target.id }

/**
 * The country a work belongs to, when it is public: a published material,
 * or a campaign with a published material. Null for anything else, which
 * nobody may mark as used.
 */
async function publicOwner(client: Tx, target: UsageTarget) {
	if (!target.id || target.id.length > 64) return null
	if (target.kind === 'material') {
		const material = await client.material.findFirst({
			where: { id: target.id, status: 'published' },
			select: { countryCode: true },
		})
		return material?.countryCode ?? null
	}
	const campaign = await client.campaign.findFirst({
		where: { id: target.id, materials: { some: { status: 'published' } } },
		select: { countryCode: true },
	})
	return campaign?.countryCode ?? null
}

/**
 * The notes on a work, newest first, for its public page. The caller has
 * already found the work public (its page exists only then).
 */
export async function listUsageNotes(target: UsageTarget) {
	const notes = await db.usageNote.findMany({
		where: whereTarget(target),
		select: NOTE_SELECT,
		orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
	})
	return notes.map((n) => ({
		...n,
		createdAt: n.createdAt.toISOString(),
		updatedAt: n.updatedAt.toISOString(),
	}))
}

export type UsageNoteProblem = 'not-public' | 'own-country' | 'country' | 'not-allowed'

/**
 * Says (or says again) that `countryCode` used the work. One note per
 * country and work: a second save edits the first, so a form posted twice
 * leaves one row. Checked inside the write transaction, so a work withdrawn
 * meanwhile is refused rather than noted: the work is public, not the
 * actor's country's own, the actor contributes for `countryCode`, and, when
 * the country has a note already, may change it.
 */
export async function saveUsageNote(
	actor: Actor,
	target: UsageTarget,
	input: UsageNoteInput,
): Promise<SaveResult> {
	const result = await db.$transaction(async (tx): Promise<SaveResult> => {
		const owner = await publicOwner(tx, target)
		if (!owner) return { ok: false, problem: 'not-public' }
		if (input.countryCode === owner) return { ok: false, problem: 'own-country' }
		if (!usageCountriesFor(actor, owner).includes(input.countryCode))
			return { ok: false, problem: 'country' }
		const existing = await tx.usageNote.findFirst({
			where: { countryCode: input.countryCode, ...whereTarget(target) },
			select: { id: true, countryCode: true, createdById: true, note: true },
		})
		if (existing && !mayEditUsageNote(actor, existing)) return { ok: false, problem: 'not-allowed' }
		const fields = {
			note: input.note,
			outcomeValue: input.outcomeValue,
			outcomeUnit: input.outcomeUnit,
		}
		const saved = existing
			? await tx.usageNote.update({ where: { id: existing.id }, data: fields })
			: await tx.usageNote.create({
					data: {
						countryCode: input.countryCode,
						...whereTarget(target),
						...fields,
						createdById: actor.id,
					},
				})
		await recordAudit(tx, {
			userId: actor.id,
			action: existing ? 'edit-usage-note' : 'record-usage-note',
			entityType: 'usage-note',
			entityId: saved.id,
			countryCode: input.countryCode,
			summary: {
				[target.kind]: target.id,
				length: input.note.length,
				outcome: input.outcomeValue === null ? null : `${input.outcomeValue} ${input.outcomeUnit}`,
			},
		})
		return { ok: true, created: !existing }
	})
	// The work's public page shows its notes: pages kept for anonymous readers are stale.
	if (result.ok) publicLibraryChanged()
	return result
}

/** Takes a country's note off a work: its coordinators only. */
export async function removeUsageNote(
	actor: Actor,
	target: UsageTarget,
	countryCode: string,
): Promise<RemoveResult> {
	const result = await db.$transaction(async (tx): Promise<RemoveResult> => {
		const note = await tx.usageNote.findFirst({
			where: { countryCode, ...whereTarget(target) },
			select: { id: true, countryCode: true, createdById: true, note: true },
		})
		if (!note) return { ok: false, problem: 'not-found' }
		if (!mayRemoveUsageNote(actor, note)) return { ok: false, problem: 'not-allowed' }
		await tx.usageNote.delete({ where: { id: note.id } })
		await recordAudit(tx, {
			userId: actor.id,
			action: 'remove-usage-note',
			entityType: 'usage-note',
			entityId: note.id,
			countryCode,
			// The text goes with the row; the log keeps what was said.
			summary: { [target.kind]: target.id, note: note.note },
		})
		return { ok: true }
	})
	if (result.ok) publicLibraryChanged()
	return result
}

/**
 * A note written as given, with its date, for the demo library: idempotent
 * (an existing note of the country on the work is left as it is).
 */
export async function insertUsageNote(input: {
	countryCode: string
	target: UsageTarget
	note: string
	outcomeValue?: number | null
	outcomeUnit?: string | null
	createdAt: Date
}) {
	const existing = await db.usageNote.findFirst({
		where: { countryCode: input.countryCode, ...whereTarget(input.target) },
		select: { id: true },
	})
	if (existing) return false
	await db.usageNote.create({
		data: {
			countryCode: input.countryCode,
			...whereTarget(input.target),
			note: input.note,
			outcomeValue: input.outcomeValue ?? null,
			outcomeUnit: input.outcomeValue == null ? null : (input.outcomeUnit ?? 'people'),
			createdAt: input.createdAt,
		},
	})
	return true
}

/**
 * The notes written in a period on works that are public now, with the
 * work's country and titles by language: what the joint report counts and
 * the reporting exports list. A withdrawn work's notes are hidden here as on
 * its page.
 */
export async function listPeriodUsage(period: { start: Date; end: Date }, client: Tx = db) {
	return listPublicUsage(
		{ createdAt: { gte: period.start, lte: period.end } },
		[{ createdAt: 'asc' }, { id: 'asc' }],
		client,
	)
}

/**
 * What a country said it used of other countries' public works, newest
 * first, with each work's country and titles by language: its page lists
 * them.
 */
export async function listCountryUsage(countryCode: string, client: Tx = db) {
	return listPublicUsage({ countryCode }, [{ createdAt: 'desc' }, { id: 'asc' }], client)
}

/** The notes matching `where` on works that are public now, in `orderBy` order, with their works. */
async function listPublicUsage(
	where: Prisma.UsageNoteWhereInput,
	orderBy: Prisma.UsageNoteOrderByWithRelationInput[],
	client: Tx,
) {
	const notes = await client.usageNote.findMany({
		where,
		select: {
			countryCode: true,
			materialId: true,
			campaignId: true,
			note: true,
			outcomeValue: true,
			outcomeUnit: true,
			createdAt: true,
		},
		orderBy,
	})
	const materialIds = [...new Set(notes.map((n) => n.materialId).filter((id) => id !== null))]
	const campaignIds = [...new Set(notes.map((n) => n.campaignId).filter((id) => id !== null))]
	const [materials, campaigns] = await Promise.all([
		materialIds.length
			? client.material.findMany({
					where: { id: { in: materialIds }, status: 'published' },
					select: {
						id: true,
						countryCode: true,
						originalLang: true,
						versions: { select: { lang: true, title: true } },
					},
				})
			: Promise.resolve([]),
		campaignIds.length
			? client.campaign.findMany({
					where: { id: { in: campaignIds }, materials: { some: { status: 'published' } } },
					select: {
						id: true,
						countryCode: true,
						originalLang: true,
						translations: { select: { lang: true, title: true } },
					},
				})
			: Promise.resolve([]),
	])
	const works = new Map<
		string,
		{ countryCode: string; originalLang: string; titles: Record<string, string> }
	>()
	for (const m of materials)
		works.set(`material:${m.id}`, {
			countryCode: m.countryCode,
			originalLang: m.originalLang,
			titles: Object.fromEntries(m.versions.map((v) => [v.lang, v.title])),
		})
	for (const c of campaigns)
		works.set(`campaign:${c.id}`, {
			countryCode: c.countryCode,
			originalLang: c.originalLang,
			titles: Object.fromEntries(c.translations.map((tr) => [tr.lang, tr.title])),
		})
	return notes.flatMap((n) => {
		const kind: UsageKind = n.materialId !== null ? 'material' : 'campaign'
		const id = (n.materialId ?? n.campaignId)!
		const work = works.get(`${kind}:${id}`)
		// Not public now, or (a row written around the rules) the work's own country.
		if (!work || work.countryCode === n.countryCode) return []
		return [
			{
				countryCode: n.countryCode,
				kind,
				id,
				ownerCountryCode: work.countryCode,
				originalLang: work.originalLang,
				titles: work.titles,
				note: n.note,
				outcomeValue: n.outcomeValue,
				outcomeUnit: n.outcomeUnit,
				createdAt: n.createdAt,
			},
		]
	})
}
