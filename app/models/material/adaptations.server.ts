import {
	adaptationGate,
	BASE_SEGMENTS,
	isSegmentKey,
	MAX_SEGMENT_LENGTH,
	type AdaptationKind,
	type AdaptationStep,
} from '#app/domain/adaptation.ts'
import { isContentLanguage } from '#app/domain/languages.ts'
import { checkSlotText, parseSlots, slotSegmentKey } from '#app/domain/poster-template.ts'
import { can, countriesWhere, type Actor } from '#app/domain/permissions.ts'
import { type Licence } from '#app/domain/vocabularies.ts'
import { isEditableStatus } from '#app/domain/moderation.ts'
import { deliverPendingMailSoon } from '#app/mail/mail.server.ts'
import { db } from '#app/utils/db.server.ts'
import { deleteAssetIfUnused } from '../asset.server.ts'
import { recordAudit } from '../audit.server.ts'
import { changeMaterial, startMaterial, type MaterialTx } from './unit-of-work.server.ts'

/**
 * Adapting another country's material into one's own: the licence gate (with
 * the owner's permission where the licence requires it), the draft
 * derivative linked to the exact source version and revision, and its
 * segments, each remembering the source text it translates.
 */

/**
 * A published source and what the actor may do with it: for each of the
 * actor's countries, the licence gate, its latest permission request, its
 * request for a poster template, and the adaptations of this source it
 * already has in progress (to resume rather than start again). Each version
 * says whether it is a template and whether it is a picture, so the page
 * can say what to do with a poster that is not a template.
 */
export async function getAdaptationOptions(actor: Actor, materialId: string) {
	if (materialId.length > 64) return null
	const source = await db.material.findFirst({
		where: { id: materialId, status: 'published' },
		include: {
			versions: {
				select: {
					id: true,
					lang: true,
					title: true,
					template: { select: { versionId: true } },
					files: { where: { role: 'primary' }, select: { asset: { select: { kind: true } } } },
				},
				orderBy: { lang: 'asc' },
			},
		},
	})
	if (!source) return null
	const countries = countriesWhere(actor, 'create', 'material')
	const [requests, templateRequests, inProgress] = await Promise.all([
		db.adaptationPermission.findMany({
			where: { materialId, countryCode: { in: countries } },
			orderBy: { createdAt: 'desc' },
		}),
		db.templateRequest.findMany({
			where: { materialId, countryCode: { in: countries }, status: 'pending' },
			select: { countryCode: true, versionId: true, createdAt: true },
		}),
		listAdaptationsInProgress(materialId, countries),
	])
	const byCountry = countries.map((countryCode) => {
		const latest = requests.find((r) => r.countryCode === countryCode) ?? null
		const templateRequest = templateRequests.find((r) => r.countryCode === countryCode)
		return {
			countryCode,
			gate: adaptationGate(source.licence as Licence, {
				permissionGranted: latest?.status === 'granted',
			}),
			request: latest ? { status: latest.status, createdAt: latest.createdAt.toISOString() } : null,
			templateRequest: templateRequest
				? {
						versionId: templateRequest.versionId,
						createdAt: templateRequest.createdAt.toISOString(),
					}
				: null,
			inProgress: inProgress.filter((a) => a.countryCode === countryCode),
		}
	})
	return {
		source: {
			id: source.id,
			countryCode: source.countryCode,
			licence: source.licence,
			resourceType: source.resourceType,
			originalLang: source.originalLang,
			versions: source.versions.map((v) => ({
				id: v.id,
				lang: v.lang,
				title: v.title,
				hasTemplate: v.template !== null,
				isPicture: v.files.some((f) => f.asset.kind === 'image'),
			})),
		},
		countries: byCountry,
	}
}

/** Statuses of an adaptation still on its way: its country resumes it rather than starting another. */
const IN_PROGRESS = ['draft', 'changes-requested', 'submitted']

/**
 * The adaptations of a source (any of its versions) that these countries
 * have in progress, newest first. A revision of a published adaptation is
 * not one: it is reached from the published adaptation.
 */
