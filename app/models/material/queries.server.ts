import { type Prisma } from '#app/generated/prisma/client.ts'
import { type CatalogFilters } from '#app/domain/catalog-filters.ts'
import {
	ancestorsOf,
	buildLineageTree,
	summarizeReuse,
	type LineageNode,
} from '#app/domain/lineage.ts'
import { producingOrganisation } from '#app/domain/organisation.ts'
import { pickVersion } from '#app/domain/versions.ts'
import {
	ageBandsOf,
	getAgeBand,
	type AccessibilityFeature,
	type Licence,
	type ResourceType,
} from '#app/domain/vocabularies.ts'
import { cached } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'

/** Facet lists of the catalog are recomputed at most this often, or on any write. */
export const CATALOG_OPTIONS_TTL_MS = 60_000

const PUBLISHED = 'published'

/**
 * The Prisma filter for a set of catalog filters, over published materials
 * only. `accessibility` (the API's filter, not a catalog facet) keeps the
 * materials that have any of the features named.
 */
export function catalogWhere(
	filters: CatalogFilters,
	accessibility: readonly AccessibilityFeature[] = [],
): Prisma.MaterialWhereInput {
	const and: Prisma.MaterialWhereInput[] = [{ status: PUBLISHED }]
	if (accessibility.length)
		and.push({ accessibility: { some: { feature: { in: [...accessibility] } } } })
	if (filters.country.length) and.push({ countryCode: { in: filters.country } })
	if (filters.type.length) and.push({ resourceType: { in: filters.type } })
	if (filters.licence.length) and.push({ licence: { in: filters.licence } })
	if (filters.audience.length)
		and.push({ audiences: { some: { audience: { in: filters.audience } } } })
	if (filters.risk.length) and.push({ risks: { some: { risk: { in: filters.risk } } } })
	if (filters.lang.length) and.push({ versions: { some: { lang: { in: filters.lang } } } })
	if (filters.age.length) {
		and.push({
			OR: filters.age.map((key) => {
				const band = getAgeBand(key)!
				// A material belongs to a band when its age range overlaps it;
				// a missing bound is open-ended.
				return {
					AND: [
						{ OR: [{ ageMin: null }, { ageMin: { lte: band.max } }] },
						{ OR: [{ ageMax: null }, { ageMax: { gte: band.min } }] },
					],
				}
			}),
		})
	}
	return { AND: and }
}

const cardSelect = {
	id: true,
	countryCode: true,
	resourceType: true,
	licence: true,
	ageMin: true,
	ageMax: true,
	originalLang: true,
	publishedAt: true,
	derivationKind: true,
	audiences: { select: { audience: true } },
	risks: { select: { risk: true } },
	versions: {
		select: {
			id: true,
			lang: true,
			title: true,
			description: true,
			files: {
				where: { role: 'preview' },
				select: {
					id: true,
					asset: {
						select: {
							width: true,
							height: true,
							renditions: { select: { id: true, format: true, width: true } },
						},
					},
				},
				take: 1,
			},
		},
		orderBy: { lang: 'asc' },
	},
} satisfies Prisma.MaterialSelect

type CardRow = Prisma.MaterialGetPayload<{ select: typeof cardSelect }>

export type MaterialCard = ReturnType<typeof toCard>

function toCard(row: CardRow, uiLang: string) {
	const shown = pickVersion(row.versions, uiLang, row.originalLang)
	const preview = shown?.files[0] ?? row.versions.find((v) => v.files[0])?.files[0]
	return {
		id: row.id,
		title: shown?.title ?? '',
		description: shown?.description ?? '',
		lang: shown?.lang ?? row.originalLang,
		languages: row.versions.map((v) => v.lang),
		countryCode: row.countryCode,
		resourceType: row.resourceType as ResourceType,
		licence: row.licence as Licence,
		ageMin: row.ageMin,
		ageMax: row.ageMax,
		ageBands: ageBandsOf(row.ageMin, row.ageMax),
		audiences: row.audiences.map((a) => a.audience),
		risks: row.risks.map((r) => r.risk),
		derivationKind: row.derivationKind,
		publishedAt: row.publishedAt?.toISOString() ?? null,
		preview: preview
			? {
					fileId: preview.id,
					width: preview.asset.width,
					height: preview.asset.height,
					renditions: preview.asset.renditions,
				}
			: null,
	}
}

