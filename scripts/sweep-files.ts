// Removes stored files that no database row references (left by an upload
// interrupted between storing its files and committing its rows) unless a
// running process has just stored them, and temporary files of processes
// that no longer run. Also run at every start, and every 15 minutes by the
// server.
import { sweepUnusedFiles } from '../app/models/asset.server.ts'

const removed = await sweepUnusedFiles()
console.log(
	`files: ${removed.files} unreferenced stored files and ${removed.temp} temporary files removed`,
)
const { db } = await import('../app/utils/db.server.ts')
await db.$disconnect()
