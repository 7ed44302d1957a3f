import { isEditableStatus } from '#app/domain/moderation.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { deliverPendingMailSoon } from '#app/mail/mail.server.ts'
import { invalidateCache } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'
import { recordAudit } from '../audit.server.ts'
import { indexMaterialInTransaction } from '../search-index.server.ts'

/**
 * The one way a material changes. A material is an aggregate: its row, its
 * tags, its language versions with their files, texts and poster templates,
 * and its moderation history. Every write to any of them goes through
 * `changeMaterial` (or `startMaterial` for a new one), which, in this order:
 *
 *   1. opens the transaction (SQLite takes the write lock at BEGIN);
 *   2. reads the material inside it and checks that its status allows the
 *      change: a material in review or public is not edited in place;
 *   3. runs the change;
 *   4. raises the revision of each language version whose content changed,
 *      once per change, so adaptations learn that their source moved on;
 *   5. writes the audit entry;
 *   6. updates the search index (and the outbox of an external engine);
 *   7. after the commit, forgets the cached catalog lists and sends the
 *      mail the change queued.
 *
 * The transaction client a change receives is a `MaterialTx`: only this
 * module makes one, and the test of material writes
 * (tests/integration/material-writes.test.ts) reads the code to check that
 * every create, update or delete on a material table is called on one.
 */

declare const unitOfWork: unique symbol

/** A transaction client opened by the unit of work; the only kind that may write a material. */
export type MaterialTx = Prisma.TransactionClient & { readonly [unitOfWork]: true }

/** The tables that make up a material. */
export const MATERIAL_TABLES = [
	'material',
	'materialAudience',
	'materialRisk',
	'materialAccessibility',
	'materialVersion',
	'versionFile',
	'versionSegment',
	'posterTemplate',
	'moderationEvent',
] as const

/** The material as the change found it, read inside the transaction. */
export interface MaterialState {
	id: string
	countryCode: string
	status: string
	createdById: string | null
	originalLang: string
	derivedFromVersionId: string | null
	revisionOfId: string | null
}

const STATE_SELECT = {
	id: true,
	countryCode: true,
	status: true,
	createdById: true,
	originalLang: true,
	derivedFromVersionId: true,
	revisionOfId: true,
} as const

/**
 * Which statuses allow a change: `editable` (a draft, changes requested,
 * withdrawn: app/domain/moderation.ts), `any` (moderation, which does its own
 * compare-and-set on the status), or a list.
 */
export type StatusRule = 'editable' | 'any' | readonly string[]

export class MaterialChangeRefused extends Error {
	constructor(
		readonly problem: 'not-found' | 'not-editable',
		readonly status?: string,
	) {
		super(`material change refused: ${problem}${status ? ` (status ${status})` : ''}`)
	}
}

export interface WriteContext {
	tx: MaterialTx
	/** Marks a language version's content as changed: its revision goes up once, at the end. */
	revise(versionId: string): void
	/** What the audit entry says of the change (merged with what was said before). */
	note(summary: Record<string, unknown>): void
	/** Nothing changed after all: no audit entry, no revision, no re-indexing. */
	unchanged(): void
	/** Other materials whose public face this change alters (a source's adaptation count...). */
	alsoIndex(materialId: string): void
	/** Runs once the transaction has committed (never if it rolled back). */
	afterCommit(task: () => unknown): void
}

export interface ChangeContext extends WriteContext {
	material: MaterialState
}

interface Bookkeeping {
	revised: Set<string>
	summary: Record<string, unknown>
	changed: boolean
	/** Whether a reader without an account can see the change (set by finish). */
	public: boolean
	index: Set<string>
	after: (() => unknown)[]
}

function contextFor(tx: MaterialTx, book: Bookkeeping): WriteContext {
	return {
		tx,
		revise: (versionId) => void book.revised.add(versionId),
		note: (summary) => void Object.assign(book.summary, summary),
		unchanged: () => void (book.changed = false),
		alsoIndex: (materialId) => void book.index.add(materialId),
		afterCommit: (task) => void book.after.push(task),
	}
}

async function finish(
	tx: MaterialTx,
	material: MaterialState,
	actor: { id: string } | null,
	action: string,
	book: Bookkeeping,
) {
	if (!book.changed) return
	if (book.revised.size)
		await tx.materialVersion.updateMany({
			where: { id: { in: [...book.revised] }, materialId: material.id },
			data: { revision: { increment: 1 } },
		})
	await recordAudit(tx, {
		userId: actor?.id ?? null,
		action,
		entityType: 'material',
		entityId: material.id,
		countryCode: material.countryCode,
		summary: book.summary,
	})
	for (const id of [material.id, ...book.index]) await indexMaterialInTransaction(tx, id)
	// Public pages show published materials only: a change to a draft, a
	// submission or an open revision leaves them as they are (and the
	// anonymous page cache warm), unless it alters another, public material.
	const now = await tx.material.findUnique({ where: { id: material.id }, select: { status: true } })
	book.public =
		material.status === 'published' || now?.status === 'published' || book.index.size > 0
}

