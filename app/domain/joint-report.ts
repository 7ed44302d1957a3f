/**
 * The secretariat's joint report of a round, "summarizing progress made"
 * (annex to the 2012 declaration), assembled from the accepted country
 * reports and the exchange's own figures for the round's period. Pure: the
 * model gathers the rows, this counts them. What it returns is what gets
 * frozen when the round closes, so it holds keys, codes and texts in every
 * language, never a label in one reader's language.
 */
import { MEASURE_STATES, type MeasureState } from './reporting.ts'

export interface JointCountry {
	code: string
	/** The year the country joined the Alliance (2012, 2014...). */
	allianceSince: number
}

export interface JointReportRow {
	countryCode: string
	status: string
}

export interface JointMeasureRow {
	countryCode: string
	targetKey: string
	goalKey: string
	kind: string
	state: string
	title: string
	lang: string
}

export interface JointMaterialRow {
	id: string
	countryCode: string
	publishedAt: Date | null
	languages: string[]
	/** The material it was adapted or translated from, when it was. */
	derivedFrom: { materialId: string; countryCode: string } | null
}

export interface JointCampaignRow {
	id: string
	countryCode: string
	originalLang: string
	startYear: number | null
	endYear: number | null
	reachCount: number | null
	/** What reachCount counts; absent from joint reports published before it was kept (people). */
	reachUnit?: string | null
	evaluationMethod: string | null
	/** By language: the title and the best-practice evidence. */
	translations: Record<string, CampaignEvidence>
}

/** A country's note that it used another country's material or campaign (app/domain/usage-note.ts). */
export interface JointUsageRow {
	/** The country that used the work. */
	countryCode: string
	kind: 'material' | 'campaign'
	id: string
	/** The work's own country. */
	ownerCountryCode: string
	createdAt: Date
	/** The work's title by language, and the language it was made in. */
	titles: Record<string, string>
	originalLang: string
}

export interface CampaignEvidence {
	title: string
	summary: string
	reach: string
	results: string
	lessonsLearned: string
}

export interface JointInput {
	period: { start: Date; end: Date }
	/** The Alliance's countries. */
	countries: JointCountry[]
	/** Every report of the round, whatever its status. */
	reports: JointReportRow[]
	/** The round's policy targets, in order. */
	targetKeys: string[]
	/** Measures of the round's reports; only those of accepted reports count. */
	measures: JointMeasureRow[]
	/** The exchange's published materials (the period is applied here). */
	materials: JointMaterialRow[]
	/** Titles of materials by language and each one's own language, for the most reused list. */
	materialTitles: Record<string, { originalLang: string; titles: Record<string, string> }>
	/** The campaigns the secretariat highlights, in its order. */
	bestPractices: JointCampaignRow[]
	/** Notes of use on public works (the period is applied here). */
	usageNotes?: JointUsageRow[]
}

export interface CountriesCount {
	count: number
	countries: string[]
}

export interface TargetFigures {
	key: string
	inPlace: CountriesCount
	announced: CountriesCount
	/** Measures carried from the previous round, by what became of them. */
	carried: Record<MeasureState | 'unstated', CountriesCount>
	/** The measures themselves, by country, as the countries wrote them. */
	measures: Omit<JointMeasureRow, 'targetKey'>[]
}

export interface JointFigures {
	periodStart: string
	periodEnd: string
	participation: {
		alliance: number
		/** Reports that reached the secretariat (submitted or accepted). */
		reported: number
		accepted: number
		byYear: { year: number; alliance: number; reported: number; accepted: number }[]
		acceptedCountries: string[]
	}
	targets: TargetFigures[]
	exchange: {
		materialsPublished: number
		byLanguage: { key: string; count: number }[]
		adaptations: number
		mostReused: {
			materialId: string
			countryCode: string
			titles: Record<string, string>
			/** Absent from figures frozen before it was kept. */
			originalLang?: string
			countries: string[]
		}[]
	}
	bestPractices: JointCampaignRow[]
	/**
	 * Use in other countries. Absent from figures published before it was
	 * counted: readers of the frozen JSON must expect it missing.
	 */
	usage?: JointUsageFigures
}

export interface JointUsageFigures {
	/** Notes written in the period. */
	notes: number
	/** The countries that wrote them. */
	countries: string[]
	/** The works used in the most other countries, most first. */
	mostUsed: {
		kind: 'material' | 'campaign'
		id: string
		countryCode: string
		titles: Record<string, string>
		/** Absent from figures frozen before it was kept. */
		originalLang?: string
		countries: string[]
	}[]
}

