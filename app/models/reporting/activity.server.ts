import {
	summarizeActivity,
	type ActivityFigures,
	type ActivityInput,
	type Period,
} from '#app/domain/reporting-activity.ts'
import { type Prisma } from '#app/generated/prisma/client.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * The rows the exchange holds about a country's work on policy target 3
 * during a period, for `summarizeActivity`: what its report starts from.
 *
 * Only what the exchange shows anyone is counted: public campaigns (those
 * with a published material) and published materials. A report is read by
 * the secretariat and, once accepted, by the round's readers, so it must not
 * carry the title of a campaign its country has not made public yet.
 * Downloads are counted per day and version already; only their sum leaves
 * this function.
 */

type Client = Prisma.TransactionClient | typeof db

export async function gatherActivityInput(
	client: Client,
	countryCode: string,
	period: Period,
): Promise<ActivityInput> {
	const publishedInPeriod = { gte: period.start, lte: period.end }
	const [campaigns, materials, adaptationsOfOurs, downloads] = await Promise.all([
		client.campaign.findMany({
			where: { countryCode, materials: { some: { status: 'published' } } },
			select: {
				id: true,
				originalLang: true,
				startYear: true,
				endYear: true,
				reachCount: true,
				reachUnit: true,
				evaluationMethod: true,
				translations: { select: { lang: true, title: true, results: true } },
			},
		}),
		client.material.findMany({
			where: { countryCode, status: 'published', publishedAt: publishedInPeriod },
			select: {
				id: true,
				publishedAt: true,
				versions: { select: { lang: true } },
				audiences: { select: { audience: true } },
				derivedFromVersion: { select: { material: { select: { countryCode: true } } } },
			},
		}),
		client.material.findMany({
			where: {
				status: 'published',
				publishedAt: publishedInPeriod,
				countryCode: { not: countryCode },
				derivedFromVersion: { material: { countryCode } },
			},
			select: { id: true, countryCode: true, publishedAt: true },
		}),
		client.downloadCount.groupBy({
			by: ['day'],
			where: {
				day: {
					gte: period.start.toISOString().slice(0, 10),
					lte: period.end.toISOString().slice(0, 10),
				},
				version: { material: { countryCode } },
			},
			_sum: { count: true },
		}),
	])
	return {
		period,
		campaigns: campaigns.map((c) => {
			// The campaign as its country wrote it: the report is one text, read in every language.
			const text = c.translations.find((t) => t.lang === c.originalLang) ?? c.translations[0]
			return {
				id: c.id,
				title: text?.title ?? '',
				lang: text?.lang ?? c.originalLang,
				startYear: c.startYear,
				endYear: c.endYear,
				reachCount: c.reachCount,
				reachUnit: c.reachUnit,
				evaluationMethod: c.evaluationMethod,
				results: text?.results ?? '',
			}
		}),
		materials: materials.map((m) => {
			const source = m.derivedFromVersion?.material.countryCode ?? null
			return {
				id: m.id,
				publishedAt: m.publishedAt,
				languages: m.versions.map((v) => v.lang),
				audiences: m.audiences.map((a) => a.audience),
				adaptedFromCountry: source && source !== countryCode ? source : null,
			}
		}),
		adaptationsOfOurs,
		downloads: downloads.map((d) => ({ day: d.day, count: d._sum.count ?? 0 })),
	}
}

/** The country's activity figures for a period, from the data as it is now. */
export async function summarizeCountryActivity(
	countryCode: string,
	period: Period,
	client: Client = db,
): Promise<ActivityFigures> {
	return summarizeActivity(await gatherActivityInput(client, countryCode, period))
}

/** Frozen figures read back; null when the stored JSON is not figures. */
export function readFrozenActivity(json: string | null): ActivityFigures | null {
	if (!json) return null
	try {
		const value = JSON.parse(json) as ActivityFigures
		return value && typeof value === 'object' && Array.isArray(value.campaigns) ? value : null
	} catch {
		return null
	}
}
