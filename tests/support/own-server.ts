import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { PROJECT_ROOT } from './paths.ts'

/**
 * A production server of the already built app, for one browser-test file:
 * its own empty database (no demo library) and file store under `dir`, and
 * its own environment, so a test can measure the process or change its
 * limits without disturbing the shared server the other files use.
 */
export async function startOwnServer(dir: string, env: Record<string, string> = {}) {
	fs.mkdirSync(dir, { recursive: true })
	const serverEnv: NodeJS.ProcessEnv = {
		...process.env,
		NODE_ENV: 'production',
		DATABASE_URL: `file:${path.join(dir, 'app.db')}`,
		FILE_STORAGE_DIR: path.join(dir, 'files'),
		SEED_DEMO: 'false',
		...env,
	}
	execFileSync('npx', ['tsx', 'scripts/prepare-db.ts'], {
		cwd: PROJECT_ROOT,
		env: serverEnv,
		stdio: 'ignore',
	})
	const port = await freePort()
	const child: ChildProcess = spawn('node', ['server.js'], {
		cwd: PROJECT_ROOT,
		env: { ...serverEnv, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk))
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk))
	const url = `http://127.0.0.1:${port}`
	const deadline = Date.now() + 60_000
	for (;;) {
		try {
			if ((await fetch(`${url}/healthz`)).ok) break
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null || Date.now() > deadline)
			throw new Error(`The server did not start:\n${output}`)
		await new Promise((r) => setTimeout(r, 200))
	}
	return {
		url,
		pid: child.pid!,
		output: () => output,
		/** Resident memory of the server process, in bytes (Linux). */
		rss: () => {
			const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
			return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024
		},
		stop: () => {
			child.kill('SIGTERM')
		},
	}
}

async function freePort() {
	return new Promise<number>((resolve) => {
		const probe = net.createServer().listen(0, '127.0.0.1', () => {
			const port = (probe.address() as net.AddressInfo).port
			probe.close(() => resolve(port))
		})
	})
}
