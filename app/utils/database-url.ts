import fs from 'node:fs'
import path from 'node:path'

export const DEFAULT_DATABASE_URL = 'file:./data/awareness-exchange.db'

/**
 * Turns DATABASE_URL (a `file:` URL relative to the project root, as Prisma
 * writes them) into the path better-sqlite3 opens, creating its folder so a
 * fresh checkout starts without a manual step.
 */
export function resolveDatabasePath(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
	const file = url.replace(/^file:/, '').replace(/\?.*$/, '')
	const absolute = path.isAbsolute(file) ? file : path.resolve(process.cwd(), file)
	fs.mkdirSync(path.dirname(absolute), { recursive: true })
	return absolute
}

export function resolveDatabaseUrl(url?: string) {
	return `file:${resolveDatabasePath(url)}`
}
