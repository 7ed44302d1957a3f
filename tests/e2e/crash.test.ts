import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import Database from 'better-sqlite3'
import sharp from 'sharp'
import { afterAll, describe, expect, inject, test } from 'vitest'
import { DEMO_PASSWORD, DEMO_USERS } from '#prisma/demo/accounts.ts'
import { PROJECT_ROOT } from '#tests/support/paths.ts'

/**
 * The server is killed (SIGKILL: no shutdown code runs) while 20 uploads are
 * in flight, then started again. No row may point at a missing or partial
 * file, no partial file may be served, the database must be intact, and
 * every upload that was confirmed before the kill must be there. What the
 * killed uploads left (temporary files, stored files whose rows never
 * committed) is gone once the restart has swept the store.
 */

const dataDir = inject('dataDir')
const crashDir = path.join(dataDir, 'crash')
const dbFile = path.join(crashDir, 'crash.db')
const filesDir = path.join(crashDir, 'files')
let server: ChildProcess | undefined
let output = ''

async function freePort() {
	return new Promise<number>((resolve) => {
		const probe = net.createServer().listen(0, '127.0.0.1', () => {
			const port = (probe.address() as net.AddressInfo).port
			probe.close(() => resolve(port))
		})
	})
}

const env = (): NodeJS.ProcessEnv => ({
	...process.env,
	NODE_ENV: 'production',
	DATABASE_URL: `file:${dbFile}`,
	FILE_STORAGE_DIR: filesDir,
	SEED_DEMO: 'false',
})

async function start() {
	execFileSync('npx', ['tsx', 'scripts/prepare-db.ts'], {
		cwd: PROJECT_ROOT,
		env: env(),
		stdio: 'ignore',
	})
	const port = await freePort()
	const child = spawn('node', ['server.js'], {
		cwd: PROJECT_ROOT,
		env: { ...env(), PORT: String(port) },
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	server = child
	child.stdout?.on('data', (c: Buffer) => (output += c))
	child.stderr?.on('data', (c: Buffer) => (output += c))
	const url = `http://127.0.0.1:${port}`
	const deadline = Date.now() + 60_000
	for (;;) {
		try {
			if ((await fetch(`${url}/healthz`)).ok) return url
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null || Date.now() > deadline)
			throw new Error(`server did not start:\n${output}`)
		await new Promise((r) => setTimeout(r, 200))
	}
}

afterAll(() => {
	server?.kill('SIGKILL')
})

/** Every temporary file under the store, whichever process wrote it. */
function tempFiles(dir = path.join(filesDir, 'tmp')): string[] {
	if (!fs.existsSync(dir)) return []
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) =>
			e.isDirectory() ? tempFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
		)
}

/** A multipart body sent in slices, `delayMs` apart, so the upload is still arriving when the server dies. */
function multipart(versionId: string, name: string, bytes: Buffer, delayMs: number) {
	const boundary = `----crash${createHash('md5').update(name).digest('hex')}`
	const body = Buffer.concat([
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="versionId"\r\n\r\n${versionId}\r\n`,
		),
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`,
		),
		bytes,
		Buffer.from(`\r\n--${boundary}--\r\n`),
	])
	// Slow bodies come in small pieces: they must still be arriving when the
	// quick uploads are confirmed, however fast the server processes those.
	const slice = delayMs ? 8 * 1024 : 32 * 1024
	let offset = 0
	const stream = new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (offset >= body.length) return controller.close()
			if (delayMs) await new Promise((r) => setTimeout(r, delayMs))
			controller.enqueue(body.subarray(offset, offset + slice))
			offset += slice
		},
	})
	return { stream, contentType: `multipart/form-data; boundary=${boundary}`, length: body.length }
}

