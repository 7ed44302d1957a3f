import { z } from 'zod'
import { MaterialDetailSchema } from '#app/api/schemas.ts'
import { COST_CURRENCIES } from '#app/domain/campaign-evidence.ts'
import {
	AUDIENCES,
	CHANNELS,
	EVALUATION_METHODS,
	REACH_UNITS,
	RISKS,
} from '#app/domain/vocabularies.ts'

/**
 * A country archive: a country's published materials and their campaigns,
 * as one tar.gz (docs/decisions/024-country-archives.md):
 *
 *   manifest.json             ArchiveManifestSchema, always the first entry
 *   campaigns/<id>.json       ArchiveCampaignSchema
 *   materials/<id>.json       ArchiveMaterialSchema: the API's MaterialDetail
 *                             as /api/v1/materials/<id> answers it, plus an
 *                             `archive` member with what another instance
 *                             needs to store it and the API does not show
 *   files/<sha256>            the bytes of every asset and rendition
 *
 * A material's record is the API's own schema extended, so the archive
 * cannot drift from the API: a member added to the API is in the next
 * archive, and an archive that breaks the API's schema is refused.
 */

export const ARCHIVE_FORMAT = 'awareness-exchange/country-archive'
export const ARCHIVE_FORMAT_VERSION = 1

const Id = z
	.string()
	.min(1)
	.max(64)
	.regex(/^[A-Za-z0-9_-]+$/)
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const Timestamp = z.iso.datetime()
const Count = z.number().int().nonnegative()
const CountryCode = z.string().regex(/^[A-Z]{2}$/)
const Lang = z
	.string()
	.min(2)
	.max(35)
	.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)
/** Free text written by a country: long enough for any real description, bounded all the same. */
const Text = (max: number) => z.string().max(max)

export const ArchiveManifestSchema = z.object({
	format: z.literal(ARCHIVE_FORMAT),
	formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
	/** The instance it was exported from (APP_ORIGIN), or null when it had none. */
	origin: z.string().max(500).nullable(),
	exportedAt: Timestamp,
	country: CountryCode,
	counts: z.object({ materials: Count, campaigns: Count, files: Count }),
})
export type ArchiveManifest = z.infer<typeof ArchiveManifestSchema>

const Rendition = z.object({
	id: Id,
	format: z.enum(['webp', 'avif']),
	width: Count,
	height: Count,
	byteSize: Count,
	sha256: Sha256,
})

export const ArchiveAssetSchema = z.object({
	id: Id,
	sha256: Sha256,
	mediaType: z.string().max(200),
	byteSize: Count,
	width: Count.nullable(),
	height: Count.nullable(),
	kind: z.enum(['image', 'pdf', 'video', 'audio', 'document', 'text']),
	durationMs: Count.nullable(),
	pageCount: Count.nullable(),
	/** The picture that stands for a document or video: another asset of the same record. */
	posterId: Id.nullable(),
	pages: z.array(z.object({ page: z.number().int().min(1), text: Text(1_000_000) })).max(5_000),
	renditions: z.array(Rendition).max(20),
})
export type ArchiveAsset = z.infer<typeof ArchiveAssetSchema>

const ArchiveVersion = z.object({
	id: Id,
	createdAt: Timestamp,
	extractedText: Text(5_000_000),
	segments: z
		.array(z.object({ key: Text(100), text: Text(20_000), sourceText: Text(20_000).nullable() }))
		.max(500),
	template: z.object({ backgroundId: Id, logoId: Id.nullable(), slots: Text(200_000) }).nullable(),
	files: z
		.array(
			z.object({
				id: Id,
				assetId: Id,
				position: z.number().int(),
				fileName: Text(300).nullable(),
			}),
		)
		.max(200),
})

export const ArchiveMaterialSchema = MaterialDetailSchema.extend({
	id: Id,
	archive: z.object({
		createdAt: Timestamp,
		/** The material's own organisation; the API's `organisation` may be its campaign's. */
		organisation: Text(300).nullable(),
		organisationContact: Text(300).nullable(),
		/**
		 * The exact language version it was derived from, which may be another
		 * country's material: kept by id, as a reference.
		 */
		derivedFrom: z
			.object({ materialId: Id, versionId: Id, revision: z.number().int().nullable() })
			.nullable(),
		versions: z.array(ArchiveVersion).max(200),
		/** Every stored file the material uses: its files, their posters, its templates' images. */
		assets: z.array(ArchiveAssetSchema).max(2_000),
	}),
})
export type ArchiveMaterial = z.infer<typeof ArchiveMaterialSchema>

const Year = z.number().int().min(1900).max(2200)

export const ArchiveCampaignSchema = z.object({
	id: Id,
	countryCode: CountryCode,
	originalLang: Lang,
	startYear: Year.nullable(),
	endYear: Year.nullable(),
	reachCount: Count.nullable(),
	reachUnit: z.enum(REACH_UNITS).nullable(),
	evaluationMethod: z.enum(EVALUATION_METHODS).nullable(),
	costAmount: z.number().nonnegative().nullable(),
	costCurrency: z.enum(COST_CURRENCIES).nullable(),
	durationMonths: Count.nullable(),
	organisation: Text(300).nullable(),
	organisationContact: Text(300).nullable(),
	isDemo: z.boolean(),
	channels: z.array(z.enum(CHANNELS)),
	audiences: z.array(z.enum(AUDIENCES)),
	risks: z.array(z.enum(RISKS)),
	translations: z
		.array(
			z.object({
				lang: Lang,
				title: Text(500),
				summary: Text(20_000),
				objectives: Text(20_000),
				reach: Text(20_000),
				results: Text(20_000),
				lessonsLearned: Text(20_000),
			}),
		)
		.min(1)
		.max(200),
})
export type ArchiveCampaign = z.infer<typeof ArchiveCampaignSchema>
