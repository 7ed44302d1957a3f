import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import Database from 'better-sqlite3'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { DEMO_PASSWORD, DEMO_USERS } from '#prisma/demo/accounts.ts'
import { AUTHOR, SCRIPT } from '#tests/fixtures/hostile-documents.ts'
import { HOSTILE_DIR } from '#tests/fixtures/hostile.ts'
import { PROJECT_ROOT } from '#tests/support/paths.ts'

/**
 * Hostile documents sent to the production server over HTTP, as the
 * security test did: the server keeps answering other requests while it
 * reads them, refuses the ones crafted to hold its parser with a translated
 * reason, and serves the others only as cleaned attachments. The server
 * runs on a copy of the e2e database, so the uploads touch no other test.
 */

const dataDir = inject('dataDir')
const workDir = path.join(dataDir, 'documents')
const dbFile = path.join(workDir, 'documents.db')
let server: ChildProcess | undefined
let output = ''
let url = ''
let cookie = ''
let draftId = ''
let versionId = ''

async function freePort() {
	return new Promise<number>((resolve) => {
		const probe = net.createServer().listen(0, '127.0.0.1', () => {
			const port = (probe.address() as net.AddressInfo).port
			probe.close(() => resolve(port))
		})
	})
}

beforeAll(async () => {
	fs.mkdirSync(workDir, { recursive: true })
	const source = new Database(path.join(dataDir, 'e2e.db'), { readonly: true })
	await source.backup(dbFile)
	source.close()
	const env: NodeJS.ProcessEnv = {
		...process.env,
		NODE_ENV: 'production',
		DATABASE_URL: `file:${dbFile}`,
		FILE_STORAGE_DIR: path.join(workDir, 'files'),
		SEED_DEMO: 'false',
	}
	execFileSync('npx', ['tsx', 'scripts/prepare-db.ts'], { cwd: PROJECT_ROOT, env, stdio: 'ignore' })
	const port = await freePort()
	server = spawn('node', ['server.js'], {
		cwd: PROJECT_ROOT,
		env: { ...env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	server.stdout?.on('data', (c: Buffer) => (output += c))
	server.stderr?.on('data', (c: Buffer) => (output += c))
	url = `http://127.0.0.1:${port}`
	const deadline = Date.now() + 60_000
	for (;;) {
		try {
			if ((await fetch(`${url}/healthz`)).ok) break
		} catch {
			// not listening yet
		}
		if (server.exitCode !== null || Date.now() > deadline)
			throw new Error(`server did not start:\n${output}`)
		await new Promise((r) => setTimeout(r, 200))
	}

	const contributor = DEMO_USERS.find((u) => u.id === 'demo-u-fr-contrib')!
	const login = await fetch(`${url}/en/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email: contributor.email, password: DEMO_PASSWORD }),
	})
	cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
	expect(cookie).toMatch(/^ax_session=/)
	draftId = `ddocs${Date.now()}abcdef`
	const created = await fetch(`${url}/en/workspace/materials/new`, {
		method: 'POST',
		redirect: 'manual',
		headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			draftId,
			title: 'Hostile documents',
			lang: 'fr',
			resourceType: 'leaflet',
			licence: 'cc-by-4.0',
			audiences: 'children',
			risks: 'grooming',
		}),
	})
	expect(created.status).toBe(302)
	const read = new Database(dbFile, { readonly: true })
	versionId = (
		read.prepare('SELECT id FROM MaterialVersion WHERE materialId = ?').get(draftId) as {
			id: string
		}
	).id
	read.close()
}, 120_000)

afterAll(() => {
	server?.kill('SIGKILL')
})

async function upload(file: string, name: string, type: string, ui = 'en') {
	const form = new FormData()
	form.set('versionId', versionId)
	form.set('file', new File([fs.readFileSync(path.join(HOSTILE_DIR, file))], name, { type }))
	const response = await fetch(`${url}/api/v1/materials/${draftId}/files?ui=${ui}`, {
		method: 'POST',
		headers: { cookie },
		body: form,
	})
	return {
		status: response.status,
		body: (await response.json()) as { fileId?: string; error?: { code: string; message: string } },
	}
}

describe('hostile documents over HTTP', () => {
	test('while the 3 KB ODT that froze the server is read, /healthz keeps answering, and the upload is refused in French', async () => {
		let done = false
		const answers: number[] = []
		const uploading = upload(
			'cdata.odt',
			'dépliant.odt',
			'application/vnd.oasis.opendocument.text',
			'fr',
		).finally(() => (done = true))
		while (!done) {
			const started = performance.now()
			const health = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) })
			expect(health.status).toBe(200)
			answers.push(performance.now() - started)
			await new Promise((r) => setTimeout(r, 50))
		}
		const result = await uploading
		expect(answers.length).toBeGreaterThan(0)
		expect(Math.max(...answers)).toBeLessThan(2000)
		expect(result.status).toBe(415)
		expect(result.body.error).toEqual({
			code: 'corrupt',
			message: 'Le fichier est endommagé ou incomplet et ne peut pas être lu.',
		})
	}, 60_000)

	test('a PDF with a script and its author is stored cleaned and served only as a sandboxed attachment', async () => {
		const result = await upload('authored.pdf', 'leaflet.pdf', 'application/pdf')
		expect(result.status, JSON.stringify(result.body)).toBe(201)
		const served = await fetch(`${url}/files/${result.body.fileId}`, { headers: { cookie } })
		expect(served.status).toBe(200)
		expect(served.headers.get('content-type')).toBe('application/pdf')
		expect(served.headers.get('content-disposition')).toBe('attachment')
		// The app's own policy and the file's: both apply, and the file's sandboxes it.
		expect(served.headers.get('content-security-policy')).toMatch(/(^|, )sandbox($|,)/)
		const bytes = Buffer.from(await served.arrayBuffer()).toString('latin1')
		for (const marker of [AUTHOR, SCRIPT, '/JavaScript', '/OpenAction', 'Exif'])
			expect(bytes.includes(marker), marker).toBe(false)
	}, 60_000)

	test('a DOCX is stored without its author in any part', async () => {
		const result = await upload(
			'authored.docx',
			'lesson.docx',
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		)
		expect(result.status, JSON.stringify(result.body)).toBe(201)
		const served = await fetch(`${url}/download/${result.body.fileId}`, { headers: { cookie } })
		expect(served.status).toBe(200)
		for (const [name, part] of Object.entries(
			unzipSync(new Uint8Array(await served.arrayBuffer())),
		))
			expect(Buffer.from(part).includes(AUTHOR), name).toBe(false)
	}, 60_000)
})
