/**
 * Image pipeline benchmark: what an upload costs through the exchange's
 * pipeline against bare sharp resizing of the same photo to the same outputs.
 *
 *   npx tsx bench/media.ts [--rounds 3] [--only upload|steps|bare] [--keep]
 *
 * A 12-megapixel JPEG (4000×3000, a gradient with shapes and grain so the
 * encoders have real work, with EXIF and a GPS position as a phone writes
 * them) is generated under the system temp folder, then in this process:
 * - upload: what the server runs for an uploaded image,
 *   app/media/ingest.server.ts's ingestUpload: type from the bytes, size
 *   limit, inspectImage, then the sanitized master (no EXIF/GPS, sRGB,
 *   auto-oriented) and WebP and AVIF renditions at 320, 640 and 1280 px from
 *   one decode (sanitizeWithRenditions), in temporary files;
 * - steps: the same work as separate calls (inspectImage, sanitizeImage,
 *   renderRenditions from the master), to show what each stage costs;
 * - bare: `sharp(input).resize(w).webp()` and `.avif({ effort: 3 })` for the
 *   same widths and settings, no checks and no master, all six started at
 *   once as the pipeline starts its renditions.
 * One warm-up image per path, then rounds alternate the paths so both see
 * the same disk cache and machine state.
 *
 * Printed: seconds per image and renditions per second of each path, their
 * ratio to bare (target: ≥ 0.8), the pipeline's stages, peak RSS per path
 * (sampled every 20 ms), the most sharp tasks queued and running at once
 * (sharp.counters()) and sharp's operation cache (sharp.cache()). RSS
 * rarely falls once the allocator has grown, so in one process a path's
 * peak includes what the paths before it left; `--only` runs one path
 * alone to see its own.
 */
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import {
	inspectImage,
	renderRenditions,
	renditionWidthsFor,
	sanitizeImage,
} from '#app/media/images.server.ts'
import { discardIngested, ingestUpload } from '#app/media/ingest.server.ts'
import { newTempPath } from '#app/media/storage.server.ts'

const WIDTH = 4000
const HEIGHT = 3000

interface Sample {
	ms: number
	renditions: number
	stages?: { inspect: number; sanitize: number; renditions: number }
}

/** Peak RSS and sharp task counts while a path runs, sampled every 20 ms. */
class Sampler {
	peakRss = 0
	peakQueue = 0
	peakProcess = 0
	private timer: NodeJS.Timeout | undefined

	start() {
		this.timer = setInterval(() => this.sample(), 20)
		this.sample()
	}

	stop() {
		clearInterval(this.timer)
		this.sample()
	}

	private sample() {
		this.peakRss = Math.max(this.peakRss, process.memoryUsage().rss)
		const counters = sharp.counters()
		this.peakQueue = Math.max(this.peakQueue, counters.queue)
		this.peakProcess = Math.max(this.peakProcess, counters.process)
	}
}

