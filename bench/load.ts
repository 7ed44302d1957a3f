/**
 * Load benchmark: the production server under many concurrent readers, as on
 * the day a ministry links the exchange in a newsletter, and the same while
 * contributors save drafts and upload files.
 *
 *   npx tsx bench/load.ts [--connections 50] [--duration 15] [--writers 4] [--no-build]
 *
 * It builds the app (unless --no-build), prepares a fresh database with the
 * demo library in a temporary folder exactly as `npm start` does, starts
 * `server.js` in production mode on the loopback, and drives it with
 * autocannon (gzip accepted, as browsers do) on four pages:
 *   - the catalog (`/en/materials`),
 *   - a search (`/en/materials?q=grooming`),
 *   - a material page,
 *   - a file download.
 * Then it runs the same four again while `--writers` contributors, signed in
 * through the sign-in form, each create a draft and keep saving it and
 * uploading an image to it. That run must end with 0 errors, 0 non-2xx
 * answers and no "database is locked" (SQLITE_BUSY) in the server's output;
 * the benchmark exits non-zero otherwise.
 *
 * Baselines, in the same run: for each of the three pages, a plain
 * `node:http` server in its own process sending that page's own bytes,
 * gzipped per request. A page's ratio is the app's requests/s over its
 * baseline's.
 *
 * Before all that, the three pages are measured with the anonymous page
 * cache off (PAGE_CACHE_MB=0, every request rendered: "before"), so the
 * table shows what the cache changes (decision record 022).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import sharp from 'sharp'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DEMO_PASSWORD = 'demo-exchange-2026'
const WRITER_ACCOUNT = 'contributor.fr@demo.example'

function option(name: string, fallback: number) {
	const at = process.argv.indexOf(`--${name}`)
	const value = at === -1 ? NaN : Number(process.argv[at + 1])
	return Number.isFinite(value) && value > 0 ? value : fallback
}
const CONNECTIONS = option('connections', 50)
const DURATION_S = option('duration', 15)
const WRITERS = option('writers', 4)
const BUILD = !process.argv.includes('--no-build')

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

async function waitFor(check: () => Promise<boolean> | boolean, what: string, ms = 120_000) {
	const deadline = Date.now() + ms
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
		await new Promise((r) => setTimeout(r, 200))
	}
}

// ---------------------------------------------------------------- the app

let built = false
let prepared = false

interface Server {
	url: string
	output: () => string
	stop: () => Promise<void>
}

async function startApp(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Server> {
	const env = {
		...process.env,
		DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`,
		FILE_STORAGE_DIR: path.join(dataDir, 'files'),
	}
	if (BUILD && !built) {
		built = true
		console.log('building the app...')
		execFileSync('npx', ['remix', 'vite:build'], {
			cwd: ROOT,
			stdio: 'ignore',
			env: { ...env, NODE_ENV: 'production' },
		})
	}
	// Once: a second server shares the first one's database, which is in use.
	if (!prepared) {
		prepared = true
		console.log('preparing a database with the demo library...')
		execFileSync('npx', ['tsx', 'scripts/prepare-db.ts'], { cwd: ROOT, stdio: 'ignore', env })
	}
	const port = await freePort()
	const child = spawn('node', ['server.js'], {
		cwd: ROOT,
		// The writers upload far more often than the per-address limit allows
		// one person; they stand for many contributors at once.
		env: {
			...env,
			NODE_ENV: 'production',
			PORT: String(port),
			RATE_LIMIT_UPLOADS: '0',
			...extraEnv,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let output = ''
	child.stdout?.on('data', (chunk) => (output += chunk))
	child.stderr?.on('data', (chunk) => (output += chunk))
	const url = `http://127.0.0.1:${port}`
	await waitFor(async () => {
		if (child.exitCode !== null) throw new Error(`the app stopped:\n${output}`)
		if (!/search: [\d,]+ materials ready/.test(output)) return false
		return fetch(`${url}/healthz`).then(
			(r) => r.ok,
			() => false,
		)
	}, 'the app to start')
	return { url, output: () => output, stop: () => stopChild(child) }
}

async function stopChild(child: ChildProcess) {
	if (child.exitCode !== null) return
	child.kill('SIGTERM')
	await Promise.race([
		new Promise((r) => child.once('exit', r)),
		new Promise((r) => setTimeout(r, 3000)),
	])
	if (child.exitCode === null) child.kill('SIGKILL')
}

// ----------------------------------------------------------- the baseline

/** A plain node:http server, in its own process as the app is, gzipping `body` per request. */
async function startBaseline(bodyFile: string): Promise<Server> {
	const port = await freePort()
	const source = `
		const http = require('node:http'), zlib = require('node:zlib'), fs = require('node:fs')
		const body = fs.readFileSync(${JSON.stringify(bodyFile)})
		http.createServer((req, res) => {
			const gz = /\\bgzip\\b/.test(req.headers['accept-encoding'] || '')
			const out = gz ? zlib.gzipSync(body) : body
			res.writeHead(200, {
				'content-type': 'text/html; charset=utf-8',
				'content-length': out.length,
				...(gz ? { 'content-encoding': 'gzip' } : {}),
			})
			res.end(out)
		}).listen(${port}, '127.0.0.1', () => console.log('ready'))
	`
	const child = spawn('node', ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] })
	let output = ''
	child.stdout?.on('data', (chunk) => (output += chunk))
	await waitFor(() => output.includes('ready'), 'the baseline server')
	return { url: `http://127.0.0.1:${port}`, output: () => output, stop: () => stopChild(child) }
}

