import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pathForKey } from '#app/media/storage.server.ts'
import { attachFile, detachFile } from '#app/models/material/files.server.ts'
import { sweepUnusedFiles } from '#app/models/asset.server.ts'
import { BackupProblem, createBackup, restoreBackup } from '#app/models/backup.server.ts'
import { insertMaterial } from '#app/models/material/drafts.server.ts'
import { resolveDatabasePath } from '#app/utils/database-url.ts'
import { db } from '#app/utils/db.server.ts'
import { createUser } from '#tests/factories.ts'
import { HOSTILE_BACKUPS } from '#tests/fixtures/hostile-backups.ts'
import { PROJECT_ROOT, TEST_ROOT } from '#tests/support/paths.ts'

/**
 * `npm run backup` while the app writes, then `npm run restore` into an
 * empty place: every write confirmed before the backup began is restored,
 * with its files whole; a backup that is not what its manifest says, or a
 * database in use, is refused.
 */

const work = path.join(TEST_ROOT, `backup-${randomBytes(4).toString('hex')}`)
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** Runs one of the project's scripts with this test file's database and store unless `env` says otherwise. */
function runScript(script: string, args: string[], env: Record<string, string> = {}) {
	return new Promise<{ code: number | null; output: string; child: ReturnType<typeof spawn> }>(
		(resolve) => {
			const child = spawn('npx', ['tsx', script, ...args], {
				cwd: PROJECT_ROOT,
				env: { ...process.env, ...env },
				stdio: ['ignore', 'pipe', 'pipe'],
			})
			let output = ''
			child.stdout!.on('data', (c: Buffer) => {
				output += c
				onOutput?.(output)
			})
			child.stderr!.on('data', (c: Buffer) => (output += c))
			child.on('exit', (code) => resolve({ code, output, child }))
		},
	)
}
let onOutput: ((output: string) => void) | undefined

interface Write {
	materialId: string
	fileId: string
	storageKey: string
	sha256: string
}

const user = await createUser('contributor')

/**
 * 160 MB whose sha256 starts with 00: the first file a backup copies (in
 * key order), which keeps it busy for a moment after its snapshot.
 */
function slowFirstFile() {
	const body = randomBytes(160 * 2 ** 20)
	const hashed = createHash('sha256').update(body)
	for (let i = 0; ; i++) {
		const tail = Buffer.from(` ${i}`)
		if (hashed.copy().update(tail).digest('hex').startsWith('00'))
			return Buffer.concat([body, tail])
	}
}

/** One save as the app makes them: a draft, then a file attached to it (a draft's files can be removed). */
async function write(i: number, content?: Buffer): Promise<Write> {
	const material = await insertMaterial({
		countryCode: 'FR',
		resourceType: 'poster',
		audiences: ['children'],
		risks: ['grooming'],
		licence: 'cc-by-4.0',
		status: 'draft',
		originalLang: 'fr',
		versions: [{ lang: 'fr', title: `Sauvegarde ${i}` }],
	})
	const bytes =
		content ?? Buffer.concat([Buffer.from(`file ${i} `), randomBytes(2000 + ((i * 7919) % 30000))])
	const file = await attachFile({
		versionId: material.versions[0]!.id,
		bytes,
		mediaType: 'application/pdf',
		role: 'primary',
	})
	const asset = await db.asset.findUniqueOrThrow({ where: { id: file.assetId } })
	return {
		materialId: material.id,
		fileId: file.id,
		storageKey: asset.storageKey,
		sha256: sha256(bytes),
	}
}

beforeAll(() => fs.mkdirSync(work, { recursive: true }))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

