import { randomUUID } from 'node:crypto'
import sharp from 'sharp'
import { allianceSince } from '#app/domain/countries.ts'
import { type Licence, type ResourceType } from '#app/domain/vocabularies.ts'
import { attachFile } from '#app/models/asset.server.ts'
import { insertMaterial, type NewMaterial } from '#app/models/material.server.ts'
import { db } from '#app/utils/db.server.ts'

/** Test data builders over the same model functions the seed uses. */

export async function ensureCountries(...codes: string[]) {
	for (const code of codes) {
		await db.country.upsert({ where: { code }, create: { code, allianceSince: allianceSince(code) }, update: {} })
	}
}

let counter = 0

export async function createMaterial(overrides: Partial<NewMaterial> = {}) {
	counter++
	const countryCode = overrides.countryCode ?? 'FR'
	await ensureCountries(countryCode)
	return insertMaterial({
		countryCode,
		resourceType: 'poster' as ResourceType,
		audiences: ['children'],
		risks: ['grooming'],
		licence: 'cc-by-4.0' as Licence,
		status: 'published',
		originalLang: 'fr',
		ageMin: 9,
		ageMax: 12,
		publishedAt: new Date(Date.UTC(2026, 0, 1) + counter * 60_000),
		versions: [{ lang: 'fr', title: `Affiche ${counter}`, description: 'Une affiche de test.' }],
		...overrides,
	})
}

/** A real PNG, so downloads and previews carry real image bytes. */
export async function createPng(color = '#0b4f8a', width = 64, height = 90) {
	return sharp({ create: { width, height, channels: 3, background: color } }).png().toBuffer()
}

export async function attachPng(versionId: string, role: 'primary' | 'preview' = 'primary') {
	const bytes = await createPng(`#${randomUUID().slice(0, 6)}`)
	return { bytes, file: await attachFile({ versionId, bytes, mediaType: 'image/png', role, width: 64, height: 90 }) }
}
