import { producingOrganisation } from '#app/domain/organisation.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { type Licence, type ResourceType } from '#app/domain/vocabularies.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * What a feed says of each published material, in the order of `ids` (the
 * search's order). The version is one in `languages` when the feed asks for
 * languages (a Greek feed gives the Greek version), else the reader's
 * language when there is one; its main file is its first primary file. Ids
 * that are not published (withdrawn since the search) are left out.
 */
export async function getFeedEntries(ids: string[], uiLang: string, languages: string[] = []) {
	if (!ids.length) return []
	const rows = await db.material.findMany({
		where: { id: { in: ids }, status: 'published' },
		select: {
			id: true,
			countryCode: true,
			resourceType: true,
			licence: true,
			originalLang: true,
			publishedAt: true,
			updatedAt: true,
			organisation: true,
			organisationContact: true,
			campaign: { select: { organisation: true, organisationContact: true } },
			audiences: { select: { audience: true } },
			risks: { select: { risk: true } },
			versions: {
				select: {
					lang: true,
					title: true,
					description: true,
					updatedAt: true,
					files: {
						where: { role: 'primary' },
						orderBy: { position: 'asc' },
						take: 1,
						select: { id: true, asset: { select: { mediaType: true, byteSize: true } } },
					},
				},
			},
		},
	})
	const byId = new Map(rows.map((row) => [row.id, row]))
	return ids.flatMap((id) => {
		const row = byId.get(id)
		const asked = languages.includes(uiLang)
			? undefined
			: row?.versions.find((v) => languages.includes(v.lang))
		const shown = row && (asked ?? pickVersion(row.versions, uiLang, row.originalLang))
		if (!row || !shown) return []
		const file = shown.files[0]
		// A new language version or a published revision is an update of the entry.
		const updated = [row.updatedAt, ...row.versions.map((v) => v.updatedAt)].reduce((a, b) =>
			a > b ? a : b,
		)
		return [
			{
				id: row.id,
				countryCode: row.countryCode,
				resourceType: row.resourceType as ResourceType,
				licence: row.licence as Licence,
				lang: shown.lang,
				title: shown.title,
				description: shown.description,
				publishedAt: row.publishedAt ?? updated,
				updatedAt: updated,
				organisation: producingOrganisation(row, row.campaign)?.name ?? null,
				audiences: row.audiences.map((a) => a.audience),
				risks: row.risks.map((r) => r.risk),
				mainFile: file
					? { id: file.id, mediaType: file.asset.mediaType, byteSize: file.asset.byteSize }
					: null,
			},
		]
	})
}

export type FeedEntry = Awaited<ReturnType<typeof getFeedEntries>>[number]
