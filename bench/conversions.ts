/**
 * Conversion benchmark: a burst of downloads of one large image material in
 * another format, the first time (the conversion is made, once, in the
 * image work queue) against the same burst once it is stored.
 *
 *   npx tsx bench/conversions.ts [--megapixels 100] [--burst 8] [--format webp]
 *
 * A published material with a PNG poster of the given size (flat colours
 * and a line of text, so the file is small but every pixel is decoded) is
 * written to a fresh database and file store under the system temp folder.
 * Then, in this process, `--burst` requests for `/download/:id/:format` go
 * to the route's loader at once, twice: cold, then warm.
 *
 * Printed per burst: the time until every answer was read, the longest the
 * event loop was blocked (what every other visitor would wait, at least),
 * peak RSS (sampled every 20 ms) and the most sharp tasks queued and running
 * at once (sharp.counters()); then cold/warm ratios. Before conversions were
 * stored and queued, 8 concurrent WebP downloads of a 100-megapixel PNG took
 * a minute on 2 cores and blocked other requests for most of it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import sharp from 'sharp'
import { createMigratedDatabase } from '#prisma/demo/synthetic.ts'

function option(name: string, fallback: string) {
	const at = process.argv.indexOf(`--${name}`)
	return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback
}

const megapixels = Number(option('megapixels', '100'))
const burst = Number(option('burst', '8'))
const format = option('format', 'webp')
const side = Math.round(Math.sqrt(megapixels * 1_000_000))

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-conversions-'))
const dbPath = path.join(work, 'bench.db')
createMigratedDatabase(dbPath)
// The app reads both once, when first imported: set them first.
process.env.DATABASE_URL = `file:${dbPath}`
process.env.FILE_STORAGE_DIR = path.join(work, 'files')

const { attachFile } = await import('#app/models/material/files.server.ts')
const { createMaterial } = await import('#tests/factories.ts')
const { loader } = await import('#app/routes/download.$fileId_.$format.ts')
const { db } = await import('#app/utils/db.server.ts')

const png = await sharp({
	create: { width: side, height: side, channels: 3, background: '#2a6f97' },
})
	.composite([
		{
			input: Buffer.from(
				`<svg width="${side}" height="${side}"><rect x="${side / 10}" y="${side / 10}" width="${(side * 8) / 10}" height="${(side * 8) / 10}" fill="#f4a261"/><text x="${side / 5}" y="${side / 2}" font-size="${side / 11}">Stay safe online</text></svg>`,
			),
		},
	])
	.png()
	.toBuffer()
const material = await createMaterial({
	countryCode: 'FR',
	versions: [{ lang: 'fr', title: 'Affiche géante' }],
})
const file = await attachFile({
	versionId: material.versions[0]!.id,
	bytes: png,
	mediaType: 'image/png',
	role: 'primary',
	width: side,
	height: side,
})
console.log(
	`${side}×${side} PNG (${megapixels} MP, ${(png.length / 1024 / 1024).toFixed(1)} MB), ` +
		`${burst} concurrent ${format} downloads, IMAGE_WORK_CONCURRENCY ${process.env.IMAGE_WORK_CONCURRENCY ?? 2}, ` +
		`${os.availableParallelism()} cores`,
)

async function runBurst() {
	const delay = monitorEventLoopDelay({ resolution: 10 })
	let peakRss = process.memoryUsage().rss
	let peakSharp = 0
	const sampler = setInterval(() => {
		peakRss = Math.max(peakRss, process.memoryUsage().rss)
		const { queue, process: running } = sharp.counters()
		peakSharp = Math.max(peakSharp, queue + running)
	}, 20)
	delay.enable()
	const started = performance.now()
	await Promise.all(
		Array.from({ length: burst }, async () => {
			const response = (await loader({
				request: new Request(`http://localhost/download/${file.id}/${format}?ui=en`),
				params: { fileId: file.id, format },
				context: {},
			})) as Response
			if (response.status !== 200) throw new Error(`status ${response.status}`)
			await response.arrayBuffer()
		}),
	)
	const seconds = (performance.now() - started) / 1000
	delay.disable()
	clearInterval(sampler)
	return {
		seconds,
		blockedMs: delay.max / 1e6,
		peakRssMb: peakRss / 1024 / 1024,
		peakSharp,
	}
}

const cold = await runBurst()
const warm = await runBurst()
for (const [name, r] of [
	['cold', cold],
	['warm', warm],
] as const) {
	console.log(
		`${name.padEnd(5)} all answered in ${r.seconds.toFixed(2)} s, event loop blocked at most ` +
			`${r.blockedMs.toFixed(0)} ms, peak RSS ${r.peakRssMb.toFixed(0)} MB, ` +
			`sharp tasks at once ${r.peakSharp}`,
	)
}
console.log(
	`cold/warm: ${(cold.seconds / warm.seconds).toFixed(0)}× the time; ` +
		`conversions stored: ${await db.conversion.count()}`,
)
await db.$disconnect()
fs.rmSync(work, { recursive: true, force: true })
