import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { type TestProject } from 'vitest/node'
import { PROJECT_ROOT, TEST_ROOT } from './paths.ts'

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string
		dataDir: string
	}
}

async function freePort() {
	return new Promise<number>((resolve, reject) => {
		const server = net.createServer()
		server.listen(0, '127.0.0.1', () => {
			const address = server.address()
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port')),
			)
		})
	})
}

/**
 * Builds the app, prepares a fresh database with the demo library exactly as
 * `npm start` does, and starts the production server for the browser tests.
 */
export default async function setup(project: TestProject) {
	const dataDir = path.join(TEST_ROOT, `e2e-${Date.now()}`)
	fs.mkdirSync(dataDir, { recursive: true })
	const env = {
		...process.env,
		DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`,
		FILE_STORAGE_DIR: path.join(dataDir, 'files'),
	}
	// Vitest sets NODE_ENV=test; the build must be the production one users get.
	execFileSync('npx', ['remix', 'vite:build'], {
		cwd: PROJECT_ROOT,
		stdio: 'ignore',
		env: { ...env, NODE_ENV: 'production' },
	})
	execFileSync('npx', ['tsx', 'scripts/prepare-db.ts'], {
		cwd: PROJECT_ROOT,
		stdio: 'inherit',
		env,
	})

	const port = await freePort()
	const server: ChildProcess = spawn('node', ['server.js'], {
		cwd: PROJECT_ROOT,
		// OAI-PMH pages of 10, so a harvest of the demo library goes through
		// resumption tokens (tests/e2e/oai-harvester.test.ts). Every browser test
		// comes from this one address: the per-address limits, which have a test
		// and a server of their own (rate-limits.test.ts), would answer 429 to
		// whichever test happens to make the 31st conversion of a minute.
		env: {
			...env,
			NODE_ENV: 'production',
			PORT: String(port),
			OAI_PAGE_SIZE: '10',
			RATE_LIMIT_CONVERSIONS: '10000',
			RATE_LIMIT_ZIPS: '10000',
			RATE_LIMIT_SEARCH: '10000',
			RATE_LIMIT_UPLOADS: '10000',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	server.stdout?.on('data', (chunk) => (output += chunk))
	server.stderr?.on('data', (chunk) => (output += chunk))

	const baseURL = `http://127.0.0.1:${port}`
	const deadline = Date.now() + 60_000
	const healthy = async () => {
		try {
			return (await fetch(`${baseURL}/healthz`)).ok
		} catch {
			return false // not listening yet
		}
	}
	// Ready when it answers and has loaded search, which it does as soon as it listens.
	while (!(/search: [\d,]+ materials ready/.test(output) && (await healthy()))) {
		if (server.exitCode !== null || Date.now() > deadline) {
			throw new Error(`The app did not start and load search:\n${output}`)
		}
		await new Promise((r) => setTimeout(r, 250))
	}
	project.provide('baseURL', baseURL)
	project.provide('dataDir', dataDir)

	return async () => {
		server.kill('SIGTERM')
		await new Promise((r) => setTimeout(r, 300))
		fs.rmSync(dataDir, { recursive: true, force: true })
	}
}
