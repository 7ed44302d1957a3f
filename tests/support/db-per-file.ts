import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll } from 'vitest'
import { TEMPLATE_DB, TEST_ROOT } from './paths.ts'

// Runs before each integration test file, before it imports the app: every
// file gets its own SQLite file and file store, so tests never see each
// other's data and can run in parallel.
const id = `${process.env.VITEST_POOL_ID ?? '0'}-${randomUUID().slice(0, 8)}`
const dbPath = path.join(TEST_ROOT, `test-${id}.db`)
const filesDir = path.join(TEST_ROOT, `files-${id}`)
fs.copyFileSync(TEMPLATE_DB, dbPath)
process.env.DATABASE_URL = `file:${dbPath}`
process.env.FILE_STORAGE_DIR = filesDir

afterAll(async () => {
	const { db } = await import('#app/utils/db.server.ts')
	await db.$disconnect()
	for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true })
	fs.rmSync(filesDir, { recursive: true, force: true })
})
