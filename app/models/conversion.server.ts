import { producingOrganisation } from '#app/domain/organisation.ts'
import { type Licence } from '#app/domain/vocabularies.ts'
import { type AttributionInput } from '#app/media/attribution.server.ts'
import { type StoredFormat } from '#app/media/conversions.server.ts'
import { releaseStoredFiles, storeBytes, storedFileExists } from '#app/media/storage.server.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * Conversions of a material's files (the file with its credit written in,
 * or an image in another format), stored like renditions: the first
 * download makes one, every later download of the same source, format and
 * variant streams it from the store.
 */

/**
 * Variants kept per source image and format: the three UI languages, a
 * draft and its published page, and a few besides. Older ones (a title or
 * licence since changed, a page address no longer used) are deleted when a
 * new one is stored, and the sweeper then removes their files.
 */
const KEPT_PER_FORMAT = 8

export interface StoredConversion {
	storageKey: string
	byteSize: number
	sha256: string
}

type ConversionKey = { assetId: string; format: StoredFormat; variant: string }

// Conversions being made now, so that a burst of requests for the same one
// makes it once; the others wait for it.
const making = new Map<string, Promise<StoredConversion>>()

/**
 * The stored conversion for `key`, made by `make` and stored first if
 * there is none (or its file is missing).
 */
export async function getOrMakeConversion(
	key: ConversionKey,
	make: () => Promise<Buffer>,
): Promise<StoredConversion> {
	const found = await db.conversion.findUnique({ where: { assetId_format_variant: key } })
	if (found && storedFileExists(found.storageKey)) return storedConversion(found)
	const id = `${key.assetId}/${key.format}/${key.variant}`
	let pending = making.get(id)
	if (!pending) {
		pending = makeAndStore(key, make).finally(() => making.delete(id))
		making.set(id, pending)
	}
	return pending
}

function storedConversion(row: { storageKey: string; byteSize: number }): StoredConversion {
	// The key is content-addressed: `ab/cd/<sha256>`.
	return { storageKey: row.storageKey, byteSize: row.byteSize, sha256: row.storageKey.slice(6) }
}

async function makeAndStore(key: ConversionKey, make: () => Promise<Buffer>) {
	const stored = await storeBytes(await make())
	const data = { byteSize: stored.byteSize, storageKey: stored.storageKey }
	// The stored file is leased until its row commits, so no sweep takes it meanwhile.
	await db
		.$transaction(async (tx) => {
			await tx.conversion.upsert({
				where: { assetId_format_variant: key },
				create: { ...key, ...data },
				update: data,
			})
			const stale = await tx.conversion.findMany({
				where: { assetId: key.assetId, format: key.format },
				orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
				skip: KEPT_PER_FORMAT,
				select: { id: true },
			})
			if (stale.length)
				await tx.conversion.deleteMany({ where: { id: { in: stale.map((s) => s.id) } } })
		})
		.finally(() => releaseStoredFiles([stored]))
	return storedConversion(data)
}

/** A material's own organisation and its campaign's, which it falls back to. */
const ORGANISATION_SELECT = {
	organisation: true,
	organisationContact: true,
	campaign: { select: { organisation: true, organisationContact: true } },
} as const

/**
 * What the credit of a version's files is made of. The source of an
 * adaptation is named only while it is published, as on the material page.
 */
export async function getAttributionFacts(versionId: string) {
	const version = await db.materialVersion.findUnique({
		where: { id: versionId },
		select: {
			lang: true,
			title: true,
			material: {
				select: {
					id: true,
					countryCode: true,
					licence: true,
					...ORGANISATION_SELECT,
					derivedFromVersion: {
						select: {
							title: true,
							material: { select: { countryCode: true, status: true, ...ORGANISATION_SELECT } },
						},
					},
				},
			},
		},
	})
	if (!version) return null
	const { material } = version
	const source = material.derivedFromVersion
	const input: AttributionInput = {
		title: version.title,
		countryCode: material.countryCode,
		organisation: producingOrganisation(material, material.campaign)?.name ?? null,
		licence: material.licence as Licence,
		// Credited whatever the source's status now is.
		adaptedFrom: source
			? {
					title: source.title,
					countryCode: source.material.countryCode,
					organisation:
						producingOrganisation(source.material, source.material.campaign)?.name ?? null,
				}
			: null,
	}
	return { materialId: material.id, lang: version.lang, input }
}