export async function listAdaptationsInProgress(sourceMaterialId: string, countries: string[]) {
	if (!countries.length) return []
	const rows = await db.material.findMany({
		where: {
			derivedFromVersion: { materialId: sourceMaterialId },
			countryCode: { in: countries },
			status: { in: IN_PROGRESS },
			revisionOfId: null,
		},
		orderBy: { updatedAt: 'desc' },
		take: 20,
		select: {
			id: true,
			countryCode: true,
			status: true,
			originalLang: true,
			adaptationStep: true,
			updatedAt: true,
			createdBy: { select: { name: true } },
			versions: { select: { lang: true, title: true } },
		},
	})
	return rows.map((row) => ({
		id: row.id,
		countryCode: row.countryCode,
		status: row.status,
		lang: row.originalLang,
		adaptationStep: row.adaptationStep,
		title: row.versions.find((v) => v.lang === row.originalLang)?.title ?? '',
		by: row.createdBy?.name ?? null,
		updatedAt: row.updatedAt.toISOString(),
	}))
}

export type AdaptProblem =
	'not-found' | 'forbidden' | 'licence' | 'bad-licence' | 'bad-language' | 'conflict' | 'exists'

/**
 * Creates the draft derivative. The form's draftId becomes its id, so posting
 * twice creates one. Tags, type and ages are copied from the source; every
 * segment starts empty with the source's text beside it.
 *
 * When the country already has an adaptation of the same source into the
 * same language in progress, nothing is created and that one is named
 * (`exists`), to be resumed: two drafts of one translation split the work
 * and confuse review. `allowDuplicate` creates a second one all the same,
 * for a country that means it (a version for another region, say).
 */
export async function createAdaptation(
	actor: Actor,
	input: {
		sourceVersionId: string
		countryCode: string
		lang: string
		licence: string
		kind: AdaptationKind
		draftId: string
		allowDuplicate?: boolean
	},
): Promise<
	| { ok: true; id: string }
	| { ok: false; problem: Exclude<AdaptProblem, 'exists'> }
	| { ok: false; problem: 'exists'; existingId: string }
> {
	if (
		!can(actor, 'adapt', 'material') ||
		!can(actor, 'create', 'material', { countryCode: input.countryCode })
	) {
		return { ok: false, problem: 'forbidden' }
	}
	if (!isContentLanguage(input.lang)) return { ok: false, problem: 'bad-language' }
	const sourceVersion = await db.materialVersion.findFirst({
		where: { id: input.sourceVersionId, material: { status: 'published' } },
		include: {
			material: { include: { audiences: true, risks: true, accessibility: true } },
			segments: true,
			template: true,
		},
	})
	if (!sourceVersion) return { ok: false, problem: 'not-found' }
	const source = sourceVersion.material
	const existing = await db.material.findUnique({
		where: { id: input.draftId },
		select: { id: true, countryCode: true },
	})
	if (existing)
		return existing.countryCode === input.countryCode
			? { ok: true, id: existing.id }
			: { ok: false, problem: 'conflict' }
	const granted = await db.adaptationPermission.count({
		where: { materialId: source.id, countryCode: input.countryCode, status: 'granted' },
	})
	const gate = adaptationGate(source.licence as Licence, { permissionGranted: granted > 0 })
	if (!gate.allowed) return { ok: false, problem: 'licence' }
	if (!(gate.licences as string[]).includes(input.licence))
		return { ok: false, problem: 'bad-licence' }
	if (!input.allowDuplicate) {
		const same = (await listAdaptationsInProgress(source.id, [input.countryCode])).find(
			(a) => a.lang === input.lang,
		)
		if (same) return { ok: false, problem: 'exists', existingId: same.id }
	}

	const sourceSegments = new Map<string, string>([
		['title', sourceVersion.title],
		['description', sourceVersion.description],
		...sourceVersion.segments.map((s) => [s.key, s.text] as [string, string]),
	])
	const keys = [
		...BASE_SEGMENTS,
		...[...sourceSegments.keys()].filter((k) => k.startsWith('slot:')).sort(),
	]
	await startMaterial({
		actor,
		materialId: input.draftId,
		action: 'adapt',
		create: async ({ tx, note }) => {
			const material = await tx.material.create({
				data: {
					id: input.draftId,
					countryCode: input.countryCode,
					createdById: actor.id,
					resourceType: source.resourceType,
					licence: input.licence,
					status: 'draft',
					originalLang: input.lang,
					ageMin: source.ageMin,
					ageMax: source.ageMax,
					derivedFromVersionId: sourceVersion.id,
					derivedFromRevision: sourceVersion.revision,
					derivationKind: input.kind,
					adaptationStep: 'translate' satisfies AdaptationStep,
					audiences: { create: source.audiences.map((a) => ({ audience: a.audience })) },
					risks: { create: source.risks.map((r) => ({ risk: r.risk })) },
					accessibility: { create: source.accessibility.map((a) => ({ feature: a.feature })) },
					versions: { create: { lang: input.lang, title: '', description: '' } },
				},
				include: { versions: true },
			})
			const versionId = material.versions[0]!.id
			// The poster's boxes come with it; the logo is the adapting country's own to add.
			if (sourceVersion.template) {
				await tx.posterTemplate.create({
					data: {
						versionId,
						backgroundId: sourceVersion.template.backgroundId,
						slots: sourceVersion.template.slots,
					},
				})
			}
			await tx.versionSegment.createMany({
				data: keys.map((key) => ({
					versionId,
					key,
					text: '',
					sourceText: sourceSegments.get(key) ?? '',
				})),
			})
			note({
				from: {
					materialId: source.id,
					versionId: sourceVersion.id,
					revision: sourceVersion.revision,
					country: source.countryCode,
				},
				lang: input.lang,
				licence: input.licence,
				kind: input.kind,
				byPermission: gate.byPermission,
			})
		},
	})
	return { ok: true, id: input.draftId }
}

