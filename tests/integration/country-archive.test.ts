import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
	ArchiveRefused,
	defaultImportLimits,
	importCountryArchive,
} from '#app/archive/import.server.ts'
import {
	ArchiveCampaignSchema,
	ArchiveManifestSchema,
	ArchiveMaterialSchema,
} from '#app/archive/schemas.ts'
import { storageRoot, tempRoot } from '#app/media/storage.server.ts'
import { addMissingRenditions, storeImageAsset } from '#app/models/asset.server.ts'
import { insertCampaign } from '#app/models/campaign.server.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import { db } from '#app/utils/db.server.ts'
import { loader as exportLoader } from '#app/routes/$lang.workspace.export.$code.ts'
import { loader as detailLoader } from '#app/routes/api.v1.materials.$id.ts'
import {
	attachPng,
	createMaterial,
	createPng,
	createUser,
	ensureCountries,
} from '#tests/factories.ts'
import {
	HOSTILE_ARCHIVES,
	readArchiveEntries,
	writeArchive,
	type ArchiveEntry,
} from '#tests/fixtures/hostile-archives.ts'
import { call } from '#tests/support/routes.ts'
import { PROJECT_ROOT, TEST_ROOT } from '#tests/support/paths.ts'

/**
 * A country's data leaves and comes back: FR's and DE's published libraries
 * are exported from this test file's instance through the workspace route,
 * loaded with `npm run import` into a fresh instance, and the two public
 * APIs then answer the same about them, but for their origins. A second
 * import changes nothing; hostile archives are refused with nothing written.
 */

const work = path.join(TEST_ROOT, `archive-${randomBytes(4).toString('hex')}`)
fs.mkdirSync(work, { recursive: true })
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

/** Runs a script of the project against an instance (a database and a store). */
function runScript(script: string, args: string[], env: Record<string, string>) {
	return new Promise<{ code: number | null; output: string }>((resolve) => {
		const child = spawn('npx', ['tsx', script, ...args], {
			cwd: PROJECT_ROOT,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		})
		let output = ''
		child.stdout!.on('data', (c: Buffer) => (output += c))
		child.stderr!.on('data', (c: Buffer) => (output += c))
		child.on('exit', (code) => resolve({ code, output }))
	})
}

interface Instance {
	databasePath: string
	filesDir: string
	env: Record<string, string>
}

/** A fresh instance, as a new deployment starts: migrated, its countries seeded, no demo. */
async function freshInstance(name: string): Promise<Instance> {
	const databasePath = path.join(work, `${name}.db`)
	const filesDir = path.join(work, `${name}-files`)
	const env = {
		DATABASE_URL: `file:${databasePath}`,
		FILE_STORAGE_DIR: filesDir,
		SEED_DEMO: 'false',
		APP_ORIGIN: `https://${name}.example`,
	}
	const prepared = await runScript('scripts/prepare-db.ts', [], env)
	expect(prepared.code, prepared.output).toBe(0)
	return { databasePath, filesDir, env }
}

const thisInstance = (): Instance => ({
	databasePath: process.env.DATABASE_URL!.replace(/^file:/, ''),
	filesDir: process.env.FILE_STORAGE_DIR!,
	env: {
		DATABASE_URL: process.env.DATABASE_URL!,
		FILE_STORAGE_DIR: process.env.FILE_STORAGE_DIR!,
		APP_ORIGIN: 'https://here.example',
	},
})

/** What an instance's public API answers about countries, with its origin taken out. */
async function apiAnswers(instance: Instance, countries: string[]) {
	const { code, output } = await runScript('tests/support/api-answers.ts', countries, instance.env)
	expect(code, output).toBe(0)
	return JSON.parse(output.replaceAll(instance.env.APP_ORIGIN!, 'ORIGIN')) as Record<
		string,
		{
			lists: { en: { body: { items: unknown[] } } }
			details: Record<string, { status: number; body: Record<string, unknown> }>
			campaigns: Record<string, unknown>
			search: { body: { total: number } }
		}
	>
}

