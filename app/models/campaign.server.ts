import { type CampaignForm, type CampaignFormErrors } from '#app/domain/campaign-form.ts'
import { pickVersion } from '#app/domain/versions.ts'
import { invalidateCache } from '#app/utils/cache.server.ts'
import { db } from '#app/utils/db.server.ts'
import { recordAudit } from './audit.server.ts'
import { indexCampaignInTransaction, PUBLIC_CAMPAIGNS_CACHE_KEY } from './campaign-search.server.ts'
import { touchMaterialsCreditingCampaign } from './material/campaign-credit.server.ts'

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
		reachUnit: campaign.reachUnit,
		evaluationMethod: campaign.evaluationMethod,
		costAmount: campaign.costAmount,
		costCurrency: campaign.costCurrency,
		durationMonths: campaign.durationMonths,
		organisation: campaign.organisation,
		organisationContact: campaign.organisationContact,
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
	reachUnit?: string | null
	evaluationMethod?: string | null
	costAmount?: number | null
	costCurrency?: string | null
	durationMonths?: number | null
	organisation?: string | null
	organisationContact?: string | null
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

/** Creates a campaign in any shape, indexed like any other: the demo library and tests use it. */
export async function insertCampaign(input: NewCampaign) {
	const campaign = await db.$transaction(async (tx) => {
		const created = await tx.campaign.create({
			data: {
				id: input.id,
				countryCode: input.countryCode,
				originalLang: input.originalLang,
				startYear: input.startYear ?? null,
				endYear: input.endYear ?? null,
				reachCount: input.reachCount ?? null,
				reachUnit: input.reachUnit ?? (input.reachCount != null ? 'people' : null),
				evaluationMethod: input.evaluationMethod ?? null,
				costAmount: input.costAmount ?? null,
				costCurrency: input.costCurrency ?? null,
				durationMonths: input.durationMonths ?? null,
				organisation: input.organisation ?? null,
				organisationContact: input.organisationContact ?? null,
				isDemo: input.isDemo ?? false,
				channels: { create: [...new Set(input.channels)].map((channel) => ({ channel })) },
				audiences: { create: [...new Set(input.audiences)].map((audience) => ({ audience })) },
				risks: { create: [...new Set(input.risks)].map((risk) => ({ risk })) },
				translations: { create: input.translations },
			},
		})
		await indexCampaignInTransaction(tx, created.id)
		return created
	})
	forgetPublicCampaigns()
	return campaign
}

/** After a commit, so a concurrent reader cannot cache the old list again. */
function forgetPublicCampaigns() {
	invalidateCache(PUBLIC_CAMPAIGNS_CACHE_KEY)
}

/** Country of a campaign, for the permission check before anything else is read. */
export async function getCampaignScope(campaignId: string) {
	if (!campaignId || campaignId.length > 64) return null
	return db.campaign.findUnique({
		where: { id: campaignId },
		select: { id: true, countryCode: true },
	})
}

/** A campaign with every language's text, as its country edits it. */
export async function getWorkspaceCampaign(campaignId: string) {
	if (!campaignId || campaignId.length > 64) return null
	const campaign = await db.campaign.findUnique({
		where: { id: campaignId },
		include: {
			translations: { orderBy: { lang: 'asc' } },
			channels: true,
			audiences: true,
			risks: true,
			_count: { select: { materials: true } },
		},
	})
	if (!campaign) return null
	// Public exactly when getPublicCampaign would find it.
	const published = await db.material.count({ where: { campaignId, status: 'published' } })
	return {
		id: campaign.id,
		countryCode: campaign.countryCode,
		originalLang: campaign.originalLang,
		startYear: campaign.startYear,
		endYear: campaign.endYear,
		reachCount: campaign.reachCount,
		reachUnit: campaign.reachUnit,
		evaluationMethod: campaign.evaluationMethod,
		costAmount: campaign.costAmount,
		costCurrency: campaign.costCurrency,
		durationMonths: campaign.durationMonths,
		organisation: campaign.organisation,
		organisationContact: campaign.organisationContact,
		channels: campaign.channels.map((c) => c.channel),
		audiences: campaign.audiences.map((a) => a.audience),
		risks: campaign.risks.map((r) => r.risk),
		translations: campaign.translations.map(({ campaignId: _, ...text }) => text),
		materialCount: campaign._count.materials,
		isPublic: published > 0,
	}
}

