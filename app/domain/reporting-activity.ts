/**
 * What the exchange already knows of a country's work on policy target 3
 * during a reporting period, so its report starts from it: its campaigns
 * with their evidence, the materials it published (by language and
 * audience), the adaptations it made and those other countries made of its
 * materials, and how often its materials were downloaded (aggregates only:
 * the exchange keeps nothing about readers). Pure: the model gathers the
 * rows, this counts them.
 */

export interface Period {
	start: Date
	/** Inclusive: the last moment of the period. */
	end: Date
}

export interface ActivityCampaign {
	id: string
	title: string
	lang: string
	startYear: number | null
	endYear: number | null
	reachCount: number | null
	/**
	 * What reachCount counts (one of REACH_UNITS). Optional: figures frozen
	 * before the unit was carried lack it, and read as people, as a campaign
	 * without a unit does.
	 */
	reachUnit?: string | null
	evaluationMethod: string | null
	results: string
}

export interface ActivityMaterial {
	id: string
	publishedAt: Date | null
	languages: string[]
	audiences: string[]
	/** The country of the material it was adapted or translated from, if another's. */
	adaptedFromCountry: string | null
}

export interface ActivityAdaptationOfOurs {
	/** The other country's material. */
	id: string
	countryCode: string
	publishedAt: Date | null
}

export interface ActivityInput {
	period: Period
	campaigns: ActivityCampaign[]
	materials: ActivityMaterial[]
	adaptationsOfOurs: ActivityAdaptationOfOurs[]
	/** Downloads of the country's materials, per UTC day (YYYY-MM-DD). */
	downloads: { day: string; count: number }[]
}

export interface CountBy {
	key: string
	count: number
}

export interface ActivityFigures {
	periodStart: string
	periodEnd: string
	campaigns: ActivityCampaign[]
	materialsPublished: number
	byLanguage: CountBy[]
	byAudience: CountBy[]
	adaptationsMade: { count: number; fromCountries: CountBy[] }
	adaptationsReceived: { count: number; byCountries: CountBy[] }
	downloads: number
}

function within(date: Date | null, period: Period) {
	return (
		!!date && date.getTime() >= period.start.getTime() && date.getTime() <= period.end.getTime()
	)
}

/** Counts, largest first, then by key, so lists read the same every time. */
function tally(keys: Iterable<string>): CountBy[] {
	const counts = new Map<string, number>()
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
	return [...counts]
		.map(([key, count]) => ({ key, count }))
		.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
}

/**
 * A campaign counts when it ran during the period (by year: campaigns are
 * dated by year). Without a last year it is still running.
 */
function ranDuring(campaign: ActivityCampaign, period: Period) {
	if (campaign.startYear == null) return false
	const end = campaign.endYear ?? Number.POSITIVE_INFINITY
	return campaign.startYear <= period.end.getUTCFullYear() && end >= period.start.getUTCFullYear()
}

export function summarizeActivity(input: ActivityInput): ActivityFigures {
	const { period } = input
	const published = input.materials.filter((m) => within(m.publishedAt, period))
	const made = published.filter((m) => m.adaptedFromCountry)
	const received = input.adaptationsOfOurs.filter((a) => within(a.publishedAt, period))
	const startDay = period.start.toISOString().slice(0, 10)
	const endDay = period.end.toISOString().slice(0, 10)
	return {
		periodStart: period.start.toISOString(),
		periodEnd: period.end.toISOString(),
		campaigns: input.campaigns
			.filter((c) => ranDuring(c, period))
			.sort((a, b) => (a.startYear ?? 0) - (b.startYear ?? 0) || a.title.localeCompare(b.title)),
		materialsPublished: published.length,
		byLanguage: tally(published.flatMap((m) => [...new Set(m.languages)])),
		byAudience: tally(published.flatMap((m) => [...new Set(m.audiences)])),
		adaptationsMade: {
			count: made.length,
			fromCountries: tally(made.map((m) => m.adaptedFromCountry!)),
		},
		adaptationsReceived: {
			count: received.length,
			byCountries: tally(received.map((a) => a.countryCode)),
		},
		downloads: input.downloads
			.filter((d) => d.day >= startDay && d.day <= endDay)
			.reduce((sum, d) => sum + d.count, 0),
	}
}