/** Row counts of an instance's tables that an import writes, read from its file. */
function countRows(databasePath: string) {
	const sqlite = new Database(databasePath, { readonly: true })
	try {
		const count = (table: string) =>
			(sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n
		return Object.fromEntries(
			[
				'Material',
				'MaterialVersion',
				'VersionFile',
				'Asset',
				'Rendition',
				'AssetPage',
				'Campaign',
				'CampaignTranslation',
				'VersionSegment',
				'PosterTemplate',
				'AuditEntry',
				'SearchDoc',
			].map((t) => [t, count(t)]),
		)
	} finally {
		sqlite.close()
	}
}

/** Every stored file of a store, by key. */
function storedKeys(filesDir: string) {
	const keys: string[] = []
	for (const a of fs.existsSync(filesDir) ? fs.readdirSync(filesDir) : [])
		if (/^[0-9a-f]{2}$/.test(a))
			for (const b of fs.readdirSync(path.join(filesDir, a)))
				for (const name of fs.readdirSync(path.join(filesDir, a, b))) keys.push(`${a}/${b}/${name}`)
	return keys.sort()
}

async function pdfBytes(text: string) {
	const doc = await PDFDocument.create()
	doc.addPage([300, 400]).drawText(text, { x: 20, y: 360 })
	return Buffer.from(await doc.save())
}

const admin = await createUser('admin')
const coordinator = await createUser('coordinator')
const contributor = await createUser('contributor')
const otherCoordinator = await createUser('coordinator', { country: 'DE' })
const reviewer = await createUser('reviewer')

async function download(code: string, cookie: string, file: string) {
	const { outcome, result } = await call(exportLoader, `/en/workspace/export/${code}`, {
		cookie,
		params: { lang: 'en', code },
	})
	expect(outcome).toBe('ok')
	const response = result as Response
	expect(response.headers.get('content-type')).toBe('application/gzip')
	expect(response.headers.get('content-disposition')).toMatch(
		new RegExp(`attachment; filename="awareness-exchange-${code}-\\d{4}-\\d\\d-\\d\\d\\.tar\\.gz"`),
	)
	fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()))
	return file
}

const ids = {} as Record<'de1' | 'm1' | 'm2' | 'm3' | 'draft' | 'campaign', string>
const fr = path.join(work, 'FR.tar.gz')
const de = path.join(work, 'DE.tar.gz')

