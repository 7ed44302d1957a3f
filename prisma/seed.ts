import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import { demoAccountsEnabled } from '#app/auth/demo.server.ts'
import { hashPassword } from '#app/auth/password.server.ts'
import { ALLIANCE_COUNTRIES, allianceSince, countryName } from '#app/domain/countries.ts'
import { renderDemoArt, renderDemoTemplate, renderPreview } from '#app/media/demo-art.server.ts'
import { renderPoster } from '#app/media/poster-render.server.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import { realAdministratorExists } from '#app/models/account.server.ts'
import { storeImageAsset } from '#app/models/asset.server.ts'
import { insertCampaign } from '#app/models/campaign.server.ts'
import { insertMaterial } from '#app/models/material/drafts.server.ts'
import { insertTemplate } from '#app/models/material/templates.server.ts'
import { db } from '#app/utils/db.server.ts'
import { DEMO_PASSWORD, DEMO_USERS } from './demo/accounts.ts'
import { DEMO_CAMPAIGNS } from './demo/content.ts'
import { DEMO_ORGANISATIONS } from './demo/organisations.ts'
import { seedDemoReporting } from './demo/reporting.ts'
import { seedDemoUsage } from './demo/usage.ts'
import { type DemoMaterial } from './demo/types.ts'

/**
 * Seeds reference data (Alliance countries) and the demo library. Idempotent:
 * every demo row has a fixed id and is created only when missing, so running
 * it again adds nothing, and rows it did not create are never touched.
 */

const IMAGE_TYPES = new Set(['poster', 'leaflet', 'social-media-kit'])

export async function seedCountries() {
	const existing = new Set(
		(await db.country.findMany({ select: { code: true } })).map((c) => c.code),
	)
	const missing = ALLIANCE_COUNTRIES.filter((code) => !existing.has(code))
	for (const code of missing) {
		await db.country.create({ data: { code, allianceSince: allianceSince(code) } })
	}
	return missing.length
}

/**
 * The demo accounts, when the app serves this computer only (see
 * app/auth/demo.server.ts); null when APP_ORIGIN names another address, where
 * their published password and secrets must not exist.
 */
export async function seedDemoAccounts({ enabled = demoAccountsEnabled() } = {}) {
	// Nor once a real administrator exists (`npm run admin:create`).
	if (!enabled || (await realAdministratorExists())) return null
	let created = 0
	// Hashing is deliberately slow (scrypt); one hash serves every demo account.
	let passwordHash: string | undefined
	for (const user of DEMO_USERS) {
		const existing = await db.user.findUnique({ where: { id: user.id } })
		if (existing?.passwordHash) continue
		passwordHash ??= await hashPassword(DEMO_PASSWORD)
		const credentials = {
			passwordHash,
			totpSecret: user.totpSecret,
			totpEnabledAt: user.totpSecret ? new Date() : null,
		}
		if (existing) {
			// Demo users from before accounts had passwords.
			await db.user.update({ where: { id: user.id }, data: credentials })
			continue
		}
		await db.user.create({
			data: {
				id: user.id,
				email: user.email,
				name: user.name,
				isDemo: true,
				...credentials,
				memberships: { create: { role: user.role, countryCode: user.country } },
			},
		})
		created++
	}
	return created
}

async function renderVersionFiles(
	material: DemoMaterial,
	countryCode: string,
	version: DemoMaterial['versions'][number],
) {
	const lines = version.body.split('\n').filter((l) => l.trim())
	const footer = `${countryName(countryCode, version.lang)} · DEMO`
	const paletteSeed = material.derivedFrom?.materialId ?? material.id
	const isImage = IMAGE_TYPES.has(material.resourceType)
	// A poster is its template's rendering, as an adaptation's is: it prints
	// from the template at 300 ppi, and a change of its texts renders it again.
	const template =
		material.resourceType === 'poster'
			? await renderDemoTemplate({
					lang: version.lang,
					lines,
					helpline: version.helpline,
					footer,
					paletteSeed,
				})
			: null
	const art = template
		? (
				await renderPoster({
					background: template.background,
					template: { width: template.width, height: template.height, slots: template.slots },
					texts: Object.fromEntries(
						Object.entries(template.texts)
							.filter(([, text]) => text)
							.map(([slot, text]) => [slot, { text, lang: version.lang }]),
					),
				})
			).png
		: await renderDemoArt({
				kind: isImage ? (material.resourceType === 'leaflet' ? 'leaflet' : 'poster') : 'cover',
				lang: version.lang,
				lines: isImage ? lines : [version.title, version.description],
				helpline: version.helpline,
				footer,
				paletteSeed,
			})
	const meta = await sharp(art).metadata()
	const preview = await renderPreview(art)
	const primary = isImage
		? {
				bytes: art,
				mediaType: 'image/png',
				width: meta.width,
				height: meta.height,
				rendered: template !== null,
			}
		: {
				bytes: Buffer.from(
					`${version.title}\n\n${version.description}\n\n${version.body}\n`,
					'utf8',
				),
				mediaType: 'text/plain',
				width: null,
				height: null,
				rendered: false,
			}
	return { primary, preview, template }
}

async function mapWithConcurrency<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>) {
	const results: R[] = new Array(items.length)
	let next = 0
	await Promise.all(
		Array.from({ length: Math.min(limit, items.length) }, async () => {
			while (next < items.length) {
				const index = next++
				results[index] = await fn(items[index]!)
			}
		}),
	)
	return results
}