/** The side-by-side editor's data: each segment's source, its translation, and what changed since. */
export async function getAdaptationSegments(materialId: string) {
	const material = await db.material.findUnique({
		where: { id: materialId },
		include: {
			versions: { include: { segments: true, template: { select: { slots: true } } } },
			derivedFromVersion: {
				include: {
					segments: true,
					template: { select: { versionId: true } },
					files: { where: { role: 'primary' }, select: { asset: { select: { kind: true } } } },
					material: {
						select: {
							id: true,
							countryCode: true,
							licence: true,
							status: true,
							resourceType: true,
						},
					},
				},
			},
			// The reviewer's latest request for changes, shown where the work resumes.
			moderationEvents: {
				where: { toStatus: 'changes-requested' },
				orderBy: { createdAt: 'desc' },
				take: 1,
				select: { reason: true, createdAt: true },
			},
		},
	})
	if (!material?.derivedFromVersion) return null
	const version =
		material.versions.find((v) => v.lang === material.originalLang) ?? material.versions[0]
	if (!version) return null
	const source = material.derivedFromVersion
	const currentSource = new Map<string, string>([
		['title', source.title],
		['description', source.description],
		...source.segments.map((s) => [s.key, s.text] as [string, string]),
	])
	// The base parts first, then the poster's texts in the template's order
	// (top to bottom as its author placed them), then any others.
	const slotKeys = version.template ? parseSlots(version.template.slots).map(slotSegmentKey) : []
	const order = (key: string) => {
		const base = (BASE_SEGMENTS as readonly string[]).indexOf(key)
		if (base >= 0) return base
		const slot = slotKeys.indexOf(key)
		return BASE_SEGMENTS.length + (slot >= 0 ? slot : slotKeys.length)
	}
	// An adaptation made before segments existed (or outside the editor) still
	// shows its title and description beside the source's.
	const have = new Set(version.segments.map((s) => s.key))
	const base = BASE_SEGMENTS.filter((key) => !have.has(key)).map((key) => ({
		key,
		text: '',
		sourceText: null as string | null,
	}))
	const segments = [...version.segments, ...base]
		.sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key))
		.map((s) => ({
			key: s.key,
			/** A poster text's box, numbered as the template editor numbers it (1, 2...); null for other parts. */
			box:
				s.key.startsWith('slot:') && slotKeys.includes(s.key) ? slotKeys.indexOf(s.key) + 1 : null,
			source: currentSource.get(s.key) ?? '',
			text:
				s.key === 'title' ? version.title : s.key === 'description' ? version.description : s.text,
			sourceAtTranslation: s.sourceText,
		}))
	return {
		material,
		version,
		source: {
			id: source.material.id,
			versionId: source.id,
			countryCode: source.material.countryCode,
			lang: source.lang,
			title: source.title,
			licence: source.material.licence,
			isPublic: source.material.status === 'published',
			revision: source.revision,
			hasTemplate: source.template !== null,
			// A poster, or any picture: what a template would let the country reuse.
			isPicture:
				source.material.resourceType === 'poster' ||
				source.files.some((f) => f.asset.kind === 'image'),
		},
		sourceRevisionAtAdaptation: material.derivedFromRevision,
		segments,
	}
}

/**
 * Saves translated segments (a draft can be saved and resumed). Title and
 * description also go to the version itself, where search and pages read
 * them. Unknown keys and over-long texts are refused before anything is written.
 */
