import { randomUUID } from 'node:crypto'
import sharp from 'sharp'
import { allianceSince } from '#app/domain/countries.ts'
import { type MaterialDraft } from '#app/domain/material-draft.ts'
import { type Licence, type ResourceType } from '#app/domain/vocabularies.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import { insertMaterial, type NewMaterial } from '#app/models/material/drafts.server.ts'
import { db } from '#app/utils/db.server.ts'

/** Test data builders over the same model functions the seed uses. */

export async function ensureCountries(...codes: string[]) {
	for (const code of codes) {
		await db.country.upsert({
			where: { code },
			create: { code, allianceSince: allianceSince(code) },
			update: {},
		})
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

/** The fields of a French poster draft as the new-material form sends them, `overrides` on top. */
export function draftFields(
	overrides: Partial<MaterialDraft> & Pick<MaterialDraft, 'draftId'>,
): MaterialDraft {
	return {
		title: 'Brouillon',
		description: 'Not yet public.',
		lang: 'fr',
		resourceType: 'poster',
		licence: 'cc-by-4.0',
		audiences: ['children'],
		risks: ['grooming'],
		accessibility: [],
		ageMin: 9,
		ageMax: 12,
		organisation: null,
		organisationContact: null,
		...overrides,
	}
}

/** A real PNG, so downloads and previews carry real image bytes. */
export async function createPng(color = '#0b4f8a', width = 64, height = 90) {
	return sharp({ create: { width, height, channels: 3, background: color } })
		.png()
		.toBuffer()
}

export async function attachPng(versionId: string, role: 'primary' | 'preview' = 'primary') {
	const bytes = await createPng(`#${randomUUID().slice(0, 6)}`)
	return {
		bytes,
		file: await attachFile({
			versionId,
			bytes,
			mediaType: 'image/png',
			role,
			width: 64,
			height: 90,
		}),
	}
}

/** The password of every user the factories create. */
export const TEST_PASSWORD = 'a long test passphrase 42'
let testPasswordHash: Promise<string> | undefined

export interface TestUser {
	id: string
	email: string
	/** Cookie header of a signed-in session. */
	cookie: string
	totpSecret: string | null
}

/**
 * A user with one role (country roles default to FR), already signed in.
 * Reviewers and administrators get a second factor, as the app requires.
 */
export async function createUser(
	role: 'contributor' | 'coordinator' | 'reviewer' | 'admin' | null,
	options: { country?: string | null; email?: string; totp?: boolean } = {},
): Promise<TestUser> {
	const { hashPassword } = await import('#app/auth/password.server.ts')
	const { createSession, sessionCookieHeader } = await import('#app/auth/session.server.ts')
	const { generateTotpSecret } = await import('#app/auth/totp.server.ts')
	testPasswordHash ??= hashPassword(TEST_PASSWORD)
	counter++
	const country =
		role === 'contributor' || role === 'coordinator' ? (options.country ?? 'FR') : null
	if (country) await ensureCountries(country)
	const totp = options.totp ?? (role === 'reviewer' || role === 'admin')
	const totpSecret = totp ? generateTotpSecret() : null
	const email =
		options.email ?? `${role ?? 'user'}-${counter}-${randomUUID().slice(0, 6)}@test.example`
	const user = await db.user.create({
		data: {
			email,
			name: `${role ?? 'User'} ${counter}`,
			passwordHash: await testPasswordHash,
			totpSecret,
			totpEnabledAt: totpSecret ? new Date() : null,
			memberships: role ? { create: { role, countryCode: country } } : undefined,
		},
	})
	const token = await createSession(user.id)
	const cookie = (await sessionCookieHeader(token)).split(';')[0]!
	return { id: user.id, email, cookie, totpSecret }
}
