import { type Prisma } from '#app/generated/prisma/client.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * The audit log: who did what, when, with a summary of the change. Writers
 * call `recordAudit` with their own transaction client, so an entry exists
 * exactly when the write it describes was committed.
 */

type Tx = Prisma.TransactionClient

export interface AuditInput {
	userId: string | null
	action: string
	entityType: string
	entityId: string
	countryCode?: string | null
	/** What changed; never a password, token or secret. */
	summary?: Record<string, unknown>
}

/** Longest summary kept; a long free text (a reason) is cut, the entry is not lost. */
const MAX_SUMMARY_CHARS = 4000

export async function recordAudit(tx: Tx, entry: AuditInput) {
	let summary = JSON.stringify(entry.summary ?? {})
	if (summary.length > MAX_SUMMARY_CHARS)
		summary = JSON.stringify({ truncated: summary.slice(0, MAX_SUMMARY_CHARS) })
	await tx.auditEntry.create({
		data: {
			userId: entry.userId,
			action: entry.action,
			entityType: entry.entityType,
			entityId: entry.entityId,
			countryCode: entry.countryCode ?? null,
			summary,
		},
	})
}

export interface AuditFilters {
	countryCode?: string | null
	userId?: string | null
	/** Inclusive day bounds, YYYY-MM-DD (UTC). */
	from?: string | null
	to?: string | null
	page?: number
}

export const AUDIT_PAGE_SIZE = 50

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Newest first, filtered by country, user and date. */
export async function listAuditEntries(filters: AuditFilters) {
	const where: Prisma.AuditEntryWhereInput = {}
	if (filters.countryCode) where.countryCode = filters.countryCode
	if (filters.userId) where.userId = filters.userId
	const at: Prisma.DateTimeFilter = {}
	if (filters.from && DAY.test(filters.from) && !Number.isNaN(Date.parse(filters.from))) {
		at.gte = new Date(`${filters.from}T00:00:00.000Z`)
	}
	if (filters.to && DAY.test(filters.to) && !Number.isNaN(Date.parse(filters.to))) {
		at.lt = new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + 24 * 60 * 60 * 1000)
	}
	if (at.gte || at.lt) where.at = at
	const page = Math.max(1, Math.min(filters.page ?? 1, 10_000))
	const [entries, total] = await Promise.all([
		db.auditEntry.findMany({
			where,
			orderBy: { id: 'desc' },
			skip: (page - 1) * AUDIT_PAGE_SIZE,
			take: AUDIT_PAGE_SIZE,
		}),
		db.auditEntry.count({ where }),
	])
	const userIds = [...new Set(entries.map((e) => e.userId).filter((id): id is string => !!id))]
	const users = await db.user.findMany({
		where: { id: { in: userIds } },
		select: { id: true, name: true, email: true },
	})
	const byId = new Map(users.map((u) => [u.id, u]))
	return {
		total,
		page,
		entries: entries.map((e) => ({
			id: e.id,
			at: e.at.toISOString(),
			user: e.userId ? (byId.get(e.userId) ?? { id: e.userId, name: '?', email: '' }) : null,
			action: e.action,
			entityType: e.entityType,
			entityId: e.entityId,
			countryCode: e.countryCode,
			summary: safeJson(e.summary),
		})),
	}
}

function safeJson(text: string): Record<string, unknown> {
	try {
		const value = JSON.parse(text) as unknown
		return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
	} catch {
		return {}
	}
}

/** People who appear in the log, for the filter's user list. */
export async function listAuditUsers() {
	return db.user.findMany({
		select: { id: true, name: true, email: true },
		orderBy: { name: 'asc' },
	})
}
