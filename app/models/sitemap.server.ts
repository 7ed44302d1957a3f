import { type SitemapPage } from '#app/domain/sitemap.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * Every public page, by its path after the language: the main pages, the
 * Alliance countries, the published materials and the public campaigns
 * (those with a published material, as on their pages). Materials and
 * campaigns carry their last change.
 */
export async function listSitemapPages(): Promise<SitemapPage[]> {
	const [countries, materials, campaigns] = await Promise.all([
		db.country.findMany({
			where: { allianceSince: { not: null } },
			select: { code: true },
			orderBy: { code: 'asc' },
		}),
		db.material.findMany({
			where: { status: 'published' },
			select: { id: true, updatedAt: true },
			orderBy: { id: 'asc' },
		}),
		db.campaign.findMany({
			where: { materials: { some: { status: 'published' } } },
			select: { id: true, updatedAt: true },
			orderBy: { id: 'asc' },
		}),
	])
	return [
		...['', '/materials', '/campaigns', '/countries'].map((path) => ({ path, lastModified: null })),
		...countries.map((c) => ({ path: `/countries/${c.code}`, lastModified: null })),
		...materials.map((m) => ({ path: `/materials/${m.id}`, lastModified: m.updatedAt })),
		...campaigns.map((c) => ({ path: `/campaigns/${c.id}`, lastModified: c.updatedAt })),
	]
}