describe('backup and restore', () => {
	test('a backup taken during writes restores every write confirmed before it began, with its files', async () => {
		const confirmed: Write[] = []
		for (let i = 0; i < 60; i++) confirmed.push(await write(i))
		confirmed.push(await write(60, slowFirstFile()))

		let writing = true
		let detached = 0
		const writer = (async () => {
			for (let i = 61; writing; i++) {
				confirmed.push(await write(i))
				await new Promise((resolve) => setTimeout(resolve, 10))
			}
		})()
		// Once the database is copied, files it references are detached and
		// swept while the backup copies them: the backup must hold the store.
		const snapshotTaken = new Promise<void>((resolve) => {
			onOutput = (output) => {
				if (output.includes('database copied')) resolve()
			}
		})
		// The backup copies in key order, the large file first: the files
		// with the last keys are detached and swept long before their turn.
		const toDetach = confirmed.slice(0, 30).sort((a, b) => (a.storageKey < b.storageKey ? 1 : -1))
		const detacher = snapshotTaken.then(async () => {
			for (const w of toDetach) {
				await detachFile(user, { materialId: w.materialId, countryCode: 'FR' }, w.fileId)
				detached++
				if (detached === 1 || detached % 10 === 0) await sweepUnusedFiles()
			}
			await sweepUnusedFiles()
		})

		const folder = path.join(work, 'during-writes')
		const before = [...confirmed]
		const backup = await runScript('scripts/backup.ts', [folder])
		await detacher
		writing = false
		await writer
		onOutput = undefined
		expect(backup.code, backup.output).toBe(0)
		expect(confirmed.length).toBeGreaterThan(before.length)
		expect(detached).toBe(30)
		// The backup let go of the store: the detached files go now, as they should.
		await sweepUnusedFiles()
		for (const w of toDetach)
			expect(fs.existsSync(pathForKey(w.storageKey)), w.storageKey).toBe(false)

		const restoredDb = path.join(work, 'restored', 'app.db')
		const restoredFiles = path.join(work, 'restored', 'files')
		const restore = await runScript('scripts/restore.ts', [folder], {
			DATABASE_URL: `file:${restoredDb}`,
			FILE_STORAGE_DIR: restoredFiles,
		})
		expect(restore.code, restore.output).toBe(0)

		const restored = new Database(restoredDb, { readonly: true })
		try {
			expect(restored.pragma('integrity_check', { simple: true })).toBe('ok')
			const fileRow = restored.prepare(
				`SELECT a."storageKey" FROM "VersionFile" f JOIN "Asset" a ON a.id = f."assetId" JOIN "MaterialVersion" v ON v.id = f."versionId"
				 WHERE f.id = ? AND v."materialId" = ?`,
			)
			const status = restored.prepare('SELECT status FROM "Material" WHERE id = ?').pluck()
			for (const w of before) {
				expect(status.get(w.materialId), w.materialId).toBe('draft')
				expect(fileRow.get(w.fileId, w.materialId), w.fileId).toEqual({
					storageKey: w.storageKey,
				})
				const bytes = fs.readFileSync(path.join(restoredFiles, w.storageKey))
				expect(sha256(bytes)).toBe(w.sha256)
			}
			// Every file the restored database references is there, whole.
			const keys = restored
				.prepare('SELECT "storageKey" FROM "Asset" UNION SELECT "storageKey" FROM "Rendition"')
				.pluck()
				.all() as string[]
			expect(keys.length).toBeGreaterThanOrEqual(before.length)
			for (const key of keys)
				expect(sha256(fs.readFileSync(path.join(restoredFiles, key))), key).toBe(path.basename(key))
		} finally {
			restored.close()
		}
	}, 180_000)

	test('a database in use is not restored over, nor existing data without --force', async () => {
		await write(1000)
		const folder = path.join(work, 'small')
		await createBackup({ databasePath: resolveDatabasePath(), target: folder })
		const materials = await db.material.count()
		await write(1001)

		// This process has the database open in WAL mode (as start-up sets
		// it) and uses the store, as a running app does.
		await db.$queryRawUnsafe('PRAGMA journal_mode = WAL')
		expect(await db.material.count()).toBe(materials + 1)
		const forced = await runScript('scripts/restore.ts', [folder, '--force'])
		expect(forced.code).toBe(1)
		expect(forced.output).toMatch(/restore refused: the file store .* is in use/)
		// The store alone would not stop it: the database open here does.
		const elsewhere = await runScript('scripts/restore.ts', [folder, '--force'], {
			FILE_STORAGE_DIR: path.join(work, 'other-store'),
		})
		expect(elsewhere.code).toBe(1)
		expect(elsewhere.output).toMatch(/restore refused: .* is in use \(the app or a script/)
		const plain = await runScript('scripts/restore.ts', [folder], {
			FILE_STORAGE_DIR: path.join(work, 'other-store'),
		})
		expect(plain.code).toBe(1)
		expect(plain.output).toMatch(/restore refused: .* holds data: stop the app/)
		// Nothing was replaced.
		expect(await db.material.count()).toBe(materials + 1)

		// Into an empty place it goes; and with the app stopped, --force replaces.
		const target = path.join(work, 'small-restored.db')
		await restoreBackup({ source: folder, databasePath: target })
		const copy = new Database(target, { readonly: true })
		expect(copy.prepare('SELECT COUNT(*) FROM "Material"').pluck().get()).toBe(materials)
		copy.close()
		await expect(restoreBackup({ source: folder, databasePath: target })).rejects.toThrow(
			/holds data/,
		)
		await restoreBackup({ source: folder, databasePath: target, force: true })
	}, 60_000)

	test('a backup goes into a new folder, never over another', async () => {
		const folder = path.join(work, 'small-again')
		await createBackup({ databasePath: resolveDatabasePath(), target: folder })
		await expect(
			createBackup({ databasePath: resolveDatabasePath(), target: folder }),
		).rejects.toThrow(/not empty/)
	})
})

describe('a backup that is not what its manifest says is refused whole', () => {
	let good: string
	beforeAll(async () => {
		await write(2000)
		good = path.join(work, 'good')
		await createBackup({ databasePath: resolveDatabasePath(), target: good })
	})

	test.each(HOSTILE_BACKUPS.map((h) => [h.name, h] as const))('%s', async (_, hostile) => {
		const folder = path.join(work, `hostile-${randomBytes(4).toString('hex')}`)
		fs.cpSync(good, folder, { recursive: true })
		hostile.alter(folder)
		const target = path.join(work, `${path.basename(folder)}.db`)
		const error = await restoreBackup({ source: folder, databasePath: target }).catch(
			(e: unknown) => e,
		)
		expect(error, hostile.why).toBeInstanceOf(BackupProblem)
		expect((error as Error).message, hostile.why).toMatch(hostile.refusal)
		expect(fs.existsSync(target)).toBe(false)
		expect(fs.existsSync('/tmp/escaped')).toBe(false)
	})
})