describe('a crash in the middle of uploads', () => {
	test('SIGKILL with 20 uploads in flight loses nothing confirmed and leaves nothing broken', async () => {
		fs.mkdirSync(crashDir, { recursive: true })
		// The e2e database has the demo accounts; the crash server works on a copy.
		const source = new Database(path.join(dataDir, 'e2e.db'), { readonly: true })
		await source.backup(dbFile)
		source.close()
		let url = await start()

		const contributor = DEMO_USERS.find((u) => u.id === 'demo-u-fr-contrib')!
		const login = await fetch(`${url}/en/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email: contributor.email, password: DEMO_PASSWORD }),
		})
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
		expect(cookie).toMatch(/^ax_session=/)
		const draftId = `dcrash${Date.now()}abcdef`
		const created = await fetch(`${url}/en/workspace/materials/new`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				draftId,
				title: 'Crash test',
				lang: 'fr',
				resourceType: 'poster',
				licence: 'cc-by-4.0',
				audiences: 'children',
				risks: 'grooming',
			}),
		})
		expect(created.status).toBe(302)
		const read = new Database(dbFile, { readonly: true })
		const versionId = (
			read.prepare('SELECT id FROM MaterialVersion WHERE materialId = ?').get(draftId) as {
				id: string
			}
		).id
		read.close()

		// 20 different photos; the first 8 arrive at once, the others slowly.
		const photos = await Promise.all(
			Array.from({ length: 20 }, (_, i) => {
				const noise = Buffer.alloc(500 * 400 * 3)
				for (let p = 0; p < noise.length; p++) noise[p] = ((p + 1) * (i + 7) * 2654435761) >>> 24
				return sharp(noise, { raw: { width: 500, height: 400, channels: 3 } })
					.jpeg({ quality: 95 })
					.toBuffer()
			}),
		)
		const confirmed: string[] = []
		const uploads = photos.map(async (bytes, i) => {
			const { stream, contentType, length } = multipart(
				versionId,
				`photo-${i}.jpg`,
				bytes,
				i < 8 ? 0 : 300,
			)
			try {
				const response = await fetch(`${url}/api/v1/materials/${draftId}/files`, {
					method: 'POST',
					headers: { cookie, 'content-type': contentType, 'content-length': String(length) },
					body: stream,
					duplex: 'half',
				} as RequestInit)
				if (response.status === 201)
					confirmed.push(((await response.json()) as { fileId: string }).fileId)
			} catch {
				// The server died under this one.
			}
		})
		// Kill once the quick ones are through and the slow ones are mid-body.
		const deadline = Date.now() + 30_000
		while (confirmed.length < 8 && Date.now() < deadline)
			await new Promise((r) => setTimeout(r, 50))
		server!.kill('SIGKILL')
		await Promise.all(uploads)
		expect(confirmed.length).toBeGreaterThanOrEqual(8)
		expect(confirmed.length).toBeLessThan(20)
		// The killed uploads left something to clean: half-received files at least.
		expect(tempFiles().length).toBeGreaterThan(0)

		url = await start()
		const db = new Database(dbFile, { readonly: true })
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
		const rows = db
			.prepare(
				`SELECT vf.id, a.sha256, a.storageKey FROM VersionFile vf JOIN Asset a ON a.id = vf.assetId WHERE vf.versionId = ?`,
			)
			.all(versionId) as { id: string; sha256: string; storageKey: string }[]
		// (The copied database also holds other tests' files, stored elsewhere: only this material's count.)
		const renditions = db
			.prepare(
				`SELECT r.storageKey FROM Rendition r JOIN VersionFile vf ON vf.assetId = r.assetId WHERE vf.versionId = ?`,
			)
			.all(versionId) as { storageKey: string }[]
		db.close()
		// Every confirmed upload is there.
		expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(confirmed))
		// Every row points at a whole file, and that is what is served.
		for (const row of rows) {
			const bytes = fs.readFileSync(path.join(filesDir, row.storageKey))
			expect(createHash('sha256').update(bytes).digest('hex')).toBe(row.sha256)
			const served = await fetch(`${url}/files/${row.id}`, { headers: { cookie } })
			expect(served.status).toBe(200)
			expect(
				createHash('sha256')
					.update(Buffer.from(await served.arrayBuffer()))
					.digest('hex'),
			).toBe(row.sha256)
		}
		expect(renditions.length).toBeGreaterThanOrEqual(confirmed.length)
		for (const r of renditions) expect(fs.existsSync(path.join(filesDir, r.storageKey))).toBe(true)
		// No file in the store holds other bytes than its name says (no partial file under a real key).
		const walk = (dir: string): string[] =>
			fs
				.readdirSync(dir, { withFileTypes: true })
				.flatMap((e) =>
					e.isDirectory()
						? e.name === 'tmp' || e.name === 'leases'
							? []
							: walk(path.join(dir, e.name))
						: [path.join(dir, e.name)],
				)
		for (const file of walk(filesDir)) {
			const name = path.basename(file)
			if (!/^[0-9a-f]{64}$/.test(name)) continue
			expect(createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(name)
		}
		// Nothing the killed uploads left remains: no temporary file, and no
		// stored file without a row (the start-up sweep removed them).
		expect(tempFiles()).toEqual([])
		const check = new Database(dbFile, { readonly: true })
		const keys = new Set(
			check
				.prepare('SELECT storageKey FROM Asset UNION SELECT storageKey FROM Rendition')
				.pluck()
				.all() as string[],
		)
		check.close()
		const stored = walk(filesDir)
		expect(stored.length).toBeGreaterThan(0)
		expect(stored.filter((f) => !keys.has(path.relative(filesDir, f)))).toEqual([])
	}, 180_000)
})
