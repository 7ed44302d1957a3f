import { cached } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'
import { CATALOG_OPTIONS_TTL_MS } from './material.server.ts'

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
