import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { z } from 'zod'
import {
	holdStoredFiles,
	newTempPath,
	otherRunningProcesses,
	pathForKey,
	sha256OfFile,
	storageRoot,
	storeTempFile,
} from '#app/media/storage.server.ts'
import { searchFilesOf } from '#app/search/search-files.ts'
import { openSqlite } from '#app/utils/sqlite.server.ts'
import { referencedStorageKeysSql, STORAGE_KEY_TABLES_SQL } from './asset.server.ts'

/**
 * Backups: a consistent copy of the database and of every stored file it
 * references, in one folder, and the way back.
 *
 *   <backup>/database.sqlite   the database at one instant (VACUUM INTO)
 *   <backup>/files/ab/cd/<sha256>   each file that database references
 *   <backup>/manifest.json     each file's sha256 and size; written last
 *
 * Copying the database file while the app runs is not a backup: in WAL
 * mode the latest commits live in the -wal file beside it. VACUUM INTO
 * reads the database (WAL included) in one read transaction, so the copy
 * is the database as of one commit, and never blocks the app's writes.
 * The files are listed from that copy, so the two agree. Stored files are
 * never modified (their name is their sha256), so copying them afterwards
 * is safe, as long as none is removed meanwhile: the backup holds the
 * store (see holdStoredFiles) from before the snapshot until the last copy.
 */

const DATABASE = 'database.sqlite'
const FILES = 'files'
export const MANIFEST = 'manifest.json'
const STORAGE_KEY = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/
/** A file the sweeper is checking one last time is away for a moment: look again before calling it missing. */
const MISSING_RETRIES = 5
const MISSING_RETRY_MS = 200

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const ByteSize = z.number().int().nonnegative()
const ManifestSchema = z.object({
	format: z.literal(1),
	createdAt: z.string(),
	database: z.object({ file: z.literal(DATABASE), sha256: Sha256, byteSize: ByteSize }),
	files: z.array(
		z.object({ storageKey: z.string().regex(STORAGE_KEY), sha256: Sha256, byteSize: ByteSize }),
	),
	/** Files the database referenced that the store did not have whole when the backup was made. */
	missing: z.array(z.object({ storageKey: z.string(), problem: z.string() })),
})
export type BackupManifest = z.infer<typeof ManifestSchema>

/** A backup or restore that could not be done, with every reason found. */
export class BackupProblem extends Error {
	constructor(
		message: string,
		readonly problems: string[] = [],
	) {
		super(problems.length ? `${message}\n  - ${problems.join('\n  - ')}` : message)
	}
}

/** The folder a backup goes to by default: ./backups/<UTC time>/. */
export function defaultBackupFolder(now = new Date()) {
	return path.resolve('backups', now.toISOString().replace(/:/g, '-'))
}

/**
 * Writes a backup of the database at `databasePath` and of the stored
 * files it references into `target` (a new or empty folder). Files the
 * store lacks or holds damaged are listed in the manifest's `missing` (the
 * backup is still written: it is all there is); the caller reports them.
 */
export async function createBackup(options: {
	databasePath: string
	target: string
	log?: (line: string) => void
}) {
	const { databasePath, target } = options
	const log = options.log ?? (() => {})
	if ((await fsp.readdir(target).catch(() => [])).length)
		throw new BackupProblem(`${target} is not empty: a backup goes into a new folder`)
	if (!fs.existsSync(databasePath)) throw new BackupProblem(`no database at ${databasePath}`)
	await fsp.mkdir(path.join(target, FILES), { recursive: true })
	// Before the snapshot: a file it references may be detached and swept
	// a moment later, and must still be there to be copied.
	const release = await holdStoredFiles()
	try {
		const started = performance.now()
		const databaseFile = path.join(target, DATABASE)
		const source = openSqlite(databasePath, { readonly: true, fileMustExist: true })
		try {
			source.prepare('VACUUM INTO ?').run(databaseFile)
		} finally {
			source.close()
		}
		await syncFile(databaseFile)
		const snapshot = openSqlite(databaseFile, { readonly: true, fileMustExist: true })
		let keys: string[]
		try {
			const check = snapshot.pragma('integrity_check', { simple: true })
			if (check !== 'ok') throw new BackupProblem(`the database copy is damaged: ${String(check)}`)
			keys = snapshot
				.prepare(`${referencedStorageKeysSql(storageKeyTables(snapshot))} ORDER BY 1`)
				.pluck()
				.all() as string[]
		} finally {
			snapshot.close()
		}
		log(`database copied in ${Math.round(performance.now() - started)} ms; ${keys.length} files`)

		const manifest: BackupManifest = {
			format: 1,
			createdAt: new Date().toISOString(),
			database: {
				file: DATABASE,
				sha256: await sha256OfFile(databaseFile),
				byteSize: (await fsp.stat(databaseFile)).size,
			},
			files: [],
			missing: [],
		}
		for (const storageKey of keys) {
			const copied = await copyStoredFile(storageKey, path.join(target, FILES, storageKey))
			if ('problem' in copied) manifest.missing.push({ storageKey, problem: copied.problem })
			else manifest.files.push({ storageKey, ...copied })
		}
		// Last, so a folder without a manifest is recognisably unfinished.
		const manifestFile = path.join(target, MANIFEST)
		await fsp.writeFile(`${manifestFile}.partial`, `${JSON.stringify(manifest, null, '\t')}\n`)
		await syncFile(`${manifestFile}.partial`)
		await fsp.rename(`${manifestFile}.partial`, manifestFile)
		await syncFile(target)
		return manifest
	} finally {
		await release()
	}
}

