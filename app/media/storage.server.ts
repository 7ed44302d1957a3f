import { createHash, randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { getEnv } from '#app/utils/env.server.ts'

export interface StoredFile {
	sha256: string
	storageKey: string
	byteSize: number
}

export function storageRoot() {
	return path.resolve(process.cwd(), getEnv().FILE_STORAGE_DIR)
}

/** Content-addressed key: `ab/cd/abcdef…`, so no folder holds too many files. */
export function storageKeyFor(sha256: string) {
	return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`
}

export function pathForKey(storageKey: string) {
	if (!/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(storageKey)) {
		throw new Error('Invalid storage key')
	}
	return path.join(storageRoot(), storageKey)
}

/**
 * Stores bytes under their sha256, through the same temporary-file path as
 * uploads (flushed, renamed, directory flushed), so a crash never leaves a
 * partial file under a real key; identical content is stored once.
 */
export async function storeBytes(bytes: Uint8Array): Promise<StoredFile> {
	const sha256 = createHash('sha256').update(bytes).digest('hex')
	await leaseStoredFile(sha256)
	const finalPath = pathForKey(storageKeyFor(sha256))
	if (fs.existsSync(finalPath))
		return { sha256, storageKey: storageKeyFor(sha256), byteSize: bytes.byteLength }
	const tempPath = await newTempPath('.bytes')
	await fsp.writeFile(tempPath, bytes, { flag: 'wx' })
	return moveIntoStore(tempPath, sha256)
}

export function openStoredFile(storageKey: string) {
	return fs.createReadStream(pathForKey(storageKey))
}

export function storedFileExists(storageKey: string) {
	return fs.existsSync(pathForKey(storageKey))
}

// ------------------------------------------------------------------ processes

/**
 * Every process that writes the store (servers, start-up, scripts; several
 * may share one store) has a name, `<host>_<pid>_<random>`, and two folders:
 *
 * - `tmp/<name>/`: its temporary files (uploads, derivatives);
 * - `leases/<name>/`: a lease per stored file it is about to reference (an
 *   empty file named by the sha256, taken before the file is moved in or
 *   found there, released once the row that references it has committed or
 *   failed), and `hold` while a backup copies the store. Its time is
 *   touched every HEARTBEAT_MS.
 *
 * The sweeper removes another process's folders only once that process is
 * gone: on the same host, its pid no longer runs (or is this process's own,
 * so it belonged to one before it); anywhere, its heartbeat stopped more
 * than OWNER_STALE_MS ago (a pid reused by another program, another host).
 * Processes on one host sharing a store are assumed to see each other's
 * pids, as they do outside containers or within one.
 */
const HEARTBEAT_MS = 60_000
const OWNER_STALE_MS = 10 * 60_000
/** A lease never released (a bug, an exception missed) expires after this: far longer than storing and committing take. */
const LEASE_MS = 60 * 60_000
const OWNER_NAME = /^(.+)_(\d+)_([0-9a-f]{8})$/
const HOLD = 'hold'
/** A stored file moved aside by the sweeper while it checks its leases and rows one last time. */
const PARKED = '.sweeping'

interface Owner {
	name: string
	host: string
	/** Folders of this process, removed when it exits. */
	folders: Set<string>
	/** Store roots whose folders exist, by the promise that made them. */
	ready: Map<string, Promise<void>>
	/** Leases held, by lease file: two uploads of the same bytes share one. */
	leases: Map<string, number>
	sweeping: boolean
}

// One name per process, on globalThis: development reloads and test files
// evaluate this module again in the same process.
const globalForStorage = globalThis as unknown as { __storageOwner?: Owner }
const owner: Owner = (globalForStorage.__storageOwner ??= createOwner())

function createOwner(): Owner {
	const host = os.hostname().replace(/[^A-Za-z0-9.-]/g, '-') || 'host'
	const created: Owner = {
		name: `${host}_${process.pid}_${randomBytes(4).toString('hex')}`,
		host,
		folders: new Set(),
		ready: new Map(),
		leases: new Map(),
		sweeping: false,
	}
	// A clean exit takes its temporary files and leases with it; a crash
	// leaves them to the next sweep.
	process.once('exit', () => {
		for (const folder of created.folders) fs.rmSync(folder, { recursive: true, force: true })
	})
	return created
}

/**
 * Uploads and derivatives are written here first: this process's own
 * folder, on the same file system as the store, so moving a file in is an
 * atomic rename. Nothing here is referenced by the database.
 */
export function tempRoot() {
	return path.join(storageRoot(), 'tmp', owner.name)
}

function leaseRoot() {
	return path.join(storageRoot(), 'leases', owner.name)
}

/** Creates this process's folders in the current store once, and starts its heartbeat. */
function ensureOwnFolders() {
	const root = storageRoot()
	let ready = owner.ready.get(root)
	if (!ready) {
		const temp = tempRoot()
		const leases = leaseRoot()
		ready = (async () => {
			await fsp.mkdir(leases, { recursive: true })
			await fsp.mkdir(temp, { recursive: true })
			owner.folders.add(temp).add(leases)
			const heartbeat = setInterval(() => {
				const now = new Date()
				fsp.utimes(leases, now, now).catch(() => {
					// Removed (the store itself, or by a sweeper that took this
					// process for gone): made again on next use, not here.
					clearInterval(heartbeat)
					owner.ready.delete(root)
				})
			}, HEARTBEAT_MS)
			heartbeat.unref()
		})()
		ready.catch(() => owner.ready.delete(root))
		owner.ready.set(root, ready)
	}
	return ready
}

export async function newTempPath(suffix = '') {
	await ensureOwnFolders()
	return path.join(tempRoot(), `${randomUUID()}${suffix}`)
}

/**
 * Leases a stored file before it is moved in (or found there): until it is
 * released, no sweeper removes the file, though no row references it yet.
 */
async function leaseStoredFile(sha256: string) {
	await ensureOwnFolders()
	const file = path.join(leaseRoot(), sha256)
	owner.leases.set(file, (owner.leases.get(file) ?? 0) + 1)
	await fsp.writeFile(file, '')
}

/**
 * Releases the leases storeTempFile and storeBytes took, once the rows that
 * reference the files have committed (or will not): from then on the rows
 * keep them, or nothing does and the sweeper may remove them.
 */
export async function releaseStoredFiles(files: readonly StoredFile[]) {
	for (const { sha256 } of files) {
		const file = path.join(leaseRoot(), sha256)
		const held = (owner.leases.get(file) ?? 0) - 1
		if (held > 0) {
			owner.leases.set(file, held)
			continue
		}
		owner.leases.delete(file)
		await fsp.rm(file, { force: true })
	}
}

/** Makes this process known in the store now (a server, so that a restore sees it runs). */
export async function registerStorageProcess() {
	await ensureOwnFolders()
}

/**
 * Other processes that use the store and still run (a server, a backup), by
 * name: what a restore must not write under.
 */
export async function otherRunningProcesses() {
	const root = storageRoot()
	const names = new Set([
		...(await list(path.join(root, 'tmp'))),
		...(await list(path.join(root, 'leases'))),
	])
	const running: string[] = []
	for (const name of names)
		if (name !== owner.name && OWNER_NAME.test(name) && (await isRunning(root, name, Date.now())))
			running.push(name)
	return running
}

/**
 * Stops every sweeper from removing stored files until `release` is called
 * (or this process ends): a backup copies the files its database snapshot
 * references, some of which may be unreferenced by then.
 */
export async function holdStoredFiles() {
	await ensureOwnFolders()
	const file = path.join(leaseRoot(), HOLD)
	await fsp.writeFile(file, '')
	return () => fsp.rm(file, { force: true })
}

export async function sha256OfFile(filePath: string) {
	const hash = createHash('sha256')
	for await (const chunk of fs.createReadStream(filePath)) hash.update(chunk as Buffer)
	return hash.digest('hex')
}

/**
 * Moves a finished temporary file into the store under its sha256: flushed
 * to disk first, then renamed, so a crash leaves either no file or the whole
 * file under its key, never a partial one. Identical content is kept once.
 */
export async function storeTempFile(tempPath: string, knownSha256?: string): Promise<StoredFile> {
	const sha256 = knownSha256 ?? (await sha256OfFile(tempPath))
	await leaseStoredFile(sha256)
	return moveIntoStore(tempPath, sha256)
}

async function moveIntoStore(tempPath: string, sha256: string): Promise<StoredFile> {
	const storageKey = storageKeyFor(sha256)
	const finalPath = pathForKey(storageKey)
	const { size } = await fsp.stat(tempPath)
	if (fs.existsSync(finalPath)) {
		await fsp.rm(tempPath, { force: true })
	} else {
		const handle = await fsp.open(tempPath, 'r+')
		try {
			await handle.sync()
		} finally {
			await handle.close()
		}
		await fsp.mkdir(path.dirname(finalPath), { recursive: true })
		await fsp.rename(tempPath, finalPath)
		// The rename itself reaches the disk only when its directory is flushed.
		await syncDirectory(path.dirname(finalPath))
	}
	return { sha256, storageKey, byteSize: size }
}

async function syncDirectory(dir: string) {
	const handle = await fsp.open(dir, 'r').catch(() => null)
	if (!handle) return
	try {
		await handle.sync()
	} catch {
		// Some file systems cannot flush a directory; the rename is still atomic.
	} finally {
		await handle.close()
	}
}

// ------------------------------------------------------------------ sweeping

/**
 * Removes what nothing can use any more, and returns how much:
 * - the temporary files and leases of processes that are gone (an upload
 *   cut by a crash), whatever their age;
 * - this process's own temporary files older than `tempAgeMs` (an upload
 *   in progress writes to its file, so it is younger) and its expired leases;
 * - stored files that no row references (`inUse` answers for a folder's
 *   keys) and no running process has leased: unless a backup holds them.
 *
 * A stored file is moved aside before it is deleted, then its leases and
 * rows are read again, and it is put back if either now claims it. A
 * process leases a file before it moves it in or finds it there, and
 * releases it only after its row committed: so either it found the file
 * gone and stored its own copy, or the second look sees its lease or its
 * row.
 */
export async function sweepStorage(
	inUse: (storageKeys: string[]) => Promise<Set<string>>,
	options: { tempAgeMs?: number; now?: number } = {},
) {
	const removed = { files: 0, temp: 0 }
	if (owner.sweeping) return removed
	owner.sweeping = true
	try {
		const now = options.now ?? Date.now()
		const tempAgeMs = options.tempAgeMs ?? 60 * 60 * 1000
		const root = storageRoot()
		await ensureOwnFolders()
		const tmp = path.join(root, 'tmp')
		const leases = path.join(root, 'leases')
		const names = new Set([...(await list(tmp)), ...(await list(leases))])
		for (const name of names) {
			if (name === owner.name) {
				removed.temp += await removeOlder(tempRoot(), now - tempAgeMs, (n) => !n.endsWith(PARKED))
				await removeOlder(leaseRoot(), now - LEASE_MS, (n) => n !== HOLD)
			} else if (OWNER_NAME.test(name)) {
				if (!(await isRunning(root, name, now)))
					removed.temp += await removeOwnerFolders(root, name)
			} else if (!(await fsp.stat(path.join(leases, name)).catch(() => null))) {
				// Loose in tmp/ (left by a version that kept every process's files together).
				removed.temp += await removeOlder(tmp, now - tempAgeMs, (n) => n === name)
			}
		}
		if (await isClaimed(root, null)) return removed
		for (const a of await list(root)) {
			if (!/^[0-9a-f]{2}$/.test(a)) continue
			for (const b of await list(path.join(root, a))) {
				if (!/^[0-9a-f]{2}$/.test(b)) continue
				const keys = (await list(path.join(root, a, b))).map((name) => `${a}/${b}/${name}`)
				if (!keys.length) continue
				const used = await inUse(keys)
				for (const key of keys) {
					// Names that are no key (an older version's partial files) are garbage too.
					if (!used.has(key) && (await removeUnclaimed(root, key, inUse))) removed.files++
				}
			}
		}
		return removed
	} finally {
		owner.sweeping = false
	}
}

async function list(dir: string) {
	return fsp.readdir(dir).catch(() => [] as string[])
}

/** Removes the entries of `dir` last modified before `before` that `which` accepts; returns how many. */
async function removeOlder(dir: string, before: number, which: (name: string) => boolean) {
	let count = 0
	for (const name of await list(dir)) {
		if (!which(name)) continue
		const file = path.join(dir, name)
		const stat = await fsp.stat(file).catch(() => null)
		if (stat && stat.mtimeMs < before) {
			await fsp.rm(file, { force: true, recursive: true })
			count++
		}
	}
	return count
}

async function isRunning(root: string, name: string, now: number) {
	const [, host, pidText] = OWNER_NAME.exec(name)!
	const pid = Number(pidText)
	if (host === owner.host) {
		// Our pid under another name: a process before this one had it.
		if (pid === process.pid) return false
		if (!pidRuns(pid)) return false
	}
	const beats = await Promise.all(
		['leases', 'tmp'].map((folder) => fsp.stat(path.join(root, folder, name)).catch(() => null)),
	)
	const lastBeat = Math.max(0, ...beats.map((stat) => stat?.mtimeMs ?? 0))
	return now - lastBeat < OWNER_STALE_MS
}

function pidRuns(pid: number) {
	try {
		process.kill(pid, 0)
	} catch (error) {
		// EPERM: it runs, as another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM'
	}
	// A killed process stays in the table until its parent collects it (a
	// supervisor busy starting its replacement): on Linux, say so by its state.
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
		// "pid (name) state ...": the name may hold anything, so from its last parenthesis.
		const state = stat.charAt(stat.lastIndexOf(')') + 2)
		return state !== 'Z' && state !== 'X'
	} catch {
		return true
	}
}

/** Removes a gone process's folders; returns how many temporary files it left. */
async function removeOwnerFolders(root: string, name: string) {
	const temp = path.join(root, 'tmp', name)
	const entries = await list(temp)
	// A sweep that died between moving a file aside and deciding: put it
	// back, and let this sweep decide again.
	for (const entry of entries.filter((e) => e.endsWith(PARKED))) {
		const sha256 = entry.slice(0, -PARKED.length)
		const key = storageKeyFor(sha256)
		if (/^[0-9a-f]{64}$/.test(sha256) && !fs.existsSync(path.join(root, key)))
			await fsp.rename(path.join(temp, entry), path.join(root, key)).catch(() => {})
	}
	await fsp.rm(temp, { recursive: true, force: true })
	await fsp.rm(path.join(root, 'leases', name), { recursive: true, force: true })
	return entries.filter((e) => !e.endsWith(PARKED)).length
}

/** Whether any process has leased `sha256` (or, with null, any file), or holds them all. */
async function isClaimed(root: string, sha256: string | null) {
	const leases = path.join(root, 'leases')
	for (const name of await list(leases)) {
		for (const file of sha256 ? [HOLD, sha256] : [HOLD]) {
			if (await fsp.stat(path.join(leases, name, file)).catch(() => null)) return true
		}
	}
	return false
}

async function removeUnclaimed(
	root: string,
	key: string,
	inUse: (storageKeys: string[]) => Promise<Set<string>>,
) {
	const file = path.join(root, key)
	const name = path.basename(key)
	const parked = path.join(tempRoot(), `${name}${PARKED}`)
	try {
		await fsp.rename(file, parked)
	} catch {
		return false
	}
	// Leases first: a lease is released only after its row committed.
	if ((await isClaimed(root, name)) || (await inUse([key])).has(key)) {
		await fsp.rename(parked, file)
		return false
	}
	await fsp.rm(parked, { force: true })
	return true
}

/**
 * Takes back files a failed write stored (a refused import): their leases
 * are released, and each is removed as the sweeper would remove it, unless
 * another write has leased it or a row references it meanwhile.
 */
export async function discardStoredFiles(
	files: readonly StoredFile[],
	inUse: (storageKeys: string[]) => Promise<Set<string>>,
) {
	await releaseStoredFiles(files)
	const root = storageRoot()
	for (const file of files) await removeUnclaimed(root, file.storageKey, inUse)
}