/**
 * Cards for published materials, each shown in the language asked for when
 * it has that version (a search hit is shown in the language that matched).
 * Returned in the order asked; materials no longer published are left out.
 */
export async function getMaterialCards(wanted: { id: string; lang: string }[]) {
	if (!wanted.length) return []
	const rows = await db.material.findMany({
		where: { id: { in: wanted.map((w) => w.id) }, status: PUBLISHED },
		select: cardSelect,
	})
	const byId = new Map(rows.map((row) => [row.id, row]))
	return wanted.flatMap(({ id, lang }) => {
		const row = byId.get(id)
		return row ? [toCard(row, lang)] : []
	})
}

/** One page of published materials matching the filters, newest first. */
export async function listPublishedMaterials({
	filters,
	accessibility,
	page,
	pageSize,
	uiLang,
}: {
	filters: CatalogFilters
	accessibility?: readonly AccessibilityFeature[]
	page: number
	pageSize: number
	uiLang: string
}) {
	const where = catalogWhere(filters, accessibility)
	const [total, rows] = await Promise.all([
		db.material.count({ where }),
		db.material.findMany({
			where,
			select: cardSelect,
			orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
			skip: (page - 1) * pageSize,
			take: pageSize,
		}),
	])
	return {
		items: rows.map((row) => toCard(row, uiLang)),
		total,
		page,
		pageSize,
		pageCount: Math.max(1, Math.ceil(total / pageSize)),
	}
}

export async function listRecentMaterials(uiLang: string, take = 8) {
	const rows = await db.material.findMany({
		where: { status: PUBLISHED },
		select: cardSelect,
		orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
		take,
	})
	return rows.map((row) => toCard(row, uiLang))
}

export async function listMaterialsByCountry(countryCode: string, uiLang: string, take = 60) {
	const rows = await db.material.findMany({
		where: { status: PUBLISHED, countryCode },
		select: cardSelect,
		orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
		take,
	})
	return rows.map((row) => toCard(row, uiLang))
}

export async function listMaterialsByCampaign(campaignId: string, uiLang: string) {
	const rows = await db.material.findMany({
		where: { status: PUBLISHED, campaignId },
		select: cardSelect,
		orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
	})
	return rows.map((row) => toCard(row, uiLang))
}

/**
 * A published material with every language version, its files, and its
 * family (what it was adapted from, what was adapted from it). Null when the
 * material does not exist or is not public.
 */
export async function getPublishedMaterial(id: string, uiLang: string) {
	const material = await db.material.findFirst({
		where: { id, status: PUBLISHED },
		include: {
			audiences: true,
			risks: true,
			accessibility: true,
			campaign: { include: { translations: true } },
			versions: {
				orderBy: { lang: 'asc' },
				include: {
					files: {
						orderBy: [{ role: 'asc' }, { position: 'asc' }],
						include: {
							asset: {
								select: {
									mediaType: true,
									byteSize: true,
									width: true,
									height: true,
									renditions: { select: { id: true, format: true, width: true } },
								},
							},
						},
					},
				},
			},
			derivedFromVersion: {
				include: {
					material: {
						select: {
							id: true,
							status: true,
							countryCode: true,
							licence: true,
							originalLang: true,
							organisation: true,
							organisationContact: true,
							campaign: { select: { organisation: true, organisationContact: true } },
							versions: { select: { lang: true, title: true } },
						},
					},
				},
			},
		},
	})
	if (!material) return null

	const family = await getFamily(material.id)
	const source = material.derivedFromVersion
	const sourcePublic = source && source.material.status === PUBLISHED
	return {
		id: material.id,
		countryCode: material.countryCode,
		resourceType: material.resourceType as ResourceType,
		licence: material.licence as Licence,
		ageMin: material.ageMin,
		ageMax: material.ageMax,
		ageBands: ageBandsOf(material.ageMin, material.ageMax),
		originalLang: material.originalLang,
		publishedAt: material.publishedAt?.toISOString() ?? null,
		/** The material's own row: its facts, and a campaign organisation it credits (011). */
		updatedAt: material.updatedAt.toISOString(),
		isDemo: material.isDemo,
		audiences: material.audiences.map((a) => a.audience),
		risks: material.risks.map((r) => r.risk),
		accessibility: material.accessibility.map((a) => a.feature),
		derivationKind: material.derivationKind,
		organisation: producingOrganisation(material, material.campaign),
		campaign: material.campaign
			? {
					id: material.campaign.id,
					title:
						pickVersion(material.campaign.translations, uiLang, material.campaign.originalLang)
							?.title ?? '',
				}
			: null,
		versions: material.versions.map((v) => ({
			id: v.id,
			lang: v.lang,
			title: v.title,
			description: v.description,
			revision: v.revision,
			updatedAt: v.updatedAt.toISOString(),
			files: v.files.map((f) => ({
				id: f.id,
				role: f.role,
				rendered: f.rendered,
				mediaType: f.asset.mediaType,
				byteSize: f.asset.byteSize,
				width: f.asset.width,
				height: f.asset.height,
				renditions: f.asset.renditions,
			})),
		})),
		// The credit stays whatever becomes of the source (withdrawn, in review):
		// only the link to it needs it to be public.
		adaptedFrom: source
			? {
					materialId: source.material.id,
					isPublic: !!sourcePublic,
					countryCode: source.material.countryCode,
					lang: source.lang,
					title: source.title,
					organisation:
						producingOrganisation(source.material, source.material.campaign)?.name ?? null,
					licence: source.material.licence as Licence,
					revisionUsed: material.derivedFromRevision,
					currentRevision: source.revision,
				}
			: null,
		family,
	}
}