async function copyStoredFile(
	storageKey: string,
	destination: string,
): Promise<{ sha256: string; byteSize: number } | { problem: string }> {
	if (!STORAGE_KEY.test(storageKey)) return { problem: 'not a storage key' }
	const source = pathForKey(storageKey)
	await fsp.mkdir(path.dirname(destination), { recursive: true })
	for (let attempt = 0; ; attempt++) {
		try {
			// A copy-on-write clone where the file system offers one, else a copy.
			await fsp.copyFile(source, destination, fs.constants.COPYFILE_FICLONE)
			break
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= MISSING_RETRIES)
				return { problem: `not in the store (${(error as Error).message})` }
			await new Promise((resolve) => setTimeout(resolve, MISSING_RETRY_MS))
		}
	}
	// What the backup holds is checked, not what the store held a moment before.
	const sha256 = await sha256OfFile(destination)
	if (sha256 !== path.basename(storageKey)) {
		await fsp.rm(destination, { force: true })
		return { problem: `damaged in the store (its bytes hash to ${sha256})` }
	}
	return { sha256, byteSize: (await fsp.stat(destination)).size }
}

/** Reads and checks a backup's manifest and every file it lists; throws with every problem found. */
export async function verifyBackup(source: string) {
	let manifest: BackupManifest
	try {
		manifest = ManifestSchema.parse(
			JSON.parse(await fsp.readFile(path.join(source, MANIFEST), 'utf8')),
		)
	} catch (error) {
		throw new BackupProblem(
			`${source} is not a finished backup: its ${MANIFEST} is missing or not one this version wrote`,
			[error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message],
		)
	}
	const problems: string[] = []
	const check = async (file: string, label: string, sha256: string, byteSize: number) => {
		const stat = await fsp.stat(file).catch(() => null)
		if (!stat?.isFile()) return problems.push(`${label}: missing from the backup`)
		if (stat.size !== byteSize)
			return problems.push(`${label}: ${stat.size} bytes, the manifest says ${byteSize}`)
		if ((await sha256OfFile(file)) !== sha256)
			problems.push(`${label}: its sha256 is not the manifest's (altered or damaged)`)
	}
	await check(
		path.join(source, DATABASE),
		DATABASE,
		manifest.database.sha256,
		manifest.database.byteSize,
	)
	for (const file of manifest.files) {
		if (file.sha256 !== path.basename(file.storageKey))
			problems.push(`${file.storageKey}: the manifest gives it another sha256 than its name`)
		else
			await check(
				path.join(source, FILES, file.storageKey),
				file.storageKey,
				file.sha256,
				file.byteSize,
			)
	}
	if (!problems.length) {
		// Every file the database references is accounted for.
		const listed = new Set([...manifest.files, ...manifest.missing].map((f) => f.storageKey))
		const snapshot = openSqlite(path.join(source, DATABASE), {
			readonly: true,
			fileMustExist: true,
		})
		try {
			const check = snapshot.pragma('integrity_check', { simple: true })
			if (check !== 'ok') problems.push(`${DATABASE}: damaged (${String(check)})`)
			else
				for (const key of snapshot
					.prepare(referencedStorageKeysSql(storageKeyTables(snapshot)))
					.pluck()
					.iterate() as Iterable<string>)
					if (!listed.has(key))
						problems.push(`${key}: referenced by the database, not in the manifest`)
		} catch (error) {
			problems.push(
				`${DATABASE}: not a database this version can read (${(error as Error).message})`,
			)
		} finally {
			snapshot.close()
		}
	}
	if (problems.length)
		throw new BackupProblem(`${source} does not match its manifest; nothing was restored`, problems)
	return manifest
}

