import { readFile, rm, writeFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { can, type Actor } from '#app/domain/permissions.ts'
import {
	checkSlotText,
	MAX_SLOTS,
	parseSlots,
	slotSegmentKey,
	validateTemplate,
	type SlotAlign,
	type TemplateProblem,
	type TemplateSlot,
} from '#app/domain/poster-template.ts'
import { discardIngested, ingestUpload, type Ingested } from '#app/media/ingest.server.ts'
import {
	PosterRenderError,
	renderPoster,
	sampleEdgeColours,
	type RenderedPoster,
	type SlotText,
} from '#app/media/poster-render.server.ts'
import { newTempPath, pathForKey } from '#app/media/storage.server.ts'
import { db } from '#app/utils/db.server.ts'
import { deleteAssetIfUnused, storeImageAsset } from '../asset.server.ts'
import { recordAudit } from '../audit.server.ts'
import { attachIngestedFile } from './files.server.ts'
import { changeMaterial, requireVersionOf, type MaterialTx } from './unit-of-work.server.ts'

/**
 * Poster templates: a language version's background without text and its
 * slots, whose texts are the version's segments. The source country sets
 * them in the visual editor; an adaptation copies them and gets its poster
 * rendered from its translated segments at every save.
 */

type Target = { materialId: string; countryCode: string; versionId: string }

export async function getTemplate(versionId: string) {
	const row = await db.posterTemplate.findUnique({
		where: { versionId },
		include: { background: true, logo: true },
	})
	if (!row || row.background.width == null || row.background.height == null) return null
	return {
		versionId: row.versionId,
		background: row.background,
		logo: row.logo,
		width: row.background.width,
		height: row.background.height,
		slots: parseSlots(row.slots),
		updatedAt: row.updatedAt,
	}
}

/** The text each slot shows, from the version's segments. */
export async function getSlotTexts(versionId: string, slots: readonly TemplateSlot[]) {
	const segments = await db.versionSegment.findMany({ where: { versionId } })
	const byKey = new Map(segments.map((s) => [s.key, s.text]))
	return Object.fromEntries(slots.map((slot) => [slot.id, byKey.get(slotSegmentKey(slot)) ?? '']))
}

/**
 * Makes an uploaded image the template's background. A new background
 * keeps the slots: those that no longer fit are reported by the editor
 * until they are moved.
 */
export async function setTemplateBackground(
	actor: { id: string },
	target: Target,
	ingested: Ingested,
) {
	if (ingested.kind !== 'image' || !ingested.main.width || !ingested.main.height) {
		return { ok: false as const, problem: 'not-image' as const }
	}
	const { tempPath, mediaType, width, height } = ingested.main
	const asset = await storeImageAsset({ tempPath }, { mediaType, width, height })
	await changeMaterial({
		actor,
		materialId: target.materialId,
		action: 'template-background',
		when: 'editable',
		run: async ({ tx, note, revise }) => {
			await requireVersionOf(tx, target)
			const before = await tx.posterTemplate.findUnique({ where: { versionId: target.versionId } })
			await tx.posterTemplate.upsert({
				where: { versionId: target.versionId },
				create: { versionId: target.versionId, backgroundId: asset.id },
				update: { backgroundId: asset.id },
			})
			if (before && before.backgroundId !== asset.id)
				await deleteAssetIfUnused(tx, before.backgroundId)
			revise(target.versionId)
			note({ versionId: target.versionId, width: asset.width, height: asset.height })
		},
	})
	return { ok: true as const }
}

/** Puts a country's logo in the template's logo slots. */
export async function setTemplateLogo(actor: { id: string }, target: Target, ingested: Ingested) {
	if (ingested.kind !== 'image') return { ok: false as const, problem: 'not-image' as const }
	const { tempPath, mediaType, width, height } = ingested.main
	const asset = await storeImageAsset({ tempPath }, { mediaType, width, height })
	const updated = await changeMaterial({
		actor,
		materialId: target.materialId,
		action: 'template-logo',
		when: 'editable',
		run: async ({ tx, note, unchanged }) => {
			await requireVersionOf(tx, target)
			const before = await tx.posterTemplate.findUnique({ where: { versionId: target.versionId } })
			const { count } = await tx.posterTemplate.updateMany({
				where: { versionId: target.versionId },
				data: { logoId: asset.id },
			})
			if (before?.logoId && before.logoId !== asset.id) await deleteAssetIfUnused(tx, before.logoId)
			if (!count) unchanged()
			note({ versionId: target.versionId })
			return count > 0
		},
	})
	return updated ? { ok: true as const } : { ok: false as const, problem: 'no-template' as const }
}

export type TemplateSaveResult =
	{ ok: true } | { ok: false; problems: TemplateProblem[] } | { ok: false; problem: 'no-template' }

/**
 * Saves the slots and the source-language text of each. Everything is
 * checked before anything is written; a slot that is removed takes its
 * text with it. A change of geometry or text is a new revision of the
 * version, so its adaptations learn that the original changed.
 */
export async function saveTemplate(
	actor: { id: string },
	target: Target,
	input: { slots: TemplateSlot[]; texts: Record<string, string> },
): Promise<TemplateSaveResult> {
	const template = await getTemplate(target.versionId)
	if (!template) return { ok: false, problem: 'no-template' }
	const validation = validateTemplate({
		width: template.width,
		height: template.height,
		slots: input.slots,
	})
	const problems = validation.ok ? [] : [...validation.problems]
	for (const slot of input.slots) {
		if (slot.kind === 'text' && checkSlotText(input.texts[slot.id] ?? '') === 'too-long') {
			problems.push({ slotId: slot.id, problem: 'text-too-long' })
		}
	}
	if (problems.length) return { ok: false, problems }

	await changeMaterial({
		actor,
		materialId: target.materialId,
		action: 'template-save',
		when: 'editable',
		run: async ({ tx, note, revise, unchanged }) => {
			await requireVersionOf(tx, target)
			const segments = await tx.versionSegment.findMany({ where: { versionId: target.versionId } })
			const before = new Map(segments.map((s) => [s.key, s.text]))
			const wanted = new Map<string, string>()
			for (const slot of input.slots) {
				if (slot.kind === 'text')
					wanted.set(slotSegmentKey(slot), (input.texts[slot.id] ?? '').trim())
			}
			let changed = JSON.stringify(input.slots) !== JSON.stringify(template.slots)
			for (const [key, text] of wanted) {
				if (before.get(key) === text) continue
				changed = true
				await tx.versionSegment.upsert({
					where: { versionId_key: { versionId: target.versionId, key } },
					create: { versionId: target.versionId, key, text },
					update: { text },
				})
			}
			const gone = segments.filter((s) => s.key.startsWith('slot:') && !wanted.has(s.key))
			if (gone.length) {
				changed = true
				await tx.versionSegment.deleteMany({
					where: { versionId: target.versionId, key: { in: gone.map((s) => s.key) } },
				})
			}
			if (!changed) return unchanged()
			await tx.posterTemplate.update({
				where: { versionId: target.versionId },
				data: { slots: JSON.stringify(input.slots) },
			})
			revise(target.versionId)
			note({ versionId: target.versionId, slots: input.slots.length })
		},
	})
	return { ok: true }
}

/**
 * Gives a version a whole template at once, its boxes and their texts: the
 * demo library's posters, whose layout is drawn with them. Not reachable
 * from any route, so any status is allowed.
 */
export async function insertTemplate(
	versionId: string,
	input: { backgroundId: string; slots: TemplateSlot[]; texts: Record<string, string> },
) {
	const { materialId } = await db.materialVersion.findUniqueOrThrow({
		where: { id: versionId },
		select: { materialId: true },
	})
	await changeMaterial({
		actor: null,
		materialId,
		action: 'template-save',
		when: 'any',
		run: async ({ tx, note }) => {
			await tx.posterTemplate.create({
				data: { versionId, backgroundId: input.backgroundId, slots: JSON.stringify(input.slots) },
			})
			const texts = input.slots.flatMap((slot) => {
				const text = slot.kind === 'text' ? input.texts[slot.id] : undefined
				return text ? [{ versionId, key: slotSegmentKey(slot), text }] : []
			})
			await tx.versionSegment.createMany({ data: texts })
			note({ versionId, slots: input.slots.length })
		},
	})
}

/** A new slot, placed where it is easy to find and inside any background. */
export function newSlot(
	kind: 'text' | 'logo',
	existing: readonly TemplateSlot[],
	size: { width: number; height: number },
): TemplateSlot | null {
	if (existing.length >= MAX_SLOTS) return null
	const ids = new Set(existing.map((s) => s.id))
	let n = existing.length + 1
	while (ids.has(`${kind}-${n}`)) n++
	const width = Math.round(kind === 'logo' ? size.width * 0.2 : size.width * 0.8)
	const height = Math.round(kind === 'logo' ? width : size.height * 0.1)
	// Each new box a little lower than the one before, so none hides another.
	const step = Math.round(size.height * 0.04) * (existing.length % 8)
	const y = Math.min(Math.round(size.height * 0.08) + step, size.height - height)
	const align: SlotAlign = 'center'
	return {
		id: `${kind}-${n}`,
		kind,
		x: Math.round((size.width - width) / 2),
		y: Math.max(0, y),
		width,
		height,
		fontSize: Math.max(12, Math.min(120, Math.round(height * 0.5))),
		color: '#1b2430',
		align,
		weight: 'bold',
	}
}

/**
 * What a version's poster is rendered from: its template, the text of each
 * slot in the version's language, and where its background and logo are
 * stored. Slots with no text yet are left empty rather than showing another
 * language's words. `digest` hashes all of it, the images by their sha256.
 */
async function loadRenderInput(versionId: string) {
	const template = await getTemplate(versionId)
	if (!template) return null
	const version = await db.materialVersion.findUniqueOrThrow({
		where: { id: versionId },
		select: { lang: true },
	})
	const raw = await getSlotTexts(versionId, template.slots)
	const texts: Record<string, SlotText> = {}
	for (const [id, text] of Object.entries(raw)) if (text) texts[id] = { text, lang: version.lang }
	const shape = { width: template.width, height: template.height, slots: template.slots }
	return {
		template: shape,
		texts,
		backgroundPath: pathForKey(template.background.storageKey),
		logoPath: template.logo ? pathForKey(template.logo.storageKey) : null,
		digest: createHash('sha256')
			.update(
				JSON.stringify([shape, texts, template.background.sha256, template.logo?.sha256 ?? null]),
			)
			.digest('base64url'),
	}
}

/** Renders a version's poster from its template and segments, in the version's language. */
export async function renderVersionPoster(versionId: string): Promise<RenderedPoster | null> {
	const input = await loadRenderInput(versionId)
	if (!input) return null
	const [background, logo] = await Promise.all([
		readFile(input.backgroundPath),
		input.logoPath ? readFile(input.logoPath) : undefined,
	])
	return renderPoster({ background, template: input.template, texts: input.texts, logo })
}

/**
 * The template a version's file can be printed from: only when that file
 * is the template's rendering (VersionFile.rendered), which every save of
 * the template or its texts renders again, so the template says exactly
 * what the file shows. An uploaded poster is printed from its own pixels,
 * even when its version has a template: the template may differ from it.
 */
export async function getPrintTemplate(file: { versionId: string; rendered: boolean }) {
	if (!file.rendered) return null
	return loadRenderInput(file.versionId)
}

/** Refreshes under way, by version: one at a time, so the last save's texts make the last poster. */
const refreshing = new Map<string, Promise<unknown>>()

/**
 * Renders the version's poster and stores it as the version's file (through
 * the same pipeline as an upload), replacing the one rendered before.
 * Refreshes of one version run one after another, each reading the texts
 * when it starts: two saves in quick succession cannot leave the first
 * one's poster beside the second one's texts. Returns the refusal when the
 * template or a text cannot be rendered; the texts stay saved either way.
 */
export function refreshRenderedPoster(actor: { id: string }, target: Target & { lang: string }) {
	const previous = refreshing.get(target.versionId) ?? Promise.resolve()
	const next = previous.catch(() => {}).then(() => renderAndStore(actor, target))
	refreshing.set(target.versionId, next)
	void next
		.finally(() => {
			if (refreshing.get(target.versionId) === next) refreshing.delete(target.versionId)
		})
		.catch(() => {})
	return next
}

async function renderAndStore(actor: { id: string }, target: Target & { lang: string }) {
	let poster: RenderedPoster | null
	try {
		poster = await renderVersionPoster(target.versionId)
	} catch (error) {
		if (error instanceof PosterRenderError) return { ok: false as const, problem: error.reason }
		throw error
	}
	if (!poster) return { ok: true as const, rendered: false }
	const tempPath = await newTempPath('.png')
	let ingested: Ingested | null = null
	try {
		await writeFile(tempPath, poster.png)
		const result = await ingestUpload({
			field: 'poster',
			tempPath,
			sha256: createHash('sha256').update(poster.png).digest('hex'),
			byteSize: poster.png.length,
			fileName: `poster-${target.lang}.png`,
			declaredType: 'image/png',
		})
		if (!result.ok) return { ok: false as const, problem: 'bad-image' as const }
		ingested = result.ingested
		await attachIngestedFile(actor, target, ingested, { rendered: true })
		return { ok: true as const, rendered: true }
	} finally {
		await rm(tempPath, { force: true })
		if (ingested) await discardIngested(ingested)
	}
}

/** Whether a version's file is made from its template (an adaptation's poster). */
export async function hasRenderedPoster(versionId: string) {
	return (await db.versionFile.count({ where: { versionId, rendered: true } })) > 0
}

/**
 * For each box of a template, the colour that would cover the artwork
 * under it and blend into what surrounds it (the median of the pixels
 * along its edges): what the editor offers as a box's fill before its
 * author picks one.
 */
export async function suggestFillColours(template: {
	background: { storageKey: string }
	slots: readonly TemplateSlot[]
}): Promise<Record<string, string>> {
	if (!template.slots.length) return {}
	try {
		return await sampleEdgeColours(pathForKey(template.background.storageKey), template.slots)
	} catch {
		// A background that does not decode is reported by the preview; the
		// editor still opens, offering white.
		return {}
	}
}

/**
 * What the template editor says around a version's template: what it
 * adapts (the way back into the adaptation's guided flow), the revision
 * through which a published poster becomes a template, and the countries
 * that asked for one.
 */
export async function getTemplateEditorContext(versionId: string) {
	const version = await db.materialVersion.findUnique({
		where: { id: versionId },
		select: {
			lang: true,
			material: {
				select: {
					id: true,
					status: true,
					revisionOfId: true,
					derivedFromVersionId: true,
					revision: {
						select: { id: true, status: true, versions: { select: { id: true, lang: true } } },
					},
				},
			},
		},
	})
	if (!version) return null
	const { material } = version
	// Requests are made on the published material; its revision answers them.
	const requestsOf = material.revisionOfId ?? material.id
	const requests = await db.templateRequest.findMany({
		where: { materialId: requestsOf, status: 'pending' },
		orderBy: { createdAt: 'asc' },
		take: 50,
		select: { id: true, countryCode: true, versionId: true, message: true, createdAt: true },
	})
	return {
		isAdaptation: material.derivedFromVersionId !== null && material.revisionOfId === null,
		revision: material.revision
			? {
					id: material.revision.id,
					status: material.revision.status,
					versionId: material.revision.versions.find((v) => v.lang === version.lang)?.id ?? null,
				}
			: null,
		requests: requests.map((r) => ({
			id: r.id,
			countryCode: r.countryCode,
			message: r.message,
			createdAt: r.createdAt.toISOString(),
		})),
	}
}

export type TemplateRequestProblem = 'forbidden' | 'not-found' | 'not-needed'

/**
 * Asks the country that published a poster to make it a template, so that
 * the asking country can put its own language in it. The owning country's
 * coordinators find the request in their inbox, with a link to the
 * template editor of that version. One pending request per material and
 * country: asking again changes nothing. A poster that already is a
 * template, or a country asking itself, needs no request.
 */
export async function requestTemplate(
	actor: Actor,
	input: { versionId: string; countryCode: string; message: string },
): Promise<{ ok: true; created: boolean } | { ok: false; problem: TemplateRequestProblem }> {
	if (
		!can(actor, 'adapt', 'material') ||
		!can(actor, 'create', 'material', { countryCode: input.countryCode })
	)
		return { ok: false, problem: 'forbidden' }
	if (input.versionId.length > 64) return { ok: false, problem: 'not-found' }
	const version = await db.materialVersion.findFirst({
		where: { id: input.versionId, material: { status: 'published' } },
		select: {
			id: true,
			template: { select: { versionId: true } },
			material: { select: { id: true, countryCode: true } },
		},
	})
	if (!version) return { ok: false, problem: 'not-found' }
	const { material } = version
	if (version.template || material.countryCode === input.countryCode)
		return { ok: false, problem: 'not-needed' }
	// The transaction takes the write lock at once (decision 010): two
	// requests at the same moment cannot both find none pending.
	const created = await db.$transaction(async (tx) => {
		const pending = await tx.templateRequest.count({
			where: { materialId: material.id, countryCode: input.countryCode, status: 'pending' },
		})
		if (pending) return false
		const request = await tx.templateRequest.create({
			data: {
				materialId: material.id,
				versionId: version.id,
				countryCode: input.countryCode,
				requestedById: actor.id,
				message: input.message.trim().slice(0, 2000),
			},
		})
		const coordinators = await tx.membership.findMany({
			where: { countryCode: material.countryCode, role: 'coordinator', user: { disabledAt: null } },
			select: { userId: true },
		})
		await tx.inboxMessage.createMany({
			data: coordinators.map((c) => ({
				userId: c.userId,
				kind: 'template-requested',
				materialId: material.id,
				versionId: version.id,
				body: request.message,
			})),
		})
		await recordAudit(tx, {
			userId: actor.id,
			action: 'request-template',
			entityType: 'material',
			entityId: material.id,
			countryCode: input.countryCode,
			summary: { owner: material.countryCode, versionId: version.id },
		})
		return true
	})
	return { ok: true, created }
}

/** A country's request for a template of a material, while it waits for an answer. */
export async function getPendingTemplateRequest(materialId: string, countryCode: string) {
	return db.templateRequest.findFirst({
		where: { materialId, countryCode, status: 'pending' },
		select: { versionId: true, createdAt: true },
	})
}

/**
 * Called when a revision of a published material has been published: the
 * pending template requests of its versions that now have a template are
 * answered, and whoever asked is told in their inbox.
 */
export async function answerTemplateRequests(tx: MaterialTx, materialId: string, now: Date) {
	const pending = await tx.templateRequest.findMany({
		where: { materialId, status: 'pending' },
		select: { id: true, versionId: true, requestedById: true },
	})
	if (!pending.length) return
	const templates = await tx.posterTemplate.findMany({
		where: { versionId: { in: pending.map((r) => r.versionId) } },
		select: { versionId: true },
	})
	const ready = new Set(templates.map((t) => t.versionId))
	const answered = pending.filter((r) => ready.has(r.versionId))
	if (!answered.length) return
	await tx.templateRequest.updateMany({
		where: { id: { in: answered.map((r) => r.id) } },
		data: { status: 'done', doneAt: now },
	})
	await tx.inboxMessage.createMany({
		data: answered.map((r) => ({
			userId: r.requestedById,
			kind: 'template-ready',
			materialId,
			versionId: r.versionId,
			createdAt: now,
		})),
	})
}