// ---------------------------------------------------------------- writers

function cookieFrom(response: Response) {
	return response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ')
}

function randomId() {
	return `bench${Math.random().toString(36).slice(2, 12)}${Date.now().toString(36)}`
}

interface WriterTally {
	saves: number
	uploads: number
	failures: string[]
}

/**
 * One contributor: signs in through the form, creates a draft, then saves it
 * and uploads an image to it in turn until `stop` is set. Every answer that
 * is not the one the browser would get counts as a failure.
 */
async function runWriter(
	base: string,
	images: Buffer[],
	stop: { done: boolean },
	tally: WriterTally,
) {
	const signIn = await fetch(`${base}/en/login`, {
		method: 'POST',
		body: new URLSearchParams({ email: WRITER_ACCOUNT, password: DEMO_PASSWORD, redirectTo: '' }),
		redirect: 'manual',
	})
	const cookie = cookieFrom(signIn)
	if (signIn.status !== 302 || !cookie) {
		tally.failures.push(`sign-in answered ${signIn.status}`)
		return
	}
	const draftId = randomId()
	const draft = (title: string) =>
		new URLSearchParams([
			['draftId', draftId],
			['title', title],
			['description', 'Saved again and again while readers read.'],
			['lang', 'fr'],
			['resourceType', 'poster'],
			['licence', 'cc-by-4.0'],
			['audiences', 'parents-carers'],
			['risks', 'grooming'],
		])
	const created = await fetch(`${base}/en/workspace/materials/new`, {
		method: 'POST',
		headers: { cookie },
		body: draft('Brouillon de charge'),
		redirect: 'manual',
	})
	if (created.status !== 302) {
		tally.failures.push(`creating a draft answered ${created.status}`)
		return
	}
	const page = await fetch(`${base}/en/workspace/materials/${draftId}`, { headers: { cookie } })
	const versionId = /name="versionId" value="([^"]+)"/.exec(await page.text())?.[1]
	if (!versionId) {
		tally.failures.push('the draft page has no version to upload to')
		return
	}
	let round = 0
	while (!stop.done) {
		round++
		const saved = await fetch(`${base}/en/workspace/materials/${draftId}`, {
			method: 'POST',
			headers: { cookie },
			body: (() => {
				const body = draft(`Brouillon de charge ${round}`)
				body.set('intent', 'save')
				return body
			})(),
			redirect: 'manual',
		})
		if (saved.status === 302) tally.saves++
		else tally.failures.push(`save answered ${saved.status}`)

		const form = new FormData()
		form.set('versionId', versionId)
		const bytes = images[round % images.length]!
		form.set(
			'file',
			new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
			`affiche-${round}.png`,
		)
		const uploaded = await fetch(`${base}/api/v1/materials/${draftId}/files?ui=en`, {
			method: 'POST',
			headers: { cookie },
			body: form,
		})
		if (uploaded.status === 201) tally.uploads++
		else tally.failures.push(`upload answered ${uploaded.status}: ${await uploaded.text()}`)
	}
}