export type PublishedMaterial = NonNullable<Awaited<ReturnType<typeof getPublishedMaterial>>>

/**
 * The lineage family of a material: walk up to the original, then down to
 * every public derivative. Families are small (tens of members), so two
 * indexed queries per level are cheap.
 */
async function getFamily(materialId: string) {
	let rootId = materialId
	const seen = new Set<string>([materialId])
	for (let depth = 0; depth < 64; depth++) {
		const row = await db.material.findUnique({
			where: { id: rootId },
			select: { derivedFromVersion: { select: { materialId: true } } },
		})
		const parentId = row?.derivedFromVersion?.materialId
		if (!parentId || seen.has(parentId)) break
		seen.add(parentId)
		rootId = parentId
	}

	const nodes: (LineageNode & { title: string; status: string; kind: string | null })[] = []
	let frontier = [rootId]
	const visited = new Set<string>()
	while (frontier.length && visited.size < 500) {
		const rows = await db.material.findMany({
			where: { id: { in: frontier } },
			select: {
				id: true,
				status: true,
				countryCode: true,
				originalLang: true,
				derivationKind: true,
				derivedFromVersion: { select: { materialId: true } },
				versions: { select: { id: true, lang: true, title: true } },
			},
		})
		for (const row of rows) {
			if (visited.has(row.id)) continue
			visited.add(row.id)
			const shown = pickVersion(row.versions, row.originalLang)
			nodes.push({
				id: row.id,
				parentId: row.derivedFromVersion?.materialId ?? null,
				countryCode: row.countryCode,
				lang: row.originalLang,
				title: shown?.title ?? '',
				status: row.status,
				kind: row.derivationKind,
			})
		}
		const children = await db.material.findMany({
			where: { derivedFromVersion: { materialId: { in: frontier } } },
			select: { id: true },
		})
		frontier = children.map((c) => c.id).filter((id) => !visited.has(id))
	}

	// Unpublished members stay out of the public family; their published
	// descendants are re-attached to the nearest published ancestor.
	const byId = new Map(nodes.map((n) => [n.id, n]))
	const publicParent = (node: (typeof nodes)[number]) => {
		let parent = node.parentId ? byId.get(node.parentId) : undefined
		while (parent && parent.status !== PUBLISHED)
			parent = parent.parentId ? byId.get(parent.parentId) : undefined
		return parent?.id ?? null
	}
	const publicNodes = nodes
		.filter((n) => n.status === PUBLISHED)
		.map((n) => ({ ...n, parentId: publicParent(n) }))
	// The tree starts at the topmost published ancestor of this material.
	const publicById = new Map(publicNodes.map((n) => [n.id, n]))
	const ancestors = ancestorsOf(materialId, (id) => publicById.get(id)?.parentId)
	const tree = buildLineageTree(ancestors.at(-1) ?? materialId, publicNodes)
	const details = new Map(publicNodes.map((n) => [n.id, { title: n.title, kind: n.kind }]))
	return { tree, reuse: summarizeReuse(tree), details: Object.fromEntries(details) }
}