/** The most used list stops at this many works, like the most reused. */
export const MOST_USED_LIMIT = 10

/** The most reused list stops at this many materials: the point is the top, not a catalogue. */
export const MOST_REUSED_LIMIT = 10
/** A joint report highlights a handful of best practices, not every campaign. */
export const MAX_BEST_PRACTICES = 12

const REPORTED = new Set(['submitted', 'accepted'])

function within(date: Date | null, period: { start: Date; end: Date }) {
	return (
		!!date && date.getTime() >= period.start.getTime() && date.getTime() <= period.end.getTime()
	)
}

function countries(codes: Iterable<string>): CountriesCount & { codes: Set<string> } {
	const list = [...codes]
	const set = new Set(list)
	return { count: list.length, countries: [...set].sort(), codes: set }
}

function countOf(measures: JointMeasureRow[]): CountriesCount {
	const { count, countries: list } = countries(measures.map((m) => m.countryCode))
	return { count, countries: list }
}

export function assembleJointReport(input: JointInput): JointFigures {
	const statusOf = new Map(input.reports.map((r) => [r.countryCode, r.status]))
	const alliance = [...input.countries].sort((a, b) => a.code.localeCompare(b.code))
	const accepted = new Set(
		alliance.filter((c) => statusOf.get(c.code) === 'accepted').map((c) => c.code),
	)
	const years = [...new Set(alliance.map((c) => c.allianceSince))].sort((a, b) => a - b)

	// A measure counts when its country's report was accepted: what the
	// secretariat has not accepted is not yet the country's word.
	const measures = input.measures.filter((m) => accepted.has(m.countryCode))
	const targets = input.targetKeys.map((key): TargetFigures => {
		const own = measures.filter((m) => m.targetKey === key)
		const carried = own.filter((m) => m.kind === 'carried')
		const byState = (state: string) => countOf(carried.filter((m) => m.state === state))
		return {
			key,
			inPlace: countOf(own.filter((m) => m.kind === 'in-place')),
			announced: countOf(own.filter((m) => m.kind === 'announced')),
			carried: {
				...(Object.fromEntries(MEASURE_STATES.map((s) => [s, byState(s)])) as Record<
					MeasureState,
					CountriesCount
				>),
				unstated: countOf(
					carried.filter((m) => !(MEASURE_STATES as readonly string[]).includes(m.state)),
				),
			},
			// By country; within a country, in the order of its report (sort is stable).
			measures: own
				.map(({ targetKey: _, ...m }) => m)
				.sort((a, b) => a.countryCode.localeCompare(b.countryCode)),
		}
	})

	const published = input.materials.filter((m) => within(m.publishedAt, input.period))
	const languages = new Map<string, number>()
	for (const m of published)
		for (const lang of new Set(m.languages)) languages.set(lang, (languages.get(lang) ?? 0) + 1)
	// Reuse is another country's: a country's own translation of its poster is not reuse.
	const adaptations = published.filter(
		(m) => m.derivedFrom && m.derivedFrom.countryCode !== m.countryCode,
	)
	const reusedBy = new Map<string, { countryCode: string; countries: Set<string> }>()
	for (const m of adaptations) {
		const source = m.derivedFrom!
		const entry = reusedBy.get(source.materialId) ?? {
			countryCode: source.countryCode,
			countries: new Set<string>(),
		}
		entry.countries.add(m.countryCode)
		reusedBy.set(source.materialId, entry)
	}

	return {
		periodStart: input.period.start.toISOString(),
		periodEnd: input.period.end.toISOString(),
		participation: {
			alliance: alliance.length,
			reported: alliance.filter((c) => REPORTED.has(statusOf.get(c.code) ?? '')).length,
			accepted: accepted.size,
			byYear: years.map((year) => {
				const joined = alliance.filter((c) => c.allianceSince === year)
				return {
					year,
					alliance: joined.length,
					reported: joined.filter((c) => REPORTED.has(statusOf.get(c.code) ?? '')).length,
					accepted: joined.filter((c) => accepted.has(c.code)).length,
				}
			}),
			acceptedCountries: [...accepted].sort(),
		},
		targets,
		exchange: {
			materialsPublished: published.length,
			byLanguage: [...languages]
				.map(([key, count]) => ({ key, count }))
				.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
			adaptations: adaptations.length,
			mostReused: [...reusedBy]
				.map(([materialId, entry]) => ({
					materialId,
					countryCode: entry.countryCode,
					titles: input.materialTitles[materialId]?.titles ?? {},
					originalLang: input.materialTitles[materialId]?.originalLang,
					countries: [...entry.countries].sort(),
				}))
				.sort(
					(a, b) =>
						b.countries.length - a.countries.length || a.materialId.localeCompare(b.materialId),
				)
				.slice(0, MOST_REUSED_LIMIT),
		},
		bestPractices: input.bestPractices.slice(0, MAX_BEST_PRACTICES),
		usage: countUsage(input.usageNotes ?? [], input.period),
	}
}