/** A phone-like photo: smooth areas, edges and sensor grain, with EXIF and GPS. */
async function makePhoto(file: string) {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
		<defs>
			<linearGradient id="sky" x1="0" y1="0" x2="0.3" y2="1">
				<stop offset="0" stop-color="#4a7fb5"/><stop offset="0.55" stop-color="#c9dbe8"/>
				<stop offset="0.56" stop-color="#5e7d3a"/><stop offset="1" stop-color="#2f3f1c"/>
			</linearGradient>
			<radialGradient id="sun"><stop offset="0" stop-color="#fff6d5"/><stop offset="1" stop-color="#fff6d5" stop-opacity="0"/></radialGradient>
		</defs>
		<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
		<circle cx="3000" cy="700" r="600" fill="url(#sun)"/>
		${Array.from({ length: 60 }, (_, i) => {
			const x = (i * 677) % WIDTH
			const y = 1700 + ((i * 331) % 1200)
			const r = 40 + ((i * 53) % 220)
			const hue = (i * 37) % 360
			return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${hue}, 45%, ${30 + (i % 5) * 8}%)" stroke="#1b1b1b" stroke-width="${2 + (i % 7)}"/>`
		}).join('')}
		<rect x="600" y="900" width="900" height="1300" rx="40" fill="#8c5a3c" stroke="#3b2314" stroke-width="12"/>
	</svg>`
	const grain = await sharp({
		create: {
			width: WIDTH,
			height: HEIGHT,
			channels: 3,
			background: '#000', // ignored with noise, required by the typings
			noise: { type: 'gaussian', mean: 128, sigma: 18 },
		},
	})
		.png({ compressionLevel: 1 })
		.toBuffer()
	await sharp(Buffer.from(svg))
		.composite([{ input: grain, blend: 'soft-light' }])
		.jpeg({ quality: 92 })
		.withExif({
			IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Software: 'bench' },
			IFD2: { DateTimeOriginal: '2024:05:01 16:20:00' },
			IFD3: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '51/1 30/1 2616/100',
				GPSLongitudeRef: 'W',
				GPSLongitude: '0/1 7/1 3996/100',
			},
		})
		.toFile(file)
}

async function runPipeline(input: string, work: string): Promise<Sample> {
	const started = performance.now()
	const inspected = await inspectImage(input)
	if (!inspected.ok) throw new Error(`bench photo refused: ${inspected.reason}`)
	const afterInspect = performance.now()
	const master = path.join(work, 'master')
	await sanitizeImage(input, master)
	const afterSanitize = performance.now()
	const renditionDir = path.join(work, 'renditions')
	await fsp.mkdir(renditionDir, { recursive: true })
	const renditions = await renderRenditions(master, renditionDir)
	const done = performance.now()
	return {
		ms: done - started,
		renditions: renditions.length,
		stages: {
			inspect: afterInspect - started,
			sanitize: afterSanitize - afterInspect,
			renditions: done - afterSanitize,
		},
	}
}

async function runUpload(input: string): Promise<Sample> {
	// The upload handler streams the request into a temporary file; the
	// benchmark starts from such a file (a copy of the photo).
	const tempPath = await newTempPath('.upload')
	await fsp.copyFile(input, tempPath)
	const { size } = await fsp.stat(tempPath)
	const started = performance.now()
	const result = await ingestUpload({
		field: 'file',
		tempPath,
		sha256: '',
		byteSize: size,
		fileName: 'photo.jpg',
		declaredType: 'image/jpeg',
	})
	const ms = performance.now() - started
	if (!result.ok) throw new Error(`bench photo refused: ${result.reason}`)
	const renditions = result.ingested.mainRenditions.length
	await discardIngested(result.ingested)
	await fsp.rm(tempPath, { force: true })
	return { ms, renditions }
}

async function runBare(input: string, work: string): Promise<Sample> {
	const started = performance.now()
	const dir = path.join(work, 'bare')
	await fsp.mkdir(dir, { recursive: true })
	// The same order as the pipeline (largest first, AVIF before WebP), so
	// neither path gains from scheduling alone.
	const jobs = renditionWidthsFor(WIDTH)
		.reverse()
		.flatMap((w) =>
			(['avif', 'webp'] as const).map((format) => {
				const resized = sharp(input).resize(w)
				const encoded =
					format === 'webp'
						? resized.webp({ quality: 80 })
						: resized.avif({ quality: 50, effort: 3 })
				return encoded.toFile(path.join(dir, `${w}.${format}`))
			}),
		)
	const outputs = await Promise.all(jobs)
	return { ms: performance.now() - started, renditions: outputs.length }
}

const PATH_NAMES = ['upload', 'steps', 'bare'] as const
type PathName = (typeof PATH_NAMES)[number]
const RUNNERS: Record<PathName, (input: string, work: string) => Promise<Sample>> = {
	upload: runUpload,
	steps: runPipeline,
	bare: runBare,
}

function parseArgs(argv: string[]) {
	const value = (flag: string) => {
		const i = argv.indexOf(flag)
		return i >= 0 ? argv[i + 1] : undefined
	}
	const rounds = Number(value('--rounds') ?? 3)
	if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a positive integer')
	const only = value('--only')
	if (only !== undefined && !PATH_NAMES.includes(only as PathName)) {
		throw new Error(`--only takes one of ${PATH_NAMES.join(', ')}`)
	}
	return { rounds, only: only as PathName | undefined, keep: argv.includes('--keep') }
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
const s = (ms: number) => (ms / 1000).toFixed(2)
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`

