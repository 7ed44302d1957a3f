import { insertUsageNote, type UsageTarget } from '#app/models/usage-note.server.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * "Used in our country" notes of the demo: countries saying they used
 * another country's material or campaign, as it was or changed, each in
 * its own language. Dated within the open 2024–2026 round's period, so its
 * draft joint report counts them (the closed 2022–2024 report is frozen).
 * Idempotent: a country's note on a work is written once; a work the
 * library does not hold, or not publicly, is skipped.
 */

interface DemoUsageNote {
	countryCode: string
	target: UsageTarget
	note: string
	outcomeValue?: number
	outcomeUnit?: string
	date: string
}

export const DEMO_USAGE_NOTES: DemoUsageNote[] = [
	{
		// Belgium adapted this poster into Dutch; in Wallonia it used the French original as it was.
		countryCode: 'BE',
		target: { kind: 'material', id: 'demo-m-001' },
		note: 'Affiche imprimée telle quelle, en français, pour les écoles primaires de Wallonie et de Bruxelles. Les enseignants l’ont placée près des ordinateurs de la classe ; plusieurs ont demandé la version néerlandaise, que nous avons ensuite adaptée.',
		outcomeValue: 2400,
		outcomeUnit: 'copies',
		date: '2025-02-10',
	},
	{
		countryCode: 'CA',
		target: { kind: 'material', id: 'demo-m-001' },
		note: 'Utilisée dans les écoles francophones du Nouveau-Brunswick et du Québec, avec le numéro d’aide local ajouté au bas de l’affiche.',
		outcomeValue: 310,
		outcomeUnit: 'schools',
		date: '2025-05-20',
	},
	{
		countryCode: 'IL',
		target: { kind: 'material', id: 'demo-m-002' },
		note: 'وزّعنا النسخة العربية من المطوية كما هي على الأهالي في المدارس العربية في الشمال، وطلبت مدارس أخرى نسخًا إضافية.',
		outcomeValue: 5000,
		outcomeUnit: 'copies',
		date: '2026-01-15',
	},
	{
		countryCode: 'JP',
		target: { kind: 'campaign', id: 'demo-c-01' },
		note: '保護者向けのオンライン安全講座で、このキャンペーンの考え方と資料をそのまま紹介しました。参加した保護者の多くが「子どもと話すきっかけになった」と答えました。',
		outcomeValue: 1200,
		outcomeUnit: 'people',
		date: '2025-10-03',
	},
	{
		countryCode: 'DE',
		target: { kind: 'campaign', id: 'demo-c-12' },
		note: 'Die Unterrichtsideen der Kampagne haben wir an zwei Pilotschulen übernommen; eine Auswertung folgt im nächsten Schuljahr.',
		date: '2025-11-12',
	},
]

async function isPublic(target: UsageTarget) {
	const published = { status: 'published' }
	return target.kind === 'material'
		? (await db.material.count({ where: { id: target.id, ...published } })) > 0
		: (await db.campaign.count({ where: { id: target.id, materials: { some: published } } })) > 0
}

/** Writes the demo notes that are missing; returns how many it added. */
export async function seedDemoUsage(notes = DEMO_USAGE_NOTES) {
	let added = 0
	for (const demo of notes) {
		if (!(await isPublic(demo.target))) continue
		const created = await insertUsageNote({
			countryCode: demo.countryCode,
			target: demo.target,
			note: demo.note,
			outcomeValue: demo.outcomeValue ?? null,
			outcomeUnit: demo.outcomeUnit ?? null,
			createdAt: new Date(`${demo.date}T10:00:00Z`),
		})
		if (created) added++
	}
	return added
}
