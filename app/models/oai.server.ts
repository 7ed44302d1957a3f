import { type Prisma } from '#app/generated/prisma/client.ts'
import { countryName } from '#app/domain/countries.ts'
import { CONTENT_LANGUAGES, languageName } from '#app/domain/languages.ts'
import { type OaiMaterial } from '#app/domain/oai-metadata.ts'
import {
	setSpecsOf,
	SET_FAMILIES,
	type OaiCursor,
	type OaiHeader,
	type OaiSelection,
	type OaiSet,
} from '#app/domain/oai-pmh.ts'
import { producingOrganisation } from '#app/domain/organisation.ts'
import {
	AUDIENCES,
	LICENCES,
	RESOURCE_TYPES,
	RISKS,
	type Licence,
} from '#app/domain/vocabularies.ts'
import { getFixedT } from '#app/i18n/resources.server.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * The records of the OAI-PMH repository: every material that has ever been
 * published, as it is now. A published material is a live record; one
 * withdrawn, or sent back into review after a withdrawal, is a deleted
 * record for good (Identify says `persistent`), so a harvester that copied
 * it learns to take it down. Drafts never published and the working copies
 * of revisions (`revisionOfId`) are not records at all. A record's
 * datestamp is the material's `updatedAt`, which every change of its public
 * content moves: publishing, withdrawing, and publishing a revision all
 * write the material row (app/models/material/), and so does a new
 * organisation on the campaign a material credits when it names none
 * (campaign-credit.server.ts), the one thing a record takes from outside
 * the material.
 */
const EXPOSED: Prisma.MaterialWhereInput = { revisionOfId: null, publishedAt: { not: null } }

/** The English labels of the vocabularies, as set names and metadata labels. */
function englishLabels() {
	const t = getFixedT('en', 'vocab')
	const labels: Record<string, string> = {}
	for (const [vocabulary, keys] of [
		['risk', RISKS],
		['audience', AUDIENCES],
		['type', RESOURCE_TYPES],
		['licence', LICENCES],
	] as const)
		for (const key of keys) labels[`${vocabulary}.${key}`] = t(`${vocabulary}.${key}`)
	return labels
}

function setWhere(set: OaiSet | null): Prisma.MaterialWhereInput {
	if (!set || set.value === null) return {}
	switch (set.family) {
		case 'country':
			return { countryCode: set.value }
		case 'type':
			return { resourceType: set.value }
		case 'risk':
			return { risks: { some: { risk: set.value } } }
		case 'audience':
			return { audiences: { some: { audience: set.value } } }
		case 'lang':
			return { versions: { some: { lang: set.value } } }
	}
}

function selectionWhere(selection: OaiSelection): Prisma.MaterialWhereInput {
	return {
		AND: [
			EXPOSED,
			setWhere(selection.set),
			selection.from ? { updatedAt: { gte: selection.from } } : {},
			selection.before ? { updatedAt: { lt: selection.before } } : {},
		],
	}
}

const RECORD_SELECT = {
	id: true,
	status: true,
	countryCode: true,
	resourceType: true,
	licence: true,
	ageMin: true,
	ageMax: true,
	originalLang: true,
	publishedAt: true,
	updatedAt: true,
	organisation: true,
	organisationContact: true,
	campaign: { select: { organisation: true, organisationContact: true } },
	audiences: { select: { audience: true }, orderBy: { audience: 'asc' } },
	risks: { select: { risk: true }, orderBy: { risk: 'asc' } },
	derivationKind: true,
	derivedFromVersion: { select: { materialId: true } },
	versions: {
		select: {
			lang: true,
			title: true,
			description: true,
			files: {
				where: { role: 'primary' },
				select: { id: true, asset: { select: { mediaType: true, byteSize: true } } },
				orderBy: { position: 'asc' },
			},
		},
		orderBy: { lang: 'asc' },
	},
} satisfies Prisma.MaterialSelect

type RecordRow = Prisma.MaterialGetPayload<{ select: typeof RECORD_SELECT }>

export interface HarvestRecord {
	header: OaiHeader
	material: OaiMaterial
}

/** The identifier of a record: oai:<the exchange's host name>:<material id> (the oai-identifier scheme). */
export function oaiIdentifier(origin: string, materialId: string) {
	return `oai:${new URL(origin).hostname}:${materialId}`
}

function materialIdOf(origin: string, identifier: string) {
	const prefix = `oai:${new URL(origin).hostname}:`
	return identifier.startsWith(prefix) ? identifier.slice(prefix.length) : null
}