/** What a download needs of a file's bytes: where they are, and the image's size for a print's resolution. */
const DOWNLOAD_ASSET_SELECT = {
	storageKey: true,
	mediaType: true,
	byteSize: true,
	sha256: true,
	width: true,
	height: true,
} as const

export async function getDownloadableFile(fileId: string) {
	return db.versionFile.findFirst({
		where: { id: fileId, version: { material: { status: PUBLISHED } } },
		select: {
			id: true,
			role: true,
			rendered: true,
			versionId: true,
			assetId: true,
			asset: { select: DOWNLOAD_ASSET_SELECT },
			version: { select: { lang: true, title: true } },
		},
	})
}

/** Counts a download as an aggregate per version and day; nothing about the reader is kept. */
export async function recordDownload(versionId: string, now = new Date()) {
	const day = now.toISOString().slice(0, 10)
	await db.downloadCount.upsert({
		where: { versionId_day: { versionId, day } },
		create: { versionId, day, count: 1 },
		update: { count: { increment: 1 } },
	})
}

export async function getDownloadTotal(materialId: string) {
	const result = await db.downloadCount.aggregate({
		where: { version: { materialId } },
		_sum: { count: true },
	})
	return result._sum.count ?? 0
}

/** Figures for the home page. */
export async function getLibraryFigures() {
	const [materials, countries, languages, adaptations] = await Promise.all([
		db.material.count({ where: { status: PUBLISHED } }),
		db.material.groupBy({ by: ['countryCode'], where: { status: PUBLISHED } }),
		db.materialVersion.groupBy({ by: ['lang'], where: { material: { status: PUBLISHED } } }),
		db.material.count({ where: { status: PUBLISHED, derivedFromVersionId: { not: null } } }),
	])
	return {
		materials,
		countries: countries.length,
		languages: languages.length,
		adaptations,
	}
}

/** Languages that published materials exist in, for the catalog's language filter. */
export async function listPublishedLanguages() {
	// Scans every published version: about 100 ms at 100k materials, so it
	// is kept until the library changes (see bench/catalog.ts).
	return cached('catalog:languages', CATALOG_OPTIONS_TTL_MS, async () => {
		const rows = await db.materialVersion.groupBy({
			by: ['lang'],
			where: { material: { status: PUBLISHED } },
			_count: true,
		})
		return rows.map((r) => ({ code: r.lang, count: r._count }))
	})
}

const SCOPE_SELECT = {
	id: true,
	countryCode: true,
	status: true,
	createdById: true,
	revisionOfId: true,
} as const

export type MaterialScope = Prisma.MaterialGetPayload<{ select: typeof SCOPE_SELECT }>

/** Status and country of a material, for permission checks before anything else is read. */
export async function getMaterialScope(materialId: string): Promise<MaterialScope | null> {
	if (materialId.length > 64) return null
	return db.material.findUnique({ where: { id: materialId }, select: SCOPE_SELECT })
}

/** A language version and its material's scope, for permission checks on routes that name a version. */
export async function getVersionScope(versionId: string) {
	if (versionId.length > 64) return null
	const version = await db.materialVersion.findUnique({
		where: { id: versionId },
		select: {
			id: true,
			lang: true,
			title: true,
			materialId: true,
			updatedAt: true,
			material: { select: SCOPE_SELECT },
		},
	})
	if (!version) return null
	const { material, ...rest } = version
	return { version: rest, material }
}

