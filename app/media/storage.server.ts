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
 * Stores bytes under their sha256. The file is written to a temporary name,
 * flushed and renamed, so a crash never leaves a partial file under a real
 * key; identical content is stored once.
 */
export async function storeBytes(bytes: Uint8Array): Promise<StoredFile> {
	const sha256 = createHash('sha256').update(bytes).digest('hex')
	const storageKey = storageKeyFor(sha256)
	const finalPath = pathForKey(storageKey)
	if (!fs.existsSync(finalPath)) {
		await fsp.mkdir(path.dirname(finalPath), { recursive: true })
		const tmpPath = `${finalPath}.${randomUUID()}.tmp`
		const handle = await fsp.open(tmpPath, 'wx')
		try {
			await handle.writeFile(bytes)
			await handle.sync()
		} finally {
			await handle.close()
		}
		await fsp.rename(tmpPath, finalPath)
	}
	return { sha256, storageKey, byteSize: bytes.byteLength }
}

export function openStoredFile(storageKey: string) {
	return fs.createReadStream(pathForKey(storageKey))
}

export function storedFileExists(storageKey: string) {
	return fs.existsSync(pathForKey(storageKey))
}
