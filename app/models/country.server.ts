import { cached, invalidateCache } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'
import { recordAudit } from './audit.server.ts'
import { CATALOG_OPTIONS_TTL_MS } from './material/queries.server.ts'

export async function getCountry(code: string) {
	return db.country.findUnique({ where: { code } })
}

/** Every Alliance country with how many published materials it shares. */
export async function listAllianceCountries() {
	const [countries, counts] = await Promise.all([
		db.country.findMany({ where: { allianceSince: { not: null } }, orderBy: { code: 'asc' } }),
		db.material.groupBy({ by: ['countryCode'], where: { status: 'published' }, _count: true }),
	])
	const byCode = new Map(counts.map((c) => [c.countryCode, c._count]))
	return countries.map((c) => ({
		code: c.code,
		allianceSince: c.allianceSince,
		materialCount: byCode.get(c.code) ?? 0,
	}))
}

/** Countries that share at least one published material: the catalog's country filter. */
export async function listContributingCountries() {
	return cached('catalog:countries', CATALOG_OPTIONS_TTL_MS, async () => {
		const rows = await db.material.groupBy({
			by: ['countryCode'],
			where: { status: 'published' },
			_count: true,
		})
		return rows.map((r) => ({ code: r.countryCode, count: r._count }))
	})
}

/** How a country's materials travelled: adapted by others, and adapted from others. */
export async function getCountryReuse(code: string) {
	const [adaptedByOthers, adaptedFromOthers] = await Promise.all([
		db.material.count({
			where: {
				status: 'published',
				countryCode: { not: code },
				derivedFromVersion: { material: { countryCode: code } },
			},
		}),
		db.material.count({
			where: {
				status: 'published',
				countryCode: code,
				derivedFromVersion: { material: { countryCode: { not: code } } },
			},
		}),
	])
	return { adaptedByOthers, adaptedFromOthers }
}

/** Every country known to the exchange, members or not, for administrators. */
export async function listAllCountries() {
	return db.country.findMany({
		orderBy: { code: 'asc' },
		select: {
			code: true,
			allianceSince: true,
			_count: { select: { memberships: true, materials: true } },
		},
	})
}

export type CountryProblem = 'invalid-code' | 'invalid-year'

/**
 * Adds a country or changes the year it joined the Alliance (null: not a
 * member; its materials stay, it leaves the Alliance lists). Recorded in the
 * audit log.
 */
export async function setCountryMembership(
	actor: { id: string },
	input: { code: string; allianceSince: number | null },
): Promise<{ ok: true } | { ok: false; problem: CountryProblem }> {
	const code = input.code.trim().toUpperCase()
	// A real ISO 3166 country: Intl knows its name, and it is not one of the
	// user-assigned codes (AA, QM-QZ, XA-XZ but XK for Kosovo, ZZ).
	const known =
		/^[A-Z]{2}$/.test(code) &&
		new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code)
	if (!known || /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ)$/.test(code)) {
		return { ok: false, problem: 'invalid-code' }
	}
	const year = input.allianceSince
	if (
		year !== null &&
		(!Number.isInteger(year) || year < 2012 || year > new Date().getUTCFullYear())
	) {
		return { ok: false, problem: 'invalid-year' }
	}
	await db.$transaction(async (tx) => {
		const before = await tx.country.findUnique({ where: { code } })
		await tx.country.upsert({
			where: { code },
			create: { code, allianceSince: year },
			update: { allianceSince: year },
		})
		await recordAudit(tx, {
			userId: actor.id,
			action: before ? 'edit' : 'create',
			entityType: 'country',
			entityId: code,
			countryCode: code,
			summary: { allianceSince: { from: before?.allianceSince ?? null, to: year } },
		})
	})
	invalidateCache('catalog:')
	return { ok: true }
}