/** A material in any status, for its country's workspace and for reviewers. */
export async function getWorkspaceMaterial(materialId: string) {
	if (materialId.length > 64) return null
	return db.material.findUnique({
		where: { id: materialId },
		include: {
			audiences: true,
			risks: true,
			accessibility: true,
			createdBy: { select: { id: true, name: true } },
			// A published material's revision in progress, or what a revision revises.
			revision: { select: { id: true, status: true } },
			revisionOf: { select: { id: true, status: true } },
			// What an adaptation or translation was made from.
			derivedFromVersion: {
				select: {
					id: true,
					lang: true,
					title: true,
					material: { select: { id: true, countryCode: true, status: true, licence: true } },
				},
			},
			versions: {
				orderBy: { lang: 'asc' },
				include: {
					files: {
						orderBy: [{ role: 'asc' }, { position: 'asc' }],
						include: {
							asset: {
								select: {
									mediaType: true,
									byteSize: true,
									width: true,
									height: true,
									kind: true,
									durationMs: true,
									pageCount: true,
								},
							},
						},
					},
					segments: { select: { text: true } },
				},
			},
			moderationEvents: {
				orderBy: { createdAt: 'asc' },
				include: { user: { select: { name: true } } },
			},
		},
	})
}

/** Every material of a country, any status, newest change first (the country's workspace). */
export async function listCountryMaterials(countryCodes: string[], uiLang: string) {
	const rows = await db.material.findMany({
		where: { countryCode: { in: countryCodes } },
		orderBy: { updatedAt: 'desc' },
		take: 500,
		select: {
			id: true,
			countryCode: true,
			status: true,
			resourceType: true,
			updatedAt: true,
			derivedFromVersionId: true,
			revisionOfId: true,
			adaptationStep: true,
			versions: { select: { lang: true, title: true } },
		},
	})
	return rows.map((m) => {
		const version = pickVersion(m.versions, uiLang)
		return {
			id: m.id,
			countryCode: m.countryCode,
			status: m.status,
			resourceType: m.resourceType,
			updatedAt: m.updatedAt.toISOString(),
			title: version?.title ?? '',
			lang: version?.lang ?? '',
			// An adaptation (not a revision of one) is worked on in its guided flow.
			adaptation: m.derivedFromVersionId && !m.revisionOfId ? { step: m.adaptationStep } : null,
		}
	})
}

/**
 * Every material of a campaign, any status, for its country's workspace:
 * published ones first, then the most recently changed. A revision of a
 * published material is listed too, marked as such.
 */
export async function listCampaignMaterials(campaignId: string, uiLang: string) {
	const rows = await db.material.findMany({
		where: { campaignId },
		orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
		take: 500,
		select: {
			id: true,
			status: true,
			resourceType: true,
			originalLang: true,
			revisionOfId: true,
			updatedAt: true,
			versions: { select: { lang: true, title: true } },
		},
	})
	const order = (status: string) => (status === PUBLISHED ? 0 : 1)
	return rows
		.sort((a, b) => order(a.status) - order(b.status))
		.map((m) => {
			const version = pickVersion(m.versions, uiLang, m.originalLang)
			return {
				id: m.id,
				status: m.status,
				resourceType: m.resourceType,
				isRevision: m.revisionOfId !== null,
				updatedAt: m.updatedAt.toISOString(),
				title: version?.title ?? '',
				lang: version?.lang ?? m.originalLang,
			}
		})
}

/** A file of a material that is not public, for its country and reviewers (previews in review). */
export async function getAnyVersionFile(fileId: string) {
	return db.versionFile.findFirst({
		where: { id: fileId },
		select: {
			id: true,
			role: true,
			rendered: true,
			versionId: true,
			assetId: true,
			asset: { select: DOWNLOAD_ASSET_SELECT },
			version: {
				select: {
					lang: true,
					title: true,
					material: { select: { id: true, countryCode: true, status: true } },
				},
			},
		},
	})
}

/**
 * The preview image of one language version with its renditions, or null.
 * Reads no permissions: the caller has already decided the version may be shown.
 */
export async function getVersionPreview(versionId: string) {
	const file = await db.versionFile.findFirst({
		where: { versionId, role: 'preview' },
		orderBy: { position: 'asc' },
		select: {
			id: true,
			asset: {
				select: {
					width: true,
					height: true,
					renditions: { select: { id: true, format: true, width: true } },
				},
			},
		},
	})
	if (!file) return null
	const { width, height, renditions } = file.asset
	return { fileId: file.id, width, height, renditions }
}