/**
 * Notes written in the period, the countries that wrote them and the works
 * used in the most countries. A note of the work's own country is not use
 * elsewhere (the exchange refuses them; an old row would not count either).
 */
function countUsage(rows: JointUsageRow[], period: { start: Date; end: Date }): JointUsageFigures {
	const notes = rows.filter(
		(r) => within(r.createdAt, period) && r.countryCode !== r.ownerCountryCode,
	)
	const works = new Map<string, JointUsageFigures['mostUsed'][number]>()
	for (const note of notes) {
		const key = `${note.kind}:${note.id}`
		const work = works.get(key) ?? {
			kind: note.kind,
			id: note.id,
			countryCode: note.ownerCountryCode,
			titles: note.titles,
			originalLang: note.originalLang,
			countries: [],
		}
		if (!work.countries.includes(note.countryCode)) work.countries.push(note.countryCode)
		works.set(key, work)
	}
	return {
		notes: notes.length,
		countries: [...new Set(notes.map((n) => n.countryCode))].sort(),
		mostUsed: [...works.values()]
			.map((w) => ({ ...w, countries: [...w.countries].sort() }))
			.sort(
				(a, b) =>
					b.countries.length - a.countries.length ||
					a.kind.localeCompare(b.kind) ||
					a.id.localeCompare(b.id),
			)
			.slice(0, MOST_USED_LIMIT),
	}
}

/** A campaign's evidence in the reader's language, else its original, else any. */
export function evidenceIn(campaign: JointCampaignRow, lang: string) {
	const pick =
		campaign.translations[lang] ??
		campaign.translations[campaign.originalLang] ??
		Object.values(campaign.translations)[0]
	const shownLang = campaign.translations[lang]
		? lang
		: campaign.translations[campaign.originalLang]
			? campaign.originalLang
			: (Object.keys(campaign.translations)[0] ?? campaign.originalLang)
	return { lang: shownLang, evidence: pick ?? null }
}

/**
 * A title by language in the reader's language, else the work's own
 * (`original`, when given), else English, else any.
 */
export function titleIn(titles: Record<string, string>, lang: string, original?: string) {
	if (titles[lang]) return { lang, title: titles[lang] }
	if (original && titles[original]) return { lang: original, title: titles[original] }
	if (titles.en) return { lang: 'en', title: titles.en }
	const [first] = Object.entries(titles)
	return first ? { lang: first[0], title: first[1] } : { lang, title: '' }
}

// ------------------------------------------------------------- narratives

/** A narrative per policy target is a few pages at most. */
export const MAX_NARRATIVE = 20_000

/** The narratives of a joint report by target key, from their stored JSON. */
export function parseNarratives(json: string): Record<string, string> {
	try {
		const value = JSON.parse(json) as unknown
		if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
		return Object.fromEntries(
			Object.entries(value).filter(
				(entry): entry is [string, string] => typeof entry[1] === 'string',
			),
		)
	} catch {
		return {}
	}
}

export type NarrativeSave =
	| { ok: true; narratives: Record<string, string> }
	| { ok: false; problem: 'conflict'; current: string }

/**
 * Saves one target's narrative when the joint report is as the writer saw
 * it (same revision), or when only other targets' narratives changed since
 * (the text they started from, `base`, is still the current one). Otherwise
 * someone else changed this text meanwhile: refused, with their text, so the
 * writer can merge rather than overwrite it.
 */
export function saveNarrative(input: {
	narratives: Record<string, string>
	revision: number
	seenRevision: number
	targetKey: string
	base: string
	text: string
}): NarrativeSave {
	const current = input.narratives[input.targetKey] ?? ''
	if (input.revision !== input.seenRevision && current !== input.base)
		return { ok: false, problem: 'conflict', current }
	return { ok: true, narratives: { ...input.narratives, [input.targetKey]: input.text } }
}
