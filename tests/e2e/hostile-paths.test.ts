import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import {
	HOSTILE_PATHS,
	HOSTILE_PATHS_SAMPLE,
	plantCanaries,
	type HostilePath,
} from '#tests/fixtures/hostile-paths.ts'
import { PROJECT_ROOT } from '#tests/support/paths.ts'

/**
 * The path-traversal corpus against the production server itself, sent
 * byte for byte as written (no client resolving `..` first), where the
 * static file server in front of the app joins the path to build/client
 * before the app sees it. Canaries lie beside build/client, beside the file
 * store and inside it; none may come back, and every attempt must be
 * refused, not fail. tests/integration/hostile-paths.test.ts sends the same
 * corpus into every route of the app.
 */

const baseURL = new URL(inject('baseURL'))
const dataDir = inject('dataDir')

/**
 * Where the static server joins paths to build/client, tried with every
 * attempt; and the file routes behind it, with one of each (the
 * integration test gives them every attempt).
 */
const PREFIXES: [string, HostilePath[]][] = [
	['/', HOSTILE_PATHS],
	['/assets/', HOSTILE_PATHS],
	['/files/', HOSTILE_PATHS_SAMPLE],
	['/download/', HOSTILE_PATHS_SAMPLE],
	['/renditions/', HOSTILE_PATHS_SAMPLE],
]

let canaryFiles: string[]
let forbidden: string[]
let asset: string

beforeAll(() => {
	const places = [
		path.join(PROJECT_ROOT, 'build'),
		dataDir,
		path.join(dataDir, 'files'),
		path.join(dataDir, 'files', 'tmp'),
	]
	const planted = plantCanaries(places, dataDir)
	canaryFiles = planted.files
	forbidden = planted.forbidden
	// A real file of the static server, for the attempts that start from one.
	asset = fs
		.readdirSync(path.join(PROJECT_ROOT, 'build/client/assets'))
		.find((n) => n.endsWith('.js'))!
})

afterAll(() => {
	for (const file of canaryFiles ?? []) fs.rmSync(file, { force: true })
})

/** One GET whose request line carries `target` as it is, in UTF-8; the status and the raw answer. */
function rawGet(target: string) {
	return new Promise<{ status: number; text: string }>((resolve, reject) => {
		const socket = net.connect(Number(baseURL.port), baseURL.hostname)
		const chunks: Buffer[] = []
		socket.on('data', (chunk) => chunks.push(chunk))
		socket.on('error', reject)
		socket.on('end', () => {
			const text = Buffer.concat(chunks).toString('latin1')
			resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text })
		})
		socket.write(
			Buffer.from(`GET ${target} HTTP/1.1\r\nHost: ${baseURL.host}\r\nConnection: close\r\n\r\n`),
		)
	})
}

/**
 * 404 or 400; or, where the dots took the request to the home page (`/..`
 * is `/`), its redirect to a language; or, where they took it back to the
 * public file it started from (`{id}%2f.`), that file.
 */
function isRefusal(status: number, text: string, assetText: string) {
	if (status === 400 || status === 404) return true
	if (status === 302) return /^location: \/en\r?$/im.test(text)
	return status === 200 && text.endsWith(assetText)
}

describe('path traversal against the running server', () => {
	test('a real static file and a real page are served the same way, so refusals mean something', async () => {
		expect((await rawGet(`/assets/${asset}`)).status).toBe(200)
		expect((await rawGet('/en')).status).toBe(200)
	})

	test('every attempt after every prefix: refused, and nothing from outside the stores', async () => {
		const assetText = fs.readFileSync(
			path.join(PROJECT_ROOT, 'build/client/assets', asset),
			'latin1',
		)
		const odd: string[] = []
		const targets = PREFIXES.flatMap(([prefix, attempts]) =>
			attempts.map((attempt) => ({
				target: prefix + attempt.value.replaceAll('{id}', asset),
				why: attempt.why,
			})),
		)
		// Four connections at a time, as a scanner would.
		const check = async ({ target, why }: { target: string; why: string }) => {
			const { status, text } = await rawGet(target)
			const where = `${target} [${why}]`
			for (const secret of forbidden)
				expect(text.includes(secret), `${where} sent ${secret}`).toBe(false)
			if (!isRefusal(status, text, assetText))
				odd.push(`${status} ${where} ${/^location: .*$/im.exec(text)?.[0] ?? ''}`)
		}
		for (let i = 0; i < targets.length; i += 4)
			await Promise.all(targets.slice(i, i + 4).map(check))
		expect(odd).toEqual([])
		expect((await rawGet('/healthz')).status).toBe(200)
	}, 120_000)
})