/** Every campaign of the given countries, public or not, most recently changed first. */
export async function listCountryCampaigns(countryCodes: string[], uiLang: string) {
	const campaigns = await db.campaign.findMany({
		where: { countryCode: { in: countryCodes } },
		orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
		take: 500,
		select: {
			id: true,
			countryCode: true,
			originalLang: true,
			startYear: true,
			endYear: true,
			updatedAt: true,
			translations: { select: { lang: true, title: true } },
			_count: { select: { materials: true } },
		},
	})
	return campaigns.map((c) => {
		const shown = pickVersion(c.translations, uiLang, c.originalLang)
		return {
			id: c.id,
			countryCode: c.countryCode,
			title: shown?.title ?? '',
			lang: shown?.lang ?? c.originalLang,
			languages: c.translations.map((t) => t.lang).sort(),
			startYear: c.startYear,
			endYear: c.endYear,
			updatedAt: c.updatedAt.toISOString(),
			materialCount: c._count.materials,
		}
	})
}

/**
 * The campaigns a material of these countries may belong to, for the
 * material form's campaign choice: most recent first.
 */
export async function listCampaignChoices(countryCodes: string[], uiLang: string) {
	const campaigns = await db.campaign.findMany({
		where: { countryCode: { in: countryCodes } },
		orderBy: [{ startYear: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }, { id: 'asc' }],
		take: 500,
		select: {
			id: true,
			countryCode: true,
			originalLang: true,
			startYear: true,
			endYear: true,
			translations: { select: { lang: true, title: true } },
		},
	})
	return campaigns.map((c) => {
		const shown = pickVersion(c.translations, uiLang, c.originalLang)
		return {
			id: c.id,
			countryCode: c.countryCode,
			title: shown?.title ?? '',
			lang: shown?.lang ?? c.originalLang,
			startYear: c.startYear,
			endYear: c.endYear,
		}
	})
}

const evidenceOf = (input: CampaignForm) => ({
	reachCount: input.reachCount,
	reachUnit: input.reachUnit,
	evaluationMethod: input.evaluationMethod,
	costAmount: input.costAmount,
	costCurrency: input.costCurrency,
	durationMonths: input.durationMonths,
})

const organisationOf = (input: CampaignForm) => ({
	organisation: input.organisation,
	organisationContact: input.organisationContact,
})

const textOf = (input: CampaignForm) => ({
	title: input.title,
	summary: input.summary,
	objectives: input.objectives,
	reach: input.reach,
	results: input.results,
	lessonsLearned: input.lessonsLearned,
})

/**
 * Creates a campaign from the "new" form, under the id the form carries: a
 * form posted twice finds the campaign the first post created. The first
 * text's language is the original language.
 */
export async function createCampaign(
	actor: { id: string },
	countryCode: string,
	input: CampaignForm,
): Promise<{ ok: true; id: string; created: boolean } | { ok: false; problem: 'conflict' }> {
	const again = async () => {
		const existing = await db.campaign.findUnique({
			where: { id: input.campaignId },
			select: { countryCode: true },
		})
		if (!existing) return null
		return existing.countryCode === countryCode
			? ({ ok: true, id: input.campaignId, created: false } as const)
			: ({ ok: false, problem: 'conflict' } as const)
	}
	const before = await again()
	if (before) return before
	try {
		await db.$transaction(async (tx) => {
			await tx.campaign.create({
				data: {
					id: input.campaignId,
					countryCode,
					originalLang: input.lang,
					startYear: input.startYear,
					endYear: input.endYear,
					...evidenceOf(input),
					...organisationOf(input),
					channels: { create: input.channels.map((channel) => ({ channel })) },
					audiences: { create: input.audiences.map((audience) => ({ audience })) },
					risks: { create: input.risks.map((risk) => ({ risk })) },
					translations: { create: { lang: input.lang, ...textOf(input) } },
				},
			})
			await indexCampaignInTransaction(tx, input.campaignId)
			await recordAudit(tx, {
				userId: actor.id,
				action: 'create',
				entityType: 'campaign',
				entityId: input.campaignId,
				countryCode,
				summary: { title: input.title, lang: input.lang },
			})
		})
		forgetPublicCampaigns()
		return { ok: true, id: input.campaignId, created: true }
	} catch (error) {
		// Two identical posts raced; the other one created it.
		if ((error as { code?: string }).code === 'P2002') {
			const raced = await again()
			if (raced) return raced
		}
		throw error
	}
}