export async function saveAdaptationSegments(
	actor: { id: string },
	materialId: string,
	values: Record<string, string>,
	options: { step?: AdaptationStep } = {},
): Promise<
	{ ok: true } | { ok: false; problem: 'bad-segment' | 'too-long' | 'slot-too-long'; key?: string }
> {
	for (const [key, text] of Object.entries(values)) {
		if (!isSegmentKey(key)) return { ok: false, problem: 'bad-segment' }
		// What is printed on a poster has a poster's limit.
		if ((key.startsWith('slot:') || key === 'helpline') && checkSlotText(text) === 'too-long')
			return { ok: false, problem: 'slot-too-long', key }
		if (text.length > MAX_SEGMENT_LENGTH) return { ok: false, problem: 'too-long', key }
	}
	await changeMaterial({
		actor,
		materialId,
		action: 'edit',
		when: 'editable',
		run: async ({ tx, note, revise }) => {
			const material = await tx.material.findUniqueOrThrow({
				where: { id: materialId },
				include: { versions: true },
			})
			const version =
				material.versions.find((v) => v.lang === material.originalLang) ?? material.versions[0]!
			const changed: string[] = []
			for (const [key, raw] of Object.entries(values)) {
				const text = raw.trim()
				const result = await tx.versionSegment.updateMany({
					where: { versionId: version.id, key },
					data: { text },
				})
				if (result.count) changed.push(key)
			}
			const data: { title?: string; description?: string } = {}
			if ('title' in values) data.title = values.title!.trim()
			if ('description' in values) data.description = values.description!.trim()
			if (Object.keys(data).length)
				await tx.materialVersion.update({ where: { id: version.id }, data })
			if (changed.length || Object.keys(data).length) revise(version.id)
			if (options.step && options.step !== material.adaptationStep)
				await tx.material.update({
					where: { id: materialId },
					data: { adaptationStep: options.step },
				})
			note({ segments: changed, ...(options.step ? { step: options.step } : {}) })
		},
	})
	return { ok: true }
}

/**
 * Remembers the step of the guided flow a save led to, where the workspace
 * takes the country back (app/domain/adaptation.ts, resumeStep).
 */
export async function recordAdaptationStep(
	actor: { id: string },
	materialId: string,
	step: AdaptationStep,
) {
	await changeMaterial({
		actor,
		materialId,
		action: 'adaptation-step',
		when: 'editable',
		run: async ({ tx, note, unchanged }) => {
			const { count } = await tx.material.updateMany({
				where: { id: materialId, adaptationStep: { not: step } },
				data: { adaptationStep: step },
			})
			// A step already recorded is no change: no audit entry for it.
			if (!count) return unchanged()
			note({ step })
		},
	})
}

/** The licences a country's adaptation of a source may carry now (none if it may not adapt it). */
async function licencesFor(source: { id: string; licence: string }, countryCode: string) {
	const granted = await db.adaptationPermission.count({
		where: { materialId: source.id, countryCode, status: 'granted' },
	})
	const gate = adaptationGate(source.licence as Licence, { permissionGranted: granted > 0 })
	return gate.allowed ? (gate.licences as string[]) : []
}

/** What an adaptation in progress was started as, and what it may be changed to. */
export async function getAdaptationChoices(materialId: string) {
	const material = await db.material.findUnique({
		where: { id: materialId },
		select: {
			countryCode: true,
			licence: true,
			derivationKind: true,
			originalLang: true,
			derivedFromVersion: {
				select: { lang: true, title: true, material: { select: { id: true, licence: true } } },
			},
		},
	})
	const source = material?.derivedFromVersion
	if (!material || !source) return null
	return {
		lang: material.originalLang,
		licence: material.licence,
		kind: material.derivationKind === 'translation' ? 'translation' : 'adaptation',
		source: { lang: source.lang, title: source.title },
		licences: await licencesFor(source.material, material.countryCode),
	}
}

export type ChoicesProblem = 'bad-language' | 'bad-licence' | 'exists' | 'version-exists'

/**
 * Changes what an adaptation in progress was started as: its language, its
 * licence (among those the source's licence allows it), and whether it is a
 * translation or an adaptation. The source version stays: another source
 * would be another adaptation.
 */
