import { pickVersion } from '#app/domain/versions.ts'
import { db } from '#app/utils/db.server.ts'

/**
 * A campaign with its text in every language and its best-practice evidence.
 * Campaigns are public when at least one of their materials is published.
 */
export async function getPublicCampaign(id: string, uiLang: string) {
	const campaign = await db.campaign.findFirst({
		where: { id, materials: { some: { status: 'published' } } },
		include: {
			translations: { orderBy: { lang: 'asc' } },
			channels: true,
			audiences: true,
			risks: true,
		},
	})
	if (!campaign) return null
	const shown = pickVersion(campaign.translations, uiLang, campaign.originalLang)
	return {
		id: campaign.id,
		countryCode: campaign.countryCode,
		originalLang: campaign.originalLang,
		startYear: campaign.startYear,
		endYear: campaign.endYear,
		reachCount: campaign.reachCount,
		evaluationMethod: campaign.evaluationMethod,
		isDemo: campaign.isDemo,
		channels: campaign.channels.map((c) => c.channel),
		audiences: campaign.audiences.map((a) => a.audience),
		risks: campaign.risks.map((r) => r.risk),
		shown: shown ?? null,
		translations: campaign.translations,
	}
}

export async function listPublicCampaignsByCountry(countryCode: string, uiLang: string) {
	const campaigns = await db.campaign.findMany({
		where: { countryCode, materials: { some: { status: 'published' } } },
		include: {
			translations: { select: { lang: true, title: true, summary: true } },
			_count: { select: { materials: { where: { status: 'published' } } } },
		},
		orderBy: [{ startYear: 'desc' }, { id: 'asc' }],
	})
	return campaigns.map((c) => {
		const shown = pickVersion(c.translations, uiLang, c.originalLang)
		return {
			id: c.id,
			title: shown?.title ?? '',
			summary: shown?.summary ?? '',
			lang: shown?.lang ?? c.originalLang,
			startYear: c.startYear,
			endYear: c.endYear,
			materialCount: c._count.materials,
		}
	})
}

export interface NewCampaign {
	id?: string
	countryCode: string
	originalLang: string
	startYear?: number | null
	endYear?: number | null
	reachCount?: number | null
	evaluationMethod?: string | null
	isDemo?: boolean
	channels: string[]
	audiences: string[]
	risks: string[]
	translations: {
		lang: string
		title: string
		summary: string
		objectives?: string
		reach?: string
		results?: string
		lessonsLearned?: string
	}[]
}

export async function insertCampaign(input: NewCampaign) {
	return db.campaign.create({
		data: {
			id: input.id,
			countryCode: input.countryCode,
			originalLang: input.originalLang,
			startYear: input.startYear ?? null,
			endYear: input.endYear ?? null,
			reachCount: input.reachCount ?? null,
			evaluationMethod: input.evaluationMethod ?? null,
			isDemo: input.isDemo ?? false,
			channels: { create: [...new Set(input.channels)].map((channel) => ({ channel })) },
			audiences: { create: [...new Set(input.audiences)].map((audience) => ({ audience })) },
			risks: { create: [...new Set(input.risks)].map((risk) => ({ risk })) },
			translations: { create: input.translations },
		},
	})
}