// ------------------------------------------------------------------- load

interface Figures {
	requestsPerSec: number
	p50: number
	p99: number
	errors: number
	non2xx: number
	requests: number
}

/** A few requests one after the other, before a page is measured. */
async function warm(url: string, times = 5) {
	for (let i = 0; i < times; i++) {
		const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
		await response.arrayBuffer()
		if (!response.ok) throw new Error(`${url} answered ${response.status} while warming up`)
	}
}

async function load(url: string): Promise<Figures> {
	const result = await autocannon({
		url,
		connections: CONNECTIONS,
		duration: DURATION_S,
		headers: { 'accept-encoding': 'gzip' },
	})
	return {
		requestsPerSec: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx,
		requests: result.requests.total,
	}
}

function row(name: string, f: Figures, baseline?: Figures) {
	const ratio = baseline ? `${(f.requestsPerSec / baseline.requestsPerSec).toFixed(2)}×` : ''
	return `| ${name} | ${f.requestsPerSec.toFixed(0)} | ${f.p50} ms | ${f.p99} ms | ${f.errors} | ${f.non2xx} | ${ratio} |`
}

const HEADER = [
	'| target | requests/s | p50 | p99 | errors | non-2xx | ÷ baseline |',
	'|---|---:|---:|---:|---:|---:|---:|',
]

/** The pages a crowd reads, measured with every request rendered (the page cache off). */
async function measureUncached(dataDir: string, paths: string[]) {
	const app = await startApp(dataDir, { PAGE_CACHE_MB: '0' })
	try {
		const figures: Figures[] = []
		// Warm, as the cached server is by then: a cold process's first renders
		// (code loaded and compiled on first use) would all finish together,
		// after the measurement's window, and count as none.
		for (const page of paths) await warm(`${app.url}${page}`)
		for (const page of paths) figures.push(await load(`${app.url}${page}`))
		return figures
	} finally {
		await app.stop()
	}
}