async function afterCommit(book: Bookkeeping) {
	if (!book.changed) return
	// After the commit, so a concurrent reader cannot cache the old lists again.
	if (book.public) invalidateCache('catalog:')
	deliverPendingMailSoon()
	for (const task of book.after) await task()
}

function newBook(): Bookkeeping {
	return {
		revised: new Set(),
		summary: {},
		changed: true,
		public: false,
		index: new Set(),
		after: [],
	}
}

function allows(rule: StatusRule, status: string) {
	if (rule === 'any') return true
	if (rule === 'editable') return isEditableStatus(status)
	return rule.includes(status)
}

/**
 * Changes an existing material. `action` names the change in the audit log;
 * `when` says which statuses allow it. Throws `MaterialChangeRefused` when the
 * material does not exist or its status forbids the change, with nothing
 * written.
 */
export async function changeMaterial<T>(change: {
	actor: { id: string } | null
	materialId: string
	action: string
	when: StatusRule
	run: (ctx: ChangeContext) => Promise<T>
}): Promise<T> {
	const book = newBook()
	const result = await db.$transaction(async (client) => {
		const tx = client as MaterialTx
		const material = await tx.material.findUnique({
			where: { id: change.materialId },
			select: STATE_SELECT,
		})
		if (!material) throw new MaterialChangeRefused('not-found')
		if (!allows(change.when, material.status))
			throw new MaterialChangeRefused('not-editable', material.status)
		const value = await change.run({ ...contextFor(tx, book), material })
		await finish(tx, material, change.actor, change.action, book)
		return value
	})
	await afterCommit(book)
	return result
}

/**
 * Creates a material: `create` writes its row (and whatever comes with it)
 * under `materialId`; then the same bookkeeping as any change.
 */
export async function startMaterial<T>(change: {
	actor: { id: string } | null
	materialId: string
	action: string
	create: (ctx: WriteContext) => Promise<T>
}): Promise<T> {
	const book = newBook()
	const result = await db.$transaction(async (client) => {
		const tx = client as MaterialTx
		const value = await change.create(contextFor(tx, book))
		const material = await tx.material.findUniqueOrThrow({
			where: { id: change.materialId },
			select: STATE_SELECT,
		})
		await finish(tx, material, change.actor, change.action, book)
		return value
	})
	await afterCommit(book)
	return result
}

/** The version must be one of the material's: a forged pair is not found, and nothing is written. */
export async function requireVersionOf(
	tx: MaterialTx,
	target: { materialId: string; versionId: string },
) {
	const version = await tx.materialVersion.findFirst({
		where: { id: target.versionId, materialId: target.materialId },
		select: { id: true },
	})
	if (!version) throw new MaterialChangeRefused('not-found')
}

/**
 * Creates several materials in one transaction (a country archive's): `create`
 * writes them all, then each gets the bookkeeping of any new material (its
 * audit entry under `action`, its search entry). Either all are there after
 * the commit, or none is.
 */
export async function startMaterials<T>(change: {
	actor: { id: string } | null
	materialIds: readonly string[]
	action: string
	create: (ctx: WriteContext) => Promise<T>
}): Promise<T> {
	const book = newBook()
	const result = await db.$transaction(
		async (client) => {
			const tx = client as MaterialTx
			const value = await change.create(contextFor(tx, book))
			if (!change.materialIds.length) return value
			const materials = await tx.material.findMany({
				where: { id: { in: [...change.materialIds] } },
				select: STATE_SELECT,
			})
			const byId = new Map(materials.map((m) => [m.id, m]))
			for (const id of change.materialIds) {
				const material = byId.get(id)
				if (!material) throw new MaterialChangeRefused('not-found')
				// One audit entry and one search entry per material; `index` (what
				// else to re-index) is done once, with the last.
				const last = id === change.materialIds.at(-1)
				await finish(tx, material, change.actor, change.action, {
					...book,
					index: last ? book.index : new Set(),
				})
			}
			return value
		},
		// A country's library is written in one go; SQLite holds the write lock meanwhile.
		{ timeout: 120_000 },
	)
	await afterCommit(book)
	return result
}

/**
 * Changes existing materials inside a transaction that a change to
 * something they show has opened: a campaign's save, whose organisation the
 * materials that name none credit as theirs. `run` writes them all; each
 * then gets the bookkeeping of any change (its audit entry under `action`,
 * its search entry). Any status is allowed: the change is not to the
 * material's content. The caller runs what this returns once its
 * transaction has committed.
 */
export async function changeMaterialsWithin<T>(
	client: Prisma.TransactionClient,
	change: {
		actor: { id: string } | null
		materialIds: readonly string[]
		action: string
		run: (ctx: WriteContext) => Promise<T>
	},
): Promise<{ value: T; afterCommit: () => Promise<void> }> {
	const book = newBook()
	const tx = client as MaterialTx
	const value = await change.run(contextFor(tx, book))
	const materials = await tx.material.findMany({
		where: { id: { in: [...change.materialIds] } },
		select: STATE_SELECT,
	})
	for (const material of materials) {
		const each = { ...book, index: new Set<string>() }
		await finish(tx, material, change.actor, change.action, each)
		book.public ||= each.public
	}
	return { value, afterCommit: () => afterCommit(book) }
}