export async function updateAdaptationChoices(
	actor: { id: string },
	materialId: string,
	input: { lang: string; licence: string; kind: AdaptationKind },
): Promise<{ ok: true } | { ok: false; problem: ChoicesProblem; existingId?: string }> {
	if (!isContentLanguage(input.lang)) return { ok: false, problem: 'bad-language' }
	const material = await db.material.findUnique({
		where: { id: materialId },
		select: {
			countryCode: true,
			originalLang: true,
			versions: { select: { lang: true } },
			derivedFromVersion: { select: { material: { select: { id: true, licence: true } } } },
		},
	})
	const source = material?.derivedFromVersion?.material
	if (!material || !source) return { ok: false, problem: 'bad-language' }
	// Another language version the draft was given already has that language.
	if (input.lang !== material.originalLang && material.versions.some((v) => v.lang === input.lang))
		return { ok: false, problem: 'version-exists' }
	const licences = await licencesFor(source, material.countryCode)
	if (!licences.includes(input.licence)) return { ok: false, problem: 'bad-licence' }
	const same = (await listAdaptationsInProgress(source.id, [material.countryCode])).find(
		(a) => a.lang === input.lang && a.id !== materialId,
	)
	if (same) return { ok: false, problem: 'exists', existingId: same.id }
	await changeMaterial({
		actor,
		materialId,
		action: 'adaptation-choices',
		when: 'editable',
		run: async ({ tx, note, revise, unchanged, material: state }) => {
			const current = await tx.material.findUniqueOrThrow({
				where: { id: materialId },
				select: {
					licence: true,
					derivationKind: true,
					versions: { select: { id: true, lang: true } },
				},
			})
			const version =
				current.versions.find((v) => v.lang === state.originalLang) ?? current.versions[0]!
			if (
				state.originalLang === input.lang &&
				current.licence === input.licence &&
				current.derivationKind === input.kind
			)
				return unchanged()
			await tx.material.update({
				where: { id: materialId },
				data: { originalLang: input.lang, licence: input.licence, derivationKind: input.kind },
			})
			if (version.lang !== input.lang) {
				await tx.materialVersion.update({ where: { id: version.id }, data: { lang: input.lang } })
				revise(version.id)
			}
			note({ lang: input.lang, licence: input.licence, kind: input.kind })
		},
	})
	return { ok: true }
}

/**
 * Asks the owning country for permission to adapt. One pending request per
 * material and country; the owning country's coordinators find it in their
 * inbox.
 */
export async function requestAdaptationPermission(
	actor: Actor,
	input: { materialId: string; countryCode: string; message: string },
): Promise<
	{ ok: true; created: boolean } | { ok: false; problem: 'forbidden' | 'not-found' | 'not-needed' }
> {
	if (!can(actor, 'create', 'material', { countryCode: input.countryCode }))
		return { ok: false, problem: 'forbidden' }
	const material = await db.material.findFirst({
		where: { id: input.materialId, status: 'published' },
	})
	if (!material) return { ok: false, problem: 'not-found' }
	if (adaptationGate(material.licence as Licence, { permissionGranted: false }).allowed)
		return { ok: false, problem: 'not-needed' }
	const pending = await db.adaptationPermission.findFirst({
		where: {
			materialId: material.id,
			countryCode: input.countryCode,
			status: { in: ['pending', 'granted'] },
		},
	})
	if (pending) return { ok: true, created: false }
	await db.$transaction(async (tx) => {
		const request = await tx.adaptationPermission.create({
			data: {
				materialId: material.id,
				countryCode: input.countryCode,
				requestedById: actor.id,
				message: input.message.trim().slice(0, 2000),
			},
		})
		const coordinators = await tx.membership.findMany({
			where: { countryCode: material.countryCode, role: 'coordinator' },
			select: { userId: true },
		})
		await tx.inboxMessage.createMany({
			data: coordinators.map((c) => ({
				userId: c.userId,
				kind: 'permission-requested',
				materialId: material.id,
				body: request.message,
			})),
		})
		await recordAudit(tx, {
			userId: actor.id,
			action: 'request-permission',
			entityType: 'material',
			entityId: material.id,
			countryCode: input.countryCode,
			summary: { owner: material.countryCode },
		})
	})
	return { ok: true, created: true }
}

/** Requests waiting for a decision of the actor's countries. */
export async function listPermissionRequests(actor: Actor) {
	const countries = countriesWhere(actor, 'decide', 'adaptation-permission')
	if (!countries.length) return []
	return db.adaptationPermission.findMany({
		where: { material: { countryCode: { in: countries } } },
		orderBy: [{ status: 'asc' }, { createdAt: 'asc' }],
		take: 200,
		include: {
			material: {
				select: { id: true, countryCode: true, versions: { select: { lang: true, title: true } } },
			},
		},
	})
}

