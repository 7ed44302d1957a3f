import { spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import {
	holdStoredFiles,
	newTempPath,
	pathForKey,
	storageKeyFor,
	storageRoot,
	storeBytes,
	sweepStorage,
	tempRoot,
} from '#app/media/storage.server.ts'
import { attachFile } from '#app/models/material/files.server.ts'
import { storageKeysInUse, sweepUnusedFiles } from '#app/models/asset.server.ts'
import { db } from '#app/utils/db.server.ts'
import { attachPng, createMaterial } from '#tests/factories.ts'

/**
 * What the sweeper may remove: what a crashed process left (its temporary
 * files, stored files no row references), never what a running process is
 * using or about to reference, nor what a backup is copying.
 */

const host = os.hostname().replace(/[^A-Za-z0-9.-]/g, '-') || 'host'

/** A pid that ran and ended: a crashed process's. */
function deadPid() {
	return spawnSync('true').pid!
}

/** Another process's folders in the store, as it leaves them: temporary files and leases. */
function otherProcess(pid: number, options: { host?: string; heartbeatAgoMs?: number } = {}) {
	const name = `${options.host ?? host}_${pid}_${randomBytes(4).toString('hex')}`
	const temp = path.join(storageRoot(), 'tmp', name)
	const leases = path.join(storageRoot(), 'leases', name)
	fs.mkdirSync(temp, { recursive: true })
	fs.mkdirSync(leases, { recursive: true })
	const beat = () => {
		const at = new Date(Date.now() - (options.heartbeatAgoMs ?? 0))
		fs.utimesSync(temp, at, at)
		fs.utimesSync(leases, at, at)
	}
	return {
		temp,
		leases,
		/** A half-received upload. */
		writeTemp(file = 'x.upload') {
			fs.writeFileSync(path.join(temp, file), 'half an upload')
			beat()
			return path.join(temp, file)
		},
		/** A file moved into the store whose row is not committed (yet, or ever). */
		store(bytes: Buffer, { lease = true } = {}) {
			const sha256 = createHash('sha256').update(bytes).digest('hex')
			const file = pathForKey(storageKeyFor(sha256))
			fs.mkdirSync(path.dirname(file), { recursive: true })
			fs.writeFileSync(file, bytes)
			if (lease) fs.writeFileSync(path.join(leases, sha256), '')
			beat()
			return file
		},
		lease(sha256: string) {
			fs.writeFileSync(path.join(leases, sha256), '')
		},
		hold() {
			fs.writeFileSync(path.join(leases, 'hold'), '')
		},
	}
}

const unique = (label: string) => Buffer.from(`${label} ${randomBytes(8).toString('hex')}`)

describe('the sweeper', () => {
	test('removes what a crashed process left, whatever its age; keeps referenced files', async () => {
		const m = await createMaterial()
		const { file } = await attachPng(m.versions[0]!.id)
		const kept = pathForKey(
			(await db.asset.findUniqueOrThrow({ where: { id: file.assetId } })).storageKey,
		)
		const crashed = otherProcess(deadPid())
		const halfUpload = crashed.writeTemp()
		const orphan = crashed.store(unique('stored, row never committed'))
		// A process before this one that had this very pid (a restarted container).
		const samePid = otherProcess(process.pid)
		const samePidTemp = samePid.writeTemp()

		const removed = await sweepUnusedFiles()
		expect(fs.existsSync(halfUpload)).toBe(false)
		expect(fs.existsSync(samePidTemp)).toBe(false)
		expect(fs.existsSync(crashed.temp)).toBe(false)
		expect(fs.existsSync(crashed.leases)).toBe(false)
		expect(fs.existsSync(orphan)).toBe(false)
		expect(fs.existsSync(kept)).toBe(true)
		expect(removed).toMatchObject({ files: 1, temp: 2 })
	})

	test('keeps what a running process is using or has just stored', async () => {
		// The parent of this test process runs; its heartbeat is fresh.
		const running = otherProcess(process.ppid)
		const inProgress = running.writeTemp()
		const justStored = running.store(unique('stored, row about to commit'))
		// On another host: alive as long as its heartbeat is.
		const elsewhere = otherProcess(4242, { host: 'other-host' })
		const elsewhereTemp = elsewhere.writeTemp()
		const elsewhereStored = elsewhere.store(unique('stored on another host'))
		// This process: what it stored is leased; its fresh temporary file is an upload in progress.
		const mine = await storeBytes(unique('stored by this process'))
		const myTemp = await newTempPath('.upload')
		fs.writeFileSync(myTemp, 'arriving')

		await sweepUnusedFiles()
		for (const file of [inProgress, justStored, elsewhereTemp, elsewhereStored, myTemp])
			expect(fs.existsSync(file), file).toBe(true)
		expect(fs.existsSync(pathForKey(mine.storageKey))).toBe(true)
	})

	test('a process whose heartbeat stopped is gone, even if its pid now runs something else', async () => {
		const stale = otherProcess(process.ppid, { heartbeatAgoMs: 60 * 60_000 })
		const left = stale.writeTemp()
		const staleElsewhere = otherProcess(4242, { host: 'other-host', heartbeatAgoMs: 60 * 60_000 })
		const leftElsewhere = staleElsewhere.writeTemp()
		// writeTemp beat the heart; age it again.
		const hourAgo = new Date(Date.now() - 60 * 60_000)
		for (const dir of [stale.temp, stale.leases, staleElsewhere.temp, staleElsewhere.leases])
			fs.utimesSync(dir, hourAgo, hourAgo)
		await sweepUnusedFiles()
		expect(fs.existsSync(left)).toBe(false)
		expect(fs.existsSync(leftElsewhere)).toBe(false)
	})

	test('this process’s own temporary files go once older than the age given', async () => {
		const old = await newTempPath('.upload')
		fs.writeFileSync(old, 'abandoned')
		const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000)
		fs.utimesSync(old, twoHoursAgo, twoHoursAgo)
		const fresh = await newTempPath('.upload')
		fs.writeFileSync(fresh, 'arriving')
		await sweepUnusedFiles()
		expect(fs.existsSync(old)).toBe(false)
		expect(fs.existsSync(fresh)).toBe(true)
		expect(path.dirname(fresh)).toBe(tempRoot())
	})

	test('once its row has committed, a file is kept by its row alone', async () => {
		// The lease taken while storing ends with the commit: when the row
		// goes, the next sweep removes the file, not an hour later.
		const m = await createMaterial()
		const { file } = await attachPng(m.versions[0]!.id)
		const stored = pathForKey(
			(await db.asset.findUniqueOrThrow({ where: { id: file.assetId } })).storageKey,
		)
		await sweepUnusedFiles()
		expect(fs.existsSync(stored)).toBe(true)
		await db.versionFile.delete({ where: { id: file.id } })
		await db.asset.delete({ where: { id: file.assetId } })
		await sweepUnusedFiles()
		expect(fs.existsSync(stored)).toBe(false)
	})

	test('a file referenced from any table with a storageKey column is kept', async () => {
		// A kind of stored file added later (its own table) is in use without
		// the sweeper having been told about it.
		await db.$executeRawUnsafe(
			'CREATE TABLE "LaterKind" ("id" TEXT PRIMARY KEY, "storageKey" TEXT)',
		)
		const file = otherProcess(deadPid()).store(unique('a later kind of file'), { lease: false })
		const key = path.relative(storageRoot(), file)
		await db.$executeRawUnsafe('INSERT INTO "LaterKind" VALUES (?, ?)', 'x', key)
		await sweepUnusedFiles()
		expect(fs.existsSync(file)).toBe(true)
		await db.$executeRawUnsafe('DROP TABLE "LaterKind"')
		await sweepUnusedFiles()
		expect(fs.existsSync(file)).toBe(false)
	})

	test('a file leased after the sweeper found it unreferenced is kept', async () => {
		// The race: the sweeper asks the database, then another process
		// leases the file (it found it in the store and will commit a row
		// pointing at it), then the sweeper would delete it.
		const other = otherProcess(process.ppid)
		const orphan = otherProcess(deadPid()).store(unique('reused by an upload'), { lease: false })
		const sha256 = path.basename(orphan)
		const removed = await sweepStorage(async (keys) => {
			const used = await storageKeysInUse(keys)
			if (keys.some((k) => k.endsWith(sha256))) other.lease(sha256)
			return used
		})
		expect(fs.existsSync(orphan)).toBe(true)
		expect(removed.files).toBe(0)
		// Once the lease is gone (the process ended), the next sweep removes it.
		fs.rmSync(path.join(other.leases, sha256))
		await sweepUnusedFiles()
		expect(fs.existsSync(orphan)).toBe(false)
	})

	test('while a backup holds the store, no stored file is removed', async () => {
		const orphan = otherProcess(deadPid()).store(unique('copied by a backup'), { lease: false })
		const release = await holdStoredFiles()
		await sweepUnusedFiles()
		expect(fs.existsSync(orphan)).toBe(true)
		await release()
		await sweepUnusedFiles()
		expect(fs.existsSync(orphan)).toBe(false)
		// Another running process's hold counts the same.
		const backup = otherProcess(process.ppid)
		backup.hold()
		const another = otherProcess(deadPid()).store(unique('held elsewhere'), { lease: false })
		await sweepUnusedFiles()
		expect(fs.existsSync(another)).toBe(true)
	})

	test('a file a crashed sweep had moved aside is put back, then judged again', async () => {
		const bytes = unique('moved aside by a sweep that died')
		const sha256 = createHash('sha256').update(bytes).digest('hex')
		const deadSweeper = otherProcess(deadPid())
		fs.writeFileSync(path.join(deadSweeper.temp, `${sha256}.sweeping`), bytes)
		// A row references it (its upload committed meanwhile).
		const m = await createMaterial()
		await attachFile({
			versionId: m.versions[0]!.id,
			bytes,
			mediaType: 'text/plain',
			role: 'primary',
		})
		fs.rmSync(pathForKey(storageKeyFor(sha256)))
		await sweepUnusedFiles()
		expect(fs.readFileSync(pathForKey(storageKeyFor(sha256)))).toEqual(bytes)
	})
})