function toRecord(row: RecordRow, origin: string, labels: Record<string, string>): HarvestRecord {
	const languages = row.versions.map((v) => v.lang)
	const name = countryName(row.countryCode, 'en')
	return {
		header: {
			identifier: oaiIdentifier(origin, row.id),
			modifiedAt: row.updatedAt,
			deleted: row.status !== 'published',
			setSpecs: setSpecsOf({
				countryCode: row.countryCode,
				risks: row.risks.map((r) => r.risk),
				audiences: row.audiences.map((a) => a.audience),
				languages,
				resourceType: row.resourceType,
			}),
		},
		material: {
			id: row.id,
			countryCode: row.countryCode,
			countryName: name,
			organisation: producingOrganisation(row, row.campaign)?.name ?? null,
			resourceType: row.resourceType,
			licence: row.licence as Licence,
			ageMin: row.ageMin,
			ageMax: row.ageMax,
			originalLang: row.originalLang,
			publishedAt: row.publishedAt,
			modifiedAt: row.updatedAt,
			audiences: row.audiences.map((a) => a.audience),
			risks: row.risks.map((r) => r.risk),
			pageUrl: `${origin}/en/materials/${row.id}`,
			versions: row.versions.map((v) => ({
				lang: v.lang,
				title: v.title,
				description: v.description,
				files: v.files.map((f) => ({
					url: `${origin}/download/${f.id}`,
					mediaType: f.asset.mediaType,
					byteSize: f.asset.byteSize,
				})),
			})),
			derivedFrom: row.derivedFromVersion
				? {
						pageUrl: `${origin}/en/materials/${row.derivedFromVersion.materialId}`,
						kind: row.derivationKind ?? 'adaptation',
					}
				: null,
			labels,
		},
	}
}

/** The record an identifier names, or null when it names none of this repository's. */
export async function getHarvestRecord(origin: string, identifier: string) {
	const id = materialIdOf(origin, identifier)
	if (!id) return null
	const row = await db.material.findFirst({
		where: { AND: [EXPOSED, { id }] },
		select: RECORD_SELECT,
	})
	return row ? toRecord(row, origin, englishLabels()) : null
}

/**
 * One page of records in (modifiedAt, id) order, after `after` when a
 * resumption token gave it; `next` is where the following page starts, or
 * null on the last page. `total` counts the whole list as it is now.
 */
export async function listHarvestRecords(input: {
	origin: string
	selection: OaiSelection
	after: OaiCursor | null
	pageSize: number
}) {
	const where = selectionWhere(input.selection)
	const after = input.after
	const keyset: Prisma.MaterialWhereInput = after
		? {
				OR: [
					{ updatedAt: { gt: after.modifiedAt } },
					{ updatedAt: after.modifiedAt, id: { gt: after.id } },
				],
			}
		: {}
	const [rows, total] = await Promise.all([
		db.material.findMany({
			where: { AND: [where, keyset] },
			select: RECORD_SELECT,
			orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
			take: input.pageSize + 1,
		}),
		db.material.count({ where }),
	])
	const page = rows.slice(0, input.pageSize)
	const last = page.at(-1)
	const cursor = after?.count ?? 0
	const labels = englishLabels()
	return {
		records: page.map((row) => toRecord(row, input.origin, labels)),
		cursor,
		total,
		next:
			rows.length > input.pageSize && last
				? { modifiedAt: last.updatedAt, id: last.id, count: cursor + page.length }
				: null,
	}
}

/** The datestamp of the oldest record; now when there is none yet. */
export async function getEarliestDatestamp() {
	const oldest = await db.material.findFirst({
		where: EXPOSED,
		orderBy: { updatedAt: 'asc' },
		select: { updatedAt: true },
	})
	return oldest?.updatedAt ?? new Date()
}

/**
 * Every set, with its name in English: the five families and each value in
 * them. Countries are those of the exchange; languages, every content
 * language.
 */
export async function listHarvestSets() {
	const labels = englishLabels()
	const countries = await db.country.findMany({ select: { code: true }, orderBy: { code: 'asc' } })
	const familyNames: Record<(typeof SET_FAMILIES)[number], string> = {
		country: 'By country',
		risk: 'By risk',
		audience: 'By audience',
		lang: 'By language',
		type: 'By resource type',
	}
	return [
		...SET_FAMILIES.map((family) => ({ spec: family, name: familyNames[family] })),
		...countries.map((c) => ({
			spec: `country:${c.code}`,
			name: `Country: ${countryName(c.code, 'en')}`,
		})),
		...RISKS.map((risk) => ({ spec: `risk:${risk}`, name: `Risk: ${labels[`risk.${risk}`]}` })),
		...AUDIENCES.map((a) => ({
			spec: `audience:${a}`,
			name: `Audience: ${labels[`audience.${a}`]}`,
		})),
		...CONTENT_LANGUAGES.map((lang) => ({
			spec: `lang:${lang}`,
			name: `Language: ${languageName(lang, 'en')}`,
		})),
		...RESOURCE_TYPES.map((type) => ({
			spec: `type:${type}`,
			name: `Resource type: ${labels[`type.${type}`]}`,
		})),
	]
}