/**
 * `files: false` writes the materials without rendering their files (about
 * 30 s for the whole library): what search reads is all there, which is
 * what the relevance benchmark and its anchor test need.
 */
export async function seedDemoLibrary({
	now = new Date(),
	campaigns: demo = DEMO_CAMPAIGNS,
	files: withFiles = true,
} = {}) {
	let campaigns = 0
	let materials = 0
	for (const campaign of demo) {
		if (!(await db.campaign.findUnique({ where: { id: campaign.id }, select: { id: true } }))) {
			await insertCampaign({
				id: campaign.id,
				countryCode: campaign.countryCode,
				originalLang: campaign.originalLang,
				startYear: campaign.startYear,
				endYear: campaign.endYear ?? null,
				reachCount: campaign.reachCount ?? null,
				reachUnit: campaign.reachCount != null ? (campaign.reachUnit ?? 'people') : null,
				evaluationMethod: campaign.evaluationMethod,
				costAmount: campaign.costAmount ?? null,
				costCurrency: campaign.costCurrency ?? null,
				durationMonths: campaign.durationMonths ?? null,
				...demoOrganisation(campaign.id),
				isDemo: true,
				channels: campaign.channels,
				audiences: campaign.audiences,
				risks: campaign.risks,
				translations: campaign.translations,
			})
			campaigns++
		}
		for (const material of campaign.materials) {
			if (await db.material.findUnique({ where: { id: material.id }, select: { id: true } }))
				continue
			const files = withFiles
				? await mapWithConcurrency(material.versions, 2, (version) =>
						renderVersionFiles(material, campaign.countryCode, version),
					)
				: []
			const created = await insertMaterial({
				id: material.id,
				campaignId: campaign.id,
				countryCode: campaign.countryCode,
				resourceType: material.resourceType,
				audiences: material.audiences,
				risks: material.risks,
				accessibility: material.accessibility,
				ageMin: material.ageMin ?? null,
				ageMax: material.ageMax ?? null,
				...demoOrganisation(material.id),
				licence: material.licence,
				status: 'published',
				originalLang: material.originalLang,
				isDemo: true,
				publishedAt: new Date(now.getTime() - material.publishedDaysAgo * 86_400_000),
				derivedFrom: material.derivedFrom
					? {
							versionId: demoVersionId(material.derivedFrom.materialId, material.derivedFrom.lang),
							kind: material.derivedFrom.kind,
						}
					: null,
				versions: material.versions.map((v, index) => ({
					id: demoVersionId(material.id, v.lang),
					lang: v.lang,
					title: v.title,
					description: v.description,
					extractedText: v.body,
					// The helpline printed on it; a poster's template holds its own.
					segments:
						v.helpline && !files[index]?.template ? [{ key: 'helpline', text: v.helpline }] : [],
				})),
			})
			for (const [index, version] of material.versions.entries()) {
				if (!files[index]) continue
				const versionId = created.versions.find((v) => v.lang === version.lang)!.id
				const { primary, preview, template } = files[index]!
				await attachFile({ versionId, role: 'primary', ...primary })
				await attachFile({
					versionId,
					role: 'preview',
					bytes: preview.data,
					mediaType: 'image/webp',
					width: preview.info.width,
					height: preview.info.height,
				})
				if (template) await seedPosterTemplate(versionId, template)
			}
			materials++
		}
	}
	return { campaigns, materials }
}

/**
 * Demo posters are templates too (their files are rendered from them), so
 * the demo library has posters other countries can adapt into their
 * language.
 */
async function seedPosterTemplate(
	versionId: string,
	template: Awaited<ReturnType<typeof renderDemoTemplate>>,
) {
	const background = await storeImageAsset(
		{ bytes: template.background },
		{ mediaType: 'image/png', width: template.width, height: template.height },
	)
	await insertTemplate(versionId, {
		backgroundId: background.id,
		slots: template.slots,
		texts: template.texts,
	})
}

function demoOrganisation(id: string) {
	const organisation = DEMO_ORGANISATIONS[id]
	return {
		organisation: organisation?.name ?? null,
		organisationContact: organisation?.contact ?? null,
	}
}

export function demoVersionId(materialId: string, lang: string) {
	return `${materialId}-${lang}`
}

export async function seed() {
	const started = Date.now()
	const countries = await seedCountries()
	const users = await seedDemoAccounts()
	const library = await seedDemoLibrary()
	// Other countries saying they used some of the library, in the open round's period.
	const usage = await seedDemoUsage()
	// The reporting demo, one chain: the closed 2013 stock-taking, the closed 2024
	// round with its published joint report, and the open 2026 round (secretariat Japan).
	const rounds = await seedDemoReporting()
	console.log(
		`seed: ${countries} countries, ${users ?? 0} demo users, ${library.campaigns} demo campaigns, ${library.materials} demo materials, ${usage} demo notes of use, ${rounds} demo reporting rounds added in ${Date.now() - started} ms`,
	)
	if (users === null)
		console.log(
			'seed: no demo accounts, since APP_ORIGIN is not this computer or a real administrator exists; create one with npm run admin:create',
		)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	seed()
		.then(() => db.$disconnect())
		.catch(async (error) => {
			console.error(error)
			await db.$disconnect()
			process.exit(1)
		})
}