const { rounds, only, keep } = parseArgs(process.argv.slice(2))
const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'awareness-media-bench-'))
// The upload path writes its temporary files under the file store.
process.env.FILE_STORAGE_DIR = path.join(work, 'store')
const input = path.join(work, 'photo.jpg')
process.stderr.write(`generating a ${WIDTH}×${HEIGHT} photo in ${work}\n`)
await makePhoto(input)
const inputBytes = (await fsp.stat(input)).size

const names = only ? [only] : [...PATH_NAMES]
const paths = Object.fromEntries(
	names.map((name) => [
		name,
		{ run: RUNNERS[name], samples: [] as Sample[], sampler: new Sampler() },
	]),
)
const startRss = process.memoryUsage().rss
for (const [name, p] of Object.entries(paths)) {
	process.stderr.write(`warm-up: ${name}\n`)
	await p.run(input, work)
}
for (let round = 0; round < rounds; round++) {
	process.stderr.write(`round ${round + 1}/${rounds}\n`)
	// Rotate which path goes first, so none always follows the same other.
	const order = names.map((_, i) => names[(i + round) % names.length]!)
	for (const name of order) {
		const p = paths[name]!
		p.sampler.start()
		p.samples.push(await p.run(input, work))
		p.sampler.stop()
	}
}
if (!keep) await fsp.rm(work, { recursive: true, force: true })

const perSecond = (samples: Sample[]) =>
	(1000 * samples.reduce((n, x) => n + x.renditions, 0)) / samples.reduce((t, x) => t + x.ms, 0)

const lines: string[] = []
lines.push(
	`# Image pipeline benchmark (${os.cpus().length} cores, Node ${process.version}, sharp ${sharp.versions.sharp}, ` +
		`libvips ${sharp.versions.vips}, sharp.concurrency() ${sharp.concurrency()}, ` +
		`UV_THREADPOOL_SIZE ${process.env.UV_THREADPOOL_SIZE ?? '4 (default)'}, ` +
		`MALLOC_ARENA_MAX ${process.env.MALLOC_ARENA_MAX ?? 'unset'}, load average ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')})`,
)
lines.push('')
lines.push(
	`input: ${WIDTH}×${HEIGHT} JPEG with EXIF and GPS, ${mb(inputBytes)} · ${rounds} rounds after one warm-up per path · ` +
		`RSS before: ${mb(startRss)}`,
)
lines.push('')
lines.push(
	'| path | s/image (mean) | s/image (best) | renditions/image | renditions/s | peak RSS | peak sharp queued / running |',
)
lines.push('|---|---:|---:|---:|---:|---:|---:|')
for (const [name, p] of Object.entries(paths)) {
	const ms = p.samples.map((x) => x.ms)
	lines.push(
		`| ${name} | ${s(mean(ms))} | ${s(Math.min(...ms))} | ${p.samples[0]!.renditions} | ${perSecond(p.samples).toFixed(2)} | ` +
			`${mb(p.sampler.peakRss)} | ${p.sampler.peakQueue} / ${p.sampler.peakProcess} |`,
	)
}
if (paths.bare) {
	lines.push('')
	for (const name of names.filter((n) => n !== 'bare')) {
		const ratio = perSecond(paths[name]!.samples) / perSecond(paths.bare.samples)
		lines.push(
			`${name} ÷ bare renditions/s: ${ratio.toFixed(2)} (target ≥ 0.80${ratio >= 0.8 ? ', met' : ', NOT met'})  `,
		)
	}
}
if (paths.steps) {
	const samples = paths.steps.samples
	lines.push('')
	lines.push('| step (separate calls) | s (mean) | share |')
	lines.push('|---|---:|---:|')
	const total = mean(samples.map((x) => x.ms))
	for (const stage of ['inspect', 'sanitize', 'renditions'] as const) {
		const t = mean(samples.map((x) => x.stages![stage]))
		lines.push(`| ${stage} | ${(t / 1000).toFixed(3)} | ${((100 * t) / total).toFixed(0)} % |`)
	}
}
lines.push('')
lines.push(`sharp.cache(): ${JSON.stringify(sharp.cache())}`)
console.log(lines.join('\n'))