beforeAll(async () => {
	await ensureCountries('FR', 'DE')
	const campaign = await insertCampaign({
		countryCode: 'FR',
		originalLang: 'fr',
		startYear: 2024,
		endYear: 2025,
		reachCount: 12_000,
		reachUnit: 'people',
		evaluationMethod: 'survey',
		costAmount: 5_000,
		costCurrency: 'EUR',
		durationMonths: 6,
		organisation: 'e-Enfance',
		organisationContact: 'https://e-enfance.example',
		channels: ['schools', 'social-media'],
		audiences: ['parents-carers'],
		risks: ['sextortion'],
		translations: [
			{
				lang: 'fr',
				title: 'Campagne des affiches',
				summary: 'Des affiches dans les écoles.',
				results: 'Vues.',
			},
			{ lang: 'en', title: 'Poster campaign', summary: 'Posters in schools.' },
		],
	})
	ids.campaign = campaign.id

	// DE's original, which FR adapted: another country's material.
	const de1 = await createMaterial({
		countryCode: 'DE',
		originalLang: 'de',
		versions: [{ lang: 'de', title: 'Plakat affiche', description: 'Ein Plakat.' }],
	})
	await attachPng(de1.versions[0]!.id)
	ids.de1 = de1.id

	const m1 = await createMaterial({
		countryCode: 'FR',
		campaignId: campaign.id,
		accessibility: ['alt-text', 'large-print'],
		organisation: 'Point de Contact',
		organisationContact: 'contact@pointdecontact.example',
		audiences: ['children', 'teachers-educators'],
		risks: ['grooming', 'reporting-help'],
		versions: [
			{
				lang: 'fr',
				title: 'Affiche contre le grooming',
				description: 'Pour les écoles.',
				extractedText: 'appelle le 119',
			},
			{ lang: 'en', title: 'Poster against grooming', description: 'For schools.' },
		],
	})
	ids.m1 = m1.id
	const [m1fr, m1en] = [
		m1.versions.find((v) => v.lang === 'fr')!,
		m1.versions.find((v) => v.lang === 'en')!,
	]
	// Large enough for renditions (320 and 640 wide, WebP and AVIF).
	await attachFile({
		versionId: m1fr.id,
		bytes: await createPng('#204080', 700, 900),
		mediaType: 'image/png',
		role: 'primary',
		width: 700,
		height: 900,
	})
	await attachFile({
		versionId: m1en.id,
		bytes: await pdfBytes('Poster against grooming'),
		mediaType: 'application/pdf',
		role: 'primary',
	})
	await attachPng(m1en.id, 'preview')
	// A video's script, as the demo library has: plain text, which has no signature.
	await attachFile({
		versionId: m1en.id,
		bytes: Buffer.from('Script of the video:\n— Who is this?\n'),
		mediaType: 'text/plain',
		role: 'primary',
		position: 1,
	})
	await addMissingRenditions(() => {})
	const background = await storeImageAsset(
		{ bytes: await createPng('#f0f0f0', 120, 160) },
		{ mediaType: 'image/png', width: 120, height: 160 },
	)
	await db.posterTemplate.create({
		data: { versionId: m1fr.id, backgroundId: background.id, slots: '[]' },
	})
	await db.versionSegment.create({ data: { versionId: m1fr.id, key: 'helpline', text: '119' } })

	const m2 = await createMaterial({
		countryCode: 'FR',
		derivedFrom: { versionId: de1.versions[0]!.id, kind: 'adaptation' },
		versions: [{ lang: 'fr', title: 'Affiche adaptée', description: 'Adaptée du plakat.' }],
	})
	await attachPng(m2.versions[0]!.id)
	ids.m2 = m2.id

	const m3 = await createMaterial({
		countryCode: 'FR',
		originalLang: 'ar',
		derivedFrom: { versionId: m1fr.id, kind: 'translation' },
		versions: [{ lang: 'ar', title: 'ملصق affiche', description: 'ترجمة.' }],
	})
	await attachPng(m3.versions[0]!.id)
	ids.m3 = m3.id

	const draft = await createMaterial({ countryCode: 'FR', status: 'draft', publishedAt: null })
	ids.draft = draft.id

	await download('FR', coordinator.cookie, fr)
	await download('DE', admin.cookie, de)
}, 120_000)

describe('the export', () => {
	test("is offered to a country's coordinators and to administrators only", async () => {
		const outcome = async (code: string, cookie?: string) =>
			(
				await call(exportLoader, `/en/workspace/export/${code}`, {
					cookie,
					params: { lang: 'en', code },
				})
			).outcome
		expect(await outcome('FR')).toBe('login')
		expect(await outcome('FR', contributor.cookie)).toBe(403)
		expect(await outcome('FR', otherCoordinator.cookie)).toBe(403)
		expect(await outcome('FR', reviewer.cookie)).toBe(403)
		expect(await outcome('FR', coordinator.cookie)).toBe('ok')
		expect(await outcome('DE', admin.cookie)).toBe('ok')
		expect(await outcome('ZZ', admin.cookie)).toBe(404)
	})

	test('is recorded in the audit log, with what it held', async () => {
		const entry = await db.auditEntry.findFirst({
			where: { action: 'country.export', entityId: 'FR', userId: coordinator.id },
		})
		expect(JSON.parse(entry!.summary)).toMatchObject({ materials: 3, campaigns: 1 })
	})

	test("holds the country's published materials as the API answers them, and their files by sha256", async () => {
		const entries = await readArchiveEntries(fs.readFileSync(fr))
		expect(entries[0]!.name).toBe('manifest.json')
		const manifest = ArchiveManifestSchema.parse(JSON.parse(entries[0]!.body.toString()))
		expect(manifest).toMatchObject({
			formatVersion: 1,
			country: 'FR',
			counts: { materials: 3, campaigns: 1 },
		})
		const materials = entries.filter((e) => e.name.startsWith('materials/'))
		expect(materials.map((e) => e.name).sort()).toEqual(
			[ids.m1, ids.m2, ids.m3].map((id) => `materials/${id}.json`).sort(),
		)
		for (const entry of materials) {
			const { archive, ...record } = ArchiveMaterialSchema.parse(JSON.parse(entry.body.toString()))
			const { result } = await call(detailLoader, `/api/v1/materials/${record.id}?ui=en`, {
				params: { id: record.id },
			})
			// The parsed record is the API's answer, as served, plus the archive member.
			expect(JSON.parse(entry.body.toString())).toEqual({
				...(await (result as Response).json()),
				archive,
			})
		}
		const m2 = JSON.parse(
			entries.find((e) => e.name === `materials/${ids.m2}.json`)!.body.toString(),
		)
		expect(m2.archive.derivedFrom.materialId).toBe(ids.de1)
		ArchiveCampaignSchema.parse(
			JSON.parse(entries.find((e) => e.name.startsWith('campaigns/'))!.body.toString()),
		)
		const files = entries.filter((e) => e.name.startsWith('files/'))
		expect(files).toHaveLength(manifest.counts.files)
		// The PNG, its 4 renditions, the PDF, 4 small PNGs (preview, m2, m3) and the template's background.
		expect(files.length).toBeGreaterThanOrEqual(9)
	})
})