/** The owning country's coordinator grants or refuses; the requester is told in their inbox. */
export async function decideAdaptationPermission(
	actor: Actor,
	requestId: string,
	grant: boolean,
): Promise<{ ok: true } | { ok: false; problem: 'not-found' | 'forbidden' | 'decided' }> {
	const request = await db.adaptationPermission.findUnique({
		where: { id: requestId },
		include: { material: true },
	})
	if (!request) return { ok: false, problem: 'not-found' }
	if (
		!can(actor, 'decide', 'adaptation-permission', { countryCode: request.material.countryCode })
	) {
		return { ok: false, problem: 'forbidden' }
	}
	const done = await db.$transaction(async (tx) => {
		const updated = await tx.adaptationPermission.updateMany({
			where: { id: requestId, status: 'pending' },
			data: { status: grant ? 'granted' : 'refused', decidedById: actor.id, decidedAt: new Date() },
		})
		if (updated.count !== 1) return false
		await tx.inboxMessage.create({
			data: {
				userId: request.requestedById,
				kind: grant ? 'permission-granted' : 'permission-refused',
				materialId: request.materialId,
			},
		})
		await recordAudit(tx, {
			userId: actor.id,
			action: grant ? 'grant-permission' : 'refuse-permission',
			entityType: 'material',
			entityId: request.materialId,
			countryCode: request.material.countryCode,
			summary: { to: request.countryCode },
		})
		return true
	})
	deliverPendingMailSoon()
	return done ? { ok: true } : { ok: false, problem: 'decided' }
}

/**
 * The adapting country has looked at what changed in the source and updated
 * (or kept) its text: the adaptation now follows the source's current
 * revision, and each segment remembers the source text it now answers to, so
 * "the original has changed" disappears until the next change.
 */
export async function markAdaptationReviewed(
	actor: { id: string },
	adaptation: NonNullable<Awaited<ReturnType<typeof getAdaptationSegments>>>,
) {
	const materialId = adaptation.material.id
	await changeMaterial({
		actor,
		materialId,
		action: 'review-source-change',
		// Acknowledging changes no content, so it is allowed in any status;
		// the source's new layout is taken only where content may change (a
		// published adaptation takes it in its next revision).
		when: 'any',
		run: async ({ tx, note, material }) => {
			await tx.material.update({
				where: { id: materialId },
				data: { derivedFromRevision: adaptation.source.revision },
			})
			for (const segment of adaptation.segments) {
				await tx.versionSegment.updateMany({
					where: { versionId: adaptation.version.id, key: segment.key },
					data: { sourceText: segment.source },
				})
			}
			if (isEditableStatus(material.status))
				await followSourceLayout(tx, adaptation.version.id, adaptation.source.versionId)
			note({ from: adaptation.sourceRevisionAtAdaptation, to: adaptation.source.revision })
		},
	})
}

/**
 * Takes the source's current poster layout: its background and boxes. A box
 * the source added gets an empty translation beside its source text; a box
 * it removed takes its translation with it. The adapting country's logo
 * stays.
 */
async function followSourceLayout(tx: MaterialTx, versionId: string, sourceVersionId: string) {
	const [source, own] = await Promise.all([
		tx.posterTemplate.findUnique({ where: { versionId: sourceVersionId } }),
		tx.posterTemplate.findUnique({ where: { versionId } }),
	])
	if (!source) return
	await tx.posterTemplate.upsert({
		where: { versionId },
		create: { versionId, backgroundId: source.backgroundId, slots: source.slots },
		update: { backgroundId: source.backgroundId, slots: source.slots },
	})
	if (own && own.backgroundId !== source.backgroundId)
		await deleteAssetIfUnused(tx, own.backgroundId)
	const wanted = new Set(
		parseSlots(source.slots)
			.filter((slot) => slot.kind === 'text')
			.map(slotSegmentKey),
	)
	const [mine, theirs] = await Promise.all([
		tx.versionSegment.findMany({ where: { versionId } }),
		tx.versionSegment.findMany({ where: { versionId: sourceVersionId } }),
	])
	const have = new Set(mine.map((s) => s.key))
	const sourceText = new Map(theirs.map((s) => [s.key, s.text]))
	const missing = [...wanted].filter((key) => !have.has(key))
	if (missing.length)
		await tx.versionSegment.createMany({
			data: missing.map((key) => ({
				versionId,
				key,
				text: '',
				sourceText: sourceText.get(key) ?? '',
			})),
		})
	await tx.versionSegment.deleteMany({
		where: {
			versionId,
			key: { startsWith: 'slot:', notIn: [...wanted] },
		},
	})
}