async function main() {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ax-load-'))
	const app = await startApp(dataDir)
	try {
		const list = (await (await fetch(`${app.url}/api/v1/materials?pageSize=50`)).json()) as {
			items: { id: string }[]
		}
		let material = ''
		let download = ''
		for (const { id } of list.items) {
			const detail = (await (await fetch(`${app.url}/api/v1/materials/${id}`)).json()) as {
				versions: { files: { downloadUrl: string }[] }[]
			}
			const file = detail.versions.flatMap((v) => v.files)[0]
			if (file) {
				material = id
				download = new URL(file.downloadUrl, app.url).pathname
				break
			}
		}
		if (!material) throw new Error('the demo library has no material with a file')

		const targets = [
			{ name: 'catalog `/en/materials`', path: '/en/materials' },
			{ name: 'search `/en/materials?q=grooming`', path: '/en/materials?q=grooming' },
			{ name: 'material page', path: `/en/materials/${material}` },
			{ name: 'download', path: download },
		]

		console.log(
			`\n${CONNECTIONS} connections, ${DURATION_S} s each, gzip accepted; ${os.cpus().length} cores\n`,
		)
		const pages = targets.slice(0, 3)
		const weights: number[] = []
		// Each page against a plain server sending its own bytes.
		const bases: Figures[] = []
		for (const [i, page] of pages.entries()) {
			const html = Buffer.from(await (await fetch(`${app.url}${page.path}`)).arrayBuffer())
			weights.push(html.byteLength)
			const file = path.join(dataDir, `page-${i}.html`)
			fs.writeFileSync(file, html)
			const baseline = await startBaseline(file)
			try {
				bases.push(await load(baseline.url))
			} finally {
				await baseline.stop()
			}
		}
		const quiet: Figures[] = []
		for (const target of targets) await warm(`${app.url}${target.path}`)
		for (const target of targets) quiet.push(await load(`${app.url}${target.path}`))
		// The same pages rendered on every request, by a server of their own.
		const uncached = await measureUncached(
			dataDir,
			pages.map((t) => t.path),
		)

		// Different images, so that uploads are not all the same stored bytes.
		const images = await Promise.all(
			Array.from({ length: 24 }, (_, i) =>
				sharp({
					create: {
						width: 600,
						height: 848,
						channels: 3,
						background: { r: 10 * i, g: 79, b: 138 },
					},
				})
					.png()
					.toBuffer(),
			),
		)
		const stop = { done: false }
		const tallies: WriterTally[] = Array.from({ length: WRITERS }, () => ({
			saves: 0,
			uploads: 0,
			failures: [],
		}))
		const writers = tallies.map((tally) => runWriter(app.url, images, stop, tally))
		const busy: Figures[] = []
		for (const target of targets) busy.push(await load(`${app.url}${target.path}`))
		stop.done = true
		await Promise.all(writers)

		console.log(
			[
				...HEADER,
				...pages.map((t, i) =>
					row(`baseline: node:http, the ${t.name} HTML gzipped per request`, bases[i]!),
				),
				...targets.map((t, i) => row(t.name, quiet[i]!, bases[i])),
			].join('\n'),
		)
		console.log('\nBefore and after the anonymous page cache (÷ each page’s own baseline):\n')
		console.log(
			[
				'| page | HTML | before: requests/s, p99, failed | after: requests/s, p99, failed |',
				'|---|---:|---:|---:|',
				...pages.map((t, i) => {
					const cell = (f: Figures) =>
						`${f.requestsPerSec.toFixed(0)} (${(f.requestsPerSec / bases[i]!.requestsPerSec).toFixed(2)}×), ${f.p99} ms, ${f.errors + f.non2xx}`
					return `| ${t.name} | ${(weights[i]! / 1024).toFixed(1)} KB | ${cell(uncached[i]!)} | ${cell(quiet[i]!)} |`
				}),
			].join('\n'),
		)
		console.log(`\nThe same while ${WRITERS} contributors save and upload:\n`)
		console.log([...HEADER, ...targets.map((t, i) => row(t.name, busy[i]!, bases[i]))].join('\n'))
		const saves = tallies.reduce((n, t) => n + t.saves, 0)
		const uploads = tallies.reduce((n, t) => n + t.uploads, 0)
		const failures = tallies.flatMap((t) => t.failures)
		const locked = (app.output().match(/SQLITE_BUSY|database is locked/g) ?? []).length
		const readErrors = busy.reduce((n, f) => n + f.errors + f.non2xx, 0)
		console.log(
			`\nwrites: ${saves} saves and ${uploads} uploads confirmed, ${failures.length} failed` +
				`; reads: ${readErrors} errors or non-2xx; SQLITE_BUSY in the server's output: ${locked}`,
		)
		for (const failure of [...new Set(failures)].slice(0, 10)) console.log(`  - ${failure}`)
		if (failures.length || locked || readErrors) process.exitCode = 1
	} finally {
		await app.stop()
		fs.rmSync(dataDir, { recursive: true, force: true })
	}
}

await main()