type SaveCampaignResult =
	{ ok: true; added: boolean; changed: string[] } | { ok: false; errors: CampaignFormErrors }

/**
 * Saves the campaign's shared facts and its text in `input.lang`: updates
 * that language's text, or adds it when the campaign has none in it yet.
 * The audit entry names what changed. A new organisation (or contact) is
 * the new credit of every published material that names none of its own,
 * so their last-modified date moves in the same transaction.
 */
export async function saveCampaign(
	actor: { id: string },
	campaignId: string,
	input: CampaignForm,
): Promise<SaveCampaignResult> {
	// What the materials that credit the campaign's organisation run after the commit.
	let afterMaterials = async () => {}
	const saved = await db.$transaction(async (tx): Promise<SaveCampaignResult> => {
		const before = await tx.campaign.findUniqueOrThrow({
			where: { id: campaignId },
			include: { translations: true, channels: true, audiences: true, risks: true },
		})
		const existing = before.translations.find((t) => t.lang === input.lang)
		const languages = new Set([...before.translations.map((t) => t.lang), input.lang])
		// Readers fall back to the original language: it must have a text.
		if (!languages.has(input.originalLang)) {
			return {
				ok: false,
				errors: { originalLang: 'campaignForm.errors.original-lang-untranslated' },
			}
		}
		const same = (a: readonly string[], b: readonly string[]) =>
			[...a].sort().join() === [...b].sort().join()
		const changed: string[] = []
		if (before.originalLang !== input.originalLang) changed.push('originalLang')
		if (before.startYear !== input.startYear) changed.push('startYear')
		if (before.endYear !== input.endYear) changed.push('endYear')
		const evidence = { ...evidenceOf(input), ...organisationOf(input) }
		for (const key of Object.keys(evidence) as (keyof typeof evidence)[]) {
			if (before[key] !== evidence[key]) changed.push(key)
		}
		if (
			!same(
				before.channels.map((c) => c.channel),
				input.channels,
			)
		)
			changed.push('channels')
		if (
			!same(
				before.audiences.map((a) => a.audience),
				input.audiences,
			)
		)
			changed.push('audiences')
		if (
			!same(
				before.risks.map((r) => r.risk),
				input.risks,
			)
		)
			changed.push('risks')
		const text = textOf(input)
		for (const key of Object.keys(text) as (keyof typeof text)[]) {
			if ((existing?.[key] ?? '') !== text[key]) changed.push(key)
		}
		await tx.campaign.update({
			where: { id: campaignId },
			data: {
				originalLang: input.originalLang,
				startYear: input.startYear,
				endYear: input.endYear,
				...evidence,
				channels: { deleteMany: {}, create: input.channels.map((channel) => ({ channel })) },
				audiences: { deleteMany: {}, create: input.audiences.map((audience) => ({ audience })) },
				risks: { deleteMany: {}, create: input.risks.map((risk) => ({ risk })) },
			},
		})
		await tx.campaignTranslation.upsert({
			where: { campaignId_lang: { campaignId, lang: input.lang } },
			create: { campaignId, lang: input.lang, ...text },
			update: text,
		})
		await indexCampaignInTransaction(tx, campaignId)
		await recordAudit(tx, {
			userId: actor.id,
			action: 'edit',
			entityType: 'campaign',
			entityId: campaignId,
			countryCode: before.countryCode,
			summary: { lang: input.lang, ...(existing ? {} : { addedLanguage: true }), changed },
		})
		const credit = changed.filter((key) => key === 'organisation' || key === 'organisationContact')
		if (credit.length)
			afterMaterials = await touchMaterialsCreditingCampaign(tx, actor, campaignId, {
				changed: credit,
			})
		return { ok: true, added: !existing, changed }
	})
	if (saved.ok) {
		forgetPublicCampaigns()
		await afterMaterials()
	}
	return saved
}
