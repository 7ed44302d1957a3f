import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
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
	const finalPath = pathForKey(storageKeyFor(sha256))
	if (fs.existsSync(finalPath))
		return { sha256, storageKey: storageKeyFor(sha256), byteSize: bytes.byteLength }
	const tempPath = await newTempPath('.bytes')
	await fsp.writeFile(tempPath, bytes, { flag: 'wx' })
	return storeTempFile(tempPath, sha256)
}

export function openStoredFile(storageKey: string) {
	return fs.createReadStream(pathForKey(storageKey))
}

export function storedFileExists(storageKey: string) {
	return fs.existsSync(pathForKey(storageKey))
}

/**
 * Uploads and derivatives are written here first: on the same file system as
 * the store, so moving one in is an atomic rename. Nothing here is referenced
 * by the database; the sweeper empties it.
 */
export function tempRoot() {
	return path.join(storageRoot(), 'tmp')
}

export async function newTempPath(suffix = '') {
	await fsp.mkdir(tempRoot(), { recursive: true })
	return path.join(tempRoot(), `${randomUUID()}${suffix}`)
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

/**
 * Removes stored files that no database row references, and temporary files
 * older than `tempAgeMs` (an upload still in progress is younger). Returns
 * what it removed. Run at start-up and by `npm run files:sweep`.
 */
export async function sweepStorage(
	referenced: Set<string>,
	options: { tempAgeMs?: number; now?: number } = {},
) {
	const now = options.now ?? Date.now()
	const tempAgeMs = options.tempAgeMs ?? 60 * 60 * 1000
	const removed = { files: 0, temp: 0 }
	const root = storageRoot()
	const temp = await fsp.readdir(tempRoot()).catch(() => [] as string[])
	for (const name of temp) {
		const file = path.join(tempRoot(), name)
		const stat = await fsp.stat(file).catch(() => null)
		if (stat && now - stat.mtimeMs >= tempAgeMs) {
			await fsp.rm(file, { force: true, recursive: true })
			removed.temp++
		}
	}
	for (const a of await fsp.readdir(root).catch(() => [] as string[])) {
		if (!/^[0-9a-f]{2}$/.test(a)) continue
		for (const b of await fsp.readdir(path.join(root, a)).catch(() => [] as string[])) {
			if (!/^[0-9a-f]{2}$/.test(b)) continue
			for (const name of await fsp.readdir(path.join(root, a, b)).catch(() => [] as string[])) {
				const key = `${a}/${b}/${name}`
				// Leftover '.tmp' files of an interrupted storeBytes are garbage too.
				if (referenced.has(key)) continue
				const stat = await fsp.stat(path.join(root, key)).catch(() => null)
				if (!stat || now - stat.mtimeMs < tempAgeMs) continue
				await fsp.rm(path.join(root, key), { force: true })
				removed.files++
			}
		}
	}
	return removed
}