/**
 * Restores a backup: verifies it whole first (nothing is touched if any
 * file differs from the manifest), then puts its files into the store and
 * its database in place of `databasePath`. A database that is there
 * already is replaced only with `force`, and never while a process has it
 * open or uses the file store (a running app, a backup): that is refused.
 */
export async function restoreBackup(options: {
	source: string
	databasePath: string
	force?: boolean
	log?: (line: string) => void
}) {
	const { source, databasePath } = options
	const log = options.log ?? (() => {})
	const manifest = await verifyBackup(source)
	log(`backup verified: the database and ${manifest.files.length} files match the manifest`)

	const running = await otherRunningProcesses()
	if (running.length)
		throw new BackupProblem(
			`the file store ${storageRoot()} is in use: stop these processes (host_pid_id), then restore`,
			running,
		)
	const exists = ['', '-wal'].some((suffix) => fs.existsSync(databasePath + suffix))
	if (exists) {
		if (!options.force)
			throw new BackupProblem(
				`${databasePath} holds data: stop the app, then restore with --force to replace it`,
			)
		refuseIfInUse(databasePath)
	}

	for (const file of manifest.files) {
		if (await storedFileIsWhole(file.storageKey)) continue
		const temp = await newTempPath('.restore')
		await fsp.copyFile(path.join(source, FILES, file.storageKey), temp)
		await storeTempFile(temp, file.sha256)
	}
	log(`${manifest.files.length} files in the store`)

	// The database goes in whole or not at all: a copy beside it, checked,
	// then renamed over it, with the old database's journal files removed
	// first (SQLite would apply an old -wal to the new file).
	const incoming = `${databasePath}.restoring`
	await fsp.mkdir(path.dirname(databasePath), { recursive: true })
	await fsp.copyFile(path.join(source, DATABASE), incoming)
	await syncFile(incoming)
	for (const suffix of ['-wal', '-shm', '-journal'])
		await fsp.rm(databasePath + suffix, { force: true })
	// The search's saved files describe the old database: read again from the new one.
	for (const file of searchFilesOf(databasePath)) await fsp.rm(file, { force: true })
	await fsp.rename(incoming, databasePath)
	await syncFile(path.dirname(databasePath))

	const restored = openSqlite(databasePath, { fileMustExist: true })
	try {
		const check = restored.pragma('integrity_check', { simple: true })
		if (check !== 'ok')
			throw new BackupProblem(`the restored database failed its integrity check: ${String(check)}`)
		const absent = (
			restored
				.prepare(referencedStorageKeysSql(storageKeyTables(restored)))
				.pluck()
				.all() as string[]
		).filter((key) => !fs.existsSync(pathForKey(key)))
		log(`database restored; integrity check: ok`)
		return { manifest, absent }
	} finally {
		restored.close()
	}
}

/**
 * Another process with the database open (the app, a script) makes
 * leaving WAL mode fail: only the last connection may. The app always runs
 * in WAL mode, so a database it has open cannot be switched, and is refused.
 */
function refuseIfInUse(databasePath: string) {
	const probe = openSqlite(databasePath, { fileMustExist: true })
	try {
		probe.pragma('journal_mode = DELETE')
	} catch (error) {
		if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY'))
			throw new BackupProblem(
				`${databasePath} is in use (the app or a script has it open): stop it, then restore`,
			)
		throw error
	} finally {
		probe.close()
	}
}

async function storedFileIsWhole(storageKey: string) {
	const file = pathForKey(storageKey)
	return fs.existsSync(file) && (await sha256OfFile(file)) === path.basename(storageKey)
}

function storageKeyTables(sqlite: Database.Database) {
	return sqlite.prepare(STORAGE_KEY_TABLES_SQL).pluck().all() as string[]
}

/** Flushes a file or folder to disk (a folder: the names in it). */
async function syncFile(file: string) {
	const handle = await fsp.open(file, 'r')
	try {
		await handle.sync()
	} catch {
		// Some file systems cannot flush a folder.
	} finally {
		await handle.close()
	}
}