describe('the import', () => {
	let there: Instance
	let hereAnswers: Awaited<ReturnType<typeof apiAnswers>> | undefined

	beforeAll(async () => {
		there = await freshInstance('there')
	}, 120_000)

	test('into an empty instance gives the same public API, but for the origin', async () => {
		const deImport = await runScript('scripts/import.ts', [de], there.env)
		expect(deImport.code, deImport.output).toBe(0)
		expect(deImport.output).toMatch(/imported DE's archive .*: 1 material\(s\), 0 campaign\(s\)/)
		const frImport = await runScript('scripts/import.ts', [fr], there.env)
		expect(frImport.code, frImport.output).toBe(0)
		expect(frImport.output).toMatch(/imported FR's archive .*: 3 material\(s\), 1 campaign\(s\)/)
		expect(frImport.output).not.toMatch(/without that link/)

		const [here, imported] = await Promise.all([
			apiAnswers(thisInstance(), ['FR', 'DE']),
			apiAnswers(there, ['FR', 'DE']),
		])
		hereAnswers = here
		expect(here.FR!.lists.en.body.items).toHaveLength(3)
		expect(Object.keys(here.FR!.campaigns)).toEqual([ids.campaign])
		// The lineage across countries came back: DE's original shows FR's adaptation.
		expect(JSON.stringify(here.DE!.details[`${ids.de1}?ui=en`]!.body.lineage)).toContain(ids.m2)
		expect(here.FR!.search.body.total).toBeGreaterThan(0)
		expect(imported).toEqual(here)
		expect(JSON.stringify(here)).not.toContain(ids.draft)

		// The files are there, whole: each one the archive held, by its sha256.
		const keys = new Set(storedKeys(there.filesDir).map((k) => k.slice(6)))
		for (const e of await readArchiveEntries(fs.readFileSync(fr)))
			if (e.name.startsWith('files/')) expect(keys.has(e.name.slice(6))).toBe(true)

		const imports = new Database(there.databasePath, { readonly: true })
			.prepare(`SELECT count(*) AS n FROM AuditEntry WHERE action = 'country.import'`)
			.get() as { n: number }
		expect(imports.n).toBe(2)
	}, 120_000)

	test('a second time changes nothing, and says so', async () => {
		const before = countRows(there.databasePath)
		const files = storedKeys(there.filesDir)
		const again = await runScript('scripts/import.ts', [fr], there.env)
		expect(again.code, again.output).toBe(0)
		expect(again.output).toMatch(
			/nothing to import from FR's archive .*: its 3 material\(s\) and 1 campaign\(s\) are all here already; nothing was changed/,
		)
		expect(countRows(there.databasePath)).toEqual(before)
		expect(storedKeys(there.filesDir)).toEqual(files)
	}, 60_000)

	test('an adaptation imported before its source says so, and gets its link when the source comes', async () => {
		const alone = await freshInstance('alone')
		const first = await runScript('scripts/import.ts', [fr], alone.env)
		expect(first.code, first.output).toBe(0)
		expect(first.output).toMatch(
			new RegExp(
				`material ${ids.m2} was derived from version \\S+ of material ${ids.de1}, which is neither here nor in the archive: imported without that link for now`,
			),
		)
		const before = await apiAnswers(alone, ['FR'])
		expect(before.FR!.details[`${ids.m2}?ui=en`]!.body.adaptedFrom).toBeNull()
		// The translation of m1 within the archive kept its link.
		expect(before.FR!.details[`${ids.m3}?ui=en`]!.body.adaptedFrom).toMatchObject({
			materialId: ids.m1,
		})

		const then = await runScript('scripts/import.ts', [de], alone.env)
		expect(then.code, then.output).toBe(0)
		expect(then.output).toContain(
			`material ${ids.m2}, imported before its source, is now linked to material ${ids.de1}`,
		)
		// In either order, the same library as the instance they came from.
		expect(hereAnswers).toBeDefined()
		expect(await apiAnswers(alone, ['FR', 'DE'])).toEqual(hereAnswers)
	}, 180_000)

	test('a failure in the transaction leaves no row and takes back the files it stored', async () => {
		const empty = await freshInstance('empty')
		const before = countRows(empty.databasePath)
		// Two assets share a rendition id: only the database can tell, inside the transaction.
		const entries = await readArchiveEntries(fs.readFileSync(fr))
		const records = entries.filter((e) => e.name.startsWith('materials/'))
		type Record = {
			versions: { files: { renditions: { id: string }[] }[] }[]
			archive: { assets: { renditions: { id: string }[] }[] }
		}
		const parsed = records.map((e) => ({ e, record: JSON.parse(e.body.toString()) as Record }))
		const { e: withRenditions, record } = parsed.find(({ record }) =>
			record.archive.assets.some((a) => a.renditions.length > 1),
		)!
		const asset = record.archive.assets.find((a) => a.renditions.length > 1)!
		const [first, second] = asset.renditions as [{ id: string }, { id: string }]
		const twice = second.id
		second.id = first.id
		for (const v of record.versions)
			for (const f of v.files) for (const r of f.renditions) if (r.id === twice) r.id = first.id
		withRenditions.body = Buffer.from(JSON.stringify(record))
		const hostile = path.join(work, 'same-rendition-id.tar.gz')
		fs.writeFileSync(hostile, await writeArchive(entries))
		const result = await runScript('scripts/import.ts', [hostile], empty.env)
		expect(result.code).toBe(1)
		expect(result.output).toMatch(
			/import refused, nothing was written: .*an id it brings is used twice/,
		)
		expect(countRows(empty.databasePath)).toEqual(before)
		expect(storedKeys(empty.filesDir)).toEqual([])
	}, 120_000)
})

describe('a hostile archive', () => {
	let good: Buffer
	let entries: ArchiveEntry[]
	beforeAll(async () => {
		good = fs.readFileSync(fr)
		entries = await readArchiveEntries(good)
	})

	test.each(HOSTILE_ARCHIVES.map((h) => [h.name, h] as const))(
		'%s is refused',
		async (_, hostile) => {
			const copy = entries.map((e) => ({ ...e, body: Buffer.from(e.body) }))
			const bytes = hostile.bytes
				? hostile.bytes(good)
				: await writeArchive(hostile.alter ? await hostile.alter(copy) : copy)
			const file = path.join(work, `hostile-${randomBytes(4).toString('hex')}.tar.gz`)
			fs.writeFileSync(file, bytes)
			const rows = countRows(thisInstance().databasePath)
			const stored = storedKeys(storageRoot())
			const refusal = importCountryArchive(file, { ...defaultImportLimits(), ...hostile.limits })
			await expect(refusal).rejects.toThrow(ArchiveRefused)
			await expect(refusal).rejects.toThrow(hostile.refusal)
			expect(countRows(thisInstance().databasePath)).toEqual(rows)
			expect(storedKeys(storageRoot())).toEqual(stored)
			// Its entries were read into temporary files; none is left.
			const left = fs.existsSync(tempRoot())
				? fs.readdirSync(tempRoot()).filter((n) => n.endsWith('.import'))
				: []
			expect(left).toEqual([])
		},
		60_000,
	)
})
