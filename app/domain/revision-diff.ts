/**
 * What a revision changes in a published material, as a reviewer reads it:
 * the facts shared by every language (type, licence, ages, tags), and per
 * language its title, description, files and poster. Pure, so the review
 * page and its tests ask the same question.
 */

export interface ComparableVersion {
	lang: string
	title: string
	description: string
	/** The files, as asset ids by role: the same bytes are the same file. */
	files: { assetId: string; role: string }[]
	/** The poster's texts by segment key ("slot:title", "helpline"...). */
	segments: { key: string; text: string }[]
	/** The poster's layout (background, logo, boxes), or null without a template. */
	template: string | null
}

export interface ComparableMaterial {
	resourceType: string
	licence: string
	ageMin: number | null
	ageMax: number | null
	campaignId: string | null
	/** The producing organisation and its contact, as the material itself names them. */
	organisation: string | null
	organisationContact: string | null
	audiences: string[]
	risks: string[]
	accessibility: string[]
	versions: ComparableVersion[]
}

export type MaterialFact =
	| 'resourceType'
	| 'licence'
	| 'age'
	| 'campaign'
	| 'organisation'
	| 'audiences'
	| 'risks'
	| 'accessibility'

export type RevisionChange =
	| { kind: 'fact'; fact: MaterialFact; before: string[]; after: string[] }
	| { kind: 'added-language'; lang: string }
	| { kind: 'text'; lang: string; part: 'title' | 'description'; before: string; after: string }
	| { kind: 'segment'; lang: string; key: string; before: string; after: string }
	| { kind: 'files'; lang: string; added: number; removed: number }
	| { kind: 'poster-layout'; lang: string }

const sorted = (values: readonly string[]) => [...values].sort()
const sameList = (a: readonly string[], b: readonly string[]) =>
	sorted(a).join('\u0000') === sorted(b).join('\u0000')
const age = (m: ComparableMaterial) =>
	m.ageMin === null && m.ageMax === null ? [] : [`${m.ageMin ?? ''}–${m.ageMax ?? ''}`]
// One value, so the contact stays after the name it belongs to.
const organisation = (m: ComparableMaterial) =>
	m.organisation || m.organisationContact
		? [[m.organisation, m.organisationContact].filter(Boolean).join(' · ')]
		: []

export function diffRevision(
	published: ComparableMaterial,
	revision: ComparableMaterial,
): RevisionChange[] {
	const changes: RevisionChange[] = []
	const facts: [MaterialFact, string[], string[]][] = [
		['resourceType', [published.resourceType], [revision.resourceType]],
		['licence', [published.licence], [revision.licence]],
		['age', age(published), age(revision)],
		[
			'campaign',
			published.campaignId ? [published.campaignId] : [],
			revision.campaignId ? [revision.campaignId] : [],
		],
		['organisation', organisation(published), organisation(revision)],
		['audiences', published.audiences, revision.audiences],
		['risks', published.risks, revision.risks],
		['accessibility', published.accessibility, revision.accessibility],
	]
	for (const [fact, before, after] of facts)
		if (!sameList(before, after))
			changes.push({ kind: 'fact', fact, before: sorted(before), after: sorted(after) })

	const current = new Map(published.versions.map((v) => [v.lang, v]))
	for (const next of [...revision.versions].sort((a, b) => a.lang.localeCompare(b.lang))) {
		const before = current.get(next.lang)
		if (!before) {
			changes.push({ kind: 'added-language', lang: next.lang })
			continue
		}
		for (const part of ['title', 'description'] as const)
			if (before[part] !== next[part])
				changes.push({
					kind: 'text',
					lang: next.lang,
					part,
					before: before[part],
					after: next[part],
				})
		const oldTexts = new Map(before.segments.map((s) => [s.key, s.text]))
		const newTexts = new Map(next.segments.map((s) => [s.key, s.text]))
		for (const key of sorted([...new Set([...oldTexts.keys(), ...newTexts.keys()])])) {
			const a = oldTexts.get(key) ?? ''
			const b = newTexts.get(key) ?? ''
			if (a !== b) changes.push({ kind: 'segment', lang: next.lang, key, before: a, after: b })
		}
		const fileKey = (f: { assetId: string; role: string }) => `${f.role}:${f.assetId}`
		const oldFiles = new Set(before.files.filter((f) => f.role === 'primary').map(fileKey))
		const newFiles = new Set(next.files.filter((f) => f.role === 'primary').map(fileKey))
		const added = [...newFiles].filter((f) => !oldFiles.has(f)).length
		const removed = [...oldFiles].filter((f) => !newFiles.has(f)).length
		if (added || removed) changes.push({ kind: 'files', lang: next.lang, added, removed })
		if (before.template !== next.template) changes.push({ kind: 'poster-layout', lang: next.lang })
	}
	return changes
}
