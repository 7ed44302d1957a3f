// Removes stored files that no database row references (left by an upload
// interrupted between storing its files and committing its rows) and
// temporary upload files older than an hour. Also run at every start.
import { sweepStorage } from '../app/media/storage.server.ts'
import { referencedStorageKeys } from '../app/models/asset.server.ts'

const removed = await sweepStorage(await referencedStorageKeys())
console.log(
	`files: ${removed.files} unreferenced stored files and ${removed.temp} temporary files removed`,
)
const { db } = await import('../app/utils/db.server.ts')
await db.$disconnect()
